// `appeal build --watch`: the batch's watcher, printing each case as it is rebuilt, until Ctrl+C.
import { userWordsFile, type RunningWatcher, type WatchOptions } from '../../batch/watch.js';

export type { RunningWatcher } from '../../batch/watch.js';
import path from 'node:path';
import { shownPath } from '../../package-files.js';
import { useColor, type CliIo } from '../io.js';
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
export async function watchCases(options: WatchOptions, io: CliIo): Promise<void> {
  const running = await startWatcher(options, io);
  await running.ready;
  io.stdout(`\nWatching ${options.paths.map((p) => shownPath(p)).join(', ')}, ${shownPath(options.templatesRoot)}${path.sep} and ${options.wordsFile ?? userWordsFile} for changes (Ctrl+C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => void running.close().then(resolve));
    process.once('SIGTERM', () => void running.close().then(resolve));
  });
}
