// A no-op rebuild trusts an input's recorded identity (device, inode, size, times) instead of reading it, but
// only an identity taken of a file that had settled before the build read it; any change to the file is seen.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveOutputsForTest, sha256 } from '../../helpers/hostile-helpers.js';
import { HashMemo, saveRecord, upToDate, type BuildRecord } from '../../../src/batch/incremental.js';
import { codeFingerprint } from '../../../src/case/output-cache.js';
import { buildStamp, inputsHash } from '../../../src/case/manifest.js';
import { loadWordLists } from '../../../src/rules/words.js';
import { tempDir } from '../../helpers/outputs.js';

const words = loadWordLists();

/** A case with one exhibit, its manifest and its record as a good build leaves them (`readFrom`: see saveRecord). */
async function goodBuild(readFrom?: number) {
  const { dir } = tempDir('identity');
  const caseDir = path.join(dir, 'case');
  mkdirSync(path.join(caseDir, 'evidence'), { recursive: true });
  const caseFile = path.join(caseDir, 'case.yaml');
  const exhibit = path.join(caseDir, 'evidence', 'invoice.txt');
  writeFileSync(caseFile, 'id: acme\n');
  writeFileSync(exhibit, 'invoice 1');
  const outRoot = path.join(dir, 'out');
  const inputs = [
    { path: 'case.yaml', role: 'case', sha256: sha256('id: acme\n') },
    { path: 'evidence/invoice.txt', role: 'evidence', sha256: sha256('invoice 1') },
  ];
  const hash = inputsHash(inputs, '2026-11-02', buildStamp(words, undefined, false));
  await saveOutputsForTest(outRoot, 'acme', { inputs_hash: hash, inputs, outputs: [{ path: 'letter.pdf', bytes: 7 }], tool: {} });
  const letter = path.join(outRoot, 'acme', 'letter.pdf');
  writeFileSync(letter, '%PDF-1.');
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
  await saveRecord(outRoot, record, readFrom);
  const check = async () => (await upToDate(caseFile, { outRoot, words, memo: new HashMemo() }))?.state;
  const saved = () => {
    const [name] = readdirSync(path.join(outRoot, '.cache', 'cases'));
    return JSON.parse(readFileSync(path.join(outRoot, '.cache', 'cases', name), 'utf8')) as BuildRecord;
  };
  return { exhibit, check, saved, record, outRoot, letter, manifestFile: path.join(outRoot, 'acme', 'manifest.json') };
}

/** The identity upToDate compares (see fileIdentity in incremental.ts). */
const identityOf = (file: string) => {
  const s = statSync(file);
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
};

describe('input identities in the build record', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are kept for files that settled before the read, and let an unchanged case be found unchanged', async () => {
    const later = Date.now() + 10_000;
    const { check, saved } = await goodBuild(later);
    expect(saved().inputs.every((i) => typeof i.seen === 'string')).toBe(true);
    expect(await check()).toBe('unchanged');
  });

  it('are not kept for a file changed just before the read (it is hashed next time)', async () => {
    const { check, saved } = await goodBuild(Date.now());
    expect(saved().inputs.some((i) => i.seen)).toBe(false);
    expect(await check()).toBe('unchanged');
  });

  it('do not hide an edit of the same size with the old modification time restored', async () => {
    const { exhibit, check } = await goodBuild(Date.now() + 10_000);
    const before = statSync(exhibit);
    writeFileSync(exhibit, 'invoice 2');
    utimesSync(exhibit, before.atime, before.mtime);
    expect(statSync(exhibit).size).toBe(before.size);
    expect(await check()).toBeUndefined();
  });

  it('find a touched file with the same content unchanged, and keep its new identity once it has settled', async () => {
    const { exhibit, check, saved } = await goodBuild(Date.now() + 10_000);
    const before = saved().inputs[1].seen;
    const later = new Date(Date.now() + 60_000);
    utimesSync(exhibit, later, later);
    // Just touched: read and found the same, but its identity is too fresh to trust, so it is not kept.
    expect(await check()).toBe('unchanged');
    expect(saved().inputs[1].seen).toBeUndefined();
    expect(saved().inputs[0].seen).toBeDefined();
    // Later (the touch now clearly older than the read), its new identity is kept: the next check reads nothing.
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + 120_000);
    expect(await check()).toBe('unchanged');
    expect(saved().inputs[1].seen).toBe(identityOf(exhibit));
    expect(saved().inputs[1].seen).not.toBe(before);
    expect(await check()).toBe('unchanged');
  });

  it('see a deleted evidence file', async () => {
    const { exhibit, check } = await goodBuild(Date.now() + 10_000);
    rmSync(exhibit);
    expect(await check()).toBeUndefined();
  });

  it('see an evidence file replaced by another of the same size and times (a new inode)', async () => {
    const { exhibit, check } = await goodBuild(Date.now() + 10_000);
    const before = statSync(exhibit);
    rmSync(exhibit);
    writeFileSync(exhibit, 'invoice 3');
    utimesSync(exhibit, before.atime, before.mtime);
    expect(await check()).toBeUndefined();
  });
});

describe("the set's manifest in the build record", () => {
  afterEach(() => vi.restoreAllMocks());

  it('is kept with its identity and outputs, and not read again while it keeps that identity', async () => {
    const { check, saved, manifestFile } = await goodBuild(Date.now() + 10_000);
    expect(saved().manifest).toEqual({ seen: identityOf(manifestFile), outputs: [{ path: 'letter.pdf', bytes: 7 }] });
    const manifestText = readFileSync(manifestFile, 'utf8');
    const parse = vi.spyOn(JSON, 'parse');
    expect(await check()).toBe('unchanged');
    expect(parse.mock.calls.length).toBeGreaterThan(0);
    expect(parse.mock.calls.some(([text]) => text === manifestText)).toBe(false);
  });

  it("is read again once changed: another build's manifest is seen", async () => {
    const { check, manifestFile } = await goodBuild(Date.now() + 10_000);
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { inputs_hash: string };
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, inputs_hash: 'f'.repeat(64) }));
    expect(await check()).toBeUndefined();
  });

  it('does not hide an output changed in size', async () => {
    const { check, letter } = await goodBuild(Date.now() + 10_000);
    truncateSync(letter, 3);
    expect(await check()).toBeUndefined();
  });

  it('is read when the record has none (saved by an earlier version)', async () => {
    const { check, saved, record, outRoot, manifestFile } = await goodBuild(Date.now() + 10_000);
    await saveRecord(outRoot, record);
    expect(saved().manifest).toBeUndefined();
    const manifestText = readFileSync(manifestFile, 'utf8');
    const parse = vi.spyOn(JSON, 'parse');
    expect(await check()).toBe('unchanged');
    expect(parse.mock.calls.some(([text]) => text === manifestText)).toBe(true);
  });
});
