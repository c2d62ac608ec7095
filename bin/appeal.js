#!/usr/bin/env node
// The compiled CLI is dist/cli.js: the package ships it; in a clone, `npm run compile` (or `npm run build`,
// which compiles first) makes it.
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22.1+ keeps the compiled code of every module on disk between runs, which shortens a cold start; Node 20
// has no such cache and the call is skipped. APPEAL_NO_COMPILE_CACHE=1 turns it off.
if (typeof module.enableCompileCache === 'function' && !process.env.APPEAL_NO_COMPILE_CACHE) {
  try {
    module.enableCompileCache();
  } catch {
    // A cache folder that cannot be created only costs speed.
  }
}

if (existsSync(new URL('../dist/cli.js', import.meta.url))) {
  await import('../dist/cli.js');
} else {
  process.stderr.write('appeal: the compiled CLI (dist/cli.js) is missing; in a clone of appeal-kit run `npm run compile` first\n');
  process.exitCode = 2;
}
