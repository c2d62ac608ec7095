// The worker pool: cases are checked and rendered on worker threads (tinypool), one per core by default.
// Each worker keeps its own pipeline environment, so fonts and templates are loaded once per worker.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { CaseResult } from '../model/result.js';
import type { CaseTask } from './worker.js';

/** The default number of jobs: the cores this process may use. */
export const defaultJobs = (): number => Math.max(1, availableParallelism());

/** The compiled worker script beside this module (dist/worker.js), or undefined when running from sources. */
export function workerFile(): string | undefined {
  for (const rel of ['./worker.js', '../worker.js']) {
    const candidate = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** A running pool. */
export interface CasePool {
  run(task: CaseTask): Promise<CaseResult>;
  close(): Promise<void>;
}

/** Starts a pool of `threads` workers, or returns undefined when no compiled worker exists (tests run from sources). */
export async function startPool(threads: number): Promise<CasePool | undefined> {
  const filename = workerFile();
  if (!filename) return undefined;
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename, minThreads: threads, maxThreads: threads, idleTimeout: 30_000 });
  return {
    run: (task) => pool.run(task) as Promise<CaseResult>,
    close: () => pool.destroy(),
  };
}
