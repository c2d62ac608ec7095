// A batch writes each case's outputs and then keeps only their names, sizes and hashes (not the bytes),
// whatever the number of cases in flight; results stay in case-file order.
import { readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFiles } from '../../../src/batch/build.js';
import { tempDir } from '../../helpers/cli.js';
import { copyCaseAs } from '../../helpers/case-copies.js';

describe('batch results', () => {
  it('let go of the output bytes once written, keeping name, size and hash', async () => {
    const root = tempDir('appeal-released-');
    const samples = [
      'sunrise-odr',
      'thistle-late-shipment',
      'sunrise-odr',
      'thistle-late-shipment',
      'sunrise-odr',
      'thistle-late-shipment',
    ];
    const files = samples.map((s, i) => copyCaseAs(s, `released-${i}`, root));
    const outRoot = path.join(root, 'out');
    const seen: string[] = [];
    try {
      const results = await processFiles(files, {
        paths: files,
        outRoot,
        templatesRoot: 'templates',
        render: true,
        force: true,
        onResult: (r) => seen.push(r.file),
      });
      expect(results.map((r) => r.file)).toEqual(files);
      expect(seen).toEqual(files);
      for (const r of results) {
        expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        if (r.state !== 'rendered') throw new Error(`${r.file} was not rendered (${r.state})`);
        expect(r.files.length).toBeGreaterThan(5);
        for (const f of r.files) {
          expect(f.bytes).toBeUndefined();
          const disk = readFileSync(path.join(outRoot, r.id!, f.path));
          expect([f.path, 'size' in f ? f.size : -1, 'sha256' in f ? f.sha256 : '']).toEqual([
            f.path,
            disk.length,
            createHash('sha256').update(disk).digest('hex'),
          ]);
        }
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 300_000);
});
