// Pages that hold together: when a letter's signature falls at a page end, the closing paragraph, the
// complimentary close and the signature block stay on one page, with the end of what precedes them, in the
// PDF and in the DOCX (laid out by LibreOffice). The text before them is lengthened word by word until,
// without the keeps, the page break falls inside that group.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeLetter } from '../../../src/compose/letter.js';
import { loadTemplateSet } from '../../../src/compose/templates.js';
import type { Block, DocumentModel } from '../../../src/model/document.js';
import { renderDocx } from '../../../src/render/docx.js';
import { renderPdf } from '../../../src/render/pdf.js';
import { decodeCaseText, parseCase } from '../../../src/stages/parse.js';
import { validateCase } from '../../../src/stages/validate.js';
import { normalizeCase } from '../../../src/stages/normalize.js';
import { spansText } from '../../../src/compose/plain-text.js';
import { tempDir } from '../../helpers/cli.js';
import { pageLines, pdfPages } from '../../helpers/read-pdf.js';
import { docxXml } from '../../helpers/read-docx.js';
import { docxToPdf } from '../../helpers/soffice.js';
import { useTools } from '../../helpers/tools.js';

function composeSample(folder: string): DocumentModel {
  const file = path.join(folder, 'case.yaml');
  const validated = validateCase(parseCase(file, decodeCaseText(file, readFileSync(file)).text!).value!);
  const c = normalizeCase(file, validated.value!, {});
  return composeLetter(c, loadTemplateSet('templates', c.language).value!).document;
}

const letter = composeSample('cases/sunrise-odr');
const compact = (text: string) => text.replace(/\s+/g, '');
const textOf = (block: Block | undefined): string => {
  if (!block) return '';
  if (block.kind === 'paragraph' || block.kind === 'heading') return spansText(block.spans);
  if (block.kind === 'list') return textOf(block.items[block.items.length - 1]?.[0]);
  return '';
};

// The end of the letter: the block before the closing, the closing, the complimentary close, the signature.
const close = letter.blocks.findIndex((b) => b.kind === 'paragraph' && spansText(b.spans) === 'Sincerely,');
const markers = {
  before: compact(textOf(letter.blocks[close - 2])).slice(-20),
  closing: compact(textOf(letter.blocks[close - 1])).slice(0, 24),
  close: 'Sincerely,',
  signature: compact(textOf(letter.blocks[letter.blocks.length - 1])).slice(-24),
};

/** The letter with `words` more words in a paragraph before its last section; `kept: false` drops every keep. */
function lengthened(words: number, kept: boolean): DocumentModel {
  const filler: Block = {
    kind: 'paragraph',
    spans: [{ text: Array.from({ length: words }, (_, i) => (i % 9 === 8 ? 'lines.' : 'filler')).join(' ') }],
  };
  const last = letter.blocks.map((b) => b.kind === 'heading' && b.level === 1).lastIndexOf(true);
  const blocks = [...letter.blocks.slice(0, last), ...(words ? [filler] : []), ...letter.blocks.slice(last)];
  return { ...letter, blocks: kept ? blocks : blocks.map(unkept) };
}

function unkept(block: Block): Block {
  const { keepWithNext: _n, keepTogether: _t, ...rest } = block as Block & { keepWithNext?: boolean; keepTogether?: boolean };
  return rest.kind === 'list' ? { ...rest, items: rest.items.map((item) => item.map(unkept)) } : (rest as Block);
}

/** The last page (0-based) where each marker is found (the letterhead repeats the signature's contact lines). */
async function pagesOfMarkers(pdf: Uint8Array): Promise<Record<keyof typeof markers, number>> {
  const pages = (await pdfPages(pdf)).map((page) => compact(page.items.map((i) => i.str).join('')));
  const at = (marker: string) => pages.map((text) => text.includes(marker)).lastIndexOf(true);
  return { before: at(markers.before), closing: at(markers.closing), close: at(markers.close), signature: at(markers.signature) };
}

const split = (p: Record<string, number>) => !(p.closing === p.close && p.close === p.signature);

/**
 * The fewest words (a multiple of 4, up to a page's worth) that add a page: there the last lines of the
 * letter are the first to move to the new page, so without the keeps the break falls inside the closing group.
 * Each round counts the pages of `probes` lengths at once (one LibreOffice run lays out many documents).
 */
async function firstOverflow(pageCounts: (words: number[]) => Promise<number[]>, probes = 1): Promise<number> {
  let [low, high] = [0, 200]; // in steps of 4 words: 800 words is more than a page
  const [base, page] = await pageCounts([0, high * 4]);
  expect(page, 'a page of words adds a page').toBeGreaterThan(base);
  while (high - low > 1) {
    const step = Math.ceil((high - low) / (probes + 1));
    const at = Array.from({ length: probes }, (_, i) => low + step * (i + 1)).filter((m) => m < high);
    const counts = await pageCounts(at.map((m) => m * 4));
    const first = counts.findIndex((count) => count > base);
    if (first === -1) low = at[at.length - 1];
    else [low, high] = [first > 0 ? at[first - 1] : low, at[first]];
  }
  return high * 4;
}

/** Page counts one at a time (rendering a PDF is quick). */
const eachOf = (pageCount: (words: number) => Promise<number>) => async (words: number[]) => {
  const counts: number[] = [];
  for (const n of words) counts.push(await pageCount(n));
  return counts;
};

it('finds the end of the letter in the composed sample', () => {
  expect(close).toBeGreaterThan(2);
  for (const marker of Object.values(markers)) expect(marker.length).toBeGreaterThan(8);
  expect(letter.blocks[close - 1]).toMatchObject({ keepWithNext: true, keepTogether: true });
  expect(letter.blocks[close - 2]).toMatchObject({ kind: 'list', keepWithNext: true });
});

it('keeps the end of a British letter ("Yours faithfully,") together too', () => {
  const british = composeSample('cases/brightwell-review-manipulation');
  const at = british.blocks.findIndex((b) => b.kind === 'paragraph' && spansText(b.spans) === 'Yours faithfully,');
  expect(at).toBeGreaterThan(2);
  expect(british.blocks[at - 1]).toMatchObject({ keepWithNext: true, keepTogether: true });
  for (const block of british.blocks.slice(at, -1)) expect(block).toMatchObject({ keepWithNext: true, keepTogether: true });
});

it('never ends a line between "Exhibit", "root cause" or "ASIN" and what it names', async () => {
  const lines = (await pdfPages(await renderPdf(letter))).flatMap((page) => pageLines(page.items));
  const broken = lines.filter(
    (line, i) => /\b(Exhibits?|root causes?|ASINs?)$/.test(line.trim()) && /^([A-Z]\b|\d|B0)/.test(lines[i + 1] ?? ''),
  );
  expect(broken).toEqual([]);
  const xml = docxXml(await renderDocx(letter), 'word/document.xml');
  for (const joined of ['Exhibit\u00a0A', 'root cause\u00a01', 'ASIN\u00a0B0']) expect(xml).toContain(joined);
}, 60_000);

describe('a letter whose signature falls at a page end', { timeout: 600_000 }, () => {
  it('keeps the closing, the complimentary close and the signature on one page in the PDF, never alone', async () => {
    const words = await firstOverflow(eachOf(async (n) => (await pdfPages(await renderPdf(lengthened(n, false)))).length));
    // Without the keeps the page break does fall inside the group (the test is meaningful).
    expect(split(await pagesOfMarkers(await renderPdf(lengthened(words, false)))), `${words} words`).toBe(true);
    const pages = await pagesOfMarkers(await renderPdf(lengthened(words, true)));
    expect(pages.closing, `${words} words`).toBeGreaterThanOrEqual(0);
    expect(split(pages), `${words} words: ${JSON.stringify(pages)}`).toBe(false);
    expect(pages.before, `${words} words: the group is not alone on its page`).toBe(pages.signature);
  });

  it('does the same in the DOCX as LibreOffice lays it out', async (ctx) => {
    useTools(ctx, 'soffice');
    const dir = tempDir('appeal-keep-');
    // Lays out several versions of the letter in one LibreOffice run.
    const laidOut = async (versions: { words: number; kept: boolean }[]): Promise<Uint8Array[]> => {
      const files: string[] = [];
      for (const { words, kept } of versions) {
        const file = path.join(dir, `${kept ? 'kept' : 'unkept'}-${words}.docx`);
        writeFileSync(file, await renderDocx(lengthened(words, kept)));
        files.push(file);
      }
      return docxToPdf(files, dir).map((pdf) => readFileSync(pdf));
    };
    const pageCounts = async (words: number[]) =>
      Promise.all((await laidOut(words.map((n) => ({ words: n, kept: false })))).map(async (pdf) => (await pdfPages(pdf)).length));
    const words = await firstOverflow(pageCounts, 15);
    const [unkept, kept] = await laidOut([
      { words, kept: false },
      { words, kept: true },
    ]);
    expect(split(await pagesOfMarkers(unkept)), `${words} words`).toBe(true);
    const pages = await pagesOfMarkers(kept);
    expect(pages.closing, `${words} words`).toBeGreaterThanOrEqual(0);
    expect(split(pages), `${words} words: ${JSON.stringify(pages)}`).toBe(false);
    expect(pages.before, `${words} words: the group is not alone on its page`).toBe(pages.signature);
  });
});
