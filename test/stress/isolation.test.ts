// A case that crashes natively, runs away in memory or never ends fails alone: it runs in a worker process
// that is stopped or dies, the case fails with a clear message, and the other cases are written.
// (npm run test:stress: it wraps the compiled worker, dist/worker.js, and renders real cases.)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processFiles } from '../../src/batch/build.js';
import { createWatchSession } from '../../src/batch/watch.js';
import type { CaseResult } from '../../src/model/result.js';
import { compileCli, repoRoot, tempDir } from '../helpers/outputs.js';
import { copyCaseAs } from '../helpers/case-copies.js';

const root = tempDir('isolation');
let worker: string;
let files: string[];

beforeAll(() => {
  compileCli();
  // The real worker, except for cases whose folder names what goes wrong: as a native crash, a heap
  // that grows without end, and a loop that never ends would.
  worker = path.join(root.dir, 'misbehaving-worker.mjs');
  writeFileSync(
    worker,
    `import real from '${pathToFileURL(path.join(repoRoot, 'dist', 'worker.js')).href}';
export default async function (task) {
  if (task.file.includes('crashes')) process.kill(process.pid, 'SIGSEGV');
  if (task.file.includes('runs-away')) { const held = []; for (;;) held.push(new Array(1e5).fill(Math.random())); }
  if (task.file.includes('never-ends')) for (;;);
  return real(task);
}
`,
  );
  files = ['a-fine', 'b-crashes', 'c-runs-away', 'd-never-ends', 'e-fine'].map((id) => copyCaseAs('sunrise-odr', id, root.dir));
}, 120_000);

afterAll(root.cleanup);

describe.runIf(!!process.env.STRESS)('case isolation', () => {
  it('the crashing, runaway and endless cases fail alone; the others are written', async () => {
    const outRoot = path.join(root.dir, 'out');
    const results = await processFiles(files, {
      paths: [],
      outRoot,
      templatesRoot: path.resolve('templates'),
      render: true,
      jobs: 2,
      pool: { filename: worker, heapMb: 192, caseTimeoutMs: 60_000 },
    });
    expect(results.map((r) => r.state)).toEqual(['rendered', 'failed', 'failed', 'failed', 'rendered']);
    const message = (i: number) => results[i].diagnostics.map((d) => `${d.ruleId}: ${d.message}`).join('\n');
    expect(message(1)).toMatch(/case-stopped: the process checking and rendering this case stopped .*the other cases were not affected/);
    expect(message(2)).toMatch(/case-stopped: the process checking and rendering this case stopped/);
    expect(message(3)).toMatch(/case-stopped: this case was stopped after 60 seconds, far longer than any real case takes/);
    expect(existsSync(path.join(outRoot, 'a-fine', 'letter.pdf'))).toBe(true);
    expect(existsSync(path.join(outRoot, 'e-fine', 'letter.pdf'))).toBe(true);
    for (const id of ['b-crashes', 'c-runs-away', 'd-never-ends']) expect(existsSync(path.join(outRoot, id))).toBe(false);
  }, 600_000);

  it('a watcher whose case crashes its worker goes on: the next save of another case is rendered', async () => {
    const outRoot = path.join(root.dir, 'out-watch');
    const seen: CaseResult[] = [];
    const session = await createWatchSession(
      {
        paths: [path.join(root.dir, 'cases', 'a-fine'), path.join(root.dir, 'cases', 'b-crashes')],
        outRoot,
        templatesRoot: path.resolve('templates'),
        isolate: true,
        debounceMs: 20,
        pool: { filename: worker },
      },
      { onResult: (r) => seen.push(r), onRemoved: () => {} },
    );
    try {
      expect(seen.map((r) => r.state).sort()).toEqual(['failed', 'rendered']);
      seen.length = 0;
      const file = path.join(root.dir, 'cases', 'a-fine', 'case.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('  date: 2026-11-05', '  date: 2026-11-06'));
      session.handleChange('change', file);
      await session.idle();
      expect(seen.map((r) => r.state)).toEqual(['rendered']);
      expect(readFileSync(path.join(outRoot, 'a-fine', 'manifest.json'), 'utf8')).toContain('2026-11-06');
    } finally {
      await session.close();
    }
  }, 600_000);
});
