#!/usr/bin/env node
// The compiled CLI is dist/cli.js: the package ships it; in a clone, `npm run compile` (or `npm run build`,
// which compiles first) makes it.
import { existsSync } from 'node:fs';

if (existsSync(new URL('../dist/cli.js', import.meta.url))) {
  await import('../dist/cli.js');
} else {
  process.stderr.write('appeal: the compiled CLI (dist/cli.js) is missing; in a clone of appeal-kit run `npm run compile` first\n');
  process.exitCode = 2;
}
