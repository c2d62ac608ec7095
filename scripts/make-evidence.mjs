#!/usr/bin/env node
// Draws the evidence files of the sample cases and test fixtures from the evidence.yaml beside them (its keys:
// docs/sample-evidence.md): PDFs with pdf-lib, PNGs with @napi-rs/canvas, in the Noto fonts. None of appeal-kit's
// own renderers is used, so a change there never changes an evidence file. Same data, same bytes: no clock.
//   node scripts/make-evidence.mjs [--check] [--pdf-only] [case-or-fixture-folder ...]   (npm run evidence)
// Without folders: every cases/*/evidence/evidence.yaml and test/fixtures/**/evidence/evidence.yaml.
// --check draws in memory, compares with the files on disk, names each file that differs and exits 1.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fg from 'fast-glob';
import { parse } from 'yaml';
import { BlendMode, PageSizes, PDFDocument, rgb } from '@cantoo/pdf-lib';
import fontkit from '@cantoo/fontkit';
import { createCanvas, GlobalFonts, loadImage, Path2D } from '@napi-rs/canvas';

const ROOT = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const KEYS = {
  pdf: 'file date lang title subject author landscape margin org orgLine orgColor mark label heading sub fields blocks sign footer',
  block: 'break space h size p bold italic color gap fields bullets numbered table note',
  png: 'file lang w h bg bar barColor sub draw x fields keyWidth table lines stamp stampColor foot',
};
/** Throws on a key the generator would ignore (a typo would otherwise vanish silently). */
function checkKeys(item, kind, where = '') {
  const unknown = Object.keys(item ?? {}).find((k) => !KEYS[kind].split(' ').includes(k));
  if (unknown) throw new Error(`${where}unknown key "${unknown}" (a ${kind} takes: ${KEYS[kind].replaceAll(' ', ', ')})`);
  if (item?.lang && !FONTS[item.lang]) throw new Error(`lang: ${item.lang} is not one of ${Object.keys(FONTS).join(', ')}`);
  if (item?.table?.cols?.some((c) => typeof c[1] !== 'number')) throw new Error(`${where}table: a column is [header, width, "right"?]`);
}

// Fonts by lang: regular, bold, italic (the CJK fonts have no italic, and carry Latin letters too).
const FONTS = Object.fromEntries(
  Object.entries({ en: ['', ''], ja: ['-jp', 'JP'], zh: ['-sc', 'SC'], ko: ['-kr', 'KR'] }).map(([lang, [pkg, suffix]]) => {
    const styles = ['400Regular', '700Bold', lang === 'en' ? '400Regular_Italic' : '400Regular'];
    const file = (s) => require.resolve(`@expo-google-fonts/noto-sans${pkg}/${s}/NotoSans${suffix}_${s}.ttf`);
    return [lang, { name: `NotoSans${suffix}`, files: styles.map(file) }];
  }),
);
for (const { name, files } of Object.values(FONTS)) files.slice(0, 2).forEach((f) => GlobalFonts.registerFromPath(f, name));
const fontBytes = new Map();
const bytesOf = (file) => fontBytes.get(file) ?? fontBytes.set(file, readFileSync(file)).get(file);
const glyphSets = new Map();
/** Throws when the font of `lang` has no glyph for a character of `text` (it would show as an empty box). */
function checkGlyphs(text, lang) {
  if (!glyphSets.has(lang)) glyphSets.set(lang, new Set(fontkit.create(bytesOf(FONTS[lang].files[0])).characterSet));
  const missing = [...String(text)].find((ch) => !/\s/.test(ch) && !glyphSets.get(lang).has(ch.codePointAt(0)));
  if (missing) throw new Error(`${FONTS[lang].name} has no glyph for "${missing}" in "${text}"; set lang: to ja, zh or ko`);
}

/** Colour names the data may use instead of #rrggbb. */
const PALETTE = require('./evidence-palette.json');
const css = (c, fallback = 'ink') => PALETTE[c ?? fallback] ?? c;
const pdfColour = (c) => rgb(...[1, 3, 5].map((i) => parseInt(css(c).slice(i, i + 2), 16) / 255));

/** Where a line may break: after a word and its spaces, or around a CJK character. */
const TOKENS = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+\s*|\s+/g;
/** Greedy line breaking of `text` ("\n" starts a new line) into lines no wider than `max`. */
function wrap(text, widthOf, max) {
  const lines = [];
  for (const paragraph of String(text ?? '').split('\n')) {
    lines.push('');
    for (const token of paragraph.match(TOKENS) ?? []) {
      if (lines.at(-1).trim() && widthOf((lines.at(-1) + token).trimEnd()) > max) lines.push(token.trimStart());
      else lines[lines.length - 1] += token;
    }
  }
  return lines.map((l) => l.trimEnd());
}

/** The width of a table's columns ([header, width, ...]) together, and where each column starts. */
const tableWidth = (cols) => cols.reduce((sum, [, w]) => sum + w, 0);
const columnStarts = (cols, x) => cols.map(([, w]) => (x += w) - w);
/** The entry of `cells` ([row, column, ...]) for row r, column i. */
const cellIn = (cells, r, i) => cells.find(([cr, ci]) => cr === r && ci === i);

/** A business document as PDF bytes. */
async function drawPdf(d) {
  checkKeys(d, 'pdf');
  d.blocks?.forEach((b, i) => checkKeys(b, 'block', `blocks[${i}]: `));
  if (!d.title || !/^\d{4}-\d\d-\d\d$/.test(d.date)) throw new Error('a PDF needs a title and a date (YYYY-MM-DD)');
  const { lang = 'en', margin = 50 } = d;
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const embed = (file, i) => doc.embedFont(bytesOf(file), { subset: true, customName: `EVDNC${'RBI'[i]}+${FONTS[lang].name}` });
  const [regular, bold, italic] = await Promise.all(FONTS[lang].files.map(embed));
  const fonts = { regular, bold, italic };
  const when = new Date(`${d.date}T09:00:00Z`);
  doc.setTitle(d.title), doc.setAuthor(d.author ?? d.org ?? ''), doc.setSubject(d.subject ?? d.title);
  doc.setCreator('appeal-kit sample evidence'), doc.setProducer('appeal-kit scripts/make-evidence.mjs (@cantoo/pdf-lib)');
  doc.setLanguage({ en: 'en', ja: 'ja-JP', zh: 'zh-CN', ko: 'ko-KR' }[lang]), doc.setCreationDate(when), doc.setModificationDate(when);

  const size = d.landscape ? [PageSizes.A4[1], PageSizes.A4[0]] : PageSizes.A4;
  const inner = size[0] - 2 * margin;
  let page, y;
  const newPage = () => ((page = doc.addPage(size)), (y = size[1] - margin));
  const ensure = (h) => y - h < 56 && newPage();
  const measure = (font, sz) => (s) => fonts[font].widthOfTextAtSize(s, sz);
  const at = (s, x, yy, { size: sz = 10, font = 'regular', color, align } = {}) => {
    checkGlyphs(s, lang);
    page.drawText(s, { x: align === 'right' ? x - measure(font, sz)(s) : x, y: yy, size: sz, font: fonts[font], color: pdfColour(color) });
  };
  const rule = (yy, thickness = 0.5, total = inner) =>
    page.drawLine({ start: { x: margin, y: yy }, end: { x: margin + total, y: yy }, thickness, color: pdfColour('mid') });
  const fill = (x, yy, w, h, c, blend) => page.drawRectangle({ x, y: yy, width: w, height: h, color: pdfColour(c), blendMode: blend });
  const mark = (x, yy, w, h) => fill(x, yy, w, h, 'yellow', BlendMode.Multiply);
  /** Wrapped text from the cursor down; returns the width of its widest line. */
  const text = (s, { x = margin, size: sz = 10, font = 'regular', color, width = inner - (x - margin), gap = 0 } = {}) => {
    const lines = wrap(s, measure(font, sz), width);
    lines.forEach((line) => (ensure(sz * 1.35), at(line, x, (y -= sz), { size: sz, font, color }), (y -= sz * 0.35)));
    y -= gap;
    return Math.max(0, ...lines.map(measure(font, sz)));
  };
  const fields = (pairs, sz = 9.5) => {
    for (const [k, v] of pairs) {
      ensure(sz * 1.35);
      const top = y;
      at(String(k), margin, top - sz, { size: sz, font: 'bold', color: 'dark' }), text(String(v), { x: margin + 120, size: sz });
      y = Math.min(y, top - sz * 1.35);
    }
  };
  const table = ({ cols, rows, size: sz = 8.5, highlight = [], redact = [], header = true }) => {
    const total = tableWidth(cols);
    const headers = cols.map(([name]) => name);
    const headerRow = () => header && row(headers, 'bold', -1);
    const row = (cells, font, r) => {
      const wrapped = cells.map((cell, i) => wrap(cell, measure(font, sz), cols[i][1] - 8));
      const h = Math.max(...wrapped.map((l) => l.length)) * sz * 1.25 + 8;
      if (r >= 0 && y - h < 56) newPage(), headerRow();
      if (r < 0) fill(margin, y - h, total, h, 'light');
      const starts = columnStarts(cols, margin);
      wrapped.forEach((lines, i) => {
        const [x, [, w, align]] = [starts[i], cols[i]];
        const tx = align === 'right' ? x + w - 4 : x + 4;
        if (r >= 0 && redact.includes(i) && cells[i]) fill(x + 4, y - h + 4, w - 8, h - 8, 'ink');
        else lines.forEach((l, j) => at(l, tx, y - 4 - sz * (1.25 * j + 1), { size: sz, font, align }));
        if (cellIn(highlight, r, i)) mark(x + 1, y - h + 1, w - 2, h - 2);
      });
      rule((y -= h), 0.5, total);
    };
    headerRow();
    rows.forEach((cells, r) => row(cells.map(String), 'regular', r));
    y -= 6;
  };

  newPage();
  const labelAt = (i) => size[1] - margin - (i ? 18 + 14 * i : 14);
  d.label?.forEach((l, i) => at(l, size[0] - margin, labelAt(i), { size: i ? 10 : 22, font: i ? 'regular' : 'bold', align: 'right' }));
  if (d.org) {
    const top = y;
    const width = d.label ? inner - 200 : inner;
    const w = [text(d.org, { size: 14, font: 'bold', color: d.orgColor, width }), text(d.orgLine ?? '', { size: 8, color: 'dark', width })];
    if (d.mark) mark(margin - 3, y - 2, Math.max(...w) + 6, top - y + 4);
    y = Math.min(y, d.label ? labelAt(d.label.length) : y) - 6;
    rule(y, 0.7);
    y -= 6;
  }
  if (d.heading !== false) text(d.heading ?? d.title, { size: 13, font: 'bold', gap: 2 });
  if (d.sub) text(d.sub, { size: 9, color: 'dark', gap: 6 });
  if (d.fields) fields(d.fields), (y -= 6);
  for (const b of d.blocks ?? []) {
    const sz = b.size ?? 10;
    if (b.break) newPage();
    if (b.space) y -= b.space;
    if (b.h) (y -= 4), ensure(40), text(b.h, { size: b.size ?? 11, font: 'bold', gap: 4 });
    if (b.p) text(b.p, { size: sz, font: b.bold ? 'bold' : b.italic ? 'italic' : 'regular', color: b.color, gap: b.gap ?? 4 });
    if (b.fields) fields(b.fields), (y -= 4);
    for (const [i, item] of (b.bullets ?? []).entries())
      ensure(sz), at(b.numbered ? `${i + 1}.` : '-', margin + 2, y - sz, { size: sz }), text(item, { x: margin + 14, size: sz, gap: 3 });
    if (b.table) table(b.table);
    if (b.note) text(b.note, { size: 8, color: 'dark', font: 'italic', gap: 4 });
  }
  if (d.sign) (y -= 14), ensure(14 * d.sign.length), d.sign.forEach((l, i) => text(l, i ? { size: 9, color: 'dark' } : { font: 'bold' }));
  const pages = doc.getPages();
  const footer = d.footer ?? `${d.org ?? d.author}  |  ${d.title}  |  page {page} of {pages}`;
  for (const [i, p] of pages.entries()) {
    const line = footer.replace('{page}', i + 1).replace('{pages}', pages.length);
    (page = p), rule(40), at(line, margin, 28, { size: Math.min(7.5, (7.5 * inner) / measure('regular', 7.5)(line)), color: 'dark' });
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** A screenshot or photo as PNG bytes. */
function drawPng(s) {
  checkKeys(s, 'png');
  const { lang = 'en', w = 1100, h = 700, x: x0 = 24, keyWidth = 220 } = s;
  const canvas = createCanvas(w, h);
  const g = Object.assign(canvas.getContext('2d'), { textBaseline: 'top' });
  const font = (size, bold) => `${bold ? 'bold ' : ''}${size}px ${FONTS.en.name}${lang === 'en' ? '' : `, ${FONTS[lang].name}`}`;
  const measure = (str, size, bold) => ((g.font = font(size, bold)), g.measureText(str).width);
  const write = (str, x, y, { size = 20, color, bold, width, leading = 1.2 } = {}) => {
    checkGlyphs(str, lang);
    Object.assign(g, { font: font(size, bold), fillStyle: css(color) });
    const lines = width ? wrap(str, (t) => g.measureText(t).width, width) : [String(str)];
    lines.forEach((l, i) => g.fillText(l, x, y + i * size * leading));
    return y + lines.length * size * leading;
  };
  const box = (x, y, bw, bh) => new Path2D(`M${x} ${y}h${bw}v${bh}h${-bw}Z`);
  const paint = (path, { fill, stroke, width = 1, dash }) => {
    if (fill) (g.fillStyle = css(fill)), g.fill(path);
    if (stroke) (g.strokeStyle = css(stroke)), (g.lineWidth = width), g.setLineDash(dash ? [dash, dash] : []), g.stroke(path);
  };
  paint(box(0, 0, w, h), { fill: s.bg ?? 'white' });
  let y = 72;
  if (s.bar) paint(box(0, 0, w, 56), { fill: s.barColor ?? 'studioMid' }), write(s.bar, 24, 12, { size: 26, color: 'white', bold: true });
  if (s.sub) y = write(s.sub, 24, y, { color: 'dark', width: w - 48 }) + 8;
  g.save();
  for (const d of s.draw ?? []) {
    if (d.clip !== undefined) g.restore(), g.save(), d.clip && g.clip(box(...d.clip));
    else if (d.text !== undefined) write(d.text, d.at[0], d.at[1], d);
    else {
      const path = new Path2D(d.path ?? (d.rect ? box(...d.rect) : undefined));
      if (d.ellipse) path.ellipse(...d.ellipse, 0, 0, 2 * Math.PI);
      paint(path, d);
    }
  }
  g.restore();
  for (const [k, v] of s.fields ?? [])
    write(k, x0, y, { color: 'dark', bold: true }), (y = write(v, x0 + keyWidth, y, { width: w - x0 - keyWidth - 24 }) + 6);
  if (s.table) {
    const { cols, rows, hl = [], rowHeight: rh = 30 } = s.table;
    const total = tableWidth(cols);
    const top = (y += 8);
    paint(box(x0, y, total, 30), { fill: 'light' });
    const starts = columnStarts(cols, x0);
    starts.forEach((x, i) => write(cols[i][0], x + 8, y + 5, { bold: true }));
    y += 30;
    for (const [r, row] of rows.entries()) {
      for (const [i, cell] of row.entries()) {
        const [x, [, cw, color]] = [starts[i], cols[i]];
        const fill = cellIn(hl, r, i);
        if (fill) paint(box(x + 1, y + 1, cw - 1, rh - 1), { fill: fill[2] ?? 'yellow' });
        const fit = (t) => (measure(t, 20) <= cw - 14 || t.length < 2 ? t : fit(`${t.slice(0, -2)}…`));
        for (const [j, l] of String(cell).split('\n').entries()) write(fit(l), x + 8, y + 5 + j * 24, { color });
      }
      paint(box(x0, (y += rh), total, 1), { fill: 'mid' });
    }
    paint(box(x0 + 0.5, top + 0.5, total, y - top), { stroke: 'dark' });
    y += 10;
  }
  for (const line of s.lines ?? []) y = write(line, x0, y + 4, { width: w - x0 - 24 });
  if (s.stamp) {
    const sw = measure(s.stamp, 30, true) + 32;
    paint(box(w - sw - 30, h - 120, sw, 48), { stroke: s.stampColor ?? 'green', width: 3 });
    write(s.stamp, w - sw - 14, h - 111, { size: 30, bold: true, color: s.stampColor ?? 'green' });
  }
  if (s.foot) paint(box(0, h - 40, w, 40), { fill: 'light' }), write(s.foot, 24, h - 31, { size: 18, color: 'dark' });
  return canvas.toBuffer('image/png');
}

/** A PNG's size and RGBA pixels, to compare images whatever their compression. */
async function pixels(bytes) {
  const image = await loadImage(bytes);
  const canvas = createCanvas(image.width, image.height);
  canvas.getContext('2d').drawImage(image, 0, 0);
  return Buffer.concat([Buffer.from(`${image.width}x${image.height}`), canvas.data()]);
}

/** Each kind of file: its drawer, and whether two files show the same (PNGs by pixels: canvas builds compress differently). */
const KINDS = {
  '.pdf': { draw: drawPdf, same: async (a, b) => a.equals(b) },
  '.png': { draw: drawPng, same: async (a, b) => a.equals(b) || (await pixels(a)).equals(await pixels(b)) },
};

const args = process.argv.slice(2);
const [check, pdfOnly] = ['--check', '--pdf-only'].map((flag) => args.includes(flag));
const folders = args.filter((a) => !a.startsWith('--'));
const dataFiles = folders.length
  ? folders.map((f) => [`${f}/evidence/evidence.yaml`, `${f}/evidence.yaml`].find((p) => existsSync(p) && statSync(p).isFile()) ?? f)
  : await fg(['cases/*/evidence/evidence.yaml', 'test/fixtures/**/evidence/evidence.yaml'], { cwd: ROOT, absolute: true });
const differ = [];
let [count, where] = [0, ''];
try {
  for (const dataFile of dataFiles.sort()) {
    where = path.relative(process.cwd(), dataFile);
    if (!dataFile.endsWith('evidence.yaml')) throw new Error('not a folder with evidence/evidence.yaml');
    const documents = parse(readFileSync(dataFile, 'utf8'))?.documents;
    if (!Array.isArray(documents)) throw new Error('expected a list under documents:');
    for (const item of documents) {
      const file = path.join(path.dirname(dataFile), String(item.file));
      const kind = KINDS[path.extname(file)];
      where = `${path.relative(process.cwd(), dataFile)}: ${item.file}`;
      if (!kind) throw new Error('the file name does not end in .pdf or .png');
      if (pdfOnly && kind !== KINDS['.pdf']) continue;
      const bytes = await kind.draw(item);
      const old = existsSync(file) ? readFileSync(file) : undefined;
      count++;
      if (!check) writeFileSync(file, bytes);
      else if (!old || !(await kind.same(old, bytes))) differ.push(path.relative(process.cwd(), file) + (old ? '' : ' (missing)'));
    }
  }
} catch (e) {
  console.error(`error: ${where}: ${e.message}`);
  process.exit(2);
}
const differing = `${differ.length} of ${count} evidence files differ from their data (run node scripts/make-evidence.mjs):`;
if (!differ.length) console.log(`${count} evidence files ${check ? 'match their data' : 'written'}`);
else console.log([differing, ...differ].join('\n  ')), (process.exitCode = 1);
