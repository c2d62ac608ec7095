// Arguments -> commands. Runs in-process with injected streams so tests can drive it; cli.ts wires it to process.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { buildCases, sourceDateEpochFrom, type BuildSummary } from './build.js';
import { formatDiagnostic, githubAnnotation } from './report.js';
import type { CaseResult } from './pipeline.js';
import { toolVersion } from './version.js';
import { defaultCaseId } from './stages/normalize.js';
import { parseShard, type Shard } from './shard.js';
import { writeFileAtomic } from './fs.js';

function shardArgument(text: string): Shard {
  const shard = parseShard(text);
  if (typeof shard === 'string') throw new InvalidArgumentError(shard);
  return shard;
}

/** Where a command writes and what it sees of its surroundings. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (colour, progress). */
  isTTY: boolean;
  /** Whether stderr is a terminal: a live progress line instead of occasional plain lines. */
  stderrIsTTY?: boolean;
}

/** Exit codes: 0 clean, 1 a case has errors (or warnings under --strict), 2 usage or internal failure. */
export const exitCodes = { ok: 0, caseErrors: 1, usage: 2 } as const;

interface CommonOptions {
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

function jobsArgument(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`--jobs takes a whole number of 1 or more (got "${text}")`);
  return n;
}

const withCommonOptions = (command: Command) =>
  command
    .option('--strict', 'treat warnings as failures (for CI)')
    .option('--json', 'print one JSON document with every case and diagnostic')
    .option('-q, --quiet', 'print only problems and the summary')
    .option('--shard <i/n>', 'only the i-th of n stable shards of the cases (for parallel CI jobs)', shardArgument)
    .option('--summary <file>', 'also write a JSON summary of every case to this file')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores; 1 runs in this process)', jobsArgument)
    .addOption(new Option('--templates <dir>', 'template folder').default('templates'))
    .addOption(new Option('--out <dir>', 'output folder').default('out'));

/** Runs the CLI with the given arguments (without "node appeal"); resolves to the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let exitCode: number = exitCodes.ok;
  const program = new Command('appeal')
    .description('Turns Amazon appeal cases (YAML) into checked Plan of Action letters: PDF, DOCX and an evidence index.')
    .version(toolVersion, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showSuggestionAfterError(true)
    .addHelpText('after', '\nExit codes: 0 every case is fine, 1 a case has errors (or warnings with --strict), 2 usage error.');

  withCommonOptions(
    program
      .command('build')
      .description('check and render every case found (default: cases/) into <out>/<case-id>/')
      .argument('[paths...]', 'case files or folders', ['cases'])
      .option('-w, --watch', 're-render a case when its YAML, a template or an evidence file changes')
      .option('-f, --force', 'rebuild every case, also those unchanged since their last good build'),
  ).action(async (paths: string[], options: CommonOptions & { watch?: boolean }) => {
    if (options.watch) {
      const { watchCases } = await import('./watch.js');
      await watchCases({ paths, outRoot: options.out, templatesRoot: options.templates, strict: options.strict, sourceDateEpoch: sourceDateEpochFrom(io.env) }, io);
      return;
    }
    exitCode = await runBatch(paths, options, true, io);
  });

  withCommonOptions(
    program.command('validate').description('check cases against the schema and the rules, without rendering').argument('[paths...]', 'case files or folders', ['cases']),
  ).action(async (paths: string[], options: CommonOptions) => {
    exitCode = await runBatch(paths, options, false, io);
  });

  program
    .command('new')
    .description('write a commented starter case for a case type: <dir>/<case-id>/case.yaml and an evidence/ folder')
    .argument('<case-id>', 'the case id, e.g. sunrise-odr-2026-11')
    .requiredOption('--type <type>', 'the case type (see `appeal types`)')
    .requiredOption('--marketplace <code>', 'the marketplace, e.g. US, UK, DE, JP')
    .addOption(new Option('--dir <dir>', 'cases folder').default('cases'))
    .addOption(new Option('--language <code>', 'letter language').default('en'))
    .action(async (id: string, options: { type: string; marketplace: string; dir: string; language: string }) => {
      const { newCase } = await import('./commands/new.js');
      const made = await newCase(id, options);
      if (made.error) {
        io.stderr(`appeal: ${made.error}\n`);
        exitCode = exitCodes.caseErrors;
      } else {
        io.stdout(`Wrote ${made.file}. Replace every TODO, put the documents in ${path.join(path.dirname(made.file!), 'evidence')}/, then run: appeal validate ${made.file}\n`);
      }
    });

  program
    .command('types')
    .description('list the case types with a one-line description and the evidence each expects')
    .action(async () => {
      const { typesText } = await import('./commands/types.js');
      io.stdout(typesText());
    });

  program
    .command('status')
    .description('a table of every case: type, marketplace, notice date, next deadline and days left, problems, whether out/<id>/ is current')
    .argument('[paths...]', 'case files or folders', ['cases'])
    .option('--json', 'print the table as JSON')
    .option('--today <date>', 'count days left from this date (YYYY-MM-DD; default SOURCE_DATE_EPOCH, else today)', (v: string) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new InvalidArgumentError('expected a date YYYY-MM-DD');
      return v;
    })
    .addOption(new Option('--templates <dir>', 'template folder').default('templates'))
    .addOption(new Option('--out <dir>', 'output folder').default('out'))
    .action(async (paths: string[], options: { json?: boolean; today?: string; templates: string; out: string }) => {
      const { caseStatus, statusTable, statusToday } = await import('./commands/status.js');
      const today = statusToday(options.today, io.env);
      const { rows, missing } = await caseStatus(paths, { out: options.out, templates: options.templates, today });
      for (const m of missing) io.stderr(`appeal: ${m}: no such file or folder\n`);
      io.stdout(options.json ? JSON.stringify({ today, cases: rows }, null, 2) + '\n' : statusTable(rows, today));
      if (missing.length) exitCode = rows.length ? exitCodes.caseErrors : exitCodes.usage;
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? exitCodes.ok : exitCodes.usage;
    }
    io.stderr(`appeal: ${(error as Error).message}\n`);
    return exitCodes.usage;
  }
  return exitCode;
}

async function runBatch(paths: string[], options: CommonOptions, render: boolean, io: CliIo): Promise<number> {
  const started = performance.now();
  const color = io.isTTY && !io.env.NO_COLOR;
  const sources = new Map<string, string>();
  const github = io.env.GITHUB_ACTIONS === 'true';
  const { progressDisplay } = await import('./progress.js');
  const progress = progressDisplay(io.stderr, Boolean(io.stderrIsTTY) && !io.env.CI && !options.json);
  const { defaultJobs } = await import('./pool.js');
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
    onProgress: (p) => progress.update(p),
    onResult: (result) => {
      if (options.json) return;
      const text = reportCase(result, { color, sources, quiet: options.quiet, render, out: options.out, strict: options.strict });
      progress.clear();
      if (text) io.stdout(text);
      if (github) for (const d of result.diagnostics) io.stdout(githubAnnotation(d) + '\n');
      progress.redraw();
    },
  });
  progress.done();
  const failed = failedCases(summary, options.strict);
  if (options.summary) await writeFileAtomic(options.summary, JSON.stringify(jsonReport(summary, options.out, failed), null, 2) + '\n');
  if (options.json) {
    io.stdout(JSON.stringify(jsonReport(summary, options.out, failed), null, 2) + '\n');
  } else {
    for (const missing of summary.missing) io.stderr(`appeal: ${missing}: no such file or folder\n`);
    if (!summary.results.length && !summary.missing.length) io.stderr(`appeal: no case files found in ${paths.join(', ')} (looked for *.yaml and */case.yaml)\n`);
    io.stdout(summaryLine(summary, failed, render, performance.now() - started));
  }
  if (summary.missing.length && !summary.results.length) return exitCodes.usage;
  return failed.length || summary.missing.length ? exitCodes.caseErrors : exitCodes.ok;
}

function failedCases(summary: BuildSummary, strict?: boolean): CaseResult[] {
  return summary.results.filter((r) => r.diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning')));
}

/** The lines printed for one case. */
export function reportCase(result: CaseResult, o: { color: boolean; sources: Map<string, string>; quiet?: boolean; render: boolean; out: string; strict?: boolean }): string {
  const lines: string[] = [];
  if (result.diagnostics.some((d) => d.severity === 'error') && !o.sources.has(result.file)) {
    try {
      o.sources.set(result.file, readFileSync(result.file, 'utf8'));
    } catch {
      // The file could not be read again; print without a code frame.
    }
  }
  for (const d of result.diagnostics) lines.push(formatDiagnostic(d, { color: o.color, sources: o.sources }));
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  const counts = [errors && `${errors} error${errors > 1 ? 's' : ''}`, warnings && `${warnings} warning${warnings > 1 ? 's' : ''}`].filter(Boolean).join(', ');
  const name = result.id ?? defaultCaseId(result.file);
  if (result.skipped) {
    if (!o.quiet) lines.push(`✓ ${name} → ${path.join(o.out, result.id!)}/ (unchanged since the last build)${counts ? `, ${counts}` : ''}`);
  } else if (result.files) {
    if (!o.quiet) lines.push(`✓ ${name} → ${path.join(o.out, result.id!)}/ (${result.files.length} files, ${result.words?.total ?? 0} words)${counts ? `, ${counts}` : ''}`);
    // Words per section, as pasted from sections/*.txt into Amazon's form fields.
    if (!o.quiet && result.words) lines.push(`  words: ${Object.entries(result.words.sections).map(([key, n]) => `${key.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)} ${n}`).join(', ')}; total ${result.words.total}`);
  } else if (errors || (o.strict && warnings)) {
    lines.push(`✗ ${name}: ${counts}${o.render ? '; nothing written, earlier output kept' : ''}`);
  } else if (!o.quiet) {
    lines.push(`✓ ${name}${counts ? `: ${counts}` : ': no problems'}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

function summaryLine(summary: BuildSummary, failed: CaseResult[], render: boolean, ms: number): string {
  const total = summary.results.length;
  const seconds = (ms / 1000).toFixed(1);
  const failedNames = failed.map((r) => r.id ?? defaultCaseId(r.file)).join(', ');
  const verb = render ? `${summary.rendered} rendered${summary.skipped ? `, ${summary.skipped} unchanged` : ''}` : `${total - failed.length} valid`;
  return `\n${total} case${total === 1 ? '' : 's'}: ${verb}, ${failed.length} failed${failed.length ? ` (${failedNames})` : ''} in ${seconds} s\n`;
}

function jsonReport(summary: BuildSummary, out: string, failed: CaseResult[]) {
  return {
    version: toolVersion,
    cases: summary.results.map((r) => ({
      id: r.id ?? null,
      file: r.file,
      status: failed.includes(r) ? 'failed' : r.files ? 'rendered' : r.skipped ? 'unchanged' : 'ok',
      output: r.files || r.skipped ? path.join(out, r.id!) : null,
      outputs: r.files?.map((f) => f.path) ?? r.outputs ?? [],
      words: r.words ?? null,
      diagnostics: r.diagnostics,
      silenced: r.silenced,
    })),
    missing: summary.missing,
    summary: { total: summary.results.length, rendered: summary.rendered, unchanged: summary.skipped, failed: failed.length },
  };
}
