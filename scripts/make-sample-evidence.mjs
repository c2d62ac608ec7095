#!/usr/bin/env node
// Generates the evidence files of the sample cases in cases/*/evidence/.
//
//   node scripts/make-sample-evidence.mjs
//
// Deterministic: the same bytes on every run (fixed PDF dates and metadata, no clock, no randomness
// except a seeded generator). PDFs are drawn with @cantoo/pdf-lib and the standard Helvetica fonts
// (WinAnsi text only); PNGs are drawn on a small palette canvas with a built-in 5x9 bitmap font and
// encoded by hand (signature, IHDR, PLTE, IDAT, IEND, CRC-32) with node:zlib.
//
// Every company, person, address, phone number, order id, ASIN and patent here is fictional.

import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
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

// ───────────────────────────── PNG: CRC-32, encoder, canvas, font ─────────────────────────────

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

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
    for (let j = Math.max(0, Math.round(y)); j < Math.min(this.height, Math.round(y + h)); j++)
      this.pixels.fill(c, j * this.width + Math.max(0, Math.round(x)), j * this.width + Math.min(this.width, Math.round(x + w)));
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

// ───────────────────────────── main ─────────────────────────────

await makeSunrise();
for (const w of written) console.log(`${w.file}  ${w.bytes} bytes  sha256 ${w.sha256.slice(0, 16)}`);
