// Drafts on disk: out/.drafts/<id>/ replaced as one step like a ready set, never touching out/<id>/; removed
// on its own or with the case's outputs.
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftIds, draftsRoot, removeCaseOutputs, removeDraftOutputs, sha256, writeCaseOutputs, writeDraftOutputs } from '../../src/fs.js';
import type { RenderedFile } from '../../src/model/document.js';
import { tempDir } from '../helpers/cli.js';

const enc = new TextEncoder();
const set = (tag: string): RenderedFile[] => [
  { path: 'letter.pdf', bytes: enc.encode(`%PDF ${tag}`) },
  { path: 'evidence-index.csv', bytes: enc.encode(`index ${tag}`) },
];
const read = (dir: string, f: string) => readFileSync(path.join(dir, f), 'utf8');

describe('drafts on disk', () => {
  it('a draft goes to out/.drafts/<id>/ and leaves the ready set as it was', async () => {
    const out = path.join(tempDir('appeal-fs-'), 'out');
    await writeCaseOutputs(out, 'acme', set('ready'));
    const ready = readlinkSync(path.join(out, 'acme'));
    const link = await writeDraftOutputs(out, 'acme', set('draft 1'));
    expect(link).toBe(path.join(out, '.drafts', 'acme'));
    expect(read(link, 'letter.pdf')).toBe('%PDF draft 1');
    expect(readlinkSync(path.join(out, 'acme'))).toBe(ready);
    expect(read(path.join(out, 'acme'), 'letter.pdf')).toBe('%PDF ready');
    expect(readdirSync(out).sort()).toEqual(['.drafts', '.store', 'acme']);
    expect(await draftIds(out)).toEqual(new Set(['acme']));
  });

  it('a new draft replaces the old one in one step (a link switched to a complete set), leaving no old version', async () => {
    const out = path.join(tempDir('appeal-fs-'), 'out');
    await writeDraftOutputs(out, 'acme', set('draft 1'));
    const first = readlinkSync(path.join(draftsRoot(out), 'acme'));
    await writeDraftOutputs(out, 'acme', set('draft 2'));
    const second = readlinkSync(path.join(draftsRoot(out), 'acme'));
    expect(second).not.toBe(first);
    expect(lstatSync(path.join(draftsRoot(out), 'acme')).isSymbolicLink()).toBe(true);
    expect(read(path.join(draftsRoot(out), 'acme'), 'evidence-index.csv')).toBe('index draft 2');
    expect(readdirSync(path.join(draftsRoot(out), '.store'))).toEqual([path.basename(second)]);
  });

  it('removing a draft leaves the ready set; removing a case removes both', async () => {
    const out = path.join(tempDir('appeal-fs-'), 'out');
    await writeCaseOutputs(out, 'acme', set('ready'));
    await writeDraftOutputs(out, 'acme', set('draft'));
    await writeDraftOutputs(out, 'brook', set('draft'));
    await removeDraftOutputs(out, 'acme');
    expect(existsSync(path.join(draftsRoot(out), 'acme'))).toBe(false);
    expect(readdirSync(path.join(draftsRoot(out), '.store')).every((n) => n.startsWith('brook-'))).toBe(true);
    expect(read(path.join(out, 'acme'), 'letter.pdf')).toBe('%PDF ready');
    expect(await draftIds(out)).toEqual(new Set(['brook']));
    await writeDraftOutputs(out, 'acme', set('draft'));
    await removeCaseOutputs(out, 'acme');
    expect(existsSync(path.join(out, 'acme'))).toBe(false);
    expect(existsSync(path.join(draftsRoot(out), 'acme'))).toBe(false);
    expect(await draftIds(out)).toEqual(new Set(['brook']));
  });

  it('no drafts folder means no drafts', async () => {
    expect(await draftIds(path.join(tempDir('appeal-fs-'), 'out'))).toEqual(new Set());
  });
});

describe('sha256 of bytes', () => {
  it('is the SHA-256 of the bytes, remembered per byte array (equal bytes elsewhere are hashed for themselves)', () => {
    const a = enc.encode('%PDF a');
    const b = enc.encode('%PDF b');
    expect(sha256(a)).toBe(sha256('%PDF a'));
    expect(sha256(a)).toBe(sha256('%PDF a'));
    expect(sha256(b)).toBe(sha256('%PDF b'));
    const view = new Uint8Array(b.buffer, 0, 4);
    expect(sha256(view)).toBe(sha256('%PDF'));
  });
});
