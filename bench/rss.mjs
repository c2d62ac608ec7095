// Preloaded into a benchmarked `appeal` build (node --import): on exit, writes to $APPEAL_BENCH_RSS the
// process's peak resident set size in bytes and the CPU time in microseconds of the process and of its worker
// processes (they have exited and been waited for by then, so the kernel counts them as its children).
import { readFileSync, writeFileSync } from 'node:fs';

/** CPU time of the exited children, in microseconds (Linux /proc; 0 elsewhere). */
function childrenCpuUs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of stat (cutime, cstime), in clock ticks of 1/100 s.
    return (Number(fields[13]) + Number(fields[14])) * 10_000;
  } catch {
    return 0;
  }
}

const target = process.env.APPEAL_BENCH_RSS;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      target,
      JSON.stringify({ maxRss: usage.maxRSS * 1024, cpuUs: usage.userCPUTime + usage.systemCPUTime + childrenCpuUs() }),
    );
  });
}
