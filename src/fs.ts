// The I/O edge: find cases, read inputs (confined to their folder), write a case's outputs atomically.
import { createHash, randomBytes } from 'node:crypto';
import { promises as fsp, constants as fsConstants, lstatSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { RenderedFile } from './model/document.js';
import type { StagedSet } from './model/result.js';
import { traceMark } from './trace.js';

/** Case files found under the given paths: `x.yaml` (single-file form) and `x/case.yaml` (folder form), sorted. */
export async function findCases(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const given of paths) {
    const stat = await fsp.stat(given).catch(() => undefined);
    if (!stat) {
      missing.push(given);
    } else if (stat.isFile()) {
      files.add(path.normalize(given));
    } else if (stat.isDirectory()) {
      const direct = path.join(given, 'case.yaml');
      if (await isFile(direct)) {
        files.add(path.normalize(direct));
        continue;
      }
      for (const f of await casesInFolder(given)) files.add(path.normalize(f));
    }
  }
  return { files: [...files].sort(), missing };
}

const yamlName = /^[^.].*\.ya?ml$/;
const notCaseFolders = new Set(['node_modules', 'out', 'evidence']);

/**
 * The case files of a folder: `x.yaml`, `x.yml`, `x/case.yaml`, `x/case.yml`; no name starting with a dot, no
 * link followed (a linked file or folder is not taken for a case). One listing and a stat or two per subfolder:
 * loading a glob library took longer than this takes for a thousand cases.
 */
async function casesInFolder(dir: string): Promise<string[]> {
  const plainFile = (p: string) => lstatSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
  const files: string[] = [];
  for (const entry of await fsp.readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isFile() && yamlName.test(entry.name)) files.push(path.join(dir, entry.name));
    else if (entry.isDirectory() && !notCaseFolders.has(entry.name)) {
      for (const name of ['case.yaml', 'case.yml'])
        if (plainFile(path.join(dir, entry.name, name))) files.push(path.join(dir, entry.name, name));
    }
  }
  return files;
}

async function isFile(p: string): Promise<boolean> {
  return (await fsp.stat(p).catch(() => undefined))?.isFile() ?? false;
}

/** Reads a case file's bytes (a regular file only: a FIFO or device put in its place is refused, not waited on). */
export async function readCaseBytes(file: string): Promise<Uint8Array> {
  const read = await readRegularFile(file, MAX_CASE_FILE_BYTES);
  if ('bytes' in read) return read.bytes;
  const why =
    read.code ??
    (read.why === 'too-large'
      ? `larger than ${MAX_CASE_FILE_BYTES / 1048576} MiB`
      : read.why === 'not-a-file'
        ? 'not a regular file'
        : read.why);
  throw Object.assign(new Error(why), { code: why });
}

/** Case files are text; far beyond any real case. */
const MAX_CASE_FILE_BYTES = 16 * 1024 * 1024;

/** The largest evidence file read (Amazon's own upload limits are far lower). */
export const MAX_EVIDENCE_BYTES = 200 * 1024 * 1024;

/** Why an evidence path was refused, in words a user can act on. */
export type EvidenceRefusal = {
  problem: 'absolute' | 'outside' | 'link-outside' | 'missing' | 'not-a-file' | 'hard-link' | 'too-large' | 'unreadable';
  message: string;
};

/** Limits of an evidence read. */
export interface EvidenceReadLimits {
  maxBytes?: number;
}

const O_NOFOLLOW = fsConstants.O_NOFOLLOW ?? 0;
const O_NONBLOCK = fsConstants.O_NONBLOCK ?? 0;

type RegularRead =
  | { bytes: Uint8Array; size: number }
  | {
      why: 'missing' | 'not-a-file' | 'hard-link' | 'too-large' | 'link' | 'moved' | 'unreadable';
      code?: string;
      size?: number;
      nlink?: number;
    };

/**
 * Opens a file and checks the opened descriptor itself (fstat), so what is checked is what is read: a
 * FIFO or device is refused without blocking (O_NONBLOCK), with `noFollow` a symbolic link in the last place
 * is refused (O_NOFOLLOW), and no more than `maxBytes` is ever read even if the file grows meanwhile. `inside`, when
 * given, is checked against the file the descriptor really holds, which closes the gap between resolving a
 * path and opening it (see openedFileIsInside). `refuseHardLinks`: refuse a file that has more than one name.
 */
export async function readRegularFile(
  file: string,
  maxBytes: number,
  o: { inside?: string; refuseHardLinks?: boolean; noFollow?: boolean; descriptorPaths?: boolean } = {},
): Promise<RegularRead> {
  let handle: import('node:fs/promises').FileHandle;
  try {
    handle = await fsp.open(file, fsConstants.O_RDONLY | (o.noFollow ? O_NOFOLLOW : 0) | O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { why: 'missing', code };
    if (code === 'ELOOP' || code === 'EMLINK') return { why: 'link', code };
    if (code === 'ENXIO') return { why: 'not-a-file', code };
    return { why: 'unreadable', code };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { why: 'not-a-file' };
    if (o.inside !== undefined && !(await openedFileIsInside(handle.fd, stat, file, o.inside, o.descriptorPaths))) {
      return { why: 'moved' };
    }
    if (o.refuseHardLinks && stat.nlink > 1) return { why: 'hard-link', nlink: stat.nlink };
    if (stat.size > maxBytes) return { why: 'too-large', size: stat.size };
    const bytes = await readBounded(handle, stat.size, maxBytes);
    if (!bytes) return { why: 'too-large', size: stat.size };
    return { bytes, size: bytes.length };
  } catch (error) {
    return { why: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  } finally {
    await handle.close();
  }
}

/**
 * Whether the opened file lies inside `inside`. Linux says where a descriptor points (/proc/self/fd).
 * Elsewhere the path is resolved again after opening and must be inside and name the very file that
 * was opened (same device and inode): a folder swapped for a link before the open and back after it
 * resolves inside but names another file; left swapped, it resolves outside. What this cannot see off
 * Linux is a link swapped in and out again between the open, the resolve and the final stat.
 */
async function openedFileIsInside(
  fd: number,
  opened: { dev: number; ino: number },
  file: string,
  inside: string,
  descriptorPaths = process.platform === 'linux',
): Promise<boolean> {
  if (descriptorPaths) {
    const real = await fsp.readlink(`/proc/self/fd/${fd}`).catch(() => undefined);
    if (real !== undefined) return isInside(inside, real);
  }
  const resolved = await fsp.realpath(file).catch(() => undefined);
  if (resolved === undefined || !isInside(inside, resolved)) return false;
  const named = await fsp.lstat(resolved).catch(() => undefined);
  return named !== undefined && named.dev === opened.dev && named.ino === opened.ino;
}

/** Reads up to `maxBytes` from a descriptor; undefined when there is more (the file grew past the limit). */
async function readBounded(
  handle: import('node:fs/promises').FileHandle,
  expected: number,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  let buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(expected + 1, 4096)));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (buffer.length > maxBytes) return undefined;
      const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  if (length > maxBytes) return undefined;
  return buffer.subarray(0, length);
}

/**
 * The bytes of an evidence file, or why it was refused: the one reader of evidence (the build, the
 * "unchanged since the last build?" check and `status` all read through it). No byte is read unless the
 * path stays inside `caseDir` after links are resolved, and the file read is the one checked: a regular
 * file (no FIFO, device or folder), opened without following a link swapped in, inside the folder by the
 * opened descriptor's own path, at most `maxBytes` long.
 *
 * Hard links are refused: a second name of a file cannot be told from the first, so a hard link planted in
 * a case folder would otherwise read a file kept anywhere else on the same disk.
 */
export async function readEvidenceFile(
  caseDir: string,
  relative: string,
  limits: EvidenceReadLimits = {},
): Promise<{ bytes?: Uint8Array; refusal?: EvidenceRefusal; size?: number }> {
  const maxBytes = limits.maxBytes ?? MAX_EVIDENCE_BYTES;
  const unified = relative.replace(/\\/g, '/');
  if (path.isAbsolute(unified) || /^[a-zA-Z]:\//.test(unified) || unified.startsWith('//')) {
    return {
      refusal: {
        problem: 'absolute',
        message: `the path "${relative}" is absolute; give it relative to the case file, e.g. evidence/invoice.pdf`,
      },
    };
  }
  const rootAbs = path.resolve(caseDir);
  const target = path.resolve(rootAbs, unified);
  if (!isInside(rootAbs, target)) {
    return { refusal: { problem: 'outside', message: `the path "${relative}" leaves the case folder; keep evidence inside ${caseDir}` } };
  }
  let realRoot: string;
  let realTarget: string;
  try {
    realRoot = await fsp.realpath(rootAbs);
    realTarget = await fsp.realpath(target);
  } catch {
    return { refusal: { problem: 'missing', message: `the file "${relative}" does not exist (looked in ${path.join(caseDir, unified)})` } };
  }
  const outsideLink: EvidenceRefusal = {
    problem: 'link-outside',
    message: `the path "${relative}" goes through a symbolic link that leads outside the case folder; copy the file into the case folder instead`,
  };
  if (!isInside(realRoot, realTarget)) return { refusal: outsideLink };
  const read = await readRegularFile(realTarget, maxBytes, { inside: realRoot, refuseHardLinks: true, noFollow: true });
  if ('bytes' in read) return read;
  switch (read.why) {
    case 'missing':
      return {
        refusal: { problem: 'missing', message: `the file "${relative}" does not exist (looked in ${path.join(caseDir, unified)})` },
      };
    case 'link':
    case 'moved':
      return { refusal: outsideLink };
    case 'not-a-file':
      return {
        refusal: {
          problem: 'not-a-file',
          message: `"${relative}" is not a regular file (a pipe, device or folder); put the document itself in the case folder`,
        },
      };
    case 'hard-link':
      return {
        refusal: {
          problem: 'hard-link',
          message: `"${relative}" is a hard link (the file has ${read.nlink} names), which could be a file kept outside the case folder; put a copy of the document in the case folder instead`,
        },
      };
    case 'too-large':
      return {
        refusal: {
          problem: 'too-large',
          message: `"${relative}" is ${((read.size ?? maxBytes + 1) / 1048576).toFixed(0)} MiB, over the ${(maxBytes / 1048576).toFixed(0)} MiB limit`,
        },
        size: read.size,
      };
    default:
      return { refusal: { problem: 'unreadable', message: `"${relative}" could not be read: ${read.code ?? 'unknown error'}` } };
  }
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

// A case's output bytes are hashed by the manifest, by the staged set's name and by the result the worker
// sends back: each array is hashed once and its digest remembered (rendered bytes are never changed in place).
const digests = new WeakMap<Uint8Array, string>();

/** SHA-256 of bytes, lower-case hex. */
export function sha256(bytes: Uint8Array | string): string {
  if (typeof bytes === 'string') return createHash('sha256').update(bytes).digest('hex');
  let digest = digests.get(bytes);
  if (digest === undefined) {
    digest = createHash('sha256').update(bytes).digest('hex');
    digests.set(bytes, digest);
  }
  return digest;
}

/** Temporary files and folders this process is writing, removed by removeTemporaries on any exit. */
const temporaries = new Set<string>();

/** Removes what this process left half-written (called on exit, Ctrl+C and SIGTERM; synchronous). */
export function removeTemporaries(): void {
  for (const temp of temporaries) rmSync(temp, { recursive: true, force: true });
  temporaries.clear();
}

async function tracked<T>(temp: string, work: () => Promise<T>): Promise<T> {
  temporaries.add(temp);
  try {
    return await work();
  } finally {
    temporaries.delete(temp);
  }
}

/** Writes bytes to a temporary file beside the target, flushes it, then renames it into place. */
export async function writeFileAtomic(target: string, bytes: Uint8Array | string): Promise<void> {
  const dir = path.dirname(target);
  await fsp.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  await tracked(temp, async () => {
    try {
      const handle = await fsp.open(temp, 'w');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (error) {
      // A full disk or a read-only folder: leave nothing behind, and say which it was.
      await fsp.rm(temp, { force: true });
      throw writeError(error, dir);
    }
    await renameWithRetry(temp, target);
  });
}

/** A write error in words: a read-only or full output folder is named as such. */
function writeError(error: unknown, dir: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EROFS') return new Error(`${dir} is on a read-only file system; give another --out folder`);
  if (code === 'EACCES' || code === 'EPERM')
    return new Error(`${dir} is read-only (permission denied); make it writable or give another --out folder`);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new Error(`the disk holding ${dir} is full; free some space and build again`);
  return error as Error;
}

// On Windows a viewer holding the old PDF open makes rename fail for a moment; retry briefly.
async function renameWithRetry(from: string, to: string, removeSourceOnFailure = true): Promise<void> {
  const delays = [5, 10, 20, 40, 80, 160];
  for (let attempt = 0; ; attempt++) {
    try {
      await fsp.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= delays.length || !['EPERM', 'EACCES', 'EBUSY'].includes(code ?? '')) {
        if (removeSourceOnFailure) await fsp.rm(from, { force: true });
        if (['EPERM', 'EACCES', 'EBUSY'].includes(code ?? '')) {
          throw new Error(`${to} is locked by another program (close it in your PDF viewer or Word) and try again`);
        }
        throw error;
      }
      await new Promise((r) => setTimeout(r, delays[attempt]));
    }
  }
}

/**
 * Replaces a case's whole output set as one step.
 * The files go into a fresh folder `out/.store/<id>-<hash>/`; then the link `out/<id>` is switched to it
 * with one rename, so a reader (or a crash) sees the complete old set or the complete new set, never a mix.
 */
export async function writeCaseOutputs(outRoot: string, caseId: string, files: RenderedFile[]): Promise<string> {
  return writeOutputSet(outRoot, caseId, files);
}

/** The folder that holds drafts, apart from the ready sets: `out/.drafts/`. */
export const draftsRoot = (outRoot: string): string => path.join(outRoot, '.drafts');

/**
 * Replaces a case's draft (`out/.drafts/<id>/`) as one step, the same way as a ready set; the ready set in
 * `out/<id>/` is not touched.
 */
export async function writeDraftOutputs(outRoot: string, caseId: string, files: RenderedFile[]): Promise<string> {
  return writeOutputSet(draftsRoot(outRoot), caseId, files);
}

/** Removes a case's draft (its case became ready, or was deleted). */
export async function removeDraftOutputs(outRoot: string, caseId: string): Promise<void> {
  await removeOutputSet(draftsRoot(outRoot), caseId);
}

/** The ids of the cases that have a draft. */
export async function draftIds(outRoot: string): Promise<Set<string>> {
  const entries = await fsp.readdir(draftsRoot(outRoot)).catch(() => [] as string[]);
  return new Set(entries.filter((name) => !name.startsWith('.')));
}

/** The output folder of a case id, refusing an id that is not one plain folder name (the case stage checks ids first). */
function outputEntry(root: string, caseId: string): string {
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(caseId) || caseId.endsWith('.')) throw new Error(`"${caseId}" cannot name an output folder`);
  return path.join(root, caseId);
}

/** out/.store (made if missing), refused when it is a link: the sets would be written wherever it points. */
async function storeOf(root: string, create: boolean): Promise<string> {
  const store = path.join(root, '.store');
  const stat = await fsp.lstat(store).catch(() => undefined);
  if (stat?.isSymbolicLink())
    throw new Error(`${store} is a symbolic link; remove it (appeal-kit keeps its output sets there and makes the folder itself)`);
  if (stat && !stat.isDirectory()) throw new Error(`${store} is not a folder; remove it (appeal-kit keeps its output sets there)`);
  if (!stat && create) {
    await fsp.mkdir(store, { recursive: true }).catch((error: unknown) => {
      throw writeError(error, root);
    });
  }
  return store;
}

async function writeOutputSet(root: string, caseId: string, files: RenderedFile[]): Promise<string> {
  return commitOutputSet(await stageOutputSet(root, caseId, files));
}

/** Writes a ready set into `.store` without putting it in place (see StagedSet, commitOutputSet). */
export const stageCaseOutputs = (outRoot: string, caseId: string, files: RenderedFile[]): Promise<StagedSet> =>
  stageOutputSet(outRoot, caseId, files);

/** Writes a draft into `.drafts/.store` without putting it in place (see StagedSet, commitOutputSet). */
export const stageDraftOutputs = (outRoot: string, caseId: string, files: RenderedFile[]): Promise<StagedSet> =>
  stageOutputSet(draftsRoot(outRoot), caseId, files);

async function stageOutputSet(root: string, caseId: string, files: RenderedFile[]): Promise<StagedSet> {
  outputEntry(root, caseId);
  await fsp.mkdir(root, { recursive: true }).catch((error: unknown) => {
    throw writeError(error, root);
  });
  const store = await storeOf(root, true);
  const digest = sha256(files.map((f) => `${f.path}\0${sha256(f.bytes)}`).join('\n')).slice(0, 12);
  const versionName = `${caseId}-${digest}`;
  const version = path.join(store, versionName);
  const staged = { root, caseId, version };
  const link = path.join(root, caseId);
  const current = await fsp.readlink(link).catch(() => undefined);
  if (current !== undefined && linksTo(root, current, version) && (await isComplete(version, files))) return staged;
  await fsp.rm(version, { recursive: true, force: true });
  const staging = `${version}.${process.pid}.${randomBytes(3).toString('hex')}.partial`;
  await tracked(staging, async () => {
    try {
      traceMark('fs:staging-start');
      await writeStaging(staging, files, current === undefined ? undefined : link);
      traceMark('fs:staging-written');
      await fsp.rename(staging, version);
    } catch (error) {
      await fsp.rm(staging, { recursive: true, force: true });
      throw error;
    }
  });
  return staged;
}

/**
 * Puts a staged set in place as one step (its link switched to it) and removes the case's earlier sets;
 * nothing to do when the set in place is already this one. Returns the link.
 */
export async function commitOutputSet(staged: StagedSet): Promise<string> {
  const link = path.join(staged.root, staged.caseId);
  if (await inPlace(staged)) return link;
  await swapLink(link, staged.version);
  traceMark('fs:swapped');
  await removeStaleVersions(path.dirname(staged.version), staged.caseId, path.basename(staged.version));
  return link;
}

/** Removes a staged set that will not be put in place (a duplicate case id), unless it is the one in place. */
export async function discardOutputSet(staged: StagedSet): Promise<void> {
  if (!(await inPlace(staged))) await fsp.rm(staged.version, { recursive: true, force: true });
}

async function inPlace(staged: StagedSet): Promise<boolean> {
  const current = await fsp.readlink(path.join(staged.root, staged.caseId)).catch(() => undefined);
  return current !== undefined && linksTo(staged.root, current, staged.version);
}

// A link made here is relative (.store/<version>); a Windows junction reads back absolute.
const linksTo = (root: string, target: string, version: string): boolean => path.resolve(root, target) === path.resolve(version);

/**
 * Writes a set's files into its staging folder, which no reader sees until it is renamed whole: the files
 * need no temporary names of their own. They are written and flushed all at once (the flushes share the
 * file system's journal commits), then the folders' entries are flushed, before the rename. A file whose
 * bytes equal the same file of the `previous` set (a rebuild after a small edit: the bundle, the index) is
 * hard-linked from it instead: already on disk and flushed, it needs neither a write nor a flush.
 */
async function writeStaging(staging: string, files: RenderedFile[], previous?: string): Promise<void> {
  const folders = [...new Set(files.map((f) => path.dirname(path.join(staging, f.path))))].sort();
  for (const folder of [staging, ...folders]) {
    await fsp.mkdir(folder, { recursive: true }).catch((error: unknown) => {
      throw writeError(error, staging);
    });
  }
  await settleAll(
    files.map(async (file) => {
      if (previous && (await linkedUnchanged(path.join(previous, file.path), path.join(staging, file.path), file.bytes))) return;
      const handle = await fsp.open(path.join(staging, file.path), 'w');
      try {
        await handle.writeFile(file.bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }),
    staging,
  );
  await settleAll(
    [...new Set([staging, ...folders])].map((folder) => syncFolder(folder)),
    staging,
  );
}

/** Hard-links `existing` to `target` when it holds exactly `bytes`; false (nothing made) otherwise or on any error. */
async function linkedUnchanged(existing: string, target: string, bytes: Uint8Array): Promise<boolean> {
  try {
    const stat = await fsp.lstat(existing);
    if (!stat.isFile() || stat.size !== bytes.length) return false;
    if (!Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(await fsp.readFile(existing))) return false;
    await fsp.link(existing, target);
    return true;
  } catch {
    // No links on this file system, or the previous set went away: the file is written instead.
    return false;
  }
}

/** Waits for every write (none left running when the staging folder is removed); throws the first failure. */
async function settleAll(writes: Promise<void>[], dir: string): Promise<void> {
  const failed = (await Promise.allSettled(writes)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw writeError(failed.reason, dir);
}

/** Flushes a folder's entries (POSIX); Windows cannot open a folder to flush it, and needs no such step. */
async function syncFolder(folder: string): Promise<void> {
  if (windows) return;
  const handle = await fsp.open(folder, fsConstants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function isComplete(dir: string, files: RenderedFile[]): Promise<boolean> {
  for (const f of files) {
    const stat = await fsp.stat(path.join(dir, f.path)).catch(() => undefined);
    if (!stat || stat.size !== f.bytes.length) return false;
  }
  return true;
}

// POSIX: a relative symbolic link, so out/ can be moved or restored elsewhere as a whole. Windows: a
// junction, which needs no privilege (a symbolic link needs developer mode) but must name an absolute target.
const windows = process.platform === 'win32';

async function swapLink(link: string, version: string): Promise<void> {
  const store = path.join(path.dirname(link), '.store');
  const existing = await fsp.lstat(link).catch(() => undefined);
  // The new link is made inside .store (so a crash leaves no stray entry in out/) and renamed over out/<id>.
  const temp = path.join(store, `.${path.basename(link)}.${process.pid}.${randomBytes(3).toString('hex')}.link`);
  try {
    if (windows) await fsp.symlink(path.resolve(version), temp, 'junction');
    else await fsp.symlink(path.relative(path.dirname(link), version), temp, 'dir');
  } catch (error) {
    // A file system without links (EPERM, ENOTSUP): keep plain folders and swap them by renames.
    if (!['EPERM', 'EACCES', 'ENOTSUP', 'ENOSYS'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    await swapFolder(link, version, existing);
    return;
  }
  if (existing?.isDirectory()) {
    // A plain output folder (from before links were used, or the fallback below): move it aside once.
    await fsp.rename(link, `${version}.retired-${randomBytes(3).toString('hex')}`);
  }
  try {
    await fsp.rename(temp, link);
  } catch (error) {
    // Windows does not rename a junction over another: the old one is removed first, so out/<id> is absent
    // for a moment between the two steps (never a mix of two sets).
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!existing?.isSymbolicLink() || !['EPERM', 'EACCES', 'EEXIST', 'ENOTEMPTY', 'EISDIR'].includes(code)) {
      await fsp.rm(temp, { force: true });
      throw error;
    }
    await fsp.unlink(link);
    await renameWithRetry(temp, link);
  }
}

/**
 * The fallback swap without links: the old folder is moved into .store, then the new one into out/<id>.
 * Between the two renames out/<id> is briefly absent (never a mix); the old set stays in .store until the
 * new one is in place, and a later run removes it.
 */
async function swapFolder(
  link: string,
  version: string,
  existing: { isDirectory(): boolean; isSymbolicLink(): boolean } | undefined,
): Promise<void> {
  if (existing?.isSymbolicLink()) await fsp.rm(link, { force: true });
  else if (existing) await renameWithRetry(link, `${version}.retired-${randomBytes(3).toString('hex')}`, false);
  await renameWithRetry(version, link, false);
}

/** The case id an entry of .store belongs to: `<id>-<hash>`, `<id>-<hash>.retired-<x>`, `<id>-<hash>.<pid>.<x>.partial`, `.<id>.<pid>.<x>.link`. */
export function storeEntryOwner(name: string): string | undefined {
  const version = /^(.+)-[0-9a-f]{12}(?:\.retired-[0-9a-f]{6}|\.\d+\.[0-9a-f]{6}\.partial)?$/.exec(name);
  if (version) return version[1];
  return /^\.(.+)\.\d+\.[0-9a-f]{6}\.link$/.exec(name)?.[1];
}

/** Removes the case's own earlier sets: entries whose owner is exactly this id (never a prefix match). */
async function removeStaleVersions(store: string, caseId: string, keep: string): Promise<void> {
  const entries = await fsp.readdir(store).catch(() => [] as string[]);
  await Promise.all(
    entries
      .filter((name) => name !== keep && storeEntryOwner(name) === caseId)
      .map((name) => fsp.rm(path.join(store, name), { recursive: true, force: true })),
  );
}

/** Removes a case's outputs and its draft (used when a case file is deleted while watching). */
export async function removeCaseOutputs(outRoot: string, caseId: string): Promise<void> {
  await removeOutputSet(outRoot, caseId);
  await removeDraftOutputs(outRoot, caseId);
}

async function removeOutputSet(root: string, caseId: string): Promise<void> {
  const link = outputEntry(root, caseId);
  await storeOf(root, false);
  const existing = await fsp.lstat(link).catch(() => undefined);
  // A plain folder is the fallback form of a set (no links on this system); a link is removed by itself.
  await fsp.rm(link, { force: true, recursive: Boolean(existing?.isDirectory()) }).catch(() => undefined);
  await removeStaleVersions(path.join(root, '.store'), caseId, '');
}

/** Reads a file under out/<id>/ if it exists (e.g. the previous manifest). */
export async function readOutputFile(outRoot: string, caseId: string, name: string): Promise<string | undefined> {
  return fsp.readFile(path.join(outRoot, caseId, name), 'utf8').catch(() => undefined);
}

export const fileExists = async (p: string): Promise<boolean> =>
  fsp.access(p, fsConstants.F_OK).then(
    () => true,
    () => false,
  );
