// Timing marks for profiling a rebuild across processes (the watcher and its worker): with APPEAL_TRACE=<file>
// in the environment, each mark appends one line to that file with the wall-clock time and the process's CPU time in ms, so the lines of
// both processes can be put side by side. Without it, a mark costs one environment read.
import { appendFileSync } from 'node:fs';

/** Records `name` with the current time (and `detail`) when tracing is on. */
export function traceMark(name: string, detail?: string): void {
  // Read on each mark, not at load: a process started from a startup snapshot has a new environment.
  const file = process.env.APPEAL_TRACE;
  if (!file) return;
  const now = performance.timeOrigin + performance.now();
  const cpu = process.cpuUsage();
  const cpuMs = (cpu.user + cpu.system) / 1000;
  appendFileSync(file, `[trace ${process.pid}] ${now.toFixed(1)} ${cpuMs.toFixed(1)} ${name}${detail ? ` ${detail}` : ''}\n`);
}
