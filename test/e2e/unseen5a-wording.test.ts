// The unseen-5 cases (part a) a consultant read: honest cases no rule may block, and sentences that follow the
// facts. Each test changes one fact of a copy, renders the letter to PDF and DOCX and reads both back.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { type Document, parseDocument } from 'yaml';
import { checkCase, createEnv } from '../../src/case/process-case.js';
import { videoVerificationDocument } from '../../src/compose/documents/video-verification.js';
import { renderPdf } from '../../src/render/pdf.js';
import { loadWordLists } from '../../src/rules/words.js';
import { flat, tempDir } from '../helpers/cli.js';
import { expectReadyLetters } from '../helpers/ready-letters.js';
import { editedLetter, has, lacks, withJapaneseJoined, joinedJapanese } from '../helpers/edited-letter.js';
import { pdfText } from '../helpers/read-pdf.js';

vi.setConfig({ testTimeout: 180_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
const unseen5 = (id: string) => path.join('test/fixtures/unseen-5', id);

/** The letter of a copy of an unseen-5 case after `edit` (rendered whether or not the case has errors). */
const letterOf = (id: string, edit?: (doc: Document) => void) => editedLetter(unseen5(id), env, edit);

/** A Japanese letter's text without the spaces that its line ends leave between two Japanese characters. */
const japaneseLetterOf = async (id: string, edit?: (doc: Document) => void) => {
  const letter = await letterOf(id, edit);
  return withJapaneseJoined(letter);
};

const errorsOf = (letter: { diagnostics: { severity: string; ruleId: string; message: string }[] }, rule?: string) =>
  letter.diagnostics.filter((d) => d.severity === 'error' && (!rule || d.ruleId === rule)).map((d) => d.message);

describe('honest, well-formed cases render ready', () => {
  it('the three cases rules used to block (doubtful lot, approval of a compliant lot, a lot without invoice) build as ready letters', async () => {
    const ids = ['lumen-sg-authenticity-pens', 'minato-jp-pse-battery', 'shreeji-in-counterfeit-earbuds'];
    await expectReadyLetters('test/fixtures/unseen-5', ids);
  });
});

describe('L33: a restricted product asked back with the approval of a compliant new lot', () => {
  it('is no error with approval_required and the approval enclosed; is one without the approval', async () => {
    expect(errorsOf(await letterOf('minato-jp-pse-battery'), 'L33')).toEqual([]);
    const withoutApproval = await letterOf('minato-jp-pse-battery', (doc) => {
      doc.deleteIn(['details', 'restricted_product', 'approval_evidence']);
      doc.setIn(['evidence', 1, 'kind'], 'other');
    });
    expect(errorsOf(withoutApproval, 'L33')).toEqual([
      'a restricted-products case needs proof that the listings were removed or corrected',
    ]);
  });

  it('relisted-after-approval counts as asking back, without approval_required', async () => {
    const letter = await letterOf('minato-jp-pse-battery', (doc) => {
      doc.deleteIn(['details', 'restricted_product', 'approval_required']);
      doc.setIn(['details', 'restricted_product', 'inventory_disposition'], 'relisted-after-approval');
    });
    expect(errorsOf(letter, 'L33')).toEqual([]);
  });
});

describe('P5: the remedy of a restricted-products letter', () => {
  it('asks for the listings back when a compliant lot has its approval (ja), to clear the violation when the product is gone', async () => {
    const relisted = await japaneseLetterOf('minato-jp-pse-battery');
    has(relisted, 'ASIN B0FMNT10K2、B0FMNT20K8 の出品を再開していただけますよう');
    lacks(relisted, 'ポリシー違反をアカウントから解除');
    const gone = await japaneseLetterOf('minato-jp-pse-battery', (doc) => {
      doc.setIn(['details', 'restricted_product', 'approval_required'], false);
      doc.deleteIn(['details', 'restricted_product', 'approval_evidence']);
      doc.setIn(['evidence', 1, 'kind'], 'listing-deletion-confirmation');
    });
    has(gone, '本件のポリシー違反をアカウントから解除していただけますよう');
    lacks(gone, 'の出品を再開していただけますよう');
  });

  it('in English too', async () => {
    const letter = await letterOf('minato-jp-pse-battery', (doc) => {
      doc.set('language', 'en');
    });
    has(letter, 'to reinstate our listings for ASINs B0FMNT10K2 and B0FMNT20K8.');
    lacks(letter, 'clear this policy violation');
  });
});

describe('L17: invoices against the units sold, a declared doubtful lot and a translation', () => {
  it('the units sold from the declared doubtful lot are not asked of the invoices; more units short are', async () => {
    expect(errorsOf(await letterOf('lumen-sg-authenticity-pens'), 'L17')).toEqual([]);
    const short = await letterOf('lumen-sg-authenticity-pens', (doc) => doc.setIn(['asins', 3, 'units_sold'], 700));
    expect(errorsOf(short, 'L17')).toEqual([
      'invoices cover 200 units of B0FHSK09RF, fewer than the 700 sold (410 of them from the doubtful lot)',
    ]);
    const noLot = await letterOf('lumen-sg-authenticity-pens', (doc) => doc.deleteIn(['details', 'supply_chain', 'doubtful_lots']));
    expect(errorsOf(noLot, 'L17')).toEqual(['invoices cover 200 units of B0FHSK09RF, fewer than the 610 sold']);
  });

  it("a translation of an invoice needs no supplier details of its own: the original's are checked", async () => {
    const letter = await letterOf('lumen-sg-authenticity-pens', (doc) => doc.deleteIn(['evidence', 2, 'counterparty']));
    expect(errorsOf(letter, 'L17')).toEqual([]);
    // The original is checked: without its details, and with no supplier entry that gives them, it is reported.
    const original = await letterOf('lumen-sg-authenticity-pens', (doc) => {
      doc.deleteIn(['evidence', 1, 'counterparty']);
      doc.deleteIn(['details', 'supply_chain', 'suppliers', 1]);
    });
    expect(errorsOf(original, 'L17')).toEqual(["invoice E2 lacks the supplier's name, address, phone, website"]);
  });
});

describe('P3: a listing the letter cannot or does not ask back', () => {
  it('an ASIN stocked only from the doubtful lot is a warning, and the remedy leaves it out', async () => {
    const letter = await letterOf('shreeji-in-counterfeit-earbuds');
    expect(errorsOf(letter)).toEqual([]);
    expect(letter.diagnostics.filter((d) => d.ruleId === 'L33').map((d) => [d.severity, d.message])).toEqual([
      [
        'warning',
        'no supplier invoice covers cited ASIN B0FSNX33WH, whose stock came from the doubtful lot: the letter does not ask for its listing back',
      ],
    ]);
    has(letter, 'to reinstate our listings for ASINs B0FSNX11BT and B0FSNX22NB.');
    // The opening still names every listing the notice removed.
    has(letter, 'your notice removing our listings for ASINs B0FSNX11BT, B0FSNX22NB and B0FSNX33WH');
  });

  it('without the doubtful lot the ASIN is an error whose hint offers to close the listing', async () => {
    const letter = await letterOf('shreeji-in-counterfeit-earbuds', (doc) => doc.deleteIn(['details', 'supply_chain', 'doubtful_lots']));
    const l33 = letter.diagnostics.filter((d) => d.ruleId === 'L33' || d.ruleId === 'L12');
    expect(l33.map((d) => d.severity)).toEqual(['error', 'error']);
    for (const d of l33)
      expect(d.note).toContain('close the listing and say so in a corrective action (the letter will then not ask for it back)');
    has(letter, 'to reinstate our listings for ASINs B0FSNX11BT, B0FSNX22NB and B0FSNX33WH.');
  });

  it('a listing the seller closed is not asked back, in any listing-removal type', async () => {
    const closed = await letterOf('shreeji-in-counterfeit-earbuds', (doc) => {
      doc.deleteIn(['details', 'supply_chain', 'doubtful_lots']);
      doc.setIn(
        ['corrective_actions', 0, 'action'],
        'Closed the listing for B0FSNX33WH and handed the remaining 55 pcs back to the trader.',
      );
    });
    expect(errorsOf(closed)).toEqual([]);
    has(closed, 'to reinstate our listings for ASINs B0FSNX11BT and B0FSNX22NB.');
  });
});

describe('P4: the default letter date and earlier submissions', () => {
  it('without letter.date the letter is dated after the previous appeal; the same day set by hand is only a note', async () => {
    const letter = await letterOf('northline-ca-related-agency');
    // The date line, between the letterhead and the addressee: past the reply time and the last measure's start.
    has(letter, '0148 December 1, 2026 Amazon Seller Performance Team');
    expect(letter.diagnostics.filter((d) => d.ruleId === 'L29')).toEqual([]);
    const sameDay = await letterOf('northline-ca-related-agency', (doc) => doc.setIn(['letter', 'date'], '2026-11-15'));
    expect(sameDay.diagnostics.filter((d) => d.ruleId === 'L29').map((d) => d.severity)).toEqual(['info']);
  });

  it('a resolved order or a rescheduled call moves the default date; an explicit date before a previous appeal is warned', async () => {
    const rescheduled = await letterOf('emberwood-au-br-rescheduled', (doc) => {
      doc.deleteIn(['letter', 'date']);
      doc.setIn(['details', 'brand_registry', 'video_verification', 'reschedule_requested_at'], '2026-12-05 08:30');
    });
    has(rescheduled, '4411 5 December 2026 Amazon Brand Registry Support');
    const early = await letterOf('northline-ca-related-agency', (doc) => doc.setIn(['letter', 'date'], '2026-11-10'));
    expect(early.diagnostics.filter((d) => d.ruleId === 'L29').map((d) => [d.severity, d.message])).toEqual([
      ['warning', "the previous appeal was sent on 2026-11-15, after this letter's date 2026-11-10"],
    ]);
  });
});

describe('P9: the supply chain says what the case declares', () => {
  it('a doubtful lot gets its line, pointing at the root cause and actions; the authorisation is said of the supplier who holds it', async () => {
    const letter = await letterOf('lumen-sg-authenticity-pens');
    has(
      letter,
      'from the following suppliers, whose invoices are enclosed, with the brand authorisation held by Pen Republic Pte Ltd:',
      'Some of the stock we sold did not come from this supply chain: ASIN B0FHSK09RF: 600 units from another source; see root cause 1 and corrective actions 1 and 2.',
    );
    lacks(letter, 'whose invoices and brand authorisation are enclosed', 'we do not ask for its listing back');
    const bothAuthorised = await letterOf('lumen-sg-authenticity-pens', (doc) =>
      doc.setIn(['details', 'supply_chain', 'suppliers', 1, 'authorization_evidence'], ['E4']),
    );
    has(bothAuthorised, 'from the following suppliers, whose invoices and brand authorisation are enclosed:');
    const noLot = await letterOf('lumen-sg-authenticity-pens', (doc) => doc.deleteIn(['details', 'supply_chain', 'doubtful_lots']));
    lacks(noLot, 'did not come from this supply chain');
  });

  it('a lot that is the whole stock of its ASIN says that listing is not asked back', async () => {
    const letter = await letterOf('shreeji-in-counterfeit-earbuds');
    has(
      letter,
      'ASIN B0FSNX33WH: 150 units from another source; see root cause 1 and corrective action 1. No invoice covers this ASIN, so we do not ask for its listing back.',
    );
  });

  it('in Japanese', async () => {
    const letter = await japaneseLetterOf('shreeji-in-counterfeit-earbuds', (doc) => doc.set('language', 'ja'));
    has(
      letter,
      '販売した在庫の一部は、上記の仕入先以外から仕入れたものです。',
      'ASIN B0FSNX33WH：150個は別の仕入元から仕入れたものです。根本原因 1、是正措置 1をご参照ください。本ASINは請求書で仕入れを証明できないため、出品の再開はお願いしておりません。',
    );
    const lumen = await japaneseLetterOf('lumen-sg-authenticity-pens', (doc) => doc.set('language', 'ja'));
    has(lumen, '仕入先の請求書、およびPen Republic Pte Ltdがブランド権利者から受けた販売許諾書を添付いたします。');
  });
});

describe('P7: a resubmission says which appeal it replaces and the reply it answers', () => {
  it("quotes Amazon's feedback, says the date without it, and is silent on a first appeal (en, ja)", async () => {
    const letter = await letterOf('northline-ca-related-agency');
    has(
      letter,
      'This plan of action replaces our appeal of November 15, 2026 and answers your reply to it: “The appeal did not explain the relationship between the accounts.” We found two root causes.',
    );
    const noFeedback = await letterOf('northline-ca-related-agency', (doc) =>
      doc.deleteIn(['submission', 'previous_attempts', 0, 'feedback']),
    );
    has(noFeedback, 'This plan of action replaces our appeal of November 15, 2026 and answers your reply to it. We found');
    const first = await letterOf('northline-ca-related-agency', (doc) => doc.deleteIn(['submission', 'previous_attempts']));
    lacks(first, 'replaces our appeal');
    const ja = await japaneseLetterOf('northline-ca-related-agency', (doc) => {
      doc.set('language', 'ja');
      doc.setIn(['submission', 'previous_attempts', 0, 'feedback'], 'アカウント間の関係が説明されていません。');
    });
    has(
      ja,
      '本改善計画書は、2026年11月15日に提出した申し立てへのご回答（「アカウント間の関係が説明されていません」）を踏まえて改訂したものです。',
    );
  });
});

describe('P8, P15: what the notice took away, in its own terms', () => {
  it('an account review that stopped FBA shipments and held the funds asks for those by name (en, ja)', async () => {
    const letter = await letterOf('lumen-sg-authenticity-pens');
    has(letter, 'to conclude the account review, restore FBA shipment creation and release the funds held on our account.');
    lacks(letter, 'full selling privileges');
    const fundsOnly = await letterOf('lumen-sg-authenticity-pens', (doc) =>
      doc.setIn(
        ['notice', 'summary'],
        'Your account is under review because of authenticity complaints. Your funds are held during the review.',
      ),
    );
    has(fundsOnly, 'to conclude the account review and release the funds held on our account.');
    const plain = await letterOf('lumen-sg-authenticity-pens', (doc) =>
      doc.setIn(['notice', 'summary'], 'Your account is under review because of authenticity complaints.'),
    );
    has(plain, 'to conclude the account review and restore our full selling privileges.');
    const ja = await japaneseLetterOf('lumen-sg-authenticity-pens', (doc) => doc.set('language', 'ja'));
    has(ja, 'アカウントの審査を完了し、FBA納品プランの作成権限を再開し、保留されている売上金をお支払いいただけますよう、');
  });

  it('an account-at-risk notice is not called a deactivation threat (en, ja)', async () => {
    const letter = await letterOf('alsafwa-ae-vtr-courier');
    has(letter, 'we received your notice warning that our amazon.ae account is at risk.');
    lacks(letter, 'at risk of deactivation');
    const ja = await japaneseLetterOf('alsafwa-ae-vtr-courier', (doc) => doc.set('language', 'ja'));
    has(ja, 'アカウントへの警告に関する改善計画書', '当社のamazon.aeアカウントへの警告に関する通知');
    lacks(ja, '停止のおそれ');
  });
});

describe('P12: order tables', () => {
  it("leave out the Issue column when every row repeats the case type's defect, keep it when rows differ; labels capitalised", async () => {
    const late = await letterOf('schwarzwald-de-late-3pl');
    has(late, 'Orders concerned Order ASIN 302-4471890-2210573 B0FSWH4TB9 306');
    lacks(late, 'Issue', 'late shipment', 'Late shipment 3');
    const vtr = await letterOf('alsafwa-ae-vtr-courier');
    lacks(vtr, 'Issue', 'invalid tracking', 'Invalid tracking');
    const mixed = await letterOf('alsafwa-ae-vtr-courier', (doc) => doc.setIn(['orders', 0, 'defect'], 'late-shipment'));
    has(mixed, 'Order ASIN Issue', 'Late shipment', 'Invalid tracking');
    const odr = await letterOf('harbourhearth-uk-odr-sizes');
    has(odr, 'Negative feedback', 'A-to-z Guarantee claim');
    lacks(odr, 'negative feedback');
    const ja = await japaneseLetterOf('alsafwa-ae-vtr-courier', (doc) => doc.set('language', 'ja'));
    lacks(ja, '問題の内容', '無効な追跡番号');
  });
});

describe('P13: the closing does not restate the opening', () => {
  it('asks only for the remedy after the template opening; restates the status after a case-written opening (en, ja)', async () => {
    const letter = await letterOf('ridgeback-us-atoz-returns');
    has(letter, 'We respectfully ask you to review this plan of action and to');
    lacks(letter, 'Every corrective action above is complete', 'every preventive measure is in place', 'under way as stated');
    const own = await letterOf('ridgeback-us-atoz-returns', (doc) =>
      doc.setIn(['letter', 'opening'], 'We write about the A-to-z Guarantee claims on our account.'),
    );
    has(
      own,
      'Every corrective action above is complete, and the preventive measures are in place or start on the dates given. We respectfully ask you',
    );
    const later = await letterOf('alsafwa-ae-vtr-courier', (doc) => doc.setIn(['letter', 'opening'], 'We write about our tracking.'));
    has(
      later,
      'The corrective actions above are complete or under way as stated, and the preventive measures are in place or start on the dates given.',
    );
    const ja = await japaneseLetterOf('minato-jp-pse-battery');
    has(ja, '本改善計画書をご確認のうえ、ASIN B0FMNT10K2、B0FMNT20K8 の出品を再開していただけますよう');
    lacks(ja, '上記のとおり');
  });
});

describe('P10: a day and month ("02.11.") ends no sentence', () => {
  it('L46 reads "from 02.11. until 13.11.2026" as one sentence; a real lower-case sentence is still found', async () => {
    const letter = await letterOf('schwarzwald-de-late-3pl');
    expect(letter.diagnostics.filter((d) => d.ruleId === 'L46')).toEqual([]);
    const lower = await letterOf('schwarzwald-de-late-3pl', (doc) =>
      doc.setIn(
        ['root_causes', 1, 'detail'],
        'The handling time stayed at 1 day. then the new warehouse collected bulky goods twice a week.',
      ),
    );
    expect(lower.diagnostics.filter((d) => d.ruleId === 'L46').map((d) => d.message)).toEqual([
      'root cause RC2 has a sentence that starts with a lower-case letter: "then the new warehouse collected bulky goods twice …"',
    ]);
  });
});

/** The video-verification sheet of a copy of an unseen-5 case after `edit`, read back from its PDF. */
async function videoSheetOf(id: string, edit: (doc: Document) => void = () => {}): Promise<string> {
  const dir = path.join(tempDir('appeal-video-'), id);
  cpSync(unseen5(id), dir, { recursive: true });
  const file = path.join(dir, 'case.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  edit(doc);
  writeFileSync(file, doc.toString());
  const { checked } = await checkCase(file, env);
  const sheet = videoVerificationDocument(checked!.case, checked!.templates.strings)!;
  return flat(await pdfText(await renderPdf(sheet)));
}

describe('P14: the booked call, its time zone and its reschedule', () => {
  const video = ['details', 'brand_registry', 'video_verification'];

  it('the sheet says the call was moved and when we asked', async () => {
    const text = await videoSheetOf('emberwood-au-br-rescheduled');
    has(
      { pdf: text, docx: text },
      'Call booked for 9 December 2026, 11:00',
      'Moved once, at our request of 3 December 2026, 08:30; the time above is the new one',
    );
  });

  it('a time zone written after the time is shown in the letter and the sheet, with the reschedule limit', async () => {
    const zoned = (doc: Document) => doc.setIn([...video, 'scheduled_at'], '2026-12-09 11:00 AEDT');
    const letter = await letterOf('emberwood-au-br-rescheduled', zoned);
    has(letter, '9 December 2026, 11:00 AEDT');
    const text = await videoSheetOf('emberwood-au-br-rescheduled', zoned);
    has({ pdf: text, docx: text }, 'Call booked for 9 December 2026, 11:00 AEDT', '7 December 2026, 11:00 AEDT');
    const offset = await letterOf('emberwood-au-br-rescheduled', (doc) => doc.setIn([...video, 'scheduled_at'], '2026-12-09T11:00+11:00'));
    has(offset, '9 December 2026, 11:00 UTC+11:00');
  });

  it('in Japanese', async () => {
    const text = joinedJapanese(await videoSheetOf('emberwood-au-br-rescheduled', (doc) => doc.set('language', 'ja')));
    has({ pdf: text, docx: text }, '日時の変更', '2026年12月3日 08:30に当社から依頼して1回変更済み（上記は変更後の日時）');
  });
});

describe('the approval line of a restricted product (ja)', () => {
  it('has no two parentheses in a row and calls a conformity certificate no 承認書', async () => {
    const letter = await japaneseLetterOf('minato-jp-pse-battery');
    has(letter, '承認：必要、証明書類を添付（資料 A）');
    lacks(letter, '承認書を添付', '）（資料');
  });
});
