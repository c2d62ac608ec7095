// What of a document is drawn: a table without rows, and a heading with nothing under it (followed by a
// heading of its rank or above, or by the end of the document), are left out.
import type { Block } from '../model/document.js';

/** The top-level blocks to draw, in order (a heading that leads a list item stays: the item is under it). */
export function shownBlocks(blocks: Block[]): Block[] {
  const shown: Block[] = [];
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i];
    if (block.kind === 'table' && block.rows.length === 0) continue;
    if (block.kind === 'heading' && !headsSomething(block.level, shown)) continue;
    shown.unshift(block);
  }
  return shown;
}

/** Whether the blocks after a heading of this level start with something under it. */
function headsSomething(level: number, after: Block[]): boolean {
  const next = after.find((block) => block.kind !== 'pageBreak');
  return !!next && !(next.kind === 'heading' && next.level <= level);
}
