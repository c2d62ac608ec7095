// What a command sees of its process: output streams, environment, terminals; and its exit codes.
import type { SnapshotRunner } from './snapshot-start.js';

/** Where a command writes and what it sees of its surroundings. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (colour, progress). */
  isTTY: boolean;
  /** Whether stderr is a terminal: a live progress line instead of occasional plain lines. */
  stderrIsTTY?: boolean;
  /** The startup snapshot a build may hand its rendering to (the real command line only; see snapshot-start.ts). */
  snapshot?: SnapshotRunner;
}

/** Exit codes: 0 clean, 1 a case has errors (or warnings under --strict), 2 usage or internal failure. */
export const exitCodes = { ok: 0, caseErrors: 1, usage: 2 } as const;

/** Whether printed text may carry colour codes. */
export const useColor = (io: CliIo): boolean => io.isTTY && !io.env.NO_COLOR;
