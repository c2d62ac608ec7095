// DOCX renderer: maps the neutral document model to a Word document, byte-identical for identical input.
import {
  AlignmentType,
  BorderStyle,
  Document,
  FileChild,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
  type ILevelsOptions,
  type IParagraphOptions,
  type IRunOptions,
  type IStylesOptions,
} from 'docx';
import { inflateSync, strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import type { Block, DocumentModel, Keep, Span, TableColumn } from '../model/document.js';
import { CJK_RUN, HANGUL, isCjkLanguage, KANA } from '../domain/script.js';
import { fitColumns, unbreakableWidth } from './fonts.js';
import { CJK_FONT_BY_SCRIPT, cjkFontFor, COLORS, contentWidth, LATIN_FONT, LEADING, LINES, PAGES, SIZES, SPACING, type CjkFont } from './theme.js';

const LATIN = LATIN_FONT.platform;

// ---------------------------------------------------------------------------------------------
// The look, from the theme, in Word's units: twips (1/20 pt) for lengths, half-points for type sizes,
// eighths of a point for borders.

const twips = (pt: number) => Math.round(pt * 20);
const halfPoints = (pt: number) => Math.round(pt * 2);
const eighths = (pt: number) => Math.round(pt * 8);
/** Word's line spacing for a multiple of the natural line height (240 is single). */
const lineSpacing = (leading: number) => Math.round(leading * 240);

/** The document's East Asian font: the platform font for the language, and its language tag. */
interface EastAsia {
  font: string;
  lang: string;
}

const eastAsiaOf = (font: CjkFont): EastAsia => ({ font: font.platform, lang: font.lang });

// ---------------------------------------------------------------------------------------------
// Entry point

/** Renders the document model as DOCX bytes; the same model always gives the same bytes. */
export async function renderDocx(doc: DocumentModel): Promise<Uint8Array> {
  const raw = await Packer.toBuffer(buildDocument(doc));
  return normalizeDocx(raw, doc.createdAt);
}

interface Ctx {
  eastAsia: EastAsia;
  contentWidth: number;
  nextListInstance: number;
  /** A pageBreak block waits here for the next paragraph, which then starts on a new page. */
  breakBefore: boolean;
}

function buildDocument(doc: DocumentModel): Document {
  const page = PAGES[doc.paper] ?? PAGES.A4;
  const ctx: Ctx = {
    eastAsia: eastAsiaOf(cjkFontFor(doc.language)),
    contentWidth: twips(contentWidth(doc.paper)),
    nextListInstance: 1,
    breakBefore: false,
  };
  const children = [...(doc.draft ? draftBox(doc.draft, ctx) : []), ...doc.blocks.flatMap((block) => renderBlock(block, ctx, 0, 0))];
  return new Document({
    title: doc.title,
    subject: doc.subject,
    creator: doc.author,
    lastModifiedBy: 'appeal-kit',
    styles: buildStyles(doc.language, ctx.eastAsia),
    numbering: { config: numberingConfig(doc.blocks) },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(page.width), height: twips(page.height) },
            margin: {
              top: twips(page.margins.top),
              bottom: twips(page.margins.bottom),
              left: twips(page.margins.left),
              right: twips(page.margins.right),
              header: twips(page.footerDistance),
              footer: twips(page.footerDistance),
            },
          },
        },
        ...(doc.draft ? { headers: { default: draftHeader(doc.draft.banner, ctx) } } : {}),
        footers: { default: buildFooter(doc, ctx) },
        children: children.length > 0 ? children : [new Paragraph({})],
      },
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Styles

function buildStyles(language: string, eastAsia: EastAsia): IStylesOptions {
  const heading = (level: 1 | 2 | 3) => ({
    run: { size: halfPoints(SIZES.headings[level]), bold: true, color: COLORS.heading },
    paragraph: {
      spacing: { before: twips(SPACING.headings[level].above), after: twips(SPACING.headings[level].below), line: lineSpacing(LEADING.heading) },
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
    },
  });
  return {
    default: {
      document: {
        run: {
          font: { ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia: eastAsia.font },
          size: halfPoints(SIZES.body),
          color: COLORS.ink,
          language: { value: latinLanguage(language), eastAsia: eastAsia.lang },
        },
        paragraph: { spacing: { after: twips(SPACING.paragraph), line: lineSpacing(LEADING.body) } },
      },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
    },
    paragraphStyles: [
      style('Subject', 'Subject', { bold: true }, { spacing: { before: twips(SPACING.subject.above), after: twips(SPACING.subject.below) }, keepNext: true }),
      style('Small', 'Small', { size: halfPoints(SIZES.small), color: COLORS.muted }, { spacing: { after: twips(SPACING.small) } }),
      style('LetterheadName', 'Letterhead Name', { bold: true, size: halfPoints(SIZES.letterheadName) }, { spacing: { after: twips(SPACING.letterhead.nameBelow) } }),
      style('LetterheadLine', 'Letterhead Line', { size: halfPoints(SIZES.letterheadLine), color: COLORS.muted }, { spacing: { after: 0, line: lineSpacing(LEADING.letterhead) } }),
      style('TableText', 'Table Text', { size: halfPoints(SIZES.table) }, { spacing: { after: 0 } }),
      style('Footer', 'footer', { size: halfPoints(SIZES.footer), color: COLORS.muted }, { spacing: { after: 0, line: lineSpacing(LEADING.footer) } }),
    ],
  };
}

// LibreOffice breaks Latin words anywhere when their language is Chinese, Japanese or Korean, so the
// Latin text of a CJK letter is tagged en-US, as Word does for the documents of East Asian users.
function latinLanguage(language: string): string {
  return isCjkLanguage(language) ? 'en-US' : language;
}

function style(
  id: string,
  name: string,
  run: IRunOptions,
  paragraph: IParagraphOptions,
): NonNullable<IStylesOptions['paragraphStyles']>[number] {
  return { id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true, run, paragraph };
}

// ---------------------------------------------------------------------------------------------
// Runs: emphasis, line breaks, and East Asian hints

// Characters XML 1.0 forbids; docx would write them and Word would refuse the file.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** TextRuns for spans, split so CJK text gets the East Asian hint and, for kana or Hangul, its own font. */
function textRuns(spans: Span[], ctx: Ctx, extra: IRunOptions = {}): TextRun[] {
  const runs: TextRun[] = [];
  for (const span of spans) {
    const lines = span.text.replace(XML_INVALID, '').split(/\r\n|\r|\n/);
    lines.forEach((line, i) => {
      const base: IRunOptions = { ...extra, bold: span.bold || extra.bold || undefined, italics: span.italic || undefined };
      if (i > 0) runs.push(new TextRun({ ...base, break: 1 }));
      for (const piece of line.split(CJK_RUN)) {
        if (piece !== '') runs.push(new TextRun({ ...base, ...cjkOptions(piece, ctx), text: piece }));
      }
    });
  }
  return runs;
}

function cjkOptions(text: string, ctx: Ctx): IRunOptions {
  if (!CJK_RUN.test(text)) return {};
  const font = KANA.test(text) ? CJK_FONT_BY_SCRIPT.kana : HANGUL.test(text) ? CJK_FONT_BY_SCRIPT.hangul : undefined;
  const script = font ? eastAsiaOf(font) : ctx.eastAsia;
  if (script.font === ctx.eastAsia.font) return { font: { hint: 'eastAsia' } };
  return { font: { eastAsia: script.font, hint: 'eastAsia' }, language: { eastAsia: script.lang } };
}

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

/**
 * Every body paragraph goes through here, so a pending page break lands on the first one after it. Widow
 * and orphan control leaves at least two lines of a paragraph at the foot and the head of a page (the docx
 * library has no document-wide setting for it).
 */
function para(options: IParagraphOptions, ctx: Ctx): Paragraph {
  if (!ctx.breakBefore) return new Paragraph({ widowControl: true, ...options });
  ctx.breakBefore = false;
  return new Paragraph({ widowControl: true, ...options, pageBreakBefore: true });
}

function indentOf(indent: number): IParagraphOptions {
  return indent > 0 ? { indent: { left: indent } } : {};
}

// ---------------------------------------------------------------------------------------------
// Blocks

/** One block as body elements; indent (twips) and listLevel place blocks nested in list items. */
function renderBlock(block: Block, ctx: Ctx, indent: number, listLevel: number, held: Keep = {}): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [para({ heading: `Heading${block.level}`, children: textRuns(block.spans, ctx), ...indentOf(indent), ...keeps(block, held) }, ctx)];
    case 'paragraph':
      return [para({ ...paragraphLook(block.style, block.align), children: textRuns(block.spans, ctx), ...indentOf(indent), ...keeps(block, held) }, ctx)];
    case 'list':
      return renderList(block, ctx, listLevel);
    case 'table':
      return renderTable(block, ctx, indent);
    case 'letterhead':
      return renderLetterhead(block.name, block.lines, ctx);
    case 'rule':
      return [para({ border: { bottom: line(LINES.rule) }, spacing: { before: twips(SPACING.rule.above), after: twips(SPACING.rule.below), line: 120 }, ...indentOf(indent) }, ctx)];
    case 'spacer':
      return [para({ spacing: { after: 0 } }, ctx)];
    case 'pageBreak':
      ctx.breakBefore = true;
      return [];
  }
}

/** Keeps as paragraph properties: keepNext (on the page of the next) and keepLines (never split). */
function keeps(block: Keep, held: Keep = {}): IParagraphOptions {
  return {
    ...(block.keepWithNext || held.keepWithNext ? { keepNext: true } : {}),
    ...(block.keepTogether || held.keepTogether ? { keepLines: true } : {}),
  };
}

function paragraphLook(kind: 'body' | 'small' | 'subject' | undefined, align?: 'left' | 'right' | 'center'): IParagraphOptions {
  const styleId = kind === 'small' ? 'Small' : kind === 'subject' ? 'Subject' : undefined;
  return { ...(styleId ? { style: styleId } : {}), ...(align ? { alignment: ALIGN[align] } : {}) };
}

function line(width: number): IBorderOptions {
  return { style: BorderStyle.SINGLE, size: eighths(width), color: COLORS.rule, space: 4 };
}

function renderLetterhead(name: string, lines: string[], ctx: Ctx): FileChild[] {
  const rule = { border: { bottom: line(LINES.rule) }, spacing: { after: twips(SPACING.letterhead.below) } };
  const out = [para({ style: 'LetterheadName', children: textRuns([{ text: name }], ctx), ...(lines.length ? {} : rule) }, ctx)];
  lines.forEach((text, i) => {
    const last = i === lines.length - 1;
    out.push(para({ style: 'LetterheadLine', children: textRuns([{ text }], ctx), ...(last ? rule : {}) }, ctx));
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Lists

// Deeper nesting is drawn at the last level: four are plenty for a letter, and each one costs XML.
const MAX_LEVEL = 3;

function levelIndent(level: number): { left: number; hanging: number } {
  return { left: twips(LINES.listIndent) * (level + 1), hanging: twips(LINES.listHanging) };
}

function orderedReference(start: number | undefined): string {
  return start === undefined || start === 1 ? 'ordered' : `ordered-${start}`;
}

/** The numbering definitions the document needs: bullets, and one decimal definition per distinct start. */
function numberingConfig(blocks: Block[]): { reference: string; levels: ILevelsOptions[] }[] {
  const starts = new Set<number>([1]);
  walkLists(blocks, (list) => {
    if (list.ordered) starts.add(list.start ?? 1);
  });
  const ordered = [...starts].sort((a, b) => a - b).map((start) => ({ reference: orderedReference(start), levels: orderedLevels(start) }));
  return [{ reference: 'bullet', levels: bulletLevels() }, ...ordered];
}

function walkLists(blocks: Block[], visit: (list: Extract<Block, { kind: 'list' }>) => void): void {
  for (const block of blocks) {
    if (block.kind !== 'list') continue;
    visit(block);
    for (const item of block.items) walkLists(item, visit);
  }
}

const ORDERED_FORMATS = [
  { format: LevelFormat.DECIMAL, text: (n: number) => `%${n}.` },
  { format: LevelFormat.LOWER_LETTER, text: (n: number) => `%${n}.` },
  { format: LevelFormat.LOWER_ROMAN, text: (n: number) => `%${n}.` },
];

function orderedLevels(start: number): ILevelsOptions[] {
  return Array.from({ length: MAX_LEVEL + 1 }, (_, level) => {
    const f = ORDERED_FORMATS[level % ORDERED_FORMATS.length];
    return {
      level,
      format: f.format,
      text: f.text(level + 1),
      start: level === 0 ? Math.max(0, Math.floor(start)) : 1,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: levelIndent(level) } },
    };
  });
}

function bulletLevels(): ILevelsOptions[] {
  const marks = ['•', '◦', '▪'];
  return Array.from({ length: MAX_LEVEL + 1 }, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: marks[level % marks.length],
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: levelIndent(level) }, run: { font: LATIN } },
  }));
}

/** A list: each item's first paragraph carries the number; its other blocks are indented under the text. */
function renderList(list: Extract<Block, { kind: 'list' }>, ctx: Ctx, level: number): FileChild[] {
  const lvl = Math.min(level, MAX_LEVEL);
  // A new instance per list makes Word and LibreOffice count each list from its start again.
  const numbering = { reference: list.ordered ? orderedReference(list.start) : 'bullet', level: lvl, instance: ctx.nextListInstance++ };
  const textIndent = levelIndent(lvl).left;
  const out: FileChild[] = [];
  list.items.forEach((item, i) => {
    const last = i === list.items.length - 1;
    const spacing = { after: twips(last && level === 0 ? SPACING.paragraph : SPACING.listItem) };
    const [first, ...rest] = item;
    const lead = first && (first.kind === 'paragraph' || first.kind === 'heading') ? first : undefined;
    const look = lead?.kind === 'paragraph' ? paragraphLook(lead.style, lead.align) : {};
    const runs = lead ? textRuns(lead.spans, ctx, lead.kind === 'heading' ? { bold: true } : {}) : [];
    // An item kept whole: its blocks unsplit, each on the page of the next; the last item of a list kept
    // with the next block: all of it on the page where that block starts.
    const whole = !!list.keepTogether;
    const withNext = last && !!list.keepWithNext;
    const others = lead ? rest : item;
    const keepOf = (hasMore: boolean): Keep => ({ keepTogether: whole, keepWithNext: withNext || (whole && hasMore) });
    out.push(para({ ...look, numbering, spacing, children: runs, ...keeps(keepOf(others.length > 0)) }, ctx));
    others.forEach((block, k) => out.push(...renderBlock(block, ctx, textIndent, lvl + 1, keepOf(k < others.length - 1))));
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tables

// Column widths in twips from the columns' weights; columns without a weight count as 1. A column is
// widened to fit its heading's longest word (plus the 100-twip cell margins), so no heading word breaks.
function columnWidths(columns: TableColumn[], total: number): number[] {
  const weights = columns.map((c) => (c.width !== undefined && c.width > 0 ? c.width : 1));
  const minimums = columns.map((c) => twips(unbreakableWidth(c.title.map((s) => s.text).join(''), SIZES.table, true) + 2 * LINES.cellPadding.x + 1));
  const widths = fitColumns(weights, minimums, total).map((w) => Math.floor(w));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function renderTable(table: Extract<Block, { kind: 'table' }>, ctx: Ctx, indent: number): FileChild[] {
  const { columns, rows } = table;
  if (columns.length === 0) return [];
  const out: FileChild[] = [];
  // A page break can't sit on a paragraph inside a table (Word ignores it there), so it gets its own.
  if (ctx.breakBefore) out.push(para({ spacing: { after: 0 } }, ctx));
  const total = ctx.contentWidth - indent;
  const widths = columnWidths(columns, total);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((col, i) => cell(col.title, col, widths[i], ctx, true)),
  });
  // A table kept with the next block: its last row keeps with what follows.
  const body = rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((col, i) => cell(cellSpans(row, i, columns.length), col, widths[i], ctx, false, !!table.keepWithNext && r === rows.length - 1)),
      }),
  );
  const border = { style: BorderStyle.SINGLE, size: eighths(LINES.grid), color: COLORS.grid };
  out.push(
    new Table({
      rows: [header, ...body],
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      indent: indent > 0 ? { size: indent, type: WidthType.DXA } : undefined,
      margins: cellMargins(LINES.cellPadding),
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    }),
  );
  // Keeps the next paragraph from touching the table's bottom border.
  out.push(new Paragraph({ spacing: { after: 0, line: 200 } }));
  return out;
}

function cellMargins(padding: { x: number; y: number }) {
  return { top: twips(padding.y), bottom: twips(padding.y), left: twips(padding.x), right: twips(padding.x) };
}

/** A row's spans for column i; cells beyond the last column are kept, joined into the last cell. */
function cellSpans(row: Span[][], i: number, count: number): Span[] {
  if (i < count - 1) return row[i] ?? [];
  const rest = row.slice(i);
  return rest.flatMap((spans, k) => (k === 0 ? spans : [{ text: ' ' }, ...spans]));
}

function cell(spans: Span[], col: TableColumn, width: number, ctx: Ctx, header: boolean, keepNext = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: COLORS.headerFill } : undefined,
    children: [
      new Paragraph({
        style: 'TableText',
        keepNext: header || keepNext || undefined,
        alignment: col.align ? ALIGN[col.align] : undefined,
        children: textRuns(spans, ctx, header ? { bold: true } : {}),
      }),
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Draft marking

/** The draft banner in the page header, so every page carries it. */
function draftHeader(banner: string, ctx: Ctx): Header {
  return new Header({
    children: [
      new Paragraph({
        style: 'Footer',
        alignment: AlignmentType.CENTER,
        children: textRuns([{ text: banner }], ctx, { bold: true, color: COLORS.draftInk, size: halfPoints(SIZES.draftBanner) }),
      }),
    ],
  });
}

/** The box that opens page one of a draft: a one-cell table with the title and each blocking problem. */
function draftBox(draft: NonNullable<DocumentModel['draft']>, ctx: Ctx): FileChild[] {
  const border = { style: BorderStyle.SINGLE, size: eighths(LINES.draftBox), color: COLORS.draftInk };
  const title = new Paragraph({ keepNext: true, spacing: { after: twips(SPACING.draftBox.titleBelow) }, children: textRuns([{ text: draft.title }], ctx, { bold: true, color: COLORS.draftInk }) });
  const problems = draft.problems.map(
    (problem) =>
      new Paragraph({
        numbering: { reference: 'bullet', level: 0 },
        spacing: { after: twips(SPACING.draftBox.itemBelow) },
        children: textRuns([{ text: problem }], ctx, { size: halfPoints(SIZES.letterheadLine) }),
      }),
  );
  return [
    new Table({
      rows: [new TableRow({ cantSplit: true, children: [new TableCell({ width: { size: ctx.contentWidth, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLORS.draftFill }, children: [title, ...problems] })] })],
      width: { size: ctx.contentWidth, type: WidthType.DXA },
      columnWidths: [ctx.contentWidth],
      layout: TableLayoutType.FIXED,
      margins: cellMargins(LINES.draftPadding),
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    }),
    new Paragraph({ spacing: { after: twips(SPACING.draftBox.below), line: 200 } }),
  ];
}

// ---------------------------------------------------------------------------------------------
// Footer

/** The footer: the note small at the left, the page text with PAGE/NUMPAGES fields at the right. */
function buildFooter(doc: DocumentModel, ctx: Ctx): Footer {
  const pageRuns = footerRuns(doc.footer, ctx);
  const note = doc.footerNote?.trim();
  if (!note) return new Footer({ children: [new Paragraph({ style: 'Footer', alignment: AlignmentType.RIGHT, children: pageRuns })] });
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        tabStops: [{ type: TabStopType.RIGHT, position: ctx.contentWidth }],
        children: [...textRuns([{ text: note }], ctx), new TextRun({ children: [new Tab()] }), ...pageRuns],
      }),
    ],
  });
}

function footerRuns(template: string, ctx: Ctx): TextRun[] {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter((piece) => piece !== '')
    .flatMap((piece) => {
      if (piece === '{page}') return [new TextRun({ children: [PageNumber.CURRENT] })];
      if (piece === '{pages}') return [new TextRun({ children: [PageNumber.TOTAL_PAGES] })];
      return textRuns([{ text: piece }], ctx);
    });
}

// ---------------------------------------------------------------------------------------------
// Reproducible packaging
//
// docx stamps the wall clock into docProps/core.xml and into the zip entries, and names some relationships
// with random ids. The package is rewritten with those pinned. Entries that don't change keep docx's own
// deflated bytes (fflate's deflate is deterministic), which is about 4 ms faster than inflating and
// deflating the whole package again; only the changed parts are deflated, with fflate.

interface ZipEntry {
  name: string;
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  size: number;
  /** The entry's data as stored: deflated when method is 8. */
  data: Uint8Array;
}

/** Makes a DOCX package byte-reproducible: fixed core dates, deterministic relationship ids, stable zip. */
export function normalizeDocx(bytes: Uint8Array, createdAt: Date): Uint8Array {
  const stamp = isoSeconds(createdAt);
  const entries = readZip(bytes);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const changed = new Map<string, string>();
  const textOf = (e: ZipEntry) => changed.get(e.name) ?? strFromU8(contentOf(e));
  const core = byName.get('docProps/core.xml');
  if (core) changed.set(core.name, pinCoreDates(textOf(core), stamp));
  renumberRelationshipIds(entries, textOf, changed);
  const fresh = deflateEntries(changed);
  return writeZip(orderEntries(entries.map((e) => fresh.get(e.name) ?? e)), dosDateTime(createdAt));
}

function isoSeconds(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('renderDocx: createdAt is not a valid date');
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function pinCoreDates(xml: string, stamp: string): string {
  return xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
}

/**
 * Random relationship ids (hyperlinks, custom parts) become rIdN after the largest numeric id of their
 * .rels file, in order of appearance, and every reference to them follows.
 */
function renumberRelationshipIds(entries: ZipEntry[], textOf: (e: ZipEntry) => string, changed: Map<string, string>): void {
  const renames = new Map<string, string>();
  for (const entry of entries.filter((e) => e.name.endsWith('.rels')).sort(byName)) {
    const ids = [...textOf(entry).matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]);
    let next = Math.max(0, ...ids.map((id) => (/^rId\d+$/.test(id) ? Number(id.slice(3)) : 0))) + 1;
    for (const id of ids) if (!/^rId\d+$/.test(id) && !renames.has(id)) renames.set(id, `rId${next++}`);
  }
  if (renames.size === 0) return;
  const pattern = new RegExp(`"(${[...renames.keys()].map(escapeRegExp).join('|')})"`, 'g');
  for (const entry of entries.filter((e) => /\.(xml|rels)$/.test(e.name))) {
    const xml = textOf(entry);
    const renamed = xml.replace(pattern, (_, id: string) => `"${renames.get(id)}"`);
    if (renamed !== xml) changed.set(entry.name, renamed);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function byName(a: ZipEntry, b: ZipEntry): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** [Content_Types].xml first (as Office writes it), then _rels/.rels, then the rest by name. */
function orderEntries(entries: ZipEntry[]): ZipEntry[] {
  const rank = (e: ZipEntry) => (e.name === '[Content_Types].xml' ? 0 : e.name === '_rels/.rels' ? 1 : 2);
  return [...entries].sort((a, b) => rank(a) - rank(b) || byName(a, b));
}

function contentOf(entry: ZipEntry): Uint8Array {
  if (entry.method === 0) return entry.data;
  if (entry.method === 8) return inflateSync(entry.data, { out: new Uint8Array(entry.size) });
  throw new Error(`normalizeDocx: ${entry.name} uses zip method ${entry.method}`);
}

/** Changed parts, deflated (and checksummed) by fflate, as entries. */
function deflateEntries(changed: Map<string, string>): Map<string, ZipEntry> {
  if (changed.size === 0) return new Map();
  const files: Zippable = {};
  for (const [name, text] of changed) files[name] = strToU8(text);
  const zip = zipSync(files, { level: 6, mtime: FIXED_MTIME });
  return new Map(readZip(zip).map((e) => [e.name, e]));
}

// Only for the throwaway zip of changed parts above: writeZip writes its own times.
const FIXED_MTIME = new Date(Date.UTC(2000, 0, 1, 12));

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** The entries of a zip as written by fflate: no archive comment, no zip64, sizes in the headers. */
function readZip(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  if (end < 0 || view.getUint32(end, true) !== END) throw new Error('normalizeDocx: zip end record not found');
  const entries: ZipEntry[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0; i--) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error('normalizeDocx: bad central directory entry');
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('normalizeDocx: bad local file header');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const nameBytes = zip.subarray(at + 46, at + 46 + nameLength);
    entries.push({
      name: strFromU8(nameBytes),
      nameBytes,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      size: view.getUint32(at + 24, true),
      data: zip.subarray(start, start + view.getUint32(at + 20, true)),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** A zip of the entries in the order given, every entry stamped with the same DOS date and time. */
function writeZip(entries: ZipEntry[], dos: number): Uint8Array {
  const localSize = entries.reduce((n, e) => n + 30 + e.nameBytes.length + e.data.length, 0);
  const centralSize = entries.reduce((n, e) => n + 46 + e.nameBytes.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let local = 0;
  let central = localSize;
  for (const e of entries) {
    writeHeader(view, local, LOCAL, e, dos);
    out.set(e.nameBytes, local + 30);
    out.set(e.data, local + 30 + e.nameBytes.length);
    view.setUint32(central, CENTRAL, true);
    view.setUint16(central + 4, 20, true); // made by: MS-DOS, zip 2.0
    writeHeader(view, central + 2, 0, e, dos); // the central header repeats the local one, 2 bytes on
    view.setUint32(central + 42, local, true);
    out.set(e.nameBytes, central + 46);
    local += 30 + e.nameBytes.length + e.data.length;
    central += 46 + e.nameBytes.length;
  }
  view.setUint32(central, END, true);
  view.setUint16(central + 8, entries.length, true);
  view.setUint16(central + 10, entries.length, true);
  view.setUint32(central + 12, centralSize, true);
  view.setUint32(central + 16, localSize, true);
  return out;
}

/** The fields a local header shares with a central one: version, flags, method, time, crc, sizes, name length. */
function writeHeader(view: DataView, at: number, signature: number, e: ZipEntry, dos: number): void {
  if (signature) view.setUint32(at, signature, true);
  view.setUint16(at + 4, 20, true);
  view.setUint16(at + 6, e.flags, true);
  view.setUint16(at + 8, e.method, true);
  view.setUint32(at + 10, dos, true);
  view.setUint32(at + 14, e.crc, true);
  view.setUint32(at + 18, e.data.length, true);
  view.setUint32(at + 22, e.size, true);
  view.setUint16(at + 26, e.nameBytes.length, true);
}

/** createdAt as an MS-DOS date and time from its UTC fields, so the stamp doesn't depend on the machine's zone. */
function dosDateTime(date: Date): number {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  const clamped = year !== date.getUTCFullYear();
  const [month, day, h, m, s] = clamped
    ? [1, 1, 0, 0, 0]
    : [date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
  return (((year - 1980) << 25) | (month << 21) | (day << 16) | (h << 11) | (m << 5) | (s >> 1)) >>> 0;
}
