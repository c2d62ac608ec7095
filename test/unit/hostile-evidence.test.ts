// Evidence is checked and read in one step on an opened descriptor: FIFOs, devices, links swapped in after
// the check and hard links are refused, in the build, the "unchanged since the last build?" check and status.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { linkSync, mkdirSync, promises as fsp, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { readEvidenceFile, saveOutputsForTest, sha256 } from '../helpers/hostile-helpers.js';
import { HashMemo, saveRecord, upToDate, type BuildRecord } from '../../src/batch/incremental.js';
import { codeFingerprint } from '../../src/case/output-cache.js';
import { buildStamp, inputsHash } from '../../src/case/manifest.js';
import { loadWordLists } from '../../src/rules/words.js';
import { outputsState } from '../../src/cli/commands/status.js';
import { tempDir } from '../helpers/outputs.js';

let tmp: ReturnType<typeof tempDir>;
let caseDir: string;
const fifo = () => path.join(caseDir, 'evidence', 'pipe.pdf');

beforeAll(() => {
  tmp = tempDir('hostile-ev');
  caseDir = path.join(tmp.dir, 'case');
  mkdirSync(path.join(caseDir, 'evidence'), { recursive: true });
  mkdirSync(path.join(tmp.dir, 'outside'));
  writeFileSync(path.join(tmp.dir, 'outside', 'secret.txt'), 'OTHER SELLER SECRET');
  writeFileSync(path.join(caseDir, 'evidence', 'ok.txt'), 'inside');
  execFileSync('mkfifo', [fifo()]);
  symlinkSync('/dev/zero', path.join(caseDir, 'evidence', 'zero.pdf'));
  linkSync(path.join(tmp.dir, 'outside', 'secret.txt'), path.join(caseDir, 'evidence', 'hard.txt'));
});
afterAll(() => tmp.cleanup());

describe('readEvidenceFile', () => {
  it('refuses a FIFO without waiting on it', async () => {
    const r = await readEvidenceFile(caseDir, 'evidence/pipe.pdf');
    expect(r.bytes).toBeUndefined();
    expect(r.refusal?.problem).toBe('not-a-file');
    expect(r.refusal?.message).toMatch(/not a regular file/);
  });

  it('refuses a link to /dev/zero', async () => {
    const r = await readEvidenceFile(caseDir, 'evidence/zero.pdf');
    expect(r.bytes).toBeUndefined();
    expect(r.refusal?.problem).toBe('link-outside');
  });

  it('refuses a hard link (a second name of a file that may live outside)', async () => {
    const r = await readEvidenceFile(caseDir, 'evidence/hard.txt');
    expect(r.bytes).toBeUndefined();
    expect(r.refusal?.problem).toBe('hard-link');
    expect(r.refusal?.message).toMatch(/hard link.*2 names/);
  });

  it('never reads more than the limit, and says which limit', async () => {
    writeFileSync(path.join(caseDir, 'evidence', 'big.txt'), 'x'.repeat(5000));
    const r = await readEvidenceFile(caseDir, 'evidence/big.txt', { maxBytes: 1000 });
    expect(r.bytes).toBeUndefined();
    expect(r.refusal?.problem).toBe('too-large');
  });

  it('a file swapped for a link after the path was resolved is refused (the descriptor is checked, not the path)', async () => {
    const file = path.join(caseDir, 'evidence', 'swap.txt');
    writeFileSync(file, 'inside');
    const realpath = fsp.realpath.bind(fsp);
    const spy = vi.spyOn(fsp, 'realpath').mockImplementation(async (p, o) => {
      const resolved = await realpath(p as string, o as never);
      if (String(p).endsWith('swap.txt')) {
        rmSync(file);
        symlinkSync(path.join(tmp.dir, 'outside', 'secret.txt'), file);
      }
      return resolved as never;
    });
    try {
      const r = await readEvidenceFile(caseDir, 'evidence/swap.txt');
      expect(r.bytes).toBeUndefined();
      expect(r.refusal?.problem).toBe('link-outside');
    } finally {
      spy.mockRestore();
    }
  });

  it('a folder swapped for a link after the path was resolved is refused', async () => {
    const dir = path.join(caseDir, 'swapdir');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'secret.txt'), 'inside');
    const realpath = fsp.realpath.bind(fsp);
    const spy = vi.spyOn(fsp, 'realpath').mockImplementation(async (p, o) => {
      const resolved = await realpath(p as string, o as never);
      if (String(p).endsWith(path.join('swapdir', 'secret.txt'))) {
        renameSync(dir, `${dir}.old`);
        mkdirSync(path.join(tmp.dir, 'outside-2'));
        writeFileSync(path.join(tmp.dir, 'outside-2', 'secret.txt'), 'OTHER SELLER SECRET');
        symlinkSync(path.join(tmp.dir, 'outside-2'), dir, 'dir');
      }
      return resolved as never;
    });
    try {
      const r = await readEvidenceFile(caseDir, 'swapdir/secret.txt');
      expect(r.bytes).toBeUndefined();
      expect(r.refusal?.problem).toBe('link-outside');
    } finally {
      spy.mockRestore();
    }
  });
});

describe('the incremental check and status read evidence through the same reader', () => {
  const words = loadWordLists();
  let outRoot: string;
  let caseFile: string;

  /** A record and manifest as a good build leaves them, for a case with one exhibit. */
  async function goodBuild(evidenceRel: string, evidenceHash: string): Promise<void> {
    const inputs = [
      { path: 'case.yaml', role: 'case', sha256: sha256(await fsp.readFile(caseFile)) },
      { path: evidenceRel, role: 'evidence', sha256: evidenceHash },
    ];
    const stamp = buildStamp(words, undefined, false);
    const hash = inputsHash(inputs, '2026-11-02', stamp);
    await saveOutputsForTest(outRoot, 'acme', { inputs_hash: hash, inputs, outputs: [], tool: {} });
    const record: BuildRecord = {
      v: 1,
      file: path.resolve(caseFile),
      id: 'acme',
      code: codeFingerprint(),
      inputs_hash: hash,
      letterDate: '2026-11-02',
      epochSensitive: false,
      inputs: inputs.map((entry) => ({ abs: path.resolve(caseDir, entry.path), text: false, entry })),
      report: { diagnostics: [], silenced: [], files: [] },
    };
    await saveRecord(outRoot, record);
  }

  beforeAll(() => {
    outRoot = path.join(tmp.dir, 'out');
    caseFile = path.join(caseDir, 'case.yaml');
    writeFileSync(caseFile, 'id: acme\n');
  });

  it('an unchanged regular file is found unchanged (the check works at all)', async () => {
    await goodBuild('evidence/ok.txt', sha256('inside'));
    expect((await upToDate(caseFile, { outRoot, words, memo: new HashMemo() }))?.state).toBe('unchanged');
  });

  it.each([
    ['a FIFO', 'evidence/pipe.pdf'],
    ['a link to /dev/zero', 'evidence/zero.pdf'],
    ['a hard link', 'evidence/hard.txt'],
  ])('evidence replaced by %s after a good build: the case is rebuilt (and refused there), not read', async (_name, rel) => {
    await goodBuild(rel, sha256('whatever was there'));
    expect(await upToDate(caseFile, { outRoot, words, memo: new HashMemo() })).toBeUndefined();
    const status = await outputsState(caseFile, 'acme', outRoot, path.join(tmp.dir, 'templates'));
    expect(status.state).toBe('stale');
    expect(status.changed).toContain(rel);
  });

  it('a case file replaced by a FIFO is not waited on either', async () => {
    await goodBuild('evidence/ok.txt', sha256('inside'));
    rmSync(caseFile);
    execFileSync('mkfifo', [caseFile]);
    try {
      expect(await upToDate(caseFile, { outRoot, words, memo: new HashMemo() })).toBeUndefined();
      expect((await outputsState(caseFile, 'acme', outRoot, tmp.dir)).changed).toContain('case.yaml');
    } finally {
      rmSync(caseFile);
      writeFileSync(caseFile, 'id: acme\n');
    }
  });
});
