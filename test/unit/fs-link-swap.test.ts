// The output swap where a link cannot be renamed over another (Windows junctions), simulated here by a
// rename that refuses to replace out/<id> once: the old link is removed, the new one renamed in, and out/<id>
// ends pointing at the complete new set with no stray link left in .store. Also: an unchanged set is not
// rewritten whether its link reads back relative (POSIX) or absolute (a junction).
import { promises as fsp, lstatSync, readdirSync, readFileSync, readlinkSync, symlinkSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeCaseOutputs } from '../../src/fs.js';
import type { RenderedFile } from '../../src/model/document.js';
import { tempDir } from '../helpers/cli.js';

const enc = new TextEncoder();
const set = (tag: string): RenderedFile[] => [{ path: 'letter.pdf', bytes: enc.encode(`%PDF ${tag}`) }];

afterEach(() => vi.restoreAllMocks());

describe('swapping out/<id> to a new set', () => {
  it('removes the old link first when the system will not rename a link over it', async () => {
    const out = path.join(tempDir('appeal-swap-'), 'out');
    await writeCaseOutputs(out, 'acme', set('one'));
    const rename = fsp.rename.bind(fsp);
    let refused = 0;
    vi.spyOn(fsp, 'rename').mockImplementation(async (from, to) => {
      if (String(to) === path.join(out, 'acme') && String(from).endsWith('.link') && refused === 0) {
        refused++;
        throw Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' });
      }
      return rename(from, to);
    });
    await writeCaseOutputs(out, 'acme', set('two'));
    expect(refused).toBe(1);
    expect(lstatSync(path.join(out, 'acme')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(out, 'acme', 'letter.pdf'), 'utf8')).toBe('%PDF two');
    expect(readdirSync(path.join(out, '.store')).filter((n) => n.endsWith('.link'))).toEqual([]);
  });

  it('recognises the current set through a link that reads back absolute, and leaves it alone', async () => {
    const out = path.join(tempDir('appeal-swap-'), 'out');
    await writeCaseOutputs(out, 'acme', set('one'));
    const link = path.join(out, 'acme');
    const absolute = path.resolve(out, readlinkSync(link));
    unlinkSync(link);
    symlinkSync(absolute, link, 'dir');
    const symlink = vi.spyOn(fsp, 'symlink');
    await writeCaseOutputs(out, 'acme', set('one'));
    expect(symlink).not.toHaveBeenCalled();
    expect(readlinkSync(link)).toBe(absolute);
  });
});
