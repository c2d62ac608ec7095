// One batch worker without the pool, for memory work: runs dist/worker.js's runCase over every `stride`-th
// case of a folder of generated cases (sorted, as a build takes them), writing outputs as a worker does, and
// prints the process's memory after each case and its CPU time at the end. Start it with the pool's Node
// options and malloc environment (bench/emu-worker.sh does) so it behaves as a pool worker.
// Usage: node <worker options> bench/emu-worker.mjs <appeal-kit root> <cases dir> <out dir> [stride] [--quiet]
// LIMIT=n runs the first n of those cases only; SNAP_AT=i,j writes a heap snapshot after those cases (into
// the out dir's parent); with --expose-gc, the CPU time of gc() calls is reported.
import { readdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, casesDir, out, strideArg = '1', quiet] = process.argv.slice(2);
const stride = Number(strideArg);
const ids = readdirSync(casesDir)
  .filter((n) => existsSync(path.join(casesDir, n, 'case.yaml')))
  .sort();
const files = ids
  .filter((_, i) => i % stride === 0)
  .slice(0, Number(process.env.LIMIT ?? Infinity))
  .map((n) => path.join(casesDir, n, 'case.yaml'));
rmSync(out, { recursive: true, force: true });
// gc() timed, when the process has one (--expose-gc): the worker takes globalThis.gc when it loads.
let gcCpuUs = 0;
if (typeof globalThis.gc === 'function') {
  const gc = globalThis.gc;
  globalThis.gc = (...a) => {
    const t = process.cpuUsage();
    gc(...a);
    const d = process.cpuUsage(t);
    gcCpuUs += d.user + d.system;
  };
}
const snapAt = new Set((process.env.SNAP_AT ?? '').split(',').filter(Boolean).map(Number));
const { default: runCase } = await import(pathToFileURL(path.join(root, 'dist', 'worker.js')).href);
const mb = (b) => Math.round(b / 1048576);
const status = () => {
  const text = readFileSync('/proc/self/status', 'utf8');
  const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(text)?.[1] ?? 0) * 1024;
  return { hwm: kb('VmHWM'), rss: kb('VmRSS'), anon: kb('RssAnon'), file: kb('RssFile') };
};
const templatesRoot = path.join(root, 'templates');
let sumRss = 0;
let maxRss = 0;
const start = process.cpuUsage();
for (const [i, file] of files.entries()) {
  const caseStart = process.cpuUsage();
  const result = await runCase({
    file,
    templatesRoot,
    sourceDateEpoch: 1700000000,
    render: true,
    cache: { dir: path.join(out, '.cache', 'outputs'), read: false },
    outRoot: out,
  });
  if (result.state === 'failed') console.error('failed', file, JSON.stringify(result.diagnostics?.[0]));
  if (snapAt.has(i)) console.log('snapshot', (await import('node:v8')).writeHeapSnapshot(path.join(out, `..`, `heap-${i}.heapsnapshot`)));
  const caseCpu = process.cpuUsage(caseStart);
  const s = status();
  const m = process.memoryUsage();
  sumRss += s.rss;
  maxRss = Math.max(maxRss, s.rss);
  if (quiet !== '--quiet')
    console.log(
      `${i} ${path.basename(path.dirname(file))} cpu ${Math.round((caseCpu.user + caseCpu.system) / 1000)} rss ${mb(s.rss)} anon ${mb(s.anon)} hwm ${mb(s.hwm)} heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} ext ${mb(m.external)} ab ${mb(m.arrayBuffers)}`,
    );
}
const cpu = process.cpuUsage(start);
const s = status();
console.log(
  JSON.stringify({
    cases: files.length,
    cpuS: +((cpu.user + cpu.system) / 1e6).toFixed(1),
    hwmMB: mb(s.hwm),
    maxRssAtCaseEndMB: mb(maxRss),
    meanRssAtCaseEndMB: mb(sumRss / files.length),
    gcCpuS: +(gcCpuUs / 1e6).toFixed(2),
  }),
);
