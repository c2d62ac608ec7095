// A table as both renderers draw it: without its empty columns, and with column widths taken from the
// content, so a cell's longest word (an ASIN, a merchant token, "A-to-z") never breaks when the table
// can fit it.
import type { Block, Span, TableColumn } from '../model/document.js';
import { textWidth, unbreakableWidth } from './fonts.js';
import { LINES, SIZES } from './theme.js';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** The columns drawn, each row with exactly one cell per column, and each column's width in points. */
export interface TableLayout {
  columns: TableColumn[];
  rows: Span[][][];
  widths: number[];
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

const textOf = (spans: Span[]) => spans.map((span) => span.text).join('');

/**
 * Widths by need: each column gets at least its longest word (heading in bold); a column whose longest
 * line fits in an even share of the width left gets that line's width, so short columns (an ASIN, a
 * count) are set on one line; the columns left share the rest in proportion to how much more than their
 * longest word they need. A table that cannot fit all its longest words shares the width in proportion to
 * them.
 */
function contentWidths(columns: TableColumn[], rows: Span[][][], total: number): number[] {
  const cells = (i: number) => [
    { text: textOf(columns[i].title), bold: true },
    ...rows.map((row) => ({ text: textOf(row[i]), bold: false })),
  ];
  const longestLine = (text: string, bold: boolean) => Math.max(0, ...text.split('\n').map((line) => textWidth(line, SIZES.table, bold)));
  const least = columns.map((_, i) => Math.max(...cells(i).map((c) => unbreakableWidth(c.text, SIZES.table, c.bold))) + CELL_EXTRA);
  const most = columns.map((_, i) => Math.max(least[i], ...cells(i).map((c) => longestLine(c.text, c.bold) + CELL_EXTRA)));
  const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
  if (sum(least) >= total) return least.map((w) => (total * w) / sum(least));
  if (sum(most) <= total) return most.map((w) => w + ((total - sum(most)) * w) / sum(most));
  const widths: (number | undefined)[] = columns.map(() => undefined);
  const open = () => widths.flatMap((w, i) => (w === undefined ? [i] : []));
  const room = () => total - sum(widths.map((w) => w ?? 0));
  for (let fits = true; fits; ) {
    const share = room() / open().length;
    const short = open().filter((i) => most[i] <= share);
    for (const i of short) widths[i] = most[i];
    fits = short.length > 0;
  }
  const rest = open();
  const leastRest = sum(rest.map((i) => least[i]));
  if (room() < leastRest) {
    // The short columns took what the others need for their longest words: share by need alone.
    const spare = (total - sum(least)) / (sum(most) - sum(least));
    return least.map((w, i) => w + (most[i] - w) * spare);
  }
  const spare = (room() - leastRest) / (sum(rest.map((i) => most[i])) - leastRest);
  for (const i of rest) widths[i] = least[i] + (most[i] - least[i]) * spare;
  return widths.map((w) => w ?? 0);
}
