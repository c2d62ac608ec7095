// Micro-benchmarks of single hot paths, CPU time (process.cpuUsage) and wall time, median of warm runs:
//   node bench/micro.mjs docx [case]    one letter's DocumentModel rendered to DOCX again and again
//   node bench/micro.mjs case [case]    one case through every stage and written (bench/stages.ts timeCase), again and again
//   node bench/micro.mjs png [case]     the RGBA PNG exhibits of a case decoded to RGB + alpha and deflated, as the bundle does
//                                       (PNG=pdf-lib: by pdf-lib's decoder, as before the native decode)
//   node bench/micro.mjs write [case]   one built output set (from `appeal build cases --out <dir>`) written again and again
// Run `node scripts/compile.mjs` first (uses dist/bench/stages.js). Prints the load average beside the figures.
import { readdirSync, readFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stages = await import(pathToFileURL(path.join(root, 'dist', 'bench', 'stages.js')).href);
const [what = 'docx', name = 'thistle-late-shipment', builtDir] = process.argv.slice(2);
const RUNS = Number(process.env.RUNS ?? 20);
const WARMUP = Number(process.env.WARMUP ?? 5);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function measure(run) {
  for (let i = 0; i < WARMUP; i++) await run(i);
  const cpu = [];
  const wall = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await run(i + WARMUP);
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { cpuMs: median(cpu).toFixed(2), wallMs: median(wall).toFixed(2), runs: RUNS };
}

let result;
if (what === 'docx') {
  const env = stages.benchEnv(path.join(root, 'templates'));
  const letter = await stages.letterOf(path.join(root, 'cases', name, 'case.yaml'), env);
  result = await measure(() => stages.renderDocx(letter.document));
} else if (what === 'case') {
  const env = stages.benchEnv(path.join(root, 'templates'));
  const out = mkdtempSync(path.join(os.tmpdir(), 'micro-case-'));
  const laps = [];
  result = await measure(async () => laps.push((await stages.timeCase(path.join(root, 'cases', name, 'case.yaml'), env, out)).ms));
  result.stagesMs = Object.fromEntries(Object.keys(laps[0]).map((s) => [s, median(laps.map((l) => l[s])).toFixed(1)]));
  rmSync(out, { recursive: true, force: true });
} else if (what === 'png') {
  const { PngEmbedder } = await import('@cantoo/pdf-lib');
  const { zlibSync } = await import('fflate');
  const evidence = path.join(root, 'cases', name, 'evidence');
  const pngs = readdirSync(evidence)
    .filter((f) => f.endsWith('.png'))
    .map((f) => new Uint8Array(readFileSync(path.join(evidence, f))))
    .filter((bytes) => stages.readPng(bytes)?.colorType === 6);
  const viaPdfLib = process.env.PNG === 'pdf-lib';
  result = await measure(async () => {
    for (const bytes of pngs) {
      const image = viaPdfLib ? (await PngEmbedder.for(bytes)).image : stages.rgbaPixels(bytes, stages.readPng(bytes));
      zlibSync(image.rgbChannel);
      if (image.alphaChannel) zlibSync(image.alphaChannel);
    }
  });
  result.images = pngs.length;
  result.decoder = viaPdfLib ? 'pdf-lib' : 'native';
} else if (what === 'write') {
  // The files of a built set; two variants (a byte differs in manifest.json) so every write is a real one.
  const dir = path.join(builtDir ?? '/tmp/speed2-a', name);
  const files = [];
  const walk = (d, rel) => {
    for (const e of readdirSync(d)) {
      const full = path.join(d, e);
      if (statSync(full).isDirectory()) walk(full, path.join(rel, e));
      else files.push({ path: path.join(rel, e), bytes: new Uint8Array(readFileSync(full)) });
    }
  };
  walk(dir, '');
  const variant = (i) => files.map((f) => (f.path === 'manifest.json' ? { ...f, bytes: new TextEncoder().encode(`${i}`) } : f));
  const out = mkdtempSync(path.join(os.tmpdir(), 'micro-write-'));
  result = await measure((i) => stages.writeCaseOutputs(out, name, variant(i)));
  result.files = files.length;
  rmSync(out, { recursive: true, force: true });
}
console.log(JSON.stringify({ what, case: name, ...result, load: os.loadavg().map((l) => l.toFixed(2)) }));
