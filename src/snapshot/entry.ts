// The startup snapshot of the CLI (dist/snapshot.cjs, built by snapshot-build.ts): every module evaluated, and one
// sample case built (fonts parsed, first layouts, the pack's libraries), so a process started from it begins warm.
// Everything a run reads from its surroundings (arguments, environment, working folder, files) is read after it
// starts; the caches kept in the snapshot are keyed by content.
import './shim.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { main } from '../cli/program.js';
import { runBatch } from '../cli/commands/build.js';
import { forgetFormats } from '../compose/format.js';
import { forgetChecklistFormats } from '../compose/documents/checklist.js';
import { PROBE_ANSWER } from '../cli/snapshot-probe.js';
import { watchParent } from '../cli/snapshot-start.js';

declare const __appealLoaded: Map<string, unknown>;

async function warm(caseFile: string, filesList: string): Promise<void> {
  void runBatch;
  const out = mkdtempSync(path.join(os.tmpdir(), 'appeal-snapshot-'));
  try {
    let errors = '';
    const io = { stdout: () => true, stderr: (text: string) => ((errors += text), true), env: {}, isTTY: false, stderrIsTTY: false };
    const code = await main(['build', caseFile, '--out', out, '--force', '-q', '-j', '1'], io);
    if (code !== 0) throw new Error(`the sample case did not build (exit ${code}): ${errors}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  writeFileSync(filesList, JSON.stringify([...__appealLoaded.keys()]));
}

const warmCase = process.env.APPEAL_SNAPSHOT_WARM;
const filesList = process.env.APPEAL_SNAPSHOT_FILES;
if (!warmCase || !filesList) throw new Error('APPEAL_SNAPSHOT_WARM and APPEAL_SNAPSHOT_FILES are needed to build the snapshot');
void warm(warmCase, filesList);

// Intl objects cannot be in a snapshot: the formatters the sample case made are made again when used.
v8.startupSnapshot.addSerializeCallback(() => {
  forgetFormats();
  forgetChecklistFormats();
});

v8.startupSnapshot.setDeserializeMainFunction(async () => {
  if (process.env.APPEAL_SNAPSHOT_PROBE) {
    process.stdout.write(`${PROBE_ANSWER}\n`);
    return;
  }
  watchParent(process.env);
  process.exitCode = await main(process.argv.slice(1), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  });
});
