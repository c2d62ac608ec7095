// Incremental builds: a case whose inputs are unchanged since its last good build is skipped.
// The manifest's `inputs_hash` is the authority; a small record per case file in <out>/.cache/cases/
// maps the case file to its id, lists the absolute paths of the inputs to re-hash, and keeps the
// diagnostics of that build so a skipped case still reports its warnings without being re-checked.
// The check reads and hashes files only: no parsing, no rendering.
import { promises as fsp } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { sha256, writeFileAtomic } from './fs.js';
import type { CaseResult } from './pipeline.js';
import type { WordLists } from './rules/words.js';
import { toolVersion } from './version.js';

/** What besides the input files decides a case's outputs. */
export interface BuildStamp {
  /** Tool version and the versions of the renderers and fonts. */
  tool: string;
  /** Digest of the word lists the rules use (built-in plus appeal-words.json). */
  words: string;
  /** The SOURCE_DATE_EPOCH day, when the letter date came from it (no letter.date in the case); else null. */
  epochDate: string | null;
  /** Whether the case has no letter.date, so SOURCE_DATE_EPOCH (or its absence) decides the letter date. */
  epochSensitive: boolean;
}

/** One input as listed in the manifest. */
export interface ManifestInput {
  path: string;
  role: string;
  sha256: string;
  exhibit?: string;
}

/** The record kept for a case file after a good build. */
export interface BuildRecord {
  v: 1;
  file: string;
  id: string;
  inputs_hash: string;
  letterDate: string;
  /** Whether the letter date came from SOURCE_DATE_EPOCH. */
  epochSensitive: boolean;
  /** Absolute path of each manifest input, in the manifest's order; templates are hashed as text with LF endings. */
  inputs: { abs: string; text: boolean; entry: ManifestInput }[];
  report: Pick<CaseResult, 'diagnostics' | 'silenced' | 'words'> & { files: string[] };
}

const require = createRequire(import.meta.url);
let toolStamp: string | undefined;

/** Tool version plus the installed versions of the packages whose output ends up in the files. */
export function toolFingerprint(): string {
  if (toolStamp) return toolStamp;
  const versions = ['pdfmake', 'docx', 'handlebars', 'marked', '@expo-google-fonts/noto-sans', '@expo-google-fonts/noto-sans-sc', '@expo-google-fonts/noto-sans-jp', '@expo-google-fonts/noto-sans-kr'].map((name) => {
    try {
      return `${name}@${(require(`${name}/package.json`) as { version: string }).version}`;
    } catch {
      return `${name}@?`;
    }
  });
  toolStamp = [`appeal-kit@${toolVersion}`, ...versions].join(' ');
  return toolStamp;
}

const wordDigests = new WeakMap<WordLists, string>();

/** Digest of the word lists. */
export function wordsDigest(words: WordLists): string {
  let digest = wordDigests.get(words);
  if (!digest) {
    digest = sha256(JSON.stringify(words));
    wordDigests.set(words, digest);
  }
  return digest;
}

/** The day SOURCE_DATE_EPOCH names (as normalize uses it), or null. */
export function epochDay(epoch: number | undefined): string | null {
  return epoch === undefined || !Number.isFinite(epoch) ? null : new Date(epoch * 1000).toISOString().slice(0, 10);
}

/** The stamp of a build with these settings; `epochSensitive` when the case has no letter.date. */
export function buildStamp(words: WordLists, sourceDateEpoch: number | undefined, epochSensitive: boolean): BuildStamp {
  return { tool: toolFingerprint(), words: wordsDigest(words), epochDate: epochSensitive ? epochDay(sourceDateEpoch) : null, epochSensitive };
}

/** The manifest's inputs_hash: every input file's hash, the letter date and the build stamp. */
export function inputsHash(inputs: ManifestInput[], letterDate: string, stamp: BuildStamp): string {
  return sha256(JSON.stringify({ inputs, letterDate, stamp }));
}

const cacheDir = (outRoot: string) => path.join(outRoot, '.cache', 'cases');
const recordPath = (outRoot: string, file: string) => path.join(cacheDir(outRoot), `${sha256(path.resolve(file)).slice(0, 24)}.json`);

/** Saves the record of a good build (after its outputs were written). */
export async function saveRecord(outRoot: string, record: BuildRecord): Promise<void> {
  await writeFileAtomic(recordPath(outRoot, record.file), JSON.stringify(record));
}

/** Forgets a case file's record (its build failed or it was rebuilt without one). */
export async function dropRecord(outRoot: string, file: string): Promise<void> {
  await fsp.rm(recordPath(outRoot, file), { force: true });
}

/** Hashes files once per build (templates are shared by many cases). */
export class HashMemo {
  private memo = new Map<string, Promise<string | undefined>>();
  hash(abs: string, text: boolean, shared: boolean): Promise<string | undefined> {
    const key = `${text ? 't' : 'b'}${abs}`;
    let value = shared ? this.memo.get(key) : undefined;
    if (!value) {
      value = fsp.readFile(abs).then(
        (bytes) => sha256(text ? bytes.toString('utf8').replace(/\r\n/g, '\n') : bytes),
        () => undefined,
      );
      if (shared) this.memo.set(key, value);
    }
    return value;
  }
}

/**
 * The result to report for a case file whose last good build is still current, or undefined when it
 * must be (re)built: no record, outputs missing or changed, or any input, setting or version changed.
 */
export async function upToDate(file: string, o: { outRoot: string; words: WordLists; sourceDateEpoch?: number; memo: HashMemo }): Promise<CaseResult | undefined> {
  const record = await readJson<BuildRecord>(recordPath(o.outRoot, file));
  if (!record || record.v !== 1 || record.file !== path.resolve(file)) return undefined;
  const dir = path.join(o.outRoot, record.id);
  const manifest = await readJson<{ inputs_hash?: string; outputs?: { path: string; bytes: number }[] }>(path.join(dir, 'manifest.json'));
  if (!manifest || manifest.inputs_hash !== record.inputs_hash || !Array.isArray(manifest.outputs)) return undefined;
  const sizes = await Promise.all(manifest.outputs.map((f) => fsp.stat(path.join(dir, f.path)).then((s) => s.size === f.bytes, () => false)));
  if (sizes.includes(false)) return undefined;
  const inputs: ManifestInput[] = [];
  for (const input of record.inputs) {
    const hash = await o.memo.hash(input.abs, input.text, input.entry.role === 'template');
    if (!hash || hash !== input.entry.sha256) return undefined;
    inputs.push(input.entry);
  }
  const stamp = buildStamp(o.words, o.sourceDateEpoch, record.epochSensitive);
  if (inputsHash(inputs, record.letterDate, stamp) !== record.inputs_hash) return undefined;
  return {
    file,
    id: record.id,
    diagnostics: record.report.diagnostics.map((d) => ({ ...d, file: d.file === record.file ? file : d.file })),
    silenced: record.report.silenced,
    words: record.report.words,
    inputs: record.inputs.filter((i) => i.entry.role !== 'template').map((i) => i.abs),
    skipped: true,
    outputs: record.report.files,
  };
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await fsp.readFile(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** The record of a case just rendered, without its report (the batch adds that once the outputs are written). */
export function recordFor(o: { caseFile: string; caseDir: string; templatesRoot: string; id: string; letterDate: string; epochSensitive: boolean; inputsHash: string; inputs: ManifestInput[] }): Omit<BuildRecord, 'report'> {
  const abs = (entry: ManifestInput): { abs: string; text: boolean } => {
    if (entry.role === 'case') return { abs: path.resolve(o.caseFile), text: false };
    if (entry.role === 'template') return { abs: path.resolve(o.templatesRoot, entry.path.replace(/^templates\//, '')), text: true };
    return { abs: path.resolve(o.caseDir, entry.path), text: false };
  };
  return {
    v: 1,
    file: path.resolve(o.caseFile),
    id: o.id,
    inputs_hash: o.inputsHash,
    letterDate: o.letterDate,
    epochSensitive: o.epochSensitive,
    inputs: o.inputs.map((entry) => ({ ...abs(entry), entry })),
  };
}
