// The keeps compose sets on blocks: a short table is kept whole, a paragraph that introduces it keeps with it, and
// it keeps with the note under it.
import { describe, expect, it } from 'vitest';
import { keepHeadingsAndItems, SHORT_TABLE_ROWS } from '../../../src/compose/keep.js';
import type { Block, Span } from '../../../src/model/document.js';

const t = (text: string): Span[] => [{ text }];
const table = (rows: number): Block => ({
  kind: 'table',
  columns: [{ title: t('Product') }, { title: t('Units') }],
  rows: Array.from({ length: rows }, (_, i) => [t(`Product ${i + 1}`), t(String(i + 1))]),
});

describe('keepHeadingsAndItems', () => {
  it('keeps a table of up to five rows whole, and a longer one free to split', () => {
    const [short, long] = keepHeadingsAndItems([table(SHORT_TABLE_ROWS), table(SHORT_TABLE_ROWS + 1)]);
    expect(SHORT_TABLE_ROWS).toBe(5);
    expect(short).toMatchObject({ kind: 'table', keepTogether: true });
    expect(long).not.toHaveProperty('keepTogether');
  });

  it('keeps the paragraph ending in a colon that introduces a table with it', () => {
    const [intro] = keepHeadingsAndItems([{ kind: 'paragraph', spans: t('The products we will show on the call:') }, table(2)]);
    expect(intro).toMatchObject({ kind: 'paragraph', keepWithNext: true });
  });

  it('keeps a table with the paragraph right under it (its note), short or long, and not with a heading', () => {
    const note: Block = { kind: 'paragraph', spans: t('Product 3: made to order; we will show the workshop.') };
    const heading: Block = { kind: 'heading', level: 2, spans: t('Root causes') };
    const [short, , long, , alone] = keepHeadingsAndItems([table(3), note, table(SHORT_TABLE_ROWS + 1), note, table(3), heading]);
    expect(short).toMatchObject({ kind: 'table', keepTogether: true, keepWithNext: true });
    expect(long).toMatchObject({ kind: 'table', keepWithNext: true });
    expect(long).not.toHaveProperty('keepTogether');
    expect(alone).toMatchObject({ kind: 'table', keepTogether: true });
    expect(alone).not.toHaveProperty('keepWithNext');
  });
});
