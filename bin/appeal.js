#!/usr/bin/env node
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
await import('../dist/cli.js');
