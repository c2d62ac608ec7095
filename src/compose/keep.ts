// Which blocks hold together across pages: the flags the renderers honour (see Keep in model/document.ts).
import type { Block } from '../model/document.js';
import { spansText } from './plain-text.js';

/** The most rows a table may have to be kept on one page (moved to the next rather than split). */
export const SHORT_TABLE_ROWS = 5;

/**
 * Every heading stays with what follows it (at least two lines of it), and so does a paragraph that introduces
 * it ("... these times:"); a short table stays whole, and a table keeps its last rows with the paragraph right
 * under it (its note: "Made-to-Order Leather Tote: made to order; ..."). A list item may break across pages, but each of its blocks
 * stays with the next: its text keeps its detail line ("Completed on ... · Exhibit B").
 */
export function keepHeadingsAndItems(blocks: Block[], inItem = false): Block[] {
  return blocks.map((block, i) => {
    if (block.kind === 'heading') return { ...block, keepWithNext: true };
    if (block.kind === 'table') {
      const note = blocks[i + 1]?.kind === 'paragraph';
      if (!note && block.rows.length > SHORT_TABLE_ROWS) return block;
      return {
        ...block,
        ...(block.rows.length <= SHORT_TABLE_ROWS ? { keepTogether: true } : {}),
        ...(note ? { keepWithNext: true } : {}),
      };
    }
    if (block.kind === 'paragraph' && i < blocks.length - 1 && (inItem || /[:：]\s*$/.test(spansText(block.spans))))
      return { ...block, keepWithNext: true };
    if (block.kind === 'list') return { ...block, items: block.items.map((item) => keepHeadingsAndItems(item, true)) };
    return block;
  });
}

/**
 * A letter's keeps: headings with what follows, list items whole, and its end on one page: the closing
 * paragraph, the complimentary close and the signature block, together with the end of the block before
 * them (the last list item, or the paragraph), so the signature never stands alone on the last page.
 */
export function keepLetterTogether(blocks: Block[], complimentaryClose: string): Block[] {
  const kept = keepHeadingsAndItems(blocks);
  const close = kept.findLastIndex((b) => b.kind === 'paragraph' && spansText(b.spans).trim() === complimentaryClose.trim());
  if (close < 0) return kept;
  const closing = kept[close - 1]?.kind === 'paragraph' ? close - 1 : close;
  kept.forEach((block, i) => {
    if (block.kind !== 'paragraph' && block.kind !== 'list' && block.kind !== 'table' && block.kind !== 'heading') return;
    if (i >= closing) kept[i] = { ...block, keepTogether: true, keepWithNext: i < kept.length - 1 };
    else if (i === closing - 1 && block.kind !== 'heading') kept[i] = { ...block, keepWithNext: true };
  });
  return kept;
}
