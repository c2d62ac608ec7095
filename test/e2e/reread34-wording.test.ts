// The unseen-3 and unseen-4 letters a consultant re-read: each test changes one fact of a copied case, renders the
// letter to PDF and DOCX and reads both back.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Document } from 'yaml';
import { createEnv } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';
import { both, editedLetter, has, lacks } from '../helpers/edited-letter.js';

vi.setConfig({ testTimeout: 180_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
const fixture = (set: string, id: string) => path.join('test/fixtures', set, id);
const letterOf = (set: string, id: string, edit?: (doc: Document) => void) => editedLetter(fixture(set, id), env, edit);

/** A Japanese letter's text without the spaces that its line ends leave between two Japanese characters. */
const japaneseLetterOf = async (set: string, id: string, edit?: (doc: Document) => void) => {
  const letter = await letterOf(set, id, edit);
  const joined = (text: string) => text.replace(/(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])/g, '');
  return { ...letter, pdf: joined(letter.pdf), docx: joined(letter.docx) };
};

describe('Units invoiced: an invoice that gives one quantity for several ASINs', () => {
  const hafenlicht = 'hafenlicht-de-authenticity-distributor';
  /** Gives invoice `index` its lines: the units of each of the two ASINs. */
  const lines = (doc: Document, index: number, razor: number, soap: number) =>
    doc.setIn(
      ['evidence', index, 'lines'],
      [
        { asin: 'B0CKW2SH14', quantity: razor },
        { asin: 'B0CKW2SH77', quantity: soap },
      ],
    );

  it('is told as the units of those ASINs together, not as the units of each row', async () => {
    // Invoices E1 (300) and E2 (480) each list both ASINs with one quantity.
    const letter = await letterOf('unseen-3', hafenlicht);
    has(letter, 'B0CKW2SH14 Klingenwerk Safety Razor Set, chrome 212 300 780 for 2 ASINs');
    both(letter, (text, format) => expect(text.match(/780 for 2 ASINs/g), format).toHaveLength(2));
    lacks(letter, '300 780 B0CKW2SH77');
  });

  it('gives the units of each ASIN where the invoices have lines, and adds what is shared', async () => {
    const perAsin = await letterOf('unseen-3', hafenlicht, (doc) => {
      lines(doc, 0, 120, 180);
      lines(doc, 1, 180, 300);
    });
    has(perAsin, 'chrome 212 300 300', '388 480 480');
    lacks(perAsin, '780 for 2 ASINs');
    const mixed = await letterOf('unseen-3', hafenlicht, (doc) => lines(doc, 0, 120, 180));
    has(mixed, '212 300 120 + 480 for 2 ASINs', '388 480 180 + 480 for 2 ASINs');
  });

  it('in a Japanese letter too', async () => {
    const letter = await japaneseLetterOf('unseen-4', 'mizuho-jp-counterfeit-complaint', (doc) => {
      doc.deleteIn(['evidence', 1, 'lines']);
      doc.setIn(['evidence', 1, 'asins'], ['B0DMZ6SK18', 'B0DMZ6SK25']);
      doc.setIn(['evidence', 1, 'quantity'], 300);
    });
    has(letter, '340 240 + 2件のASINの合計300');
  });
});

describe('a warning named in the opening is not named again by the summary', () => {
  const lionsgate = 'lionsgate-sg-fair-pricing-other';

  it('tells only what follows the colon of "Warning under the X Policy: ..."', async () => {
    const letter = await letterOf('unseen-3', lionsgate);
    has(
      letter,
      'issuing a warning under the Amazon Marketplace Fair Pricing Policy to our amazon.sg account. The notice says that ASIN B0DLG7HF03 was offered at SGD 189.00',
    );
    both(letter, (text, format) => expect(text.match(/warning under the Amazon Marketplace/g), format).toHaveLength(1));
  });

  it('keeps the whole headline when the opening names no such warning', async () => {
    const letter = await letterOf('unseen-3', lionsgate, (doc) => {
      doc.deleteIn(['notice', 'policy']);
      doc.setIn(['notice', 'summary'], 'Warning about pricing: ASIN B0DLG7HF03 was offered at SGD 189.00.');
    });
    has(letter, 'The notice is a warning about pricing: ASIN B0DLG7HF03 was offered at SGD 189.00.');
  });
});

describe('a Japanese exhibit title that names its own kind of document', () => {
  it('takes no second name after an e-mail title (受付メール), and keeps it after a bare title', async () => {
    const kazahana = 'kazahana-jp-related-spouse';
    const letter = await japaneseLetterOf('unseen-4', kazahana);
    has(letter, '資料 B：「ゆみの手づくり」アカウント閉鎖の受付メール');
    lacks(letter, '受付メール（アカウント閉鎖の申請）');
    const bare = await japaneseLetterOf('unseen-4', kazahana, (doc) => {
      doc.setIn(['evidence', 1, 'title'], '「ゆみの手づくり」の閉鎖');
    });
    has(bare, '「ゆみの手づくり」の閉鎖（アカウント閉鎖の申請）');
  });
});
