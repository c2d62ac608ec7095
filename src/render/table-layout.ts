// A table as both renderers draw it: without its empty columns, and with column widths taken from the
// content, so a cell's longest word (an ASIN, a merchant token, "A-to-z") never breaks when the table
// can fit it.
import type { Block, Span, TableColumn } from '../model/document.js';
import { UNBREAKABLE_PIECES } from '../domain/script.js';
import { naturalLineHeight, textWidth, unbreakableWidth } from './fonts.js';
import { bindNumbersToUnits } from './kept-terms.js';
import { LATIN_FONT, LEADING, LINES, SIZES } from './theme.js';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** The columns drawn, each row with exactly one cell per column, and each column's width in points. */
export interface TableLayout {
  columns: TableColumn[];
  rows: Span[][][];
  widths: number[];
}

/**
 * A table kept together (a short one) that does not fit below the text before it: with at most this many rows
 * it moves whole to the next page with its intro line; a longer one starts on the page when its intro, header
 * row and first ROWS_WITH_HEADER rows fit there, and goes on over the page under its header repeated, rather
 * than leave the foot of the page blank.
 */
export const WHOLE_TABLE_ROWS = 2;

/** The rows that never leave the header row, so a table never starts a page foot with its header and one row. */
export const ROWS_WITH_HEADER = 2;

/** Whether a table kept together is held whole on one page rather than broken after its first rows. */
export function tableHeldWhole(table: TableBlock): boolean {
  return table.rows.length <= WHOLE_TABLE_ROWS;
}

/** The height in points of a table row whose cells are `widths` points wide, as the renderers draw it. */
export function rowHeight(row: Span[][], widths: number[], bold = false): number {
  const lines = row.map((spans, i) => lineCount(textOf(spans), bold, widths[i] - CELL_EXTRA));
  return Math.max(1, ...lines) * SIZES.table * LEADING.body * naturalLineHeight(LATIN_FONT.family) + 2 * LINES.cellPadding.y + LINES.grid;
}

/** A column's room beyond its text: the cell padding on both sides and the grid lines, rounded up. */
const CELL_EXTRA = 2 * LINES.cellPadding.x + 2;

/** The table laid out in `total` points. */
export function layoutTable(table: TableBlock, total: number): TableLayout {
  const rows = table.rows.map((row) => fullRow(row, table.columns.length));
  const kept = table.columns.map((_, i) => i).filter((i) => rows.length === 0 || rows.some((row) => hasText(row[i])));
  const shown = kept.length > 0 ? kept : [0];
  const columns = shown.map((i) => table.columns[i]);
  const shownRows = rows.map((row) => shown.map((i) => row[i]));
  return { columns, rows: shownRows, widths: contentWidths(columns, shownRows, total) };
}

/** A row with one cell per column; cells beyond the last column are joined into the last one. */
function fullRow(row: Span[][], count: number): Span[][] {
  if (count === 0) return [];
  const cells = Array.from({ length: count }, (_, i) => row[i] ?? []);
  const rest = row.slice(count);
  if (rest.length) cells[count - 1] = [...cells[count - 1], ...rest.flatMap((spans) => [{ text: ' ' }, ...spans])];
  return cells;
}

function hasText(spans: Span[] | undefined): boolean {
  return !!spans?.some((span) => span.text.trim() !== '');
}

// A number and its unit ("500 ml") are set on one line, so they are measured as one word: the
// non-breaking space stands in as a full stop, about as wide as a space and not a break.
const textOf = (spans: Span[]) => bindNumbersToUnits(spans.map((span) => span.text).join('')).replace(/\u00a0/g, '.');

/**
 * Widths by need. Each column gets at least its longest word (heading in bold) and needs at most its
 * longest line; a table whose longest lines all fit is widened in proportion to them, and one that cannot
 * fit all its longest words shares the width in proportion to them. In between, three ways of sharing the
 * room are tried (in proportion to what each column needs beyond its longest word; as even as the columns
 * allow; as the template weighs the columns) and the one that sets the table in the fewest lines is taken.
 */
function contentWidths(columns: TableColumn[], rows: Span[][][], total: number): number[] {
  const cells = [
    columns.map((c) => ({ text: textOf(c.title), bold: true })),
    ...rows.map((row) => row.map((spans) => ({ text: textOf(spans), bold: false }))),
  ];
  const column = (i: number) => cells.map((row) => row[i]);
  const longestLine = (text: string, bold: boolean) => Math.max(0, ...text.split('\n').map((line) => textWidth(line, SIZES.table, bold)));
  const least = columns.map((_, i) => Math.max(...column(i).map((c) => unbreakableWidth(c.text, SIZES.table, c.bold))) + CELL_EXTRA);
  const most = columns.map((_, i) => Math.max(least[i], ...column(i).map((c) => longestLine(c.text, c.bold) + CELL_EXTRA)));
  const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
  if (sum(least) >= total) return least.map((w) => (total * w) / sum(least));
  if (sum(most) <= total) return most.map((w) => w + ((total - sum(most)) * w) / sum(most));
  const byNeed = least.map((w, i) => w + ((most[i] - w) * (total - sum(least))) / (sum(most) - sum(least)));
  const candidates = [byNeed, evenWidths(least, most, total), weightedWidths(columns, least, most, total)];
  // The table's lines (the tallest cell of each row), then all cells' lines between equally tall tables.
  const height = (widths: number[]) => {
    const counts = cells.map((row) => row.map((c, i) => lineCount(c.text, c.bold, widths[i] - CELL_EXTRA)));
    return sum(counts.map((row) => Math.max(...row))) * 10_000 + sum(counts.flat());
  };
  const heights = candidates.map(height);
  return candidates[heights.indexOf(Math.min(...heights))];
}

/** One width for all columns as far as each column's range (its longest word to its longest line) allows. */
function evenWidths(least: number[], most: number[], total: number): number[] {
  const at = (level: number) => least.map((w, i) => Math.min(most[i], Math.max(w, level)));
  let [low, high] = [0, Math.max(...most)];
  for (let step = 0; step < 100; step++) {
    const middle = (low + high) / 2;
    if (at(middle).reduce((a, b) => a + b, 0) < total) low = middle;
    else high = middle;
  }
  return at(high);
}

/** Widths in proportion to the template's weights, no column below its longest word nor above its longest line. */
function weightedWidths(columns: TableColumn[], least: number[], most: number[], total: number): number[] {
  const weights = columns.map((c) => (c.width && c.width > 0 ? c.width : 1));
  const at = (scale: number) => least.map((w, i) => Math.min(most[i], Math.max(w, weights[i] * scale)));
  let [low, high] = [0, Math.max(...most.map((w, i) => w / weights[i]))];
  for (let step = 0; step < 100; step++) {
    const middle = (low + high) / 2;
    if (at(middle).reduce((a, b) => a + b, 0) < total) low = middle;
    else high = middle;
  }
  return at(high);
}

/**
 * The lines a text takes in `room` points at `size`, broken at spaces (and between CJK characters) as a line
 * breaker would.
 */
export function lineCount(text: string, bold: boolean, room: number, size: number = SIZES.table): number {
  const space = textWidth(' ', size, bold);
  let lines = 0;
  for (const line of text.split('\n')) {
    let x = 0;
    let end = 0;
    lines += 1;
    for (const match of line.matchAll(UNBREAKABLE_PIECES)) {
      const width = textWidth(match[0], size, bold);
      const gap = x > 0 && match.index > end ? space : 0;
      if (x > 0 && x + gap + width > room) {
        lines += 1;
        x = 0;
      }
      lines += Math.max(0, Math.ceil(width / Math.max(room, 1)) - 1);
      x += (x > 0 ? gap : 0) + width;
      end = match.index + match[0].length;
    }
  }
  return lines;
}
