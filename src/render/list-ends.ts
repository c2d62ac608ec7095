// How many items at each end of a list hold together across a page break, the same in the PDF and the DOCX.
// An item set on a single line ("Exhibit D: Carrier contract") is held with its neighbour, so a page never
// starts or ends with one line of a list beside a heading or the closing.
import type { Block } from '../model/document.js';
import { textWidth } from './fonts.js';
import { SIZES } from './theme.js';

type ListBlock = Extract<Block, { kind: 'list' }>;

export interface ListEnds {
  /** The first items kept on the page of the heading before the list (0: no heading holds it). */
  head: number;
  /** The last items kept on the page of the block after the list (0: the list is not kept with it). */
  tail: number;
}

/** Whether an item is one paragraph whose text, with some room to spare, fits in `width` points. */
function oneLine(item: Block[] | undefined, width: number): boolean {
  if (item?.length !== 1 || item[0].kind !== 'paragraph') return false;
  const text = item[0].spans.map((span) => span.text).join('');
  return !text.includes('\n') && textWidth(text, SIZES.body) * 1.05 <= width;
}

/**
 * The held ends of a list whose item text is `width` points wide; `afterHeading` when a heading kept with
 * the list stands before it.
 */
export function listEnds(list: ListBlock, afterHeading: boolean, width: number): ListEnds {
  const n = list.items.length;
  // Two one-line items are the two lines a heading keeps; a longer first item gives them itself, and breaks.
  const head = afterHeading && n > 1 && (list.keepTogether || oneLine(list.items[0], width)) ? (oneLine(list.items[0], width) ? 2 : 1) : 0;
  const tail = list.keepWithNext && n > 0 ? (n > 1 && oneLine(list.items[n - 1], width) ? 2 : 1) : 0;
  // Ends that overlap: the whole list moves with both.
  if (head && tail && head + tail > n) return { head: n, tail: n };
  return { head, tail };
}
