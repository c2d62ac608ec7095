// Arguments -> commands. Runs in-process with injected streams so tests can drive it; bin.ts wires it to the process.
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { sourceDateEpochFrom } from '../batch/build.js';
import { parseShard, type Shard } from '../batch/shard.js';
import { toolVersion } from '../version.js';
import { packageTemplates } from '../package-files.js';
import { exitCodes, type CliIo } from './io.js';
import type { BatchOptions } from './commands/build.js';

export type { CliIo } from './io.js';
export { exitCodes } from './io.js';

function shardArgument(text: string): Shard {
  const shard = parseShard(text);
  if (typeof shard === 'string') throw new InvalidArgumentError(shard);
  return shard;
}

function jobsArgument(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`--jobs takes a whole number of 1 or more (got "${text}")`);
  return n;
}

function portArgument(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 65535) throw new InvalidArgumentError(`--port takes a port number from 0 to 65535 (got "${text}")`);
  return n;
}

/** --templates: a folder of the user's own; without it, the templates shipped with appeal-kit. */
const templatesOption = () => new Option('--templates <dir>', 'template folder').default(packageTemplates(), "appeal-kit's own templates");

const withCommonOptions = (command: Command) =>
  command
    .option('--strict', 'treat warnings as failures (for CI)')
    .option('--json', 'print one JSON document with every case and diagnostic')
    .option('-q, --quiet', 'print only problems and the summary')
    .option('--shard <i/n>', 'only the i-th of n stable shards of the cases (for parallel CI jobs)', shardArgument)
    .option('--summary <file>', 'also write a JSON summary of every case to this file')
    .option('-j, --jobs <n>', 'worker processes (default: the number of cores; 1 runs in this process)', jobsArgument)
    .addOption(templatesOption())
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
  ).action(async (paths: string[], options: BatchOptions & { watch?: boolean }) => {
    if (options.watch) {
      const { watchCases } = await import('./commands/watch.js');
      const refused = await watchCases(
        {
          paths,
          outRoot: options.out,
          templatesRoot: options.templates,
          strict: options.strict,
          sourceDateEpoch: sourceDateEpochFrom(io.env),
          isolate: true,
        },
        io,
      );
      if (refused !== undefined) exitCode = refused;
      return;
    }
    const { runBatch } = await import('./commands/build.js');
    exitCode = await runBatch(paths, options, true, io);
  });

  withCommonOptions(
    program
      .command('validate')
      .description('check cases against the schema and the rules, without rendering')
      .argument('[paths...]', 'case files or folders', ['cases']),
  ).action(async (paths: string[], options: BatchOptions) => {
    const { runBatch } = await import('./commands/build.js');
    exitCode = await runBatch(paths, options, false, io);
  });

  program
    .command('init')
    .description(
      'make a folder (default: this one) a case repository: package.json scripts, cases/, .gitignore, the GitHub workflow, editor schema settings',
    )
    .argument('[folder]', 'the repository folder', '.')
    .option('-f, --force', 'replace files that exist with other content')
    .action(async (folder: string, options: { force?: boolean }) => {
      const { initRepository } = await import('./commands/init.js');
      const outcome = await initRepository(folder, options);
      if (outcome.ok) io.stdout(outcome.text);
      else {
        io.stderr(`appeal init: ${outcome.text}`);
        exitCode = exitCodes.caseErrors;
      }
    });

  program
    .command('new')
    .description(
      'write a commented starter case for a case type: <dir>/<case-id>/case.yaml and an evidence/ folder (--flat: <dir>/<case-id>.yaml)',
    )
    .argument('<case-id>', 'the case id, e.g. sunrise-odr-2026-11')
    .requiredOption('--type <type>', 'the case type (see `appeal types`)')
    .requiredOption('--marketplace <code>', 'the marketplace, e.g. US, UK, DE, JP')
    .addOption(new Option('--dir <dir>', 'cases folder').default('cases'))
    .addOption(new Option('--language <code>', 'letter language').default('en'))
    .option('--flat', 'write the single-file form <dir>/<case-id>.yaml (evidence in <dir>/evidence/)')
    .action(async (id: string, options: { type: string; marketplace: string; dir: string; language: string; flat?: boolean }) => {
      const { newCase } = await import('./commands/new.js');
      const made = await newCase(id, options);
      if (made.error) {
        io.stderr(`appeal: ${made.error}\n`);
        exitCode = exitCodes.caseErrors;
      } else {
        io.stdout(
          `Wrote ${made.file}. Replace every TODO, put the documents in ${path.join(path.dirname(made.file!), 'evidence')}${path.sep}, then run: appeal validate ${made.file}\n`,
        );
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
    .description(
      'a table of every case: type, marketplace, notice date, next deadline and days left, problems, whether out/<id>/ is current',
    )
    .argument('[paths...]', 'case files or folders', ['cases'])
    .option('--json', 'print the table as JSON')
    .option('--today <date>', 'count days left from this date (YYYY-MM-DD; default SOURCE_DATE_EPOCH, else today)', (v: string) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new InvalidArgumentError('expected a date YYYY-MM-DD');
      return v;
    })
    .addOption(templatesOption())
    .addOption(new Option('--out <dir>', 'output folder').default('out'))
    .action(async (paths: string[], options: { json?: boolean; today?: string; templates: string; out: string }) => {
      const { caseStatus, statusTable, statusToday } = await import('./commands/status.js');
      const today = statusToday(options.today, io.env);
      const { rows, missing } = await caseStatus(paths, { out: options.out, templates: options.templates, today });
      for (const m of missing) io.stderr(`appeal: ${m}: no such file or folder\n`);
      io.stdout(options.json ? `${JSON.stringify({ today, cases: rows }, null, 2)}\n` : statusTable(rows, today));
      if (missing.length) exitCode = rows.length ? exitCodes.caseErrors : exitCodes.usage;
    });

  program
    .command('preview')
    .description('render the cases into a folder of their own and show them on a local page that updates on every save')
    .argument('[paths...]', 'case files or folders', ['cases'])
    .addOption(
      new Option('--port <n>', 'the port to try first; the next free one is used when it is taken (0: any)')
        .default(4780)
        .argParser(portArgument),
    )
    .addOption(
      new Option('--out <dir>', "the preview's output folder (apart from build's out/, so both can run)").default(
        path.join('out', '.preview'),
      ),
    )
    .addOption(templatesOption())
    .option('-q, --quiet', 'print only problems')
    .action(async (paths: string[], options: { port: number; out: string; templates: string; quiet?: boolean }) => {
      const { previewCases } = await import('./commands/preview.js');
      await previewCases(
        {
          paths,
          outRoot: options.out,
          templatesRoot: options.templates,
          port: options.port,
          quiet: options.quiet,
          sourceDateEpoch: sourceDateEpochFrom(io.env),
        },
        io,
      );
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help'
        ? exitCodes.ok
        : exitCodes.usage;
    }
    io.stderr(`appeal: ${(error as Error).message}\n`);
    return exitCodes.usage;
  }
  return exitCode;
}
