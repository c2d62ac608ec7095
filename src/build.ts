// The batch: find cases, process each, write the outputs of those without errors, report.
import path from 'node:path';
import { findCases, writeCaseOutputs } from './fs.js';
import { processCase, createEnv, type CaseResult, type PipelineEnv } from './pipeline.js';
import { loadWordLists } from './rules/words.js';
import type { Diagnostic } from './model/diagnostic.js';
import { selectShard, type Shard } from './shard.js';

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
  /** Called as each case finishes (progress, watch output). */
  onResult?: (result: CaseResult) => void;
}

/** The outcome of a run. */
export interface BuildSummary {
  results: CaseResult[];
  /** Paths given that do not exist. */
  missing: string[];
  rendered: number;
  failed: number;
}

/** SOURCE_DATE_EPOCH from the environment, when it is a valid number of seconds. */
export function sourceDateEpochFrom(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  return raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

/** Creates the pipeline environment for a run. */
export function envFor(options: Pick<BuildOptions, 'templatesRoot' | 'sourceDateEpoch'>): PipelineEnv {
  return createEnv({ templatesRoot: options.templatesRoot, words: loadWordLists(), sourceDateEpoch: options.sourceDateEpoch });
}

/** Processes the given case files with one environment; writes outputs of cases that rendered. */
export async function processFiles(files: string[], options: BuildOptions, env: PipelineEnv): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  const ids = new Map<string, string>();
  for (const file of files) {
    const result = await processCase(file, env, { render: options.render, strict: options.strict });
    if (result.id) {
      const other = ids.get(result.id);
      if (other) {
        result.diagnostics.push(duplicateCaseId(file, result.id, other));
        result.files = undefined;
      } else {
        ids.set(result.id, file);
      }
    }
    if (result.files) {
      try {
        await writeCaseOutputs(options.outRoot, result.id!, result.files);
      } catch (error) {
        result.diagnostics.push({ file, line: 1, column: 1, severity: 'error', ruleId: 'output', message: `the outputs could not be written: ${(error as Error).message}` });
        result.files = undefined;
      }
    }
    options.onResult?.(result);
    results.push(result);
  }
  return results;
}

function duplicateCaseId(file: string, id: string, other: string): Diagnostic {
  return { file, line: 1, column: 1, severity: 'error', ruleId: 'duplicate-case', message: `the case id "${id}" is also used by ${other}`, note: 'Give each case its own id (or file name); both would write to the same output folder.' };
}

/** Runs a whole batch. */
export async function buildCases(options: BuildOptions, env: PipelineEnv = envFor(options)): Promise<BuildSummary> {
  const found = await findCases(options.paths);
  const missing = found.missing;
  const files = selectShard(found.files, options.shard);
  const results = await processFiles(files, options, env);
  return {
    results,
    missing,
    rendered: results.filter((r) => r.files).length,
    failed: results.filter((r) => r.diagnostics.some((d) => d.severity === 'error')).length,
  };
}

/** The output folder of a case, for messages. */
export const outputDir = (outRoot: string, id: string): string => path.join(outRoot, id);
