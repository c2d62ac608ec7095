// Peak resident memory of a whole `appeal build` (the CLI and every worker process), for memory work:
// samples /proc every 100 ms, reports the largest sum over the process tree, each process's share at that
// moment (anonymous / file-backed), a coarse timeline of the sum, and the CPU time (user + system) of the
// CLI and its exited workers (bench/rss.mjs).
// Usage: node bench/rss-tree.mjs <appeal-kit root> <out dir> <case files or folders...> [-- extra build args]
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, out, ...rest] = process.argv.slice(2);
const dash = rest.indexOf('--');
const inputs = dash < 0 ? rest : rest.slice(0, dash);
const extra = dash < 0 ? [] : rest.slice(dash + 1);
if (!root || !out || inputs.length === 0) {
  console.error('usage: node bench/rss-tree.mjs <root> <out> <cases...> [-- build args]');
  process.exit(2);
}
const rssFile = path.join(tmpdir(), `rss-tree-${process.pid}.json`);
const status = (pid) => {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(text)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), anon: kb('RssAnon'), file: kb('RssFile') };
};
function tree(pid, acc) {
  try {
    acc.push({ pid, ...status(pid) });
    for (const c of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) tree(Number(c), acc);
  } catch {}
  return acc;
}
const mb = (b) => Math.round(b / 1048576);
const load0 = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const t0 = performance.now();
const child = spawn(
  process.execPath,
  [
    '--import',
    pathToFileURL(path.join(root, 'bench', 'rss.mjs')).href,
    path.join(root, 'bin', 'appeal.js'),
    'build',
    ...inputs,
    '--out',
    out,
    '-q',
    ...extra,
  ],
  {
    cwd: root,
    env: { ...process.env, CI: '1', SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH ?? '1700000000', APPEAL_BENCH_RSS: rssFile },
    stdio: ['ignore', 'inherit', 'inherit'],
  },
);
let peak = { sum: 0, at: 0, procs: [] };
const timeline = [];
let lastMark = 0;
let maxProcs = 0;
const timer = setInterval(() => {
  const procs = tree(child.pid, []);
  const sum = procs.reduce((s, p) => s + p.rss, 0);
  maxProcs = Math.max(maxProcs, procs.length);
  const at = (performance.now() - t0) / 1000;
  if (sum > peak.sum) peak = { sum, at, procs };
  if (at - lastMark >= 10) {
    lastMark = at;
    timeline.push(`${Math.round(at)}s:${mb(sum)}`);
  }
}, 100);
child.on('close', (code) => {
  clearInterval(timer);
  const wall = (performance.now() - t0) / 1000;
  const usage = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')) : {};
  rmSync(rssFile, { force: true });
  const load1 = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(
    JSON.stringify({
      exit: code,
      peakMB: mb(peak.sum),
      peakAtS: Math.round(peak.at),
      perProcessMB: peak.procs.map((p) => `${mb(p.rss)} (anon ${mb(p.anon)}, file ${mb(p.file)})`),
      cpuS: usage.cpuUs ? +(usage.cpuUs / 1e6).toFixed(1) : undefined,
      wallS: Math.round(wall),
      processes: maxProcs,
      load: `${load0} -> ${load1}`,
      timeline: timeline.join(' '),
    }),
  );
});
