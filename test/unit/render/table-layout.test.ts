// Tables and headings as both renderers draw them, read back from the PDF and the DOCX: widths by need, so a
// token in a narrow column stays on one line; an empty column and a heading with nothing under it left out;
// short hyphenated terms never broken at a line end.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel, Span } from '../../../src/model/document.js';
import { renderDocx } from '../../../src/render/docx.js';
import { unbreakableWidth } from '../../../src/render/fonts.js';
import { renderPdf } from '../../../src/render/pdf.js';
import { splitKeptTerms } from '../../../src/render/kept-terms.js';
import { layoutTable } from '../../../src/render/table-layout.js';
import { shownBlocks } from '../../../src/render/shown-blocks.js';
import { contentWidth, SIZES } from '../../../src/render/theme.js';
import { tempDir } from '../../helpers/cli.js';
import { docxText, docxXml } from '../../helpers/read-docx.js';
import { useTools } from '../../helpers/tools.js';

const t = (text: string): Span[] => [{ text }];
type Table = Extract<Block, { kind: 'table' }>;

/** The linked-account table of a related-account letter: five columns, one of them a merchant token. */
const LINKED: Table = {
  kind: 'table',
  columns: [
    { title: t('Store'), width: 3 },
    { title: t('Merchant token'), width: 2 },
    { title: t('Marketplace'), width: 2 },
    { title: t('Status'), width: 3 },
    { title: t('Relationship'), width: 2 },
    { title: t('Note'), width: 2 },
  ],
  rows: [
    [
      t('Sundaram Sarees'),
      t('A1SUNDARAMSRS9'),
      t('IN'),
      t('Inactive since March 2023; closure requested 2 November 2026'),
      t('same owner'),
      t(''),
    ],
    [t('Sundaram Silks'), t('A2SUNDARAMSLK7QX'), t('IN'), t('Closed in 2022'), t('same owner'), t(' ')],
  ],
};

function letter(blocks: Block[]): DocumentModel {
  return {
    title: 'Layout',
    author: 'Chandrika Handlooms Private Limited',
    subject: 'Tables',
    language: 'en-IN',
    paper: 'A4',
    createdAt: new Date('2026-11-04T00:00:00Z'),
    footer: 'Page {page} of {pages}',
    blocks,
  };
}

/** The PDF's text as pdftotext -layout writes it. */
function layoutText(pdftotext: string, bytes: Uint8Array): string {
  const file = path.join(tempDir('appeal-layout-pdf-'), 'doc.pdf');
  writeFileSync(file, bytes);
  return execFileSync(pdftotext, ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('table layout', () => {
  it('leaves out a column with nothing in any row and gives every column at least its longest word', () => {
    const total = contentWidth('A4');
    const { columns, rows, widths } = layoutTable(LINKED, total);
    expect(columns.map((c) => c.title[0].text)).toEqual(['Store', 'Merchant token', 'Marketplace', 'Status', 'Relationship']);
    expect(rows.every((row) => row.length === 5)).toBe(true);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 6);
    expect(widths[1]).toBeGreaterThan(unbreakableWidth('A2SUNDARAMSLK7QX', SIZES.table) + 10);
    expect(widths[4]).toBeGreaterThan(unbreakableWidth('Relationship', SIZES.table, true) + 10);
    // The status, the one long text, gets the most room.
    expect(Math.max(...widths)).toBe(widths[3]);
  });

  it('measures a number and its unit as one word, as they are set on one line', () => {
    // Too narrow for the longest words: each column gets room in proportion to its longest word.
    const table = (units: string): Table => ({
      kind: 'table',
      columns: [{ title: t('A') }, { title: t('B') }],
      rows: [[t(units), t('X'.repeat(40))]],
    });
    const bound = layoutTable(table('1,200 pcs'), 150).widths[0];
    expect(bound).toBeCloseTo(layoutTable(table('1,200.pcs'), 150).widths[0], 6);
    expect(bound).toBeGreaterThan(layoutTable(table('1,200 xyz'), 150).widths[0]);
  });

  it('joins cells beyond the last column into the last one', () => {
    const table: Table = { kind: 'table', columns: [{ title: t('A') }, { title: t('B') }], rows: [[t('1'), t('2'), t('3')]] };
    expect(
      layoutTable(table, 400)
        .rows[0][1].map((s) => s.text)
        .join(''),
    ).toBe('2 3');
  });

  it('shares the width in proportion to the longest words when they cannot all fit', () => {
    const tokens = ['X'.repeat(40), 'X'.repeat(40), 'X'.repeat(20)];
    const table: Table = { kind: 'table', columns: ['One', 'Two', 'Three'].map((x) => ({ title: t(x) })), rows: [tokens.map(t)] };
    const widths = layoutTable(table, 300).widths;
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(300, 6);
    expect(widths[0]).toBeCloseTo(widths[1], 6);
    expect(widths[2]).toBeLessThan(widths[0]);
  });

  it('keeps short hyphenated terms and codes whole, and lets long compounds break', () => {
    const whole = (text: string) => splitKeptTerms(text).flatMap((p) => (p.whole ? [p.text] : []));
    expect(whole('an A-to-z Guarantee claim')).toEqual(['A-to-z']);
    expect(whole('order 113-4418203-7719054 of 2026-11-30, procedure BR-01')).toEqual(['113-4418203-7719054', '2026-11-30', 'BR-01']);
    expect(whole('a merchant-fulfilled, high-carbon knife')).toEqual([]);
    expect(splitKeptTerms('no hyphen here')).toEqual([{ text: 'no hyphen here' }]);
  });

  it('leaves out a heading with nothing under it and a table without rows', () => {
    const blocks: Block[] = [
      { kind: 'heading', level: 1, spans: t('Kept') },
      { kind: 'paragraph', spans: t('Text') },
      { kind: 'heading', level: 1, spans: t('Empty before a heading') },
      { kind: 'heading', level: 1, spans: t('Parent') },
      { kind: 'heading', level: 2, spans: t('Child') },
      { kind: 'paragraph', spans: t('Text') },
      { kind: 'heading', level: 2, spans: t('Empty table') },
      { kind: 'table', columns: [{ title: t('A') }], rows: [] },
      { kind: 'heading', level: 1, spans: t('Empty at the end') },
    ];
    const titles = shownBlocks(blocks).flatMap((b) => (b.kind === 'heading' ? [b.spans[0].text] : b.kind === 'table' ? ['table'] : []));
    expect(titles).toEqual(['Kept', 'Parent', 'Child']);
  });
});

describe('tables and hyphenated terms read back', () => {
  // Paragraphs that put "A-to-z" at every position along a line, and a narrow table cell that holds it.
  const filler = 'claims under the';
  const paragraphs: Block[] = Array.from({ length: 30 }, (_, i) => ({
    kind: 'paragraph',
    spans: t(`${'x'.repeat(i + 1)} ${filler} ${filler} ${filler} ${filler} A-to-z Guarantee, refunded in full.`),
  }));
  const narrow: Table = {
    kind: 'table',
    columns: [{ title: t('Order') }, { title: t('Issue') }, { title: t('Empty') }, { title: t('Resolution') }],
    rows: [[t('113-4418203-7719054'), t('A-to-z claim'), t(''), t(`${'refunded in full after the return reached us '.repeat(4)}`)]],
  };
  const doc = letter([
    { kind: 'heading', level: 1, spans: t('The linked account') },
    LINKED,
    { kind: 'heading', level: 1, spans: t('Claims') },
    narrow,
    ...paragraphs,
    { kind: 'heading', level: 1, spans: t('Nothing under this heading') },
  ]);

  it('PDF: tokens on one line, no line ending inside "A-to-z", no empty column or heading', async (ctx) => {
    const [pdftotext] = useTools(ctx, 'pdftotext');
    const text = layoutText(pdftotext, await renderPdf(doc));
    const lines = text.split('\n');
    for (const token of ['A1SUNDARAMSRS9', 'A2SUNDARAMSLK7QX', '113-4418203-7719054', 'Relationship', 'Marketplace'])
      expect(
        lines.some((line) => line.includes(token)),
        token,
      ).toBe(true);
    expect(text.match(/A-to-z/g)?.length).toBe(31);
    expect(lines.filter((line) => /A-(to-?)?\s*$/.test(line))).toEqual([]);
    expect(text).not.toMatch(/\bNote\b/);
    expect(text).not.toMatch(/\bEmpty\b/);
    expect(text).not.toContain('Nothing under this heading');
  });

  it('DOCX: non-breaking hyphens in the terms, no empty column or heading', async () => {
    const bytes = await renderDocx(doc);
    const xml = docxXml(bytes, 'word/document.xml');
    expect(xml).toContain('<w:t xml:space="preserve">A</w:t><w:noBreakHyphen/><w:t xml:space="preserve">to</w:t><w:noBreakHyphen/>');
    expect(xml).not.toMatch(/<w:t[^>]*>[^<]*A-to-z/);
    expect(xml).not.toMatch(/<w:t[^>]*>[^<]*113-4418203/);
    const text = docxText(bytes);
    expect(text).toContain('A-to-z Guarantee');
    expect(text).toContain('A1SUNDARAMSRS9');
    expect(text.split('\n')).not.toContain('Note');
    expect(text.split('\n')).not.toContain('Empty');
    expect(text).not.toContain('Nothing under this heading');
    // One grid column per column drawn: five in the linked-account table, three in the claims table.
    expect([...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) => m[1].match(/<w:gridCol /g)?.length)).toEqual([5, 3]);
  });
});
