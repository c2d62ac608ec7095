#!/usr/bin/env node
// npm run bench: one run that measures appeal-kit's speed on generated cases and writes
// bench/results.json and bench/results.md.
//
//   node bench/run.mjs [--cases 200] [--jobs 2] [--repeats 3] [--serial-cases 12] [--saves 50] [--cold-runs 3]
//                      [--no-chromium] [--keep] [--only stages,render,chromium,batch,cold,watch]
//
// Measured (medians, with min-max over the repeats):
//  - per-stage time per case (parse, validate, evidence, rules, compose, pdf, docx, index, pack, write),
//    in this process through the pipeline's own stage functions (dist/bench/stages.js);
//  - warm PDF and DOCX of one two-page letter (renderers and fonts already loaded);
//  - cases per second of `appeal build` with 1 worker and with 2 (spawned CLI), its peak RSS and CPU per case;
//  - a no-op rebuild of all cases (every case unchanged);
//  - the rebuild of all cases after a letter template edit (letters re-rendered, the rest from the output cache);
//  - watch save-to-PDF latency (p50/p95) over N saves, a real `appeal build --watch` process;
//  - cold start of `appeal build` for one case (spawned process), from nothing and after an edit (output cache warm);
//  - the same letter through Handlebars -> HTML -> headless Chromium (playwright-core), cold and warm.
// Cases, outputs and the HTML go to a temporary folder, removed at the end (unless --keep). The table also
// replaces the one in README.md between the bench markers. With --only, just the sections named are run and
// their figures printed; results.json, results.md and README.md are left as they are (a partial run).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCases, sampleCases } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'bench');
const cli = path.join(root, 'bin', 'appeal.js');

const { values: opts } = parseArgs({
  options: {
    cases: { type: 'string', default: '200' },
    jobs: { type: 'string', default: '2' },
    repeats: { type: 'string', default: '3' },
    'serial-cases': { type: 'string', default: '12' },
    saves: { type: 'string', default: '50' },
    'cold-runs': { type: 'string', default: '3' },
    'no-chromium': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  console.log(
    'usage: node bench/run.mjs [--cases 200] [--jobs N] [--repeats 3] [--serial-cases 12] [--saves 50] [--cold-runs 3] [--no-chromium] [--keep] [--only stages,render,chromium,batch,cold,watch]',
  );
  process.exit(0);
}
const int = (name, min = 1) => {
  const n = Number(opts[name]);
  if (!Number.isInteger(n) || n < min) {
    console.error(`bench: --${name} takes a whole number of ${min} or more (got "${opts[name]}")`);
    process.exit(2);
  }
  return n;
};
const N = int('cases');
const JOBS = int('jobs');
const REPEATS = int('repeats');
const SERIAL = Math.min(N, int('serial-cases'));
const SAVES = int('saves');
const COLD_RUNS = int('cold-runs');
const SECTIONS = ['stages', 'render', 'chromium', 'batch', 'cold', 'watch'];
const only = opts.only
  ?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const unknown = only?.filter((s) => !SECTIONS.includes(s)) ?? [];
if (only && (!only.length || unknown.length)) {
  console.error(`bench: --only takes sections among ${SECTIONS.join(', ')} (got "${opts.only}")`);
  process.exit(2);
}
/** Whether a section is measured in this run (all of them without --only). */
const runs = (section) => !only || only.includes(section);

for (const file of ['dist/cli.js', 'dist/worker.js', 'dist/bench/stages.js']) {
  if (!existsSync(path.join(root, file))) {
    console.error(`bench: ${file} is missing; run \`node scripts/compile.mjs\` first (npm run bench does).`);
    process.exit(2);
  }
}

// The CLI's startup snapshot (src/snapshot/) is built in the background by the first run that finds none: built
// here first, so it neither runs during a measurement nor is missing from the cold start.
if (!process.env.APPEAL_NO_SNAPSHOT) {
  const { snapshotDir, snapshotKey, readySnapshot } = await import(pathToFileURL(path.join(root, 'dist', 'snapshot-start.js')).href);
  const dir = process.env.APPEAL_SNAPSHOT_DIR || snapshotDir(root);
  const key = snapshotKey(root);
  if (!readySnapshot(dir, key))
    spawnSync(process.execPath, [path.join(root, 'dist', 'snapshot-build.js'), root, dir, key], { stdio: 'ignore' });
}

const benchStarted = performance.now();
const loadAtStart = os.loadavg().map((x) => Number(x.toFixed(2)));
const log = (text) => process.stderr.write(`[bench ${((performance.now() - benchStarted) / 1000).toFixed(0).padStart(3)} s] ${text}\n`);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'appeal-bench-'));
process.on('exit', () => {
  if (!opts.keep) rmSync(tmp, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Small statistics helpers

const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => {
  const s = sorted(values);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (values, p) => {
  const s = sorted(values);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const round = (x, digits = 1) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);
/** Median and range of per-repeat values. */
const summary = (values, digits = 1) => ({
  median: round(median(values), digits),
  min: round(Math.min(...values), digits),
  max: round(Math.max(...values), digits),
  n: values.length,
});

async function timeMany(fn, count) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times;
}

/** Resident set size of a process and its descendants, in bytes (Linux /proc); adds their pids to `seen`. */
function treeRss(pid, seen) {
  let total = 0;
  try {
    total = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    seen.add(pid);
    for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean))
      total += treeRss(Number(child), seen);
  } catch {
    // The process has just exited, or there is no /proc.
  }
  return total;
}

/** Runs a command; resolves with its wall time, output and exit code. With `tree`, samples the RSS of its process tree. */
function run(args, { env = {}, cwd = root, tree } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, CI: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const sampler = tree && setInterval(() => (tree.peak = Math.max(tree.peak, treeRss(child.pid, tree.processes))), 50);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ ms: performance.now() - started, code, stdout, stderr });
    });
  });
}

/** `appeal build` with a JSON summary and (optionally) the peak RSS; returns its counts and wall time. */
async function build(paths, { out, jobs, force = false, rss = false }) {
  const summaryFile = path.join(tmp, `summary-${Math.random().toString(36).slice(2)}.json`);
  const rssFile = `${summaryFile}.rss`;
  const args = [
    ...(rss ? ['--import', pathToFileURL(path.join(benchDir, 'rss.mjs')).href] : []),
    cli,
    'build',
    ...paths,
    '--out',
    out,
    '--jobs',
    String(jobs),
    '-q',
    '--templates',
    templates,
    '--summary',
    summaryFile,
    ...(force ? ['--force'] : []),
  ];
  const tree = rss ? { peak: 0, processes: new Set() } : undefined;
  const result = await run(args, { env: rss ? { APPEAL_BENCH_RSS: rssFile } : {}, tree });
  if (result.code !== 0 && result.code !== 1) throw new Error(`appeal build failed (exit ${result.code}):\n${result.stderr.slice(-2000)}`);
  const s = JSON.parse(readFileSync(summaryFile, 'utf8')).summary;
  const usage = rss && existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')) : undefined;
  // Peak RSS of the build: the largest sum over its process tree (sampled from /proc), else the main process's own peak.
  return {
    ms: result.ms,
    ...s,
    processes: tree?.processes.size || 1,
    peakRss: tree?.peak || usage?.maxRss,
    cpuMs: usage ? usage.cpuUs / 1000 : undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// 1. Samples, generated cases, per-stage times, warm renderers

log(`temp folder ${tmp}; ${N} cases, ${JOBS} jobs, ${REPEATS} repeats; load average ${loadAtStart.join(' ')} (1, 5, 15 min)`);
const stages = await import(pathToFileURL(path.join(root, 'dist', 'bench', 'stages.js')).href);
const { PDFDocument } = await import('@cantoo/pdf-lib');
const pageCount = async (bytes) => (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
// A snapshot of the templates: an edit to templates/ during the run must not turn the no-op rebuild
// (or the watch session) into a real one.
const templates = path.join(tmp, 'templates');
cpSync(path.join(root, 'templates'), templates, { recursive: true });
const env = stages.benchEnv(templates);

// Only samples that build cleanly are copied (the sample set may hold a case still being written).
const samples = [];
const excluded = [];
const sampleOut = path.join(tmp, 'samples-out');
for (const dir of sampleCases(path.join(root, 'cases'))) {
  const name = path.basename(dir);
  const r = await stages.timeCase(path.join(dir, 'case.yaml'), env, sampleOut).catch((error) => ({ error: error.message }));
  if (r.error) {
    excluded.push({
      sample: name,
      reason: r.error
        .split('\n')[0]
        .replace(/ \(looked in .*$/, '')
        .slice(0, 120),
    });
    continue;
  }
  const letterPdf = readFileSync(path.join(sampleOut, r.id, 'letter.pdf'));
  samples.push({ name, dir, id: r.id, pages: await pageCount(letterPdf) });
}
if (!samples.length) {
  console.error('bench: no sample case in cases/ builds cleanly; nothing to measure');
  process.exit(1);
}
log(
  `${samples.length} sample cases${excluded.length ? ` (left out, not building cleanly: ${excluded.map((e) => e.sample).join(', ')})` : ''}`,
);

// The reference letter: a two-page letter (thistle-late-shipment when it is one).
const twoPage = samples.filter((s) => s.pages === 2);
const reference = twoPage.find((s) => s.name === 'thistle-late-shipment') ?? twoPage[0] ?? samples[0];

const casesDir = path.join(tmp, 'cases');
// The generated cases are for the per-stage times and the batch builds only.
const files =
  runs('stages') || runs('batch')
    ? generateCases(
        casesDir,
        N,
        samples.map((s) => s.dir),
      )
    : [];
if (files.length) log(`generated ${files.length} cases in ${casesDir}`);

// Each section's figures; a section left out by --only keeps its undefined.
let stageResults, render, throughput, noopResult, coldStart, watch;
const stageNames = stages.STAGES;

// Per-stage: one copy of every sample (one of each case type), REPEATS times, each repeat on other copies when
// there are enough: a copy seen before finds its decoded images and page counts in the process's content caches,
// which a batch of distinct cases never does (the same files again took ~10% less CPU per case).
const copyOf = (n) => files.find((f) => path.basename(path.dirname(f)).endsWith(`-${String(n).padStart(4, '0')}`));
const stageFilesOf = (r) =>
  samples.map((_, i) => copyOf(i + (files.length >= samples.length * REPEATS ? r * samples.length : 0))).filter(Boolean);
const stageFiles = stageFilesOf(0);
if (runs('stages')) {
  const perRepeat = []; // perRepeat[r][stage] = median per case
  for (let r = 0; r < REPEATS; r++) {
    const values = Object.fromEntries([...stageNames, 'total'].map((s) => [s, []]));
    for (const file of stageFilesOf(r)) {
      const t = await stages.timeCase(file, env, path.join(tmp, 'stage-out'));
      if (!t.ms) continue;
      let total = 0;
      for (const s of stageNames) {
        values[s].push(t.ms[s]);
        total += t.ms[s];
      }
      values.total.push(total);
    }
    perRepeat.push(Object.fromEntries(Object.entries(values).map(([s, v]) => [s, median(v)])));
    log(`per-stage repeat ${r + 1}/${REPEATS}: ${round(perRepeat[r].total, 0)} ms per case (median)`);
  }
  stageResults = Object.fromEntries([...stageNames, 'total'].map((s) => [s, summary(perRepeat.map((p) => p[s]))]));
}

// Warm renderers on the reference letter.
const letter = await stages.letterOf(path.join(reference.dir, 'case.yaml'), env);
if (runs('render')) {
  const ours = await stages.renderPdf(letter.document);
  const ourPages = await pageCount(ours);
  for (let i = 0; i < 5; i++) {
    await stages.renderPdf(letter.document);
    await stages.renderDocx(letter.document);
  }
  const pdfWarm = [];
  const docxWarm = [];
  for (let r = 0; r < REPEATS; r++) {
    pdfWarm.push(median(await timeMany(() => stages.renderPdf(letter.document), 20)));
    docxWarm.push(median(await timeMany(() => stages.renderDocx(letter.document), 20)));
  }
  render = { letter: reference.name, pages: ourPages, pdfWarmMs: summary(pdfWarm), docxWarmMs: summary(docxWarm) };
  log(`warm PDF ${render.pdfWarmMs.median} ms, DOCX ${render.docxWarmMs.median} ms (${reference.name}, ${ourPages} pages)`);
}

// ---------------------------------------------------------------------------------------------
// 2. Chromium: the same letter through Handlebars -> HTML -> headless Chromium print-to-PDF

let chromium;
{
  const { chromiumPath, openChromium } = await import('./chromium.mjs');
  const executable = chromiumPath();
  let playwright = true;
  try {
    await import('playwright-core');
  } catch {
    playwright = false;
  }
  if (opts['no-chromium'] || !runs('chromium')) {
    chromium = { skipped: opts['no-chromium'] ? 'skipped with --no-chromium' : 'not in --only' };
  } else if (!executable) {
    chromium = {
      skipped:
        'Chromium not found at /usr/bin/chromium (or $CHROMIUM_PATH); install it with `apt-get install chromium` to include the comparison',
    };
  } else if (!playwright) {
    chromium = { skipped: 'playwright-core is not installed; run `npm install` (it is a dev dependency)' };
  }
  if (chromium) {
    log(`Chromium comparison skipped: ${chromium.skipped}`);
  } else {
    try {
      const htmlDir = path.join(tmp, 'html');
      mkdirSync(htmlDir, { recursive: true });
      const cold = [];
      let pages;
      for (let r = 0; r < REPEATS; r++) {
        const t = performance.now();
        const session = await openChromium(executable, htmlDir);
        const pdf = await session.render(letter.document);
        cold.push(performance.now() - t);
        await session.close();
        pages ??= await pageCount(pdf);
      }
      const session = await openChromium(executable, htmlDir);
      for (let i = 0; i < 3; i++) await session.render(letter.document);
      const warm = [];
      const newPage = [];
      for (let r = 0; r < REPEATS; r++) {
        warm.push(median(await timeMany(() => session.render(letter.document), 10)));
        newPage.push(median(await timeMany(() => session.render(letter.document, false), 3)));
      }
      await session.close();
      chromium = { executable, pages, coldMs: summary(cold, 0), warmMs: summary(warm), warmNewPageMs: summary(newPage) };
      log(
        `Chromium: cold ${chromium.coldMs.median} ms, warm ${chromium.warmMs.median} ms (new page each ${chromium.warmNewPageMs.median} ms)`,
      );
    } catch (error) {
      chromium = { skipped: `Chromium could not be driven: ${error.message.split('\n')[0]}` };
      log(chromium.skipped);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Batch throughput (spawned CLI), peak RSS, no-op rebuild

if (runs('batch')) {
  const caseDirs = files.map((f) => path.dirname(f));
  log(`build ${SERIAL} cases with 1 worker…`);
  const serial = await build(caseDirs.slice(0, SERIAL), { out: path.join(tmp, 'out-serial'), jobs: 1, force: true, rss: true });
  log(`  ${serial.rendered} rendered, ${serial.failed} failed in ${(serial.ms / 1000).toFixed(1)} s`);
  log(`build ${N} cases with ${JOBS} workers…`);
  const outAll = path.join(tmp, 'out');
  const parallel = await build([casesDir], { out: outAll, jobs: JOBS, force: true, rss: true });
  log(
    `  ${parallel.rendered} rendered, ${parallel.failed} failed in ${(parallel.ms / 1000).toFixed(1)} s, peak RSS ${(parallel.peakRss / 2 ** 20).toFixed(0)} MB`,
  );
  const noop = [];
  let unchanged = 0;
  for (let r = 0; r < REPEATS; r++) {
    const b = await build([casesDir], { out: outAll, jobs: JOBS });
    noop.push(b.ms);
    unchanged = b.unchanged;
  }
  log(`no-op rebuild of ${N} cases: ${round(median(noop), 0)} ms (${unchanged} unchanged)`);
  // The same for a tenth of the cases (at most 20): the start-up is paid once whatever the count, so 1,000
  // cases are projected along the line through the two sizes, not as N times one case's share of the whole.
  const fewCases = Math.max(1, Math.min(20, Math.floor(N / 10)));
  const noopFew = [];
  for (let r = 0; r < REPEATS && N !== 1000; r++) noopFew.push((await build(caseDirs.slice(0, fewCases), { out: outAll, jobs: JOBS })).ms);
  if (noopFew.length) log(`no-op rebuild of ${fewCases} of them: ${round(median(noopFew), 0)} ms`);

  // A letter template edit: every letter changes, the bundles, indexes and attachments come from the output cache.
  {
    const file = path.join(templates, 'en', 'remediate.hbs');
    const text = readFileSync(file, 'utf8');
    if (!text.includes('{{opening}}\n')) throw new Error('templates/en/remediate.hbs has no {{opening}} line to edit');
    writeFileSync(file, text.replace('{{opening}}\n', '{{opening}} We have read the notice in full.\n'));
  }
  log(`rebuild of ${N} cases after a letter template edit…`);
  const templateEdit = await build([casesDir], { out: outAll, jobs: JOBS, rss: true });
  log(`  ${templateEdit.rendered} rendered, ${templateEdit.unchanged} unchanged in ${(templateEdit.ms / 1000).toFixed(1)} s`);
  throughput = {
    serial: {
      cases: SERIAL,
      jobs: 1,
      rendered: serial.rendered,
      failed: serial.failed,
      seconds: round(serial.ms / 1000, 2),
      casesPerSecond: round(serial.rendered / (serial.ms / 1000), 2),
      peakRssMb: round(serial.peakRss / 2 ** 20, 0),
      cpuMsPerCase: round(serial.cpuMs / SERIAL, 0),
    },
    parallel: {
      cases: N,
      jobs: JOBS,
      rendered: parallel.rendered,
      failed: parallel.failed,
      seconds: round(parallel.ms / 1000, 2),
      casesPerSecond: round(parallel.rendered / (parallel.ms / 1000), 2),
      peakRssMb: round(parallel.peakRss / 2 ** 20, 0),
      processes: parallel.processes,
      cpuMsPerCase: round(parallel.cpuMs / N, 0),
    },
    templateEdit: {
      cases: N,
      jobs: JOBS,
      rendered: templateEdit.rendered,
      seconds: round(templateEdit.ms / 1000, 2),
      peakRssMb: round(templateEdit.peakRss / 2 ** 20, 0),
      cpuMsPerCase: round(templateEdit.cpuMs / N, 0),
    },
  };
  noopResult = { cases: N, unchanged, ms: summary(noop, 0), ...(noopFew.length ? { fewCases, fewMs: summary(noopFew, 0) } : {}) };
}

// ---------------------------------------------------------------------------------------------
// 4. Cold start: `appeal build` of one case, a fresh process each time

if (runs('cold')) {
  const coldCase = generateCases(path.join(tmp, 'cold-cases'), 1, [reference.dir])[0];
  const coldTimes = [];
  for (let r = 0; r < COLD_RUNS; r++) {
    const res = await run([
      cli,
      'build',
      path.dirname(coldCase),
      '--out',
      path.join(tmp, 'cold-out'),
      '--templates',
      templates,
      '--force',
      '-q',
    ]);
    if (res.code !== 0) throw new Error(`cold build failed (exit ${res.code}): ${res.stdout}${res.stderr}`);
    coldTimes.push(res.ms);
  }
  // The same, after an edit to a root cause: a new process, its outputs but the letter's in the output cache.
  const coldEdited = [];
  const coldText = readFileSync(coldCase, 'utf8');
  for (let r = 0; r < COLD_RUNS; r++) {
    const edited = coldText.replace(
      /^(root_causes:\n {2}- id: [^\n]*\n {4}title: )(.*)$/m,
      (_, a, title) => `${a}${title} (revision ${r + 1})`,
    );
    if (edited === coldText) throw new Error('the cold case has no root cause title to edit');
    writeFileSync(coldCase, edited);
    const res = await run([cli, 'build', path.dirname(coldCase), '--out', path.join(tmp, 'cold-out'), '--templates', templates, '-q']);
    if (res.code !== 0) throw new Error(`cold build after an edit failed (exit ${res.code}): ${res.stdout}${res.stderr}`);
    coldEdited.push(res.ms);
  }
  coldStart = { case: reference.name, runs: COLD_RUNS, ms: summary(coldTimes, 0), afterEditMs: summary(coldEdited, 0) };
  log(`cold start of one case: ${coldStart.ms.median} ms; after a root-cause edit (output cache warm) ${coldStart.afterEditMs.median} ms`);
}

// ---------------------------------------------------------------------------------------------
// 5. Watch: save the case file, time until its new letter.pdf is in place (real watcher process)

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function watchLatency() {
  const watchCases = path.join(tmp, 'watch', 'cases');
  const watchOut = path.join(tmp, 'watch', 'out');
  const file = generateCases(watchCases, 1, [reference.dir])[0];
  const id = path.basename(path.dirname(file));
  const original = readFileSync(file, 'utf8');
  const rootCause = /^(root_causes:\n {2}- id: [^\n]*\n {4}title: )(.*)$/m;
  if (!rootCause.test(original)) throw new Error('the reference case has no root cause title to edit');
  const child = spawn(process.execPath, [cli, 'build', '--watch', watchCases, '--out', watchOut, '--templates', templates], {
    cwd: root,
    env: { ...process.env, CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  try {
    for (let waited = 0; !output.includes('Watching'); waited += 20) {
      if (waited > 60_000 || child.exitCode !== null) throw new Error(`the watcher did not start:\n${output.slice(-2000)}`);
      await sleep(20);
    }
    const link = path.join(watchOut, id);
    const target = () => {
      try {
        return readlinkSync(link);
      } catch {
        return undefined;
      }
    };
    const latencies = [];
    for (let i = 0; i < SAVES + 2; i++) {
      const before = target();
      // The edit a seller makes again and again: the letter's text (a root cause) changes; the evidence does not.
      const text = original.replace(rootCause, (_, a, title) => `${a}${title} (draft ${i + 1})`);
      const t0 = performance.now();
      writeFileSync(file, text);
      let now = target();
      while (now === before || !existsSync(path.join(watchOut, now ?? '', 'letter.pdf'))) {
        if (performance.now() - t0 > 20_000) throw new Error(`no new PDF 20 s after save ${i + 1}:\n${output.slice(-2000)}`);
        await sleep(2);
        now = target();
      }
      const ms = performance.now() - t0;
      if (i >= 2) latencies.push(ms); // the first two saves warm the watcher up
      await sleep(150);
    }
    return {
      case: reference.name,
      saves: latencies.length,
      p50Ms: round(percentile(latencies, 50)),
      p95Ms: round(percentile(latencies, 95)),
      minMs: round(Math.min(...latencies)),
      maxMs: round(Math.max(...latencies)),
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.once('close', r)));
  }
}
if (runs('watch')) {
  log(`watch: ${SAVES} saves…`);
  watch = await watchLatency();
  log(`watch save-to-PDF p50 ${watch.p50Ms} ms, p95 ${watch.p95Ms} ms`);
}

if (only) {
  // A partial run: its figures only; the full results and the README's table stay those of the last full run.
  const partial = { stagesMsPerCase: stageResults, render, chromium, throughput, noopRebuild: noopResult, coldStart, watch };
  const measured = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined && !v.skipped));
  process.stdout.write(
    `${JSON.stringify({ command: `node bench/run.mjs ${process.argv.slice(2).join(' ')}`, loadAverage1mAtStartAndEnd: [loadAtStart[0], Number(os.loadavg()[0].toFixed(2))], ...measured }, null, 2)}\n`,
  );
  log(`partial run (--only ${only.join(',')}): results.json, results.md and README.md left as they were`);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// 6. Targets, results.json, results.md

const ratio = (a, b) => (a && b ? round(a / b, 1) : null);
if (!chromium.skipped) {
  chromium.warmVsOursPdfWarm = ratio(chromium.warmMs.median, render.pdfWarmMs.median);
  chromium.warmNewPageVsOursPdfWarm = ratio(chromium.warmNewPageMs.median, render.pdfWarmMs.median);
  chromium.coldVsOursPdfWarm = ratio(chromium.coldMs.median, render.pdfWarmMs.median);
  chromium.coldVsOurColdStart = ratio(chromium.coldMs.median, coldStart.ms.median);
}
const per1000 = (rate) => (rate ? round(1000 / rate, 0) : null);
const batch1000 = per1000(throughput.parallel.casesPerSecond);
const noop1000 = round(
  (noopResult.fewMs
    ? noopResult.fewMs.median +
      ((noopResult.ms.median - noopResult.fewMs.median) * (1000 - noopResult.fewCases)) / (N - noopResult.fewCases)
    : noopResult.ms.median) / 1000,
  2,
);
const perCase = stageResults.total.median;
const chromiumCold = chromium.skipped ? undefined : chromium.coldMs.median;
// The targets of issue 16 (the edit loop), one per row of its table.
const targets = [
  {
    key: 'watch',
    target: 'Watch save -> new letter PDF, p95',
    goal: '<= 150 ms',
    value: `p50 ${watch.p50Ms} ms, p95 ${watch.p95Ms} ms`,
    met: watch.p95Ms <= 150,
  },
  {
    key: 'cold',
    target: 'Cold `appeal build`, one case',
    goal: `<= 1.5 s${chromium.skipped ? '' : ' and faster than Chromium cold'}`,
    value: `${coldStart.ms.median} ms${chromium.skipped ? '' : ` (Chromium cold ${chromiumCold} ms)`}`,
    met: coldStart.ms.median <= 1500 && (chromium.skipped || coldStart.ms.median < chromiumCold),
  },
  { key: 'case', target: 'Per case, all stages, warm', goal: '<= 120 ms', value: `${perCase} ms`, met: perCase <= 120 },
  {
    key: 'batch',
    target: `1,000 cases on ${JOBS} workers${N === 1000 ? '' : ` (projected from ${N})`}`,
    goal: '<= 90 s',
    value: `${batch1000} s`,
    met: batch1000 <= 90,
  },
  {
    key: 'rss',
    target: `Peak RSS, ${N} cases on ${JOBS} workers${N === 1000 ? '' : ' (target is for 1,000)'}`,
    goal: '<= 600 MB',
    value: `${throughput.parallel.peakRssMb} MB`,
    met: throughput.parallel.peakRssMb <= 600,
  },
  {
    key: 'docx',
    target: 'Warm DOCX letter',
    goal: '<= 15 ms',
    value: `${render.docxWarmMs.median} ms`,
    met: render.docxWarmMs.median <= 15,
  },
  {
    key: 'noop',
    target: `No-op rebuild, 1,000 cases${noopResult.fewMs ? ` (projected from ${noopResult.fewCases} and ${N})` : ''}`,
    goal: '<= 1 s',
    value: `${noop1000} s`,
    met: noop1000 <= 1,
  },
];

const cpus = os.cpus();
const results = {
  date: new Date().toISOString(),
  command: `node bench/run.mjs${process.argv.slice(2).length ? ` ${process.argv.slice(2).join(' ')}` : ''}`,
  machine: {
    loadAverage1mAtStartAndEnd: [loadAtStart[0], Number(os.loadavg()[0].toFixed(2))],
    cores: os.availableParallelism(),
    cpu: cpus[0]?.model ?? 'unknown',
    memoryGb: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${process.platform} ${os.release()}`,
  },
  options: { cases: N, jobs: JOBS, repeats: REPEATS, serialCases: SERIAL, saves: SAVES, coldRuns: COLD_RUNS },
  samples: { used: samples.map((s) => s.name), excluded },
  stagesMsPerCase: { cases: stageFiles.length, repeats: REPEATS, ...stageResults },
  render,
  chromium,
  throughput,
  noopRebuild: noopResult,
  watch,
  coldStart,
  targets,
  benchSeconds: round((performance.now() - benchStarted) / 1000, 0),
};
writeFileSync(path.join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const ok = (key) => (targets.find((t) => t.key === key)?.met ? '✓' : '✗');
const range = (s, unit = 'ms') => `${s.median} ${unit} (${s.min}–${s.max})`;
const loadEnd = results.machine.loadAverage1mAtStartAndEnd[1];
const table = [];
table.push(
  `\`${results.command}\` on ${results.machine.cores} cores (${results.machine.cpu}), Node ${results.machine.node}, ${results.date.slice(0, 10)}; load average ${loadAtStart[0]} at the start and ${loadEnd} at the end (other work on the machine slows every figure). ${N} generated cases from ${samples.length} samples; medians with min–max over ${REPEATS} repeats unless noted.`,
  '',
);
table.push('| Measure | Result | Target |', '|---|---|---|');
table.push(
  `| Watch save → new letter PDF (${watch.saves} saves, ${watch.case}) | p50 ${watch.p50Ms} ms, p95 ${watch.p95Ms} ms (${watch.minMs}–${watch.maxMs}) | p95 ≤ 150 ms ${ok('watch')} |`,
);
table.push(
  `| Cold \`appeal build\`, one case (${COLD_RUNS} runs, fresh process, nothing cached) | ${range(coldStart.ms)} | ≤ 1.5 s and faster than Chromium cold ${ok('cold')} |`,
);
if (chromium.skipped) table.push(`| Chromium cold (launch + render the letter) | skipped: ${chromium.skipped} | |`);
else
  table.push(
    `| Chromium cold (launch + render the same letter from HTML) | ${range(chromium.coldMs)}; our cold build is ${ratio(coldStart.ms.median, chromium.coldMs.median)}× it | |`,
  );
table.push(`| Cold \`appeal build\` after a root-cause edit (fresh process, output cache warm) | ${range(coldStart.afterEditMs)} | |`);
table.push(`| Per case, all stages, warm (in process, nothing cached) | ${range(stageResults.total)} | ≤ 120 ms ${ok('case')} |`);
table.push(`| — ${stageNames.map((s) => `${s} ${stageResults[s].median}`).join(', ')} (ms) | | |`);
table.push(
  `| Build, 1 worker (${SERIAL} cases, one run) | ${throughput.serial.casesPerSecond} cases/s (${throughput.serial.seconds} s), CPU ${throughput.serial.cpuMsPerCase} ms per case, peak RSS ${throughput.serial.peakRssMb} MB | |`,
);
table.push(
  `| Build, ${JOBS} workers (${N} cases, one run) | ${throughput.parallel.casesPerSecond} cases/s (${throughput.parallel.seconds} s; 1,000 cases ≈ ${batch1000} s), CPU ${throughput.parallel.cpuMsPerCase} ms per case | 1,000 in ≤ 90 s ${ok('batch')} |`,
);
table.push(
  `| Peak RSS, ${N} cases on ${JOBS} workers (the largest sum over the build's ${throughput.parallel.processes} processes, sampled every 50 ms) | ${throughput.parallel.peakRssMb} MB | ≤ 600 MB (1,000 cases) ${ok('rss')} |`,
);
table.push(
  `| Rebuild of ${N} cases after a letter template edit (${JOBS} workers, one run) | ${throughput.templateEdit.seconds} s (${throughput.templateEdit.rendered} rendered), CPU ${throughput.templateEdit.cpuMsPerCase} ms per case | |`,
);
table.push(`| Warm DOCX, ${reference.name} letter | ${range(render.docxWarmMs)} | ≤ 15 ms ${ok('docx')} |`);
table.push(`| Warm PDF, same letter (${render.pages} pages) | ${range(render.pdfWarmMs)} | |`);
if (!chromium.skipped)
  table.push(`| Chromium warm, reused page / new page each | ${range(chromium.warmMs)} / ${range(chromium.warmNewPageMs)} | |`);
table.push(
  `| No-op rebuild, ${N} cases | ${range(noopResult.ms)}${noopResult.fewMs ? ` (${noopResult.fewCases} cases: ${noopResult.fewMs.median} ms; 1,000 cases ≈ ${noop1000} s)` : ''} | 1,000 in ≤ 1 s ${ok('noop')} |`,
);
if (excluded.length)
  table.push('', `Samples left out (not building cleanly): ${excluded.map((e) => `${e.sample} (${e.reason})`).join('; ')}.`);
const md = ['# Benchmark results', '', ...table];
writeFileSync(path.join(benchDir, 'results.md'), `${md.join('\n')}\n`);

// The README's performance table, between its markers.
const readmeFile = path.join(root, 'README.md');
const readme = readFileSync(readmeFile, 'utf8');
const START = '<!-- bench:start (npm run bench writes this table) -->';
const END = '<!-- bench:end -->';
if (readme.includes(START) && readme.includes(END)) {
  writeFileSync(
    readmeFile,
    `${readme.slice(0, readme.indexOf(START) + START.length)}\n${table.join('\n')}\n${readme.slice(readme.indexOf(END))}`,
  );
  log('README.md: performance table updated');
} else {
  log('README.md has no bench markers; its table was left as it is');
}
process.stdout.write(`${md.join('\n')}\n`);
log(`wrote bench/results.json and bench/results.md in ${results.benchSeconds} s`);
