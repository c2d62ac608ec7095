// Layout is linear in the input: a run of characters with no break opportunity is handed to the layout
// as breakable between any two characters (bounded work per character), and every character still prints.
import { describe, expect, it } from 'vitest';
import { splitUnbrokenRuns } from '../../../src/render/unbroken-runs.js';
import { renderPdf } from '../../../src/render/pdf.js';
import type { DocumentModel } from '../../../src/model/document.js';
import { pdfText } from '../../helpers/read-pdf.js';

const doc = (text: string): DocumentModel => ({
  title: 't',
  author: 'a',
  subject: 's',
  language: 'en-US',
  paper: 'A4',
  createdAt: new Date('2026-11-02T00:00:00Z'),
  footer: 'Page {page} of {pages}',
  blocks: [{ kind: 'paragraph', spans: [{ text }] }],
});

describe('unbroken runs', () => {
  it('a run of 200 characters or more with no break opportunity is marked to break anywhere; ordinary text is left alone', () => {
    const word = 'x'.repeat(10_000);
    expect(splitUnbrokenRuns(`Order ${word} was late.`)).toEqual([
      { text: 'Order ' },
      { text: word, breakAll: true },
      { text: ' was late.' },
    ]);
    const ordinary = 'A normal sentence with https://sellercentral.amazon.com/orders-v3/order/114-6650281-3027419 in it.';
    expect(splitUnbrokenRuns(ordinary)).toEqual([{ text: ordinary }]);
    // CJK text breaks between characters already: not marked.
    expect(splitUnbrokenRuns('包装'.repeat(300))).toEqual([{ text: '包装'.repeat(300) }]);
    expect(splitUnbrokenRuns('')).toEqual([{ text: '' }]);
  });

  it('a 20,000-character word renders, every character on the page, wrapped within the page', async () => {
    const word = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
    const bytes = await renderPdf(doc(`Before ${word} after.`));
    const text = (await pdfText(bytes)).replace(/\s+/g, '').replace(/Page\d+of\d+/g, '');
    expect(text).toContain(`Before${word}after.`);
  }, 120_000);
});
