// Letters of the unseen-3 and unseen-4 cases, each rendered with one fact changed and read back from the PDF
// and the DOCX: a mostly empty exception column told as notes, a used-sold-as-new case that is no draft
// for want of the owner's ID, and an evidence list that leaves no single line alone beside the closing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Document } from 'yaml';
import { checkCase, createEnv } from '../../src/case/process-case.js';
import { renderDocx } from '../../src/render/docx.js';
import { renderPdf } from '../../src/render/pdf.js';
import { loadWordLists } from '../../src/rules/words.js';
import { editedLetter, has, lacks, withJapaneseJoined } from '../helpers/edited-letter.js';
import { docxXml } from '../helpers/read-docx.js';
import { pdfPages } from '../helpers/read-pdf.js';

vi.setConfig({ testTimeout: 120_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
const unseen3 = (id: string) => path.join('test/fixtures/unseen-3', id);
const unseen4 = (id: string) => path.join('test/fixtures/unseen-4', id);

describe('the exception column of the products for a video call', () => {
  const products = ['details', 'brand_registry', 'video_verification', 'products'];

  it('one exception in three rows: told as a note under the table, the column left out', async () => {
    const letter = await editedLetter(unseen3('ateliers-garonne-fr-brand-registry'), env);
    has(
      letter,
      'Product ASIN Units Linen Apron B0DGR4TL21 74',
      'Waxed Canvas Tote B0DGR5BK04 31 Waxed Canvas Tote: Made to order in batches of 30; the next batch is cut on 30 November 2026.',
    );
    lacks(letter, 'Exception');
  });

  it('exceptions in most rows: the column stays and no note is added', async () => {
    const letter = await editedLetter(unseen3('ateliers-garonne-fr-brand-registry'), env, (d) =>
      d.setIn([...products, 0, 'exception'], 'Sewn on order within 5 days'),
    );
    has(letter, 'Product ASIN Units Exception', 'B0DGR4TL21 74 Sewn on order within 5 days');
    lacks(letter, 'Waxed Canvas Tote: Made to order');
  });
});

describe('a used-sold-as-new case from a brand owner without a business licence or ID', () => {
  it('is a letter, with a warning: the appeal stands on the supplier invoices', async () => {
    const letter = await editedLetter(unseen4('ashgrove-uk-used-sold-as-new'), env);
    const l18 = letter.diagnostics.filter((d) => d.ruleId === 'L18');
    expect(l18.map((d) => [d.severity, d.message])).toEqual([
      ['warning', 'as the brand owner the case needs a business-license or government-id in evidence'],
    ]);
    // Nothing else blocks it, so the build writes it as a letter, not a draft.
    expect(letter.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    has(letter, 'to clear the warning from our account.');
  });

  it('an authenticity case without them is still blocked', async () => {
    const letter = await editedLetter(unseen4('ashgrove-uk-used-sold-as-new'), env, (d) => d.set('type', 'counterfeit-inauthentic'));
    expect(letter.diagnostics.filter((d) => d.ruleId === 'L18').map((d) => d.severity)).toEqual(['error']);
  });
});

/** The text of each page of the case's letter PDF, and its DOCX's document.xml. */
async function pagesOf(source: string): Promise<{ pages: string[]; xml: string }> {
  const { checked } = await checkCase(path.join(source, 'case.yaml'), env);
  const document = checked!.letter.document;
  const [pdf, docx] = await Promise.all([renderPdf(document), renderDocx(document)]);
  const pages = (await pdfPages(pdf)).map((page) =>
    page.items
      .map((item) => item.str)
      .join(' ')
      .replace(/\u00a0/g, ' ')
      .replace(/\s+:/g, ':'),
  );
  return { pages, xml: docxXml(docx, 'word/document.xml') };
}

/** The w:p element of the DOCX whose text contains `text`. */
function paragraphWith(xml: string, text: string): string {
  const paragraph = xml.split(/(?=<w:p[ >])/).find((p) =>
    p
      .replace(/<[^>]+>/g, '')
      .replace(/\u00a0/g, ' ')
      .includes(text),
  );
  expect(paragraph, `no paragraph with "${text}"`).toBeDefined();
  return paragraph!;
}

describe('the evidence list before the closing leaves no single line alone', () => {
  // Each of these carried its last exhibit line alone with the closing to the last page.
  it.each([
    ['loonbay-ca-late-shipment-future', unseen3, 'Exhibit B:', 'Exhibit C:'],
    ['redcliff-us-atoz-mixed', unseen3, 'Exhibit B:', 'Exhibit C:'],
    ['qingmu-us-brand-registry-slots', unseen4, 'Exhibit C:', 'Exhibit D:'],
  ])('%s: the last two exhibit lines go to the page of the closing, in the PDF and the DOCX', async (id, folder, before, last) => {
    const { pages, xml } = await pagesOf(folder(id));
    const closingPage = pages.length - 1;
    expect(pages[closingPage]).toContain(last);
    expect(pages[closingPage], `${id}: the line before the last exhibit`).toContain(before);
    // In the DOCX both stay on the page of the paragraph after them.
    for (const text of [before, last]) expect(paragraphWith(xml, text)).toContain('<w:keepNext/>');
  });

  it('an evidence list of one-line items under its heading keeps two of them with it', async () => {
    const { xml } = await pagesOf(unseen3('loonbay-ca-late-shipment-future'));
    expect(paragraphWith(xml, 'Evidence enclosed')).toContain('<w:keepNext/>');
    expect(paragraphWith(xml, 'Exhibit A:')).toContain('<w:keepNext/>');
  });
});

/** A copy of the case written in Japanese (language: ja), its text without the spaces its line ends leave. */
const inJapanese = async (source: string) => {
  const letter = await editedLetter(source, env, (d) => d.set('language', 'ja'));
  return withJapaneseJoined(letter);
};

describe('Japanese: the review-manipulation, retraction and metric wording', () => {
  it('a third party is told in sentences, not stacked colons; the payments close the reviews paragraph', async () => {
    const letter = await inJapanese(unseen4('maplecrest-ca-review-agency'));
    has(
      letter,
      '当社は「CA Deals & Reviews (Telegram group)」と',
      'を通じてやり取りしておりました。',
      '2026年11月12日に連絡いたしました（asked to end contact, no reply）。',
      'これらのレビューに関する支払いの記録は資料 Cのとおりです。',
    );
    lacks(letter, 'メッセンジャー：', '連絡を試みた記録', '**');
  });

  it('a retraction asked for is told as asked for, not as sent; one received is told as sent', async () => {
    const asked = await inJapanese(unseen4('lunaria-es-copyright-photos'));
    has(asked, '当社はCasa Almendro S.L.に対し、取り下げの連絡をAmazonへ直接送付していただくよう依頼しております。');
    lacks(asked, '直接送付されます');
    const received = await inJapanese(unseen3('brackenfold-uk-trademark-retraction'));
    has(received, 'Vortana Appliances Ltdは2026年10月30日にAmazonへ直接取り下げの連絡を送付しております（資料 A）。');
  });

  it('the metric is named in Japanese in the opening and the table', async () => {
    const letter = await inJapanese(unseen4('rangoli-in-late-shipment-diwali'));
    has(letter, '出荷遅延率が11.2%となった2件の根本原因', '出荷遅延率 11.2% < 4%');
    lacks(letter, 'Late Dispatch Rate', 'none stated');
  });
});

describe('L47 numeric-dates: a date the seller wrote in numbers that reads one way only', () => {
  it('is a warning at its line saying which form to write; the letter keeps the seller’s words', async () => {
    const letter = await editedLetter(unseen4('lanxi-de-atoz-chargeback-yanwen'), env);
    const found = letter.diagnostics.filter((d) => d.ruleId === 'L47');
    expect(found.map((d) => [d.severity, d.message])).toEqual([
      ['warning', 'the date "10.10.2026" is written in numbers, where the letter writes dates as "10 October 2026"'],
    ]);
    // At the ground's detail, in the copy of the case the test wrote.
    const lines = readFileSync(found[0].file, 'utf8').split('\n');
    expect(lines.slice(found[0].line - 1, found[0].line + 2).join(' ')).toContain('delivered on 10.10.2026');
    expect(found[0].note).toBe('Write it as 2026-10-10, which the letter prints as "10 October 2026".');
    has(letter, 'handed to DHL in Frankfurt on 8 October 2026 and delivered on 10.10.2026');
  });

  it('written as the note says, the date is printed in the letter’s style and nothing is flagged', async () => {
    const letter = await editedLetter(unseen4('lanxi-de-atoz-chargeback-yanwen'), env, (d) => {
      const detail = d.getIn(['grounds', 0, 'detail']) as string;
      d.setIn(['grounds', 0, 'detail'], detail.replace('10.10.2026', '2026-10-10'));
    });
    expect(letter.diagnostics.filter((d) => d.ruleId === 'L47')).toEqual([]);
    has(letter, 'delivered on 10 October 2026');
  });

  it('a day-first date on an Indian case; one that reads two ways is left to L45', async () => {
    const letter = await editedLetter(unseen4('rangoli-in-late-shipment-diwali'), env);
    expect(letter.diagnostics.filter((d) => d.ruleId === 'L47').map((d) => d.message)).toEqual([
      'the date "28/10/2026" is written in numbers, where the letter writes dates as "28 October 2026"',
    ]);
    expect(letter.diagnostics.filter((d) => d.ruleId === 'L45').map((d) => d.message)).toEqual([
      'the date "08/11/2026" is ambiguous: it reads as 8 November 2026 or as 11 August 2026',
    ]);
  });
});

describe('L15: an enclosed exhibit no item cites', () => {
  it('names the exhibit and says to cite it from the item it proves or to drop it', async () => {
    const letter = await editedLetter(unseen3('tulpenhof-nl-funds-held-nodate'), env);
    const found = letter.diagnostics.filter((d) => d.ruleId === 'L15');
    expect(found.map((d) => [d.severity, d.message])).toEqual([
      ['warning', 'evidence E3 is not cited anywhere in the letter'],
      ['warning', 'evidence E4 is not cited anywhere in the letter'],
    ]);
    expect(found[0].note).toBe(
      'Exhibit D, "Passport of Pieter van der Meer (number masked)", is enclosed but no item cites it, so it reads as padding. ' +
        'Add "E3" to the evidence: list of the root cause, action or measure it proves; if it proves nothing the letter says, remove it from evidence:.',
    );
    // Cited from the root cause, it is no longer flagged and the letter names it there.
    const cited = await editedLetter(unseen3('tulpenhof-nl-funds-held-nodate'), env, (d) =>
      d.setIn(['root_causes', 0, 'evidence'], ['E1', 'E2', 'E3', 'E4']),
    );
    expect(cited.diagnostics.filter((d) => d.ruleId === 'L15')).toEqual([]);
    has(cited, 'Exhibits A, B, C and D)');
  });
});

describe('item status and owner slots read as the case means them', () => {
  it('an action under way with a done_on after the letter date shows it as its target date', async () => {
    const letter = await editedLetter(unseen3('vetrimurano-it-damaged-carafe'), env, (d) =>
      d.setIn(['corrective_actions', 2, 'done_on'], '2026-12-12'),
    );
    has(letter, 'In progress, to be completed by 12 December 2026 · Owner: Giulia Barovier');
    const plain = await editedLetter(unseen3('vetrimurano-it-damaged-carafe'), env);
    has(plain, 'In progress · Owner: Giulia Barovier');
    lacks(plain, 'to be completed by');
  });

  it('"Owner: Owner" becomes the signatory who holds that title, or no owner slot', async () => {
    const owner = await editedLetter(unseen3('vetrimurano-it-damaged-carafe'), env, (d) => {
      d.setIn(['preventive_measures', 0, 'owner'], 'Owner');
      d.setIn(['seller', 'signatory', 'title'], 'Owner');
    });
    has(owner, 'Owner: Giulia Barovier');
    lacks(owner, 'Owner: Owner');
    const other = await editedLetter(unseen3('vetrimurano-it-damaged-carafe'), env, (d) =>
      d.setIn(['preventive_measures', 0, 'owner'], 'owner'),
    );
    lacks(other, 'Owner: owner', 'Owner: Owner');
  });

  it('Japanese: a listing removal is 出品停止, as Amazon JP says, not 削除', async () => {
    const letter = await editedLetter(unseen3('amagasa-jp-umbrella-quality'), env);
    const text = withJapaneseJoined(letter);
    has(text, 'の出品の停止に関する改善計画書', 'の出品の停止に関する通知を拝受いたしました');
    lacks(text, '出品の削除');
  });
});

describe('a restricted product whose old stock is gone', () => {
  const removed = (d: Document) => {
    d.setIn(['notice', 'kind'], 'listing-removed');
    d.addIn(['evidence'], {
      id: 'E4',
      title: 'Cosmetic product notification for the new formula',
      file: 'evidence/training-record.pdf',
      kind: 'regulatory-approval',
      date: '2026-11-22',
    });
  };

  it('asks for the listings back when a new lot holds the approval the product needs', async () => {
    const letter = await editedLetter(unseen3('blancomar-es-whitening-restricted'), env, (d) => {
      removed(d);
      d.setIn(['details', 'restricted_product', 'approval_evidence'], ['E4']);
      // Listings the seller deleted are not asked back whatever the approval: here they were taken down, not deleted.
      d.setIn(['corrective_actions', 0, 'action'], 'Took both listings down in ES, FR and IT until the new formula arrived.');
      d.setIn(['evidence', 0, 'kind'], 'listing-screenshot-after');
    });
    has(letter, 'to reinstate our listing');
    lacks(letter, 'clear this policy violation from our account');
  });

  it('asks to clear the violation when no approval is enclosed', async () => {
    const letter = await editedLetter(unseen3('blancomar-es-whitening-restricted'), env, removed);
    has(letter, 'clear this policy violation from our account');
    lacks(letter, 'to reinstate our listing');
  });
});
