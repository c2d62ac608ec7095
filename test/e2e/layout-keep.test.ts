// What a line or a page break may not split in letters built from cases written as sellers write them, read
// back page by page from the PDF (pdftotext -layout -f/-l) and from the DOCX (word/document.xml): a short
// table is moved whole to the next page, with the paragraph that introduces it; a number stays on the line of
// its unit or time of day; a web address breaks only at a "." or "/".
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { docxText, docxXml } from '../helpers/read-docx.js';
import { useTools } from '../helpers/tools.js';

const fixtures = 'test/fixtures/unseen-4';
/** Its products-for-the-call intro falls at the foot of page 1, its 2-row table below it. */
const SLOTS = 'qingmu-us-brand-registry-slots';
/** Its 3-row differences table falls at the foot of page 1. */
const PATENT = 'tidepool-us-design-patent-bottle';
/** A sample whose heading, intro line and 4-row table (three lines a row) fall at the foot of page 1. */
const LAMP = 'lumen-design-patent';
/** Its "4.5 mW" fell with "mW" at the start of a line. */
const LASER = 'sunbeam-au-laser-pointer-restricted';
/** Its "11 am and 5 pm" fell with "pm" at the start of a line. */
const DISPATCH = 'rangoli-in-late-shipment-diwali';
/**
 * A draft (made one here: its first action loses its date): its supplier's "www.hanwei-appliance.example"
 * was broken at the hyphen.
 */
const DRAFT = 'ashgrove-uk-used-sold-as-new';

const src = tempDir('appeal-layout-keep-src-');
const out = tempDir('appeal-layout-keep-out-');

beforeAll(async () => {
  for (const id of [SLOTS, PATENT, LASER, DISPATCH, DRAFT]) cpSync(path.join(fixtures, id), path.join(src, id), { recursive: true });
  cpSync(path.join('cases', LAMP), path.join(src, LAMP), { recursive: true });
  const draftCase = path.join(src, DRAFT, 'case.yaml');
  writeFileSync(draftCase, readFileSync(draftCase, 'utf8').replace(/^\s*done_on: 2026-11-20\n/m, '\n'));
  const run = await runCli(['build', src, '--out', out, '-q']);
  expect(run.stderr).not.toMatch(/failed/i);
}, 300_000);

/** The folder a case's documents are written to (a draft's: under .drafts, through its link). */
const folderOf = (id: string) => (existsSync(path.join(out, id)) ? path.join(out, id) : path.join(out, '.drafts', id));

/** The text of each page of a built PDF, in order. */
function pdfPages(pdftotext: string, id: string): string[] {
  const file = path.join(folderOf(id), 'letter.pdf');
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
      docxXml(readFileSync(path.join(folderOf(SLOTS), 'letter.docx')), 'word/document.xml'),
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
    // The heading over them moves with them, not left alone at the foot of the page before.
    expect(pageOf(pages, /^\s*Differences from the protected design\s*$/m)).toBe(first);
    // The header is drawn once: the table is not continued on another page.
    expect(pages.join('\n').match(/^\s*#\s+Aspect\s+Our product\s+Protected design/gm)).toHaveLength(1);

    const { rows } = tableAfter(
      docxXml(readFileSync(path.join(folderOf(PATENT), 'letter.docx')), 'word/document.xml'),
      'in each of the following respects',
    );
    expect(rows).toHaveLength(4);
    for (const row of rows.slice(0, -1)) expect(row).toContain('<w:keepNext/>');
  });
});

/** The lines of a PDF's pages, in order. */
const linesOf = (pages: string[]) => pages.join('\n').split('\n');
const documentXml = (id: string) => docxXml(readFileSync(path.join(folderOf(id), 'letter.docx')), 'word/document.xml');

describe('a heading over a short table', { timeout: 120_000 }, () => {
  it('moves with its intro line and its table, not left alone at the foot of the page (lumen)', (ctx) => {
    const [pdftotext] = useTools(ctx, 'pdftotext');
    const pages = pdfPages(pdftotext, LAMP);
    const heading = pageOf(pages, /^\s*Differences from the protected design\s*$/m);
    expect(heading, pages.join('\f')).toBeGreaterThan(0);
    expect(pageOf(pages, /in each of the following respects:/)).toBe(heading);
    expect(pageOf(pages, /^\s*1\s+Shade\s/m)).toBe(heading);
    expect(pageOf(pages, /^\s*4\s+Overall\s/m)).toBe(heading);
  });
});

describe('what a line does not break inside', { timeout: 120_000 }, () => {
  it('keeps a number on the line of its unit (sunbeam "4.5 mW") and of its time of day (rangoli "5 pm")', (ctx) => {
    const [pdftotext] = useTools(ctx, 'pdftotext');
    for (const [id, pattern] of [
      [LASER, /\b4\.5 mW\b/],
      [DISPATCH, /\b11 am and\b/],
    ] as const) {
      const lines = linesOf(pdfPages(pdftotext, id));
      expect(
        lines.some((line) => pattern.test(line.replace(/\u00a0/g, ' '))),
        lines.join('\n'),
      ).toBe(true);
      // No line ends in a number whose unit or time of day opens the next line.
      lines.forEach((line, i) => {
        if (/\d$/.test(line.trimEnd())) expect(lines[i + 1] ?? '', `${id}: "${line}"`).not.toMatch(/^\s*(mW|am|pm|mg|kg|g|ml|cm|mm|%)\b/);
      });
    }
    expect(documentXml(LASER)).toContain('4.5\u00a0mW');
    expect(documentXml(DISPATCH)).toMatch(/11\u00a0am and 5\u00a0pm/);
  });

  it('breaks a web address only at a "." or "/", never at its own hyphen (ashgrove draft)', (ctx) => {
    const [pdftotext] = useTools(ctx, 'pdftotext');
    const lines = linesOf(pdfPages(pdftotext, DRAFT));
    expect(
      lines.some((line) => line.includes('hanwei-appliance')),
      lines.join('\n'),
    ).toBe(true);
    expect(lines.filter((line) => /hanwei-\s*$/.test(line))).toEqual([]);
    // In the DOCX the hyphen is a non-breaking one (read back as "-").
    expect(docxText(readFileSync(path.join(folderOf(DRAFT), 'letter.docx')))).toContain('www.hanwei-appliance.example');
    expect(documentXml(DRAFT)).toMatch(/www\.<\/w:t><\/w:r><w:r><w:t[^>]*>hanwei<\/w:t><w:noBreakHyphen\/>/);
  });
});
