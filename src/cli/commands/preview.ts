// `appeal preview`: renders the cases into a folder of its own (so `appeal build` can run beside it), serves a
// page on the loopback address that shows each case's letter, index, checklist and bundle as the PDFs render,
// and re-renders on every save; the open page updates itself. Runs until Ctrl+C.
import path from 'node:path';
import type { RunningWatcher } from '../../batch/watch.js';
import { findCases } from '../../fs.js';
import { shownPath } from '../../package-files.js';
import { useColor, type CliIo } from '../io.js';
import { reportCase } from '../report.js';
import { PreviewState } from '../preview/state.js';
import { startPreviewServer, type PreviewServer } from '../preview/server.js';
import { statusToday } from './status.js';

/** What `appeal preview` runs on. */
export interface PreviewOptions {
  paths: string[];
  outRoot: string;
  templatesRoot: string;
  /** The port to try first (0: any free port); the next free one is used when it is taken. */
  port: number;
  sourceDateEpoch?: number;
  /** Print only problems (no line per rendered case). */
  quiet?: boolean;
}

/** A running preview: its address, state and watcher. */
export interface RunningPreview {
  url: string;
  server: PreviewServer;
  state: PreviewState;
  watcher: RunningWatcher;
  close(): Promise<void>;
}

/** Starts the server, then renders every case and watches for saves; resolves once the first build is done. */
export async function startPreview(options: PreviewOptions, io: CliIo): Promise<RunningPreview> {
  const state = new PreviewState({
    outRoot: path.resolve(options.outRoot),
    cwd: process.cwd(),
    today: () => statusToday(undefined, io.env),
  });
  const found = await findCases(options.paths);
  for (const m of found.missing) io.stderr(`appeal: ${m}: no such file or folder\n`);
  state.expect(found.files);
  const server = await startPreviewServer({ state, port: options.port });
  io.stdout(`Preview: ${server.url}  (rendering into ${options.outRoot}${path.sep}; Ctrl+C to stop)\n`);
  const color = useColor(io);
  const sources = new Map<string, string>();
  const { startWatcher } = await import('../../batch/watch.js');
  let watcher: RunningWatcher;
  try {
    watcher = await startWatcher(
      // Isolated as watch mode is: a case that crashes or runs away fails alone and the preview goes on.
      {
        paths: options.paths,
        outRoot: options.outRoot,
        templatesRoot: options.templatesRoot,
        sourceDateEpoch: options.sourceDateEpoch,
        isolate: true,
      },
      {
        onResult(result) {
          state.update(result).catch((error: Error) => io.stderr(`preview: ${error.message}\n`));
          sources.delete(result.file);
          io.stdout(reportCase(result, { color, sources, quiet: options.quiet, render: true, out: options.outRoot }));
        },
        onRemoved(result) {
          state.remove(result);
          io.stdout(`− ${result.id ?? result.file} removed; its preview outputs were deleted\n`);
        },
        onError(error) {
          io.stderr(`preview: ${error.message}\n`);
        },
      },
    );
  } catch (error) {
    await server.close();
    throw error;
  }
  await watcher.ready;
  state.ready();
  return {
    url: server.url,
    server,
    state,
    watcher,
    close: async () => {
      await watcher.close();
      await server.close();
    },
  };
}

/** Runs the preview until the process is stopped. */
export async function previewCases(options: PreviewOptions, io: CliIo): Promise<void> {
  const running = await startPreview(options, io);
  io.stdout(
    `\nWatching ${options.paths.map((p) => shownPath(p)).join(', ')} and ${shownPath(options.templatesRoot)}${path.sep}; open ${running.url} (Ctrl+C to stop)\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => void running.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
