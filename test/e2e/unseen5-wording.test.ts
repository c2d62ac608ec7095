// Wording that follows the facts, on the unseen-5 cases (untuned, written the way sellers write them): each test
// changes one fact in a copy of a case, renders the letter (or the checklist) to PDF and DOCX and reads both back.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { type Document, parseDocument } from 'yaml';
import { type CheckedCase, checkCase, createEnv } from '../../src/case/process-case.js';
import type { DocumentModel } from '../../src/model/document.js';
import { checklistDocument } from '../../src/compose/documents/checklist.js';
import { retractionRequestDocument } from '../../src/compose/documents/retraction-request.js';
import { renderDocx } from '../../src/render/docx.js';
import { renderPdf } from '../../src/render/pdf.js';
import { loadWordLists } from '../../src/rules/words.js';
import { flat, tempDir } from '../helpers/cli.js';
import { editedLetter, has, lacks } from '../helpers/edited-letter.js';
import { docxText } from '../helpers/read-docx.js';
import { pdfText } from '../helpers/read-pdf.js';

vi.setConfig({ testTimeout: 120_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
const unseen5 = (id: string) => path.join('test/fixtures/unseen-5', id);

/** Spaces that line ends leave between two Japanese characters, taken out. */
const joined = (text: string) => text.replace(/(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])/g, '');

const letterOf = (id: string, edit?: (doc: Document) => void) => editedLetter(unseen5(id), env, edit);
const japaneseLetterOf = async (id: string, edit?: (doc: Document) => void) => {
  const letter = await letterOf(id, edit);
  return { ...letter, pdf: joined(letter.pdf), docx: joined(letter.docx) };
};

/** A pack document of a copy of an unseen-5 case after `edit`, as PDF and DOCX text. */
async function packDocumentOf(id: string, edit: (doc: Document) => void, make: (checked: CheckedCase) => DocumentModel) {
  const dir = path.join(tempDir('appeal-pack-document-'), id);
  cpSync(unseen5(id), dir, { recursive: true });
  const file = path.join(dir, 'case.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  edit(doc);
  writeFileSync(file, doc.toString());
  const { checked } = await checkCase(file, env);
  const document = make(checked!);
  const [pdf, docx] = await Promise.all([renderPdf(document), renderDocx(document)]);
  return { pdf: joined(flat(await pdfText(pdf))), docx: joined(flat(docxText(docx))) };
}

/** The checklist of a copy of an unseen-5 case after `edit`. */
const checklistOf = (id: string, edit: (doc: Document) => void) =>
  packDocumentOf(id, edit, (checked) => checklistDocument(checked.case, checked.evidence, checked.templates.strings, { boxes: [] }));

describe('a release of FBA inventory is asked for as inventory, not as funds (hartwell)', () => {
  const hartwell = 'hartwell-uk-fba-inventory-release';
  const release = (value: string) => (doc: Document) => {
    doc.setIn(['notice', 'release'], value);
    doc.delete('closing');
  };

  it('release: inventory: subject, opening and closing say FBA inventory; no funds', async () => {
    const letter = await letterOf(hartwell, release('inventory'));
    has(
      letter,
      'Request to release the FBA inventory held on our amazon.co.uk account (Seller Performance case 17723309451)',
      'we received your notice holding the FBA inventory of our amazon.co.uk account.',
      'release the FBA inventory held on our account.',
    );
    lacks(letter, 'release the funds', 'disbursements');
  });

  it('funds-and-inventory: both, with the amount; funds (the default) as before', async () => {
    const both = await letterOf(hartwell, (doc) => {
      release('funds-and-inventory')(doc);
      doc.setIn(['notice', 'amount'], 'GBP 8,412.60');
    });
    has(
      both,
      'Request to release the funds and FBA inventory held on our amazon.co.uk account',
      'holding the disbursements and the FBA inventory of our amazon.co.uk account',
      'release the GBP 8,412.60 and the FBA inventory held on our account.',
    );
    const funds = await letterOf(hartwell, (doc) => doc.delete('closing'));
    has(funds, 'Request to release the funds held on our amazon.co.uk account', 'release the funds held on our account.');
    lacks(funds, 'FBA inventory held on our');
  });

  it('in Japanese: FBA在庫の保留解除, not お支払い', async () => {
    const letter = await japaneseLetterOf(hartwell, (doc) => {
      release('inventory')(doc);
      doc.set('language', 'ja');
    });
    has(
      letter,
      'FBA在庫の保留解除のお願い',
      '当社のamazon.co.ukアカウントのFBA在庫の保留',
      '保留されているFBA在庫を解除していただけますよう',
    );
    lacks(letter, '売上金');
  });

  it('the checklist tells how to remove the inventory, and gives no funds window when only inventory is asked', async () => {
    const inventory = await checklistOf(hartwell, release('inventory'));
    for (const text of [inventory.pdf, inventory.docx]) {
      expect(text).toContain('FBA inventory: the removal order');
      expect(text).toContain('ask payments-investigate@amazon.co.uk for a removal list');
      expect(text).not.toContain('Amazon pays out held funds');
    }
    const funds = await checklistOf(hartwell, () => {});
    for (const text of [funds.pdf, funds.docx]) {
      expect(text).toContain('Amazon pays out held funds');
      expect(text).not.toContain('removal order');
    }
    const ja = await checklistOf(hartwell, (doc) => {
      release('funds-and-inventory')(doc);
      doc.set('language', 'ja');
    });
    for (const text of [ja.pdf, ja.docx]) {
      expect(text).toContain('返送/所有権の放棄依頼を作成');
      expect(text).toContain('登録済みの口座へ支払う');
    }
  });
});

describe('rules name the real gap and read the facts where the case gives them', () => {
  const codes = (letter: { diagnostics: { message: string; severity: string }[] }) =>
    letter.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);

  it('L22: the reviewer spreadsheet named in spreadsheet_evidence is the list of reviews; no list at all is named as such', async () => {
    const brightnest = await letterOf('brightnest-us-review-refund-group');
    expect(codes(brightnest).filter((m) => m.includes('review-manipulation details'))).toEqual([]);
    has(brightnest, 'Exhibit A');
    const noList = await letterOf('brightnest-us-review-refund-group', (doc) => {
      doc.deleteIn(['details', 'review_manipulation', 'spreadsheet_evidence']);
      doc.setIn(['evidence', 0, 'kind'], 'other');
    });
    expect(codes(noList)).toContain('the review-manipulation details lack the reviewer spreadsheet');
    expect(codes(noList).join('\n')).not.toContain('reviews obtained and still live');
  });

  it("L17: the invoice's supplier contact comes from the supplier that lists the invoice, or bears its issuer's name", async () => {
    const lacks = (letter: { diagnostics: { message: string }[] }) =>
      letter.diagnostics.filter((d) => /invoice E5 lacks/.test(d.message)).map((d) => d.message);
    expect(lacks(await letterOf('licuamex-mx-returned-blenders'))).toEqual([]);
    const byIssuer = await letterOf('licuamex-mx-returned-blenders', (doc) =>
      doc.deleteIn(['details', 'supply_chain', 'suppliers', 0, 'invoice_evidence']),
    );
    expect(lacks(byIssuer)).toEqual([]);
    const noPhone = await letterOf('licuamex-mx-returned-blenders', (doc) =>
      doc.deleteIn(['details', 'supply_chain', 'suppliers', 0, 'phone']),
    );
    expect(lacks(noPhone)).toEqual(["invoice E5 lacks the supplier's phone"]);
  });
});

describe('an action in progress keeps the date it is to be completed by (oudalnoor CA3)', () => {
  const oudalnoor = 'oudalnoor-sa-perfume-damaged';

  it('prints "In progress, to be completed by <date>" in English and 完了予定 in Japanese', async () => {
    const letter = await letterOf(oudalnoor);
    has(letter, 'In progress, to be completed by 12 December 2026');
    const ja = await japaneseLetterOf(oudalnoor, (doc) => {
      doc.set('language', 'ja');
      doc.set('marketplace', 'JP');
    });
    has(ja, '実施中（2026年12月12日完了予定）');
  });

  it('without a date after the letter, "In progress" alone, and a warning for a past date', async () => {
    const undated = await letterOf(oudalnoor, (doc) => doc.deleteIn(['corrective_actions', 2, 'done_on']));
    has(undated, 'In progress');
    lacks(undated, 'to be completed by');
    const past = await letterOf(oudalnoor, (doc) => doc.setIn(['corrective_actions', 2, 'done_on'], '2026-11-28'));
    lacks(past, 'to be completed by');
    expect(past.diagnostics.map((d) => d.message)).toContain(
      'corrective action CA3 is in progress but its done_on 2026-11-28 is not after the letter date 2026-12-01',
    );
  });
});

describe('a used-sold-as-new letter names the orders concerned (licuamex)', () => {
  it('the orders table lists the orders the case gives, and is left out when it gives none', async () => {
    const letter = await letterOf('licuamex-mx-returned-blenders');
    has(letter, 'Orders concerned', '701-3382014-5560127', '702-9917203-4418835');
    const none = await letterOf('licuamex-mx-returned-blenders', (doc) => doc.delete('orders'));
    lacks(none, 'Orders concerned', '701-3382014-5560127');
  });
});

describe('a notice summary of several sentences is not spliced after "The notice says that" (outbackglow)', () => {
  const outbackglow = 'outbackglow-au-lantern-lumens';

  it('a last sentence that only restates the removal is left out', async () => {
    const letter = await letterOf(outbackglow);
    has(
      letter,
      'The notice says that customers reported that the item they received was materially different from the detail page. We found',
    );
    lacks(letter, 'Listing B0DOG3LT88 has been removed');
  });

  it("a later sentence is said to be the notice's too, unless it names its own source", async () => {
    const letter = await letterOf(outbackglow, (doc) =>
      doc.setIn(
        ['notice', 'summary'],
        'Customers reported that the item they received was materially different from the detail page. The listing claims 1000 lumens. Amazon asks for a plan of action.',
      ),
    );
    has(
      letter,
      'The notice says that customers reported that the item they received was materially different from the detail page. It also says that the listing claims 1000 lumens. Amazon asks for a plan of action.',
    );
  });
});

describe('a design dispute with the retraction received (ordnungsgut)', () => {
  const ordnungsgut = 'ordnungsgut-de-design-cable-box';

  it('a ground that cites the retraction tells it; the opening tells it first only when an action alone cites it', async () => {
    const letter = await letterOf(ordnungsgut);
    has(letter, 'The rights owner has retracted the complaint. After we sent the comparison');
    lacks(letter, 'Tidyform Ltd. retracted the complaint on', 'We asked the rights owner to retract the complaint on');
    const byAction = await letterOf(ordnungsgut, (doc) => doc.deleteIn(['grounds', 1]));
    has(byAction, 'Tidyform Ltd. retracted the complaint on 26 November 2026 (Exhibit A). We believe the notice was issued in error');
    const uncited = await letterOf(ordnungsgut, (doc) => {
      doc.deleteIn(['grounds', 1]);
      doc.deleteIn(['corrective_actions', 1, 'evidence']);
    });
    has(uncited, 'We asked the rights owner to retract the complaint on 19 November 2026 and received the retraction on 26 November 2026');
    lacks(uncited, 'Tidyform Ltd. retracted the complaint');
    const ja = await japaneseLetterOf(ordnungsgut, (doc) => {
      doc.set('language', 'ja');
      doc.set('marketplace', 'JP');
      doc.deleteIn(['grounds', 1]);
    });
    has(ja, 'は2026年11月26日に本申し立てを取り下げております（資料 A）。当社は、以下の2点の理由により');
  });

  it('a design registered at the EUIPO (or an RCD number) is a registered design; a US design patent stays one', async () => {
    const letter = await letterOf(ordnungsgut);
    has(letter, 'Notice dispute: Registered design complaint', 'The complaint cites registered design RCD 009127745-0002');
    lacks(letter, 'design patent');
    const us = await letterOf(ordnungsgut, (doc) => {
      doc.setIn(['details', 'ip_complaint', 'ip_office'], 'USPTO');
      doc.setIn(['details', 'ip_complaint', 'ip_number'], 'US D987,654 S');
    });
    has(us, 'Notice dispute: Design patent complaint', 'The complaint cites design patent US D987,654 S');
  });
});

describe('Japanese: 出品停止, no space left by folding, no second name for a document (mizukaze)', () => {
  const mizukaze = 'mizukaze-jp-humidifier-leak';

  it('a listing removal is 出品の停止 in the subject and the opening', async () => {
    const letter = await letterOf(mizukaze);
    has(letter, 'ASIN B0DMZ8HU42 の出品の停止に関する改善計画書', 'の出品の停止に関する通知を拝受いたしました');
    lacks(letter, '出品の削除');
  });

  it('no space after a Japanese full stop where YAML folded the line', async () => {
    const letter = await letterOf(mizukaze);
    // Read from the document written (a PDF's line ends read back as spaces too).
    const text = JSON.stringify(letter.document.blocks);
    expect(text).toContain('ありました。10月1日');
    expect(text).not.toMatch(/。 \d/);
    has(letter, 'ありました。');
  });

  it('a title that names its own kind of document takes no evidence-kind suffix; one that does not keeps it', async () => {
    const letter = await letterOf(mizukaze);
    has(letter, '資料 A：漏れの原因調査報告書', '資料 B：苦情と返品の一覧', '資料 C：返金・交換の記録');
    lacks(letter, '（試験成績書）', '一覧（返金・交換の記録）');
    const untyped = await letterOf(mizukaze, (doc) => doc.setIn(['evidence', 0, 'title'], '漏れの原因の調査'));
    has(untyped, '資料 A：漏れの原因の調査（試験成績書）');
  });
});

describe('a policy warning that names its policy is a warning under that policy (maisonlune)', () => {
  const maisonlune = 'maisonlune-fr-messaging-links';

  it('the subject and the opening name the policy; a policy given as a category or none keeps "policy warning"', async () => {
    const letter = await letterOf(maisonlune);
    has(
      letter,
      'Plan of Action: Warning under the Buyer-Seller Communications Guidelines (Avertissement 5501-BSM-FR)',
      'your notice issuing a warning under the Buyer-Seller Communications Guidelines to our amazon.fr account',
    );
    const category = await letterOf(maisonlune, (doc) => doc.setIn(['notice', 'policy'], 'Buyer-Seller Messaging, external links'));
    has(category, 'Plan of Action: Policy warning', 'issuing a policy warning to our amazon.fr account');
    const ja = await japaneseLetterOf(maisonlune, (doc) => {
      doc.set('language', 'ja');
      doc.set('marketplace', 'JP');
    });
    has(ja, 'Buyer-Seller Communications Guidelinesに基づく警告');
  });
});

describe("an owner written as the signatory's title is the signatory by name (brightnest)", () => {
  it('"Owner: Owner" becomes "Owner: Derek Holloway"; another owner is kept as written', async () => {
    const letter = await letterOf('brightnest-us-review-refund-group');
    has(letter, 'Owner: Derek Holloway');
    lacks(letter, 'Owner: Owner');
    const other = await letterOf('brightnest-us-review-refund-group', (doc) =>
      doc.setIn(['preventive_measures', 0, 'owner'], 'Customer service lead'),
    );
    has(other, 'Owner: Customer service lead');
  });
});

describe('the retraction request to the rights owner (kaffenord)', () => {
  it('does not tell the owner about its own request, dates and listings read as in the letter', async () => {
    const request = await packDocumentOf(
      'kaffenord-se-trademark-capsules',
      () => {},
      (checked) => retractionRequestDocument(checked.case, checked.letter, checked.templates.strings)!,
    );
    for (const text of [request.pdf, request.docx]) {
      expect(text).toContain('removed our listings for ASINs B0DKN4CP17 and B0DKN4CP24');
      expect(text).not.toContain('Wrote to the rights owner');
      expect(text).not.toMatch(/\b2026-\d\d-\d\d\b/);
    }
  });
});

describe('warnings for what the sellers wrote (rule gaps seen on unseen-5)', () => {
  const messages = (letter: { diagnostics: { message: string; severity: string }[] }) =>
    letter.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);

  it('carrier blame inside a root cause (oudalnoor, L07)', async () => {
    expect(messages(await letterOf('oudalnoor-sa-perfume-damaged'))).toContain('the letter blames others: "courier is also handling"');
  });

  it('a measure in place worded as a promise (brightnest, L05)', async () => {
    expect(messages(await letterOf('brightnest-us-review-refund-group')).join('\n')).toMatch(
      /preventive measure PM1 is in place since 2026-11-25 but is worded as a promise \("we will"\)/,
    );
  });

  it('every measure starting after the letter date (outbackglow, L05), and not once one has started', async () => {
    expect(messages(await letterOf('outbackglow-au-lantern-lumens'))).toContain(
      'no preventive measure has started by the letter date 2026-12-03: the first starts on 2026-12-15',
    );
    const started = await letterOf('outbackglow-au-lantern-lumens', (doc) => doc.setIn(['preventive_measures', 0, 'starts'], '2026-12-01'));
    expect(messages(started).join('\n')).not.toContain('no preventive measure has started');
  });
});

describe('a funds-held case whose closing asks for the inventory is told to say so (hartwell, L33)', () => {
  it('is an error without notice.release (the letter would ask for the funds), none with release: inventory', async () => {
    const warning = 'the closing asks for the FBA inventory, but without notice.release the letter asks Amazon to release the funds';
    const asWritten = await letterOf('hartwell-uk-fba-inventory-release');
    expect(asWritten.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toContain(warning);
    const released = await letterOf('hartwell-uk-fba-inventory-release', (doc) => doc.setIn(['notice', 'release'], 'inventory'));
    expect(released.diagnostics.map((d) => d.message)).not.toContain(warning);
    has(released, 'As our funds have already been paid out, we only ask you to release our FBA inventory');
  });
});
