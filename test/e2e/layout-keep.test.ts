// What a line or a page break may not split in letters built from cases written as sellers write them, read
// back page by page from the PDF (pdftotext -layout -f/-l) and from the DOCX (word/document.xml, and as
// LibreOffice lays it out): a table of one or two rows is moved whole to the next page, with the paragraph
// that introduces it; a longer one starts at the foot of a page when its intro, header and first two rows fit
// there, and goes on under its header repeated; a number stays on the line of its unit or time of day; a web
// address breaks only at a "." or "/".
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { docxText, docxXml } from '../helpers/read-docx.js';
import { docxToPdf } from '../helpers/soffice.js';
import { useTools } from '../helpers/tools.js';

const fixtures = 'test/fixtures/unseen-4';
/** Its products-for-the-call intro falls at the foot of page 1, its 2-row table below it. */
const SLOTS = 'qingmu-us-brand-registry-slots';
/** Its 3-row differences table falls at the foot of page 1, with room for the intro, header and two rows. */
const PATENT = 'tidepool-us-design-patent-bottle';
/** Japanese: its products-for-the-call intro and 3-row table fall at the foot of page 1 (moved whole, they left a fifth blank). */
const KIZUNA = 'kizuna-jp-br-revoked-transfer';
/** The same in English. */
const EMBERWOOD = 'emberwood-au-br-rescheduled';
/** Its 3-row products table ends at the foot of page 1, and the note on its last product fell alone on page 2. */
const NAJMAT = 'najmat-sa-br-factory-agent';
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
  cpSync(path.join('test/fixtures/unseen-6', KIZUNA), path.join(src, KIZUNA), { recursive: true });
  cpSync(path.join('test/fixtures/unseen-5', EMBERWOOD), path.join(src, EMBERWOOD), { recursive: true });
  cpSync(path.join('test/fixtures/unseen-7', NAJMAT), path.join(src, NAJMAT), { recursive: true });
  const draftCase = path.join(src, DRAFT, 'case.yaml');
  writeFileSync(draftCase, readFileSync(draftCase, 'utf8').replace(/^\s*done_on: 2026-11-20\n/m, '\n'));
  const run = await runCli(['build', src, '--out', out, '-q']);
  expect(run.stderr).not.toMatch(/failed/i);
}, 300_000);

/** The folder a case's documents are written to (a draft's: under .drafts, through its link). */
const folderOf = (id: string) => (existsSync(path.join(out, id)) ? path.join(out, id) : path.join(out, '.drafts', id));

/** The text of each page of a built letter's PDF, in order. */
const pdfPages = (pdftotext: string, id: string): string[] => pagesOf(pdftotext, path.join(folderOf(id), 'letter.pdf'));

/** The text of each page of a PDF file, in order. */
function pagesOf(pdftotext: string, file: string): string[] {
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

describe('a table of one or two rows and its intro are never split over two pages', { timeout: 120_000 }, () => {
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
});

/** The text of each page of each built letter's DOCX as LibreOffice lays it out. */
function libreOfficePages(pdftotext: string, ids: readonly string[]): string[][] {
  const dir = tempDir('appeal-layout-keep-lo-');
  const files = ids.map((id) => {
    const file = path.join(dir, `${id}.docx`);
    cpSync(path.join(folderOf(id), 'letter.docx'), file);
    return file;
  });
  return docxToPdf(files, dir).map((pdf) => pagesOf(pdftotext, pdf));
}

describe('a table of three rows or more at the foot of a page', { timeout: 300_000 }, () => {
  it('starts on the page with its intro, header and first two rows, and goes on under its header repeated (tidepool)', (ctx) => {
    const [pdftotext] = useTools(ctx, 'pdftotext');
    const pages = pdfPages(pdftotext, PATENT);
    const first = pageOf(pages, /^\s*1\s+Body\s+Smooth cylinder/m);
    expect(first, pages.join('\f')).toBe(1);
    expect(pageOf(pages, /differs from the protected design in each of the following respects/)).toBe(first);
    expect(pageOf(pages, /^\s*Differences from the protected design\s*$/m)).toBe(first);
    expect(pageOf(pages, /^\s*2\s+Lid\s+Flat lid/m)).toBe(first);
    expect(pageOf(pages, /^\s*3\s+Base\s+Plain rounded base/m)).toBe(first + 1);
    // The header is drawn on both pages, the second time above the third row.
    const header = /^\s*#\s+Aspect\s+Our product\s+Protected design\s*$/m;
    expect(pages[first - 1]).toMatch(header);
    expect(pages[first].split(/^\s*3\s+Base/m)[0]).toMatch(header);

    // In the DOCX the header row repeats and keeps with the first row, which keeps with the second; the rest may break.
    const { intro, rows } = tableAfter(documentXml(PATENT), 'in each of the following respects');
    expect(intro).toContain('<w:keepNext/>');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[0]).toContain('<w:keepNext/>');
    expect(rows[1]).toContain('<w:keepNext/>');
    expect(rows[2]).not.toContain('<w:keepNext/>');
    expect(rows[3]).not.toContain('<w:keepNext/>');
  });

  it('no longer leaves the foot of page 1 blank before a 3-row products table (kizuna, emberwood, najmat)', (ctx) => {
    const [pdftotext] = useTools(ctx, 'pdftotext');
    for (const [id, intro, first] of [
      [KIZUNA, /ビデオ通話で提示する商品と手元の在庫数/, /天然木\s*箸\s*5膳セット\s+B0FKZW01HS\s+320/],
      [
        EMBERWOOD,
        /The products we will show on the call, with the units at hand/,
        /^\s*Full-Grain Leather Card Wallet, Tan\s+B0FEMB1C4W\s+320\s*$/m,
      ],
      [NAJMAT, /The products we will show on the call, with the units at hand/, /^\s*Electric Bakhoor Burner\s+B0GNJM01EB\s+420\s*$/m],
    ] as const) {
      const pages = pdfPages(pdftotext, id);
      expect(pageOf(pages, intro), `${id}\n${pages.join('\f')}`).toBe(1);
      expect(pageOf(pages, first), `${id}\n${pages.join('\f')}`).toBe(1);
    }
  });

  it("keeps the note under the table on the page of the table's last row, never alone at the head of the next", (ctx) => {
    const [pdftotext] = useTools(ctx, 'pdftotext', 'soffice');
    const cases = [
      [KIZUNA, /漆塗り\s*汁椀\s*ペア\s+B0FKZW03WN\s+36/, /^\s*漆塗り\s*汁椀\s*ペア：受注生産/m, /天然木\s*箸\s*5\s*膳セット/],
      [
        EMBERWOOD,
        /^\s*Made-to-Order Leather Tote, Chestnut\s+B0FEMB\w+\s+9\s*$/m,
        /^\s*Made-to-Order Leather Tote, Chestnut: Made to order/m,
        /^\s*Full-Grain Leather Card Wallet/m,
      ],
      [
        NAJMAT,
        /^\s*Ceramic Mabkhara premium\s+B0GNJM03CM\s+22\s*$/m,
        /^\s*Ceramic Mabkhara premium: Hand painted/m,
        /^\s*Electric Bakhoor Burner/m,
      ],
    ] as const;
    for (const [id, last, note] of cases) {
      const pages = pdfPages(pdftotext, id);
      const page = pageOf(pages, note);
      expect(page, `${id}\n${pages.join('\f')}`).toBeGreaterThan(1);
      expect(pageOf(pages, last), `${id}\n${pages.join('\f')}`).toBe(page);
      // Moved with the note, the last row goes on under the header repeated.
      expect(pages[page - 1].split(note)[0], id).toMatch(/(Product|商品名)\s+ASIN\s+(Units|数量)/);
      expect(pages.length, id).toBe(3);

      // In the DOCX the last row keeps with what follows, and so does the table's space below; the row before it
      // does not (one of the two kept with the header, it would take the whole table to the next page).
      const xml = documentXml(id);
      const { rows } = tableAfter(xml, id === KIZUNA ? '手元の在庫数' : 'with the units at hand');
      expect(rows, id).toHaveLength(4);
      expect(rows[3], id).toContain('<w:keepNext/>');
      expect(rows[2], id).not.toContain('<w:keepNext/>');
      const below = xml.slice(xml.indexOf('</w:tbl>', xml.indexOf(rows[3])));
      expect(below.slice(0, below.indexOf('</w:p>')), id).toContain('<w:keepNext/>');
    }

    // The DOCX as LibreOffice lays it out: the table still starts on page 1, and the note is on its last row's page.
    const laidOut = libreOfficePages(
      pdftotext,
      cases.map(([id]) => id),
    );
    cases.forEach(([id, last, note, first], i) => {
      const pages = laidOut[i];
      expect(pageOf(pages, first), `${id} (DOCX)\n${pages.join('\f')}`).toBe(1);
      expect(pageOf(pages, last), `${id} (DOCX)\n${pages.join('\f')}`).toBe(pageOf(pages, note));
      expect(pageOf(pages, note), `${id} (DOCX)`).toBeGreaterThan(1);
    });
  });

  it('has as many pages in the DOCX as LibreOffice lays it out as in the PDF', (ctx) => {
    const [pdftotext] = useTools(ctx, 'pdftotext', 'soffice');
    const ids = [PATENT, KIZUNA, EMBERWOOD, NAJMAT, LAMP, SLOTS];
    const pdf = ids.map((id) => pdfPages(pdftotext, id).length);
    expect(libreOfficePages(pdftotext, ids).map((pages) => pages.length)).toEqual(pdf);
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
