// A run that writes to an output folder holds it (see output-lock.ts) and, on every way out (normal exit,
// an error, Ctrl+C, SIGTERM, a closed terminal's SIGHUP), removes what it left half-written and lets the folder go.
import { removeTemporaries } from '../fs.js';
import { lockOutputFolder, OutputFolderInUse } from '../batch/output-lock.js';

/** Exit codes of a run stopped by a signal (128 + the signal's number, as shells report them). */
export const signalExitCodes = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

/** A held output folder. */
export interface HeldFolder {
  /** Removes temporaries, releases the lock and the handlers (the normal end of a run). */
  done(): void;
}

/**
 * Takes the lock of `outRoot` for this process and installs the exit handlers; returns the message naming
 * the holder instead when another run has the folder.
 */
export function holdOutputFolder(outRoot: string): HeldFolder | { refused: string } {
  let lock: ReturnType<typeof lockOutputFolder>;
  try {
    lock = lockOutputFolder(outRoot, ['appeal', ...process.argv.slice(2)].join(' '));
  } catch (error) {
    if (error instanceof OutputFolderInUse) return { refused: error.message };
    throw error;
  }
  const cleanup = () => {
    removeTemporaries();
    lock.release();
  };
  const onSignal = (signal: keyof typeof signalExitCodes) => () => {
    cleanup();
    process.exit(signalExitCodes[signal]);
  };
  const onHup = onSignal('SIGHUP');
  const onInt = onSignal('SIGINT');
  const onTerm = onSignal('SIGTERM');
  process.on('exit', cleanup);
  process.on('SIGHUP', onHup);
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    done() {
      cleanup();
      process.off('exit', cleanup);
      process.off('SIGHUP', onHup);
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}
