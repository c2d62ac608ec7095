// A worker writes the set it rendered (staged, not in place) and hands back names, sizes and hashes only; the
// batch puts the set in place, or drops it, leaving the set in place as it was.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitOutputSet, discardOutputSet, writeCaseOutputs } from '../../../src/fs.js';
import type { RenderedFile } from '../../../src/model/document.js';
import type { CaseResult } from '../../../src/model/result.js';
import { stageResult } from '../../../src/batch/staging.js';
import { tempDir } from '../../helpers/cli.js';

const enc = new TextEncoder();
const set = (tag: string): RenderedFile[] => [
  { path: 'letter.pdf', bytes: enc.encode(`%PDF ${tag}`) },
  { path: 'sections/1-opening.txt', bytes: enc.encode(`opening ${tag}`) },
];
const rendered = (tag: string, state: 'rendered' | 'draft' = 'rendered'): CaseResult => ({
  state,
  file: 'acme/case.yaml',
  id: 'acme',
  diagnostics: [],
  silenced: [],
  words: { sections: {}, total: 0 },
  files: set(tag),
});
const letter = (dir: string) => readFileSync(path.join(dir, 'letter.pdf'), 'utf8');

describe('outputs staged by the worker', () => {
  it('are written but not in place until committed; the result keeps names, sizes and hashes', async () => {
    const out = path.join(tempDir('appeal-staging-'), 'out');
    await writeCaseOutputs(out, 'acme', set('old'));
    const staged = await stageResult(rendered('new'), out);
    if (staged.state !== 'rendered' || !staged.staged) throw new Error('not staged');
    expect(staged.files).toEqual([
      { path: 'letter.pdf', size: 8, sha256: createHash('sha256').update('%PDF new').digest('hex') },
      { path: 'sections/1-opening.txt', size: 11, sha256: createHash('sha256').update('opening new').digest('hex') },
    ]);
    expect(letter(staged.staged.version)).toBe('%PDF new');
    expect(letter(path.join(out, 'acme'))).toBe('%PDF old');
    await commitOutputSet(staged.staged);
    expect(letter(path.join(out, 'acme'))).toBe('%PDF new');
    expect(readdirSync(path.join(out, '.store'))).toEqual([path.basename(readlinkSync(path.join(out, 'acme')))]);
  });

  it('dropped (a duplicate id) leave the set in place and nothing else behind', async () => {
    const out = path.join(tempDir('appeal-staging-'), 'out');
    await writeCaseOutputs(out, 'acme', set('first'));
    const inPlace = readlinkSync(path.join(out, 'acme'));
    for (const tag of ['second', 'first']) {
      const staged = await stageResult(rendered(tag), out);
      if (staged.state !== 'rendered' || !staged.staged) throw new Error('not staged');
      await discardOutputSet(staged.staged);
    }
    expect(readlinkSync(path.join(out, 'acme'))).toBe(inPlace);
    expect(letter(path.join(out, 'acme'))).toBe('%PDF first');
    expect(readdirSync(path.join(out, '.store'))).toEqual([path.basename(inPlace)]);
  });

  it('a draft is staged under out/.drafts; a set that cannot be written comes back with its bytes', async () => {
    const root = tempDir('appeal-staging-');
    const draft = await stageResult(rendered('draft', 'draft'), path.join(root, 'out'));
    if (draft.state !== 'draft' || !draft.staged) throw new Error('not staged');
    expect(draft.staged.root).toBe(path.join(root, 'out', '.drafts'));
    // An output folder inside a file cannot be made: the batch writes (and reports) it itself.
    writeFileSync(path.join(root, 'file'), '');
    const kept = await stageResult(rendered('x'), path.join(root, 'file', 'out'));
    if (kept.state !== 'rendered') throw new Error('state changed');
    expect(kept.staged).toBeUndefined();
    expect(kept.files.every((f) => f.bytes !== undefined)).toBe(true);
  });
});
