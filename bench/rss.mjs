// Preloaded into a benchmarked `appeal` process (node --import): on exit, writes the process's peak
// resident set size in bytes (main thread and worker threads together) to $APPEAL_BENCH_RSS.
import { writeFileSync } from 'node:fs';

const target = process.env.APPEAL_BENCH_RSS;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS * 1024)));
