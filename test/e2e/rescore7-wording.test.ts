// Unseen-6 letters after a consultant's read: an accepted trademark complaint says the mark is no longer used at
// all unless the seller still names it to say what the product fits, a relative's account is asked to be treated
// apart in a sentence of its own, and a short list of exhibits is not split over the last page break. Each test changes one fact of a copied case and reads back the PDF
// and the DOCX.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Document } from 'yaml';
import { createEnv } from '../../src/case/process-case.js';
import { renderDocx } from '../../src/render/docx.js';
import { renderPdf } from '../../src/render/pdf.js';
import { loadWordLists } from '../../src/rules/words.js';
import { flat, tempDir } from '../helpers/cli.js';
import { editedLetter, has, lacks } from '../helpers/edited-letter.js';
import { pdfText } from '../helpers/read-pdf.js';
import { docxToPdf, soffice } from '../helpers/soffice.js';

vi.setConfig({ testTimeout: 240_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
const letterOf = (id: string, edit?: (doc: Document) => void) => editedLetter(path.join('test/fixtures/unseen-6', id), env, edit);

describe('an accepted trademark complaint (cartaviva: the mark was a keyword, now removed)', () => {
  const id = 'cartaviva-it-keyword-retracted';
  it('says the listings no longer use the mark, not only "as a brand name or logo"', async () => {
    const letter = await letterOf(id);
    has(letter, 'so that they no longer use the mark.');
    lacks(letter, 'as a brand name or logo');
  });

  it('keeps "as a brand name or logo" where an action still names the mark for what the product fits', async () => {
    const compatible = await letterOf(id, (doc) =>
      doc.setIn(['corrective_actions', 0, 'action'], 'Rewrote the titles to say only "compatible with" the brand, as allowed.'),
    );
    has(compatible, 'so that they no longer use the mark as a brand name or logo.');
    const ja = await letterOf(id, (doc) => {
      doc.set('language', 'ja');
      doc.set('marketplace', 'JP');
    });
    has(ja, '修正し、当該商標を使用し');
    lacks(ja, 'ロゴとしての当該商標', 'としてを使用');
  });
});

describe("a relative's account (yunfan)", () => {
  it("asks for the two to be treated as separate businesses, then gives the seller's reason after a colon", async () => {
    const letter = await letterOf('yunfan-pl-related-cousin-office');
    has(letter, 'as the separate businesses they are: two different companies owned by different people');
  });
});

describe('a short list of exhibits before the closing (bogazici: seven one-line exhibits)', () => {
  const id = 'bogazici-tr-authenticity-fba-hold';
  /** The pages of a PDF, each as one line of text. */
  const pagesOf = async (bytes: Uint8Array) => (await pdfText(bytes)).split('\f').map(flat).filter(Boolean);
  const check = (pages: string[]) => {
    const last = pages[pages.length - 1];
    // The heading, every exhibit, the closing and the whole signature block on one page.
    for (const text of [
      'Evidence enclosed',
      'Exhibit A: e-Fatura',
      'Exhibit G: New listing check list',
      'Yours faithfully,',
      'Emre Yıldız',
    ])
      expect(last, text).toContain(text);
    expect(pages.slice(0, -1).join(' ')).not.toContain('Exhibit G:');
  };

  it('moves whole with the closing and the signature, in the PDF', async () => {
    const letter = await letterOf(id);
    check(await pagesOf(await renderPdf(letter.document)));
  });

  it.runIf(soffice)('and in the DOCX as LibreOffice lays it out, on as many pages', async () => {
    const letter = await letterOf(id);
    const dir = tempDir('appeal-rescore7-lo-');
    const file = path.join(dir, `${id}.docx`);
    writeFileSync(file, await renderDocx(letter.document));
    const [laidOut] = docxToPdf([file], dir);
    const pages = await pagesOf(readFileSync(laidOut));
    check(pages);
    expect(pages.length).toBe((await pagesOf(await renderPdf(letter.document))).length);
  });
});
