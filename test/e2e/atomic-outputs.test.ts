// A case's outputs are replaced as one step; a failure or a crash never loses the last good set.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, lstatSync, promises as fsp, readFileSync, readdirSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeCaseOutputs } from '../../src/fs.js';
import { main } from '../../src/cli/program.js';
import type { RenderedFile } from '../../src/model/document.js';
import { checkOutputFolder, copySampleCase, repoRoot, sampleCaseText, tempDir } from '../helpers/outputs.js';
import { expectKillRoundsSurvived } from '../helpers/kill-rounds.js';

vi.setConfig({ testTimeout: 120_000 });
let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir('atomic');
});
afterAll(() => tmp.cleanup());
afterEach(() => vi.restoreAllMocks());

const enc = new TextEncoder();
const set = (tag: string): RenderedFile[] => [
  { path: 'letter.pdf', bytes: enc.encode(`%PDF-1.7 ${tag}`) },
  { path: 'sections/01-intro.txt', bytes: enc.encode(`intro ${tag}`) },
  { path: 'manifest.json', bytes: enc.encode(`{"tag":"${tag}"}`) },
];
const read = (dir: string, f: string) => readFileSync(path.join(dir, f), 'utf8');
const outEntries = (out: string) => readdirSync(out).sort();

describe('writeCaseOutputs', () => {
  it('switches out/<id> to the new set with one rename and removes the old version', async () => {
    const out = path.join(tmp.dir, 'w1');
    await writeCaseOutputs(out, 'c1', set('old'));
    const first = readlinkSync(path.join(out, 'c1'));
    await writeCaseOutputs(out, 'c1', set('new'));
    expect(readlinkSync(path.join(out, 'c1'))).not.toBe(first);
    expect(read(path.join(out, 'c1'), 'sections/01-intro.txt')).toBe('intro new');
    expect(outEntries(out)).toEqual(['.store', 'c1']);
    expect(readdirSync(path.join(out, '.store'))).toEqual([path.basename(readlinkSync(path.join(out, 'c1')))]);
  });

  it('takes a file whose bytes did not change from the previous set by a hard link, and writes the others', async () => {
    const out = path.join(tmp.dir, 'w-link');
    await writeCaseOutputs(out, 'c1', set('old'));
    const inode = (f: string) => statSync(path.join(out, 'c1', f));
    const [letter, intro, manifest] = ['letter.pdf', 'sections/01-intro.txt', 'manifest.json'].map(inode);
    // Only the letter changes (an edit of a root cause: the other outputs come out the same).
    await writeCaseOutputs(
      out,
      'c1',
      set('old').map((f) => (f.path === 'letter.pdf' ? { ...f, bytes: enc.encode('%PDF-1.7 new') } : f)),
    );
    expect(read(path.join(out, 'c1'), 'letter.pdf')).toBe('%PDF-1.7 new');
    expect(inode('letter.pdf').ino).not.toBe(letter.ino);
    // The same inodes, now their only names: the previous set is gone.
    expect([inode('sections/01-intro.txt').ino, inode('manifest.json').ino]).toEqual([intro.ino, manifest.ino]);
    expect(inode('manifest.json').nlink).toBe(1);
    expect(read(path.join(out, 'c1'), 'sections/01-intro.txt')).toBe('intro old');
    expect(readdirSync(path.join(out, '.store'))).toHaveLength(1);
  });

  it('a write that fails half-way leaves the previous set untouched', async () => {
    const out = path.join(tmp.dir, 'w2');
    await writeCaseOutputs(out, 'c1', set('old'));
    const realOpen = fsp.open;
    let calls = 0;
    vi.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      if (++calls === 2) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return realOpen(...args);
    });
    await expect(writeCaseOutputs(out, 'c1', set('new'))).rejects.toThrow(/is full; free some space/);
    vi.restoreAllMocks();
    expect(read(path.join(out, 'c1'), 'manifest.json')).toBe('{"tag":"old"}');
    expect(read(path.join(out, 'c1'), 'letter.pdf')).toBe('%PDF-1.7 old');
    // The next good write clears the staging leftovers.
    await writeCaseOutputs(out, 'c1', set('new'));
    expect(readdirSync(path.join(out, '.store'))).toHaveLength(1);
  });

  it('Windows fallback: when links cannot be made (EPERM), out/<id> is a plain folder swapped by renames', async () => {
    const out = path.join(tmp.dir, 'w3');
    await writeCaseOutputs(out, 'c1', set('linked'));
    const eperm = () => Promise.reject(Object.assign(new Error('EPERM: operation not permitted, symlink'), { code: 'EPERM' }));
    const spy = vi.spyOn(fsp, 'symlink').mockImplementation(eperm);
    await writeCaseOutputs(out, 'c1', set('plain1'));
    expect(lstatSync(path.join(out, 'c1')).isDirectory()).toBe(true);
    expect(read(path.join(out, 'c1'), 'manifest.json')).toBe('{"tag":"plain1"}');
    await writeCaseOutputs(out, 'c1', set('plain2'));
    expect(lstatSync(path.join(out, 'c1')).isDirectory()).toBe(true);
    expect(read(path.join(out, 'c1'), 'sections/01-intro.txt')).toBe('intro plain2');
    expect(spy).toHaveBeenCalled();
    expect(outEntries(out)).toEqual(['.store', 'c1']);
    expect(readdirSync(path.join(out, '.store'))).toEqual([]);
    // A failed fallback write keeps the folder.
    const realOpen = fsp.open;
    vi.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      if (String(args[0]).includes('letter.pdf')) throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
      return realOpen(...args);
    });
    await expect(writeCaseOutputs(out, 'c1', set('broken'))).rejects.toThrow(/EIO/);
    expect(read(path.join(out, 'c1'), 'manifest.json')).toBe('{"tag":"plain2"}');
    // Links work again (developer mode turned on): back to a link, the plain folder retired.
    vi.restoreAllMocks();
    await writeCaseOutputs(out, 'c1', set('linked2'));
    expect(lstatSync(path.join(out, 'c1')).isSymbolicLink()).toBe(true);
    expect(read(path.join(out, 'c1'), 'manifest.json')).toBe('{"tag":"linked2"}');
    expect(readdirSync(path.join(out, '.store'))).toHaveLength(1);
  });

  it('a temporary link left by a crash is not in out/ and is cleaned by the next write', async () => {
    const out = path.join(tmp.dir, 'w4');
    await writeCaseOutputs(out, 'c1', set('a'));
    writeFileSync(path.join(out, '.store', '.c1.999.abcdef.link'), '');
    await writeCaseOutputs(out, 'c1', set('b'));
    expect(outEntries(out)).toEqual(['.store', 'c1']);
    expect(readdirSync(path.join(out, '.store')).filter((n) => n.endsWith('.link'))).toEqual([]);
  });
});

describe('a failing case keeps its last good output', () => {
  const io = { stdout: () => {}, stderr: () => {}, env: {}, isTTY: false };
  it('invalid YAML, a schema error and a template error each leave out/<id> byte-identical', async () => {
    const dir = path.join(tmp.dir, 'keep');
    const file = copySampleCase(dir);
    const out = path.join(tmp.dir, 'keep-out');
    expect(await main(['build', dir, '--out', out], io)).toBe(0);
    const folder = path.join(out, 'sunrise-odr');
    const before = checkOutputFolder(folder);
    expect(before.ok).toBe(true);
    const snapshot = JSON.stringify(before.manifest);
    const breakages = [
      sampleCaseText.replace('stance: remediate', 'stance: [remediate'),
      sampleCaseText.replace('type: order-defect-rate', 'type: 42'),
      `${sampleCaseText}\nclosing: again\n`,
    ];
    for (const text of breakages) {
      writeFileSync(file, text);
      expect(await main(['build', dir, '--out', out], io)).toBe(1);
      const after = checkOutputFolder(folder);
      expect(after.problems).toEqual([]);
      expect(JSON.stringify(after.manifest)).toBe(snapshot);
    }
    // A template that fails at render time.
    const templates = path.join(tmp.dir, 'keep-templates');
    await fsp.cp(path.join(repoRoot, 'templates'), templates, { recursive: true });
    await fsp.appendFile(path.join(templates, 'en', 'remediate.hbs'), '\n{{no.such.field}}\n');
    writeFileSync(file, sampleCaseText.replace('attempt: 1', 'attempt: 2'));
    expect(await main(['build', dir, '--out', out, '--templates', templates], io)).toBe(1);
    expect(JSON.stringify(checkOutputFolder(folder).manifest)).toBe(snapshot);
    expect(existsSync(path.join(folder, 'letter.pdf'))).toBe(true);
  });
});

// Quick setting; 10 kills during 200 cases run in npm run test:stress (test/stress/kill-rounds.test.ts).
describe('SIGKILL during a batch of 10 cases', () => {
  it('leaves every out/<id>/ a complete old or new set (3 kills)', async () => {
    await expectKillRoundsSurvived(path.join(tmp.dir, 'kill'), 10, 3);
  }, 900_000);
});
