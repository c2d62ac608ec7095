// What the last consultant re-read of the unseen-5 cases left: each test changes one fact of a copy, renders the
// letter to PDF and DOCX and reads both back.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { type Document, parseDocument } from 'yaml';
import { createEnv } from '../../src/case/process-case.js';
import { renderDocx } from '../../src/render/docx.js';
import { renderPdf } from '../../src/render/pdf.js';
import { loadWordLists } from '../../src/rules/words.js';
import { flat, tempDir } from '../helpers/cli.js';
import { editedLetter, has, lacks } from '../helpers/edited-letter.js';
import { docxXml, paragraphTexts } from '../helpers/read-docx.js';
import { pageLines, pdfPageCount, pdfPages, pdfText } from '../helpers/read-pdf.js';
import { docxToPdf, soffice } from '../helpers/soffice.js';

vi.setConfig({ testTimeout: 180_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });

/** The letter of a copy of an unseen-5 case after `edit`. */
const letterOf = (id: string, edit?: (doc: Document) => void) => editedLetter(path.join('test/fixtures/unseen-5', id), env, edit);

const findings = (letter: { diagnostics: { ruleId: string; severity: string; message: string }[] }, rule: string) =>
  letter.diagnostics.filter((d) => d.ruleId === rule).map((d) => [d.severity, d.message]);

describe('the default date of a resubmission', () => {
  it('comes after the earlier appeal and its reply time, and no earlier than any measure starts', async () => {
    // Appeal sent 2026-11-15; PM2 starts 2026-12-01; the latest past date is 2026-11-14.
    const letter = await letterOf('northline-ca-related-agency');
    has(letter, '0148 December 1, 2026 Amazon Seller Performance Team', 'This plan of action replaces our appeal of November 15, 2026');
    lacks(letter, 'November 15, 2026 Amazon');
    expect(findings(letter, 'L29')).toEqual([]);
    // Measures that start sooner: the reply time after the earlier appeal decides.
    const soon = await letterOf('northline-ca-related-agency', (doc) => doc.setIn(['preventive_measures', 1, 'starts'], '2026-11-14'));
    has(soon, '0148 November 17, 2026 Amazon Seller Performance Team');
    expect(findings(soon, 'L29')).toEqual([]);
    // A first appeal keeps the latest date the case reports as past.
    const first = await letterOf('northline-ca-related-agency', (doc) => doc.deleteIn(['submission', 'previous_attempts']));
    has(first, '0148 November 14, 2026 Amazon Seller Performance Team');
  });

  it('L29 still reads an explicit date against the earlier appeal', async () => {
    const sameDay = await letterOf('northline-ca-related-agency', (doc) => doc.setIn(['letter', 'date'], '2026-11-15'));
    has(sameDay, '0148 November 15, 2026 Amazon Seller Performance Team');
    expect(findings(sameDay, 'L29')).toEqual([['info', 'the previous appeal was sent on 2026-11-15, the same day as this letter']]);
  });
});

describe('the retraction of a design complaint is told once', () => {
  it('by the ground that cites it, not again in the opening (the seller may still name it in an action)', async () => {
    const letter = await letterOf('ordnungsgut-de-design-cable-box');
    has(letter, 'The rights owner has retracted the complaint. After we sent the comparison on 19.11.2026');
    lacks(letter, 'retracted the complaint on 26 November 2026', 'received the retraction on');
    // Without that ground, the action cites it and the opening tells it first.
    const noGround = await letterOf('ordnungsgut-de-design-cable-box', (doc) => doc.deleteIn(['grounds', 1]));
    has(noGround, 'Tidyform Ltd. retracted the complaint on 26 November 2026 (Exhibit D).');
  });
});

describe("the template's words follow the seller's spelling of a word", () => {
  const emberwood = 'emberwood-au-br-rescheduled';
  /** Every "trademark" of the case's text written `form`. */
  const spelled = (form: string) => (doc: Document) => {
    doc.contents = parseDocument(doc.toString().replace(/(?<=[a-z ,.(])trademark(?=[\s,.])/g, form)).contents;
  };

  it('a British letter whose seller writes "trademark" says "Trademark:" too; one whose seller writes "trade mark" keeps it', async () => {
    const letter = await letterOf(emberwood);
    has(letter, 'Brand and trademark', 'Trademark: IP Australia 2398814 (application pending)', 'the trademark application');
    lacks(letter, 'trade mark', 'Trade mark');
    const british = await letterOf(emberwood, spelled('trade mark'));
    has(british, 'Brand and trade mark', 'Trade mark: IP Australia 2398814', 'the trade mark application');
    lacks(british, 'trademark', 'Trademark');
  });

  it('a seller who writes both forms leaves the letter its own spelling', async () => {
    const both = await letterOf(emberwood, (doc) =>
      doc.setIn(['root_causes', 0, 'title'], 'Application filed under our trading name instead of the trade mark applicant'),
    );
    has(both, 'Brand and trade mark', 'Trade mark: IP Australia 2398814', 'the trademark application');
  });
});

describe('documents the letter names where they belong', () => {
  it("a related-accounts letter encloses the account's identity documents in the linked-account section; L15 is satisfied", async () => {
    const letter = await letterOf('northline-ca-related-agency');
    has(
      letter,
      "To show who owns and runs our account, we enclose our business licence, the owner's ID and a utility bill for our address (Exhibits A, B and C).",
    );
    expect(findings(letter, 'L15')).toEqual([]);
    // Without the utility bill the sentence names what is left; without any, it is left out and nothing is said.
    const noBill = await letterOf('northline-ca-related-agency', (doc) => doc.deleteIn(['evidence', 4]));
    has(noBill, "we enclose our business licence and the owner's ID (Exhibits A and B).");
    const none = await letterOf('northline-ca-related-agency', (doc) => {
      for (const i of [4, 1, 0]) doc.deleteIn(['evidence', i]);
    });
    lacks(none, 'To show who owns and runs our account');
  });

  it('the registration of the right a complaint cites is cited beside its number (en, ja)', async () => {
    const letter = await letterOf('ordnungsgut-de-design-cable-box');
    has(letter, 'The complaint cites registered design RCD 009127745-0002 (Exhibit D), held by Tidyform Ltd.');
    expect(findings(letter, 'L15')).toEqual([['warning', 'evidence E5 is not cited anywhere in the letter']]);
    // A registration of another number is not the right cited.
    const other = await letterOf('ordnungsgut-de-design-cable-box', (doc) =>
      doc.setIn(['evidence', 0, 'title'], 'Registered Community Design 008811223-0001 (extract)'),
    );
    has(other, 'The complaint cites registered design RCD 009127745-0002, held by Tidyform Ltd.');
    expect(findings(other, 'L15')).toContainEqual(['warning', 'evidence E1 is not cited anywhere in the letter']);
    const ja = await letterOf('ordnungsgut-de-design-cable-box', (doc) => doc.set('language', 'ja'));
    has(ja, '（RCD 009127745-0002、資料 D）に基づく');
  });
});

describe('the heading over the third parties of a review-manipulation case', () => {
  const brightnest = 'brightnest-us-review-refund-group';
  const party = ['details', 'review_manipulation', 'third_parties'];
  const agency = { name: 'ReviewBoost Agency', email: 'hello@reviewboost.example' };

  it('says where the offers were posted over a group, engaged over an agency, involved over both (en, ja)', async () => {
    const group = await letterOf(brightnest);
    has(group, 'Where the offers were posted The offers were posted in the Facebook group');
    lacks(group, 'Third parties engaged');
    const both = await letterOf(brightnest, (doc) => doc.addIn(party, agency));
    has(both, 'Third parties involved The offers were posted in the Facebook group', 'We dealt with ReviewBoost Agency');
    const engaged = await letterOf(brightnest, (doc) => doc.setIn(party, doc.createNode([agency])));
    has(engaged, 'Third parties engaged We dealt with ReviewBoost Agency');
    const ja = await letterOf(brightnest, (doc) => doc.set('language', 'ja'));
    has(ja, 'レビュー依頼の投稿先 レビューの依頼は');
    lacks(ja, '関与した第三者');
  });
});

describe("L17: a translation filed as the invoice takes its original's supplier details", () => {
  const lumen = 'lumen-sg-authenticity-pens';
  const contactFindings = (letter: Awaited<ReturnType<typeof letterOf>>) =>
    findings(letter, 'L17').filter(([, message]) => message.includes('lacks the supplier'));
  /** E2, the Japanese invoice, filed as a receipt: its English translation E3 then stands as the invoice. */
  const receipt = (doc: Document) => {
    doc.setIn(['evidence', 1, 'kind'], 'receipt');
    doc.deleteIn(['evidence', 2, 'counterparty']);
  };

  it('needs no details of its own when the original gives them; without them and no supplier entry, it is reported', async () => {
    // Without the supplier entry too, so that only the original's counterparty gives the details.
    const letter = await letterOf(lumen, (doc) => {
      receipt(doc);
      doc.deleteIn(['details', 'supply_chain', 'suppliers', 1]);
    });
    expect(contactFindings(letter)).toEqual([]);
    has(letter, 'English translation of invoice TB-2026-1188');
    const bare = await letterOf(lumen, (doc) => {
      receipt(doc);
      doc.deleteIn(['evidence', 1, 'counterparty']);
      doc.deleteIn(['details', 'supply_chain', 'suppliers', 1]);
    });
    expect(contactFindings(bare)).toEqual([['error', "invoice E3 lacks the supplier's name, address, phone, website"]]);
  });
});

describe('pages: a heading keeps two lines of what follows, an item its detail line (PDF and DOCX)', () => {
  const schwarzwald = 'schwarzwald-de-late-3pl';
  /** The PDF's pages as flat text. */
  const pagesOf = async (letter: Awaited<ReturnType<typeof letterOf>>) =>
    (await pdfText(await renderPdf(letter.document))).split('\f').map(flat);
  /** The w:p element of the DOCX that holds `text`. */
  const paragraphWith = (xml: string, text: string) =>
    xml.split('</w:p>').find((p) => flat(paragraphTexts(`${p}</w:p>`).join('')).includes(text))!;
  const detailLine = /^(?:Completed on|In progress|In place since|Starts on) /;

  it('a long first root cause starts under its heading on page 1 and breaks; no detail line opens a page', async () => {
    const letter = await letterOf(schwarzwald);
    const pages = await pagesOf(letter);
    expect(pages[0]).toContain('Root causes 1. Orders with two parcels were not transferred to the new logistics partner.');
    // Each page's first body line after the footer of the one before is never an item's detail line alone.
    const pdf = await pdfPages(await renderPdf(letter.document));
    for (const page of pdf.slice(1)) expect(pageLines(page.items)[0]).not.toMatch(detailLine);
    // A longer first root cause still starts on page 1.
    const longer = await letterOf(schwarzwald, (doc) =>
      doc.setIn(['root_causes', 0, 'detail'], `${doc.getIn(['root_causes', 0, 'detail'])} ${doc.getIn(['root_causes', 0, 'detail'])}`),
    );
    expect((await pagesOf(longer))[0]).toContain('Root causes 1. Orders with two parcels');
    // The DOCX: the heading keeps with the next paragraph, the root cause may break.
    const xml = docxXml(await renderDocx(letter.document), 'word/document.xml');
    expect(paragraphWith(xml, 'Root causes')).toContain('<w:keepNext/>');
    expect(paragraphWith(xml, 'Orders with two parcels')).not.toContain('<w:keepLines/>');
    // An action and its detail line are one paragraph: it may break, and widow control keeps its last two lines.
    const action = paragraphWith(xml, 'Since 14.11.2026 our colleague compares');
    expect(action).toContain('<w:widowControl/>');
    expect(action).not.toContain('<w:keepLines/>');
  });

  it.runIf(soffice)('LibreOffice lays the DOCX out as the PDF: the heading on page 1, as many pages', async () => {
    const letter = await letterOf(schwarzwald);
    const dir = tempDir('appeal-leftovers-lo-');
    const file = path.join(dir, `${schwarzwald}.docx`);
    writeFileSync(file, await renderDocx(letter.document));
    const [laidOut] = docxToPdf([file], dir);
    const bytes = readFileSync(laidOut);
    const pages = (await pdfText(bytes)).split('\f').map(flat);
    expect(pages[0]).toContain('Root causes');
    expect(pages.length).toBe(await pdfPageCount(await renderPdf(letter.document)));
  });
});
