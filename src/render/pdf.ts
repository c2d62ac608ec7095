// The PDF renderer: a pure function from the neutral document model to PDF bytes (pdfmake 0.3).
// Same model in, same bytes out: the dates come from the model and nothing reads the clock.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type {
  Content,
  ContentTable,
  CustomTableLayout,
  Margins,
  Node,
  Style,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces.js';
import type { Block, DocumentModel, Span, TableColumn } from '../model/document.js';
import { CJK_CHARACTER } from '../domain/script.js';
import { splitUnbrokenRuns } from './unbroken-runs.js';
import { bindNumbersToUnits, splitKeptTerms } from './kept-terms.js';
import { shownBlocks } from './shown-blocks.js';
import { layoutTable, lineCount, ROWS_WITH_HEADER, rowHeight, tableHeldWhole } from './table-layout.js';
import { listEnds } from './list-ends.js';
import { wrappedLineCount } from './text-lines.js';
import { allFontFiles, fontFaces, loadFont, naturalLineHeight, onFontReleased, splitByScript, type FontFamily } from './fonts.js';
import { COLORS, contentWidth, cssColor, FOOTER, KEEP, LATIN_FONT, LEADING, LINES, PAGES, SIZES, SPACING } from './theme.js';

const INK = cssColor(COLORS.ink);
const MUTED = cssColor(COLORS.muted);
const DRAFT_INK = cssColor(COLORS.draftInk);
const LATIN = LATIN_FONT.family;

/** Renders a document model to PDF bytes; identical models give identical bytes. */
export async function renderPdf(doc: DocumentModel): Promise<Uint8Array> {
  return (await layoutPdf(doc)).bytes();
}

/** A document laid out: its page count, and its PDF bytes (the same as renderPdf's) when asked for. */
export interface PdfLayout {
  pages: number;
  bytes(): Promise<Uint8Array>;
}

/**
 * Lays a document model out. A layout that is only counted (a try that turns out too long) is never
 * written out: the fonts' subsets and the file are made by `bytes()`.
 */
export async function layoutPdf(doc: DocumentModel): Promise<PdfLayout> {
  configurePdfmake();
  const output = pdfmake.createPdf(documentDefinition(doc));
  // pdfkit flushes each page as the next is added: the pages flushed before the buffered ones, plus those.
  const range = ((await output.getStream()) as { bufferedPageRange(): { start: number; count: number } }).bufferedPageRange();
  return {
    pages: range.start + range.count,
    bytes: async () => {
      const buffer = await output.getBuffer();
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    },
  };
}

/** The pdfmake document definition of a model (exported for tests and debugging). */
export function documentDefinition(doc: DocumentModel): TDocumentDefinitions {
  const { left, top, right, bottom } = PAGES[doc.paper].margins;
  const ctx = new Context(doc.language, contentWidth(doc.paper), PAGES[doc.paper].height - top - bottom);
  const blocks = shownBlocks(doc.blocks);
  return {
    pageSize: doc.paper,
    pageMargins: [left, top, right, bottom],
    version: '1.7',
    language: doc.language,
    displayTitle: true,
    info: {
      title: doc.title,
      author: doc.author,
      subject: doc.subject,
      creator: 'appeal-kit',
      producer: 'appeal-kit',
      creationDate: doc.createdAt,
      modDate: doc.createdAt,
    },
    defaultStyle: { font: LATIN, fontSize: SIZES.body, lineHeight: LEADING.body, color: INK },
    content: withoutSpaceAtEnd(doc.draft ? [draftBox(doc.draft, ctx), ...ctx.blocks(blocks)] : ctx.blocks(blocks)),
    header: doc.draft ? draftHeader(doc.draft.banner, ctx, doc.paper) : undefined,
    footer: footerFor(doc, ctx),
    pageBreakBefore: keepHeadingWithNext,
  };
}

// ---------------------------------------------------------------------------------------------
// Model → pdfmake content

type Inline = {
  text: string;
  font?: FontFamily;
  bold?: boolean;
  italics?: boolean;
  lineHeight?: number;
  wordBreak?: 'break-all';
  noWrap?: boolean;
};

class Context {
  private depth = 0;

  constructor(
    private readonly language: string,
    private readonly contentWidth: number,
    private readonly pageHeight: number,
  ) {}

  /** Text runs of spans, each in a font that has its glyphs, all with the same line pitch. */
  inlines(spans: Span[], lineHeight: number = LEADING.body): Inline[] {
    return spans.flatMap((span) =>
      splitByScript(bindNumbersToUnits(printable(span.text)), this.language)
        .flatMap((run) => splitUnbrokenRuns(run.text).map((piece) => ({ ...run, ...piece })))
        .flatMap((run) => (run.breakAll ? [run] : splitKeptTerms(run.text).map((piece) => ({ ...run, ...piece }))))
        .map((run) => {
          const inline: Inline = { text: run.text };
          if ('breakAll' in run && run.breakAll) inline.wordBreak = 'break-all';
          if ('whole' in run && run.whole) inline.noWrap = true;
          if (run.family !== LATIN) {
            inline.font = run.family;
            inline.lineHeight = lineHeight * lineHeightScale(run.family);
          }
          if (span.bold !== undefined) inline.bold = span.bold;
          if (span.italic !== undefined) inline.italics = span.italic;
          return inline;
        }),
    );
  }

  /**
   * Blocks as content, with their keeps: a block kept with the next one goes into one unbreakable stack
   * with it (a list: only its last item), a block kept together is unbreakable. pdfmake cuts off what an
   * unbreakable block has beyond one page, so only blocks estimated to fit in half a page are held.
   */
  blocks(blocks: Block[], width = this.contentWidth): Content[] {
    const pieces: Piece[] = [];
    let breakBefore = false;
    blocks.forEach((block, i) => {
      if (block.kind === 'pageBreak') {
        breakBefore = pieces.length > 0;
        return;
      }
      const start = pieces.length;
      const previous = blocks[i - 1];
      // A heading before a block that is never split goes into one stack with it (with a list: its first item):
      // the page-break hook cannot see where pdfmake finally puts an unbreakable block.
      const afterHeading =
        previous?.kind === 'heading' &&
        !!previous.keepWithNext &&
        (block.kind === 'list' || !!('keepTogether' in block && block.keepTogether));
      if (block.kind === 'list') pieces.push(...this.listPieces(block, afterHeading, width));
      else {
        const height = this.estimatedHeight(block, width);
        const heldByNext =
          block.kind === 'heading' &&
          !!block.keepWithNext &&
          (holdsWhole(blocks[i + 1]) || this.heldListFrom(blocks[i + 1], width) || this.heldTableFrom(blocks, i, width));
        const content = this.block(block, width, heldByNext) as Content & { unbreakable?: boolean; headlineLevel?: number };
        if (this.holds(block, width, height)) content.unbreakable = true;
        // A paragraph that introduces a table ("... at hand:") goes into one stack with a table held whole. Before
        // a table that may break, it (and a heading before it) moves to the next page by the page-break hook when
        // the room below it is estimated too small for the table's header and first rows.
        const next = blocks[i + 1];
        const room = heldByNext ? undefined : this.roomForTableStart(blocks, i, width);
        const introducesSplit = room !== undefined;
        if (introducesSplit) {
          content.headlineLevel = INTRO_LEVEL;
          tableStartRoom.set((content as { text: object }).text, room);
        }
        // A text that may break keeps its last lines with the detail line after it: the page-break hook moves it
        // only when it ends on a page the detail line does not start on.
        const detailed = block.kind === 'paragraph' && !!block.keepWithNext && !block.keepTogether && next?.kind === 'paragraph';
        if (detailed) content.headlineLevel = DETAIL_LEVEL;
        if (joinedToNext.has(block)) (content as { margin?: Margins }).margin = [0, 0, 0, 0];
        // A body paragraph that may break carries its line count, so the page-break hook keeps two lines a side
        // (not one that introduces a table: it moves with the table).
        if (
          block.kind === 'paragraph' &&
          !block.keepTogether &&
          (block.style ?? 'body') === 'body' &&
          content.headlineLevel !== INTRO_LEVEL
        )
          content.headlineLevel = (content.headlineLevel ?? 0) + LINES_UNIT * wrappedLineCount(block.spans, SIZES.body, width);
        if (content.unbreakable) unmarkLines(content);
        const withNext =
          heldByNext ||
          (!detailed &&
            !introducesSplit &&
            block.kind !== 'heading' &&
            (block.kind !== 'table' || !!content.unbreakable) &&
            !!('keepWithNext' in block && block.keepWithNext));
        if (block.kind === 'heading' && pieces.length > 0) pieces.push(spaceAbove(content, !!pieces[pieces.length - 1].withNext));
        pieces.push({ content, height, withNext, ...(block.kind === 'table' ? { limit: this.tableRunLimit } : {}) });
        if (previous?.kind === 'table' && previous.keepWithNext) noteAfter(pieces[pieces.length - 2]?.content, content);
      }
      if (breakBefore) pieces[start].breakBefore = true;
      breakBefore = false;
    });
    return this.held(pieces);
  }

  /**
   * A list as pieces: its first item apart when it is held with the heading before it, its last item apart
   * when it is held with the block after it.
   */
  private listPieces(list: Extract<Block, { kind: 'list' }>, afterHeading: boolean, width: number): Piece[] {
    const pieces: Piece[] = [];
    const { head, tail } = listEnds(list, afterHeading, width - LIST_MARKER);
    const start = list.start ?? 1;
    const part = (from: number, to: number, continued: boolean, withNext: boolean): Piece => {
      const partList = { ...list, items: list.items.slice(from, to), start: start + from };
      return { content: this.list(partList, continued, width), height: this.estimatedHeight(partList, width), withNext };
    };
    const n = list.items.length;
    // Ends that overlap: one piece, held with the heading before it and the block after it (with the closing and
    // signature after a short list: more than half a page together, as a table run may be).
    if (head === n && tail === n) return [{ ...part(0, n, false, true), limit: this.tableRunLimit }];
    if (head) pieces.push(part(0, head, head < n, false));
    const from = head;
    if (tail && n - tail > from) {
      pieces.push(part(from, n - tail, true, false));
      pieces.push(part(n - tail, n, false, true));
    } else if (from < n) {
      pieces.push(part(from, n, false, !!tail));
    }
    return pieces;
  }

  /** Pieces with each run of keep-with-next pieces (and the piece after them) in one unbreakable stack. */
  private held(pieces: Piece[]): Content[] {
    const out: Content[] = [];
    for (let i = 0; i < pieces.length; ) {
      let j = i;
      while (pieces[j].withNext && j + 1 < pieces.length) j++;
      const group = pieces.slice(i, j + 1);
      const height = group.reduce((sum, p) => sum + p.height, 0);
      const limit = Math.max(this.holdLimit, ...group.map((p) => p.limit ?? 0));
      const stacked = group.length > 1 && height <= limit;
      // A page break set inside an unbreakable stack makes pdfmake drop content: its paragraphs lose their marks.
      if (stacked) group.forEach((p) => unmarkLines(p.content));
      const contents = stacked ? [heldStack(group.map((p) => p.content))] : group.map((p) => p.content);
      if (group[0].breakBefore) (contents[0] as { pageBreak?: string }).pageBreak = 'before';
      out.push(...contents);
      i = j + 1;
    }
    return out;
  }

  /** The most a block (or a run of blocks held together) may be estimated at to be kept on one page. */
  private get holdLimit(): number {
    return this.pageHeight / 2;
  }

  /** The same for a table held whole with its heading and intro line (the table itself within holdLimit). */
  private get tableRunLimit(): number {
    return (this.pageHeight * 3) / 4;
  }

  /**
   * Whether the blocks after a heading are a table held whole, or a paragraph introducing one, that fit with
   * the heading on one page: the heading then goes into their stack (the page-break hook cannot see where
   * pdfmake finally puts it).
   */
  private heldTableFrom(blocks: Block[], heading: number, width: number): boolean {
    const intro = blocks[heading + 1]?.kind === 'paragraph' && !!(blocks[heading + 1] as Paragraph).keepWithNext;
    const run = blocks.slice(heading, heading + (intro ? 3 : 2));
    const table = run[run.length - 1];
    if (table?.kind !== 'table' || !this.holds(table, width)) return false;
    return run.reduce((sum, b) => sum + this.estimatedHeight(b, width), 0) <= this.tableRunLimit;
  }

  /**
   * For a heading or an intro paragraph kept with a table that may break (heading, intro, table), the room it
   * needs below its start to stay on its page: itself and what stands between, the table's space above, its
   * header and its first rows. pdfmake keeps the header with those rows, but the hook cannot see where a
   * table starts (its rows are laid out apart), so it is measured here, with a little to spare: measured
   * short, the intro would stay at the foot of a page and the table start on the next.
   */
  private roomForTableStart(blocks: Block[], at: number, width: number): number | undefined {
    const block = blocks[at];
    if ((block.kind !== 'heading' && block.kind !== 'paragraph') || !block.keepWithNext) return undefined;
    const intro = block.kind === 'heading' && blocks[at + 1]?.kind === 'paragraph' && !!(blocks[at + 1] as Paragraph).keepWithNext;
    const run = blocks.slice(at, at + (intro ? 3 : 2));
    const table = run[run.length - 1];
    if (table?.kind !== 'table' || this.holds(table, width)) return undefined;
    const { columns, rows, widths } = layoutTable(table, width);
    const header = rowHeight(
      columns.map((c) => c.title),
      widths,
      true,
    );
    const firstRows = rows.slice(0, ROWS_WITH_HEADER).reduce((sum, row) => sum + rowHeight(row, widths), 0);
    // The hook sees where the first block's text starts, below its own space above.
    const texts = (run.slice(0, -1) as (Paragraph | Extract<Block, { kind: 'heading' }>)[]).reduce(
      (sum, b, k) => sum + textHeight(b, width, k > 0),
      0,
    );
    return texts + SPACING.table.above + header + firstRows + TABLE_START_SPARE;
  }

  /** Whether the block after a heading is a list whose first items are held with it (its one-line items). */
  private heldListFrom(block: Block | undefined, width: number): boolean {
    return block?.kind === 'list' && listEnds(block, true, width - LIST_MARKER).head > 0;
  }

  /**
   * Whether a block kept together is estimated short enough to be held on one page. A table is held whole
   * only when it is very short (tableHeldWhole); a longer one breaks after its header and first rows.
   */
  private holds(block: Block, width: number, height = this.estimatedHeight(block, width)): boolean {
    if (block.kind === 'table' && !tableHeldWhole(block)) return false;
    return 'keepTogether' in block && !!block.keepTogether && height <= this.holdLimit;
  }

  /** A generous over-estimate of a block's height in points (wide characters, no kerning). */
  estimatedHeight(block: Block, width: number): number {
    const pitch = (size: number, leading: number = LEADING.body) => size * leading * naturalLineHeight(LATIN);
    const lines = (spans: Span[], size: number, room: number) =>
      spans
        .map((span) => span.text)
        .join('')
        .split('\n')
        .reduce((n, part) => n + Math.max(1, Math.ceil(estimatedWidth(part, size) / Math.max(room, 1))), 0);
    switch (block.kind) {
      case 'heading':
        return (
          lines(block.spans, SIZES.headings[block.level], width) * pitch(SIZES.headings[block.level], LEADING.heading) +
          SPACING.headings[block.level].above +
          SPACING.headings[block.level].below
        );
      case 'paragraph': {
        const size = block.style === 'small' ? SIZES.small : SIZES.body;
        return lines(block.spans, size, width) * pitch(size) + SPACING.subject.below;
      }
      case 'list':
        return (
          block.items.reduce((sum, item) => sum + item.reduce((h, b) => h + this.estimatedHeight(b, width - LIST_MARKER), 0), 0) +
          SPACING.paragraph
        );
      case 'letterhead':
        return (
          pitch(SIZES.letterheadName) +
          block.lines.length * pitch(SIZES.letterheadLine, LEADING.letterhead) +
          SPACING.letterhead.below +
          SPACING.letterhead.ruleAbove
        );
      case 'table': {
        const { columns, rows, widths } = layoutTable(block, width);
        const all = [columns.map((c) => c.title), ...rows];
        return all.reduce((sum, row) => sum + estimatedRowHeight(row, widths), SPACING.table.above + SPACING.table.below);
      }
      default:
        return SPACING.spacer + SPACING.rule.above + SPACING.rule.below;
    }
  }

  private block(block: Exclude<Block, { kind: 'pageBreak' }>, width: number, heldByNext = false): Content {
    switch (block.kind) {
      case 'heading':
        return this.heading(block.level, block.spans, !!block.keepWithNext && !heldByNext);
      case 'paragraph':
        return this.paragraph(block.spans, block.style ?? 'body', block.align);
      case 'list':
        return this.list(block, false, width);
      case 'table':
        return this.table(block, width);
      case 'letterhead':
        return this.letterhead(block.name, block.lines);
      case 'rule':
        return rule([0, SPACING.rule.above, 0, SPACING.rule.below]);
      case 'spacer':
        return { canvas: [], margin: [0, 0, 0, SPACING.spacer] };
    }
  }

  // A heading kept with what follows carries its level, which the page-break hook reads.
  private heading(level: 1 | 2 | 3, spans: Span[], keepWithNext: boolean): Content {
    const h = SPACING.headings[level];
    const lineHeight = LEADING.heading;
    return {
      text: this.inlines(spans, lineHeight),
      ...(keepWithNext ? { headlineLevel: level } : {}),
      fontSize: SIZES.headings[level],
      bold: true,
      lineHeight,
      color: cssColor(COLORS.heading),
      margin: [0, h.above, 0, h.below],
    };
  }

  private paragraph(spans: Span[], style: 'body' | 'small' | 'subject', align?: Paragraph['align']): Content {
    const gap = this.depth > 0 ? SPACING.listItem : SPACING.paragraph;
    const node: Content & Style = { text: this.inlines(spans), margin: [0, 0, 0, gap] };
    if (align) node.alignment = align;
    if (style === 'subject') Object.assign(node, { bold: true, margin: [0, SPACING.subject.above, 0, SPACING.subject.below] });
    if (style === 'small') Object.assign(node, { fontSize: SIZES.small, color: MUTED, margin: [0, 0, 0, SPACING.small] });
    return node;
  }

  /** A list; `continued` when the rest of it follows at once (no space below). */
  private list(list: Extract<Block, { kind: 'list' }>, continued = false, width = this.contentWidth): Content {
    const { ordered, items, start } = list;
    this.depth++;
    const contents = items.map((item) => this.listItem(item, !!list.keepTogether, width - LIST_MARKER));
    const nested = this.depth > 1;
    this.depth--;
    const below = continued ? 0 : SPACING.paragraph - SPACING.listItem;
    const margin: Margins = nested ? [0, SPACING.nestedList, 0, 0] : [0, 0, 0, below];
    if (ordered) {
      return { ol: contents, start: start ?? 1, type: nested ? 'lower-alpha' : 'decimal', margin };
    }
    return { ul: contents, type: nested ? 'circle' : 'disc', margin };
  }

  private listItem(blocks: Block[], whole: boolean, width: number): Content {
    const contents = whole ? this.blocks(blocks, width) : this.blocks(detailApart(blocks), width);
    const height = blocks.reduce((sum, b) => sum + this.estimatedHeight(b, width), 0);
    const item = { stack: contents.length ? contents : [{ text: '' }], margin: [0, 0, 0, 0] } as Content & { unbreakable?: boolean };
    if (whole && height <= this.holdLimit) {
      item.unbreakable = true;
      unmarkLines(item);
    }
    return item;
  }

  private table(block: Extract<Block, { kind: 'table' }>, width: number): Content {
    const { columns, rows, widths } = layoutTable(block, width);
    const cell = (spans: Span[], column: TableColumn, bold = false): TableCell => ({
      text: this.inlines(spans),
      alignment: column.align ?? 'left',
      bold,
    });
    const header = columns.map((column) => cell(column.title, column, true));
    const body = rows.map((row) => columns.map((column, i) => cell(row[i], column)));
    // pdfmake silently drops a row that is kept whole but is taller than a page, so rows are kept
    // whole (and the header kept with the first row) only when they are clearly short.
    const short = [columns.map((c) => c.title), ...rows].map((row) => isShortRow(row, widths));
    const content: ContentTable = {
      table: {
        headerRows: 1,
        keepWithHeaderRows: short[0] ? leadingCount(short.slice(1), ROWS_WITH_HEADER) : 0,
        dontBreakRows: short.every(Boolean),
        // pdfmake takes a percentage of the whole width, then subtracts the cell's padding and rules.
        widths: widths.map((w) => `${((100 * w) / width).toFixed(3)}%`),
        body: [header, ...body],
      },
      layout: GRID_LAYOUT,
      fontSize: SIZES.table,
      margin: [0, SPACING.table.above, 0, SPACING.table.below],
    };
    // Kept with its note and free to break (one held whole goes into one stack with the note).
    if (block.keepWithNext && !this.holds(block, width)) markTail(content, header, body);
    return content;
  }

  private letterhead(name: string, lines: string[]): Content {
    return {
      stack: [
        {
          text: this.inlines([{ text: name }]),
          fontSize: SIZES.letterheadName,
          bold: true,
          margin: [0, 0, 0, SPACING.letterhead.nameBelow],
        },
        ...lines.map((line) => ({
          text: this.inlines([{ text: line }], LEADING.letterhead),
          fontSize: SIZES.letterheadLine,
          lineHeight: LEADING.letterhead,
          color: MUTED,
        })),
        rule([0, SPACING.letterhead.ruleAbove, 0, 0]),
      ],
      margin: [0, 0, 0, SPACING.letterhead.below],
    };
  }

  /** The footer text runs, or nothing for an empty string. */
  footerText(text: string): Inline[] | undefined {
    return text ? this.inlines([{ text }], LEADING.footer) : undefined;
  }
}

type Paragraph = Extract<Block, { kind: 'paragraph' }>;

/**
 * A heading's space above as a piece of its own before it, taken off the heading: a heading moved to a new page
 * (by the page-break hook, or in a stack held whole) then starts at the top margin, as in a word processor,
 * and the space stays at the foot of the page before, or is dropped when it does not fit there.
 */
function spaceAbove(heading: Content, withNext: boolean): Piece {
  const margin = (heading as { margin?: Margins }).margin;
  if (!Array.isArray(margin) || margin.length !== 4) return { content: { canvas: [] } as Content, height: 0, withNext };
  const [l, t, r, b] = margin;
  (heading as { margin?: Margins }).margin = [l, 0, r, b];
  return { content: { canvas: [], margin: [0, 0, 0, t] } as Content, height: 0, withNext };
}

/**
 * The content without the space below its last block: pdfmake starts a new page for a bottom margin that does
 * not fit, which at the end of the document would add an empty page.
 */
function withoutSpaceAtEnd(contents: Content[]): Content[] {
  const last = contents[contents.length - 1] as { margin?: Margins } | undefined;
  if (!last || !Array.isArray(last.margin) || last.margin.length !== 4) return contents;
  const [l, t, r] = last.margin;
  return [...contents.slice(0, -1), { ...last, margin: [l, t, r, 0] } as Content];
}

/**
 * Contents in one unbreakable stack. The space above its first block and below its last are the stack's own
 * margins, outside what pdfmake moves whole: as in a word processor, a run moved to a new page starts at the
 * top margin, and one that ends at the foot of a page needs no room for the space below it.
 */
function heldStack(contents: Content[]): Content {
  const margins = contents.map((c) => (c as { margin?: Margins }).margin);
  const [first, last] = [margins[0], margins[margins.length - 1]];
  const above = Array.isArray(first) && first.length === 4 ? first[1] : 0;
  const below = Array.isArray(last) && last.length === 4 ? last[3] : 0;
  const inner = contents.map((content, i) => {
    const margin = margins[i];
    if (!Array.isArray(margin) || margin.length !== 4 || (i > 0 && i < contents.length - 1)) return content;
    const [l, t, r, b] = margin;
    return { ...(content as object), margin: [l, i === 0 ? 0 : t, r, i === contents.length - 1 ? 0 : b] } as Content;
  });
  return { stack: inner, unbreakable: true, margin: [0, above, 0, below] } as Content;
}

/** Whether a block is never split: a paragraph kept together, or a list whose items are kept whole. */
function holdsWhole(block: Block | undefined): boolean {
  return !!block && (block.kind === 'paragraph' || block.kind === 'list') && !!block.keepTogether;
}

/** A block's content, its estimated height and whether it stays on the page of the next one. */
interface Piece {
  content: Content;
  height: number;
  withNext: boolean;
  breakBefore?: boolean;
  /** The most the run held with this piece may be estimated at, when more than holdLimit. */
  limit?: number;
}

/**
 * An item that is one paragraph whose last line is its detail ("text\nCompleted on ..."): the text and the
 * detail line as two paragraphs, the text kept with the detail, set as the one paragraph was.
 */
function detailApart(blocks: Block[]): Block[] {
  const [only] = blocks;
  if (blocks.length !== 1 || only.kind !== 'paragraph' || only.keepTogether) return blocks;
  const at = only.spans.findLastIndex((span) => span.text.includes('\n'));
  if (at < 0) return blocks;
  const span = only.spans[at];
  const cut = span.text.lastIndexOf('\n');
  const text = [...only.spans.slice(0, at), ...(cut > 0 ? [{ ...span, text: span.text.slice(0, cut) }] : [])];
  const detail = [...(cut < span.text.length - 1 ? [{ ...span, text: span.text.slice(cut + 1) }] : []), ...only.spans.slice(at + 1)];
  if (!text.length || !detail.length) return blocks;
  const first: Block = { ...only, spans: text, keepWithNext: true };
  joinedToNext.add(first);
  // Not held as unbreakable: the page-break hook could not see where pdfmake finally puts it.
  return [first, { ...only, spans: detail }];
}

/** The text parts detailApart made: set with no space below, so the detail line follows as the next line. */
const joinedToNext = new WeakSet<Block>();

/** Points added to a table start's measured room: a line's rounding and the grid lines. */
const TABLE_START_SPARE = 4;

/**
 * The height of a heading or a paragraph in the body, measured: its lines (a little narrower) and its spacing
 * (the space above it only when `above`).
 */
function textHeight(block: Paragraph | Extract<Block, { kind: 'heading' }>, width: number, above = true): number {
  const text = block.spans.map((span) => span.text).join('');
  const size = block.kind === 'heading' ? SIZES.headings[block.level] : block.style === 'small' ? SIZES.small : SIZES.body;
  const bold = block.kind === 'heading' || block.style === 'subject';
  const lines = text.split('\n').reduce((n, part) => n + lineCount(part, bold, width / 1.03, size), 0);
  const leading = block.kind === 'heading' ? LEADING.heading : LEADING.body;
  const spacing =
    block.kind === 'heading'
      ? (above ? SPACING.headings[block.level].above : 0) + SPACING.headings[block.level].below
      : block.style === 'small'
        ? SPACING.small
        : block.style === 'subject'
          ? (above ? SPACING.subject.above : 0) + SPACING.subject.below
          : SPACING.paragraph;
  return lines * size * leading * naturalLineHeight(LATIN) + spacing;
}

/** How many of the first `most` flags are set before the first one that is not. */
function leadingCount(flags: boolean[], most: number): number {
  const unset = flags.slice(0, most).indexOf(false);
  return unset < 0 ? Math.min(most, flags.length) : unset;
}

/**
 * The page-break hook's mark on a paragraph that introduces a table that may break, and on a heading over one
 * (other headings carry their level, 1 to 3).
 */
const INTRO_LEVEL = 4;
/** The room each such paragraph or heading needs below its start, by its text runs (the node the hook sees). */
const tableStartRoom = new WeakMap<object, number>();
/** Its mark on an item's text that keeps its detail line. */
const DETAIL_LEVEL = 5;
/** Its mark on the cells of a table's last two rows, when the table keeps its last rows with the note under it. */
const TAIL_ROW_LEVEL = 6;

/** A table that keeps its last rows with its note: its cells' text runs by row (-1: the header) and the note's. */
interface TableTail {
  table: ContentTable;
  rowOf: WeakMap<object, number>;
  note?: object;
  /** The row the hook broke before: its other cells follow it to the next page. */
  breakAt?: number;
}
const tableTails = new WeakMap<object, TableTail>();

/** Marks a table's last two rows for the hook, which moves them to the next page when its note starts there. */
function markTail(table: ContentTable, header: TableCell[], body: TableCell[][]): void {
  const tail: TableTail = { table, rowOf: new WeakMap() };
  const runs = (row: TableCell[]) => row.map((cell) => (cell as { text: object }).text);
  for (const text of runs(header)) tail.rowOf.set(text, -1);
  body.forEach((row, r) => {
    for (const text of runs(row)) {
      tail.rowOf.set(text, r);
      tableTails.set(text, tail);
    }
    if (r < body.length - 2) return;
    for (const cell of row) (cell as { headlineLevel?: number }).headlineLevel = TAIL_ROW_LEVEL;
  });
}

/** Ties the note paragraph after a table to the table's marked rows. */
function noteAfter(table: Content | undefined, note: Content): void {
  const body = (table as { table?: { body: TableCell[][] } } | undefined)?.table?.body;
  const first = body?.[body.length - 1]?.[0] as { text?: object } | undefined;
  const tail = first?.text ? tableTails.get(first.text) : undefined;
  if (tail) tail.note = (note as { text?: object }).text;
}

/**
 * Whether a cell of a table's last two rows breaks to the next page: its note starts on a later page, and the rows
 * above it on its page are enough (the header's first rows when the table starts there). Once a row breaks, every
 * cell of it does (a cell broken alone would split the row).
 */
function tailRowBreaks(node: Node, nodes: { getFollowingNodesOnPage(): Node[]; getPreviousNodesOnPage(): Node[] }): boolean {
  const tail = tableTails.get(node.text as object);
  const row = tail?.rowOf.get(node.text as object);
  if (!tail || row === undefined || !tail.note) return false;
  if (tail.breakAt !== undefined) return tail.breakAt === row && breakRow(tail);
  // A note that starts here stays, unless it breaks with one line here (it then moves whole).
  const note = nodes.getFollowingNodesOnPage().find((n) => n.text === tail.note);
  if (note && !breaksWithOneLine(note)) return false;
  const above = new Set(
    nodes
      .getPreviousNodesOnPage()
      .map((n) => tail.rowOf.get(n.text as object))
      .filter((r): r is number => r !== undefined && r < row),
  );
  const needed = above.has(-1) ? ROWS_WITH_HEADER + 1 : 1;
  if (above.size < needed) return false;
  tail.breakAt = row;
  return breakRow(tail);
}

/**
 * pdfmake keeps on a table node how low it reached on each page and reads it again in the next layout: the old
 * place of a row moved to the next page would be drawn on this one as an empty row.
 */
function breakRow(tail: TableTail): true {
  delete (tail.table as { _bottomByPage?: unknown })._bottomByPage;
  return true;
}

/** Width taken by a list marker and its gap (pdfmake measures the marker; this errs on the wide side). */
const LIST_MARKER = 18;

// A one-cell table drawn with only its top border: unlike a canvas line it takes the width of
// whatever contains it (page, list item, table cell).
function rule(margin: Margins): Content {
  return {
    table: { widths: ['*'], body: [[{ text: '', fontSize: 1, lineHeight: 1 }]] },
    layout: {
      hLineWidth: (i: number) => (i === 0 ? LINES.rule : 0),
      vLineWidth: () => 0,
      hLineColor: () => cssColor(COLORS.rule),
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
    margin,
  };
}

const GRID_LAYOUT: CustomTableLayout = {
  hLineWidth: () => LINES.grid,
  vLineWidth: () => LINES.grid,
  hLineColor: () => cssColor(COLORS.grid),
  vLineColor: () => cssColor(COLORS.grid),
  paddingLeft: () => LINES.cellPadding.x,
  paddingRight: () => LINES.cellPadding.x,
  paddingTop: () => LINES.cellPadding.y,
  paddingBottom: () => LINES.cellPadding.y,
  fillColor: (row: number) => (row === 0 ? cssColor(COLORS.headerFill) : null),
};

// A generous over-estimate of a row's height: a quarter page leaves a wide margin for error.
function isShortRow(row: Span[][], widths: number[]): boolean {
  return estimatedRowHeight(row, widths) < KEEP.shortRow;
}

function estimatedRowHeight(row: Span[][], widths: number[]): number {
  const lines = row.map((spans, i) => {
    const room = Math.max(1, widths[i] - 2 * LINES.cellPadding.x - 2);
    const text = spans.map((span) => span.text).join('');
    return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(estimatedWidth(part) / room)), 0);
  });
  return Math.max(1, ...lines) * SIZES.table * 1.6 + 2 * LINES.cellPadding.y + 1;
}

/** Width of text in points, erring on the wide side. */
function estimatedWidth(text: string, size: number = SIZES.table): number {
  let em = 0;
  for (const ch of text) em += CJK_CHARACTER.test(ch) ? 1 : 0.62;
  return em * size;
}

/** The style name (defined nowhere) that marks the footer and header text, which the page-break hook passes over. */
const IN_MARGIN = 'inMargin';

function footerFor(doc: DocumentModel, ctx: Context) {
  const { margins, footerDistance } = PAGES[doc.paper];
  const note = doc.footerNote ? ctx.footerText(doc.footerNote) : undefined;
  if (!doc.footer && !note) return undefined;
  return (page: number, pages: number): Content => {
    const label = doc.footer.replaceAll('{pages}', String(pages)).replaceAll('{page}', String(page));
    return {
      columns: [
        { text: note ?? '', width: '*', style: IN_MARGIN },
        { text: ctx.footerText(label) ?? '', width: 'auto', alignment: 'right', style: IN_MARGIN },
      ],
      columnGap: FOOTER.gap,
      fontSize: SIZES.footer,
      lineHeight: LEADING.footer,
      color: MUTED,
      margin: [margins.left, margins.bottom - footerDistance - SIZES.footer, margins.right, 0],
    };
  };
}

// The draft banner, centred in the top margin of every page.
function draftHeader(banner: string, ctx: Context, paper: DocumentModel['paper']) {
  const {
    margins: { left, right },
    footerDistance,
  } = PAGES[paper];
  return (): Content => ({
    text: ctx.footerText(banner) ?? '',
    style: IN_MARGIN,
    alignment: 'center',
    bold: true,
    fontSize: SIZES.draftBanner,
    lineHeight: LEADING.footer,
    color: DRAFT_INK,
    margin: [left, footerDistance, right, 0],
  });
}

/** The box that opens page one of a draft: its title, then each blocking problem. */
function draftBox(draft: NonNullable<DocumentModel['draft']>, ctx: Context): Content {
  return {
    table: {
      widths: ['*'],
      dontBreakRows: true,
      body: [
        [
          {
            stack: [
              { text: ctx.inlines([{ text: draft.title, bold: true }]), color: DRAFT_INK, margin: [0, 0, 0, SPACING.draftBox.titleBelow] },
              {
                ul: draft.problems.map((p) => ({ text: ctx.inlines([{ text: p }]), margin: [0, 0, 0, SPACING.draftBox.itemBelow] })),
                fontSize: SIZES.letterheadLine,
              },
            ],
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => LINES.draftBox,
      vLineWidth: () => LINES.draftBox,
      hLineColor: () => DRAFT_INK,
      vLineColor: () => DRAFT_INK,
      fillColor: () => cssColor(COLORS.draftFill),
      paddingLeft: () => LINES.draftPadding.x,
      paddingRight: () => LINES.draftPadding.x,
      paddingTop: () => LINES.draftPadding.y,
      paddingBottom: () => LINES.draftPadding.y,
    },
    margin: [0, 0, 0, SPACING.draftBox.below],
  };
}

/**
 * pdfmake's page-break hook: moves a heading kept with what follows to the next page when it sits at the
 * foot of a page: too little room below it, nothing after it on its page, or fewer than two lines of the
 * text that follows it before the page ends; a paragraph that introduces a table that may break (or a heading
 * over one) when there is too little room below it for the table's start; and an item's text when its detail
 * line starts on a later page; and the last rows of a table when the note under it would start a page alone.
 */
function keepHeadingWithNext(node: Node, nodes: { getFollowingNodesOnPage(): Node[]; getPreviousNodesOnPage(): Node[] }): boolean {
  if (breaksWithOneLine(node)) return true;
  const level = levelOf(node);
  if (level === TAIL_ROW_LEVEL) return tailRowBreaks(node, nodes);
  if (!level || !node.startPosition) return false;
  const { pageInnerHeight, verticalRatio } = node.startPosition;
  if (verticalRatio <= 0.01) return false;
  if (level === INTRO_LEVEL) return pageInnerHeight * (1 - verticalRatio) < (tableStartRoom.get(node.text as object) ?? 0);
  // Ends on this page (not split) and its detail line starts on the next, or breaks there: both move.
  if (level === DETAIL_LEVEL) return detailMoves(node, nodes.getFollowingNodesOnPage());
  const following = nodes.getFollowingNodesOnPage();
  const at = following.findIndex((n) => n.text !== undefined && (!levelOf(n) || levelOf(n) === DETAIL_LEVEL) && n.style !== IN_MARGIN);
  const next = following[at];
  // A text that will move with its detail line takes its heading along (the hook sees each node once).
  if (next && levelOf(next) === DETAIL_LEVEL && detailMoves(next, following.slice(at + 1))) return true;
  if (pageInnerHeight * (1 - verticalRatio) < KEEP.headingWithNext) return true;
  if (!next?.startPosition) return true;
  const room = next.startPosition.pageInnerHeight * (1 - next.startPosition.verticalRatio);
  const continues = (next.pageNumbers?.length ?? 1) > 1;
  return continues && room < 2 * SIZES.body * LEADING.body * naturalLineHeight(LATIN_FONT.family);
}

/**
 * The most lines a paragraph may have to move whole rather than leave its last line alone on the next page: a
 * longer one would need a break two lines earlier, which pdfmake cannot be told, and moving it whole can push
 * the closing onto a page of its own.
 */
const WIDOW_MOVE_MAX = 3;
/**
 * The hook sees only a node's headlineLevel among the fields it could carry (an id would become a named
 * destination in the file): a paragraph's line count rides on it in hundreds, over the mark of its level.
 */
const LINES_UNIT = 100;
/** A node's mark for the hook without its line count (0: none). */
const levelOf = (node: { headlineLevel?: number }) => (node.headlineLevel ?? 0) % LINES_UNIT;

/** Takes the line counts off the paragraphs in `content` (held whole, they never break). */
function unmarkLines(content: unknown): void {
  if (!content || typeof content !== 'object') return;
  const node = content as { headlineLevel?: number; stack?: unknown[]; ul?: unknown[]; ol?: unknown[] };
  if (node.headlineLevel !== undefined && node.headlineLevel >= LINES_UNIT) {
    const level = levelOf(node);
    if (level) node.headlineLevel = level;
    else delete node.headlineLevel;
  }
  for (const children of [node.stack, node.ul, node.ol]) children?.forEach(unmarkLines);
}

/**
 * Whether a paragraph breaks with one line alone at the foot of its page (it then moves whole), or with its last
 * line alone at the head of the next (it moves whole when short): widow and orphan control, as the DOCX has.
 */
function breaksWithOneLine(node: Node): boolean {
  const total = Math.floor((node.headlineLevel ?? 0) / LINES_UNIT);
  if (total < 2 || (node.pageNumbers?.length ?? 1) < 2 || !node.startPosition) return false;
  const { pageInnerHeight, verticalRatio } = node.startPosition;
  if (verticalRatio <= 0.01) return false;
  const pitch = SIZES.body * LEADING.body * naturalLineHeight(LATIN_FONT.family);
  const first = Math.floor((pageInnerHeight * (1 - verticalRatio)) / pitch + 0.05);
  return first < 2 || (total - first < 2 && total <= WIDOW_MOVE_MAX);
}

/** Whether an item's text ends on its page while its detail line (the next text node) starts later or breaks. */
function detailMoves(text: Node, after: Node[]): boolean {
  if ((text.pageNumbers?.length ?? 1) > 1) return false;
  const detail = after.find((n) => n.text !== undefined && n.style !== IN_MARGIN);
  return !detail || (detail.pageNumbers?.length ?? 1) > 1;
}

// Invisible characters are dropped (a font without them would draw a box); tabs become spaces.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\u00ad]/gu;

function printable(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(INVISIBLE, '');
}

const scaleCache = new Map<FontFamily, number>();

// CJK fonts are taller than Noto Sans; scaling their line height keeps the line pitch even when a
// line mixes scripts.
function lineHeightScale(family: FontFamily): number {
  let scale = scaleCache.get(family);
  if (scale === undefined) {
    scale = naturalLineHeight(LATIN) / naturalLineHeight(family);
    scaleCache.set(family, scale);
  }
  return scale;
}

// ---------------------------------------------------------------------------------------------
// pdfmake set-up and font reuse

const require = createRequire(import.meta.url);
let allowedFiles: Set<string> | undefined;

// The pdfmake module is a process-wide singleton that other code may also configure, so fonts and
// policies are (cheaply) set again before each render; the font provider is installed once.
function configurePdfmake(): void {
  allowedFiles ??= new Set(allFontFiles());
  const allowed = allowedFiles;
  pdfmake.setFonts(structuredClone(fontFaces()));
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  installSharedFontProvider(allowed);
}

/** pdfkit's per-document font wrapper (EmbeddedFont): subset, widths and layout cache of one font. */
interface EmbeddedFontLike {
  name?: string;
  layoutCache?: Record<string, unknown>;
  layoutCached?: unknown;
  encode?: unknown;
  embed?: unknown;
}

type EmbeddedFontClass = new (doc: PdfKitDocument, font: unknown, id: string) => EmbeddedFontLike;

/** The pdfmake/pdfkit document internals the font provider relies on. */
interface PdfKitDocument {
  fontCache: Record<string, Record<string, EmbeddedFontLike>>;
  _fontFamilies: Record<string, EmbeddedFontLike>;
  _fontCount: number;
  _font: EmbeddedFontLike;
  getFontFile(family: string, bold: boolean, italics: boolean): unknown;
  getFontType(bold: boolean, italics: boolean): string;
  font(src: Uint8Array): PdfKitDocument;
  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFontLike;
}

type PdfKitDocumentClass = {
  new (...args: unknown[]): PdfKitDocument;
  prototype: PdfKitDocument & { __appealKitSharedFonts?: true };
};

let embeddedFontClass: EmbeddedFontClass | null | undefined;
const sharedLayouts = new Map<string, { cache: Record<string, unknown>; uses: number }>();
// A layout holds the glyphs of the font that made it: a released font's layouts go with it.
onFontReleased((file) => sharedLayouts.delete(file));
/**
 * Word layouts kept per font before the shared cache is started afresh (bounds memory in long runs). A layout
 * is ~1.7 KB and a batch adds ~80 new words a case (names, references, amounts), so 50,000 let a worker's
 * heap grow by ~85 MB over its first 600 cases; 8,000 holds the words of several cases, and even 2,000 was
 * as fast over 40 cases.
 */
const LAYOUT_CACHE_LIMIT = 8_000;

// pdfmake re-reads and re-parses every font file for every document (and re-shapes every word).
// Here the parsed fontkit font and its word-layout cache are shared across documents; each document
// still gets its own pdfkit EmbeddedFont (own subset, widths and object id), created exactly as
// pdfkit's doc.font() would, so the output bytes are unchanged. Any surprise in the internals falls
// back to pdfmake's own provider.
function installSharedFontProvider(files: Set<string>): void {
  const PDFDocument = require('pdfmake/js/PDFDocument.js').default as PdfKitDocumentClass;
  const proto = PDFDocument.prototype;
  if (proto.__appealKitSharedFonts) return;
  const original = proto.provideFont;
  proto.provideFont = function (this: PdfKitDocument, family: string, bold: boolean, italics: boolean) {
    const file = this.getFontFile(family, bold, italics);
    if (typeof file !== 'string' || !files.has(file) || !hasFontInternals(this)) {
      return original.call(this, family, bold, italics);
    }
    const byType = (this.fontCache[family] ??= {});
    const type = this.getFontType(bold, italics);
    byType[type] ??= embedShared(this, file) ?? original.call(this, family, bold, italics);
    return byType[type];
  };
  proto.__appealKitSharedFonts = true;
  embeddedFontClass = discoverEmbeddedFontClass(PDFDocument);
}

function hasFontInternals(doc: PdfKitDocument): boolean {
  return (
    embeddedFontClass != null &&
    typeof doc._fontFamilies === 'object' &&
    doc._fontFamilies !== null &&
    typeof doc._fontCount === 'number' &&
    typeof doc.fontCache === 'object'
  );
}

// Mirrors pdfkit's doc.font(path): same id sequence, same registration keys and order.
function embedShared(doc: PdfKitDocument, file: string): EmbeddedFontLike | undefined {
  const existing = doc._fontFamilies[file];
  if (existing) return existing;
  if (!embeddedFontClass) return undefined;
  const font = new embeddedFontClass(doc, loadFont(file), `F${++doc._fontCount}`);
  if (font.layoutCache) font.layoutCache = sharedLayoutCache(file);
  doc._fontFamilies[file] = font;
  if (font.name && !doc._fontFamilies[font.name]) doc._fontFamilies[font.name] = font;
  return font;
}

function sharedLayoutCache(file: string): Record<string, unknown> {
  let entry = sharedLayouts.get(file);
  if (!entry || (++entry.uses % 32 === 0 && Object.keys(entry.cache).length > LAYOUT_CACHE_LIMIT)) {
    entry = { cache: Object.create(null) as Record<string, unknown>, uses: 0 };
    sharedLayouts.set(file, entry);
  }
  return entry.cache;
}

// pdfkit does not export EmbeddedFont; take its class from a font opened in a throw-away document.
function discoverEmbeddedFontClass(PDFDocument: PdfKitDocumentClass): EmbeddedFontClass | null {
  try {
    const probe = new PDFDocument({}, {}, {}, {}, { font: null, autoFirstPage: false });
    const smallest = fontFaces().NotoSans.normal;
    const font = probe.font(readFileSync(smallest))._font;
    const ok = ['layoutCached', 'encode', 'embed'].every((m) => typeof (font as Record<string, unknown>)[m] === 'function');
    return ok && 'layoutCache' in font ? (font.constructor as EmbeddedFontClass) : null;
  } catch {
    return null;
  }
}
