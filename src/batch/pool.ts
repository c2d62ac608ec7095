// The worker pool: cases are checked and rendered in child processes (tinypool), one per core by default.
// Each worker keeps its own pipeline environment, so fonts and templates are loaded once per worker.
// Child processes, not threads: a crash in native code (a decoder, the canvas) or a heap that runs away
// ends that process only, so the case that caused it fails alone and the batch (or the watcher) goes on.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { CaseResult } from '../model/result.js';
import type { CaseTask } from './worker.js';

/** The default number of jobs: the cores this process may use. */
export const defaultJobs = (): number => Math.max(1, availableParallelism());

/** A case that takes longer than this is stopped: far beyond any real case (seconds), short of hanging a batch for good. */
export const CASE_TIMEOUT_MS = 10 * 60_000;
/**
 * The heap of one worker: ten times what the largest real case needs. It also sets how far V8 lets the heap
 * grow past its live size between full collections: up to 4x from 2 GB up, ~1.8x at 1.5 GB; with 4 GB a
 * worker carried ~30 MB more at its peak, at the same speed.
 */
export const WORKER_HEAP_MB = 1536;

/** The compiled worker script beside this module (dist/worker.js), or undefined when running from sources. */
export function workerFile(): string | undefined {
  for (const rel of ['./worker.js', '../worker.js']) {
    const candidate = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Extra Node options for the workers from APPEAL_WORKER_NODE_ARGS (space-separated), for profiling a batch:
 * `--cpu-prof`, `--heap-prof` and the like are refused in NODE_OPTIONS, so they cannot reach a worker otherwise.
 */
export function workerNodeArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.APPEAL_WORKER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
}

/** A running pool. */
export interface CasePool {
  /** Runs a case; a worker that dies or runs past the timeout gives a failed result, never a rejection. */
  run(task: CaseTask): Promise<CaseResult>;
  /**
   * Has a worker load what the task's case needs (modules, templates, fonts) without keeping a result, so a
   * fresh worker (after a crash) renders the next case warm. Never rejects; waits for a free worker like run.
   */
  warm(task: CaseTask): Promise<void>;
  /** Replaces the workers (they load templates and word lists afresh), once their cases are done. */
  recycle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Node options of a batch's workers. A young generation of 2 x 4 MB instead of V8's 2 x 16 MB: a case's
 * short-lived garbage is collected sooner, ~25 MB less resident per worker at the same speed.
 */
export const BATCH_WORKER_NODE_ARGS = ['--max-semi-space-size=4'];

/**
 * The workers' C allocator (glibc): two arenas instead of one per thread (up to 8 per core), whose native
 * allocations from Node's helper threads each kept tens of MB resident; and every block of 128 KiB or more
 * (image rows, font copies, zip buffers) mapped apart and given back when freed. By default glibc raises that
 * threshold to the largest block freed so far (up to 32 MB), after which such blocks come from the heap and
 * the heap stays as large as its highest use: ~20-40 MB more per worker after a few cases with screenshots.
 */
export const WORKER_MALLOC_ENV = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072' };

/**
 * A batch worker is replaced by a fresh one once its heap holds more than this after a case. A worker's resident
 * size only grows over a batch (V8 keeps the pages it committed, a full collection gives back little): at 1,000
 * cases on 2 workers the summed peak was 876-888 MB without, 675 MB with, at the same CPU (one run; the fresh
 * worker's first case costs ~2 s more, a few times per worker).
 */
export const WORKER_RECYCLE_HEAP_MB = 110;

/** Options of a pool (tests give a worker of their own and short limits). */
export interface PoolOptions {
  filename?: string;
  caseTimeoutMs?: number;
  heapMb?: number;
  /** Node options of the workers besides the heap limit (a watcher's worker sizes its heap for many saves); BATCH_WORKER_NODE_ARGS when absent. */
  nodeArgs?: string[];
  /** Heap used after a case past which a worker is replaced; WORKER_RECYCLE_HEAP_MB for a batch (no nodeArgs), none otherwise. */
  recycleHeapMb?: number;
}

/** Starts a pool of `threads` workers, or returns undefined when no compiled worker exists (tests run from sources). */
export async function startPool(threads: number, o: PoolOptions = {}): Promise<CasePool | undefined> {
  const filename = o.filename ?? workerFile();
  if (!filename) return undefined;
  const timeout = o.caseTimeoutMs ?? CASE_TIMEOUT_MS;
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename,
    runtime: 'child_process',
    // Results carry the output files' bytes; 'advanced' passes Uint8Array as it is.
    serialization: 'advanced',
    execArgv: [`--max-old-space-size=${o.heapMb ?? WORKER_HEAP_MB}`, ...(o.nodeArgs ?? BATCH_WORKER_NODE_ARGS), ...workerNodeArgs()],
    minThreads: threads,
    maxThreads: threads,
    maxMemoryLimitBeforeRecycle: recycleBytes(o),
    idleTimeout: 30_000,
    // A worker gets no environment but this (tinypool's default); the timing marks need their file (src/trace.ts).
    env: { ...WORKER_MALLOC_ENV, ...(process.env.APPEAL_TRACE ? { APPEAL_TRACE: process.env.APPEAL_TRACE } : {}) },
  });
  // A task is handed to tinypool only when a worker is free, so its timeout counts its own run, not its wait.
  let free = threads;
  const waiting: (() => void)[] = [];
  const slot = async () => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return {
    run: async (task) => {
      await slot();
      try {
        return (await pool.run(task, { signal: AbortSignal.timeout(timeout) })) as CaseResult;
      } catch (error) {
        return stoppedCase(task.file, error, timeout);
      } finally {
        release();
      }
    },
    warm: async (task) => {
      await slot();
      try {
        await pool.run(task, { name: 'warm', signal: AbortSignal.timeout(timeout) });
      } catch {
        // A case that cannot be loaded only leaves the worker cold; its own run reports the problem.
      } finally {
        release();
      }
    },
    recycle: () => pool.recycleWorkers(),
    close: () => pool.destroy(),
  };
}

/** The heap limit handed to tinypool (maxMemoryLimitBeforeRecycle), in bytes. */
export function recycleBytes(o: PoolOptions): number | undefined {
  const mb = o.recycleHeapMb ?? (o.nodeArgs ? undefined : WORKER_RECYCLE_HEAP_MB);
  return mb === undefined ? undefined : mb * 1048576;
}

/** The result of a case whose worker was stopped (timeout) or died (crash, out of memory). */
export function stoppedCase(file: string, error: unknown, timeoutMs: number): CaseResult {
  const timedOut = (error as Error)?.name === 'AbortError' || /abort/i.test((error as Error)?.message ?? '');
  const minutes = timeoutMs >= 120_000 ? `${Math.round(timeoutMs / 60_000)} minutes` : `${Math.round(timeoutMs / 1000)} seconds`;
  const message = timedOut
    ? `this case was stopped after ${minutes}, far longer than any real case takes; the other cases were not affected`
    : `the process checking and rendering this case stopped (it ran out of memory or crashed, ${(error as Error)?.message ?? String(error)}); the other cases were not affected`;
  return {
    state: 'failed',
    file,
    diagnostics: [
      {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'case-stopped',
        message,
        note: 'Look for an unusually large or damaged evidence file (an image, a PDF, a DOCX or XLSX) or a very long text without spaces; replace it and build again.',
      },
    ],
    silenced: [],
  };
}
