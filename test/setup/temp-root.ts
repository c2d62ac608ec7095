// Vitest global setup: every temporary folder of one `npm test` run (the tests' case copies and builds, the CLI
// processes they start, LibreOffice's conversions) is made under one folder, removed when the run ends. A test
// that must read a copy after its call (a finding shown at its line) can still do so: nothing is removed before
// the last file has finished. The variables are the ones os.tmpdir() reads, so child processes inherit them too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function tempRoot(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'appeal-tests-'));
  const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
  for (const name of Object.keys(saved)) process.env[name] = root;
  return () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(root, { recursive: true, force: true, maxRetries: 5 });
  };
}
