// Output sets are addressed exactly: building one case never removes another's set, whatever their ids
// share; ids from file and folder names are checked like written ones before anything renders; a
// symbolic link planted at out/.store is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { removeCaseOutputs, storeEntryOwner, writeCaseOutputs } from '../../src/fs.js';
import { caseIdProblem } from '../../src/stages/case-id.js';
import { checkCase, createEnv, processCase } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';
import { copySampleCase, repoRoot, sampleCaseText, tempDir } from '../helpers/outputs.js';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir('hostile-out');
});
afterAll(() => tmp.cleanup());

const file = (name: string, text: string) => ({ path: name, bytes: new TextEncoder().encode(text) });

describe('output sets addressed exactly', () => {
  it('ids acme and acme-202611021530.v2 never touch each other', async () => {
    const out = path.join(tmp.dir, 'out-prefix');
    await writeCaseOutputs(out, 'acme-202611021530.v2', [file('letter.pdf', 'other case')]);
    const other = readlinkSync(path.join(out, 'acme-202611021530.v2'));
    for (let round = 0; round < 3; round++) await writeCaseOutputs(out, 'acme', [file('letter.pdf', `acme ${round}`)]);
    expect(readlinkSync(path.join(out, 'acme-202611021530.v2'))).toBe(other);
    expect(existsSync(path.join(out, 'acme-202611021530.v2', 'letter.pdf'))).toBe(true);
    await writeCaseOutputs(out, 'acme-202611021530.v2', [file('letter.pdf', 'other case, again')]);
    await removeCaseOutputs(out, 'acme-202611021530.v2');
    expect(existsSync(path.join(out, 'acme', 'letter.pdf'))).toBe(true);
    // acme's earlier sets are gone, its current one stays; nothing of the other case is left.
    expect(readdirSync(path.join(out, '.store')).map(storeEntryOwner)).toEqual(['acme']);
  });

  it('store entries belong to exactly one id', () => {
    expect(storeEntryOwner('acme-202611021530.v2-0123456789ab')).toBe('acme-202611021530.v2');
    expect(storeEntryOwner('acme-0123456789ab.retired-a1b2c3')).toBe('acme');
    expect(storeEntryOwner('acme-0123456789ab.4242.a1b2c3.partial')).toBe('acme');
    expect(storeEntryOwner('.acme.4242.a1b2c3.link')).toBe('acme');
    expect(storeEntryOwner('acme-202611021530.v2')).toBeUndefined();
  });

  it('a symbolic link planted at out/.store is refused, nothing written through it', async () => {
    const out = path.join(tmp.dir, 'out-linked-store');
    const elsewhere = path.join(tmp.dir, 'elsewhere');
    mkdirSync(out);
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, path.join(out, '.store'), 'dir');
    await expect(writeCaseOutputs(out, 'acme', [file('letter.pdf', 'x')])).rejects.toThrow(/\.store is a symbolic link/);
    await expect(removeCaseOutputs(out, 'acme')).rejects.toThrow(/\.store is a symbolic link/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('an id that is not one plain folder name is never written or removed', async () => {
    const out = path.join(tmp.dir, 'out-dot');
    mkdirSync(path.join(out, 'keep'), { recursive: true });
    await expect(writeCaseOutputs(out, '.', [file('letter.pdf', 'x')])).rejects.toThrow(/cannot name an output folder/);
    await expect(removeCaseOutputs(out, '..')).rejects.toThrow(/cannot name an output folder/);
    expect(existsSync(path.join(out, 'keep'))).toBe(true);
  });
});

describe('case ids', () => {
  it.each([
    ['Acme-ODR', /lower-case/],
    ['acme odr', /lower-case/],
    ['café', /lower-case/],
    ['.', /lower-case/],
    ['acme.', /end with/],
    ['con', /reserves.*CON/],
    ['aux', /reserves.*AUX/],
    ['nul.v2', /reserves.*NUL/],
    ['com1', /reserves.*COM1/],
    ['a'.repeat(250), /250 characters long, over the limit of 80/],
  ])('%s is refused', (id, problem) => {
    expect(caseIdProblem(id)).toMatch(problem);
  });

  it.each(['acme', 'acme-202611021530.v2', 'console', 'com10x', 'a'.repeat(80)])('%s is fine', (id) => {
    expect(caseIdProblem(id)).toBeUndefined();
  });

  const env = () => createEnv({ templatesRoot: path.join(repoRoot, 'templates'), words: loadWordLists() });
  const noId = sampleCaseText.replace(/^id: .*\n/m, '');

  it.each([
    ['a folder named Acme-ODR', 'Acme-ODR', /taken from the folder name, may hold only lower-case/],
    ['a folder named CON', 'CON', /taken from the folder name, may hold only lower-case/],
    ['a folder named aux', 'aux', /taken from the folder name, is a name Windows reserves for a device \(AUX\)/],
    ['a 250-character folder name', 'x'.repeat(250), /250 characters long, over the limit of 80/],
  ])(
    '%s: the case fails before rendering, nothing written',
    async (_name, folder, message) => {
      const caseFile = copySampleCase(tmp.dir, folder, noId);
      const result = await processCase(caseFile, env(), { render: true });
      expect(result.state).toBe('failed');
      expect(result.id).toBeUndefined();
      expect('files' in result).toBe(false);
      const d = result.diagnostics.find((x) => x.ruleId === 'case-id');
      expect(d?.message).toMatch(message);
      expect(d?.note).toMatch(/Write an id in the case, e\.g\. id: [a-z0-9]/);
    },
    60_000,
  );

  it('a file named ..yml gets no id "." and no output', async () => {
    const dir = path.join(tmp.dir, 'dotdot');
    mkdirSync(dir);
    const caseFile = path.join(dir, '..yml');
    writeFileSync(caseFile, 'type: odr\n');
    const { result } = await checkCase(caseFile, env());
    expect(result.id).toBeUndefined();
  }, 60_000);

  it('a declared id "con" (which the schema pattern allows) is refused at its line', async () => {
    const caseFile = copySampleCase(tmp.dir, 'declared-con', sampleCaseText.replace(/^id: .*$/m, 'id: con'));
    const { result } = await checkCase(caseFile, env());
    const d = result.diagnostics.find((x) => x.ruleId === 'case-id');
    expect(d?.message).toMatch(/the case id "con" is a name Windows reserves/);
    expect(sampleCaseText.split('\n')[d!.line - 1]).toMatch(/^id: /);
  }, 60_000);
});
