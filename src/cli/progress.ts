// Batch progress on stderr: one `\r`-updated line on a terminal, plain lines now and then otherwise.
import type { BuildProgress } from '../batch/build.js';

export interface ProgressDisplay {
  update(progress: BuildProgress): void;
  /** Clears the live line before other output (terminal only). */
  clear(): void;
  /** Redraws it after other output. */
  redraw(): void;
  done(): void;
}

const rate = (p: BuildProgress) => (p.elapsedMs > 0 ? (p.done - p.skipped) / (p.elapsedMs / 1000) : 0);

/** The line: "[412/1000] 3 failed, 2 drafts, 120 unchanged, 14.2 cases/s". */
export function progressText(p: BuildProgress): string {
  const parts = [`${p.failed} failed`];
  if (p.drafts) parts.push(`${p.drafts} draft${p.drafts === 1 ? '' : 's'}`);
  if (p.skipped) parts.push(`${p.skipped} unchanged`);
  parts.push(`${rate(p).toFixed(1)} cases/s`);
  return `[${p.done}/${p.total}] ${parts.join(', ')}`;
}

/** A display for `stderr`; `tty` draws a live line, else a plain line every tenth of the batch (batches of 20 or more). */
export function progressDisplay(stderr: (text: string) => void, tty: boolean): ProgressDisplay {
  let last: BuildProgress | undefined;
  let drawnAt = 0;
  let shown = false;
  const draw = () => {
    if (!last) return;
    stderr(`\r\x1b[K${progressText(last)}`);
    shown = true;
    drawnAt = performance.now();
  };
  return {
    update(p) {
      last = { ...p };
      if (tty) {
        if (performance.now() - drawnAt > 100 || p.done === p.total) draw();
      } else if (p.total >= 20 && (p.done % Math.max(10, Math.ceil(p.total / 10)) === 0 || p.done === p.total)) {
        stderr(`${progressText(p)}\n`);
      }
    },
    clear() {
      if (tty && shown) stderr('\r\x1b[K');
    },
    redraw() {
      if (tty && shown) draw();
    },
    done() {
      if (tty && shown) stderr('\r\x1b[K');
      shown = false;
    },
  };
}
