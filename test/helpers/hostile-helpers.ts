// Helpers of the hostile-input tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
export { readEvidenceFile, sha256 } from '../../src/fs.js';

/** Writes out/<id>/manifest.json as a build would (no other outputs). */
export async function saveOutputsForTest(outRoot: string, id: string, manifest: object): Promise<void> {
  mkdirSync(path.join(outRoot, id), { recursive: true });
  writeFileSync(path.join(outRoot, id, 'manifest.json'), JSON.stringify(manifest));
}
