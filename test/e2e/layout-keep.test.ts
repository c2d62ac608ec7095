// What a line or a page break may not split in letters built from cases written as sellers write them, read
// back page by page from the PDF (pdftotext -layout -f/-l) and from the DOCX (word/document.xml): a short
// table is moved whole to the next page, with the paragraph that introduces it.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { docxXml } from '../helpers/read-docx.js';
import { useTools } from '../helpers/tools.js';

const fixtures = 'test/fixtures/unseen-4';
/** Its products-for-the-call intro falls at the foot of page 1, its 2-row table below it. */
const SLOTS = 'qingmu-us-brand-registry-slots';
/** Its 3-row differences table falls at the foot of page 1. */
const PATENT = 'tidepool-us-design-patent-bottle';

const src = tempDir('appeal-layout-keep-src-');
const out = tempDir('appeal-layout-keep-out-');

beforeAll(async () => {
  for (const id of [SLOTS, PATENT]) cpSync(path.join(fixtures, id), path.join(src, id), { recursive: true });
  const run = await runCli(['build', src, '--out', out, '-q']);
  expect(run.stderr).not.toMatch(/failed/i);
}, 300_000);

/** The text of each page of a built PDF, in order. */
function pdfPages(pdftotext: string, id: string): string[] {
  const file = path.join(out, id, 'letter.pdf');
  const count = execFileSync(pdftotext, [file, '-'], { encoding: 'utf8' }).split('\f').length - 1;
  return Array.from({ length: count }, (_, i) =>
    execFileSync(pdftotext, ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }),
  );
}

/** The page (from 1) whose text matches, or 0. */
const pageOf = (pages: string[], pattern: RegExp): number => pages.findIndex((page) => pattern.test(page)) + 1;

/** The w:tbl of word/document.xml that follows the paragraph containing the text. */
function tableAfter(xml: string, text: string): { intro: string; rows: string[] } {
  const at = xml.indexOf(text);
  expect(at, `no "${text}" in the DOCX`).toBeGreaterThan(0);
  const introStart = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
  const intro = xml.slice(introStart, xml.indexOf('</w:p>', at));
  const start = xml.indexOf('<w:tbl>', at);
  const table = xml.slice(start, xml.indexOf('</w:tbl>', start));
  return { intro, rows: table.split(/<w:tr[ >]/).slice(1) };
}

describe('a short table and its intro are never split over two pages', { timeout: 120_000 }, () => {
  it('moves the products-for-the-call table to the next page with its intro line, not the intro alone (qingmu)', (ctx) => {
    const [pdftotext] = useTools(ctx, 'pdftotext');
    const pages = pdfPages(pdftotext, SLOTS);
    const intro = pageOf(pages, /The products we will show on the call, with the units at hand:/);
    expect(intro, pages.join('\f')).toBeGreaterThan(0);
    expect(pageOf(pages, /^\s*Product\s+ASIN\s+Units\s*$/m)).toBe(intro);
    expect(pageOf(pages, /^\s*Bamboo Drawer Organizer\s+B0DQM3KT10\s+860/m)).toBe(intro);
    expect(pageOf(pages, /^\s*Bamboo Cutlery Tray\s+B0DQM3KT27\s+412/m)).toBe(intro);

    // In the DOCX the intro keeps with the table, and every row but the last with the row after it.
    const { intro: introXml, rows } = tableAfter(
      docxXml(readFileSync(path.join(out, SLOTS, 'letter.docx')), 'word/document.xml'),
      'with the units at hand:',
    );
    expect(introXml).toContain('<w:keepNext/>');
    expect(rows).toHaveLength(3);
    for (const row of rows.slice(0, -1)) expect(row).toContain('<w:keepNext/>');
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
  });

  it('keeps the 3-row differences table whole on one page (tidepool)', (ctx) => {
    const [pdftotext] = useTools(ctx, 'pdftotext');
    const pages = pdfPages(pdftotext, PATENT);
    const first = pageOf(pages, /^\s*1\s+Body\s+Smooth cylinder/m);
    expect(first, pages.join('\f')).toBeGreaterThan(0);
    expect(pageOf(pages, /^\s*3\s+Base\s+Plain rounded base/m)).toBe(first);
    expect(pageOf(pages, /differs from the protected design in each of the following respects/)).toBe(first);
    // The header is drawn once: the table is not continued on another page.
    expect(pages.join('\n').match(/^\s*#\s+Aspect\s+Our product\s+Protected design/gm)).toHaveLength(1);

    const { rows } = tableAfter(
      docxXml(readFileSync(path.join(out, PATENT, 'letter.docx')), 'word/document.xml'),
      'in each of the following respects',
    );
    expect(rows).toHaveLength(4);
    for (const row of rows.slice(0, -1)) expect(row).toContain('<w:keepNext/>');
  });
});
