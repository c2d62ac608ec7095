// The command-line entry: the only file that touches process.*.
import { main } from './program.js';
import { packageRoot } from '../package-files.js';
import { snapshotRunner } from './snapshot-start.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  snapshot: snapshotRunner(packageRoot(), process.argv.slice(2), process.env),
});
