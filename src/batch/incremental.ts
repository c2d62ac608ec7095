// Incremental builds: a case whose inputs are unchanged since its last good build is skipped.
// The manifest's `inputs_hash` is the authority; a small record per case file in <out>/.cache/cases/
// maps the case file to its id, lists the absolute paths of the inputs to re-hash, and keeps the
// diagnostics of that build so a skipped case still reports its warnings without being re-checked.
// The check reads and hashes files only: no parsing, no rendering. An input whose identity (see fileIdentity)
// is the one recorded is not read, nor is the set's manifest when its identity is the one recorded, so a no-op
// rebuild is a few synchronous stats and one small read (the record) per case (synchronous: with nothing else to
// do, a promise per stat costs more than the stat).
import { promises as fsp, lstatSync, readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { readEvidenceFile, readRegularFile, sha256, writeFileAtomic } from '../fs.js';
import { blockingProblems, type ManifestInput, type RenderFacts, type UnchangedCase } from '../model/result.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { buildStamp, inputsHash } from '../case/manifest.js';
import { codeFingerprint } from '../case/output-cache.js';
import type { WordLists } from '../rules/words.js';

/** The record kept for a case file after a good build. */
export interface BuildRecord {
  v: 1;
  file: string;
  id: string;
  inputs_hash: string;
  letterDate: string;
  /** Whether the letter date came from SOURCE_DATE_EPOCH. */
  epochSensitive: boolean;
  /** The code that built it (see codeFingerprint): a rebuilt tool does not reuse what its previous version wrote. */
  code: string;
  /**
   * Absolute path of each manifest input, in the manifest's order; templates are hashed as text with LF endings.
   * `seen`: the file's identity when its hash was taken (see fileIdentity): the same identity next time means
   * the same bytes, so a no-op rebuild needs no read.
   */
  inputs: { abs: string; text: boolean; entry: ManifestInput; seen?: string }[];
  /**
   * The set's manifest.json when the record was saved: its identity and the outputs it lists. The same identity
   * next time means the same manifest, so a no-op rebuild takes the outputs from here instead of reading it.
   */
  manifest?: { seen: string; outputs: ListedOutput[] };
  report: Pick<UnchangedCase, 'diagnostics' | 'silenced' | 'words'> & { files: string[] };
}

/** An output file as the manifest lists it. */
type ListedOutput = { path: string; bytes: number };

const cacheDir = (outRoot: string) => path.join(outRoot, '.cache', 'cases');
const recordPath = (outRoot: string, file: string) => path.join(cacheDir(outRoot), `${sha256(path.resolve(file)).slice(0, 24)}.json`);

/**
 * Saves the record of a good build (after its outputs were written). `readFrom`: when the case started to be
 * read (Date.now()); an input whose last change is not clearly older is left to be hashed next time, since
 * its identity now may not be that of the bytes that were hashed.
 */
export async function saveRecord(outRoot: string, record: BuildRecord, readFrom?: number): Promise<void> {
  if (readFrom !== undefined) {
    const inputs = await Promise.all(
      record.inputs.map(async (input) => {
        const stat = await fsp.lstat(input.abs).catch(() => undefined);
        const identity = stat?.isFile() ? fileIdentity(stat) : undefined;
        // An identity recorded before and still the file's stays trusted (a record refreshed by upToDate).
        if (input.seen && input.seen === identity) return input;
        const settled = stat?.isFile() && Math.max(stat.mtimeMs, stat.ctimeMs) < readFrom - SETTLED_MS;
        const { seen: _, ...rest } = input;
        return identity && settled ? { ...rest, seen: identity } : rest;
      }),
    );
    record = { ...record, inputs, manifest: manifestSeen(path.join(outRoot, record.id, 'manifest.json'), record.inputs_hash) };
  }
  await writeFileAtomic(recordPath(outRoot, record.file), JSON.stringify(record));
}

/** How much older than the read a file's last change must be to trust its identity (clock granularity, with room). */
const SETTLED_MS = 2000;

/** Device, inode, size, modification and change times: the change time is the kernel's, set on any write or rename. */
const fileIdentity = (s: Stats): string => `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;

/** The identity of a file, links followed (the case's folder in out/ is a link to its set), or undefined. */
function identityOf(file: string): string | undefined {
  try {
    const stat = statSync(file, { throwIfNoEntry: false });
    return stat?.isFile() ? fileIdentity(stat) : undefined;
  } catch {
    return undefined;
  }
}

/** The outputs a set's manifest lists when it is the manifest of the build `inputsHash` names; else undefined. */
function listedOutputs(file: string, inputsHash: string): ListedOutput[] | undefined {
  const manifest = readJsonSync<{ inputs_hash?: string; outputs?: ListedOutput[] }>(file);
  if (!manifest || manifest.inputs_hash !== inputsHash || !Array.isArray(manifest.outputs)) return undefined;
  return manifest.outputs.map(({ path, bytes }) => ({ path, bytes }));
}

/** A set's manifest with the identity it had while it was read (undefined when it changed meanwhile). */
function manifestSeen(file: string, inputsHash: string): BuildRecord['manifest'] {
  const seen = identityOf(file);
  const outputs = seen ? listedOutputs(file, inputsHash) : undefined;
  return seen && outputs && identityOf(file) === seen ? { seen, outputs } : undefined;
}

/** Forgets a case file's record (its build failed or it was rebuilt without one). */
export async function dropRecord(outRoot: string, file: string): Promise<void> {
  await fsp.rm(recordPath(outRoot, file), { force: true });
}

/** Hashes files, and takes their identities, once per build (templates are shared by many cases). */
export class HashMemo {
  private memo = new Map<string, Promise<string | undefined>>();
  private identities = new Map<string, string | undefined>();
  /** The identity of a regular file (see fileIdentity), undefined for anything else or nothing. */
  identity(abs: string, shared: boolean): string | undefined {
    if (shared && this.identities.has(abs)) return this.identities.get(abs);
    let identity: string | undefined;
    try {
      const stat = lstatSync(abs, { throwIfNoEntry: false });
      identity = stat?.isFile() ? fileIdentity(stat) : undefined;
    } catch {
      identity = undefined;
    }
    if (shared) this.identities.set(abs, identity);
    return identity;
  }
  /** `evidence`: the case folder and the path in it; evidence is read only through the confined reader. */
  hash(abs: string, text: boolean, shared: boolean, evidence?: { caseDir: string; rel: string }): Promise<string | undefined> {
    const key = `${text ? 't' : 'b'}${abs}`;
    let value = shared ? this.memo.get(key) : undefined;
    if (!value) {
      const read = evidence
        ? readEvidenceFile(evidence.caseDir, evidence.rel).then((r) => r.bytes)
        : readRegularFile(abs, 64 * 1024 * 1024).then((r) => ('bytes' in r ? r.bytes : undefined));
      value = read.then(
        (bytes) => (bytes ? sha256(text ? Buffer.from(bytes).toString('utf8').replace(/\r\n/g, '\n') : bytes) : undefined),
        () => undefined,
      );
      if (shared) this.memo.set(key, value);
    }
    return value;
  }
}

/**
 * The result to report for a case file whose last good build is still current, or undefined when it
 * must be (re)built: no record, outputs missing or changed, any input, setting or version changed, or
 * (under `strict`) the build had warnings, which now block it.
 */
export async function upToDate(
  file: string,
  o: { outRoot: string; words: WordLists; sourceDateEpoch?: number; memo: HashMemo; strict?: boolean },
): Promise<UnchangedCase | undefined> {
  const record = readJsonSync<BuildRecord>(recordPath(o.outRoot, file));
  if (record?.v !== 1 || record.file !== path.resolve(file) || record.code !== codeFingerprint()) return undefined;
  if (blockingProblems(record.report.diagnostics, o.strict).length) return undefined;
  // The inputs first (the case file before its evidence): a saved case (watch mode) stops at its first hash.
  const inputs: ManifestInput[] = [];
  const hashedFrom = Date.now();
  let hashed = false;
  for (const input of record.inputs) {
    if (input.seen && o.memo.identity(input.abs, input.entry.role === 'template') === input.seen) {
      inputs.push(input.entry);
      continue;
    }
    const evidence = input.entry.role === 'evidence' ? { caseDir: path.dirname(record.file), rel: input.entry.path } : undefined;
    const hash = await o.memo.hash(input.abs, input.text, input.entry.role === 'template', evidence);
    if (!hash || hash !== input.entry.sha256) return undefined;
    inputs.push(input.entry);
    hashed = true;
  }
  const stamp = buildStamp(o.words, o.sourceDateEpoch, record.epochSensitive);
  if (inputsHash(inputs, record.letterDate, stamp) !== record.inputs_hash) return undefined;
  const dir = path.join(o.outRoot, record.id);
  const manifestFile = path.join(dir, 'manifest.json');
  const outputs =
    record.manifest && identityOf(manifestFile) === record.manifest.seen
      ? record.manifest.outputs
      : listedOutputs(manifestFile, record.inputs_hash);
  if (!outputs?.every((f) => sizeOf(path.join(dir, f.path)) === f.bytes)) return undefined;
  // A file read again with the same content (touched, copied back, checked out): its new identity is kept, so
  // the next no-op rebuild does not read it again.
  if (hashed) await saveRecord(o.outRoot, record, hashedFrom).catch(() => undefined);
  return {
    state: 'unchanged',
    file,
    id: record.id,
    diagnostics: record.report.diagnostics.map((d): Diagnostic => ({ ...d, file: d.file === record.file ? file : d.file })),
    silenced: record.report.silenced,
    words: record.report.words,
    inputs: record.inputs.filter((i) => i.entry.role !== 'template').map((i) => i.abs),
    outputs: record.report.files,
  };
}

/** The size of a file (following links), or undefined when there is none. */
function sizeOf(file: string): number | undefined {
  try {
    return statSync(file, { throwIfNoEntry: false })?.size;
  } catch {
    return undefined;
  }
}

function readJsonSync<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** The record of a case just rendered, without its report (the batch adds that once the outputs are written). */
export function recordFor(caseFile: string, id: string, facts: RenderFacts): Omit<BuildRecord, 'report'> {
  const abs = (entry: ManifestInput): { abs: string; text: boolean } => {
    if (entry.role === 'case') return { abs: path.resolve(caseFile), text: false };
    if (entry.role === 'template') return { abs: path.resolve(facts.templatesRoot, entry.path.replace(/^templates\//, '')), text: true };
    return { abs: path.resolve(facts.caseDir, entry.path), text: false };
  };
  return {
    v: 1,
    file: path.resolve(caseFile),
    id,
    inputs_hash: facts.inputsHash,
    letterDate: facts.letterDate,
    epochSensitive: facts.epochSensitive,
    code: codeFingerprint(),
    inputs: facts.inputs.map((entry) => ({ ...abs(entry), entry })),
  };
}
