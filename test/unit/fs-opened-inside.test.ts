// readRegularFile checks the file the descriptor holds, not the path it was given: a folder swapped for a
// link to outside the case is refused both where the system says where a descriptor points (Linux) and
// where it does not (macOS, Windows: the path is resolved again and must name the opened file).
import { mkdirSync, promises as fsp, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readRegularFile } from '../../src/fs.js';
import { tempDir } from '../helpers/cli.js';

let root: string;
let outside: string;
let folder: string;
const file = () => path.join(folder, 'secret.txt');

beforeEach(() => {
  const dir = tempDir('appeal-opened-');
  root = path.join(dir, 'case');
  outside = path.join(dir, 'outside');
  folder = path.join(root, 'evidence');
  mkdirSync(folder, { recursive: true });
  mkdirSync(outside);
  writeFileSync(file(), 'inside');
  writeFileSync(path.join(outside, 'secret.txt'), 'OTHER SELLER SECRET');
});
afterEach(() => vi.restoreAllMocks());

const swapIn = () => {
  renameSync(folder, `${folder}.real`);
  symlinkSync(outside, folder, 'dir');
};
const swapBack = () => {
  rmSync(folder);
  renameSync(`${folder}.real`, folder);
};

describe.each([
  ['by the descriptor (Linux)', true],
  ['by resolving again and comparing the file (elsewhere)', false],
])('the opened file is checked %s', (_, descriptorPaths) => {
  it.runIf(descriptorPaths === false || process.platform === 'linux')('reads a file inside', async () => {
    const read = await readRegularFile(file(), 1000, { inside: root, descriptorPaths });
    expect('bytes' in read && Buffer.from(read.bytes).toString()).toBe('inside');
  });

  it.runIf(descriptorPaths === false || process.platform === 'linux')('refuses a folder swapped for a link before the open', async () => {
    swapIn();
    const read = await readRegularFile(file(), 1000, { inside: root, descriptorPaths });
    expect(read).toEqual({ why: 'moved' });
  });

  it.runIf(descriptorPaths === false || process.platform === 'linux')(
    'refuses a folder swapped in for the open and back before the check',
    async () => {
      swapIn();
      const open = fsp.open.bind(fsp);
      vi.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
        const handle = await open(...args);
        swapBack();
        return handle;
      });
      const read = await readRegularFile(file(), 1000, { inside: root, descriptorPaths });
      expect(read).toEqual({ why: 'moved' });
    },
  );
});
