// `appeal build --watch`: the batch's watcher, printing each case as it is rebuilt, until Ctrl+C.
import { userWordsFile, type RunningWatcher, type WatchOptions } from '../../batch/watch.js';

export type { RunningWatcher } from '../../batch/watch.js';
import path from 'node:path';
import { shownPath } from '../../package-files.js';
import { exitCodes, useColor, type CliIo } from '../io.js';
import { holdOutputFolder } from '../exit-paths.js';
import { reportCase } from '../report.js';

/** Starts the watcher with its results printed to `io`; resolves once the first build is done. */
export async function startWatcher(options: WatchOptions, io: CliIo): Promise<RunningWatcher> {
  const { startWatcher: start } = await import('../../batch/watch.js');
  const sources = new Map<string, string>();
  const color = useColor(io);
  return start(options, {
    onResult(result) {
      sources.delete(result.file);
      io.stdout(reportCase(result, { color, sources, render: true, out: options.outRoot }));
    },
    onRemoved(result) {
      io.stdout(`− ${result.id ?? result.file} removed; its outputs were deleted\n`);
    },
    onError(error) {
      io.stderr(`watch: ${error.message}\n`);
    },
  });
}

/** Runs watch mode until the process is stopped. */
/**
 * Runs watch mode until the process is stopped; resolves to the exit code when the output folder is in use.
 * Ctrl+C (SIGINT) and SIGTERM end the process at once, a render in progress abandoned (its temporaries
 * removed, the last good outputs kept), with exit code 130 or 143.
 */
export async function watchCases(options: WatchOptions, io: CliIo): Promise<number | undefined> {
  const held = holdOutputFolder(options.outRoot);
  if ('refused' in held) {
    io.stderr(`appeal: ${held.refused}\n`);
    return exitCodes.usage;
  }
  const running = await startWatcher(options, io);
  await running.ready;
  io.stdout(
    `\nWatching ${options.paths.map((p) => shownPath(p)).join(', ')}, ${shownPath(options.templatesRoot)}${path.sep} and ${options.wordsFile ?? userWordsFile} for changes (Ctrl+C to stop)\n`,
  );
  await new Promise<void>(() => {});
}
