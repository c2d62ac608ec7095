// Preloaded into a benchmarked `appeal` process (node --import): on exit, writes to $APPEAL_BENCH_RSS the
// process's peak resident set size in bytes and its CPU time in microseconds (user and system), main thread
// and worker threads together: the build's workers are threads of this one process.
import { writeFileSync } from 'node:fs';

const target = process.env.APPEAL_BENCH_RSS;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRss: usage.maxRSS * 1024, userUs: usage.userCPUTime, systemUs: usage.systemCPUTime }));
  });
}
