// The batch: find cases, process each, write the ready sets and the drafts, report.
import path from 'node:path';
import { commitOutputSet, discardOutputSet, draftIds, findCases, removeDraftOutputs, writeCaseOutputs, writeDraftOutputs } from '../fs.js';
import type { PipelineEnv } from '../case/process-case.js';
import { failedWith, internalDiagnostic, type CaseResult, type RenderedCase } from '../model/result.js';
import { hasBytes, writtenFiles } from './staging.js';
import { loadWordLists } from '../rules/words.js';
import { HashMemo, recordFor, saveRecord, upToDate, type BuildRecord } from './incremental.js';
import { startPool, type CasePool, type PoolOptions } from './pool.js';
import { guardHeap } from './heap-guard.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { selectShard, type Shard } from './shard.js';
import { traceMark } from '../trace.js';
import { collectOutputCache, DEFAULT_CACHE_MB, outputCacheDir, type OutputCacheOptions } from '../case/output-cache.js';

/** Options of a build or validate run. */
export interface BuildOptions {
  paths: string[];
  outRoot: string;
  templatesRoot: string;
  /** false for `validate`: check only. */
  render: boolean;
  strict?: boolean;
  sourceDateEpoch?: number;
  /** Only the cases of this shard. */
  shard?: Shard;
  /** Called as each case finishes, in the order of the case files (report, watch output). */
  onResult?: (result: CaseResult) => void;
  /** Called after each case with the counts so far. */
  onProgress?: (progress: BuildProgress) => void;
  /** Worker threads to render on; 1 (the default here) runs in this process. */
  jobs?: number;
  /** Rebuild every case, even those unchanged since their last good build. */
  force?: boolean;
  /** The worker pool's worker and limits (tests). */
  pool?: PoolOptions;
  /** Bound of the output cache (out/.cache/outputs) in MiB; least recently used outputs go first. */
  cacheMb?: number;
  /** A pool kept by the caller (the watcher): every case runs on it, whatever `jobs` says. */
  casePool?: CasePool;
  /** The user's word list, for workers (see loadWordLists). */
  wordsFile?: string;
  /** Keep memory level for a process that runs for hours (watch mode): see createHeapGuard. In-process only. */
  guardHeap?: boolean;
  /**
   * Called when cases are left to render in this process, before any is started: a number is the exit code of
   * another process that ran the whole build instead (the CLI's startup snapshot), and this build stops there.
   */
  handOver?: () => Promise<number | undefined>;
}

/** The outcome of a run. */
export interface BuildSummary {
  results: CaseResult[];
  /** Paths given that do not exist. */
  missing: string[];
  rendered: number;
  /** Cases unchanged since their last good build, not rendered again. */
  skipped: number;
  /** Cases rendered as drafts (blocking problems, but a letter to work on). */
  drafts: number;
  /** Cases with no document at all (or, for validate, with blocking problems). */
  failed: number;
  /** The exit code of the process the build was handed to (see BuildOptions.handOver); nothing else is set. */
  handedOver?: number;
}

/** Thrown by processFiles when another process ran the build (see BuildOptions.handOver). */
class HandedOver {
  constructor(readonly exitCode: number) {}
}

/** SOURCE_DATE_EPOCH from the environment, when it is a valid number of seconds. */
export function sourceDateEpochFrom(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  return raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

/** Creates the pipeline environment for a run (loads the pipeline modules on first use). */
export async function envFor(options: Pick<BuildOptions, 'templatesRoot' | 'sourceDateEpoch'>): Promise<PipelineEnv> {
  const { createEnv } = await import('../case/process-case.js');
  return createEnv({ templatesRoot: options.templatesRoot, words: loadWordLists(), sourceDateEpoch: options.sourceDateEpoch });
}

/** Where a batch stands, for progress displays. */
export interface BuildProgress {
  total: number;
  done: number;
  failed: number;
  drafts: number;
  skipped: number;
  elapsedMs: number;
}

function internalError(file: string, error: unknown): CaseResult {
  return { state: 'failed', file, diagnostics: [internalDiagnostic(file, error)], silenced: [] };
}

/**
 * Processes the given case files; writes the ready sets and the drafts (see keep). Unchanged cases are skipped
 * (unless `force`); the others run on a worker pool when `jobs` > 1 (else in this process, with `env`).
 * Results are finalised (duplicate ids, writes, onResult) in the order of `files`, whatever order the
 * workers finish in, so the report and the outputs do not depend on the number of jobs.
 */
export async function processFiles(files: string[], options: BuildOptions, env?: PipelineEnv): Promise<CaseResult[]> {
  const started = performance.now();
  const incremental = options.render && !options.force;
  const words = env?.words ?? loadWordLists();
  const memo = new HashMemo();
  const slots: (Promise<CaseResult> | undefined)[] = new Array(files.length);
  /** When each case was started (its inputs are read after): see saveRecord. */
  const readFrom: number[] = new Array(files.length);
  if (incremental) {
    for (let i = 0; i < files.length; i += 32) {
      const batch = files.slice(i, i + 32);
      const found = await Promise.all(
        batch.map((file) =>
          upToDate(file, { outRoot: options.outRoot, words, sourceDateEpoch: options.sourceDateEpoch, memo, strict: options.strict }).catch(
            () => undefined,
          ),
        ),
      );
      found.forEach((result, j) => {
        if (result) slots[i + j] = Promise.resolve(result);
      });
    }
  }
  const toRun = files.map((_, i) => i).filter((i) => !slots[i]);
  traceMark('build:up-to-date-checked', `${toRun.length} to run`);
  // Outputs whose inputs did not change are taken from out/.cache/outputs (--force renders them all again).
  const cache: OutputCacheOptions | undefined = options.render ? { dir: outputCacheDir(options.outRoot), read: !options.force } : undefined;
  // Two cases or more run in worker processes (when jobs > 1), so a case that crashes or runs away fails alone.
  const jobs = toRun.length < 2 ? 1 : Math.min(options.jobs ?? 1, toRun.length);
  if (toRun.length && jobs === 1 && !options.casePool && options.handOver) {
    const exitCode = await options.handOver();
    if (exitCode !== undefined) throw new HandedOver(exitCode);
  }
  const pool = options.casePool ?? (jobs > 1 ? await startPool(jobs, options.pool) : undefined);
  try {
    let launch: ((i: number) => void) | undefined;
    if (pool) {
      launch = (i) => {
        const task = {
          file: files[i],
          templatesRoot: options.templatesRoot,
          sourceDateEpoch: options.sourceDateEpoch,
          render: options.render,
          strict: options.strict,
          cache,
          wordsFile: options.wordsFile,
          outRoot: options.render ? options.outRoot : undefined,
        };
        traceMark('build:sent', files[i]);
        readFrom[i] = Date.now();
        slots[i] = pool.run(task);
      };
    } else if (toRun.length) {
      const { processCase } = await import('../case/process-case.js');
      const local = env ?? (await envFor(options));
      // As in a worker: the CJK faces a case no longer uses are let go of between cases (see releaseIdleFonts).
      const fonts = options.render ? await import('../render/fonts.js') : undefined;
      let chain: Promise<unknown> = Promise.resolve();
      launch = (i) => {
        const slot = chain.then(async () => {
          readFrom[i] = Date.now();
          const result = await processCase(files[i], local, { render: options.render, strict: options.strict, cache });
          fonts?.releaseIdleFonts();
          return result;
        });
        slots[i] = slot;
        chain = slot.catch(() => undefined);
      };
    }
    // Cases in flight are bounded: a case is started only when the batch has finalised (written and let
    // go of the outputs of) all but the last few before it, so a slow case does not pile up the outputs of
    // the cases after it in memory.
    const ahead = Math.max(4, jobs * IN_FLIGHT_PER_JOB);
    let next = 0;
    const startUpTo = (i: number) => {
      while (launch && next < toRun.length && toRun[next] < i + ahead) launch(toRun[next++]);
    };
    const drafts = options.render ? await draftIds(options.outRoot) : new Set<string>();
    const results = await finalise(files, slots as Promise<CaseResult>[], options, started, startUpTo, drafts, readFrom);
    // Not awaited: the results (a watch round's report, the preview) do not wait for the collection.
    if (cache && toRun.length) void collectCache(cache.dir, options.cacheMb ?? DEFAULT_CACHE_MB);
    return results;
  } finally {
    if (pool !== options.casePool) await pool?.close();
  }
}

let lastCollection = 0;

/** Keeps the output cache within its bound; at most once a minute (a watch session rebuilds on every save). */
async function collectCache(dir: string, mb: number): Promise<void> {
  if (Date.now() - lastCollection < 60_000) return;
  lastCollection = Date.now();
  await collectOutputCache(dir, mb * 1048576).catch(() => undefined);
}

/** Cases started per worker beyond the one being finalised. */
const IN_FLIGHT_PER_JOB = 3;

/** What a finalised case's slot holds instead of its result. */
const released: Promise<CaseResult> = Promise.resolve({ state: 'failed', file: '', diagnostics: [], silenced: [] });

async function finalise(
  files: string[],
  slots: Promise<CaseResult>[],
  options: BuildOptions,
  started: number,
  startUpTo: (i: number) => void,
  drafts: Set<string>,
  readFrom: number[],
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  const ids = new Map<string, string>();
  const progress: BuildProgress = { total: files.length, done: 0, failed: 0, drafts: 0, skipped: 0, elapsedMs: 0 };
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    startUpTo(i);
    let result = await slots[i].catch((error: unknown) => internalError(file, error));
    traceMark('build:result', file);
    // The settled promise would hold the case's output bytes until the batch ends (200 cases: a gigabyte).
    slots[i] = released;
    if (result.id) {
      const other = ids.get(result.id);
      if (other) {
        await discard(result);
        result = failedWith(result, duplicateCaseId(file, result.id, other));
      } else ids.set(result.id, file);
    }
    try {
      result = await keep(result, options.outRoot, drafts, readFrom[i]);
    } catch (error) {
      await discard(result);
      result = failedWith(result, {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'output',
        message: `the outputs could not be written: ${(error as Error).message}`,
      });
    }
    traceMark('build:kept', file);
    // After the write, so a collection never delays the new set (watch mode's save-to-letter time).
    if (options.guardHeap) guardHeap();
    progress.done++;
    if (result.state === 'unchanged') progress.skipped++;
    if (result.state === 'failed') progress.failed++;
    if (result.state === 'draft') progress.drafts++;
    progress.elapsedMs = performance.now() - started;
    options.onResult?.(result);
    options.onProgress?.(progress);
    results.push(result);
  }
  return results;
}

/**
 * Puts a result's outputs where they belong: a ready set into out/<id>/ (its draft, if any, removed) with its
 * incremental record; a draft into out/.drafts/<id>/, leaving the last ready set as it was. The outputs'
 * bytes are let go of once written (a batch of many cases must not hold every case's bytes).
 */
async function keep(result: CaseResult, outRoot: string, drafts: Set<string>, readFrom?: number): Promise<CaseResult> {
  if (result.state === 'rendered') {
    const { staged, ...rest } = result;
    result = rest;
    const rendered = result.files.filter(hasBytes);
    if (staged) await commitOutputSet(staged);
    else if (rendered.length === result.files.length) {
      await writeCaseOutputs(outRoot, result.id, rendered);
      result = { ...result, files: writtenFiles(rendered) };
    }
    traceMark('keep:set-swapped');
    if (drafts.delete(result.id)) await removeDraftOutputs(outRoot, result.id);
    if (result.render)
      await saveRecord(outRoot, { ...recordFor(result.file, result.id, result.render), report: reportOf(result) }, readFrom);
    return { ...result, render: undefined };
  }
  if (result.state === 'draft') {
    const { staged, ...rest } = result;
    const rendered = rest.files.filter(hasBytes);
    if (staged) await commitOutputSet(staged);
    else if (rendered.length === rest.files.length) await writeDraftOutputs(outRoot, rest.id, rendered);
    else return rest;
    drafts.add(rest.id);
    return staged ? rest : { ...rest, files: writtenFiles(rendered) };
  }
  if (result.state === 'unchanged' && drafts.delete(result.id)) await removeDraftOutputs(outRoot, result.id);
  return result;
}

/** Removes the set a worker wrote for a result that will not be kept (a duplicate id, a failed swap). */
async function discard(result: CaseResult): Promise<void> {
  if ((result.state === 'rendered' || result.state === 'draft') && result.staged)
    await discardOutputSet(result.staged).catch(() => undefined);
}

/** What a skipped case reports again: its diagnostics (the case file's own path made relative-neutral), rules and files. */
function reportOf(result: RenderedCase): BuildRecord['report'] {
  const abs = path.resolve(result.file);
  return {
    diagnostics: result.diagnostics.map((d) => (d.file === result.file ? { ...d, file: abs } : d)),
    silenced: result.silenced,
    words: result.words,
    files: result.files.map((f) => f.path),
  };
}

function duplicateCaseId(file: string, id: string, other: string): Diagnostic {
  return {
    file,
    line: 1,
    column: 1,
    severity: 'error',
    ruleId: 'duplicate-case',
    message: `the case id "${id}" is also used by ${other}`,
    note: 'Give each case its own id (or file name); both would write to the same output folder.',
  };
}

/** Runs a whole batch. */
export async function buildCases(options: BuildOptions, env?: PipelineEnv): Promise<BuildSummary> {
  const found = await findCases(options.paths);
  const missing = found.missing;
  const files = selectShard(found.files, options.shard);
  let results: CaseResult[];
  try {
    results = await processFiles(files, options, env);
  } catch (error) {
    if (!(error instanceof HandedOver)) throw error;
    return { results: [], missing, rendered: 0, skipped: 0, drafts: 0, failed: 0, handedOver: error.exitCode };
  }
  const count = (state: CaseResult['state']) => results.filter((r) => r.state === state).length;
  return { results, missing, rendered: count('rendered'), skipped: count('unchanged'), drafts: count('draft'), failed: count('failed') };
}

/** The output folder of a case, for messages. */
export const outputDir = (outRoot: string, id: string): string => path.join(outRoot, id);
