// DOCX renderer: maps the neutral document model to a Word document, byte-identical for identical input.
import {
  AlignmentType,
  BorderStyle,
  Document,
  type FileChild,
  Footer,
  Header,
  LevelFormat,
  LineRuleType,
  NoBreakHyphen,
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
} from './docx-lib.js';
import type { Block, DocumentModel, Keep, Span, TableColumn } from '../model/document.js';
import { CJK_CHARACTER, CJK_RUN, isCjkLanguage } from '../domain/script.js';
import { naturalLineHeight, splitByScript } from './fonts.js';
import { bindNumbersToUnits, splitKeptTerms } from './kept-terms.js';
import { shownBlocks } from './shown-blocks.js';
import { bulletColumn, markerColumn } from './list-markers.js';
import { layoutTable, ROWS_WITH_HEADER, tableHeldWhole } from './table-layout.js';
import { listEnds } from './list-ends.js';
import { embeddedFonts, fallbackNames, FontUsage } from './docx-fonts.js';
import { normalizeDocx, packDocument } from './docx-package.js';
import {
  cjkFontFor,
  cjkFontOf,
  COLORS,
  contentWidth,
  FONT_NAMES,
  LATIN_FONT,
  LEADING,
  LINES,
  PAGES,
  SIZES,
  SPACING,
  type CjkFont,
} from './theme.js';

export { normalizeDocx };

const LATIN = FONT_NAMES[LATIN_FONT.family];

// ---------------------------------------------------------------------------------------------
// The look, from the theme, in Word's units: twips (1/20 pt) for lengths, half-points for type sizes,
// eighths of a point for borders.

const twips = (pt: number) => Math.round(pt * 20);
const halfPoints = (pt: number) => Math.round(pt * 2);
const eighths = (pt: number) => Math.round(pt * 8);
/**
 * The PDF's line pitch as exact line spacing: word processors measure a font's natural line height each their
 * own way (LibreOffice and Word differ by a third for Noto Sans), so a multiple of it would not keep the pages.
 */
const pitch = (size: number, leading: number) => ({
  line: twips(size * leading * naturalLineHeight(LATIN_FONT.family)),
  lineRule: LineRuleType.EXACT,
});

/** An East Asian font: the bundled family (embedded), its name in the document, and its language tag. */
interface EastAsia {
  family: CjkFont['family'];
  font: string;
  lang: string;
}

const eastAsiaOf = (font: CjkFont): EastAsia => ({ family: font.family, font: FONT_NAMES[font.family], lang: font.lang });

// ---------------------------------------------------------------------------------------------
// Entry point

/** Renders the document model as DOCX bytes; the same model always gives the same bytes. */
export async function renderDocx(doc: DocumentModel): Promise<Uint8Array> {
  const { document, styles } = await buildDocument(doc);
  return packDocument(document, doc.createdAt, fallbackNames(), JSON.stringify(styles));
}

interface Ctx {
  language: string;
  eastAsia: EastAsia;
  /** The faces and characters used, for the fonts to embed. */
  fonts: FontUsage;
  contentWidth: number;
  nextListInstance: number;
  /** A pageBreak block waits here for the next paragraph, which then starts on a new page. */
  breakBefore: boolean;
}

async function buildDocument(doc: DocumentModel): Promise<{ document: Document; styles: IStylesOptions }> {
  const page = PAGES[doc.paper] ?? PAGES.A4;
  const ctx: Ctx = {
    language: doc.language,
    eastAsia: eastAsiaOf(cjkFontFor(doc.language)),
    fonts: new FontUsage(),
    contentWidth: twips(contentWidth(doc.paper)),
    nextListInstance: 1,
    breakBefore: false,
  };
  const blocks = shownBlocks(doc.blocks);
  const children = [
    ...(doc.draft ? draftBox(doc.draft, ctx) : []),
    ...blocks.flatMap((block, i) => renderBlock(block, ctx, 0, 0, {}, blocks[i - 1])),
  ];
  const header = doc.draft ? draftHeader(doc.draft.banner, ctx) : undefined;
  const footer = buildFooter(doc, ctx);
  const styles = buildStyles(doc.language, ctx.eastAsia);
  const document = new Document({
    fonts: await embeddedFonts(ctx.fonts),
    title: doc.title,
    subject: doc.subject,
    creator: doc.author,
    lastModifiedBy: 'appeal-kit',
    styles,
    numbering: { config: numberingConfig(blocks) },
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
        ...(header ? { headers: { default: header } } : {}),
        footers: { default: footer },
        children: children.length > 0 ? children : [new Paragraph({})],
      },
    ],
  });
  return { document, styles };
}

// ---------------------------------------------------------------------------------------------
// Styles

function buildStyles(language: string, eastAsia: EastAsia): IStylesOptions {
  const heading = (level: 1 | 2 | 3) => ({
    run: { size: halfPoints(SIZES.headings[level]), bold: true, color: COLORS.heading },
    paragraph: {
      spacing: {
        before: twips(SPACING.headings[level].above),
        after: twips(SPACING.headings[level].below),
        ...pitch(SIZES.headings[level], LEADING.heading),
      },
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
        paragraph: { spacing: { after: twips(SPACING.paragraph), ...pitch(SIZES.body, LEADING.body) } },
      },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
    },
    paragraphStyles: [
      style(
        'Subject',
        'Subject',
        { bold: true },
        { spacing: { before: twips(SPACING.subject.above), after: twips(SPACING.subject.below) }, keepNext: true },
      ),
      style(
        'Small',
        'Small',
        { size: halfPoints(SIZES.small), color: COLORS.muted },
        { spacing: { after: twips(SPACING.small), ...pitch(SIZES.small, LEADING.body) } },
      ),
      style(
        'LetterheadName',
        'Letterhead Name',
        { bold: true, size: halfPoints(SIZES.letterheadName) },
        { spacing: { after: twips(SPACING.letterhead.nameBelow), ...pitch(SIZES.letterheadName, LEADING.body) } },
      ),
      style(
        'LetterheadLine',
        'Letterhead Line',
        { size: halfPoints(SIZES.letterheadLine), color: COLORS.muted },
        { spacing: { after: 0, ...pitch(SIZES.letterheadLine, LEADING.letterhead) } },
      ),
      style('TableText', 'Table Text', { size: halfPoints(SIZES.table) }, { spacing: { after: 0, ...pitch(SIZES.table, LEADING.body) } }),
      style(
        'Footer',
        'footer',
        { size: halfPoints(SIZES.footer), color: COLORS.muted },
        { spacing: { after: 0, ...pitch(SIZES.footer, LEADING.footer) } },
      ),
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
    const lines = bindNumbersToUnits(span.text.replace(XML_INVALID, '')).split(/\r\n|\r|\n/);
    lines.forEach((line, i) => {
      const base: IRunOptions = { ...extra, bold: span.bold || extra.bold || undefined, italics: span.italic || undefined };
      if (span.italic) ctx.fonts.italic = true;
      if (i > 0) runs.push(new TextRun({ ...base, break: 1 }));
      for (const piece of line.split(CJK_RUN)) {
        if (piece === '') continue;
        if (!CJK_CHARACTER.test(piece)) runs.push(...latinRuns(piece, base));
        else for (const run of cjkRuns(piece, ctx)) runs.push(new TextRun({ ...base, ...run }));
      }
    });
  }
  return runs;
}

/** Latin text, its short hyphenated terms and codes with non-breaking hyphens (as the PDF keeps them whole). */
function latinRuns(text: string, base: IRunOptions): TextRun[] {
  return splitKeptTerms(text).map((piece) => {
    if (!piece.whole) return new TextRun({ ...base, text: piece.text });
    const children = piece.text.split('-').flatMap((part, i) => (i === 0 ? [part] : [new NoBreakHyphen(), part]));
    return new TextRun({ ...base, children: children.filter((child) => child !== '') });
  });
}

/**
 * CJK text in the family the PDF sets it in (by script and by which font has the glyphs): the document's own
 * East Asian font, or another one named on the run. The characters are noted for the embedded subsets.
 */
function cjkRuns(text: string, ctx: Ctx): IRunOptions[] {
  return splitByScript(text, ctx.language).map((run) => {
    const family = run.family === LATIN_FONT.family ? ctx.eastAsia.family : run.family;
    ctx.fonts.addCjk(family, run.text);
    if (family === ctx.eastAsia.family) return { text: run.text, font: { hint: 'eastAsia' } };
    const font = eastAsiaOf(cjkFontOf(family));
    return { text: run.text, font: { eastAsia: font.font, hint: 'eastAsia' }, language: { eastAsia: font.lang } };
  });
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

/**
 * A heading's space above, as the PDF lays it out: pdfmake adds the space below the block before to the
 * heading's own, while word processors (LibreOffice, measured) keep only the larger of the two; so the DOCX
 * heading carries the sum itself.
 */
function gapAbove(level: 1 | 2 | 3, previous: Block | undefined): IParagraphOptions {
  const below =
    previous?.kind === 'paragraph'
      ? previous.style === 'small'
        ? SPACING.small
        : previous.style === 'subject'
          ? SPACING.subject.below
          : SPACING.paragraph
      : previous?.kind === 'list'
        ? SPACING.paragraph
        : 0;
  if (!below) return {};
  const heading = SPACING.headings[level];
  return {
    spacing: { before: twips(heading.above + below), after: twips(heading.below), ...pitch(SIZES.headings[level], LEADING.heading) },
  };
}

function indentOf(indent: number): IParagraphOptions {
  return indent > 0 ? { indent: { left: indent } } : {};
}

// ---------------------------------------------------------------------------------------------
// Blocks

/** One block as body elements; indent (twips) and listLevel place blocks nested in list items. */
function renderBlock(block: Block, ctx: Ctx, indent: number, listLevel: number, held: Keep = {}, previous?: Block): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [
        para(
          {
            heading: `Heading${block.level}`,
            children: textRuns(block.spans, ctx),
            ...gapAbove(block.level, previous),
            ...indentOf(indent),
            ...keeps(block, held),
          },
          ctx,
        ),
      ];
    case 'paragraph':
      return [
        para(
          { ...paragraphLook(block.style, block.align), children: textRuns(block.spans, ctx), ...indentOf(indent), ...keeps(block, held) },
          ctx,
        ),
      ];
    case 'list':
      return renderList(block, ctx, listLevel, indent, previous?.kind === 'heading' && !!previous.keepWithNext);
    case 'table':
      return renderTable(block, ctx, indent);
    case 'letterhead':
      return renderLetterhead(block.name, block.lines, ctx);
    case 'rule':
      return [
        para(
          {
            border: { bottom: line(LINES.rule) },
            spacing: { before: twips(SPACING.rule.above), after: twips(SPACING.rule.below), line: 120 },
            ...indentOf(indent),
          },
          ctx,
        ),
      ];
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

/** A list paragraph's indent: its marker in a column of `marker` points after `indent` twips, as in the PDF. */
function listIndent(indent: number, marker: number): { left: number; hanging: number } {
  return { left: indent + twips(marker), hanging: twips(marker) };
}

// The numbering definitions' own indents, for a list whose paragraphs carry none (the draft box overrides them).
const levelIndent = (level: number) => listIndent(twips(bulletColumn()) * level, bulletColumn());

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
function renderList(list: Extract<Block, { kind: 'list' }>, ctx: Ctx, level: number, indent: number, afterHeading = false): FileChild[] {
  const lvl = Math.min(level, MAX_LEVEL);
  // A new instance per list makes Word and LibreOffice count each list from its start again.
  const numbering = { reference: list.ordered ? orderedReference(list.start) : 'bullet', level: lvl, instance: ctx.nextListInstance++ };
  const itemIndent = listIndent(indent, markerColumn(list, level > 0));
  const textIndent = itemIndent.left;
  const out: FileChild[] = [];
  const ends = listEnds(list, afterHeading, (ctx.contentWidth - textIndent) / 20);
  list.items.forEach((item, i) => {
    const last = i === list.items.length - 1;
    const spacing = { after: twips(last && level === 0 ? SPACING.paragraph : SPACING.listItem) };
    const [first, ...rest] = item;
    const lead = first && (first.kind === 'paragraph' || first.kind === 'heading') ? first : undefined;
    const look = lead?.kind === 'paragraph' ? paragraphLook(lead.style, lead.align) : {};
    const runs = lead ? textRuns(lead.spans, ctx, lead.kind === 'heading' ? { bold: true } : {}) : [];
    // An item kept whole: its blocks unsplit, each on the page of the next; else each block that keeps with
    // the next (an item's text with its detail line) may break but ends on the page where the next starts.
    // The held items at the list's ends (listEnds): on the page of the item after them, the last on the page
    // where the next block starts.
    const whole = !!list.keepTogether;
    const withNext = i < ends.head - 1 || (ends.tail > 0 && i >= list.items.length - ends.tail);
    const others = lead ? rest : item;
    const leadKept = !!lead && 'keepWithNext' in lead && !!lead.keepWithNext;
    const keepOf = (hasMore: boolean, kept = false): Keep => ({
      keepTogether: whole,
      keepWithNext: withNext || (hasMore && (whole || kept)),
    });
    out.push(para({ ...look, numbering, indent: itemIndent, spacing, children: runs, ...keeps(keepOf(others.length > 0, leadKept)) }, ctx));
    others.forEach((block, k) => out.push(...renderBlock(block, ctx, textIndent, lvl + 1, keepOf(k < others.length - 1))));
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tables

function renderTable(table: Extract<Block, { kind: 'table' }>, ctx: Ctx, indent: number): FileChild[] {
  if (table.columns.length === 0) return [];
  const out: FileChild[] = [];
  // The table's space above, as an empty paragraph of exactly that height kept with the table; it also
  // takes a pending page break, which Word ignores on a paragraph inside a table.
  out.push(para({ keepNext: true, spacing: { after: 0, line: twips(SPACING.table.above), lineRule: LineRuleType.EXACT } }, ctx));
  const total = ctx.contentWidth - indent;
  const { columns, rows, widths: points } = layoutTable(table, total / 20);
  const widths = points.map((w) => Math.floor(twips(w)));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((col, i) => cell(col.title, col, widths[i], ctx, true)),
  });
  // As in the PDF: a very short table kept together has each row keep with the next; a longer one keeps only its
  // first rows with the header (their rows with the next) and breaks after them, the header row repeated. Kept
  // with the next block (its note): its last row keeps with what follows, and the row before it too when the table
  // may still break after its first rows (as the PDF moves them).
  const whole = !!table.keepTogether && tableHeldWhole(table);
  const withNote = !!table.keepWithNext;
  const keepsNext = (r: number) =>
    r < rows.length - 1 ? whole || r < ROWS_WITH_HEADER - 1 || (withNote && r === rows.length - 2 && r >= ROWS_WITH_HEADER) : withNote;
  const body = rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((col, i) => cell(row[i], col, widths[i], ctx, false, keepsNext(r))),
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
  // The table's space below, as an empty paragraph of exactly that height: it also keeps the next
  // paragraph from touching the table's bottom border.
  out.push(
    new Paragraph({
      keepNext: withNote || undefined,
      spacing: { after: 0, line: twips(SPACING.table.below), lineRule: LineRuleType.EXACT },
    }),
  );
  return out;
}

function cellMargins(padding: { x: number; y: number }) {
  return { top: twips(padding.y), bottom: twips(padding.y), left: twips(padding.x), right: twips(padding.x) };
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
  const title = new Paragraph({
    keepNext: true,
    spacing: { after: twips(SPACING.draftBox.titleBelow) },
    children: textRuns([{ text: draft.title }], ctx, { bold: true, color: COLORS.draftInk }),
  });
  const problems = draft.problems.map(
    (problem) =>
      new Paragraph({
        numbering: { reference: 'bullet', level: 0 },
        indent: listIndent(0, bulletColumn(SIZES.letterheadLine)),
        spacing: { after: twips(SPACING.draftBox.itemBelow) },
        children: textRuns([{ text: problem }], ctx, { size: halfPoints(SIZES.letterheadLine) }),
      }),
  );
  return [
    new Table({
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: ctx.contentWidth, type: WidthType.DXA },
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLORS.draftFill },
              children: [title, ...problems],
            }),
          ],
        }),
      ],
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
