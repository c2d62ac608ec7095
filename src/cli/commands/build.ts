// `appeal build` and `appeal validate`: run a batch, print each case as it finishes, then a summary line.
// Exit 1 when a case is not ready (failed, or only a draft), 0 when every case is.
import { buildCases, sourceDateEpochFrom } from '../../batch/build.js';
import type { Shard } from '../../batch/shard.js';
import { writeFileAtomic } from '../../fs.js';
import { exitCodes, useColor, type CliIo } from '../io.js';
import { holdOutputFolder, type HeldFolder } from '../exit-paths.js';
import { githubAnnotation, jsonReport, notReadyCases, reportCase, summaryLine } from '../report.js';

/** Options shared by build and validate. */
export interface BatchOptions {
  shard?: Shard;
  summary?: string;
  out: string;
  templates: string;
  strict?: boolean;
  json?: boolean;
  quiet?: boolean;
  jobs?: number;
  force?: boolean;
}

/** Checks (and with `render`, renders) the cases under `paths`; resolves to the exit code. */
export async function runBatch(paths: string[], options: BatchOptions, render: boolean, io: CliIo): Promise<number> {
  if (!render) return runBatchHolding(paths, options, render, io);
  const first = holdOutputFolder(options.out);
  if ('refused' in first) {
    io.stderr(`appeal: ${first.refused}\n`);
    return exitCodes.usage;
  }
  let held: HeldFolder | undefined = first;
  const snapshot = io.snapshot;
  // The snapshot's process takes the output folder itself: this one lets it go first, and takes it back when
  // that process could not be started.
  const handOver =
    snapshot &&
    (async () => {
      const blob = snapshot.ready();
      if (!blob) return undefined;
      held?.done();
      held = undefined;
      const exitCode = await snapshot.run(blob);
      if (exitCode !== undefined) return exitCode;
      const again = holdOutputFolder(options.out);
      if ('refused' in again) {
        io.stderr(`appeal: ${again.refused}\n`);
        return exitCodes.usage;
      }
      held = again;
      return undefined;
    });
  try {
    return await runBatchHolding(paths, options, render, io, handOver);
  } finally {
    held?.done();
  }
}

async function runBatchHolding(
  paths: string[],
  options: BatchOptions,
  render: boolean,
  io: CliIo,
  handOver?: () => Promise<number | undefined>,
): Promise<number> {
  const started = performance.now();
  const color = useColor(io);
  const sources = new Map<string, string>();
  const github = io.env.GITHUB_ACTIONS === 'true';
  const { progressDisplay } = await import('../progress.js');
  const progress = progressDisplay(io.stderr, Boolean(io.stderrIsTTY) && !io.env.CI && !options.json);
  const { defaultJobs } = await import('../../batch/pool.js');
  const summary = await buildCases({
    paths,
    outRoot: options.out,
    templatesRoot: options.templates,
    render,
    strict: options.strict,
    shard: options.shard,
    sourceDateEpoch: sourceDateEpochFrom(io.env),
    jobs: options.jobs ?? defaultJobs(),
    force: options.force,
    handOver,
    onProgress: (p) => progress.update(p),
    onResult: (result) => {
      if (options.json) return;
      const text = reportCase(result, { color, sources, quiet: options.quiet, render, out: options.out });
      progress.clear();
      if (text) io.stdout(text);
      if (github) for (const d of result.diagnostics) io.stdout(`${githubAnnotation(d)}\n`);
      progress.redraw();
    },
  });
  progress.done();
  if (summary.handedOver !== undefined) return summary.handedOver;
  if (options.summary) await writeFileAtomic(options.summary, `${JSON.stringify(jsonReport(summary, options.out), null, 2)}\n`);
  if (options.json) {
    io.stdout(`${JSON.stringify(jsonReport(summary, options.out), null, 2)}\n`);
  } else {
    for (const missing of summary.missing) io.stderr(`appeal: ${missing}: no such file or folder\n`);
    if (!summary.results.length && !summary.missing.length)
      io.stderr(`appeal: no case files found in ${paths.join(', ')} (looked for *.yaml and */case.yaml)\n`);
    io.stdout(summaryLine(summary, render, performance.now() - started));
  }
  if (summary.missing.length && !summary.results.length) return exitCodes.usage;
  // Nothing found is a mistake (a wrong folder), except in a shard, which may be left with no case.
  if (!summary.results.length && !options.shard) return exitCodes.usage;
  return notReadyCases(summary.results).length || summary.missing.length ? exitCodes.caseErrors : exitCodes.ok;
}
