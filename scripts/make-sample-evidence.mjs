#!/usr/bin/env node
// Generates the evidence files of the sample cases in cases/*/evidence/.
//
//   node scripts/make-sample-evidence.mjs
//
// Deterministic: the same bytes on every run (fixed PDF dates and metadata, no clock, no randomness
// except a seeded generator). PDFs are drawn with @cantoo/pdf-lib and the standard Helvetica fonts
// (WinAnsi text only); PNGs are drawn on a small palette canvas with a built-in 5x9 bitmap font and
// encoded by hand (signature, IHDR, PLTE, IDAT, IEND) with node:zlib's deflate and CRC-32.
//
// Every company, person, address, phone number, order id, ASIN and patent here is fictional.

import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { PDFDocument, StandardFonts, rgb, PageSizes } from '@cantoo/pdf-lib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const written = [];

function save(caseId, name, bytes) {
  const dir = path.join(ROOT, 'cases', caseId, 'evidence');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  written.push({ file: path.relative(ROOT, file), bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
}

// A small seeded generator (mulberry32) for filler rows.
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ───────────────────────────── PNG: encoder, canvas, font ─────────────────────────────

function pngChunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes an 8-bit palette image. `palette` is a list of [r, g, b]. */
function encodePng(width, height, pixels, palette) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 3; // colour type: indexed
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach(([r, g, b], i) => plte.set([r, g, b], i * 3));
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0; // filter: none
    raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('PLTE', plte),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// 5x9 bitmap font: rows 0-6 cap height, rows 7-8 descenders. '#' = ink.
const GLYPHS = {
  ' ': [],
  A: ['.###.', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  B: ['####.', '#...#', '#...#', '####.', '#...#', '#...#', '####.'],
  C: ['.###.', '#...#', '#....', '#....', '#....', '#...#', '.###.'],
  D: ['####.', '#...#', '#...#', '#...#', '#...#', '#...#', '####.'],
  E: ['#####', '#....', '#....', '####.', '#....', '#....', '#####'],
  F: ['#####', '#....', '#....', '####.', '#....', '#....', '#....'],
  G: ['.###.', '#...#', '#....', '#.###', '#...#', '#...#', '.####'],
  H: ['#...#', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  I: ['.###.', '..#..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  J: ['..###', '...#.', '...#.', '...#.', '...#.', '#..#.', '.##..'],
  K: ['#...#', '#..#.', '#.#..', '##...', '#.#..', '#..#.', '#...#'],
  L: ['#....', '#....', '#....', '#....', '#....', '#....', '#####'],
  M: ['#...#', '##.##', '#.#.#', '#.#.#', '#...#', '#...#', '#...#'],
  N: ['#...#', '#...#', '##..#', '#.#.#', '#..##', '#...#', '#...#'],
  O: ['.###.', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  P: ['####.', '#...#', '#...#', '####.', '#....', '#....', '#....'],
  Q: ['.###.', '#...#', '#...#', '#...#', '#.#.#', '#..#.', '.##.#'],
  R: ['####.', '#...#', '#...#', '####.', '#.#..', '#..#.', '#...#'],
  S: ['.####', '#....', '#....', '.###.', '....#', '....#', '####.'],
  T: ['#####', '..#..', '..#..', '..#..', '..#..', '..#..', '..#..'],
  U: ['#...#', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  V: ['#...#', '#...#', '#...#', '#...#', '#...#', '.#.#.', '..#..'],
  W: ['#...#', '#...#', '#...#', '#.#.#', '#.#.#', '#.#.#', '.#.#.'],
  X: ['#...#', '#...#', '.#.#.', '..#..', '.#.#.', '#...#', '#...#'],
  Y: ['#...#', '#...#', '.#.#.', '..#..', '..#..', '..#..', '..#..'],
  Z: ['#####', '....#', '...#.', '..#..', '.#...', '#....', '#####'],
  a: ['.....', '.....', '.###.', '....#', '.####', '#...#', '.####'],
  b: ['#....', '#....', '####.', '#...#', '#...#', '#...#', '####.'],
  c: ['.....', '.....', '.###.', '#....', '#....', '#...#', '.###.'],
  d: ['....#', '....#', '.####', '#...#', '#...#', '#...#', '.####'],
  e: ['.....', '.....', '.###.', '#...#', '#####', '#....', '.###.'],
  f: ['..##.', '.#..#', '.#...', '###..', '.#...', '.#...', '.#...'],
  g: ['.....', '.....', '.####', '#...#', '#...#', '#...#', '.####', '....#', '.###.'],
  h: ['#....', '#....', '#.##.', '##..#', '#...#', '#...#', '#...#'],
  i: ['..#..', '.....', '.##..', '..#..', '..#..', '..#..', '.###.'],
  j: ['...#.', '.....', '..##.', '...#.', '...#.', '...#.', '...#.', '#..#.', '.##..'],
  k: ['#....', '#....', '#..#.', '#.#..', '##...', '#.#..', '#..#.'],
  l: ['.##..', '..#..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  m: ['.....', '.....', '##.#.', '#.#.#', '#.#.#', '#.#.#', '#.#.#'],
  n: ['.....', '.....', '#.##.', '##..#', '#...#', '#...#', '#...#'],
  o: ['.....', '.....', '.###.', '#...#', '#...#', '#...#', '.###.'],
  p: ['.....', '.....', '####.', '#...#', '#...#', '#...#', '####.', '#....', '#....'],
  q: ['.....', '.....', '.####', '#...#', '#...#', '#...#', '.####', '....#', '....#'],
  r: ['.....', '.....', '#.##.', '##..#', '#....', '#....', '#....'],
  s: ['.....', '.....', '.####', '#....', '.###.', '....#', '####.'],
  t: ['.#...', '.#...', '###..', '.#...', '.#...', '.#..#', '..##.'],
  u: ['.....', '.....', '#...#', '#...#', '#...#', '#..##', '.##.#'],
  v: ['.....', '.....', '#...#', '#...#', '#...#', '.#.#.', '..#..'],
  w: ['.....', '.....', '#...#', '#...#', '#.#.#', '#.#.#', '.#.#.'],
  x: ['.....', '.....', '#...#', '.#.#.', '..#..', '.#.#.', '#...#'],
  y: ['.....', '.....', '#...#', '#...#', '#...#', '#...#', '.####', '....#', '.###.'],
  z: ['.....', '.....', '#####', '...#.', '..#..', '.#...', '#####'],
  0: ['.###.', '#...#', '#..##', '#.#.#', '##..#', '#...#', '.###.'],
  1: ['..#..', '.##..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  2: ['.###.', '#...#', '....#', '...#.', '..#..', '.#...', '#####'],
  3: ['#####', '...#.', '..#..', '...#.', '....#', '#...#', '.###.'],
  4: ['...#.', '..##.', '.#.#.', '#..#.', '#####', '...#.', '...#.'],
  5: ['#####', '#....', '####.', '....#', '....#', '#...#', '.###.'],
  6: ['..##.', '.#...', '#....', '####.', '#...#', '#...#', '.###.'],
  7: ['#####', '....#', '...#.', '..#..', '.#...', '.#...', '.#...'],
  8: ['.###.', '#...#', '#...#', '.###.', '#...#', '#...#', '.###.'],
  9: ['.###.', '#...#', '#...#', '.####', '....#', '...#.', '.##..'],
  '.': ['.....', '.....', '.....', '.....', '.....', '.##..', '.##..'],
  ',': ['.....', '.....', '.....', '.....', '.....', '.##..', '.##..', '..#..', '.#...'],
  ':': ['.....', '.##..', '.##..', '.....', '.##..', '.##..', '.....'],
  ';': ['.....', '.##..', '.##..', '.....', '.##..', '.##..', '..#..', '.#...'],
  '-': ['.....', '.....', '.....', '#####', '.....', '.....', '.....'],
  _: ['.....', '.....', '.....', '.....', '.....', '.....', '.....', '#####'],
  '/': ['....#', '....#', '...#.', '..#..', '.#...', '#....', '#....'],
  '\\': ['#....', '#....', '.#...', '..#..', '...#.', '....#', '....#'],
  '(': ['...#.', '..#..', '.#...', '.#...', '.#...', '..#..', '...#.'],
  ')': ['.#...', '..#..', '...#.', '...#.', '...#.', '..#..', '.#...'],
  '[': ['.###.', '.#...', '.#...', '.#...', '.#...', '.#...', '.###.'],
  ']': ['.###.', '...#.', '...#.', '...#.', '...#.', '...#.', '.###.'],
  '%': ['##...', '##..#', '...#.', '..#..', '.#...', '#..##', '...##'],
  '&': ['.##..', '#..#.', '#.#..', '.#...', '#.#.#', '#..#.', '.##.#'],
  '+': ['.....', '..#..', '..#..', '#####', '..#..', '..#..', '.....'],
  '=': ['.....', '.....', '#####', '.....', '#####', '.....', '.....'],
  '#': ['.#.#.', '.#.#.', '#####', '.#.#.', '#####', '.#.#.', '.#.#.'],
  '@': ['.###.', '#...#', '#.###', '#.#.#', '#.###', '#....', '.###.'],
  '!': ['..#..', '..#..', '..#..', '..#..', '..#..', '.....', '..#..'],
  '?': ['.###.', '#...#', '....#', '...#.', '..#..', '.....', '..#..'],
  "'": ['..#..', '..#..', '.#...'],
  '"': ['.#.#.', '.#.#.', '.#.#.'],
  '*': ['.....', '..#..', '#.#.#', '.###.', '#.#.#', '..#..', '.....'],
  '<': ['...#.', '..#..', '.#...', '#....', '.#...', '..#..', '...#.'],
  '>': ['.#...', '..#..', '...#.', '....#', '...#.', '..#..', '.#...'],
  $: ['..#..', '.####', '#.#..', '.###.', '..#.#', '####.', '..#..'],
  '|': ['..#..', '..#..', '..#..', '..#..', '..#..', '..#..', '..#..', '..#..'],
  '°': ['.##..', '#..#.', '.##..'],
};

class Canvas {
  constructor(width, height, palette, background = 0) {
    this.width = width;
    this.height = height;
    this.palette = palette;
    this.pixels = new Uint8Array(width * height).fill(background);
  }
  set(x, y, c) {
    x = Math.round(x);
    y = Math.round(y);
    if (x >= 0 && y >= 0 && x < this.width && y < this.height) this.pixels[y * this.width + x] = c;
  }
  rect(x, y, w, h, c) {
    const x0 = Math.max(0, Math.round(x));
    const x1 = Math.min(this.width, Math.round(x + w));
    if (x1 <= x0) return;
    for (let j = Math.max(0, Math.round(y)); j < Math.min(this.height, Math.round(y + h)); j++)
      this.pixels.fill(c, j * this.width + x0, j * this.width + x1);
  }
  box(x, y, w, h, c, t = 1) {
    this.rect(x, y, w, t, c);
    this.rect(x, y + h - t, w, t, c);
    this.rect(x, y, t, h, c);
    this.rect(x + w - t, y, t, h, c);
  }
  line(x0, y0, x1, y1, c, t = 1, dash = 0) {
    const n = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0), 1);
    const h = Math.floor(t / 2);
    for (let i = 0; i <= n; i++) {
      if (dash && Math.floor(i / dash) % 2 === 1) continue;
      const x = Math.round(x0 + ((x1 - x0) * i) / n);
      const y = Math.round(y0 + ((y1 - y0) * i) / n);
      this.rect(x - h, y - h, t, t, c);
    }
  }
  polygon(points, c) {
    const ys = points.map((p) => p[1]);
    const minY = Math.max(0, Math.floor(Math.min(...ys)));
    const maxY = Math.min(this.height - 1, Math.ceil(Math.max(...ys)));
    for (let y = minY; y <= maxY; y++) {
      const yc = y + 0.5;
      const xs = [];
      for (let i = 0; i < points.length; i++) {
        const [ax, ay] = points[i];
        const [bx, by] = points[(i + 1) % points.length];
        if ((ay <= yc && by > yc) || (by <= yc && ay > yc)) xs.push(ax + ((yc - ay) * (bx - ax)) / (by - ay));
      }
      xs.sort((a, b) => a - b);
      for (let k = 0; k + 1 < xs.length; k += 2) this.rect(Math.round(xs[k]), y, Math.round(xs[k + 1]) - Math.round(xs[k]), 1, c);
    }
  }
  outline(points, c, t = 1, closed = true) {
    for (let i = 0; i < points.length - (closed ? 0 : 1); i++) {
      const [ax, ay] = points[i];
      const [bx, by] = points[(i + 1) % points.length];
      this.line(ax, ay, bx, by, c, t);
    }
  }
  fillEllipse(cx, cy, rx, ry, c) {
    this.polygon(arc(cx, cy, rx, ry, 0, 360, 96), c);
  }
  strokeEllipse(cx, cy, rx, ry, c, t = 1) {
    this.outline(arc(cx, cy, rx, ry, 0, 360, 96), c, t);
  }
  text(x, y, str, c, scale = 2) {
    let cx = x;
    for (const ch of str) {
      const g = GLYPHS[ch] ?? ['#####', '#...#', '#...#', '#...#', '#...#', '#...#', '#####'];
      g.forEach((row, j) => {
        for (let i = 0; i < row.length; i++) if (row[i] === '#') this.rect(cx + i * scale, y + j * scale, scale, scale, c);
      });
      cx += 6 * scale;
    }
    return cx - x;
  }
  /** Word-wrapped text; returns the y below the last line. */
  para(x, y, width, str, c, scale = 2, leading = 12) {
    const perLine = Math.floor(width / (6 * scale));
    for (const line of wrapChars(str, perLine)) {
      this.text(x, y, line, c, scale);
      y += leading * scale;
    }
    return y;
  }
  blit(src, dx, dy) {
    for (let y = 0; y < src.height; y++)
      for (let x = 0; x < src.width; x++) this.set(dx + x, dy + y, src.pixels[y * src.width + x]);
  }
  png() {
    return encodePng(this.width, this.height, this.pixels, this.palette);
  }
}

function arc(cx, cy, rx, ry, from, to, steps) {
  const pts = [];
  for (let i = 0; i <= steps; i++) {
    const a = ((from + ((to - from) * i) / steps) * Math.PI) / 180;
    pts.push([cx + rx * Math.cos(a), cy + ry * Math.sin(a)]);
  }
  return pts;
}

function wrapChars(str, perLine) {
  const lines = [];
  for (const paragraph of str.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && (line + ' ' + word).length > perLine) {
        lines.push(line);
        line = word;
      } else line = line ? line + ' ' + word : word;
    }
    lines.push(line);
  }
  return lines;
}

const textWidth = (str, scale = 2) => str.length * 6 * scale;

// Palette shared by the drawings: index -> colour.
const PAL = [
  [255, 255, 255], // 0 white
  [20, 20, 24], // 1 ink
  [90, 94, 102], // 2 dark grey
  [160, 164, 170], // 3 mid grey
  [226, 228, 232], // 4 light grey
  [35, 84, 160], // 5 blue
  [214, 228, 247], // 6 light blue
  [190, 40, 40], // 7 red
  [62, 110, 72], // 8 moss green
  [214, 236, 216], // 9 light green
  [250, 232, 120], // 10 highlight yellow
  [222, 205, 170], // 11 sand
  [160, 118, 72], // 12 kraft brown
  [196, 160, 110], // 13 light kraft
  [244, 240, 232], // 14 cream
  [70, 74, 80], // 15 slate
  [36, 38, 44], // 16 studio dark
  [58, 60, 68], // 17 studio mid
  [255, 214, 150], // 18 warm light
  [240, 190, 110], // 19 warm glow
  [181, 142, 70], // 20 brass
];
const C = {
  white: 0, ink: 1, dark: 2, mid: 3, light: 4, blue: 5, lightBlue: 6, red: 7, green: 8, lightGreen: 9,
  yellow: 10, sand: 11, kraft: 12, lightKraft: 13, cream: 14, slate: 15, studio: 16, studioMid: 17,
  warm: 18, glow: 19, brass: 20,
};

// ───────────────────────────── PDF helpers ─────────────────────────────

async function newPdf({ title, author, subject, date }) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const when = new Date(`${date}T09:00:00Z`);
  doc.setTitle(title);
  doc.setAuthor(author);
  doc.setSubject(subject);
  doc.setCreator('appeal-kit sample evidence');
  doc.setProducer('appeal-kit make-sample-evidence.mjs (@cantoo/pdf-lib)');
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    oblique: await doc.embedFont(StandardFonts.HelveticaOblique),
  };
  return { doc, fonts };
}

const INK = rgb(0.08, 0.08, 0.1);
const GREY = rgb(0.4, 0.42, 0.45);
const RULE = rgb(0.75, 0.77, 0.8);
const SHADE = rgb(0.93, 0.94, 0.95);
const MARK = rgb(1, 0.93, 0.45);

function wrapText(text, font, size, maxWidth) {
  const lines = [];
  for (const paragraph of String(text).split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const trial = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(trial, size) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = trial;
    }
    lines.push(line);
  }
  return lines;
}

/** A page with a cursor: text flows downward from the top margin. */
class Sheet {
  constructor(doc, fonts, size = PageSizes.A4, margin = 56) {
    this.page = doc.addPage(size);
    this.fonts = fonts;
    this.margin = margin;
    this.width = this.page.getWidth();
    this.height = this.page.getHeight();
    this.y = this.height - margin;
  }
  get inner() {
    return this.width - 2 * this.margin;
  }
  text(str, { x = this.margin, size = 10, font = 'regular', color = INK, width = this.inner, leading = 1.35, gap = 0 } = {}) {
    const f = this.fonts[font];
    for (const line of wrapText(str, f, size, width)) {
      this.y -= size;
      this.page.drawText(line, { x, y: this.y, size, font: f, color });
      this.y -= size * (leading - 1);
    }
    this.y -= gap;
    return this;
  }
  textAt(str, x, y, { size = 10, font = 'regular', color = INK, align = 'left' } = {}) {
    const f = this.fonts[font];
    const w = f.widthOfTextAtSize(str, size);
    const dx = align === 'right' ? -w : align === 'center' ? -w / 2 : 0;
    this.page.drawText(str, { x: x + dx, y, size, font: f, color });
  }
  rule(gap = 8, color = RULE) {
    this.y -= gap / 2;
    this.page.drawLine({ start: { x: this.margin, y: this.y }, end: { x: this.width - this.margin, y: this.y }, thickness: 0.7, color });
    this.y -= gap / 2;
    return this;
  }
  space(h) {
    this.y -= h;
    return this;
  }
  heading(str, size = 12) {
    this.space(4);
    return this.text(str, { size, font: 'bold', gap: 4 });
  }
  bullets(items, { size = 10, indent = 14, gap = 3, marker = '-' } = {}) {
    items.forEach((item, i) => {
      const m = marker === '1' ? `${i + 1}.` : marker;
      this.textAt(m, this.margin + 2, this.y - size, { size });
      this.text(item, { x: this.margin + indent, size, width: this.inner - indent, gap });
    });
    return this;
  }
  /** Key-value block in two columns. */
  fields(pairs, { size = 9.5, keyWidth = 120 } = {}) {
    for (const [k, v] of pairs) {
      const top = this.y;
      this.textAt(k, this.margin, top - size, { size, font: 'bold', color: GREY });
      this.text(v, { x: this.margin + keyWidth, size, width: this.inner - keyWidth });
      this.y = Math.min(this.y, top - size * 1.35);
    }
    return this;
  }
  /**
   * A table. cols: [{ header, width, align }], rows: arrays of strings. Options: redact (column indexes
   * drawn as black bars), highlight (cells [row, col] with a yellow mark).
   */
  table(cols, rows, { size = 8.5, pad = 4, redact = [], highlight = [], headerFill = SHADE } = {}) {
    const f = this.fonts.regular;
    const fb = this.fonts.bold;
    const x0 = this.margin;
    const drawRow = (cells, font, fill) => {
      const wrapped = cells.map((cell, i) => wrapText(cell, font, size, cols[i].width - 2 * pad));
      const h = Math.max(...wrapped.map((l) => l.length)) * size * 1.25 + 2 * pad;
      if (fill) this.page.drawRectangle({ x: x0, y: this.y - h, width: cols.reduce((s, c) => s + c.width, 0), height: h, color: fill });
      let x = x0;
      wrapped.forEach((lines, i) => {
        const col = cols[i];
        lines.forEach((line, j) => {
          const w = font.widthOfTextAtSize(line, size);
          const tx = col.align === 'right' ? x + col.width - pad - w : x + pad;
          this.page.drawText(line, { x: tx, y: this.y - pad - size * (j + 1) * 1.25 + size * 0.25, size, font, color: INK });
        });
        x += col.width;
      });
      this.page.drawLine({ start: { x: x0, y: this.y - h }, end: { x: x, y: this.y - h }, thickness: 0.5, color: RULE });
      return h;
    };
    this.y -= drawRow(cols.map((c) => c.header), fb, headerFill);
    rows.forEach((row, r) => {
      const top = this.y;
      // Marks go under the text, so draw them first with the row's height measured beforehand.
      const probe = row.map((cell, i) => wrapText(cell, f, size, cols[i].width - 2 * pad).length);
      const h = Math.max(...probe) * size * 1.25 + 2 * pad;
      let x = x0;
      cols.forEach((col, i) => {
        if (highlight.some(([hr, hc]) => hr === r && hc === i))
          this.page.drawRectangle({ x: x + 1, y: top - h + 1, width: col.width - 2, height: h - 2, color: MARK });
        x += col.width;
      });
      const cells = row.map((cell, i) => (redact.includes(i) ? '' : cell));
      this.y -= drawRow(cells, f, null);
      x = x0;
      cols.forEach((col, i) => {
        if (redact.includes(i) && row[i])
          this.page.drawRectangle({ x: x + pad, y: top - h + pad, width: col.width - 2 * pad, height: h - 2 * pad, color: INK });
        x += col.width;
      });
    });
    this.y -= 6;
    return this;
  }
  footer(str) {
    this.page.drawLine({ start: { x: this.margin, y: 40 }, end: { x: this.width - this.margin, y: 40 }, thickness: 0.5, color: RULE });
    this.textAt(str, this.margin, 28, { size: 7.5, color: GREY });
  }
}

const pdfBytes = async (doc) => Buffer.from(await doc.save({ useObjectStreams: false }));

// ───────────────────────────── Case 1: sunrise-odr (US, order defect rate) ─────────────────────────────

const SUNRISE = {
  name: 'Shenzhen Sunrise Home Goods Co., Ltd.',
  store: 'SunriseHome',
  address: 'Room 1201, Building 3, 15 Keyuan Road, Nanshan District, Shenzhen, Guangdong 518057, China',
};

function sunriseDefects() {
  const rnd = seeded(20261030);
  const id = () => {
    const d = (n) => String(Math.floor(rnd() * 10 ** n)).padStart(n, '0');
    return `${111 + Math.floor(rnd() * 4)}-${d(7)}-${d(7)}`;
  };
  const day = (from, to) => {
    const a = Date.parse(`${from}T00:00:00Z`);
    const b = Date.parse(`${to}T00:00:00Z`);
    return new Date(a + Math.floor(rnd() * ((b - a) / 864e5 + 1)) * 864e5).toISOString().slice(0, 10);
  };
  const plus = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10);
  const DISP = ['B0CSR58QX2', 'USD 24.99'];
  const ORG = ['B0CSR41K7M', 'USD 19.99'];
  const BASKET = ['B0D1SRH3N6', 'USD 27.99'];
  const rows = [];
  const add = (order, date, [asin, price], defect, cause, resolution, resolved) => rows.push({ order, date, asin, price, defect, cause, resolution, resolved });
  // RC1: cracked ceramic dispensers (3 A-to-z claims, 6 negative feedback).
  add('113-4827160-5539024', '2026-09-06', DISP, 'A-to-z claim', 'RC1', `Claim granted; full refund ${DISP[1]}`, '2026-09-15');
  for (let i = 0; i < 2; i++) {
    const d = day('2026-08-28', '2026-10-12');
    add(id(), d, DISP, 'A-to-z claim', 'RC1', `Claim granted; full refund ${DISP[1]}`, plus(d, 9 + i));
  }
  for (let i = 0; i < 6; i++) {
    const d = day('2026-08-28', '2026-10-20');
    const replaced = i < 4;
    add(id(), d, DISP, 'Negative feedback', 'RC1', replaced ? `Full refund ${DISP[1]}; replacement in new packing sent 2026-10-30` : `Full refund ${DISP[1]}; buyer declined a replacement`, replaced ? '2026-10-30' : '2026-10-29');
  }
  // RC2: untracked economy service (5 A-to-z claims, 2 chargebacks, 3 negative feedback).
  add('114-6650281-3027419', '2026-09-12', ORG, 'A-to-z claim', 'RC2', `Claim granted; full refund ${ORG[1]}`, '2026-10-08');
  for (let i = 0; i < 4; i++) {
    const d = day('2026-08-27', '2026-09-30');
    const p = i === 3 ? DISP : ORG;
    add(id(), d, p, 'A-to-z claim', 'RC2', `Claim granted; full refund ${p[1]}`, plus(d, 24 + i));
  }
  add('112-7719035-6402281', '2026-09-24', ORG, 'Chargeback', 'RC2', `Chargeback accepted; ${ORG[1]} refunded`, '2026-10-21');
  {
    const d = day('2026-08-27', '2026-09-20');
    add(id(), d, ORG, 'Chargeback', 'RC2', `Chargeback accepted; ${ORG[1]} refunded`, plus(d, 30));
  }
  for (let i = 0; i < 3; i++) {
    const d = day('2026-08-27', '2026-09-30');
    const p = i === 1 ? DISP : ORG;
    add(id(), d, p, 'Negative feedback', 'RC2', `Delivered day ${19 + i * 3}; reply and full refund ${p[1]}`, '2026-10-29');
  }
  // RC3: buyer messages answered late, 2026-10-01 to 2026-10-07 (5 negative feedback).
  add('113-0384552-9176630', '2026-10-03', BASKET, 'Negative feedback', 'RC3', `Reply sent 2026-10-08; full refund ${BASKET[1]}`, '2026-10-31');
  for (let i = 0; i < 4; i++) {
    const d = day('2026-09-28', '2026-10-06');
    const p = [BASKET, ORG, DISP, BASKET][i];
    add(id(), d, p, 'Negative feedback', 'RC3', `Reply sent 2026-10-0${8 + (i % 2)}; full refund ${p[1]}`, '2026-10-31');
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date) || a.order.localeCompare(b.order));
}

async function sunriseRefundRecords() {
  const { doc, fonts } = await newPdf({
    title: 'Refund and replacement record, order defects 2026-08-27 to 2026-10-25',
    author: SUNRISE.name,
    subject: 'Order Defect Rate appeal, exhibit: resolution of all 24 defect orders',
    date: '2026-10-30',
  });
  const rows = sunriseDefects();
  const cols = [
    { header: '#', width: 16 },
    { header: 'Order ID', width: 96 },
    { header: 'Order date', width: 50 },
    { header: 'ASIN', width: 58 },
    { header: 'Defect', width: 58 },
    { header: 'Cause', width: 30 },
    { header: 'Resolution', width: 152 },
    { header: 'Resolved', width: 52 },
  ];
  const cells = rows.map((r, i) => [String(i + 1), r.order, r.date, r.asin, r.defect, r.cause, r.resolution, r.resolved]);
  const cited = new Set(['113-4827160-5539024', '114-6650281-3027419', '112-7719035-6402281', '113-0384552-9176630']);
  const marks = (from, to) => cells.slice(from, to).flatMap((row, i) => (cited.has(row[1]) ? [[i, 1]] : []));

  const p1 = new Sheet(doc, fonts, PageSizes.A4, 40);
  p1.text(SUNRISE.name, { size: 13, font: 'bold' });
  p1.text(`Amazon store: ${SUNRISE.store} (amazon.com)   |   ${SUNRISE.address}`, { size: 8, color: GREY, gap: 6 });
  p1.rule(10);
  p1.text('Refund and replacement record: order defects in the 60 days to 2026-10-25', { size: 12, font: 'bold', gap: 4 });
  p1.fields([
    ['Prepared on', '2026-10-30, from Seller Central order, claim and feedback reports'],
    ['Prepared by', 'Lin Xiaoyu, Customer Service Lead'],
    ['Orders in window', '1,143 seller-fulfilled orders; 24 with a defect (Order Defect Rate 2.1%, target under 1%)'],
    ['Defects by type', 'Negative feedback 14, A-to-z Guarantee claims 8, service chargebacks 2'],
    ['Defects by cause', 'RC1 cracked ceramic dispensers: 9   |   RC2 untracked economy shipping: 10   |   RC3 late replies, 1-7 October: 5'],
  ]);
  p1.space(8);
  p1.text('Orders cited in the appeal letter are marked in yellow. Amounts are the full order value refunded to the buyer.', { size: 8.5, color: GREY, gap: 4 });
  p1.table(cols, cells.slice(0, 14), { size: 7.6, highlight: marks(0, 14) });
  p1.footer(`${SUNRISE.name}  |  Refund and replacement record  |  page 1 of 2`);

  const p2 = new Sheet(doc, fonts, PageSizes.A4, 40);
  p2.text('Refund and replacement record (continued)', { size: 11, font: 'bold', gap: 6 });
  p2.table(cols, cells.slice(14).map((row) => row), { size: 7.6, highlight: marks(14, 24) });
  p2.heading('Totals', 10.5);
  p2.table(
    [
      { header: 'Cause', width: 250 },
      { header: 'Orders', width: 60, align: 'right' },
      { header: 'Refunded in full', width: 90, align: 'right' },
      { header: 'Replacements sent', width: 100, align: 'right' },
    ],
    [
      ['RC1 Ceramic dispensers cracked in single-wall cartons', '9', '9', '4'],
      ['RC2 Untracked economy service, no delivery scan', '10', '10', '0'],
      ['RC3 Buyer messages answered after 24 hours, 1-7 October', '5', '5', '0'],
      ['All defect orders', '24', '24', '4'],
    ],
    { size: 8.5 },
  );
  p2.space(10);
  p2.text('Every one of the 24 orders above is closed: the buyer has been refunded in full and, where the buyer accepted, a replacement was shipped by tracked service. No claim or chargeback was disputed.', { size: 9, gap: 18 });
  p2.text('Lin Xiaoyu', { size: 10, font: 'bold' });
  p2.text('Customer Service Lead, Shenzhen Sunrise Home Goods Co., Ltd.', { size: 9, color: GREY });
  p2.footer(`${SUNRISE.name}  |  Refund and replacement record  |  page 2 of 2`);
  save('sunrise-odr', 'refund-records-2026-10-30.pdf', await pdfBytes(doc));
}

async function sunrisePackingSop() {
  const { doc, fonts } = await newPdf({
    title: 'SOP-PK-07 Fragile item packing and drop test, version 2.0',
    author: SUNRISE.name,
    subject: 'Packing procedure for ceramic and glass products, with the first drop-test record',
    date: '2026-11-03',
  });
  const p1 = new Sheet(doc, fonts);
  p1.text(SUNRISE.name, { size: 9, color: GREY });
  p1.text('SOP-PK-07  Fragile item packing and drop test', { size: 15, font: 'bold' });
  p1.text('Version 2.0, effective 2026-11-04, replaces version 1.3 of 2025-03-10. Owner: Huang Min, QC Supervisor.', { size: 9, color: GREY, gap: 4 });
  p1.rule(10);
  p1.heading('1. Scope');
  p1.text('All ceramic and glass products shipped from the Shenzhen warehouse: SR-CSD-02 Ceramic Soap Dispenser Set (ASIN B0CSR58QX2), SR-GJS-04 Glass Storage Jar Set and SR-CVS-01 Ceramic Bud Vase. Applies to every outbound order and to every inbound production batch.', { gap: 4 });
  p1.heading('2. Materials');
  p1.bullets([
    'Outer carton: 5-ply double-wall corrugated board (BC flute), edge crush test 44 lb/in, sized to leave 30 mm on every side of the insert.',
    'Insert: moulded pulp tray with one cavity per piece; no piece may touch another piece or the carton wall.',
    'Void fill: kraft paper, 50 mm minimum above the insert. Loose polystyrene chips are not used.',
    'Labels: "Fragile" label on two opposite faces and the top; SKU and batch label on one end.',
  ]);
  p1.heading('3. Packing steps');
  p1.bullets(
    [
      'Inspect each piece under the light table for chips and hairline cracks; set aside any damaged piece and record it on form QC-11.',
      'Wrap each piece in one layer of 3 mm foam sheet and place it in its pulp cavity with the pump head facing up.',
      'Close the insert lid, add void fill, seal the carton with an H-pattern of 48 mm tape.',
      'Shake test: shake the sealed carton for five seconds; any movement heard means the carton is reopened and refilled.',
      'Scan the carton at the packing station so the tracked label prints and the tracking number uploads to Amazon automatically.',
    ],
    { marker: '1' },
  );
  p1.heading('4. Drop test per inbound batch');
  p1.text('Before a new production batch is released for sale, three cartons packed to this SOP are dropped ten times each from 76 cm onto concrete (one corner, three edges, six faces), following the ISTA 1A sequence. The batch is released only when all pieces in all three cartons are undamaged. Results go on form QC-12 (page 2).', { gap: 4 });
  p1.heading('5. Measures and review');
  p1.text('KPI: breakage complaints below 0.5% of fragile units shipped, counted weekly from returns, buyer messages and feedback. The QC supervisor reviews the count every Monday with the Operations Director.');
  p1.footer('SOP-PK-07 v2.0  |  page 1 of 2');

  const p2 = new Sheet(doc, fonts);
  p2.text('Form QC-12  Drop test record', { size: 14, font: 'bold' });
  p2.rule(10);
  p2.fields([
    ['Date of test', '2026-11-03'],
    ['Product', 'SR-CSD-02 Ceramic Soap Dispenser Set, 2 pieces, 400 ml (ASIN B0CSR58QX2)'],
    ['Batch', '2026-10-B (146 sets in stock; 3 chipped sets removed at inspection, 143 repacked)'],
    ['Packing', 'SOP-PK-07 v2.0: 5-ply carton, moulded pulp insert, foam wrap, 50 mm void fill'],
    ['Method', 'ISTA 1A sequence, 10 drops per carton from 76 cm onto concrete'],
  ]);
  p2.space(8);
  p2.table(
    [
      { header: 'Carton', width: 60 },
      { header: 'Drops', width: 50, align: 'right' },
      { header: 'Pieces checked', width: 90, align: 'right' },
      { header: 'Damaged', width: 60, align: 'right' },
      { header: 'Notes', width: 223 },
    ],
    [
      ['T1', '10', '2', '0', 'Insert intact; carton corner crushed 4 mm after drop 1'],
      ['T2', '10', '2', '0', 'No damage'],
      ['T3', '10', '2', '0', 'Pump head secure; no movement in shake test after drops'],
      ['Old carton (reference)', '10', '2', '1', 'Single-wall carton of version 1.3: one bottle cracked at drop 4'],
    ],
  );
  p2.text('Result: batch 2026-10-B released for sale in the new packing. The single-wall carton of version 1.3 is withdrawn; the remaining 212 empty cartons were returned to the box supplier on 2026-11-03.', { gap: 16 });
  p2.text('Tested by: Huang Min, QC Supervisor            Checked by: Chen Jiahui, Operations Director', { size: 9.5 });
  p2.footer('SOP-PK-07 v2.0  |  page 2 of 2');
  save('sunrise-odr', 'fragile-packing-sop-v2.pdf', await pdfBytes(doc));
}

async function sunriseShippingAgreement() {
  const { doc, fonts } = await newPdf({
    title: 'Service agreement PCX-SZ-2026-1187, tracked parcel service to the United States',
    author: 'Pengcheng Express Logistics (Shenzhen) Co., Ltd.',
    subject: 'Tracked shipping service for seller-fulfilled Amazon orders',
    date: '2026-10-28',
  });
  const p = new Sheet(doc, fonts);
  p.text('Pengcheng Express Logistics (Shenzhen) Co., Ltd.', { size: 14, font: 'bold' });
  p.text('Floor 6, Block B, Qianhai Logistics Park, Qianhai, Shenzhen 518066, China  |  +86 755 2660 4180  |  sales@pcx-logistics.example  |  www.pcx-logistics.example', { size: 8, color: GREY, gap: 4 });
  p.rule(10);
  p.text('Service agreement PCX-SZ-2026-1187', { size: 13, font: 'bold' });
  p.text('Tracked parcel service "PCX US Tracked" for e-commerce parcels to the United States', { size: 10, color: GREY, gap: 6 });
  p.fields([
    ['Customer', `${SUNRISE.name}, ${SUNRISE.address}`],
    ['Signed', '2026-10-28'],
    ['Service starts', '2026-10-29, first collection 16:00'],
    ['Term', '12 months, renewing unless either party gives 30 days notice'],
  ]);
  p.space(6);
  p.heading('Service terms', 11);
  p.bullets(
    [
      'Every parcel carries one tracking number from collection to final delivery. The US last-mile carrier records a delivery scan for every parcel; parcels without a delivery scan are investigated by PCX within 2 working days.',
      'Tracking numbers and carrier codes are returned through the PCX API within 30 minutes of label creation, so the customer can confirm shipment on Amazon with valid tracking the same day.',
      'Transit time from collection to delivery: 9 to 14 calendar days for 95% of parcels, measured monthly and reported to the customer in the first week of each month.',
      'Daily collection from the customer warehouse at 16:00 Beijing time, including Saturdays and Chinese public holidays.',
      'Lost or damaged parcels: PCX refunds the declared value within 15 days of a claim supported by the tracking record.',
    ],
    { marker: '1' },
  );
  p.heading('Rates', 11);
  p.table(
    [
      { header: 'Weight band', width: 120 },
      { header: 'Rate per parcel', width: 120 },
      { header: 'Rate per kg', width: 120 },
      { header: 'Notes', width: 123 },
    ],
    [
      ['0 - 0.5 kg', 'CNY 18.00', 'CNY 62.00', 'Drawer organizer, soap dispenser'],
      ['0.5 - 2 kg', 'CNY 20.00', 'CNY 58.00', 'Storage baskets, multi-item orders'],
    ],
  );
  p.space(14);
  p.text('For Pengcheng Express Logistics (Shenzhen) Co., Ltd.: Guo Wenbin, Account Manager, signed and stamped 2026-10-28', { size: 9.5 });
  p.space(4);
  p.text(`For ${SUNRISE.name}: Chen Jiahui, Operations Director, signed and stamped 2026-10-28`, { size: 9.5 });
  p.footer('PCX-SZ-2026-1187  |  page 1 of 1');
  save('sunrise-odr', 'tracked-shipping-agreement.pdf', await pdfBytes(doc));
}

function sunriseRota() {
  const cv = new Canvas(1160, 720, PAL);
  cv.rect(0, 0, 1160, 64, C.blue);
  cv.text(30, 16, 'SunriseHome customer service rota, November 2026', C.white, 3);
  cv.text(30, 80, 'Buyer-Seller Messaging inbox, amazon.com. Beijing time (UTC+8). Version of 2026-11-01.', C.dark, 2);
  const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const x0 = 30;
  const y0 = 116;
  const lw = 110;
  const cw = 140;
  const rh = 74;
  cv.rect(x0, y0, lw + 7 * cw, 34, C.light);
  cv.text(x0 + 10, y0 + 10, 'Week of', C.ink, 2);
  days.forEach((d, i) => cv.text(x0 + lw + i * cw + 10, y0 + 10, d, C.ink, 2));
  const weeks = [
    ['26 Oct', [null, null, null, null, null, null, 1]],
    ['2 Nov', [2, 3, 4, 5, 6, 7, 8]],
    ['9 Nov', [9, 10, 11, 12, 13, 14, 15]],
    ['16 Nov', [16, 17, 18, 19, 20, 21, 22]],
    ['23 Nov', [23, 24, 25, 26, 27, 28, 29]],
    ['30 Nov', [30, null, null, null, null, null, null]],
  ];
  const pairs = { A: ['Lin', 'Wu'], B: ['Chen', 'Zhao'] };
  weeks.forEach(([label, dates], r) => {
    const y = y0 + 34 + r * rh;
    cv.text(x0 + 10, y + 10, label, C.ink, 2);
    dates.forEach((date, i) => {
      const x = x0 + lw + i * cw;
      if (date === null) {
        cv.rect(x + 1, y + 1, cw - 1, rh - 1, C.light);
        return;
      }
      const weekend = i >= 5;
      const late = r >= 3; // the pairs swap for the second half of the month
      const pair = weekend !== late ? pairs.B : pairs.A;
      if (weekend) cv.rect(x + 1, y + 1, cw - 1, rh - 1, C.lightBlue);
      cv.text(x + 8, y + 8, `${date} Nov`, C.blue, 2);
      cv.text(x + 8, y + 32, `08-16 ${pair[0]}`, C.ink, 2);
      cv.text(x + 8, y + 52, `16-24 ${pair[1]}`, C.ink, 2);
    });
  });
  for (let r = 0; r <= weeks.length; r++) cv.rect(x0, y0 + 34 + r * rh, lw + 7 * cw, 1, C.mid);
  for (let i = 0; i <= 7; i++) cv.rect(x0 + lw + i * cw, y0, 1, 34 + weeks.length * rh, C.mid);
  cv.box(x0, y0, lw + 7 * cw + 1, 34 + weeks.length * rh + 1, C.dark, 2);
  let y = y0 + 34 + weeks.length * rh + 18;
  for (const line of [
    'Agents: Lin Xiaoyu (lead), Wu Hao, Chen Jing, Zhao Min. 00-08: the 16-24 agent is on call.',
    'Inbox open every day, public holidays included. Mobile alerts on for the agent on shift.',
    'Target: every buyer message answered within 12 hours; response report checked daily at 09:00.',
  ]) {
    cv.text(x0, y, line, C.ink, 2);
    y += 24;
  }
  return cv.png();
}

function sunrisePackingPhoto() {
  const cv = new Canvas(900, 620, PAL, C.light);
  // Table surface and carton seen from above.
  for (let y = 0; y < 560; y += 40) cv.rect(0, y, 900, 1, C.mid);
  cv.polygon([[170, 120], [730, 120], [800, 60], [100, 60]], C.lightKraft); // back flap
  cv.polygon([[170, 480], [730, 480], [820, 545], [80, 545]], C.lightKraft); // front flap
  cv.polygon([[170, 120], [170, 480], [70, 520], [70, 90]], C.kraft); // left flap
  cv.polygon([[730, 120], [730, 480], [830, 520], [830, 90]], C.kraft); // right flap
  cv.rect(170, 120, 560, 360, C.kraft);
  cv.rect(190, 140, 520, 320, C.mid); // moulded pulp insert
  for (const cx of [330, 570]) {
    cv.fillEllipse(cx, 300, 105, 135, C.dark); // cavity
    cv.fillEllipse(cx, 300, 88, 118, C.cream); // dispenser body
    cv.strokeEllipse(cx, 300, 88, 118, C.mid, 2);
    cv.fillEllipse(cx, 300, 34, 34, C.slate); // pump collar
    cv.rect(cx - 8, 230, 16, 70, C.slate); // pump nozzle
    cv.fillEllipse(cx, 300, 12, 12, C.dark);
  }
  cv.rect(600, 410, 250, 110, C.white);
  cv.box(600, 410, 250, 110, C.ink, 2);
  cv.text(614, 422, 'SR-CSD-02', C.ink, 3);
  cv.text(614, 452, 'FRAGILE', C.red, 3);
  cv.text(614, 484, '5-PLY BC FLUTE', C.ink, 2);
  cv.rect(0, 560, 900, 60, C.white);
  cv.text(20, 570, 'Ceramic soap dispenser set, batch 2026-10-B, packed to SOP-PK-07 v2.0', C.ink, 2);
  cv.text(20, 594, 'Double-wall carton, moulded pulp insert, foam wrap. Taken 2026-11-03.', C.dark, 2);
  return cv.png();
}

async function makeSunrise() {
  await sunriseRefundRecords();
  await sunrisePackingSop();
  await sunriseShippingAgreement();
  save('sunrise-odr', 'cs-rota-2026-11.png', sunriseRota());
  save('sunrise-odr', 'repacked-dispenser-set.png', sunrisePackingPhoto());
}

// ───────────────────────────── Case 2: northwind-counterfeit (UK, inauthentic complaints) ─────────────────────────────

const NORTHWIND = {
  name: 'Northwind Retail Ltd',
  address: 'Unit 7, Riverside Trade Park, Hunslet Road, Leeds LS10 1PQ, United Kingdom',
  company: 'Registered in England and Wales, company no. 12873405, VAT GB 384 1127 56',
};
const PENNINE = {
  name: 'Pennine Trade Distribution Ltd',
  address: 'Unit 4, Calder Park Way, Wakefield WF2 7UA, United Kingdom',
  phone: '+44 113 496 0418',
  email: 'orders@pennine-trade.example',
  web: 'www.pennine-trade.example',
  reg: 'Company no. 09451177  |  VAT GB 217 6650 34',
};
const ALDMOOR = {
  name: 'Aldmoor Outdoor Ltd',
  address: 'Brewery Yard, 18 Kirkgate, Kendal LA9 4BQ, United Kingdom',
  phone: '+44 161 496 0273',
  email: 'trade@aldmoor-outdoor.example',
  web: 'www.aldmoor-outdoor.example',
  reg: 'Company no. 08810342  |  VAT GB 198 4471 20',
};

async function ukInvoice({ file, supplier, number, date, dateUk, delivered, paid, line, asin, qty, cartons, batch, notes }) {
  const { doc, fonts } = await newPdf({
    title: `Invoice ${number}`,
    author: supplier.name,
    subject: `Invoice to ${NORTHWIND.name}, ${qty} units, ASIN ${asin}`,
    date,
  });
  const p = new Sheet(doc, fonts, PageSizes.A4, 48);
  // Supplier block, highlighted as Amazon asks (name, address, phone, website).
  p.page.drawRectangle({ x: 46, y: p.y - 64, width: 300, height: 66, color: MARK });
  p.text(supplier.name, { size: 15, font: 'bold' });
  p.text(supplier.address, { size: 8.5 });
  p.text(`Tel ${supplier.phone}  |  ${supplier.email}`, { size: 8.5 });
  p.text(supplier.web, { size: 8.5 });
  p.text(supplier.reg, { size: 8, color: GREY, gap: 2 });
  p.textAt('INVOICE', p.width - 48, p.height - 62, { size: 22, font: 'bold', align: 'right' });
  p.textAt(`No. ${number}`, p.width - 48, p.height - 80, { size: 10, align: 'right' });
  p.textAt(`Invoice date ${dateUk}`, p.width - 48, p.height - 94, { size: 10, align: 'right' });
  p.rule(14);
  const top = p.y;
  p.text('Invoice to / deliver to', { size: 8.5, font: 'bold', color: GREY });
  p.text(NORTHWIND.name, { size: 10, font: 'bold' });
  p.text(NORTHWIND.address, { size: 9, width: 225 });
  p.text('Account NW-0117  |  Purchase order NW-PO-' + number.slice(-5), { size: 8.5, color: GREY });
  const yLeft = p.y;
  // Right column: delivery and payment facts.
  let yr = top;
  for (const [k, v] of [['Delivered', delivered], ['Payment', paid], ['Terms', '30 days from invoice date']]) {
    p.textAt(k, 300, yr - 9, { size: 8.5, font: 'bold', color: GREY });
    for (const l of wrapText(v, fonts.regular, 9, 190)) {
      yr -= 12;
      p.textAt(l, 358, yr + 3, { size: 9 });
    }
    yr -= 4;
  }
  p.y = Math.min(yLeft, yr) - 12;
  p.table(
    [
      { header: 'Item code', width: 78 },
      { header: 'Description', width: 150 },
      { header: 'Customer ref. (ASIN)', width: 84 },
      { header: 'Qty', width: 48, align: 'right' },
      { header: 'Unit price', width: 66, align: 'right' },
      { header: 'Net amount', width: 73, align: 'right' },
    ],
    [[line.code, line.description, asin, qty.toLocaleString('en-GB'), 'x', 'x']],
    { size: 8.5, redact: [4, 5], highlight: [[0, 2], [0, 3]] },
  );
  for (const label of ['Net', 'VAT 20%', 'Total GBP']) {
    p.textAt(label, 466, p.y - 10, { size: 9, font: label === 'Total GBP' ? 'bold' : 'regular', align: 'right' });
    p.page.drawRectangle({ x: 478, y: p.y - 12, width: 65, height: 11, color: INK });
    p.y -= 16;
  }
  p.space(6);
  p.bullets([`Packed in ${cartons} cartons of 20 units; batch ${batch}.`, ...notes], { size: 9 });
  p.space(10);
  p.text('Pricing redacted by Northwind Retail Ltd for submission to Amazon; every other detail is as issued. The highlighted fields show the supplier, the ASIN and the quantity.', { size: 8, color: GREY, font: 'oblique' });
  p.footer(`${supplier.name}  |  ${supplier.address}  |  ${supplier.phone}  |  ${supplier.web}`);
  save('northwind-counterfeit', file, await pdfBytes(doc));
}

async function northwindInvoices() {
  await ukInvoice({
    file: 'invoice-pennine-PTD-26-00318.pdf',
    supplier: PENNINE,
    number: 'PTD-26-00318',
    date: '2026-01-09',
    dateUk: '09/01/2026',
    delivered: '14/01/2026, delivery note DN-26-00318, signed for by T. Hartley',
    paid: 'Paid in full by bank transfer on 16/01/2026',
    line: { code: 'ALD-BTL-750-SG', description: 'Aldmoor Insulated Water Bottle 750 ml, Slate Grey. EAN 5061004821375' },
    asin: 'B0D7NW2K4Q',
    qty: 1300,
    cartons: 65,
    batch: '25K-118 (November 2025 production)',
    notes: ['Goods supplied by Pennine Trade Distribution Ltd as authorised UK distributor of Aldmoor Outdoor Ltd.'],
  });
  await ukInvoice({
    file: 'invoice-aldmoor-AO-INV-104552.pdf',
    supplier: ALDMOOR,
    number: 'AO-INV-104552',
    date: '2026-02-03',
    dateUk: '03/02/2026',
    delivered: '06/02/2026, consignment AO-DSP-20776',
    paid: 'Paid in full by bank transfer on 27/02/2026',
    line: { code: 'ALD-FJ-500-MG', description: 'Aldmoor Vacuum Food Jar 500 ml, Moss Green. EAN 5061004821528' },
    asin: 'B0D7NW9T1C',
    qty: 480,
    cartons: 24,
    batch: '26A-014 (January 2026 production, green lid seal)',
    notes: ['Sold direct under trade account TA-2291 of Aldmoor Outdoor Ltd, brand owner and manufacturer.'],
  });
}

async function northwindLoa() {
  const { doc, fonts } = await newPdf({
    title: 'Letter of authorization for Northwind Retail Ltd',
    author: ALDMOOR.name,
    subject: 'Authorization to resell Aldmoor products on amazon.co.uk; 2026 product change note',
    date: '2026-10-23',
  });
  const head = (p) => {
    p.text(ALDMOOR.name, { size: 16, font: 'bold', color: rgb(0.24, 0.43, 0.28) });
    p.text(`${ALDMOOR.address}  |  ${ALDMOOR.phone}  |  ${ALDMOOR.web}`, { size: 8, color: GREY });
    p.rule(12);
  };
  const p1 = new Sheet(doc, fonts);
  head(p1);
  p1.text('23 October 2026', { gap: 8 });
  p1.text('To: Amazon Seller Performance, Amazon EU S.a r.l., UK branch (amazon.co.uk)', { gap: 2 });
  p1.text('Re: Letter of authorization for Northwind Retail Ltd (store "Northwind Home Supply")', { font: 'bold', gap: 8 });
  p1.text('Aldmoor Outdoor Ltd is the owner of the ALDMOOR brand and of UK trade mark UK00003712468 (classes 21 and 25), and designs and manufactures the Aldmoor range of insulated bottles and food jars.', { gap: 6 });
  p1.text('We confirm that:', { gap: 2 });
  p1.bullets(
    [
      'Northwind Retail Ltd, company no. 12873405, of Unit 7, Riverside Trade Park, Hunslet Road, Leeds LS10 1PQ, is authorised to resell genuine Aldmoor products on amazon.co.uk, including ASIN B0D7NW2K4Q (Insulated Water Bottle 750 ml, Slate Grey) and ASIN B0D7NW9T1C (Vacuum Food Jar 500 ml, Moss Green).',
      'Pennine Trade Distribution Ltd, company no. 09451177, has been our authorised distributor for the United Kingdom since 1 March 2023. Aldmoor products bought from Pennine are genuine Aldmoor products.',
      'Invoice PTD-26-00318 of 9 January 2026 (1,300 Insulated Water Bottles, batch 25K-118) matches goods we shipped to Pennine in December 2025, and invoice AO-INV-104552 of 3 February 2026 (480 Vacuum Food Jars, batch 26A-014) was issued by us to Northwind Retail Ltd.',
      'Northwind Retail Ltd has held trade account TA-2291 with us since 14 May 2024.',
    ],
    { marker: '1' },
  );
  p1.space(4);
  p1.text('This authorization is valid until 31 October 2027 unless withdrawn in writing. Amazon may verify this letter with us at the contact details below.', { gap: 20 });
  p1.text('Fiona Marsh', { font: 'bold' });
  p1.text('Commercial Director, Aldmoor Outdoor Ltd');
  p1.text(`fiona.marsh@aldmoor-outdoor.example  |  ${ALDMOOR.phone}`, { size: 9, color: GREY });
  p1.footer(`${ALDMOOR.name}  |  ${ALDMOOR.reg}  |  page 1 of 2`);

  const p2 = new Sheet(doc, fonts);
  head(p2);
  p2.text('Annex: product change note, Vacuum Food Jar 500 ml, from January 2026 production', { size: 12, font: 'bold', gap: 6 });
  p2.text('From production batch 26A (January 2026) onward we changed two visible details of the Vacuum Food Jar. Jars from batch 26A onward are genuine; the change is described on our trade portal (bulletin TB-2025-19, 10 December 2025).', { gap: 8 });
  p2.table(
    [
      { header: 'Feature', width: 120 },
      { header: 'Batches up to 25L (2024-2025)', width: 180 },
      { header: 'Batches from 26A (from January 2026)', width: 183 },
    ],
    [
      ['Lid seal', 'Grey silicone seal', 'Moss-green silicone seal'],
      ['Logo on body', 'Printed white ALDMOOR logo', 'Laser-etched ALDMOOR logo (metal colour)'],
      ['Batch code', 'Printed on base, format 25L-000', 'Laser-etched on base, format 26A-000'],
      ['Retail box', 'Green box, photo of grey-seal jar', 'Green box, photo of green-seal jar; hologram sticker on the seal tab'],
    ],
    { size: 9 },
  );
  p2.space(6);
  p2.text('The Insulated Water Bottle 750 ml is unchanged: batches from 25K onward have a printed logo and a laser-etched batch code on the base, and are sold only in the original retail box with the hologram seal tab.', { gap: 8 });
  p2.text('Contact for verification: Fiona Marsh, Commercial Director, fiona.marsh@aldmoor-outdoor.example, +44 161 496 0273.', { size: 9.5 });
  p2.footer(`${ALDMOOR.name}  |  ${ALDMOOR.reg}  |  page 2 of 2`);
  save('northwind-counterfeit', 'letter-of-authorization-aldmoor.pdf', await pdfBytes(doc));
}

async function northwindSop() {
  const { doc, fonts } = await newPdf({
    title: 'NW-OPS-04 Goods-in checks and returns grading, version 2',
    author: NORTHWIND.name,
    subject: 'Warehouse procedure: batch checks against brand specification and listing; grading of returns',
    date: '2026-10-27',
  });
  const p1 = new Sheet(doc, fonts);
  p1.text(NORTHWIND.name, { size: 9, color: GREY });
  p1.text('NW-OPS-04  Goods-in checks and returns grading', { size: 15, font: 'bold' });
  p1.text('Version 2, effective 27 October 2026; replaces version 1 of 2 April 2024. Owners: Tom Hartley (Warehouse Lead), Priya Nair (Returns Supervisor).', { size: 9, color: GREY, gap: 4 });
  p1.rule(10);
  p1.heading('Part A. Goods-in checks (every delivery)');
  p1.bullets(
    [
      'Match the delivery note to the supplier invoice: supplier name, item code, EAN, quantity, batch code. Only deliveries from suppliers on the approved list (Aldmoor Outdoor Ltd, Pennine Trade Distribution Ltd) are booked in.',
      'Open three units per SKU per delivery. Compare each with the brand owner\'s current product specification: seal colour, logo method, batch code format, retail box print and hologram seal tab.',
      'Compare the same units with the live Amazon listing images. Any visible difference is reported to the Listings Executive the same day; the listing images and bullet points are updated within 2 working days.',
      'Record the result in the goods-in log (form GI-2): delivery, batch, units checked, match or difference, listing update date.',
      'File the invoice in the ASIN folder on the day of receipt, so every unit on sale can be traced to an invoice.',
    ],
    { marker: '1' },
  );
  p1.heading('Part B. Grading of customer returns');
  p1.table(
    [
      { header: 'Grade', width: 50 },
      { header: 'Condition on return', width: 200 },
      { header: 'What happens', width: 233 },
    ],
    [
      ['A', 'Original retail box unopened, hologram seal tab intact', 'Returned to stock as New'],
      ['B', 'Opened, complete, unused, original box undamaged', 'Listed as Used - Like New with a condition note, in the original box'],
      ['C', 'Original box damaged or missing, or any sign of use', 'Listed as Used - Very Good or Good with a condition note, or sent to the Pennine returns programme'],
    ],
    { size: 9 },
  );
  p1.text('No unit is moved into other packaging and sold as New. Plain or replacement cartons are used only for shipping Grade B and C units that are listed as Used.', { font: 'bold', size: 9.5 });
  p1.footer('NW-OPS-04 v2  |  page 1 of 2');

  const p2 = new Sheet(doc, fonts);
  p2.heading('Part C. Monthly stock audit');
  p2.text('On the first working day of each month the Returns Supervisor counts all New stock of every Aldmoor SKU and confirms that each unit is in its original retail box with the seal tab intact. The result is recorded on form RA-1 and signed by the Director.', { gap: 4 });
  p2.text('KPI: zero units in non-original packaging in New stock at each audit. Any unit found is removed from sale the same day and the cause is recorded.', { gap: 8 });
  p2.heading('Part D. Records');
  p2.table(
    [
      { header: 'Record', width: 160 },
      { header: 'Kept by', width: 160 },
      { header: 'Kept for', width: 163 },
    ],
    [
      ['Goods-in log GI-2', 'Warehouse Lead', '6 years'],
      ['Returns grading log RG-1', 'Returns Supervisor', '6 years'],
      ['Monthly stock audit RA-1', 'Returns Supervisor', '6 years'],
      ['Supplier invoices, by ASIN', 'Finance Manager', '6 years'],
    ],
    { size: 9 },
  );
  p2.space(12);
  p2.text('Approved: Hannah Price, Director, 27 October 2026', { size: 9.5 });
  p2.footer('NW-OPS-04 v2  |  page 2 of 2');
  save('northwind-counterfeit', 'goods-in-and-returns-sop-v2.pdf', await pdfBytes(doc));
}

async function northwindReconciliation() {
  const { doc, fonts } = await newPdf({
    title: 'Stock reconciliation by ASIN, 20 October 2025 to 26 October 2026',
    author: NORTHWIND.name,
    subject: 'Units purchased, sold, returned and removed for the two ASINs under review',
    date: '2026-10-26',
  });
  const p = new Sheet(doc, fonts, [PageSizes.A4[1], PageSizes.A4[0]], 44);
  p.text(NORTHWIND.name, { size: 9, color: GREY });
  p.text('Stock reconciliation by ASIN, 20 October 2025 to 26 October 2026', { size: 14, font: 'bold' });
  p.text('Covers the 365 days before the notice of 20 October 2026 and the stock count of 26 October 2026. All sales were seller-fulfilled from the Leeds warehouse.', { size: 9, color: GREY, gap: 4 });
  p.rule(10);
  p.table(
    [
      { header: 'ASIN', width: 70 },
      { header: 'Product', width: 150 },
      { header: 'Stock 20/10/2025', width: 62, align: 'right' },
      { header: 'Purchased', width: 62, align: 'right' },
      { header: 'Invoice', width: 120 },
      { header: 'Sold', width: 50, align: 'right' },
      { header: 'Customer returns', width: 60, align: 'right' },
      { header: 'Removed from sale', width: 62, align: 'right' },
      { header: 'Counted 26/10/2026', width: 66, align: 'right' },
    ],
    [
      ['B0D7NW2K4Q', 'Aldmoor Insulated Water Bottle 750 ml, Slate Grey', '0', '1,300', 'PTD-26-00318, Pennine Trade Distribution Ltd, 09/01/2026', '1,184', '41', '19', '138'],
      ['B0D7NW9T1C', 'Aldmoor Vacuum Food Jar 500 ml, Moss Green', '0', '480', 'AO-INV-104552, Aldmoor Outdoor Ltd, 03/02/2026', '436', '9', '0', '53'],
    ],
    { size: 8.5, highlight: [[0, 3], [0, 5], [1, 3], [1, 5]] },
  );
  p.heading('Notes', 10.5);
  p.bullets(
    [
      'Stock 20/10/2025 + purchased - sold + customer returns - removed from sale = units counted on 26/10/2026 (B0D7NW2K4Q: 0 + 1,300 - 1,184 + 41 - 19 = 138; B0D7NW9T1C: 0 + 480 - 436 + 9 - 0 = 53).',
      'Units purchased exceed units sold for both ASINs; every unit sold is covered by one of the two invoices above.',
      'B0D7NW2K4Q customer returns: 41 units, of which 14 came back unopened and were restocked in the original box, and 27 had damaged retail boxes and were repacked in plain cartons and restocked as New between 2026-06-04 and 2026-09-30. 8 of those 27 were resold; the other 19 were taken out of sale on 2026-10-22 and returned to Pennine Trade Distribution Ltd on 2026-10-27 (credit note PTD-CN-26-0412).',
      'B0D7NW9T1C customer returns: 9 units, all unopened, restocked in the original box.',
    ],
    { size: 9 },
  );
  p.space(8);
  p.text('Prepared by Gareth Lloyd, Finance Manager, 26 October 2026. Stock counted by Tom Hartley and Priya Nair.', { size: 9 });
  p.footer(`${NORTHWIND.name}  |  ${NORTHWIND.company}`);
  save('northwind-counterfeit', 'stock-reconciliation-2026-10-26.pdf', await pdfBytes(doc));
}

async function northwindTraining() {
  const { doc, fonts } = await newPdf({
    title: 'Policy training record, 28 October 2026',
    author: NORTHWIND.name,
    subject: 'Training on Amazon Anti-Counterfeiting Policy, Condition Guidelines and Product Detail Page Rules',
    date: '2026-10-28',
  });
  const p = new Sheet(doc, fonts);
  p.text(NORTHWIND.name, { size: 9, color: GREY });
  p.text('Policy training record', { size: 15, font: 'bold' });
  p.rule(10);
  p.fields([
    ['Date and time', '28 October 2026, 10:00 to 12:30, Leeds office'],
    ['Trainer', 'Hannah Price, Director'],
    ['Material', 'Amazon Anti-Counterfeiting Policy; Amazon Condition Guidelines (New and Used conditions, packaging); Amazon Product Detail Page Rules (images must show the product as sold); NW-OPS-04 version 2'],
    ['Assessment', '10-question written test, pass mark 8'],
    ['Next refresher', '28 April 2027, then every 6 months'],
  ]);
  p.space(10);
  p.table(
    [
      { header: 'Name', width: 120 },
      { header: 'Role', width: 150 },
      { header: 'Test score', width: 70, align: 'right' },
      { header: 'Result', width: 60 },
      { header: 'Signed', width: 83 },
    ],
    [
      ['Tom Hartley', 'Warehouse Lead', '10 / 10', 'Pass', 'T. Hartley'],
      ['Priya Nair', 'Returns Supervisor', '10 / 10', 'Pass', 'P. Nair'],
      ['Gareth Lloyd', 'Finance Manager', '9 / 10', 'Pass', 'G. Lloyd'],
      ['Ellie Shaw', 'Listings Executive', '9 / 10', 'Pass', 'E. Shaw'],
      ['Marek Nowak', 'Warehouse Operative', '8 / 10', 'Pass', 'M. Nowak'],
    ],
    { size: 9 },
  );
  p.heading('Points covered', 11);
  p.bullets([
    'A product may be listed as New only in its original, undamaged packaging as supplied by the brand owner or its authorised distributor.',
    'Every unit offered must be traceable to a supplier invoice from the last 365 days; stock without an invoice is not listed.',
    'Listing images must show the product as currently supplied, including design changes announced by the brand owner.',
    'Buyer messages that question authenticity are escalated to the Director on the day they arrive.',
  ]);
  p.space(12);
  p.text('Confirmed: Hannah Price, Director, 28 October 2026', { size: 9.5 });
  p.footer(`${NORTHWIND.name}  |  Policy training record  |  page 1 of 1`);
  save('northwind-counterfeit', 'policy-training-record-2026-10-28.pdf', await pdfBytes(doc));
}

function drawFoodJar(cv, x, y, s) {
  // A squat vacuum jar: moss-green body, steel lid, green seal band, etched logo.
  cv.rect(x, y + 40 * s, 120 * s, 130 * s, C.green);
  cv.rect(x + 8 * s, y + 40 * s, 10 * s, 130 * s, C.lightGreen); // highlight
  cv.rect(x - 4 * s, y + 10 * s, 128 * s, 26 * s, C.mid); // steel lid
  cv.rect(x - 4 * s, y + 10 * s, 128 * s, 4 * s, C.light);
  cv.rect(x - 2 * s, y + 36 * s, 124 * s, 8 * s, C.ink); // green seal band, outlined
  cv.rect(x - 1 * s, y + 37 * s, 122 * s, 6 * s, C.lightGreen);
  cv.rect(x - 1 * s, y + 39 * s, 122 * s, 2 * s, C.green);
  cv.text(x + 26 * s, y + 95 * s, 'ALDMOOR', C.light, Math.max(1, Math.round(s * 1.6)));
}

function drawBottle(cv, x, y, s) {
  cv.rect(x + 25 * s, y, 40 * s, 24 * s, C.dark); // cap
  cv.rect(x + 30 * s, y + 24 * s, 30 * s, 10 * s, C.mid);
  cv.polygon([[x + 30 * s, y + 34 * s], [x + 60 * s, y + 34 * s], [x + 90 * s, y + 60 * s], [x, y + 60 * s]], C.slate);
  cv.rect(x, y + 60 * s, 90 * s, 200 * s, C.slate);
  cv.rect(x + 8 * s, y + 64 * s, 8 * s, 190 * s, C.mid);
  cv.text(x + 12 * s, y + 150 * s, 'ALDMOOR', C.white, Math.max(1, Math.round(s * 1.2)));
}

function northwindListingAfter() {
  const cv = new Canvas(1120, 760, PAL);
  cv.rect(0, 0, 1120, 54, C.studio);
  cv.text(24, 18, 'Seller Central  >  Inventory  >  Edit listing  >  Images (preview)', C.white, 2);
  const rows = [
    {
      y: 80,
      asin: 'B0D7NW9T1C',
      title: 'Aldmoor Vacuum Food Jar 500 ml, Moss Green',
      lines: ['Images 1-6 replaced 2026-10-23 with photos of batch 26A-014.', 'New bullet: "2026 design: moss-green lid seal and', 'laser-etched logo, as supplied by Aldmoor Outdoor Ltd."'],
      draw: (x, y) => drawFoodJar(cv, x + 62, y + 40, 1.5),
    },
    {
      y: 410,
      asin: 'B0D7NW2K4Q',
      title: 'Aldmoor Insulated Water Bottle 750 ml, Slate Grey',
      lines: ['Images 1-6 replaced 2026-10-23 with photos of batch 25K-118.', 'Image 7 added: the original retail box with the hologram', 'seal tab, in which every unit is shipped.'],
      draw: (x, y) => drawBottle(cv, x + 100, y + 18, 1.05),
    },
  ];
  for (const r of rows) {
    cv.box(24, r.y, 300, 300, C.mid, 2);
    r.draw(24, r.y);
    cv.text(350, r.y + 8, `ASIN ${r.asin}`, C.blue, 2);
    cv.text(350, r.y + 36, r.title, C.ink, 2);
    cv.rect(350, r.y + 62, 740, 2, C.light);
    r.lines.forEach((line, i) => cv.text(350, r.y + 80 + i * 26, line, C.dark, 2));
    for (let t = 0; t < 6; t++) cv.box(350 + t * 74, r.y + 200, 64, 64, t === 0 ? C.blue : C.mid, 2);
    cv.text(350, r.y + 274, 'Thumbnails 1-6: front, back, lid, base code, box, size', C.mid, 2);
  }
  cv.rect(0, 724, 1120, 36, C.light);
  cv.text(24, 734, 'Northwind Home Supply, amazon.co.uk. Captured 2026-10-23 after the image update.', C.ink, 2);
  return cv.png();
}

async function makeNorthwind() {
  await northwindInvoices();
  await northwindLoa();
  await northwindSop();
  await northwindReconciliation();
  await northwindTraining();
  save('northwind-counterfeit', 'listing-images-after-2026-10-23.png', northwindListingAfter());
}

// ───────────────────────────── Case 3: lumen-design-patent (US, design-patent rebuttal) ─────────────────────────────
// Amazon accepts only image files (.jpeg, .jpg, .pjpeg, .gif, .png, .tiff) in IP-complaint appeals, so
// every exhibit of this case is a PNG.

const PATENT = 'US D1,028,415 S';

/** The patented lamp (FIG. 2, front elevation): smooth dome resting on a conical base, no neck. */
function patentLampShape(cx, footY, s) {
  const rimY = footY - 110 * s;
  const dome = [];
  for (let i = 0; i <= 48; i++) {
    const a = Math.PI + (Math.PI * i) / 48;
    dome.push([cx + 130 * s * Math.cos(a), rimY + 120 * s * Math.sin(a)]);
  }
  const base = [[cx - 35 * s, rimY], [cx + 35 * s, rimY], [cx + 60 * s, footY], [cx - 60 * s, footY]];
  return { dome, base, rimY, top: rimY - 120 * s, width: 260 * s, height: 230 * s };
}

function drawPatentLamp(cv, cx, footY, s, { fill = null, t = 3, shading = true, baseColor = C.ink } = {}) {
  const { dome, base, rimY } = patentLampShape(cx, footY, s);
  if (fill !== null) {
    cv.polygon(dome, fill);
    cv.polygon(base, fill);
  }
  cv.outline(dome, C.ink, t);
  cv.outline(base, baseColor, t);
  if (shading)
    for (let k = 1; k <= 4; k++) {
      const r = 1 - k * 0.12;
      const arcPts = [];
      for (let i = 0; i <= 10; i++) {
        const a = Math.PI * (1.62 + 0.22 * (i / 10));
        arcPts.push([cx + 130 * s * r * Math.cos(a), rimY + 120 * s * r * Math.sin(a)]);
      }
      cv.outline(arcPts, C.ink, 1, false);
    }
  return rimY;
}

/** Our lamp, front elevation: pleated cylindrical shade, exposed brass neck, straight cylinder base. mm * s. */
function ourLampGeometry(cx, footY, s) {
  return {
    base: { x: cx - 55 * s, y: footY - 166 * s, w: 110 * s, h: 166 * s },
    neck: { x: cx - 8 * s, y: footY - 196 * s, w: 16 * s, h: 30 * s },
    shade: { x: cx - 95 * s, y: footY - 356 * s, w: 190 * s, h: 160 * s },
    top: footY - 356 * s,
  };
}

function drawOurLamp(cv, cx, footY, s, { shadeFill = null, baseFill = null, neckFill = C.brass, t = 3, pleatColor = C.ink } = {}) {
  const g = ourLampGeometry(cx, footY, s);
  const { shade, neck, base } = g;
  if (baseFill !== null) cv.rect(base.x, base.y, base.w, base.h, baseFill);
  cv.box(base.x, base.y, base.w, base.h, C.ink, t);
  cv.rect(neck.x, neck.y, neck.w, neck.h, neckFill);
  cv.box(neck.x, neck.y, neck.w, neck.h, C.ink, Math.max(1, t - 1));
  // Shade outline with a zigzag top and bottom edge at each visible pleat fold.
  const folds = [];
  for (let k = 0; k <= 8; k++) folds.push(shade.x + shade.w / 2 - (shade.w / 2) * Math.cos((Math.PI * k) / 8));
  const zig = (y, dir) => folds.map((x, k) => [x, y + (k % 2 ? dir * 4 * s : 0)]);
  const top = zig(shade.y, -1);
  const bottom = zig(shade.y + shade.h, 1).reverse();
  const outline = [...top, ...bottom];
  if (shadeFill !== null) cv.polygon(outline, shadeFill);
  cv.outline(outline, C.ink, t);
  folds.slice(1, -1).forEach((x, k) => cv.line(x, shade.y + ((k + 1) % 2 ? -4 * s : 0), x, shade.y + shade.h + ((k + 1) % 2 ? 4 * s : 0), pleatColor, Math.max(1, t - 1)));
  return g;
}

function callout(cv, n, x, y, tx, ty, color = C.red) {
  cv.line(x, y, tx, ty, color, 2);
  cv.fillEllipse(tx, ty, 18, 18, color);
  cv.text(tx - 5 * 2 + 4, ty - 7 * 2 + 6, String(n), C.white, 2);
}

function titleBar(cv, title, sub) {
  cv.rect(0, 0, cv.width, 60, C.slate);
  cv.text(24, 14, title, C.white, 3);
  if (sub) cv.text(24, 72, sub, C.dark, 2);
}

function footerBar(cv, paragraphs) {
  const lines = paragraphs.flatMap((p) => wrapChars(p, Math.floor((cv.width - 48) / 12)));
  const h = 16 + lines.length * 24;
  cv.rect(0, cv.height - h, cv.width, h, C.light);
  lines.forEach((l, i) => cv.text(24, cv.height - h + 10 + i * 24, l, C.ink, 2));
}

function lumenPatentFrontPage() {
  const cv = new Canvas(900, 960, PAL);
  cv.text(40, 40, '(12) United States Design Patent', C.ink, 2);
  cv.text(476, 40, '(10) Patent No.: US D1,028,415 S', C.ink, 2);
  cv.text(40, 66, '     Kell et al.', C.ink, 2);
  cv.text(476, 66, '(45) Date of Patent: May 21, 2024', C.ink, 2);
  cv.rect(40, 96, 820, 3, C.ink);
  let y = 116;
  const field = (code, label, value) => {
    cv.text(40, y, code, C.ink, 2);
    y = cv.para(100, y, 380, `${label} ${value}`, C.ink, 2, 11) + 10;
  };
  field('(54)', 'TABLE LAMP', '');
  field('(71)', 'Applicant:', 'Brightfield Home Inc., Columbus, OH (US)');
  field('(72)', 'Inventors:', 'Marisa Kell, Columbus, OH (US); Daniel Ruiz, Dublin, OH (US)');
  field('(73)', 'Assignee:', 'Brightfield Home Inc., Columbus, OH (US)');
  field('(21)', 'Appl. No.:', '29/901,337');
  field('(22)', 'Filed:', 'Jul. 18, 2023');
  field('(52)', 'U.S. Cl.:', 'D26/67');
  field('(58)', 'Field of Classification Search:', 'D26/67, D26/68, D26/120');
  field('(57)', 'CLAIM', 'The ornamental design for a table lamp, as shown and described.');
  cv.text(100, y, 'DESCRIPTION', C.ink, 2);
  y = cv.para(100, y + 24, 380, 'FIG. 1 is a front perspective view of a table lamp showing our new design. FIG. 2 is a front elevation view thereof; the rear and side elevation views are identical. FIG. 3 is a top plan view thereof. FIG. 4 is a bottom plan view thereof.', C.ink, 2, 11);
  cv.text(100, y + 10, '1 Claim, 4 Drawing Sheets', C.ink, 2);
  // Representative figure on the right.
  cv.box(520, 116, 340, 420, C.mid, 1);
  drawPatentLamp(cv, 690, 470, 1.15, { t: 2 });
  cv.text(650, 500, 'FIG. 2', C.ink, 2);
  cv.text(530, 126, 'Front elevation', C.dark, 2);
  // Top plan view (FIG. 3): plain circles, no folds.
  cv.box(520, 556, 340, 250, C.mid, 1);
  cv.strokeEllipse(690, 676, 86, 86, C.ink, 2);
  cv.strokeEllipse(690, 676, 8, 8, C.ink, 2);
  cv.text(650, 780, 'FIG. 3', C.ink, 2);
  cv.text(530, 566, 'Top plan view', C.dark, 2);
  footerBar(cv, ['Summary of the USPTO record of US D1,028,415 S, prepared by Lumen Street Lighting LLC from Patent Public Search on 2026-11-05. Figures redrawn from FIG. 2 and FIG. 3 of the patent for this exhibit; the claim is quoted in full.']);
  return cv.png();
}

function lumenComparisonShadeNeck() {
  const cv = new Canvas(1200, 900, PAL);
  titleBar(cv, 'Comparison 1 of 2: shade and shade-to-base junction', 'US D1,028,415 S (left) and Lumen Street Pleat Lamp, ASINs B0DLM7P3QX / B0DLM7P8VR (right)');
  cv.box(24, 100, 560, 520, C.mid, 2);
  cv.box(616, 100, 560, 520, C.mid, 2);
  cv.text(40, 112, 'Patent FIG. 2, front elevation', C.dark, 2);
  cv.text(632, 112, 'Our lamp, front elevation (ML-TL-2203)', C.dark, 2);
  const footY = 580;
  const s = 1.6;
  const rimY = drawPatentLamp(cv, 304, footY, s);
  const h = 230 * s;
  const g = drawOurLamp(cv, 896, footY, h / 356, { neckFill: C.brass });
  callout(cv, 1, 304 + 60, rimY - 100, 520, 190);
  callout(cv, 2, 304 + 36, rimY, 520, rimY + 10);
  callout(cv, 1, g.shade.x + g.shade.w - 20, g.shade.y + 40, 1110, 190);
  callout(cv, 2, g.neck.x + g.neck.w, g.neck.y + g.neck.h / 2, 1110, rimY + 10);
  cv.text(40, 594, 'Both lamps drawn to the same overall height.', C.mid, 2);
  const rows = [
    ['1 Shade', 'Smooth hemispherical dome; no folds,', 'Cylinder with 16 vertical pleats, flat'],
    ['', 'seams or edges; rounded top.', 'top, zigzag top and bottom rims.'],
    ['2 Junction', 'Dome rests directly on the base;', 'Exposed brass neck, 30 mm tall and'],
    ['', 'no neck is visible.', '16 mm wide, between shade and base.'],
  ];
  let y = 646;
  cv.text(24, y, 'Feature', C.ink, 2);
  cv.text(220, y, 'US D1,028,415 S', C.ink, 2);
  cv.text(700, y, 'Lumen Street Pleat Lamp', C.ink, 2);
  cv.rect(24, y + 22, 1152, 2, C.ink);
  y += 34;
  rows.forEach(([a, b, c2], i) => {
    if (i === 2) cv.rect(24, y - 6, 1152, 1, C.mid);
    cv.text(24, y, a, C.red, 2);
    cv.text(220, y, b, C.ink, 2);
    cv.text(700, y, c2, C.ink, 2);
    y += 26;
  });
  footerBar(cv, ['Exhibit prepared by Lumen Street Lighting LLC, 2026-11-05. Sources: patent FIG. 2; supplier drawing ML-TL-2203.']);
  return cv.png();
}

function lumenComparisonBaseSilhouette() {
  const cv = new Canvas(1200, 900, PAL);
  titleBar(cv, 'Comparison 2 of 2: base and overall silhouette', 'Silhouettes at the same overall height; base outlined in blue; bounding box dashed');
  cv.box(24, 100, 560, 520, C.mid, 2);
  cv.box(616, 100, 560, 520, C.mid, 2);
  cv.text(40, 112, 'Patent FIG. 2, silhouette', C.dark, 2);
  cv.text(632, 112, 'Our lamp, silhouette', C.dark, 2);
  const footY = 560;
  const s = 1.6;
  const P = patentLampShape(304, footY, s);
  cv.polygon(P.dome, C.light);
  cv.polygon(P.base, C.lightBlue);
  cv.outline(P.dome, C.dark, 2);
  cv.outline(P.base, C.blue, 4);
  const h = 230 * s;
  const k = h / 356;
  const g = drawOurLamp(cv, 896, footY, k, { shadeFill: C.light, baseFill: C.lightBlue, neckFill: C.light, t: 2, pleatColor: C.mid });
  cv.box(g.base.x, g.base.y, g.base.w, g.base.h, C.blue, 4);
  // Bounding boxes and ratios.
  const dashBox = (x, y, w, hh) => {
    cv.line(x, y, x + w, y, C.red, 2, 8);
    cv.line(x, y + hh, x + w, y + hh, C.red, 2, 8);
    cv.line(x, y, x, y + hh, C.red, 2, 8);
    cv.line(x + w, y, x + w, y + hh, C.red, 2, 8);
  };
  dashBox(304 - P.width / 2, P.top, P.width, P.height);
  dashBox(g.shade.x, g.top - 4 * k, g.shade.w, 356 * k + 4 * k);
  cv.text(60, 580, 'Width : height = 1.13 : 1', C.red, 2);
  cv.text(760, 580, 'Width : height = 0.53 : 1', C.red, 2);
  callout(cv, 3, 304 + 50, footY - 40, 520, footY - 60);
  callout(cv, 4, 304 + P.width / 2, P.top + 60, 540, 170);
  callout(cv, 3, g.base.x + g.base.w, footY - 60, 1110, footY - 60);
  callout(cv, 4, g.shade.x + g.shade.w, g.top + 20, 1110, 170);
  const rows = [
    ['3 Base', 'Cone, about 1.7 times wider at the', 'Straight-sided cylinder, 110 mm'],
    ['', 'foot than at the top.', 'diameter top and bottom, flat top.'],
    ['4 Silhouette', 'Low, wide mushroom form: the dome is', 'Tall, narrow column: 190 mm wide,'],
    ['', 'wider than the whole lamp is tall.', '356 mm tall.'],
  ];
  let y = 646;
  cv.text(24, y, 'Feature', C.ink, 2);
  cv.text(220, y, 'US D1,028,415 S', C.ink, 2);
  cv.text(700, y, 'Lumen Street Pleat Lamp', C.ink, 2);
  cv.rect(24, y + 22, 1152, 2, C.ink);
  y += 34;
  rows.forEach(([a, b, c2], i) => {
    if (i === 2) cv.rect(24, y - 6, 1152, 1, C.mid);
    cv.text(24, y, a, C.red, 2);
    cv.text(220, y, b, C.ink, 2);
    cv.text(700, y, c2, C.ink, 2);
    y += 26;
  });
  footerBar(cv, ['Exhibit prepared by Lumen Street Lighting LLC, 2026-11-05. Ratios measured on patent FIG. 2 and drawing ML-TL-2203.']);
  return cv.png();
}

function glowShade(cv, cx, cy, rx, ry) {
  const rings = [C.sand, C.glow, C.warm, C.cream];
  rings.forEach((c, i) => cv.fillEllipse(cx, cy, rx * (1 - i * 0.2), ry * (1 - i * 0.2), c));
}

function lumenListingBefore() {
  const cv = new Canvas(1000, 1000, PAL);
  // Soft floor shadow.
  cv.fillEllipse(500, 850, 230, 30, C.light);
  // Low camera: the base looks wider at the foot, the shade rim hides the neck, the lit shade reads as a dome.
  cv.polygon([[440, 560], [560, 560], [640, 850], [360, 850]], C.sand);
  cv.polygon([[440, 560], [470, 560], [400, 850], [360, 850]], C.lightKraft);
  cv.fillEllipse(500, 850, 140, 22, C.sand);
  const dome = [];
  for (let i = 0; i <= 48; i++) {
    const a = Math.PI + (Math.PI * i) / 48;
    dome.push([500 + 250 * Math.cos(a), 560 + 300 * Math.sin(a)]);
  }
  cv.polygon(dome, C.sand);
  glowShade(cv, 500, 440, 200, 180);
  cv.fillEllipse(500, 560, 250, 46, C.lightKraft); // underside of the rim, seen from below
  cv.fillEllipse(500, 560, 200, 30, C.warm);
  footerBar(cv, ['Main image of ASIN B0DLM7P3QX, in use from 2025-04-02 to 2026-11-04. Camera 15° below the shade rim, shade lit: the pleats, the neck and the straight base are not visible.']);
  return cv.png();
}

function lumenProductPhotosAfter() {
  const cv = new Canvas(1100, 790, PAL);
  titleBar(cv, 'New listing images, taken 2026-11-06');
  cv.box(24, 80, 520, 580, C.mid, 2);
  cv.box(556, 80, 520, 580, C.mid, 2);
  cv.fillEllipse(284, 620, 120, 14, C.light);
  drawOurLamp(cv, 284, 620, 1.4, { shadeFill: C.sand, baseFill: C.sand, t: 2, pleatColor: C.kraft });
  cv.text(40, 92, 'Image 1 (main): eye level, front, unlit', C.dark, 2);
  // Detail: the lower shade, the neck and the top of the base at a larger scale, drawn on its own
  // canvas and copied into the right panel.
  const detail = new Canvas(512, 540, PAL);
  drawOurLamp(detail, 256, 300 + 196 * 3.2, 3.2, { shadeFill: C.sand, baseFill: C.sand, t: 3, pleatColor: C.kraft });
  cv.blit(detail, 560, 116);
  cv.text(572, 92, 'Image 3: pleats and brass neck, detail', C.dark, 2);
  footerBar(cv, ['ASINs B0DLM7P3QX (Sand) and B0DLM7P8VR (Charcoal): 7 images each replaced on 2026-11-06. All views at eye level; the 16 pleats, the 30 mm brass neck and the straight base are visible.']);
  return cv.png();
}

function lumenRetractionRequest() {
  const cv = new Canvas(960, 980, PAL);
  cv.rect(0, 0, 960, 50, C.light);
  cv.text(20, 16, 'Sent mail  |  accounts@lumenstreet.example', C.dark, 2);
  let y = 70;
  for (const [k, v] of [
    ['From:', 'Daniel Okafor <accounts@lumenstreet.example>'],
    ['To:', 'ip@brightfield-home.example'],
    ['Date:', 'Fri, 6 Nov 2026, 10:14 (UTC-8)'],
    ['Subject:', 'Complaint ID 17745023, US D1,028,415 S: request to'],
    ['', 'review and retract'],
    ['Attached:', 'comparison-shade-neck.png, comparison-base-silhouette.png,'],
    ['', 'supplier-drawing-ML-TL-2203.png'],
  ]) {
    cv.text(20, y, k, C.dark, 2);
    cv.text(140, y, v, C.ink, 2);
    y += 24;
  }
  cv.rect(20, y + 4, 920, 2, C.mid);
  y += 24;
  const body = [
    'Dear Brightfield Home IP team,',
    'On 4 November 2026 Amazon removed our listings B0DLM7P3QX and B0DLM7P8VR (Lumen Street Pleat Rechargeable Table Lamp) after your complaint 17745023 under US D1,028,415 S.',
    'We have compared our lamp with the figures of the patent. The attached sheets show four differences: (1) our shade is a cylinder with 16 vertical pleats and a flat top, not a smooth dome; (2) our lamp has a 30 mm exposed brass neck between shade and base; (3) our base is a straight cylinder, not a cone; (4) our lamp is tall and narrow, 0.53 times as wide as it is tall, while the patented lamp is wider than it is tall.',
    'Your email of 12 October 2026 reached our customer support inbox and was not passed to our compliance lead. We apologise that it went unanswered.',
    'If, after reviewing the sheets, you agree that our lamp is not within the scope of the patent, we ask you to retract complaint 17745023 with Amazon, through notice-dispute@amazon.com or in Brand Registry. We can discuss this by phone at +1 503 555 0147.',
    'Daniel Okafor\nManaging Member, Lumen Street Lighting LLC\n2150 NW Thurman Street, Suite 210, Portland, OR 97210',
  ];
  for (const p of body) y = cv.para(20, y, 920, p, C.ink, 2, 12) + 12;
  cv.rect(20, y, 4, 112, C.mid);
  let yq = cv.para(40, y + 6, 880, 'On Mon, 12 Oct 2026, 08:02, ip@brightfield-home.example wrote:', C.dark, 2, 12) + 8;
  yq = cv.para(40, yq, 880, 'We have seen your Amazon listing B0DLM7P3QX and believe the lamp shown may fall within our design patent US D1,028,415 S. Please contact us by 26 October 2026 to discuss.', C.dark, 2, 12);
  return cv.png();
}

function lumenSop() {
  const cv = new Canvas(1100, 1060, PAL);
  titleBar(cv, 'SOP-IP-02 Design clearance and IP mail', 'Lumen Street Lighting LLC. Version 1, effective 2026-11-10. Owner: Rachel Kim.');
  let y = 110;
  const section = (head, lines) => {
    cv.text(24, y, head, C.blue, 2);
    y += 28;
    for (const l of lines) y = cv.para(48, y, 990, `- ${l}`, C.ink, 2, 12) + 6;
    y += 8;
  };
  section('A. Before a new product is listed', [
    'Search USPTO Patent Public Search for US design patents in class D26 (lighting) and by keyword, and the WIPO Global Design Database for Locarno class 26-05.',
    'Compare every result that looks similar with the product drawing, feature by feature; record the patents reviewed and the result in the clearance log.',
    'The Compliance Lead and the Product Manager sign the log entry. No listing goes live without a signed entry.',
  ]);
  section('B. Listing images', [
    'Main image: front view at eye level, product unlit, on white. One side view. No low or high camera angles that change the shape.',
    'The Product Manager checks each new image against the product drawing before upload.',
  ]);
  section('C. IP mail', [
    'Mail rule on every company inbox: messages containing patent, trademark, design, infringement or IP go to ip@lumenstreet.example and to the Compliance Lead.',
    'Acknowledge within 1 business day; reply in substance within 3 business days. Log reviewed every Monday.',
  ]);
  cv.text(24, y, 'D. Clearance log, all 11 lamp products (2026-11-10)', C.blue, 2);
  y += 30;
  const cols = [24, 190, 530, 760];
  ['SKU', 'Product', 'Classes searched', 'Result'].forEach((h, i) => cv.text(cols[i], y, h, C.ink, 2));
  cv.rect(24, y + 22, 1012, 2, C.ink);
  y += 32;
  const skus = [
    ['LS-PL14-SD', 'Pleat lamp 14 in, Sand'],
    ['LS-PL14-CH', 'Pleat lamp 14 in, Charcoal'],
    ['LS-GL10-WH', 'Globe lamp 10 in'],
    ['LS-CN12-OK', 'Cone lamp 12 in, oak'],
    ['LS-MB09-BR', 'Mini bell lamp 9 in'],
    ['LS-RD16-BK', 'Reading lamp 16 in'],
    ['LS-CL11-AM', 'Column lamp 11 in'],
    ['LS-LN18-LN', 'Lantern lamp 18 in'],
    ['LS-DK15-GR', 'Desk lamp 15 in'],
    ['LS-CP08-WH', 'Clip lamp 8 in'],
    ['LS-FL58-OK', 'Floor lamp 58 in'],
  ];
  skus.forEach(([sku, name]) => {
    cv.text(cols[0], y, sku, C.ink, 2);
    cv.text(cols[1], y, name, C.ink, 2);
    cv.text(cols[2], y, 'D26, LOC 26-05', C.ink, 2);
    cv.text(cols[3], y, sku.startsWith('LS-PL14') ? 'Differs from D1,028,415' : 'No similar design', C.ink, 2);
    y += 24;
  });
  y += 10;
  cv.text(24, y, 'Signed: Rachel Kim (Compliance Lead), Sofia Reyes (Product Manager), 2026-11-10', C.dark, 2);
  return cv.png();
}

function lumenSupplierDrawing() {
  const cv = new Canvas(1200, 850, PAL);
  cv.box(12, 12, 1176, 826, C.ink, 3);
  cv.box(24, 24, 1152, 802, C.ink, 1);
  // Front elevation, scale 1:2 shown at 1.7 px per mm.
  const s = 1.7;
  const cx = 260;
  const footY = 720;
  const g = drawOurLamp(cv, cx, footY, s, { t: 2, neckFill: C.white });
  const dim = (x0, y0, x1, y1, label, lx, ly) => {
    cv.line(x0, y0, x1, y1, C.blue, 1);
    cv.fillEllipse(x0, y0, 3, 3, C.blue);
    cv.fillEllipse(x1, y1, 3, 3, C.blue);
    cv.text(lx, ly, label, C.blue, 2);
  };
  dim(g.shade.x, g.top - 30, g.shade.x + g.shade.w, g.top - 30, '190', cx - 18, g.top - 56);
  dim(g.base.x, footY + 24, g.base.x + g.base.w, footY + 24, '110', cx - 18, footY + 34);
  dim(cx + 250, g.top, cx + 250, footY, '356', cx + 260, (g.top + footY) / 2);
  dim(cx + 185, g.shade.y, cx + 185, g.shade.y + g.shade.h, '160', cx + 195, g.shade.y + 130);
  dim(cx + 185, g.neck.y, cx + 185, g.neck.y + g.neck.h, '30', cx + 195, g.neck.y + 12);
  dim(cx + 185, g.base.y, cx + 185, footY, '166', cx + 195, g.base.y + 130);
  cv.text(160, 790, 'FRONT ELEVATION', C.ink, 2);
  // Top view: 16-point pleat star.
  const pts = [];
  for (let i = 0; i < 32; i++) {
    const a = (Math.PI * 2 * i) / 32;
    const r = (i % 2 ? 90 : 95) * 1.3;
    pts.push([760 + r * Math.cos(a), 250 + r * Math.sin(a)]);
  }
  cv.outline(pts, C.ink, 2);
  cv.strokeEllipse(760, 250, 10, 10, C.ink, 2);
  cv.text(690, 400, 'TOP VIEW (16 PLEATS)', C.ink, 2);
  // Notes.
  let y = 450;
  for (const n of ['NOTES', '1. Shade: PET fabric, 16 pleats, on steel', '   frame; flat top, open bottom.', '2. Neck: solid brass tube, 16 dia x 30.', '3. Base: aluminium tube, 110 dia,', '   powder coat Sand or Charcoal.', '4. All dimensions in mm.']) {
    cv.text(620, y, n, C.ink, 2);
    y += 24;
  }
  // Title block.
  cv.box(620, 640, 544, 174, C.ink, 2);
  cv.rect(620, 688, 544, 2, C.ink);
  cv.text(632, 652, 'ZHONGSHAN MINGYUE LIGHTING CO., LTD.', C.ink, 2);
  const tb = [
    ['Drawing', 'ML-TL-2203 rev A'],
    ['Title', 'Pleated table lamp, 14 in'],
    ['Drawn', 'Liang Hui, 2022-03-15'],
    ['Checked', 'Mo Jian, 2022-03-17'],
    ['Scale', '1:2   Units: mm'],
  ];
  tb.forEach(([k, v], i) => {
    cv.text(632, 700 + i * 22, k, C.dark, 2);
    cv.text(760, 700 + i * 22, v, C.ink, 2);
  });
  return cv.png();
}

async function makeLumen() {
  save('lumen-design-patent', 'patent-US-D1028415-front-page.png', lumenPatentFrontPage());
  save('lumen-design-patent', 'comparison-shade-neck.png', lumenComparisonShadeNeck());
  save('lumen-design-patent', 'comparison-base-silhouette.png', lumenComparisonBaseSilhouette());
  save('lumen-design-patent', 'listing-main-image-before.png', lumenListingBefore());
  save('lumen-design-patent', 'listing-images-after-2026-11-06.png', lumenProductPhotosAfter());
  save('lumen-design-patent', 'retraction-request-2026-11-06.png', lumenRetractionRequest());
  save('lumen-design-patent', 'sop-ip-02-design-clearance.png', lumenSop());
  save('lumen-design-patent', 'supplier-drawing-ML-TL-2203.png', lumenSupplierDrawing());
}

// ───────────────────────────── Cases 4-18: generic documents and screens ─────────────────────────────
//
// The remaining sample cases use two spec-driven generators instead of one hand-drawn function per file:
// docPdf draws a one- or two-page business document (letterhead, fields, sections, tables, signature),
// screenPng draws a screenshot-like image (title bar, fields, table, optional picture). The specs are
// the data of each case's evidence, kept beside the case it belongs to.

async function docPdf(caseId, s) {
  const { doc, fonts } = await newPdf({ title: s.title, author: s.org, subject: s.subject ?? s.title, date: s.date });
  const pages = s.pages ?? [s.blocks ?? []];
  pages.forEach((blocks, i) => {
    const p = new Sheet(doc, fonts, PageSizes.A4, 50);
    if (i === 0) {
      p.text(s.org, { size: 14, font: 'bold' });
      if (s.orgLine) p.text(s.orgLine, { size: 8, color: GREY });
      p.rule(12);
      p.text(s.heading ?? s.title, { size: 13, font: 'bold', gap: 2 });
      if (s.sub) p.text(s.sub, { size: 9, color: GREY, gap: 6 });
      if (s.fields) p.fields(s.fields).space(6);
    } else p.text(`${s.heading ?? s.title} (continued)`, { size: 11, font: 'bold', gap: 6 });
    for (const b of blocks) {
      if (b.h) p.heading(b.h, 11);
      if (b.p) p.text(b.p, { gap: 4 });
      if (b.fields) p.fields(b.fields).space(4);
      if (b.bullets) p.bullets(b.bullets, { marker: b.numbered ? '1' : '-' });
      if (b.table)
        p.table(
          b.table.cols.map(([header, width, align]) => ({ header, width, align })),
          b.table.rows,
          { size: b.table.size ?? 8.5, highlight: b.table.highlight ?? [], redact: b.table.redact ?? [] },
        );
      if (b.note) p.text(b.note, { size: 8, color: GREY, font: 'oblique', gap: 4 });
    }
    if (i === pages.length - 1 && s.sign) {
      p.space(14);
      p.text(s.sign[0], { font: 'bold' });
      for (const l of s.sign.slice(1)) p.text(l, { size: 9, color: GREY });
    }
    p.footer(`${s.org}  |  ${s.footer ?? s.title}  |  page ${i + 1} of ${pages.length}`);
  });
  save(caseId, s.file, await pdfBytes(doc));
}

// Small pictures for screens: a product on a white tile, a stack of cartons, an ID card face.
const PICTURES = {
  cartons(cv, x, y, w, h) {
    cv.rect(x, y, w, h, C.light);
    const bw = Math.floor(w / 3) - 12;
    const bh = Math.floor(h / 3) - 8;
    for (let r = 0; r < 2; r++)
      for (let k = 0; k < 3 - r; k++) {
        const bx = x + 8 + k * (bw + 8) + r * (bw / 2);
        const by = y + h - 8 - (r + 1) * (bh + 6);
        cv.rect(bx, by, bw, bh, C.kraft);
        cv.box(bx, by, bw, bh, C.dark, 2);
        cv.rect(bx + bw / 2 - 6, by, 12, bh, C.lightKraft);
        cv.rect(bx + 10, by + bh - 34, Math.min(90, bw - 20), 24, C.white);
      }
  },
  product(cv, x, y, w, h, color = C.slate) {
    cv.rect(x, y, w, h, C.white);
    cv.box(x, y, w, h, C.mid, 1);
    const cx = x + w / 2;
    cv.fillEllipse(cx, y + h - 24, w * 0.32, 10, C.light);
    cv.rect(cx - w * 0.2, y + h * 0.3, w * 0.4, h * 0.55, color);
    cv.fillEllipse(cx, y + h * 0.3, w * 0.2, 10, color);
    cv.rect(cx - w * 0.12, y + h * 0.5, w * 0.24, h * 0.12, C.white);
  },
  face(cv, x, y, w, h) {
    cv.rect(x, y, w, h, C.lightBlue);
    cv.fillEllipse(x + w / 2, y + h * 0.38, w * 0.2, h * 0.2, C.mid);
    cv.polygon([[x + w * 0.18, y + h], [x + w * 0.28, y + h * 0.66], [x + w * 0.72, y + h * 0.66], [x + w * 0.82, y + h]], C.mid);
  },
};

/**
 * A screenshot-like PNG. s: { file, w, h, bar, sub, fields: [[k, v]], table: { cols: [[header, px]], rows,
 * hl: [[row, col]] }, lines, picture: { kind, x, y, w, h, color }, stamp, foot }.
 */
function screenPng(s) {
  const w = s.w ?? 1100;
  const cv = new Canvas(w, s.h ?? 700, PAL);
  cv.rect(0, 0, w, 56, s.barColor ?? C.studioMid);
  cv.text(24, 14, s.bar, C.white, 3);
  let y = 72;
  if (s.sub) {
    y = cv.para(24, y, w - 48, s.sub, C.dark, 2, 12) + 8;
  }
  const x0 = s.picture ? s.picture.x + s.picture.w + 30 : 24;
  if (s.picture) {
    PICTURES[s.picture.kind](cv, s.picture.x, s.picture.y ?? y, s.picture.w, s.picture.h, s.picture.color);
  }
  for (const [k, v] of s.fields ?? []) {
    cv.text(x0, y, k, C.dark, 2);
    y = cv.para(x0 + (s.keyWidth ?? 220), y, w - x0 - (s.keyWidth ?? 220) - 24, v, C.ink, 2, 12) + 6;
  }
  if (s.table) {
    y += 8;
    const { cols, rows, hl = [] } = s.table;
    const total = cols.reduce((a, [, px]) => a + px, 0);
    const rh = 30;
    cv.rect(x0, y, total, rh, C.light);
    let x = x0;
    for (const [header, px] of cols) {
      cv.text(x + 8, y + 8, header, C.ink, 2);
      x += px;
    }
    y += rh;
    rows.forEach((row, r) => {
      let cx = x0;
      row.forEach((cell, i) => {
        if (hl.some(([hr, hc]) => hr === r && hc === i)) cv.rect(cx + 1, y + 1, cols[i][1] - 2, rh - 2, C.yellow);
        cv.text(cx + 8, y + 8, String(cell).slice(0, Math.floor((cols[i][1] - 12) / 12)), C.ink, 2);
        cx += cols[i][1];
      });
      y += rh;
      cv.rect(x0, y, total, 1, C.mid);
    });
    cv.box(x0, y - rh * (rows.length + 1), total + 1, rh * (rows.length + 1) + 1, C.dark, 1);
    y += 10;
  }
  for (const line of s.lines ?? []) y = cv.para(x0, y + 4, w - x0 - 24, line, C.ink, 2, 12);
  if (s.stamp) {
    const sw = textWidth(s.stamp, 3) + 28;
    cv.box(w - sw - 30, (s.h ?? 700) - 120, sw, 48, s.stampColor ?? C.green, 3);
    cv.text(w - sw - 16, (s.h ?? 700) - 106, s.stamp, s.stampColor ?? C.green, 3);
  }
  if (s.foot) {
    cv.rect(0, (s.h ?? 700) - 40, w, 40, C.light);
    cv.text(24, (s.h ?? 700) - 28, s.foot, C.dark, 2);
  }
  return cv.png();
}

async function makeGenericCases() {
  for (const [caseId, specs] of Object.entries(GENERIC_EVIDENCE)) {
    for (const s of specs) {
      if (s.file.endsWith('.pdf')) await docPdf(caseId, s);
      else save(caseId, s.file, screenPng(s));
    }
  }
}

// Evidence of cases 4-18, by case id. PDFs: docPdf specs; PNGs: screenPng specs.
const GENERIC_EVIDENCE = {};

const HARBORLINE = { org: 'Harborline Outfitters LLC', orgLine: '1840 Belgrade Avenue, Unit C, North Charleston, SC 29405, United States  |  +1 843 555 0182  |  brand@harborline-outfitters.example' };
GENERIC_EVIDENCE['corvane-brand-registry'] = [
  {
    file: 'uspto-registration-7418263.pdf', date: '2025-06-17', org: 'United States Patent and Trademark Office', orgLine: 'Trademark Status and Document Retrieval: record printout, 2026-11-10',
    title: 'Registration No. 7,418,263: CORVANE', sub: 'Standard character mark. Status: Registered. Printed by Harborline Outfitters LLC for its Brand Registry appeal.',
    fields: [['Mark', 'CORVANE (standard characters)'], ['Registration no.', '7,418,263'], ['Registration date', '2025-06-17'], ['Serial no.', '98/226,104, filed 2024-09-30'], ['Owner', 'Harborline Outfitters LLC, limited liability company, South Carolina, 1840 Belgrade Avenue, Unit C, North Charleston, SC 29405'], ['Class 8', 'Kitchen knives; paring knives; chef knives; knife blocks; knife sharpeners'], ['First use', '2024-02-12; in commerce 2024-04-01']],
    blocks: [{ h: 'Prosecution history', table: { cols: [['Date', 90], ['Event', 390]], rows: [['2024-09-30', 'Application filed'], ['2025-03-04', 'Published for opposition'], ['2025-06-17', 'Registered, principal register']] } }],
    footer: 'USPTO record 7418263',
  },
  {
    file: 'brand-marking-photos.png', w: 1100, h: 620, bar: 'CORVANE products: brand marking on product and box', sub: 'Photographed 2026-11-12 at 1840 Belgrade Avenue. The laser-etched mark is on the left side of each handle; the box front is printed.',
    picture: { kind: 'product', x: 24, y: 140, w: 300, h: 380, color: C.kraft },
    fields: [['B0DCV8K2LM', 'Chef knife 8 in: CORVANE etched on handle, box front printed'], ['B0DCV8K5RT', 'Paring knife 3.5 in: CORVANE etched on handle, box front printed'], ['B0DCV9A1WB', 'Walnut knife block: CORVANE branded on the front, box label printed'], ['Images', '6 images uploaded to the appeal: 2 per product (handle close-up, box front)']], keyWidth: 150,
    stamp: 'CORVANE', stampColor: C.ink, foot: 'Harborline Outfitters LLC  |  brand-marking photos  |  2026-11-12',
  },
  {
    file: 'attendee-id-whitfield.png', w: 900, h: 560, bar: 'SOUTH CAROLINA  DRIVER LICENSE', barColor: C.blue,
    picture: { kind: 'face', x: 30, y: 90, w: 220, h: 280 },
    fields: [['DL no.', '10****4417 (masked for submission)'], ['Name', 'WHITFIELD, DANA R.'], ['Address', '22 Ashley Hall Road, Charleston, SC 29407'], ['Date of birth', '**/**/1987'], ['Issued', '2024-03-08'], ['Expires', '2032-03-08']], keyWidth: 170,
    lines: ['Copy for Amazon Brand Registry video verification, 2026-11-18. The original is shown on camera.'],
    foot: 'Attendee identity document  |  Harborline Outfitters LLC',
  },
  {
    file: 'attendee-authorization.pdf', date: '2026-11-18', ...HARBORLINE,
    title: 'Letter of authorization: video verification attendee', sub: 'To Amazon Brand Registry, re: Brand Registry case 18830457112, brand CORVANE, USPTO registration 7418263',
    blocks: [
      { p: 'Harborline Outfitters LLC is the owner of the trademark CORVANE, USPTO registration 7418263. We authorize our employee Dana Whitfield, Operations Manager since 2023-05-01, to attend the video verification for our Brand Registry appeal on behalf of the company and to show our products and stock.' },
      { fields: [['Attendee', 'Dana Whitfield, Operations Manager, Harborline Outfitters LLC'], ['Identity document', 'South Carolina driver license, issued 2024-03-08'], ['Location of the call', 'Company warehouse, 1840 Belgrade Avenue, Unit C, North Charleston, SC']] },
      { p: 'This authorization covers the video verification and any follow-up on case 18830457112 until 2027-02-28.' },
    ],
    sign: ['Marcus Bell', 'Managing Member, Harborline Outfitters LLC, 2026-11-18'],
  },
  {
    file: 'certificate-of-existence.pdf', date: '2026-11-10', org: 'State of South Carolina, Secretary of State', orgLine: 'Division of Business Filings, 1205 Pendleton Street, Columbia, SC 29201',
    title: 'Certificate of Existence', sub: 'Limited liability company',
    fields: [['Name', 'Harborline Outfitters LLC'], ['Entity id', '01022877'], ['Formed', '2021-08-24, Articles of Organization filed'], ['Registered address', '1840 Belgrade Avenue, Unit C, North Charleston, SC 29405'], ['Organizer and manager', 'Marcus Bell'], ['Status', 'In existence and in good standing on 2026-11-10']],
    blocks: [{ p: 'I certify that the limited liability company named above was formed under the laws of South Carolina and that its existence has not been terminated.' }],
    sign: ['Office of the Secretary of State', 'Certificate no. SC-COE-26-448120, issued 2026-11-10'],
  },
  {
    file: 'video-verification-product-list.pdf', date: '2026-11-18', ...HARBORLINE,
    title: 'Video verification: product list and units on hand', sub: 'Brand CORVANE, Brand Registry case 18830457112. Counted 2026-11-18 by Dana Whitfield.',
    blocks: [
      { table: { cols: [['Product', 170], ['ASIN', 80], ['SKU', 80], ['Units on hand', 70, 'right'], ['Note', 100]], rows: [['CORVANE 8 in Chef Knife', 'B0DCV8K2LM', 'CV-CK8-WN', '140', 'Boxed'], ['CORVANE 3.5 in Paring Knife', 'B0DCV8K5RT', 'CV-PK35-WN', '96', 'Boxed'], ['CORVANE Walnut Knife Block', 'B0DCV9A1WB', 'CV-KB6-WN', '22', 'Made to order']] } },
      { h: 'Exception: knife block', p: 'Knife blocks are made to order in batches of 25 in our workshop. The call will show the 22 finished blocks, the walnut blanks for the next batch and the routing jig.' },
      { h: 'Call set-up', bullets: ['Proposed slots (Eastern Time): 2026-11-30 10:00, 2026-12-01 14:00, 2026-12-02 10:00.', 'Warehouse aisle 3, lit by overhead LED panels; all units stacked by SKU with the box fronts facing the camera.', 'A sample box chosen by the reviewer will be opened on camera.'] },
    ],
    sign: ['Dana Whitfield', 'Operations Manager, Harborline Outfitters LLC'],
  },
  {
    file: 'procedure-br-01.pdf', date: '2026-11-12', ...HARBORLINE,
    title: 'Procedure BR-01: brand filings and brand-marking photos', sub: 'Version 1, effective 2026-11-12. Owner: Marcus Bell, Managing Member.',
    blocks: [
      { h: '1. Brand Registry and trademark filings', bullets: ['Copy the brand name, registration number and holder name from the USPTO record; do not retype them.', 'A second person compares every field with the record and signs the checklist below before submission.', 'File the signed checklist with the submission confirmation.'], numbered: true },
      { h: '2. Brand-marking photos', bullets: ['At launch, photograph each product from 2 angles: the etched handle mark and the printed box front.', 'Store the photos in the product record; use them for every Brand Registry or verification request.'], numbered: true },
      { h: 'Checklist', table: { cols: [['Field', 150], ['Value from USPTO record', 200], ['Checked by', 130]], rows: [['Brand name', 'CORVANE', 'D. Whitfield 2026-11-12'], ['Registration number', '7418263', 'D. Whitfield 2026-11-12'], ['Holder', 'Harborline Outfitters LLC', 'D. Whitfield 2026-11-12']] } },
    ],
    sign: ['Marcus Bell', 'Managing Member'],
  },
];

const ELBTAL = { org: 'Elbtal Handel GmbH', orgLine: 'Wendenstrasse 130, 20537 Hamburg, Germany  |  +49 40 5555 0912  |  HRB 171204, Amtsgericht Hamburg' };
const BRANDT = { org: 'Brandt Elektro Vertrieb GmbH', orgLine: 'Heidenkampsweg 58, 20097 Hamburg, Germany  |  Tel +49 40 5555 0377  |  vertrieb@brandt-elektro.example  |  www.brandt-elektro.example' };
const brandtInvoice = (file, number, date, asin, item, qty, delivered) => ({
  file, date, ...BRANDT, title: `Invoice ${number}`, heading: `Rechnung / Invoice ${number}`,
  sub: `Invoice date ${date}. Customer: Elbtal Handel GmbH, Wendenstrasse 130, 20537 Hamburg, customer no. K-20417.`,
  fields: [['Delivered', delivered], ['Payment', 'Paid in full by bank transfer'], ['Supplier status', 'Authorised distributor of Kelmar GmbH for Germany and Austria since 2021-01-01']],
  blocks: [
    { table: { cols: [['Item', 80], ['Description', 170], ['Customer ref. (ASIN)', 90], ['Qty', 50, 'right'], ['Unit price', 50, 'right'], ['Amount', 55, 'right']], rows: [[item.code, item.name, asin, qty.toLocaleString('en-GB'), 'x', 'x']], redact: [4, 5], highlight: [[0, 2], [0, 3]] } },
    { note: 'Pricing redacted by Elbtal Handel GmbH for submission to Amazon; every other detail is as issued. Highlighted: ASIN and quantity; the supplier block is at the top.' },
  ],
  footer: `Invoice ${number}`,
});
GENERIC_EVIDENCE['elbtal-authenticity'] = [
  brandtInvoice('invoice-brandt-BEV-26-0312.pdf', 'BEV-26-0312', '2026-03-12', 'B0DKM4S7ZA', { code: 'KLM-KS5-GL', name: 'Kelmar Digital Kitchen Scale 5 kg, glass top. EAN 4069912004518' }, 1000, '2026-03-16, delivery note LS-26-0312'),
  brandtInvoice('invoice-brandt-BEV-26-0220.pdf', 'BEV-26-0220', '2026-02-20', 'B0DKM4T2QE', { code: 'KLM-LS50', name: 'Kelmar Digital Luggage Scale 50 kg. EAN 4069912006208' }, 300, '2026-02-24, delivery note LS-26-0220'),
  {
    file: 'kelmar-authorization-letter.pdf', date: '2026-11-07', org: 'Kelmar GmbH', orgLine: 'Industriestrasse 12, 73037 Goeppingen, Germany  |  +49 7161 5555 210  |  www.kelmar.example',
    title: 'Confirmation of distributor and invoices', sub: 'To Amazon Seller Performance, amazon.de. Re: Elbtal Handel GmbH, store "Elbtal Haushalt".',
    blocks: [
      { p: 'Kelmar GmbH owns the KELMAR brand (DPMA registration 30 2019 104 772, class 9) and manufactures Kelmar scales. We confirm that:' },
      { bullets: ['Brandt Elektro Vertrieb GmbH, Hamburg, has been our authorised distributor for Germany and Austria since 2021-01-01.', 'Invoices BEV-26-0220 (300 luggage scales, ASIN B0DKM4T2QE) and BEV-26-0312 (1,000 kitchen scales, ASIN B0DKM4S7ZA) cover goods we delivered to Brandt and are genuine Kelmar products.', 'Elbtal Handel GmbH may resell genuine Kelmar products bought from Brandt on amazon.de, amazon.fr and amazon.it.', 'Hafen Restposten KG is not part of our distribution chain.'], numbered: true },
      { p: 'Amazon may verify this letter with us at the contact details below.' },
    ],
    sign: ['Anja Roth', 'Sales Director, Kelmar GmbH  |  a.roth@kelmar.example  |  +49 7161 5555 210'],
  },
  {
    file: 'removal-order-EH-RO-2611-01.png', w: 1100, h: 560, bar: 'Seller Central: removal order EH-RO-2611-01', sub: 'Created 2026-11-04, status Completed 2026-11-06. Ship to: Hafen Restposten KG, Am Veringhafen 9, 21107 Hamburg (return for credit).',
    table: { cols: [['SKU', 180], ['ASIN', 160], ['Requested', 150], ['Shipped', 130], ['Disposition', 200]], rows: [['EH-KLM-LS50-H', 'B0DKM4T2QE', '62', '62', 'Returned to seller'], ['EH-KLM-LS50', 'B0DKM4T2QE', '0', '0', 'Brandt stock, kept']], hl: [[0, 3]] },
    lines: ['Credit note HR-GS-2611-07 from Hafen Restposten KG, 2026-11-06: 62 units received back.', 'Remaining FBA stock of B0DKM4T2QE after removal: 88 units, all from Brandt invoice BEV-26-0220.'],
    foot: 'Elbtal Handel GmbH  |  removal order and credit note  |  2026-11-06',
  },
  {
    file: 'listing-after-2026-11-04.png', w: 1100, h: 520, bar: 'amazon.de: Kelmar Digital Luggage Scale, 50 kg', sub: 'Listing B0DKM4T2QE as shown on 2026-11-04 after the edit.',
    picture: { kind: 'product', x: 24, y: 120, w: 260, h: 320, color: C.slate },
    fields: [['Title', 'Kelmar Digital Luggage Scale, 50 kg, with tare and hold function'], ['Bullet 1', 'Weighs suitcases and bags up to 50 kg in 10 g steps'], ['Bullet 2', 'Backlit display; battery included'], ['Removed', 'The words "suitable for Samsonite suitcases" (title and bullet 3)']], keyWidth: 120,
    foot: 'Elbtal Handel GmbH  |  listing after the change  |  2026-11-04',
  },
  {
    file: 'procedure-EH-QM-03.pdf', date: '2026-11-07', ...ELBTAL,
    title: 'Procedure EH-QM-03: purchasing and listing checks', sub: 'Version 2, effective 2026-11-07. Owner: Jonas Petersen, Managing Director.',
    blocks: [
      { h: '1. Approved suppliers', bullets: ['Branded goods are bought only from suppliers on the approved list below.', 'A supplier is added only after the brand owner confirms it as a distributor in writing.', 'Every invoice must show the supplier name, address, phone and website; goods arriving without one are not booked in.'], numbered: true },
      { table: { cols: [['Supplier', 170], ['Brands', 130], ['Confirmed by brand owner', 180]], rows: [['Brandt Elektro Vertrieb GmbH', 'Kelmar', 'Kelmar GmbH, 2026-11-07'], ['Kelmar GmbH (direct)', 'Kelmar', 'Brand owner']] } },
      { h: '2. Listing text', bullets: ['The listings manager checks each new title and bullet against the third-party brand list.', 'A second person approves every change before it is published.', 'All 146 listings are audited on the first working day of each month.'], numbered: true },
    ],
    sign: ['Jonas Petersen', 'Managing Director, Elbtal Handel GmbH'],
  },
];

const MAPLECREST = { org: 'Maplecrest Home Inc.', orgLine: '2250 Argentia Road, Unit 14, Mississauga, ON L5N 6A5, Canada  |  +1 905 555 0136  |  owner@maplecrest-home.example' };
GENERIC_EVIDENCE['maplecrest-related-accounts'] = [
  {
    file: 'certificate-of-incorporation.pdf', date: '2022-01-18', org: 'Ontario Ministry of Public and Business Service Delivery', orgLine: 'Ontario Business Registry',
    title: 'Certificate of Incorporation', sub: 'Business Corporations Act (Ontario)',
    fields: [['Corporation name', 'Maplecrest Home Inc.'], ['Ontario corporation no.', '1004387712'], ['Date of incorporation', '2022-01-18'], ['Registered office', '2250 Argentia Road, Unit 14, Mississauga, ON L5N 6A5'], ['Director', 'Sarah Kowalczyk'], ['Status', 'Active']],
    blocks: [{ p: 'This is to certify that the corporation named above was incorporated under the Business Corporations Act on the date shown.' }],
    sign: ['Director appointed under the Business Corporations Act', 'Certificate issued 2022-01-18'],
  },
  {
    file: 'passport-kowalczyk.png', w: 900, h: 540, bar: 'CANADA  PASSPORT / PASSEPORT', barColor: C.red,
    picture: { kind: 'face', x: 30, y: 90, w: 220, h: 280 },
    fields: [['Passport no.', 'AB****318 (masked for submission)'], ['Surname', 'KOWALCZYK'], ['Given names', 'SARAH ANNE'], ['Date of birth', '** *** 1984'], ['Issued', '2023-06-02'], ['Expires', '2033-06-02']], keyWidth: 190,
    lines: ['Copy made 2026-11-08 for Amazon account verification. Name matches the account holder and the corporation director.'],
    foot: 'Identity document of the account owner  |  Maplecrest Home Inc.',
  },
  {
    file: 'utility-bill-2026-10.pdf', date: '2026-10-21', org: 'Peel Hydro Utilities', orgLine: 'PO Box 4100, Mississauga, ON L5A 4G2  |  1 905 555 0100  |  www.peelhydro.example',
    title: 'Electricity bill, October 2026', sub: 'Account 3318-2204-17. Bill date 2026-10-21.',
    fields: [['Customer', 'Maplecrest Home Inc.'], ['Service address', '2250 Argentia Road, Unit 14, Mississauga, ON L5N 6A5'], ['Billing period', '2026-09-18 to 2026-10-17 (30 days)'], ['Usage', '1,482 kWh']],
    blocks: [{ table: { cols: [['Charge', 300], ['Amount', 120, 'right']], rows: [['Electricity', 'CAD 198.41'], ['Delivery', 'CAD 96.12'], ['Regulatory and HST', 'CAD 41.37'], ['Total due 2026-11-10', 'CAD 335.90']] } }],
  },
  {
    file: 'user-permissions-2026-11-07.png', w: 1100, h: 600, bar: 'Seller Central: User Permissions', sub: 'Maplecrest Home (A1MAPLECREST5HN). Before: export of 2026-11-06. After: 2026-11-07 16:40 ET.',
    table: { cols: [['User', 260], ['Role', 220], ['Before', 170], ['After', 300]], rows: [['s.kowalczyk (primary)', 'Account owner', 'Active', 'Active, 2-step app'], ['priya.desai.books', 'Payments, reports', 'Active', 'Removed 2026-11-07'], ['d.fraser', 'Inventory (left 2025)', 'Active', 'Removed 2026-11-07'], ['k.osei', 'Orders (left 2026-03)', 'Active', 'Removed 2026-11-07'], ['m.lau', 'Orders', 'Active', 'Active, company laptop']], hl: [[1, 3], [2, 3], [3, 3]] },
    lines: ['Primary password changed 2026-11-07. Two-step verification: authenticator app on company phone.'],
    foot: 'Maplecrest Home Inc.  |  user permissions  |  2026-11-07',
  },
  {
    file: 'statement-priya-desai.pdf', date: '2026-11-08', org: 'Priya Desai Bookkeeping', orgLine: '88 Queen Street South, Suite 3, Mississauga, ON L5M 1K8  |  +1 905 555 0174  |  priya@desai-books.example',
    title: 'Statement about access to the Maplecrest Home seller account', sub: 'Signed 2026-11-08 at the request of Maplecrest Home Inc.',
    blocks: [{ bullets: ['I kept the books of Maplecrest Home Inc. from 2026-05-01 and logged in to its Seller Central as a user with payments and reports access.', 'I used the same laptop to do bookkeeping for another client, TrueNorth Deals, in the same period.', 'I have no ownership, employment or other interest in either company, and neither company has an interest in the other through me.', 'My user access to Maplecrest Home was removed on 2026-11-07. From 2026-11-09 I receive monthly reports from Maplecrest Home by email only.'], numbered: true }],
    sign: ['Priya Desai', 'Chartered Professional Accountant, Priya Desai Bookkeeping'],
  },
  {
    file: 'account-access-policy.pdf', date: '2026-11-09', ...MAPLECREST,
    title: 'Account access policy and device register', sub: 'Version 1, effective 2026-11-09. Owner: Sarah Kowalczyk, President.',
    blocks: [
      { h: 'Rules', bullets: ['Seller Central is used only on the company devices in the register below.', 'Each user has their own login with only the permissions their role needs; no shared logins.', 'User permissions are reviewed on the first business day of each quarter and removed on a user\'s last working day.', 'Outside service providers get reports by email and have no Seller Central login. They sign the access agreement, which forbids using one device for several Amazon sellers.'], numbered: true },
      { h: 'Device register', table: { cols: [['Device', 150], ['Serial', 120], ['User', 120], ['Since', 90]], rows: [['Laptop 1 (ThinkPad)', 'PF-3KQ21X', 'S. Kowalczyk', '2026-11-09'], ['Laptop 2 (ThinkPad)', 'PF-3KQ37M', 'M. Lau', '2026-11-09'], ['Company phone', 'IMEI ***4471', '2-step codes', '2026-11-07']] } },
    ],
    sign: ['Sarah Kowalczyk', 'President, Maplecrest Home Inc.'],
  },
];

// Order ids for filler rows: seeded, so the files stay byte-identical.
function fillerOrders(seed, n, prefixes) {
  const rnd = seeded(seed);
  const d = (k) => String(Math.floor(rnd() * 10 ** k)).padStart(k, '0');
  return Array.from({ length: n }, () => `${prefixes[Math.floor(rnd() * prefixes.length)]}-${d(7)}-${d(7)}`);
}
function fillerDates(seed, n, from, to) {
  const rnd = seeded(seed);
  const a = Date.parse(`${from}T00:00:00Z`);
  const days = (Date.parse(`${to}T00:00:00Z`) - a) / 864e5 + 1;
  return Array.from({ length: n }, () => new Date(a + Math.floor(rnd() * days) * 864e5).toISOString().slice(0, 10)).sort();
}

const KIWA = { org: 'Kiwa Outdoor Pty Ltd', orgLine: 'Unit 5, 41 Computer Road, Yatala QLD 4207, Australia  |  +61 7 5555 0148  |  ABN 51 634 118 902' };
GENERIC_EVIDENCE['kiwa-restricted-products'] = [
  {
    file: 'listing-deletion-2026-11-05.png', w: 1100, h: 520, bar: 'Seller Central: Manage All Inventory', sub: 'amazon.com.au, Kiwa Outdoor. Filter: the 2 SKUs named in notification RP-20266-4418. Captured 2026-11-05 15:12 AEST.',
    table: { cols: [['SKU', 160], ['ASIN', 160], ['Product', 420], ['Status', 260]], rows: [['KW-MRW-10', 'B0DKW3M8PB', 'Citronella Repellent Wristband', 'Deleted 2026-11-05'], ['KW-MRC-04', 'B0DKW3M9XC', 'Mosquito Repellent Clip', 'Deleted 2026-11-05']], hl: [[0, 3], [1, 3]] },
    lines: ['"Your request to delete 2 listings was successful." The SKUs no longer appear in Manage All Inventory or in search.'],
    stamp: 'DELETED', stampColor: C.red, foot: 'Kiwa Outdoor Pty Ltd  |  listing deletion confirmation  |  2026-11-05',
  },
  {
    file: 'removal-and-destruction.pdf', date: '2026-11-12', ...KIWA,
    title: 'Removal order KW-RO-1106 and certificate of destruction', sub: 'Both products named in notification RP-20266-4418.',
    blocks: [
      { h: 'Removal order KW-RO-1106 (created 2026-11-06, completed 2026-11-10)', table: { cols: [['SKU', 90], ['ASIN', 90], ['Fulfilment centre', 110], ['Units removed', 80, 'right'], ['Shipped to', 125]], rows: [['KW-MRW-10', 'B0DKW3M8PB', 'BWU1 Kemps Creek', '260', 'Yatala warehouse'], ['KW-MRC-04', 'B0DKW3M9XC', 'BWU1 Kemps Creek', '150', 'Yatala warehouse'], ['Total', '', '', '410', '']], highlight: [[2, 3]] } },
      { h: 'Certificate of destruction GC-DC-88120', fields: [['Contractor', 'GoldCoast Waste Solutions Pty Ltd, licence EPA-EA-0041187, 14 Quarry Road, Stapylton QLD 4207, +61 7 5555 0390'], ['Received', '2026-11-12: 410 units, 2 product lines, 41 kg'], ['Method', 'Chemical waste stream; incinerated under licence'], ['Witnessed by', 'Tama Wiremu, Director, Kiwa Outdoor Pty Ltd']] },
      { p: 'No stock of either product remains with Kiwa Outdoor or at any Amazon fulfilment centre. Both SKUs are closed in our stock system.' },
    ],
    sign: ['Tama Wiremu', 'Director, Kiwa Outdoor Pty Ltd'],
  },
  {
    file: 'claims-review-2026-11-10.pdf', date: '2026-11-10', ...KIWA,
    title: 'Claims review of the 38 remaining listings', sub: 'Checked against Amazon Restricted Products pages (Pesticides; Medical devices; Drugs) and the APVMA and TGA registers, 2026-11-07 to 2026-11-10.',
    blocks: [
      { table: { cols: [['Product group', 170], ['Listings', 60, 'right'], ['Pest-control claim', 90], ['Health or medical claim', 100], ['Result', 75]], rows: [['Camping cookware', '11', 'None', 'None', 'Pass'], ['Tents and shelters', '7', 'None', 'None', 'Pass'], ['Lighting and torches', '8', 'None', 'None', 'Pass'], ['Hydration and bottles', '6', 'None', 'None', 'Pass'], ['Insect nets (mesh only)', '3', 'None; mesh barrier, no chemical', 'None', 'Pass'], ['First-aid pouches (empty)', '3', 'None', 'None; sold empty', 'Pass']] } },
      { p: 'All 38 listings passed. The 3 insect-net listings describe a physical mesh and contain no repellent substance; their text was checked word by word.' },
    ],
    sign: ['Lena Park', 'Product Manager; countersigned by Tama Wiremu, Director'],
  },
  {
    file: 'product-compliance-checklist-v2.pdf', date: '2026-11-10', ...KIWA,
    title: 'Product compliance checklist PC-02, version 2', sub: 'Effective 2026-11-10. Owner: Lena Park, Product Manager. Completed for every new product before the first purchase order.',
    blocks: [
      { h: 'Questions', bullets: ['Does the product, its packaging or its listing claim to kill, repel or control insects or other pests? If yes: APVMA registration number required, or the product is not sold.', 'Does it claim to treat, prevent or relieve any health condition? If yes: TGA entry required, or the product is not sold.', 'Is the product or category named on Amazon\'s Restricted Products pages for amazon.com.au? Record the page and the outcome.', 'Does the category need approval from Amazon before listing? Record the approval.', 'Safety labelling and electrical standards (from version 1).'], numbered: true },
      { h: 'Sign-off', table: { cols: [['Step', 200], ['Who', 150], ['Record', 130]], rows: [['Checklist completed', 'Product manager', 'PC-02 form'], ['Claims and registers checked', 'Product manager', 'Register printout'], ['Approved to order', 'Director', 'Signature and date']] } },
    ],
    sign: ['Tama Wiremu', 'Director, Kiwa Outdoor Pty Ltd'],
  },
  {
    file: 'training-record-2026-11-11.pdf', date: '2026-11-11', ...KIWA,
    title: 'Training record: Amazon Restricted Products policy', sub: 'Session of 2026-11-11, 09:00-11:30, Yatala office. Trainer: Tama Wiremu, Director.',
    blocks: [
      { h: 'Content', bullets: ['Amazon Restricted Products policy, amazon.com.au, with the Pesticides and Pesticide Devices page and the Medical Devices page.', 'Which claims make a product a pesticide under Australian law; APVMA and TGA register searches.', 'Checklist PC-02 version 2, worked on the 2 removed products.'] },
      { h: 'Attendance and test', table: { cols: [['Name', 150], ['Role', 170], ['Test score', 80, 'right'], ['Next training', 90]], rows: [['Lena Park', 'Product Manager', '10/10', '2027-05-11'], ['Josh Tran', 'Listings Executive', '9/10', '2027-05-11'], ['Amelia Scott', 'Listings Executive', '9/10', '2027-05-11'], ['Ravi Nair', 'Purchasing', '8/10', '2027-05-11']] } },
    ],
    sign: ['Tama Wiremu', 'Director, Kiwa Outdoor Pty Ltd'],
  },
];

const OAKRIDGE = { org: 'Oakridge Garden Supply LLC', orgLine: '4410 Industrial Parkway, Columbus, OH 43228, United States  |  +1 614 555 0193  |  orders@oakridge-garden.example' };
GENERIC_EVIDENCE['oakridge-atoz'] = [
  (() => {
    const ids = fillerOrders(20261024, 8, ['111', '112', '113', '114']);
    const dates = fillerDates(20261025, 8, '2026-08-20', '2026-10-10');
    const rows = [
      ['113-2290417-8835120', '2026-09-14', 'B0DOK5P1TC', 'A-to-z claim', 'RC1', 'Refund USD 89.99'],
      ['112-6618305-4402871', '2026-10-03', 'B0DOK5P1GR', 'Chargeback', 'RC1', 'Refund USD 89.99'],
      ['114-0937752-1168430', '2026-09-21', 'B0DOK5P1GR', 'A-to-z claim', 'RC2', 'Refund; correct colour sent'],
      ...ids.map((id, i) => [id, dates[i], i % 2 ? 'B0DOK5P1GR' : 'B0DOK5P1TC', i === 5 ? 'Chargeback' : 'A-to-z claim', i < 6 ? 'RC1' : 'RC2', i < 6 ? 'Refund USD 89.99' : 'Refund; correct colour sent']),
    ];
    return {
      file: 'refund-record-2026-10-24.pdf', date: '2026-10-24', ...OAKRIDGE,
      title: 'Refund record: A-to-z claims and chargebacks, 60 days to 2026-10-31', sub: '688 seller-fulfilled orders; 11 with a claim or chargeback. Orders cited in the letter are highlighted.',
      blocks: [
        { table: { cols: [['Order ID', 110], ['Order date', 65], ['ASIN', 70], ['Defect', 70], ['Cause', 40], ['Resolution', 140]], rows, highlight: [[0, 0], [1, 0], [2, 0]] } },
        { p: 'Causes: RC1 no proof of delivery (6 claims, 2 chargebacks); RC2 wrong colour picked (3 claims). All 11 orders refunded in full by 2026-10-24; none disputed.' },
      ],
      sign: ['Megan Alvarez', 'Owner, Oakridge Garden Supply LLC'],
    };
  })(),
  {
    file: 'freight-agreement-OH-FR-2026-552.pdf', date: '2026-11-02', org: 'Buckeye Freight Services Inc.', orgLine: '2700 Westbelt Drive, Columbus, OH 43228  |  +1 614 555 0411  |  www.buckeye-freight.example',
    title: 'Service agreement OH-FR-2026-552', sub: 'Residential parcel and light freight service for Oakridge Garden Supply LLC',
    fields: [['Signed', '2026-11-02'], ['Service starts', '2026-11-04'], ['Term', '12 months']],
    blocks: [{ h: 'Service terms', bullets: ['Every parcel over USD 75 declared value is delivered with a photo at the door and the recipient\'s signature, both uploaded to tracking.', 'Tracking numbers are returned by API within 15 minutes of label creation.', 'Parcels without a delivery scan after 5 business days are traced by Buckeye within 2 business days.', 'Daily pickup at 15:00 from 4410 Industrial Parkway.'], numbered: true }],
    sign: ['Derek Owens, Account Manager, Buckeye Freight Services Inc.', 'Megan Alvarez, Owner, Oakridge Garden Supply LLC'],
  },
  {
    file: 'bins-c14-c16.png', w: 1000, h: 560, bar: 'Aisle C, bins C-14 and C-16 (2026-11-03)',
    picture: { kind: 'cartons', x: 24, y: 80, w: 420, h: 380 },
    fields: [['Bin C-14', 'Fiberstone Planter 24 in, Terracotta, B0DOK5P1TC, orange label'], ['Bin C-15', 'Empty buffer bin between colours'], ['Bin C-16', 'Fiberstone Planter 24 in, Slate Grey, B0DOK5P1GR, grey label'], ['Scanner', 'Packing station rejects a barcode that does not match the order']], keyWidth: 110,
    foot: 'Oakridge Garden Supply LLC  |  bin photo  |  2026-11-03',
  },
  {
    file: 'packing-procedure-WH-04.pdf', date: '2026-11-03', ...OAKRIDGE,
    title: 'Packing procedure WH-04, version 3: scan-to-verify', sub: 'Effective 2026-11-03. Owner: Luis Romero, Warehouse Lead.',
    blocks: [
      { h: 'Steps', bullets: ['Pick from the bin shown on the pick list; each colour has its own bin with an empty bin between colours.', 'At the packing station scan the product barcode; the station shows the order line and rejects a mismatch.', 'Print the label only after a match; orders over USD 75 print a signature and photo-delivery label.', 'Each Friday the warehouse lead opens and checks 20 packed orders and records the result.'], numbered: true },
      { h: 'Audit record, first week', table: { cols: [['Date', 90], ['Orders audited', 90, 'right'], ['Mismatches', 80, 'right'], ['Checked by', 140]], rows: [['2026-11-06', '20', '0', 'Luis Romero']] } },
    ],
    sign: ['Luis Romero', 'Warehouse Lead'],
  },
];

const THISTLE = { org: 'Thistle & Fern Crafts Ltd', orgLine: 'Unit 3, Peffermill Industrial Estate, Edinburgh EH16 5UY  |  +44 131 496 0725  |  company no. SC712004' };
GENERIC_EVIDENCE['thistle-late-shipment'] = [
  (() => {
    const ids = fillerOrders(20261031, 35, ['026', '202', '203', '204', '205']);
    const sick = fillerDates(20261101, 22, '2026-10-11', '2026-10-16');
    const transfer = fillerDates(20261102, 13, '2026-09-29', '2026-10-27');
    const rows = [
      ['026-4410928-3356217', '2026-10-13', 'B0DTF2W7KN', '2026-10-14', '2026-10-17', 'RC1'],
      ['203-8812047-5520981', '2026-10-06', 'B0DTF2W9LM', '2026-10-07', '2026-10-09', 'RC2'],
      ...sick.map((d, i) => [ids[i], d, i % 3 ? 'B0DTF2W7KN' : 'B0DTF2W9LM', d < '2026-10-16' ? '2026-10-' + String(Number(d.slice(8)) + 1).padStart(2, '0') : '2026-10-17', '2026-10-17', 'RC1']),
      ...transfer.map((d, i) => [ids[22 + i], d, 'B0DTF2W9LM', 'next day', '+2 to 3 days', 'RC2']),
    ];
    return {
      file: 'late-dispatch-log.pdf', date: '2026-10-31', ...THISTLE,
      title: 'Late dispatch log, 30 days to 2026-10-28', sub: '394 orders; 37 dispatched after the expected dispatch date (9.4%). Orders cited in the letter are highlighted.',
      pages: [
        [{ table: { cols: [['Order ID', 120], ['Ordered', 70], ['ASIN', 80], ['Due', 70], ['Dispatched', 70], ['Cause', 50]], rows: rows.slice(0, 26), size: 7.8, highlight: [[0, 0], [1, 0]] } }],
        [{ table: { cols: [['Order ID', 120], ['Ordered', 70], ['ASIN', 80], ['Due', 70], ['Dispatched', 70], ['Cause', 50]], rows: rows.slice(26), size: 7.8 } }, { p: 'RC1: director ill 2026-10-12 to 2026-10-16, no cover (23 orders). RC2: waiting for stock transfer from the storage unit (14 orders). Every buyer was told the new dispatch date by message.' }],
      ],
      sign: ['Eilidh Munro', 'Director'],
    };
  })(),
  {
    file: 'dispatch-rota-2026-11.png', w: 1000, h: 480, bar: 'Thistle & Fern: dispatch rota from 2026-11-02',
    table: { cols: [['Day', 140], ['Packs and confirms', 300], ['Cover', 260], ['14:00 check', 200]], rows: [['Monday', 'Callum Reid', 'Eilidh Munro', 'Callum'], ['Tuesday', 'Eilidh Munro', 'Callum Reid', 'Eilidh'], ['Wednesday', 'Callum Reid', 'Eilidh Munro', 'Callum'], ['Thursday', 'Eilidh Munro', 'Callum Reid', 'Eilidh'], ['Friday', 'Callum Reid (+ stock count)', 'Eilidh Munro', 'Callum']] },
    lines: ['Handling time in Seller Central: 2 days. Orders placed after 13:00 on Friday are dispatched on Monday.'],
    foot: 'Thistle & Fern Crafts Ltd  |  dispatch rota  |  2026-11-02',
  },
  {
    file: 'stock-count-2026-11-01.pdf', date: '2026-11-01', ...THISTLE,
    title: 'Stock count after the move to the workshop', sub: 'Counted 2026-11-01 by Eilidh Munro and Callum Reid; storage unit 14, Sighthill, emptied and handed back the same day.',
    blocks: [
      { table: { cols: [['SKU', 90], ['ASIN', 90], ['Product', 180], ['Counted', 60, 'right'], ['Seller Central', 75, 'right']], rows: [['TF-CND-HF', 'B0DTF2W7KN', 'Soy candle, Heather and Fig', '540', '540'], ['TF-CST-06', 'B0DTF2W9LM', 'Wool felt coaster set', '480', '480'], ['TF-CND-SP', 'B0DTF3A1QP', 'Soy candle, Sea Pine', '240', '240'], ['Total', '', '', '1,260', '1,260']] } },
      { p: 'Location: shelving bays A to D beside the packing bench. Reorder point: 2 weeks of sales per SKU, checked at the Friday count.' },
    ],
    sign: ['Eilidh Munro', 'Director'],
  },
];

const HOKUTO = { org: 'Hokuto Trading K.K.', orgLine: '3-8-12 Minamisenba, Chuo-ku, Osaka 542-0081, Japan  |  +81 6 5555 0274  |  amazon@hokuto-trading.example' };
GENERIC_EVIDENCE['hokuto-valid-tracking'] = [
  (() => {
    const ids = fillerOrders(20261105, 60, ['249', '250', '503']);
    const dates = fillerDates(20261106, 60, '2026-10-04', '2026-11-02');
    const rows = [
      ['250-3318427-6640129', '2026-10-12', 'B0DHK6T3NA', 'Click Post', 'Other / "clickpost"', 'RC1', 'Re-entered 2026-11-05'],
      ['503-7720184-2295516', '2026-10-20', 'B0DHK6T8RB', 'Yamato, 2 parcels', 'None uploaded', 'RC2', 'Uploaded 2026-11-05'],
      ...ids.map((id, i) => (i < 40
        ? [id, dates[i], i % 4 ? 'B0DHK6T3NA' : 'B0DHK6T8RB', i % 5 ? 'Click Post' : 'Letter Pack', 'Other / free text', 'RC1', 'Re-entered 2026-11-05']
        : [id, dates[i] < '2026-10-05' ? '2026-10-05' : dates[i], i % 2 ? 'B0DHK6T8RB' : 'B0DHK6T3NA', 'Yamato, 2 parcels', 'None uploaded', 'RC2', 'Uploaded 2026-11-05'])),
    ];
    const cols = [['Order ID', 110], ['Shipped', 60], ['ASIN', 70], ['Service', 80], ['Confirmed as', 85], ['Cause', 35], ['Fixed', 55]];
    return {
      file: 'invalid-tracking-orders.pdf', date: '2026-11-05', ...HOKUTO,
      title: 'Shipments without valid tracking, 30 days to 2026-11-02', sub: '545 seller-fulfilled shipments; 62 without valid tracking (Valid Tracking Rate 88.6%). RC1 Click Post and Letter Pack mapped to "Other": 41. RC2 two-parcel orders after the 2026-10-05 update: 21.',
      pages: [
        [{ table: { cols, rows: rows.slice(0, 38), size: 7.2, highlight: [[0, 0], [1, 0]] } }],
        [{ table: { cols, rows: rows.slice(38), size: 7.2 } }, { p: 'All 62 tracking numbers were corrected or uploaded on 2026-11-05. Every parcel was delivered; no buyer filed a claim.' }],
      ],
      sign: ['Yuki Mori', 'Shipping Manager'],
    };
  })(),
  {
    file: 'carrier-mapping-2026-11-05.png', w: 1100, h: 560, bar: 'Naniwa OMS 4.12: carrier mapping for Amazon confirmation', sub: 'Hokuto Trading K.K. Settings > Carriers. Before: export of 2026-11-04. After: saved 2026-11-05 10:42 JST by Yuki Mori.',
    table: { cols: [['Label service', 230], ['Before: carrier', 200], ['Before: service', 200], ['After: carrier', 200], ['After: service', 220]], rows: [['Click Post', 'Other', 'clickpost', 'Japan Post', 'Click Post'], ['Letter Pack Light', 'Other', 'letterpack', 'Japan Post', 'Letter Pack'], ['Yu-Pack', 'Japan Post', 'Yu-Pack', 'Japan Post', 'Yu-Pack'], ['Takkyubin', 'Yamato', 'TA-Q-BIN', 'Yamato', 'TA-Q-BIN']], hl: [[0, 3], [0, 4], [1, 3], [1, 4]] },
    lines: ['Test: order 249-0000000-0000001 (internal test) confirmed with Click Post at 10:55; Amazon showed the tracking as valid at 11:20.'],
    foot: 'Hokuto Trading K.K.  |  carrier mapping  |  2026-11-05',
  },
  {
    file: 'release-note-4-12-1.pdf', date: '2026-11-05', org: 'Naniwa Commerce Systems Co., Ltd.', orgLine: '1-4-5 Utsubo-honmachi, Nishi-ku, Osaka 550-0004  |  +81 6 5555 0810  |  support@naniwa-oms.example',
    title: 'Release note: Naniwa OMS 4.12.1', sub: 'Released 2026-11-05. Fix for customers who installed 4.12.0 (released 2026-10-05).',
    blocks: [
      { h: 'Fixed', bullets: ['Issue NOMS-2281: orders shipped in two or more parcels were confirmed to Amazon without any tracking number. 4.12.1 sends the tracking number of every parcel.', 'A re-send tool uploads the missing numbers for orders confirmed since 2026-10-05.'] },
      { h: 'Customer test record (Hokuto Trading K.K.)', table: { cols: [['Test order', 140], ['Parcels', 60, 'right'], ['Tracking on Amazon', 150], ['Checked by', 120]], rows: [['Test 1', '1', 'Valid', 'Yuki Mori'], ['Test 2', '2', 'Valid, both numbers', 'Yuki Mori'], ['Test 3 (Click Post)', '1', 'Valid', 'Yuki Mori']] } },
      { p: 'Re-send tool run by the customer on 2026-11-05: 21 orders updated.' },
    ],
    sign: ['Naniwa Commerce Systems support', 'Ticket NCS-77120'],
  },
  {
    file: 'procedure-SH-02.pdf', date: '2026-11-05', ...HOKUTO,
    title: 'Procedure SH-02: tracking checks', sub: 'Version 1, effective 2026-11-05. Owner: Yuki Mori, Shipping Manager.',
    blocks: [
      { h: 'Daily check (17:00 JST)', bullets: ['Open the Amazon shipment confirmation report for the day.', 'Filter orders with no tracking number or with carrier "Other"; correct each one before the 18:00 collection.', 'Record the count in the daily log; the representative director reviews the log each Friday.'], numbered: true },
      { h: 'Software updates', bullets: ['Install updates on the test profile first.', 'Confirm 3 test orders: one parcel, two parcels, Click Post.', 'Check tracking on Amazon; the representative director signs the test record before the update goes live.'], numbered: true },
    ],
    sign: ['Kenji Takahashi', 'Representative Director'],
  },
];

const SOLANO_FOOT = 'Solano Casa S.L.  |  Calle de la Industria 27, 46988 Paterna, Valencia';
GENERIC_EVIDENCE['solano-ip-trademark'] = [
  {
    file: 'invoice-DLH-26-1187.png', w: 1100, h: 640, bar: 'Distribuciones Levante Hogar S.L.  FACTURA DLH-26-1187', barColor: C.blue,
    sub: 'Avenida del Puerto 210, 46023 Valencia, Spain  |  +34 963 555 402  |  pedidos@levantehogar.example  |  www.levantehogar.example  |  CIF B46123456',
    fields: [['Invoice date', '2026-02-24'], ['Customer', 'Solano Casa S.L., Calle de la Industria 27, Nave 4, 46988 Paterna'], ['Delivered', '2026-02-27, albaran DLH-A-26-1187'], ['Payment', 'Paid by bank transfer 2026-03-20']], keyWidth: 180,
    table: { cols: [['Code', 150], ['Description', 400], ['Ref. (ASIN)', 170], ['Qty', 80], ['Price', 120], ['Total', 120]], rows: [['AQV-JUG-24', 'AQUAVERA filter jug 2.4 L, EAN 8412345600128', 'B0DSC7Q2AV', '300', '####', '####']], hl: [[0, 2], [0, 3]] },
    lines: ['Prices redacted by Solano Casa S.L. for submission to Amazon. Highlighted: ASIN and quantity. Supplier: authorised AQUAVERA distributor for Spain.'],
    foot: 'Invoice DLH-26-1187  |  Distribuciones Levante Hogar S.L.',
  },
  {
    file: 'distributor-certificate.png', w: 1000, h: 600, bar: 'Brillo Norte S.A.  Certificado de distribuidor', barColor: C.blue,
    sub: 'Poligono Industrial Asua, Calle C 4, 48950 Erandio, Bizkaia  |  marcas@brillonorte.example',
    lines: ['Brillo Norte S.A., owner of the AQUAVERA trade mark (EUTM 018234567), certifies that Distribuciones Levante Hogar S.L. (CIF B46123456), Avenida del Puerto 210, Valencia, is an authorised distributor of AQUAVERA products for Spain for the year 2026.', 'Products supplied by this distributor are genuine AQUAVERA products and may be resold in their original packaging.', 'Erandio, 8 January 2026.  Signed: Iker Etxeberria, Commercial Director.'],
    stamp: 'AQUAVERA', stampColor: C.blue, foot: 'Distributor certificate 2026  |  Brillo Norte S.A.',
  },
  {
    file: 'refill-listing-before-after.png', w: 1200, h: 620, bar: 'amazon.es: listing B0DSC7Q5FL before and after 2026-11-11',
    picture: { kind: 'product', x: 24, y: 120, w: 240, h: 300, color: C.lightBlue },
    fields: [['Title before', 'AQUAVERA compatible filter cartridges, 3 pack'], ['Image 2 before', 'Cartridge inside an AQUAVERA jug, logo visible'], ['Title after', 'Solano replacement filter cartridges, 3 pack, activated carbon'], ['Image 2 after', 'Cartridge alone on white, Solano logo on the pack'], ['Bullets after', 'No third-party name; fits jugs with a 62 mm cartridge seat']], keyWidth: 200,
    foot: SOLANO_FOOT,
  },
  {
    file: 'retraction-request-2026-11-12.png', w: 1100, h: 660, bar: 'Sent mail: 2026-11-12 10:14 CET',
    fields: [['From', 'Lucia Ferrer <tienda@solanocasa.example>'], ['To', 'marcas@brillonorte.example'], ['Subject', 'Complaint 18220467: request to retract for ASIN B0DSC7Q2AV'], ['Attachments', 'invoice-DLH-26-1187.png; refill-listing-before-after.png']], keyWidth: 170,
    lines: ['Dear Brillo Norte trademark team,', 'Your complaint 18220467 of 2026-11-10 concerns our listings B0DSC7Q2AV and B0DSC7Q5FL.', 'B0DSC7Q2AV sells genuine AQUAVERA jugs bought from your distributor Distribuciones Levante Hogar S.L. (invoice attached). On B0DSC7Q5FL, our own refill, we removed the AQUAVERA name and the image with your logo on 2026-11-11.', 'Please review the complaint and, if you agree, retract it for B0DSC7Q2AV through Amazon.', 'Lucia Ferrer, Administrator, Solano Casa S.L., +34 961 555 018'],
    foot: SOLANO_FOOT,
  },
  {
    file: 'procedure-LS-03.png', w: 1000, h: 600, bar: 'Procedure LS-03: listing and brand checks (v1, 2026-11-11)',
    lines: ['1. Own-brand listings: before a title, bullet or image goes live, the listings manager checks it for third-party names and logos against the brand list; the administrator approves it.', '2. Branded products: the distributor invoice and the brand owner\'s distributor confirmation are filed before listing.', '3. Rights-owner messages are answered within 1 business day by the administrator.', '4. All 64 listings are audited on the first working day of each month.'],
    table: { cols: [['Audit', 200], ['Listings', 150], ['Findings', 200]], rows: [['2026-11-11', '64', '0 after CA1']] },
    foot: 'Owner: Pablo Navarro, Listings Manager  |  approved: Lucia Ferrer',
  },
];

const BRIGHTWELL = { org: 'Brightwell Pet Supplies Ltd', orgLine: 'Unit 12, Trafford Park Trading Estate, Manchester M17 1HH  |  +44 161 496 0388  |  company no. 13390215' };
GENERIC_EVIDENCE['brightwell-review-manipulation'] = [
  (() => {
    const ids = fillerOrders(20261106, 20, ['026', '202', '203', '204', '205', '206']);
    const dates = fillerDates(20261107, 20, '2026-08-20', '2026-09-30');
    const names = ['J. Patel', 'S. Green', 'M. Lewis', 'A. Khan', 'R. Walsh', 'L. Evans', 'D. Moore', 'C. Price', 'H. Ali', 'T. Baker', 'N. Clarke', 'K. Wood', 'E. Shaw', 'P. Hall', 'G. Young', 'B. King', 'F. Wright', 'V. Scott', 'I. Turner', 'O. Hill'];
    const live = new Set([0, 1, 4, 9, 13, 17, 19]);
    const rows = [
      ['204-5571038-2240917', '2026-08-22', 'B0DBW4R6PK', 'R. Doyle', '2026-08-27', 'R2K7Q4XW1TP0A', 'Live'],
      ['026-9914207-6678352', '2026-09-03', 'B0DBW4R8DT', 'E. Marsh', '2026-09-07', 'R3M9B2ZD8KQ5C', 'Removed'],
      ...ids.map((id, i) => [id, dates[i], i % 3 ? 'B0DBW4R6PK' : 'B0DBW4R8DT', names[i], dates[i].slice(0, 8) + String(Math.min(30, Number(dates[i].slice(8)) + 4)).padStart(2, '0'), `R${(1000000000 + i * 7919 * 1013).toString(36).toUpperCase().padStart(12, 'X').slice(0, 12)}`, live.has(i) && i !== 19 ? 'Live' : 'Removed']),
    ];
    return {
      file: 'review-orders-spreadsheet.pdf', date: '2026-11-06', ...BRIGHTWELL,
      title: 'Review-manipulation orders arranged by TopRank Reviews', sub: '22 orders, 2026-08-20 to 2026-09-30. Review links: amazon.co.uk/gp/customer-reviews/<review id>. Live = still on the site on 2026-11-06 (7).',
      blocks: [
        { table: { cols: [['Order ID', 105], ['Ordered', 58], ['ASIN', 68], ['Buyer', 55], ['Reviewed', 58], ['Review id', 85], ['Status', 50]], rows, size: 7.4 } },
        { p: 'Every buyer left a 5-star review and was repaid the product price plus GBP 5 from our PayPal account (statement: exhibit of payments).' },
      ],
      sign: ['Owen Hughes', 'Director'],
    };
  })(),
  {
    file: 'paypal-payments.pdf', date: '2026-11-05', ...BRIGHTWELL,
    title: 'PayPal payments to review buyers and TopRank Reviews', sub: 'Export of PayPal account marketing@brightwellpets.example, 2026-08-18 to 2026-10-02. Account closed 2026-11-06.',
    blocks: [
      { table: { cols: [['Type', 200], ['Payments', 70, 'right'], ['Total GBP', 80, 'right'], ['Dates', 130]], rows: [['TopRank Reviews set-up fee', '1', '150.00', '2026-08-18'], ['Repayments to buyers (price + GBP 5)', '22', '1,134.00', '2026-08-24 to 2026-10-02'], ['Total', '23', '1,284.00', '']], highlight: [[2, 2]] } },
      { p: 'Payee of the fee: payments@toprank-reviews.example, transaction 7KD21940LM553104R. Buyer repayments are listed line by line on the PayPal export kept on file; each matches an order in the spreadsheet.' },
    ],
    sign: ['Owen Hughes', 'Director'],
  },
  {
    file: 'reviews-still-live.png', w: 1150, h: 520, bar: 'Reviews arranged by TopRank still live on 2026-11-06',
    table: { cols: [['Review id', 190], ['ASIN', 150], ['Order', 260], ['Stars', 80], ['Title', 420]], rows: [['R2K7Q4XW1TP0A', 'B0DBW4R6PK', '204-5571038-2240917', '5', 'Best bed our old lab has had'], ['Review 2', 'B0DBW4R6PK', 'see spreadsheet row 3', '5', 'Great support, washable cover'], ['Review 3', 'B0DBW4R8DT', 'see spreadsheet row 4', '5', 'Slowed my spaniel right down'], ['Review 4', 'B0DBW4R6PK', 'see spreadsheet row 7', '5', 'Excellent quality'], ['Review 5', 'B0DBW4R6PK', 'see spreadsheet row 12', '5', 'Worth every penny'], ['Review 6', 'B0DBW4R8DT', 'see spreadsheet row 16', '5', 'Non-slip really works'], ['Review 7', 'B0DBW4R6PK', 'see spreadsheet row 20', '5', 'Dog loves it']] },
    foot: 'Brightwell Pet Supplies Ltd  |  7 of 22 reviews live  |  2026-11-06',
  },
  {
    file: 'toprank-contact-record.png', w: 1000, h: 560, bar: 'Third party: TopRank Reviews',
    fields: [['Name', 'TopRank Reviews'], ['Contact', 'Kevin R.'], ['Email', 'kevin.r@toprank-reviews.example'], ['WhatsApp', '+44 7700 900412'], ['Website', 'www.toprank-reviews.example (offline since 2026-10-20)'], ['PayPal', 'payments@toprank-reviews.example'], ['First contact', '2026-08-18, by our marketing assistant'], ['2026-11-05', 'Email asking to end all activity and for buyer records: no reply'], ['2026-11-06', 'WhatsApp message: number no longer in service']], keyWidth: 200,
    foot: 'Brightwell Pet Supplies Ltd  |  contact record  |  2026-11-06',
  },
  {
    file: 'review-policy-and-training.pdf', date: '2026-11-09', ...BRIGHTWELL,
    title: 'Review policy RV-01, payment approval rule and training record', sub: 'Effective 2026-11-09. Owner: Owen Hughes, Director.',
    blocks: [
      { h: 'Review policy RV-01', bullets: ['We ask for reviews only with Amazon\'s Request a Review button and through Amazon Vine.', 'No payment, refund, gift or discount is ever linked to a review; no staff, family or friends review our products.', 'Any offer from a review or ranking service is refused and reported to the director.'], numbered: true },
      { h: 'Payment approval', p: 'Every marketing payment, whatever the amount, needs the director\'s written approval. The finance assistant reviews all payment accounts against approvals on the first working day of each month.' },
      { h: 'Training on the Customer Product Reviews policy, 2026-11-09', table: { cols: [['Name', 150], ['Role', 160], ['Test', 60, 'right']], rows: [['Owen Hughes', 'Director', '10/10'], ['Sian Roberts', 'Finance Assistant', '10/10'], ['Tom Fielding', 'Listings', '9/10'], ['Aisha Begum', 'Customer Service', '9/10'], ['Liam Byrne', 'Warehouse', '8/10'], ['Grace Lowe', 'Warehouse', '9/10']] } },
    ],
    sign: ['Owen Hughes', 'Director'],
  },
];

// ───────────────────────────── Cases 19-24: condition, quality, funds and other cases ─────────────────────────────

const plusDays = (date, n) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 864e5).toISOString().slice(0, 10);
const minDate = (a, b) => (a < b ? a : b);

// Extra pictures for these cases (existing kinds are unchanged, so earlier files keep their bytes).
Object.assign(PICTURES, {
  /** Two cushion photos side by side: warm light (looks beige) and daylight with a colour card. */
  cushionPair(cv, x, y, w, h) {
    const tw = Math.floor((w - 16) / 2);
    const tile = (tx, bg, fill, label, card) => {
      cv.rect(tx, y, tw, h, bg);
      cv.box(tx, y, tw, h, C.mid, 1);
      const s = Math.floor(tw * 0.62);
      const cx = tx + tw / 2;
      const cy = y + h / 2 - 10;
      cv.polygon([[cx - s / 2, cy - s / 2 + 8], [cx, cy - s / 2 - 4], [cx + s / 2, cy - s / 2 + 8], [cx + s / 2 + 6, cy], [cx + s / 2, cy + s / 2 - 8], [cx, cy + s / 2 + 4], [cx - s / 2, cy + s / 2 - 8], [cx - s / 2 - 6, cy]], fill);
      cv.line(cx - s / 2 + 10, cy, cx + s / 2 - 10, cy, C.dark, 1, 6);
      if (card) {
        const colours = [C.white, C.light, C.mid, C.dark, C.ink, C.red, C.green, C.blue];
        colours.forEach((c, i) => cv.rect(tx + 14 + i * 16, y + h - 44, 16, 22, c));
        cv.box(tx + 14, y + h - 44, 128, 22, C.ink, 1);
      }
      cv.text(tx + 10, y + 10, label, C.ink, 2);
    };
    tile(x, C.warm, C.sand, 'BEFORE: 3,000 K', false);
    tile(x + tw + 16, C.white, C.mid, 'AFTER: 5,500 K', true);
  },
  /** A shrink-wrapped headphone box with a numbered seal across the lid. */
  sealedBox(cv, x, y, w, h) {
    cv.rect(x, y, w, h, C.light);
    const bx = x + 40;
    const by = y + 60;
    const bw = w - 80;
    const bh = h - 120;
    cv.rect(bx, by, bw, bh, C.studio);
    cv.rect(bx, by, bw, 26, C.studioMid);
    cv.strokeEllipse(bx + bw / 2, by + bh / 2 + 6, bw * 0.26, bh * 0.24, C.mid, 6);
    cv.rect(bx + bw / 2 - bw * 0.28, by + bh / 2 - 10, 20, 50, C.mid);
    cv.rect(bx + bw / 2 + bw * 0.28 - 20, by + bh / 2 - 10, 20, 50, C.mid);
    cv.text(bx + 16, by + bh - 30, 'KLANGFELD K7', C.white, 2);
    const sx = bx + bw / 2 - 70;
    cv.rect(sx, by - 14, 140, 54, C.white);
    cv.box(sx, by - 14, 140, 54, C.red, 2);
    cv.text(sx + 10, by - 6, 'SEAL', C.red, 2);
    cv.text(sx + 10, by + 14, 'KF 000417', C.ink, 2);
  },
  /** An open double-wall carton seen from above, with a pulp insert holding a glass carafe. */
  packedCarafe(cv, x, y, w, h) {
    cv.rect(x, y, w, h, C.light);
    cv.rect(x + 20, y + 20, w - 40, h - 40, C.kraft);
    cv.box(x + 20, y + 20, w - 40, h - 40, C.dark, 2);
    cv.rect(x + 34, y + 34, w - 68, h - 68, C.lightKraft);
    cv.rect(x + 52, y + 52, w - 104, h - 104, C.cream);
    for (let i = 0; i < 4; i++) cv.rect(x + 60 + i * ((w - 136) / 3), y + 58, 14, h - 116, C.sand);
    const cx = x + w / 2;
    const cy = y + h / 2;
    cv.fillEllipse(cx, cy, w * 0.2, h * 0.3, C.lightBlue);
    cv.strokeEllipse(cx, cy, w * 0.2, h * 0.3, C.blue, 2);
    cv.fillEllipse(cx, cy - h * 0.3 - 8, 18, 14, C.slate);
    cv.text(x + 30, y + h - 16, 'FRAGILE  THIS WAY UP', C.red, 2);
  },
});

const LINLAINE = { org: 'Atelier Lin et Laine SARL', orgLine: '14 rue de la Thibaudiere, 69007 Lyon, France  |  +33 4 55 55 01 63  |  boutique@linetlaine.example  |  SIRET 812 345 678 00021' };
GENERIC_EVIDENCE['linlaine-not-as-described'] = [
  (() => {
    const rugIds = fillerOrders(20261016, 13, ['402', '403', '404', '405', '171']);
    const rugDates = fillerDates(20261017, 13, '2026-09-09', '2026-10-04');
    const cusIds = fillerOrders(20261018, 5, ['402', '403', '405', '171']);
    const cusDates = fillerDates(20261019, 5, '2026-09-12', '2026-10-10');
    const rug = (id, d, refunded) => [id, d, 'B0DLL2R5QS', 'Rug 150 x 220 cm, not 160 x 230', '129.00', 'Yes', refunded];
    const cus = (id, d, refunded) => [id, d, 'B0DLL2R7GY', 'Cover looks beige, not grey', '24.90', 'No', refunded];
    const rows = [
      rug('403-2218876-4410352', '2026-10-05', '2026-10-16'),
      cus('171-6630127-8874015', '2026-10-11', '2026-10-14'),
      ...rugDates.map((d, i) => rug(rugIds[i], d, minDate(plusDays(d, 9), '2026-10-16'))),
      ...cusDates.map((d, i) => cus(cusIds[i], d, plusDays(d, 3))),
    ];
    return {
      file: 'refund-record-2026-10-16.pdf', date: '2026-10-16', ...LINLAINE,
      title: 'Refund record: not-as-described orders', sub: '20 orders reported as not as described, 2026-09-09 to 2026-10-11. Amounts in EUR. The orders cited in the letter are highlighted.',
      blocks: [
        { table: { cols: [['Order ID', 105], ['Ordered', 58], ['ASIN', 68], ['Buyer report', 122], ['Refund', 45, 'right'], ['Return', 40], ['Refunded', 57]], rows, size: 7.8, highlight: [[0, 0], [1, 0]] } },
        { fields: [['Rug B0DLL2R5QS', '14 orders refunded in full after the rug came back: EUR 1,806.00'], ['Cover B0DLL2R7GY', '6 orders refunded in full without a return: EUR 149.40'], ['Total', '20 orders, EUR 1,955.40; last refund 2026-10-16']], keyWidth: 110 },
      ],
      sign: ['Claire Dumas', 'Gerante, Atelier Lin et Laine SARL'],
    };
  })(),
  (() => {
    const rnd = seeded(20261030);
    const cm = (base) => (base - 0.8 + Math.round(rnd() * 16) / 10).toFixed(1);
    const rows = [];
    for (let r = 0; r < 29; r++) {
      const row = [];
      for (let k = 0; k < 3; k++) {
        const n = r + 1 + k * 29;
        if (n > 86) row.push('', '', '');
        else row.push(String(n), cm(230), cm(160));
      }
      rows.push(row);
    }
    const cols = [['Rug', 35, 'right'], ['Length', 60, 'right'], ['Width', 60, 'right'], ['Rug', 35, 'right'], ['Length', 60, 'right'], ['Width', 60, 'right'], ['Rug', 35, 'right'], ['Length', 55, 'right'], ['Width', 55, 'right']];
    return {
      file: 'supplier-return-and-replacement.pdf', date: '2026-10-30', org: 'Tissages du Nord SAS', orgLine: '22 rue du Calvaire, 59200 Tourcoing, France  |  +33 3 55 55 02 91  |  commandes@tissagesdunord.example  |  www.tissagesdunord.example',
      title: 'Return note RT-26-0418 and replacement delivery BL-26-1187', sub: 'Customer: Atelier Lin et Laine SARL, 14 rue de la Thibaudiere, 69007 Lyon. Supply agreement TDN-LL-2024.',
      pages: [
        [
          { fields: [['Batch returned', 'TDN-L-2609, delivered 2026-09-08: woven on loom 7 at 150 x 220 cm instead of 160 x 230 cm'], ['Received back', '2026-10-20: 86 rugs (72 unsold from stock, 14 returned by buyers)'], ['Replacement', '2026-10-30, delivery note BL-26-1187: batch TDN-L-2610, loom 3, 160 x 230 cm'], ['Charge', 'Replacement free of charge']], keyWidth: 110 },
          { table: { cols: [['Item', 70], ['Description', 170], ['Customer ref. (ASIN)', 95], ['Qty', 50, 'right'], ['Size', 110]], rows: [['JC-160-NAT', 'Jute and cotton rug, natural: returned', 'B0DLL2R5QS', '-86', '150 x 220 cm'], ['JC-160-NAT', 'Jute and cotton rug, natural: replacement', 'B0DLL2R5QS', '86', '160 x 230 cm']], highlight: [[1, 2], [1, 3]] } },
          { h: 'Amendment 2 to supply agreement TDN-LL-2024, signed 2026-10-30', p: 'Clause 7.3: the supplier gives the customer 30 days\' written notice before any change of size, material, loom or construction of a product it supplies, and sends a sample of the changed product.' },
          { p: 'For Tissages du Nord SAS: Julien Lefebvre, Sales Manager, 2026-10-30.' },
        ],
        [
          { h: 'Goods-in measurement by Atelier Lin et Laine SARL, 2026-10-30', p: 'Each of the 86 replacement rugs measured flat with a steel tape, in cm. Specification 160 x 230 cm, tolerance 1 cm. Result: 86 of 86 within tolerance, none rejected.' },
          { table: { cols, rows, size: 7.4 } },
        ],
      ],
      footer: 'Return note RT-26-0418 / delivery BL-26-1187',
      sign: ['Hugo Bernard', 'Warehouse Manager, Atelier Lin et Laine SARL'],
    };
  })(),
  {
    file: 'cushion-images-before-after.png', w: 1200, h: 600, bar: 'amazon.fr: B0DLL2R7GY images before and after 2026-10-29',
    picture: { kind: 'cushionPair', x: 24, y: 80, w: 560, h: 420 },
    fields: [['Product', 'Washed Linen Cushion Cover, 45 x 45 cm, Stone Grey'], ['Before', 'Warm studio lamps (3,000 K): the grey cover looked beige'], ['After', 'Two 5,500 K daylight lamps, colour card in the first frame'], ['Images', 'All 7 images replaced on 2026-10-29, checked against a physical sample'], ['Title after', 'Washed Linen Cushion Cover, 45 x 45 cm, Stone Grey (RAL 7030)']], keyWidth: 150,
    foot: 'Atelier Lin et Laine SARL  |  images before and after  |  2026-10-29',
  },
  {
    file: 'goods-in-photo-procedure-v2.pdf', date: '2026-10-30', ...LINLAINE,
    title: 'Procedure QM-02, version 2: goods-in checks and product photography', sub: 'Effective 2026-10-30 (photography from 2026-10-29). Owners: Hugo Bernard, Warehouse Manager (goods-in); Claire Dumas, Gerante (photography).',
    blocks: [
      { h: '1. Goods-in, every delivery', bullets: ['Measure 3 units of every batch with a steel tape and compare them with the size on the listing: tolerance 1 cm for rugs, 0.5 cm for cushion covers.', 'Record the result in the goods-in log. The batch is put on sale only when all 3 units match and the warehouse manager has signed the log.', 'A batch that fails is held and the supplier is told the same day.', 'Supply agreements require 30 days\' written notice of any change (clause 7.3); a notified change is checked against the listing before the batch arrives.'], numbered: true },
      { h: '2. Product photography, every new or changed image', bullets: ['Two 5,500 K daylight lamps only; no other light source in the studio.', 'The first frame of every series shows the colour reference card beside the product.', 'Before upload, the image is compared on the calibrated monitor with a physical sample; the gerante approves it.', 'The colour name and code on the listing are copied from the supplier specification.'], numbered: true },
      { h: 'Goods-in log, first entries', table: { cols: [['Date', 70], ['Batch', 80], ['Product', 150], ['Result', 110], ['Signed', 85]], rows: [['2026-10-30', 'TDN-L-2610', 'Rug 160 x 230 cm', '3 of 3 in size', 'H. Bernard'], ['2026-11-03', 'LC-2611', 'Cushion cover 45 x 45 cm', '3 of 3 in size', 'H. Bernard']] } },
      { p: 'Measure of success: not-as-described returns below 0.5% of units sold in each month, reviewed on the first Monday of the month.' },
    ],
    sign: ['Claire Dumas', 'Gerante, Atelier Lin et Laine SARL'],
  },
];

const RHEINWERK = { org: 'Rheinwerk Audio GmbH', orgLine: 'Vitalisstrasse 67, 50827 Koeln, Germany  |  +49 221 5555 0431  |  shop@rheinwerk-audio.example  |  HRB 98812, Amtsgericht Koeln' };
GENERIC_EVIDENCE['rheinwerk-used-sold-as-new'] = [
  {
    file: 'invoice-NSE-2026-0419.pdf', date: '2026-04-19', org: 'Ningbo Soundwave Electronics Co., Ltd.', orgLine: '88 Xingye Road, Beilun District, Ningbo 315800, China  |  +86 574 5555 0817  |  export@nb-soundwave.example  |  www.nb-soundwave.example',
    title: 'Commercial invoice NSE-2026-0419', sub: 'Invoice date 2026-04-19. Buyer: Rheinwerk Audio GmbH, Vitalisstrasse 67, 50827 Koeln, Germany. Purchase order PO-2026-041.',
    fields: [['Shipped', '2026-04-24, FOB Ningbo, sea freight, bill of lading NGBHAM26041'], ['Delivered', '2026-06-02 to Rheinwerk Audio GmbH, Koeln'], ['Payment', 'Paid in full by bank transfer on 2026-05-15'], ['Brand', 'KLANGFELD, made for the trademark owner Rheinwerk Audio GmbH']],
    blocks: [
      { table: { cols: [['Item', 55], ['Description', 170], ['Buyer ref. (ASIN)', 90], ['Qty', 55, 'right'], ['Unit price', 60, 'right'], ['Amount', 65, 'right']], rows: [['K7-BLK', 'KLANGFELD K7 wireless headphones, noise cancelling, black', 'B0DRW8H4KF', '2,000', 'x', 'x']], redact: [4, 5], highlight: [[0, 2], [0, 3]] } },
      { note: 'Pricing redacted by Rheinwerk Audio GmbH for submission to Amazon; every other detail is as issued. Highlighted: ASIN and quantity; the manufacturer\'s name, address, phone and website are at the top.' },
    ],
    sign: ['Chen Hao', 'Export Manager, Ningbo Soundwave Electronics Co., Ltd.'],
    footer: 'Invoice NSE-2026-0419',
  },
  {
    file: 'dpma-klangfeld.pdf', date: '2024-05-14', org: 'Deutsches Patent- und Markenamt', orgLine: 'DPMAregister: register extract, printed 2026-11-07 by Rheinwerk Audio GmbH',
    title: 'Trade mark 30 2024 008 316: KLANGFELD', sub: 'Word mark. Status: registered.',
    fields: [['Mark', 'KLANGFELD (word mark)'], ['Registration no.', '30 2024 008 316'], ['Filed', '2024-01-22'], ['Registered', '2024-05-14'], ['Proprietor', 'Rheinwerk Audio GmbH, Vitalisstrasse 67, 50827 Koeln, DE'], ['Class 9', 'Headphones; earphones; loudspeakers; wireless audio receivers'], ['Opposition period', 'Ended 2024-08-14; no opposition filed'], ['Protection until', '2034-01-31']],
    blocks: [{ h: 'Register history', table: { cols: [['Date', 90], ['Event', 390]], rows: [['2024-01-22', 'Application filed'], ['2024-05-14', 'Entered in the register'], ['2024-06-14', 'Registration published; opposition period starts']] } }],
    footer: 'DPMA register 302024008316',
  },
  {
    file: 'handelsregister-extract.pdf', date: '2026-11-07', org: 'Amtsgericht Koeln', orgLine: 'Handelsregister B, Reichenspergerplatz 1, 50670 Koeln',
    title: 'Current extract: HRB 98812', sub: 'Retrieved 2026-11-07 from the common register portal of the German federal states.',
    fields: [['Company', 'Rheinwerk Audio GmbH'], ['Seat', 'Koeln'], ['Business address', 'Vitalisstrasse 67, 50827 Koeln'], ['Object', 'Development and sale of audio equipment under its own brands'], ['Share capital', 'EUR 25,000.00'], ['Managing director', 'Felix Wagner, Koeln; sole power of representation'], ['First entry', '2019-03-11'], ['Last entry', '2025-07-02 (change of business address)']],
    blocks: [{ p: 'This extract shows the contents of the register on 2026-11-07.' }],
    footer: 'Handelsregister HRB 98812',
  },
  {
    file: 'returns-procedure-RW-RET-02.pdf', date: '2026-11-07', ...RHEINWERK,
    title: 'Returns procedure RW-RET-02 and regrading record', sub: 'Version 2, effective 2026-11-07. Owner: Nina Becker, Operations Manager. Replaces RW-RET-01, which used a function test only.',
    blocks: [
      { h: 'Procedure for every returned unit', bullets: ['Check the numbered tamper-evident seal before the box is opened, and record the seal number.', 'Seal unbroken and its number in a recorded delivery range: the unit goes back into new stock.', 'Seal broken or missing: function test, then grade Used - Like New or Used - Good with a condition note, or return the unit to the manufacturer. Such a unit never goes back into new stock.', 'Monthly audit on the first working day: the operations manager checks the seal of every unit in new stock and records any break.'], numbered: true },
      { h: 'Returns of B0DRW8H4KF, 2026-08-01 to 2026-10-31', table: { cols: [['Outcome under RW-RET-01', 330], ['Units', 60, 'right']], rows: [['Returns received at the Koeln warehouse', '64'], ['Faulty: returned to the manufacturer', '9'], ['Damaged box: graded used at once', '18'], ['Passed the function test, resealed and put into new stock', '37'], ['  of which sold again as new (6 buyer complaints)', '6'], ['  of which still in new stock on 2026-11-07', '31']], highlight: [[4, 1], [5, 1]] } },
      { h: 'Regrading record, 2026-11-07', table: { cols: [['From SKU', 100], ['To SKU', 110], ['Units', 50, 'right'], ['Condition note', 230]], rows: [['RW-K7-BLK', 'RW-K7-BLK-ULN', '31', 'Used - Like New: opened return, tested, complete, in its original box']] } },
      { p: 'Checked and regraded by Nina Becker and Tobias Klein on 2026-11-07. New stock after regrading: 412 boxes, all unopened.' },
    ],
    sign: ['Felix Wagner', 'Managing Director, Rheinwerk Audio GmbH'],
  },
  {
    file: 'tamper-seal-photo.png', w: 1100, h: 600, bar: 'KLANGFELD K7 box with the numbered tamper-evident seal',
    picture: { kind: 'sealedBox', x: 24, y: 80, w: 420, h: 420 },
    fields: [['ASIN', 'B0DRW8H4KF (SKU RW-K7-BLK)'], ['Seal', 'Numbered void label across the lid opening; it shows VOID once lifted'], ['Stock sealed', '412 boxes, seals KF 000001 to KF 000412, 2026-11-08 to 2026-11-10'], ['Check', 'Each box checked as unopened (factory film intact) before sealing'], ['Factory seal', 'Applied at the factory from order PO-2026-118; the number range is recorded at goods-in']], keyWidth: 200,
    foot: 'Rheinwerk Audio GmbH  |  packaging photo  |  2026-11-10',
  },
  (() => {
    const ids = fillerOrders(20261107, 4, ['302', '303', '304', '305', '028']);
    const dates = fillerDates(20261108, 4, '2026-09-18', '2026-10-24');
    const complaints = ['Box opened, ear pads marked', 'Previous pairing in device list', 'Film replaced, cable used', 'Ear pads worn'];
    const rows = [
      ['302-4417820-1193356', '2026-10-09', 'Box opened, ear pads marked', '149.00', 'Yes, 2026-11-07'],
      ['028-7730415-6628104', '2026-10-17', 'Previous pairing in device list', '149.00', 'Not requested'],
      ...ids.map((id, i) => [id, dates[i], complaints[(i + 2) % 4], '149.00', i < 3 ? 'Yes, 2026-11-07' : 'Not requested']),
    ];
    return {
      file: 'refunds-2026-11-07.pdf', date: '2026-11-07', ...RHEINWERK,
      title: 'Refund and replacement record: used-sold-as-new complaints', sub: '6 complaints about B0DRW8H4KF (KLANGFELD K7 headphones, black). Amounts in EUR. All resolved on 2026-11-07. The orders cited in the letter are highlighted.',
      blocks: [
        { table: { cols: [['Order ID', 110], ['Ordered', 65], ['Buyer report', 150], ['Refund', 55, 'right'], ['New unit sent', 115]], rows, highlight: [[0, 0], [1, 0]] } },
        { p: 'All 6 buyers refunded in full (6 x EUR 149.00 = EUR 894.00) without a return. The 4 buyers who asked for a new unit received one from sealed stock.' },
      ],
      sign: ['Nina Becker', 'Operations Manager, Rheinwerk Audio GmbH'],
    };
  })(),
];

const VETRERIA = { org: 'Vetreria Sole S.r.l.', orgLine: 'Fondamenta Navagero 31, 30141 Murano, Venezia, Italy  |  +39 041 555 0296  |  negozio@vetreriasole.example  |  P.IVA 04412730278' };
GENERIC_EVIDENCE['vetreria-damaged-item'] = [
  (() => {
    const ids = fillerOrders(20261031, 12, ['402', '403', '404', '405', '406', '171']);
    const closure = fillerDates(20261032, 3, '2026-08-07', '2026-08-12');
    const open = fillerDates(20261033, 9, '2026-08-24', '2026-10-21');
    const carafe = ['B0DVS3C1KR', 'Carafe'];
    const tumblers = ['B0DVS3C4TM', 'Tumblers'];
    const rows = [
      ['405-8830217-2214769', '2026-09-02', ...carafe, '2026-09-06', '4 h', 'Replacement, new packing'],
      ['404-1196630-7750218', '2026-08-12', ...tumblers, '2026-08-14', '11 days', 'Refund EUR 46.00'],
      ...closure.map((d, i) => [ids[i], d, ...(i === 1 ? tumblers : carafe), plusDays(d, 4), ['9 days', '12 days', '10 days'][i], i === 1 ? 'Refund EUR 46.00' : 'Refund EUR 38.00']),
      ...open.map((d, i) => [ids[3 + i], d, ...(i % 4 === 1 ? tumblers : carafe), plusDays(d, 3), `${2 + (i % 5) * 2} h`, i < 4 ? 'Refund EUR ' + (i % 4 === 1 ? '46.00' : '38.00') : 'Replacement, new packing']),
    ];
    return {
      file: 'damaged-orders-2026-10-31.pdf', date: '2026-10-31', ...VETRERIA,
      title: 'Damaged-item orders and their resolution, 2026-08-01 to 2026-10-25', sub: '340 glass units shipped in single-wall boxes; 14 arrived broken (4.1%). "Reply" is the time to our first answer. The orders cited in the letter are highlighted.',
      blocks: [
        { table: { cols: [['Order ID', 105], ['Ordered', 58], ['ASIN', 68], ['Item', 52], ['Reported', 58], ['Reply', 44], ['Resolution', 110]], rows, size: 7.8, highlight: [[0, 0], [1, 0]] } },
        { fields: [['Refunded', '8 orders in full'], ['Replaced', '6 orders, sent in the IMB-02 packing to the buyers who asked for a replacement'], ['Closure', '4 buyers who wrote during the closure of 2026-08-10 to 2026-08-21 waited 9 to 12 days for a reply'], ['Contacted', 'All 14 buyers by 2026-10-31']], keyWidth: 90 },
      ],
      sign: ['Giulia Bassi', 'Customer Service, Vetreria Sole S.r.l.'],
    };
  })(),
  {
    file: 'packing-procedure-IMB-02.pdf', date: '2026-10-30', ...VETRERIA,
    title: 'Packing procedure IMB-02 and drop-test record', sub: 'Version 1, effective 2026-10-30. Owner: Marco Zanetti, Amministratore. Applies to every order that contains glass.',
    blocks: [
      { h: 'Packing', bullets: ['5-ply double-wall box, one size per product: carafe 22 x 22 x 34 cm, tumbler set 30 x 22 x 16 cm.', 'Moulded pulp insert holding each piece 4 cm from every wall; the carafe stopper has its own slot.', 'FRAGILE labels on 2 sides and on the top, with this-way-up arrows.', 'The packer shakes the closed box: nothing may move. The packer initials the label.'], numbered: true },
      { h: 'Drop test: every new product or box size', p: '10 drops from 76 cm onto concrete (1 corner, 3 edges, 6 faces), then every piece is checked under a lamp.' },
      { table: { cols: [['Box', 40], ['Contents', 200], ['Drops', 110], ['Result', 140]], rows: [['1', 'Carafe 1 L (B0DVS3C1KR)', '10 from 76 cm', 'No breakage, no chips'], ['2', 'Carafe 1 L (B0DVS3C1KR)', '10 from 76 cm', 'No breakage, no chips'], ['3', 'Tumblers, set of 4 (B0DVS3C4TM)', '10 from 76 cm', 'No breakage, no chips']] } },
      { p: 'Tested on 2026-10-30 at the Murano workshop by Marco Zanetti and Giulia Bassi. Measure of success: breakage below 0.5% of glass units shipped, counted on the first working day of each month.' },
    ],
    sign: ['Marco Zanetti', 'Amministratore, Vetreria Sole S.r.l.'],
  },
  {
    file: 'packed-carafe.png', w: 1100, h: 600, bar: 'Carafe packed to IMB-02 (2026-10-30)',
    picture: { kind: 'packedCarafe', x: 24, y: 80, w: 420, h: 420 },
    fields: [['Product', 'Hand-blown Glass Carafe, 1 L, clear (B0DVS3C1KR)'], ['Box', '5-ply double-wall, 22 x 22 x 34 cm'], ['Insert', 'Moulded pulp, 4 cm from every wall'], ['Labels', 'FRAGILE on 2 sides and the top; this way up'], ['Drop test', 'Passed: 10 drops from 76 cm, no breakage']], keyWidth: 130,
    stamp: 'FRAGILE', stampColor: C.red, foot: 'Vetreria Sole S.r.l.  |  packaging photo  |  2026-10-30',
  },
  {
    file: 'message-rota-2026-11.png', w: 1100, h: 560, bar: 'Vetreria Sole: buyer-message cover, November 2026',
    table: { cols: [['Week from', 180], ['First', 220], ['Second', 220], ['Inbox checks', 300]], rows: [['2026-11-02', 'Giulia Bassi', 'Luca Ferro', '09:00, 13:00, 18:00'], ['2026-11-09', 'Luca Ferro', 'Giulia Bassi', '09:00, 13:00, 18:00'], ['2026-11-16', 'Giulia Bassi', 'Luca Ferro', '09:00, 13:00, 18:00'], ['2026-11-23', 'Luca Ferro', 'Giulia Bassi', '09:00, 13:00, 18:00'], ['2026-11-30', 'Giulia Bassi', 'Luca Ferro', '09:00, 13:00, 18:00']] },
    lines: ['Cover runs 7 days a week, closures and holidays included. Amazon Seller app alerts are on the company phone for both staff.', 'Target: every buyer message answered within 12 hours. Giulia Bassi checks the response-time report each morning at 09:00.'],
    foot: 'Vetreria Sole S.r.l.  |  customer-service rota  |  2026-11-01',
  },
];

const ALTAMAR = { org: 'Termos Altamar S.A. de C.V.', orgLine: 'Av. Ruiz Cortines 2410, Bodega 7, Col. Mitras Centro, 64460 Monterrey, N.L., Mexico  |  +52 81 5555 0274  |  RFC TAL190812KQ3' };
GENERIC_EVIDENCE['altamar-product-quality'] = [
  {
    file: 'test-report-LPN-26-4471.pdf', date: '2026-11-07', org: 'Laboratorio de Pruebas del Norte S.C.', orgLine: 'Av. Constitucion 880 Pte., Centro, 64000 Monterrey, N.L., Mexico  |  +52 81 5555 0930  |  informes@lpnorte.example  |  www.lpnorte.example',
    title: 'Test report LPN-26-4471: lid leak test', sub: 'Client: Termos Altamar S.A. de C.V. Samples received 2026-11-05; tested 2026-11-06 to 2026-11-07.',
    fields: [['Product', 'Altamar Insulated Steel Bottle, 750 ml, Ocean Blue (ASIN B0DAH7T2VQ)'], ['Samples', '20 bottles from the reworked stock, lids fitted with gasket lot G-2611 (blue); 5 reference bottles with gasket lot G-2608 (clear)'], ['Method', 'Bottle filled to 750 ml, lid closed by hand, laid on its side on absorbent paper for 24 hours. Pass: the paper stays dry.']], keyWidth: 80,
    blocks: [
      { h: 'Results', table: { cols: [['Test', 35], ['Gasket lot', 90], ['Water', 50], ['Bottles', 50, 'right'], ['Position and time', 110], ['Leaks', 75], ['Result', 85]], rows: [['A', 'G-2611, blue', '23 °C', '10', 'On side, 24 h', '0', 'Pass'], ['B', 'G-2611, blue', '90 °C', '10', 'On side, 24 h', '0', 'Pass'], ['Ref.', 'G-2608, clear', '90 °C', '5', 'On side, 24 h', '5, after 20-45 min', 'Fail']], highlight: [[0, 5], [1, 5]] } },
      { h: 'Gasket thickness (digital caliper)', table: { cols: [['Gasket lot', 120], ['Measured', 60, 'right'], ['Range', 120], ['Specification', 120]], rows: [['G-2611', '20', '2.47 - 2.54 mm', '2.5 mm +/- 0.1 mm'], ['G-2608', '5', '2.18 - 2.23 mm', '2.5 mm +/- 0.1 mm']] } },
      { p: 'Conclusion: none of the 20 lids with gasket lot G-2611 leaked in either test. The 5 reference lids with gasket lot G-2608 leaked within 45 minutes on their side.' },
    ],
    sign: ['Patricia Leal', 'Laboratory Manager, Laboratorio de Pruebas del Norte S.C., 2026-11-07'],
    footer: 'Test report LPN-26-4471',
  },
  {
    file: 'qc-checklist-QC-07-v2.pdf', date: '2026-11-08', ...ALTAMAR,
    title: 'Checklist QC-07, version 2: gasket lots and leak test', sub: 'Effective 2026-11-08. Owner: Hector Ibarra, QC Supervisor. Replaces version 1 (body check and 1-minute upright test).',
    blocks: [
      { h: 'A. Every gasket lot, at goods-in', bullets: ['The supplier\'s certificate of conformity for the lot is on file and its lot number matches the bags.', 'Measure 10 gaskets with a digital caliper: 2.5 mm, tolerance 0.1 mm. One gasket outside the tolerance: the lot is rejected.', 'Supply agreement clause 9: the supplier gives 30 days\' written notice of any change of material; a changed gasket is tested by the laboratory before use.'], numbered: true },
      { h: 'B. Every inbound batch of bottles', bullets: ['From every carton of 24, take 2 bottles, fill them with water at 90 °C and close the lids by hand.', 'Lay them on their side on absorbent paper for 4 hours.', 'Any wet paper: the whole batch is held and a quality case is opened.', 'Customer service counts leak complaints every Monday and reports them to the general manager. Target: below 0.3% of units sold in each calendar month.'], numbered: true },
      { h: 'Record of 2026-11-08: rework of the 136 bottles removed from FBA', table: { cols: [['Check', 190], ['Result', 180], ['By', 120]], rows: [['Certificate for gasket lot G-2611', 'On file, CC-26-2611 of 2026-11-06', 'H. Ibarra'], ['10 gaskets measured', '2.47 - 2.53 mm: pass', 'H. Ibarra'], ['136 bottles, 4 h inverted, 90 °C water', '0 leaks', 'H. Ibarra, R. Garza'], ['Released to FBA', '136 bottles', 'A. Salinas']], highlight: [[2, 1]] } },
    ],
    sign: ['Hector Ibarra', 'QC Supervisor, Termos Altamar S.A. de C.V.'],
  },
  {
    file: 'certificate-gasket-G-2611.pdf', date: '2026-11-06', org: 'Sellos y Empaques del Bajio S.A. de C.V.', orgLine: 'Blvd. Aeropuerto 1450, Parque Industrial, 37545 Leon, Gto., Mexico  |  +52 477 555 0612  |  calidad@sellosbajio.example  |  www.sellosbajio.example',
    title: 'Certificate of conformity CC-26-2611', sub: 'Gasket lot G-2611. Issued 2026-11-06 to Termos Altamar S.A. de C.V., Monterrey.',
    fields: [['Part', 'Lid gasket SG-62-BL, food-grade silicone, blue'], ['Lot', 'G-2611: 5,000 pieces, moulded 2026-11-02'], ['Compound', 'Silicone VMQ 60 Shore A, compound SB-60F'], ['Specification', 'Thickness 2.5 mm +/- 0.1 mm; inner diameter 58.0 mm']], keyWidth: 100,
    blocks: [
      { table: { cols: [['Characteristic', 120], ['Specification', 120], ['Measured (32 pieces)', 130], ['Result', 100]], rows: [['Thickness', '2.4 - 2.6 mm', '2.46 - 2.54 mm', 'Conforms'], ['Inner diameter', '57.7 - 58.3 mm', '57.9 - 58.1 mm', 'Conforms'], ['Hardness', '55 - 65 Shore A', '59 - 62 Shore A', 'Conforms'], ['Food contact', 'FDA 21 CFR 177.2600', 'Test report on file', 'Conforms']] } },
      { p: 'Lot G-2608 was moulded from compound SB-55X, which we introduced without telling the customer; it gave gaskets of 2.2 mm. From lot G-2611 compound SB-60F is used again. We give the customer 30 days\' written notice before any change of material.' },
    ],
    sign: ['Luis Arredondo', 'Quality Manager, Sellos y Empaques del Bajio S.A. de C.V.'],
  },
  {
    file: 'listing-after-2026-11-08.png', w: 1100, h: 560, bar: 'amazon.com.mx: B0DAH7T2VQ detail page after the update', sub: 'Changes saved 2026-11-08 14:20. The page is in Spanish; the changed parts are shown here in English.',
    picture: { kind: 'product', x: 24, y: 110, w: 260, h: 340, color: C.blue },
    fields: [['Title', 'Altamar Insulated Steel Bottle, 750 ml, Ocean Blue'], ['Image 3 (new)', 'Lid with the blue gasket of lot G-2611; earlier lids had a clear gasket'], ['Bullet 4 (new)', 'Leak-tested lid: no leak after 24 hours on its side with water at 23 and 90 °C (laboratory report LPN-26-4471)'], ['Bullet 5', 'Hand-wash the lid; keep the gasket seated in its groove']], keyWidth: 190,
    foot: 'Termos Altamar S.A. de C.V.  |  listing after the update  |  2026-11-08',
  },
  (() => {
    const ids = fillerOrders(20261105, 35, ['701', '702']);
    const dates = fillerDates(20261106, 35, '2026-08-30', '2026-10-22');
    const rnd = seeded(20261109);
    let replaced = 1;
    const rows = [
      ['701-4418203-5562917', '2026-09-14', '2026-09-21', '449.00', 'Sent 2026-11-05'],
      ['702-0937164-2281540', '2026-10-02', '2026-10-09', '449.00', 'Not requested'],
      ...ids.map((id, i) => {
        const sent = replaced < 21 && i % 5 !== 2 ? (replaced++, 'Sent 2026-11-05') : 'Not requested';
        return [id, dates[i], minDate(plusDays(dates[i], 6 + Math.floor(rnd() * 7)), '2026-10-30'), '449.00', sent];
      }),
    ];
    return {
      file: 'refunds-2026-11-05.png', w: 1000, h: 1400, bar: 'Altamar Hogar: leak complaints, refunds and replacements',
      sub: 'B0DAH7T2VQ, bottles of the batch received 2026-08-26. 37 complaints, the last reported on 2026-10-30. Amounts in MXN. The orders cited in the letter are highlighted.',
      table: { cols: [['Order ID', 260], ['Ordered', 150], ['Reported', 150], ['Refund', 120], ['Replacement', 200]], rows, hl: [[0, 0], [1, 0]] },
      lines: [`Total: 37 refunds of MXN 449.00 (MXN 16,613.00), all on 2026-11-05 without a return. Replacement bottles with gasket lot G-2611: ${replaced}.`],
      foot: 'Termos Altamar S.A. de C.V.  |  refund record  |  2026-11-05',
    };
  })(),
];

const DUINZICHT = { org: 'Duinzicht Outdoor B.V.', orgLine: 'Oudeweg 91, unit 4, 2031 CC Haarlem, Netherlands  |  +31 23 555 0187  |  verkoop@duinzicht-outdoor.example  |  KvK 81234567' };
GENERIC_EVIDENCE['duinzicht-funds-release'] = [
  {
    file: 'bank-statement-2026-11.pdf', date: '2026-11-04', org: 'Noordwest Bank N.V.', orgLine: 'Postbus 2150, 1000 CD Amsterdam, Netherlands  |  +31 20 555 0300  |  www.noordwestbank.example',
    title: 'Account statement 2026-11, no. 1', sub: 'Business current account. Statement date 2026-11-04.',
    blocks: [
      { table: { cols: [['Account detail', 140], ['', 350]], rows: [['Account holder', 'Duinzicht Outdoor B.V.'], ['Address', 'Oudeweg 91, unit 4, 2031 CC Haarlem'], ['Chamber of Commerce', 'KvK 81234567'], ['IBAN', 'NL** NWBK **** **44 71 (masked for submission)'], ['BIC', 'NWBKNL2A'], ['Account opened', '2026-11-03']], highlight: [[0, 1], [1, 1]] } },
      { h: 'Transactions', table: { cols: [['Date', 70], ['Description', 270], ['Amount EUR', 75, 'right'], ['Balance EUR', 75, 'right']], rows: [['2026-11-03', 'Transfer from Duinzicht Outdoor B.V., ING account ***0912 (operating account)', '2,500.00', '2,500.00'], ['2026-11-04', 'Amazon Payments Europe: deposit method verification', '0.01', '2,500.01']] } },
      { note: 'Highlighted: account holder and address, as registered with the Chamber of Commerce. Account number masked by the account holder for submission.' },
    ],
    footer: 'Statement 2026-11 no. 1',
  },
  {
    file: 'passport-de-vries.png', w: 900, h: 540, bar: 'KONINKRIJK DER NEDERLANDEN  PASPOORT', barColor: C.red,
    picture: { kind: 'face', x: 30, y: 90, w: 220, h: 280 },
    fields: [['Document no.', 'NX****7K2 (masked for submission)'], ['Surname', 'DE VRIES'], ['Given names', 'SANNE JOHANNA'], ['Date of birth', '** *** 1986'], ['Issued', '2024-02-12'], ['Expires', '2034-02-12']], keyWidth: 190,
    lines: ['Copy made 2026-11-04 for Amazon business verification. The name matches the director in the Chamber of Commerce extract.'],
    foot: 'Identity document of the director  |  Duinzicht Outdoor B.V.',
  },
  {
    file: 'kvk-extract-2026-11-03.pdf', date: '2026-11-03', org: 'Kamer van Koophandel', orgLine: 'Netherlands Chamber of Commerce: extract from the Business Register',
    title: 'Extract: Duinzicht Outdoor B.V.', sub: 'KvK number 81234567. Extract date 2026-11-03, 10:12.',
    fields: [['Legal name', 'Duinzicht Outdoor B.V.'], ['Legal form', 'Besloten vennootschap (private limited company)'], ['Registered', '2021-02-15'], ['Visiting address', 'Oudeweg 91, unit 4, 2031 CC Haarlem (since 2026-08-01)'], ['Previous address', 'Zeestraat 48, 2042 LC Zandvoort (until 2026-07-31)'], ['Activities', 'SBI 47919: online retail of outdoor and camping goods'], ['Director', 'S.J. de Vries (Sanne Johanna), sole authority, since 2021-02-15']], keyWidth: 110,
    blocks: [{ h: 'Register history', table: { cols: [['Date', 90], ['Entry', 400]], rows: [['2021-02-15', 'Incorporation; director S.J. de Vries'], ['2026-08-05', 'Change of address registered, effective 2026-08-01']] } }],
    footer: 'KvK 81234567',
  },
  {
    file: 'electricity-bill-2026-10.pdf', date: '2026-10-14', org: 'Kennemer Energie B.V.', orgLine: 'Postbus 410, 2000 AK Haarlem, Netherlands  |  +31 23 555 0400  |  www.kennemerenergie.example',
    title: 'Electricity bill, October 2026', sub: 'Customer number 7710-3382. Bill date 2026-10-14.',
    fields: [['Customer', 'Duinzicht Outdoor B.V.'], ['Supply address', 'Oudeweg 91, unit 4, 2031 CC Haarlem'], ['Period', '2026-09-01 to 2026-09-30'], ['Usage', '1,146 kWh']],
    blocks: [{ table: { cols: [['Charge', 300], ['Amount', 120, 'right']], rows: [['Electricity supply', 'EUR 341.20'], ['Network costs', 'EUR 58.15'], ['Energy tax', 'EUR 120.40'], ['VAT 21%', 'EUR 109.15'], ['Total, due 2026-10-28', 'EUR 628.90']] } }],
  },
  {
    file: 'fba-inventory-2026-11-05.png', w: 1150, h: 560, bar: 'Seller Central: FBA inventory', sub: 'amazon.nl, Duinzicht. Captured 2026-11-05 11:30 CET while the account is deactivated.',
    table: { cols: [['SKU', 170], ['ASIN', 160], ['Product', 300], ['Centre', 110], ['Units', 110], ['Unfulfillable', 200]], rows: [['DZ-HMK-2P', 'B0DZN4H2QA', 'Hammock, 2-person', 'RTM1', '412', '0'], ['DZ-TRP-3X4', 'B0DZN4H5TB', 'Camping tarp 3 x 4 m', 'RTM1', '298', '0'], ['DZ-CHR-LT', 'B0DZN4H7VC', 'Folding camp chair', 'DUS2', '330', '0'], ['DZ-LMP-USB', 'B0DZN4J1WD', 'Camping lantern, USB', 'DUS2', '196', '0'], ['Total', '', '', '', '1,236', '0']], hl: [[4, 4]] },
    lines: ['Every unit matched to a purchase invoice in the reconciliation of 2026-11-05, checked by Bram Visser, Finance Manager.'],
    foot: 'Duinzicht Outdoor B.V.  |  FBA inventory  |  2026-11-05',
  },
  {
    file: 'procedure-FIN-04.pdf', date: '2026-11-05', ...DUINZICHT,
    title: 'Procedure FIN-04: changes to account details', sub: 'Version 1, effective 2026-11-05. Owner: Sanne de Vries, Director.',
    blocks: [
      { h: 'Rules', bullets: ['Only the director changes the deposit account, address, legal name or contact details in Seller Central.', 'Before the change, the finance manager checks that the new document (bank statement, Chamber of Commerce extract, utility bill) shows the exact legal name "Duinzicht Outdoor B.V." and the registered address.', 'The deposit account for Amazon is always a business account in the company\'s name.', 'Both sign the checklist below; it is filed within 1 working day of the change.'], numbered: true },
      { h: 'Quarterly check', p: 'On the first working day of each quarter the finance manager downloads a new Chamber of Commerce extract and compares it with Seller Central: legal name, address, deposit account holder and contact details. A difference is corrected within 2 working days and recorded.' },
      { h: 'Checklist: change of 2026-11-04', table: { cols: [['Detail', 110], ['In Seller Central', 150], ['Document', 160], ['Match', 70]], rows: [['Legal name', 'Duinzicht Outdoor B.V.', 'KvK extract 2026-11-03', 'Yes'], ['Address', 'Oudeweg 91, unit 4, Haarlem', 'KvK extract; bill 2026-10-14', 'Yes'], ['Deposit account holder', 'Duinzicht Outdoor B.V.', 'Bank statement 2026-11-04', 'Yes'], ['Director identity', 'Sanne de Vries', 'Passport, valid to 2034-02-12', 'Yes']] } },
    ],
    sign: ['Sanne de Vries, Director  |  Bram Visser, Finance Manager', 'Signed 2026-11-05'],
  },
];

const LIONPEAK = { org: 'Lionpeak Living Pte. Ltd.', orgLine: '21 Ubi Road 1, #05-14, Singapore 408724  |  +65 6555 0419  |  seller@lionpeak-living.example  |  UEN 201934567K' };
GENERIC_EVIDENCE['lionpeak-messaging-other'] = [
  (() => {
    const ids = fillerOrders(20261104, 10, ['407', '408']);
    const dates = fillerDates(20261105, 10, '2026-10-03', '2026-10-25');
    const rows = [
      ['407-2281930-6604175', 'B0DLP4M2XS', '2026-10-12', '2026-10-12 18:04'],
      ['407-9915402-3318826', 'B0DLP4M6RD', '2026-10-30', '2026-10-30 18:02'],
      ...ids.map((id, i) => {
        const delivered = plusDays(dates[i], 3 + (i % 3));
        return [id, i % 3 ? 'B0DLP4M2XS' : 'B0DLP4M6RD', delivered, `${delivered} 18:0${i % 6}`];
      }),
    ];
    return {
      file: 'message-log-and-template-review.pdf', date: '2026-11-04', ...LIONPEAK,
      title: 'MailPilot sent-message log and review of message templates', sub: 'Template "Thank you + LION10", active 2026-10-06 to 2026-11-03 (app removed 2026-11-03). Export of 2026-11-04, amazon.sg.',
      blocks: [
        { h: 'Messages sent with the template', table: { cols: [['Week', 200], ['Messages', 80, 'right']], rows: [['2026-10-06 to 2026-10-12', '268'], ['2026-10-13 to 2026-10-19', '301'], ['2026-10-20 to 2026-10-26', '322'], ['2026-10-27 to 2026-10-31 (last message)', '293'], ['Total', '1,184']], highlight: [[4, 1]] } },
        { h: 'Extract of the log (orders cited in the letter highlighted)', table: { cols: [['Order ID', 130], ['ASIN', 90], ['Delivered', 80], ['Message sent', 100]], rows, size: 8, highlight: [[0, 0], [1, 0]] } },
        { h: 'Text added by the template', p: '"Thank you for shopping with Lionpeak Living. Enjoy 10% off your next order at lionpeak-living.example with code LION10."' },
        { h: 'Review of the 5 other templates, 2026-11-04', table: { cols: [['Template', 170], ['Finding', 170], ['Action', 150]], rows: [['T1 Order detail question', 'Order information only', 'Kept'], ['T2 Delivery delay', 'Web address in the signature', 'Removed 2026-11-04'], ['T3 Missing part', 'Order information only', 'Kept'], ['T4 Glass care', 'Web address in the signature', 'Removed 2026-11-04'], ['T5 Return instructions', 'Order information only', 'Kept']] } },
      ],
      sign: ['Mei Ling Koh', 'Customer Service Lead, Lionpeak Living Pte. Ltd.'],
    };
  })(),
  {
    file: 'manage-your-apps-2026-11-03.png', w: 1150, h: 520, bar: 'Seller Central: Manage Your Apps', sub: 'amazon.sg, Lionpeak Living. Captured 2026-11-03 10:24 SGT.',
    table: { cols: [['App', 260], ['Developer', 250], ['Access', 250], ['Status', 340]], rows: [['MailPilot Messaging', 'MailPilot Software', 'Buyer messaging', 'Removed 2026-11-03 10:20'], ['ShipEasy SG', 'ShipEasy Pte. Ltd.', 'Orders, shipping', 'Active']], hl: [[0, 3]] },
    lines: ['MailPilot: template "Thank you + LION10" switched off at 10:02 and deleted at 10:05; app access removed at 10:20. No message sent through the app since then.'],
    stamp: 'REMOVED', stampColor: C.red, foot: 'Lionpeak Living Pte. Ltd.  |  Manage Your Apps  |  2026-11-03',
  },
  {
    file: 'procedure-MSG-01.pdf', date: '2026-11-05', ...LIONPEAK,
    title: 'Procedure MSG-01: buyer messages and message templates', sub: 'Version 1, effective 2026-11-05. Owner: Daniel Tan, Director. Based on the Amazon Communication Guidelines for Buyer-Seller Messaging.',
    blocks: [
      { h: 'Messages we send', bullets: ['Only messages needed to complete an order or answer a buyer: order details, delivery, product use and returns.', 'Reviews are requested only with the Request a Review button in Seller Central.'] },
      { h: 'Template checklist: every new or changed template', table: { cols: [['Check', 380], ['Required', 110]], rows: [['No link to any website other than Amazon', 'Yes'], ['No logo, e-mail address or web address of our own', 'Yes'], ['No marketing, promotion, coupon or discount code', 'Yes'], ['No request for a review or feedback other than Request a Review', 'Yes'], ['No attachment other than order or product-use documents', 'Yes']] } },
      { h: 'Approvals and apps', bullets: ['The director approves each template in writing against the checklist before it is used; the approval is filed with the template.', 'Only the director can connect an app to Seller Central. The app list is reviewed on the first working day of each quarter.'] },
      { h: 'Monthly check', p: 'From 2026-12-01, on the first working day of each month, the customer service lead checks 50 sent messages in the Buyer-Seller Messages archive against the checklist and records the result. Target: 0 messages with a link, code or marketing content.' },
      { h: 'Approved templates', table: { cols: [['Template', 200], ['Approved', 120], ['By', 120]], rows: [['T1 Order detail question', '2026-11-05', 'Daniel Tan'], ['T2 Delivery delay', '2026-11-05', 'Daniel Tan'], ['T3 Missing part', '2026-11-05', 'Daniel Tan'], ['T4 Glass care', '2026-11-05', 'Daniel Tan'], ['T5 Return instructions', '2026-11-05', 'Daniel Tan']] } },
    ],
    sign: ['Daniel Tan', 'Director, Lionpeak Living Pte. Ltd.'],
  },
  {
    file: 'training-record-2026-11-05.png', w: 1100, h: 540, bar: 'Training record: Amazon Communication Guidelines', sub: 'Session of 2026-11-05, 14:00-16:00, 21 Ubi Road 1. Trainer: Daniel Tan, Director. Content: the Communication Guidelines for Buyer-Seller Messaging, permitted and prohibited content, procedure MSG-01.',
    table: { cols: [['Name', 240], ['Role', 300], ['Test', 120], ['Next training', 200]], rows: [['Mei Ling Koh', 'Customer Service Lead', '10/10', '2027-05-05'], ['Wei Jie Lim', 'Customer Service', '9/10', '2027-05-05'], ['Arjun Pillai', 'Marketing Executive', '9/10', '2027-05-05'], ['Siti Rahman', 'Listings Executive', '10/10', '2027-05-05']] },
    lines: ['Pass mark: 9 of 10. New staff take this training and test before they get account access.'],
    foot: 'Lionpeak Living Pte. Ltd.  |  training record  |  2026-11-05',
  },
];

// ───────────────────────────── main ─────────────────────────────

await makeSunrise();
await makeNorthwind();
await makeLumen();
await makeGenericCases();
for (const w of written) console.log(`${w.file}  ${w.bytes} bytes  sha256 ${w.sha256.slice(0, 16)}`);
