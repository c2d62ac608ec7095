#!/usr/bin/env node
// The compiled CLI is dist/cli.js: the package ships it; in a clone, `npm run compile` (or `npm run build`,
// which compiles first) makes it.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node 22.1+ keeps the compiled code of every module on disk between runs, which shortens a cold start; on
// Node 20, dist/code-cache.js does the same for the CommonJS modules under node_modules. APPEAL_NO_COMPILE_CACHE=1
// turns both off.
if (!process.env.APPEAL_NO_COMPILE_CACHE) {
  try {
    if (typeof module.enableCompileCache === 'function') module.enableCompileCache();
    else if (existsSync(new URL('../dist/code-cache.js', import.meta.url))) {
      const { codeCacheDir, enableCodeCache } = await import('../dist/code-cache.js');
      enableCodeCache(codeCacheDir(fileURLToPath(new URL('..', import.meta.url))));
    }
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
