// A batch worker collects its garbage after a run of CJK cases when it was started with a gc() (the pool's
// --expose-gc), and what it renders is the same bytes with that path as without it. The compiled worker
// (dist/worker.js) runs a zh case, a ja case, then a Latin case in one process, as a pool worker does.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { compileCli, repoRoot } from '../helpers/outputs.js';

const run = promisify(execFile);
const cases = ['risheng-cn-inauthentic', 'sakura-jp-late-shipment', 'thistle-late-shipment'];

// Runs the cases through runCase in one process; prints the collections and the SHA-256 of every output.
const script = `
import { createHash } from 'node:crypto';
const worker = await import(${JSON.stringify(pathToFileURL(path.join(repoRoot, 'dist', 'worker.js')).href)});
const hashes = {};
for (const file of ${JSON.stringify(cases.map((id) => path.join(repoRoot, 'cases', id, 'case.yaml')))}) {
  const result = await worker.default({ file, templatesRoot: ${JSON.stringify(path.join(repoRoot, 'templates'))}, sourceDateEpoch: 1700000000, render: true });
  if (result.state !== 'rendered') throw new Error(file + ': ' + result.state);
  for (const f of result.files) hashes[result.id + '/' + f.path] = createHash('sha256').update(f.bytes).digest('hex');
}
console.log(JSON.stringify({ collections: worker.workerCollections(), hashes }));
`;

async function runWorker(nodeArgs: string[]): Promise<{ collections: number; hashes: Record<string, string> }> {
  compileCli();
  const { stdout } = await run(process.execPath, [...nodeArgs, '--input-type=module', '-e', script], {
    cwd: repoRoot,
    maxBuffer: 16 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
}

describe('batch worker release', () => {
  it('collects after the CJK cases with a gc() from start-up, and renders the same bytes as without one', async () => {
    const [withGc, without] = [await runWorker(['--expose-gc']), await runWorker([])];
    // The ja case lets the zh faces go, the Latin case the ja faces: one collection (the next is too soon).
    expect(withGc.collections).toBeGreaterThanOrEqual(1);
    expect(without.collections).toBe(0);
    expect(Object.keys(withGc.hashes).filter((f) => f.endsWith('.docx')).length).toBeGreaterThanOrEqual(3);
    expect(withGc.hashes).toEqual(without.hashes);
  }, 600_000);
});
