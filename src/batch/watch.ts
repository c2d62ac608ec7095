// Watch mode: render everything once, then re-render only the cases a saved file affects (a case with
// errors refreshes its draft). A rebuild starts on the first change event, with no quiet time before it;
// events that arrive while it runs are gathered and rebuilt once it is done. Each case renders its letter
// first and takes its other outputs from the output cache when their inputs did not change, then its whole
// set is switched in as one step. What happens to each result (printing, a preview page) is the caller's: it
// passes hooks.
//
// A save can reach the watcher as two writes (the file emptied, then written), and chokidar drops a change
// that follows another on the same path within 50 ms: a round could read the emptied file and never hear of
// the rest. So each changed path is looked at again a little after its last event, and rebuilt when its
// content is not what it was when that event was handled.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { envFor, processFiles, type BuildOptions } from './build.js';
import { startPool, type PoolOptions } from './pool.js';
import { findCases, removeCaseOutputs, sha256 } from '../fs.js';
import type { CaseResult } from '../model/result.js';
import { loadWordLists } from '../rules/words.js';
import { packageWordsFile } from '../package-files.js';
import { traceMark } from '../trace.js';

/** The user's own word list, read from the folder the tool runs in (see loadWordLists). */
export const userWordsFile = 'appeal-words.json';

export interface WatchOptions {
  paths: string[];
  outRoot: string;
  templatesRoot: string;
  strict?: boolean;
  sourceDateEpoch?: number;
  /** Quiet time after the last change before rebuilding, in ms; none by default (the rebuild starts at once). */
  debounceMs?: number;
  /** The user's word list; default appeal-words.json in the folder the tool runs in. */
  wordsFile?: string;
  /**
   * Render in a worker process (when the compiled worker exists), so a case that crashes or runs away
   * fails alone and the watcher goes on.
   */
  isolate?: boolean;
  /** The worker's script and limits (tests). */
  pool?: PoolOptions;
  /** How long after a path's last change event it is looked at again, in ms (see scheduleRecheck). */
  recheckMs?: number;
}

/**
 * The watcher's worker lets its heap grow to four times what survived its last full collection (V8 picks
 * between 1.1 and 4 times by how busy the process was): a save leaves ~15 MB of its own behind, so by default
 * a full collection fell in one save in two to four and made it the slowest (30 saves: 6-16 full
 * collections by default, 4-5 with this, those left started by the buffers a save allocates).
 */
const watchWorkerNodeArgs = ['--heap-growing-percent=300'];

/** Longer than chokidar's 50 ms, within which it drops a second change event for the same path. */
const defaultRecheckMs = 100;

/**
 * What a file holds, to tell whether it changed: a hash of its content, or for a large file (an evidence scan)
 * its size, times and inode; undefined when it is not a readable file.
 */
function fingerprint(file: string): string | undefined {
  try {
    const stat = statSync(file, { bigint: true });
    if (!stat.isFile()) return undefined;
    if (stat.size > 1_048_576n) return `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}`;
    return sha256(readFileSync(file));
  } catch {
    return undefined;
  }
}

/** What the caller does with what the session sees. */
export interface WatchHooks {
  /** A case was checked (and rendered when it could be). */
  onResult(result: CaseResult): void;
  /** A case file was deleted; its outputs are being removed. */
  onRemoved(result: CaseResult): void;
  /** A problem outside any case (e.g. appeal-words.json is not valid JSON); the session goes on. */
  onError?(error: Error): void;
  /** After each rebuild round, with the cases it rebuilt. */
  onRound?(rebuilt: CaseResult[]): void;
}

/** A running watch session: its state and its change handler. */
export interface WatchSession {
  /** Records a changed path; the rebuild starts at once, or after the one running. */
  handleChange(event: 'add' | 'change' | 'unlink', file: string): void;
  /** Resolves when no rebuild is pending or running and every changed path has been looked at again. */
  idle(): Promise<void>;
  /** The latest result per case file. */
  results: Map<string, CaseResult>;
  /** Number of rebuild rounds run (for tests). */
  rounds: number;
  /** Stops the session's worker process, if it has one. */
  close(): Promise<void>;
}

/** Creates a session: an initial build of every case, then incremental rebuilds on handleChange. */
export async function createWatchSession(options: WatchOptions, hooks: WatchHooks): Promise<WatchSession> {
  const env = await envFor(options);
  const wordsFile = options.wordsFile ?? userWordsFile;
  if (options.wordsFile) env.words = loadWordLists(wordsFile);
  const casePool = options.isolate ? await startPool(1, { nodeArgs: watchWorkerNodeArgs, ...options.pool }) : undefined;
  const buildOptions: BuildOptions = {
    paths: options.paths,
    outRoot: options.outRoot,
    templatesRoot: options.templatesRoot,
    render: true,
    strict: options.strict,
    sourceDateEpoch: options.sourceDateEpoch,
    guardHeap: true,
    casePool,
    wordsFile: options.wordsFile,
  };
  // The worker keeps its own templates and word lists: replaced before the next rebuild when they change.
  let recycleWorker = false;
  const templatesAbs = path.resolve(options.templatesRoot);
  const results = new Map<string, CaseResult>();
  const pending = new Set<string>();
  let rescan = false;
  let timer: NodeJS.Timeout | undefined;
  /** A round is queued and has not yet taken the pending files. */
  let roundQueued = false;
  let running: Promise<void> = Promise.resolve();
  let waiters: (() => void)[] = [];
  /** Per changed path: what it held when its last event was handled, and the timer that looks at it again. */
  const rechecks = new Map<string, { held: string | undefined; timer: NodeJS.Timeout }>();
  const close = async () => {
    for (const { timer } of rechecks.values()) clearTimeout(timer);
    rechecks.clear();
    await casePool?.close();
  };
  const session: WatchSession = { handleChange, idle, results, rounds: 0, close };

  async function rebuild(files: string[]): Promise<CaseResult[]> {
    if (recycleWorker && casePool) {
      recycleWorker = false;
      await casePool.recycle();
    }
    const rebuilt = await processFiles(files, buildOptions, env);
    for (const r of rebuilt) {
      results.set(path.resolve(r.file), r);
      hooks.onResult(r);
    }
    if (rebuilt.some((r) => r.diagnostics.some((d) => d.ruleId === 'case-stopped'))) warmWorker();
    return rebuilt;
  }

  /**
   * Has the worker load its modules, templates and fonts with a case that renders, without waiting for it:
   * a worker that replaces a crashed one, or that rendered nothing yet (every case unchanged at the start),
   * would otherwise pay for them on the next save.
   */
  function warmWorker() {
    const good = [...results.values()].find((r) => r.state === 'rendered' || r.state === 'unchanged' || r.state === 'draft');
    if (!casePool || !good) return;
    void casePool.warm({
      file: good.file,
      templatesRoot: options.templatesRoot,
      sourceDateEpoch: options.sourceDateEpoch,
      render: true,
      strict: options.strict,
      wordsFile: options.wordsFile,
    });
  }

  function affectedCases(file: string): string[] {
    const abs = path.resolve(file);
    if (abs === path.resolve(wordsFile) || abs === packageWordsFile()) {
      // Keep the last good lists when the file is half-saved or not valid JSON; a later save brings it back.
      try {
        env.words = loadWordLists(wordsFile);
      } catch (error) {
        hooks.onError?.(new Error(`${wordsFile}: ${(error as Error).message}; the word lists stay as they were`));
        return [];
      }
      recycleWorker = true;
      return [...results.keys()];
    }
    if (abs.startsWith(templatesAbs + path.sep)) {
      env.templateSets.clear();
      recycleWorker = true;
      return [...results.keys()];
    }
    if (results.has(abs)) return [abs];
    return [...results.values()].filter((r) => r.inputs?.includes(abs)).map((r) => path.resolve(r.file));
  }

  function handleChange(event: 'add' | 'change' | 'unlink', file: string) {
    traceMark('watch:event', `${event} ${file}`);
    const abs = path.resolve(file);
    if (event !== 'unlink') scheduleRecheck(abs);
    const isCaseFile = /\.ya?ml$/i.test(abs) && !abs.startsWith(templatesAbs + path.sep);
    if (isCaseFile && event === 'unlink' && results.has(abs)) {
      const old = results.get(abs)!;
      results.delete(abs);
      const id = old.id;
      if (id) queue(() => removeCaseOutputs(options.outRoot, id));
      hooks.onRemoved(old);
      return;
    }
    const affected = affectedCases(abs);
    if (isCaseFile && !results.has(abs)) rescan = true;
    if (!affected.length && !rescan) return;
    for (const f of affected) pending.add(f);
    if (options.debounceMs) {
      clearTimeout(timer);
      timer = setTimeout(flush, options.debounceMs);
    } else {
      flush();
    }
  }

  /**
   * Notes what `abs` holds now, before any round reads it, and looks at it again `recheckMs` after its last
   * event: a save whose event was dropped shows as other content, and is handled as a change then.
   */
  function scheduleRecheck(abs: string) {
    clearTimeout(rechecks.get(abs)?.timer);
    const held = fingerprint(abs);
    const timer = setTimeout(() => {
      rechecks.delete(abs);
      const now = fingerprint(abs);
      // A file gone is left to its unlink event.
      if (now !== undefined && now !== held) {
        traceMark('watch:lost-change', abs);
        handleChange('change', abs);
      } else void running.then(notifyIdle, notifyIdle);
    }, options.recheckMs ?? defaultRecheckMs);
    rechecks.set(abs, { held, timer });
  }

  /** Runs a task after the ones before it; a task that fails is reported and does not stop the ones after it. */
  function queue(task: () => Promise<void>) {
    running = running.then(task).catch((error: unknown) => hooks.onError?.(error as Error));
  }

  function flush() {
    timer = undefined;
    // One round queued behind the running one is enough: it takes every file changed until it starts.
    if (roundQueued) return;
    roundQueued = true;
    queue(async () => {
      roundQueued = false;
      let files = [...pending];
      pending.clear();
      if (rescan) {
        rescan = false;
        const found = (await findCases(options.paths)).files.map((f) => path.resolve(f));
        files = [...new Set([...files, ...found.filter((f) => !results.has(f))])];
      }
      if (!files.length) return;
      session.rounds++;
      traceMark('watch:round-start', `${files.length} files`);
      const rebuilt = await rebuild(files.map((f) => path.relative(process.cwd(), f) || f));
      traceMark('watch:round-end');
      hooks.onRound?.(rebuilt);
    });
    void running.then(notifyIdle, notifyIdle);
  }

  function notifyIdle() {
    if (timer || roundQueued || pending.size || rechecks.size) return;
    const list = waiters;
    waiters = [];
    list.forEach((w) => w());
  }

  function idle(): Promise<void> {
    if (!timer && !roundQueued && !pending.size && !rechecks.size) return running;
    return new Promise((resolve) => waiters.push(resolve));
  }

  const initial = await findCases(options.paths);
  const first = await rebuild(initial.files);
  if (first.every((r) => r.state === 'unchanged')) warmWorker();
  return session;
}

/** A running file watcher with its session. */
export interface RunningWatcher {
  session: WatchSession;
  /** Resolves once the file watcher is ready to report changes. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * What watch mode watches: the cases, the templates folder, the user's word list and the package's own
 * (rules/words.json). The package's files are skipped when installed under node_modules (they do not change).
 */
export function watchedPaths(options: Pick<WatchOptions, 'paths' | 'templatesRoot' | 'wordsFile'>): string[] {
  return [...options.paths, options.templatesRoot, packageWordsFile(), options.wordsFile ?? userWordsFile];
}

/** Builds everything, then watches cases, templates and the word lists; returns once the first build is done. */
export async function startWatcher(options: WatchOptions, hooks: WatchHooks & { onError(error: Error): void }): Promise<RunningWatcher> {
  const { watch } = await import('chokidar');
  const session = await createWatchSession(options, hooks);
  const outAbs = path.resolve(options.outRoot);
  const watcher = watch(watchedPaths(options), {
    ignoreInitial: true,
    atomic: true,
    // Never the outputs (a rebuild would trigger itself), editor temp files (.x.swp) or node_modules.
    ignored: (file: string) => {
      const abs = path.resolve(file);
      return (
        abs === outAbs ||
        abs.startsWith(outAbs + path.sep) ||
        path.basename(abs).startsWith('.') ||
        abs.split(path.sep).includes('node_modules')
      );
    },
  });
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, (file: string) => session.handleChange(event, file));
  watcher.on('error', (error: unknown) => hooks.onError(error as Error));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return { session, ready, close: () => watcher.close().then(() => session.close()) };
}
