// The pages and tables of letters built from cases written as sellers write them, read back from the PDF
// (pdftotext -layout) and the DOCX (word/document.xml): a merchant token in a narrow table column stays on
// one line, "A-to-z" is never broken at its hyphens, and a table column with nothing in it is not drawn.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editYaml, runCli, tempDir } from '../helpers/cli.js';
import { docxText, docxXml } from '../helpers/read-docx.js';
import { useTools } from '../helpers/tools.js';

const fixtures = 'test/fixtures/unseen-3';
const RELATED = 'chandrika-in-related-old-account';
const ATOZ = 'redcliff-us-atoz-mixed';
const BRAND = 'ateliers-garonne-fr-brand-registry';
/** The Brand Registry case with enough units of every product, so no exception: an empty column. */
const NO_EXCEPTION = 'ateliers-garonne-no-exception';

const src = tempDir('appeal-layout-src-');
const out = tempDir('appeal-layout-out-');

beforeAll(async () => {
  for (const id of [RELATED, ATOZ, BRAND]) cpSync(path.join(fixtures, id), path.join(src, id), { recursive: true });
  cpSync(path.join(fixtures, BRAND), path.join(src, NO_EXCEPTION), { recursive: true });
  editYaml(path.join(src, NO_EXCEPTION, 'case.yaml'), (text) =>
    text.replace(/units_available: 31, exception: "[^"]*"/, 'units_available: 60'),
  );
  const run = await runCli(['build', src, '--out', out, '-q']);
  expect(run.stderr).not.toMatch(/failed/i);
}, 300_000);

const pdfLines = (pdftotext: string, id: string, name = 'letter.pdf') =>
  execFileSync(pdftotext, ['-layout', path.join(out, id, name), '-'], { encoding: 'utf8' }).split('\n');
const docx = (id: string) => readFileSync(path.join(out, id, 'letter.docx'));

describe('tables and terms in the built letters', { timeout: 120_000 }, () => {
  it('sets the merchant token of the linked-account table on one line, in a column wide enough for it', (ctx) => {
    const [pdftotext] = useTools(ctx, 'pdftotext');
    const lines = pdfLines(pdftotext, RELATED);
    const header = lines.find((line) => /Merchant token/.test(line));
    const row = lines.find((line) => /^\s*Sundaram\b.*\sA1SUNDARAMSRS9\s+IN\s/.test(line));
    expect(header, lines.join('\n')).toBeDefined();
    expect(row, lines.join('\n')).toBeDefined();
    // Nothing of the token spills onto the next line of its column.
    const next = lines[lines.indexOf(row!) + 1] ?? '';
    const column = row!.indexOf('A1SUNDARAMSRS9');
    expect(next.slice(column, column + 14).trim()).toBe('');
    expect(docxText(docx(RELATED))).toContain('A1SUNDARAMSRS9');
  });

  it('never breaks "A-to-z" at its hyphens, in any PDF of the case, and writes it with non-breaking hyphens', (ctx) => {
    const [pdftotext] = useTools(ctx, 'pdftotext');
    for (const name of ['letter.pdf', 'evidence-index.pdf', 'checklist.pdf']) {
      const lines = pdfLines(pdftotext, ATOZ, name);
      expect(lines.join('\n'), name).toContain('A-to-z');
      expect(
        lines.filter((line) => /A-(to-?)?\s*$/.test(line)),
        name,
      ).toEqual([]);
    }
    const xml = docxXml(docx(ATOZ), 'word/document.xml');
    expect(xml).toMatch(/A<\/w:t><w:noBreakHyphen\/><w:t[^>]*>to<\/w:t><w:noBreakHyphen\/><w:t[^>]*>z/);
    expect(xml).not.toMatch(/<w:t[^>]*>[^<]*A-to-z/);
  });

  // One exception in three rows is told as a note under the table (letters-wording covers the column kept for most).
  it('draws no "Exception" column for a lone exception, and no note when there is none', (ctx) => {
    const [pdftotext] = useTools(ctx, 'pdftotext');
    const withException = pdfLines(pdftotext, BRAND).join('\n');
    expect(withException).toMatch(/Product\s+ASIN\s+Units/);
    expect(withException).not.toMatch(/Units\s+Exception/);
    expect(withException).toContain('Made to order in batches of 30');
    const without = pdfLines(pdftotext, NO_EXCEPTION).join('\n');
    expect(without).toMatch(/Product\s+ASIN\s+Units/);
    expect(without).not.toContain('Exception');
    expect(without).not.toContain('Made to order in batches of 30');
    expect(docxText(docx(BRAND))).toContain('Made to order in batches of 30');
    const xml = docxXml(docx(NO_EXCEPTION), 'word/document.xml');
    expect(xml).toContain('Units');
    expect(xml).not.toContain('Exception');
  });
});
