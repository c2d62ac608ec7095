// A pool worker: one pipeline environment per worker (word lists, compiled templates, parsed fonts and
// the renderers stay loaded between cases). A task is one case; the result is plain data plus bytes.
import { processCase, createEnv, warmCase, type CaseResult, type PipelineEnv } from '../case/process-case.js';
import { loadWordLists } from '../rules/words.js';
import type { OutputCacheOptions } from '../case/output-cache.js';
import { traceMark } from '../trace.js';
import { stageResult } from './staging.js';

/** One case for a worker. */
export interface CaseTask {
  file: string;
  templatesRoot: string;
  sourceDateEpoch?: number;
  render: boolean;
  strict?: boolean;
  /** The output cache to read and fill. */
  cache?: OutputCacheOptions;
  /** The user's word list (see loadWordLists); the default when absent. */
  wordsFile?: string;
  /** The output folder: the worker writes the case's outputs there as a staged set (see stageResult). */
  outRoot?: string;
}

// A worker run with profiling options (see workerNodeArgs) leaves on SIGTERM through process.exit, which writes
// the profiles; the default SIGTERM ends the process without.
if (process.execArgv.some((a) => /^--(cpu|heap)-prof/.test(a))) process.once('SIGTERM', () => process.exit(0));

const envs = new Map<string, PipelineEnv>();

function envFor(task: CaseTask): PipelineEnv {
  const key = `${task.templatesRoot}\0${task.sourceDateEpoch ?? ''}\0${task.wordsFile ?? ''}`;
  let env = envs.get(key);
  if (!env) {
    env = createEnv({ templatesRoot: task.templatesRoot, words: loadWordLists(task.wordsFile), sourceDateEpoch: task.sourceDateEpoch });
    envs.set(key, env);
  }
  return env;
}

/** Checks and renders one case (never throws for bad input). */
export default async function runCase(task: CaseTask): Promise<CaseResult> {
  traceMark('worker:start', task.file);
  const result = await processCase(task.file, envFor(task), { render: task.render, strict: task.strict, cache: task.cache });
  traceMark('worker:done', task.file);
  if (task.render) (await import('../render/fonts.js')).releaseIdleFonts();
  return task.outRoot ? stageResult(result, task.outRoot) : result;
}

/** Loads the modules, templates and fonts the task's case needs, rendering nothing to keep (see CasePool.warm). */
export async function warm(task: CaseTask): Promise<void> {
  await warmCase(task.file, envFor(task));
}
