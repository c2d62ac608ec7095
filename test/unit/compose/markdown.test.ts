// What would print as nothing is left out of the document model: empty table columns, empty headings.
import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../../src/compose/markdown.js';

describe('markdownToBlocks', () => {
  it('leaves out a table column whose every cell is empty, and keeps one with any content', () => {
    const blocks = markdownToBlocks(
      '| Product | ASIN | Units | Exception |\n|---|---|---|---|\n| Lamp | B0C1234567 | 60 |  |\n| Shade |  | 12 |  |\n',
    );
    expect(blocks).toHaveLength(1);
    const table = blocks[0];
    if (table.kind !== 'table') throw new Error('expected a table');
    expect(table.columns.map((c) => c.title.map((s) => s.text).join(''))).toEqual(['Product', 'ASIN', 'Units']);
    expect(table.rows.map((row) => row.map((cell) => cell.map((s) => s.text).join('')))).toEqual([
      ['Lamp', 'B0C1234567', '60'],
      ['Shade', '', '12'],
    ]);
  });

  it('leaves out a heading with nothing under it before the next heading of its level, or at the end', () => {
    const blocks = markdownToBlocks(
      '## Review manipulation\n\n### Third parties engaged\n\n### Reviews still live\n\nReviews obtained: 26.\n\n## Payments\n',
    );
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.spans[0].text : ''))).toEqual([
      'Review manipulation',
      'Reviews still live',
    ]);
    expect(blocks.at(-1)).toMatchObject({ kind: 'paragraph' });
  });
});
