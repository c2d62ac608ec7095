// Generates N realistic cases for the benchmark from the sample cases in cases/: each copy gets its own
// id, notice reference, store name and evidence bytes (PDFs get a trailing comment, PNGs a tEXt chunk),
// so no two cases hash or render alike. Usage: node bench/generate.mjs <dir> [count]
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The sample cases (folder form) used as templates, sorted. */
export function sampleCases(casesDir = path.join(root, 'cases')) {
  return readdirSync(casesDir)
    .filter((name) => existsSync(path.join(casesDir, name, 'case.yaml')))
    .sort()
    .map((name) => path.join(casesDir, name));
}

function pngWithText(bytes, text) {
  // Insert a tEXt chunk before IEND (the last 12 bytes of a PNG).
  const body = Buffer.concat([Buffer.from('tEXt'), Buffer.from(`Comment\0${text}`, 'latin1')]);
  const chunk = Buffer.alloc(12 + body.length - 4);
  chunk.writeUInt32BE(body.length - 4, 0);
  body.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(body), 4 + body.length);
  return Buffer.concat([bytes.subarray(0, bytes.length - 12), chunk, bytes.subarray(bytes.length - 12)]);
}

function varyEvidence(bytes, file, n) {
  if (/\.pdf$/i.test(file)) return Buffer.concat([bytes, Buffer.from(`% bench copy ${n}\n`)]);
  if (/\.png$/i.test(file)) return pngWithText(bytes, `bench copy ${n}`);
  return bytes;
}

function copyTree(from, to, n) {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const src = path.join(from, name);
    const dst = path.join(to, name);
    if (statSync(src).isDirectory()) copyTree(src, dst, n);
    else if (name === 'case.yaml') continue;
    else if (path.basename(from) === 'evidence') writeFileSync(dst, varyEvidence(readFileSync(src), name, n));
    else copyFileSync(src, dst);
  }
}

function varyCase(text, id, n) {
  const tag = String(n).padStart(4, '0');
  return text
    .replace(/^id: .*$/m, `id: ${id}`)
    .replace(
      /^(\s+reference: ".*?)(\d+)(")/m,
      (_, a, digits, b) => `${a}${String((Number(digits.slice(-6)) + n * 7919) % 1e6).padStart(Math.min(6, digits.length), '0')}${b}`,
    )
    .replace(/^(\s+store_name: )(.*)$/m, (_, a, name) => `${a}${name.replace(/^["']|["']$/g, '')} ${tag}`);
}

/** Writes `count` cases into `dir` (dir/<id>/case.yaml + evidence/); returns their case files, sorted. */
export function generateCases(dir, count, samples = sampleCases()) {
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (let n = 0; n < count; n++) {
    const sample = samples[n % samples.length];
    const id = `${path.basename(sample)}-${String(n).padStart(4, '0')}`;
    const target = path.join(dir, id);
    copyTree(sample, target, n);
    writeFileSync(path.join(target, 'case.yaml'), varyCase(readFileSync(path.join(sample, 'case.yaml'), 'utf8'), id, n));
    files.push(path.join(target, 'case.yaml'));
  }
  return files.sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, count = '200'] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node bench/generate.mjs <dir> [count]');
    process.exit(2);
  }
  console.log(`${generateCases(dir, Number(count)).length} cases written to ${dir}`);
}
