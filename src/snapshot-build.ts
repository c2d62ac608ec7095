// `node dist/snapshot-build.js <package root> <dir> <key>`: see snapshot/build.ts.
import { buildSnapshot } from './snapshot/build.js';

const [root, dir, key] = process.argv.slice(2);
process.exitCode = root && dir && key && buildSnapshot(root, dir, key) ? 0 : 1;
