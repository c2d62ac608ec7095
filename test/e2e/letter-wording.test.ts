// The letter's fixed wording follows each case: variants of the unseen cases and the samples, each changing
// one fact (a measure's start date, an exhibit, the video booking, whom an authorisation names, the notice,
// the marketplace, the language), rendered to PDF and DOCX and read back from both.
import path from 'node:path';
import type { Document } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { createEnv } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';
import type { Block } from '../../src/model/document.js';
import { both, type EditedLetter, editedLetter } from '../helpers/edited-letter.js';

vi.setConfig({ testTimeout: 90_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
const unseen = (id: string) => path.join('test/fixtures/unseen', id);
const sample = (id: string) => path.join('cases', id);

/**
 * The letter of a copy of `source` after `edit`, with `allow` entries for the rules that would block it for
 * reasons outside its wording (other tests' subject); it has no error.
 */
async function letterOf(source: string, edit: (doc: Document) => void = () => {}, allow: string[] = []): Promise<EditedLetter> {
  const letter = await editedLetter(source, env, (doc) => {
    edit(doc);
    if (allow.length)
      doc.setIn(
        ['letter', 'allow'],
        allow.map((rule) => ({ rule, reason: 'not what this test is about' })),
      );
  });
  expect(letter.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId} ${d.message}`)).toEqual([]);
  return letter;
}

/** Every text of the document model (spans, table cells), as written: non-breaking spaces kept. */
function modelText(blocks: Block[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
        case 'paragraph':
          return b.spans.map((s) => s.text).join('');
        case 'list':
          return b.items.map(modelText).join('\n');
        case 'table':
          return [
            b.columns.map((c) => c.title.map((s) => s.text).join('')),
            ...b.rows.map((r) => r.map((cell) => cell.map((s) => s.text).join(''))),
          ]
            .map((r) => r.join(' | '))
            .join('\n');
        case 'letterhead':
          return [b.name, ...b.lines].join('\n');
        default:
          return '';
      }
    })
    .join('\n');
}

// Japanese lines wrap without a space, so text with CJK characters is compared with white space removed.
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const comparable = (text: string, wanted: string) =>
  cjk.test(wanted) ? [text.replace(/\s+/g, ''), wanted.replace(/\s+/g, '')] : [text, wanted];
const has = (letter: EditedLetter, ...texts: string[]) =>
  both(letter, (t, f) =>
    texts.forEach((x) => {
      const [a, b] = comparable(t, x);
      expect(a, `${f} lacks "${x}"`).toContain(b);
    }),
  );
const lacks = (letter: EditedLetter, ...texts: string[]) =>
  both(letter, (t, f) =>
    texts.forEach((x) => {
      const [a, b] = comparable(t, x);
      expect(a, `${f} has "${x}"`).not.toContain(b);
    }),
  );
const japanese = (doc: Document) => doc.set('language', 'ja');

describe('"now in place" only when every measure has started by the letter date', () => {
  it('a measure starting after the letter date: the opening and closing give the start dates', async () => {
    // boxwell: letter November 24, PM2 starts November 25.
    const letter = await letterOf(unseen('boxwell-fba-shipment-other'), (d) => d.delete('closing'));
    has(
      letter,
      'We have put one of the two preventive measures in place; the other starts on November 25, 2026.',
      'Starts on November 25, 2026',
    );
    lacks(letter, 'now in place', 'every preventive measure is in place', 'in operation');
  });

  it('every measure started: "all in place by" the last start', async () => {
    const letter = await letterOf(unseen('boxwell-fba-shipment-other'), (d) => {
      d.delete('closing');
      d.setIn(['preventive_measures', 1, 'starts'], '2026-11-24');
    });
    has(letter, 'We completed the corrective action on November 21, 2026. The two preventive measures were in place by November 24, 2026.');
    lacks(letter, 'start on the dates given', 'the other starts on');
  });

  it('no measure started yet: the measures are introduced with their start dates (glowpeak, 17 future measures)', async () => {
    const letter = await letterOf(unseen('glowpeak-review-manipulation'), (d) => d.delete('closing'));
    has(letter, 'The 17 preventive measures start between December 7, 2026 and January 4, 2027.');
    lacks(letter, 'now in place', 'every preventive measure is in place');
  });

  it('in Japanese too: no 「運用を開始しております」 when a measure starts later (hanamori, PM2 from December 1)', async () => {
    const later = await letterOf(unseen('hanamori-jp-used-as-new'), (d) => d.delete('closing'));
    has(later, '2件の再発防止策のうち1件は運用中で、残る1件は2026年12月1日に運用を開始いたします。');
    lacks(later, '運用を開始しております');
    const started = await letterOf(unseen('hanamori-jp-used-as-new'), (d) => {
      d.delete('closing');
      d.setIn(['preventive_measures', 1, 'starts'], '2026-11-15');
    });
    has(started, '2件の再発防止策は2026年11月15日までにすべて運用を開始しております。');
  });
});

describe('the Brand Registry video sentence follows the booking', () => {
  const video = ['details', 'brand_registry', 'video_verification'];

  it('booked: "booked for" the formatted date and time, never "will book"', async () => {
    const letter = await letterOf(unseen('tidewick-br-booked'));
    has(
      letter,
      'the call is booked for December 4, 2026, 10:00.',
      'He Jun (authorized agent) will attend the call and show the documents in Exhibits B and C.',
    );
    lacks(letter, 'will book', '2026-12-04');
  });

  it('slots proposed: the times are listed, no booking deadline', async () => {
    const letter = await letterOf(unseen('tidewick-br-booked'), (d) => {
      d.deleteIn([...video, 'scheduled_at']);
      d.setIn([...video, 'slots'], ['2026-12-01 09:00', '2026-12-02 14:00', '2026-12-03T20:00']);
    });
    has(letter, 'proposed these times for the call:', 'December 1, 2026, 09:00', 'December 2, 2026, 14:00', 'December 3, 2026, 20:00');
    lacks(letter, 'will book', 'booked for');
  });

  it('invited only: "will book the call by" the deadline (7 working days after the invitation)', async () => {
    const letter = await letterOf(unseen('tidewick-br-booked'), (d) => d.deleteIn([...video, 'scheduled_at']));
    has(letter, 'We received the invitation to a video verification on November 23, 2026 and will book the call by December 2, 2026.');
    lacks(letter, 'booked for', 'proposed these times');
  });

  it('the slots of the unseen lumiwell case and the invitation of vantosa', async () => {
    has(await letterOf(unseen('lumiwell-br-slots')), 'proposed these times for the call:', 'November 30, 2026, 09:30');
    const vantosa = await letterOf(unseen('vantosa-br-invited'), () => {}, ['L25']);
    has(vantosa, 'and will book the call by December 2, 2026.');
    lacks(vantosa, 'booked for');
  });
});

describe('an IP position claims authorisation only with a letter of authorisation naming the seller', () => {
  it("a distributor's certificate (solstar): the distributor route, no authorised-seller claim", async () => {
    const letter = await letterOf(unseen('solstar-ip-distributor'));
    has(
      letter,
      'We sell genuine products of Aureline Home Inc., bought from Guangzhou Huaxin Textile Trading Co., Ltd., which Aureline Home Inc. names as its authorized distributor.',
      "The distributor's certificate and our purchase invoices are enclosed (Exhibits A and B).",
    );
    lacks(letter, 'authorized seller', 'authorised seller');
  });

  it('a letter of authorisation naming the seller: the authorised-seller position', async () => {
    const letter = await letterOf(unseen('solstar-ip-distributor'), (d) => {
      d.setIn(['evidence', 0, 'title'], 'Aureline Home Inc. letter of authorization for Solstar Home Living, 2026');
      d.setIn(['evidence', 0, 'highlights'], ['Authorized seller Solstar Home Living', 'Validity']);
    });
    has(
      letter,
      'We sell genuine products as an authorized seller of Aureline Home Inc.; the letter of authorization naming our company is enclosed (Exhibit A).',
    );
    lacks(letter, 'names as its authorized distributor');
  });

  it('the same in the supply chain: a reseller with its own letter (hexi) and one without (fengda)', async () => {
    has(
      await letterOf(unseen('hexi-authenticity-review')),
      "The brand owner's letter of authorization naming our company is enclosed as well (Exhibit C).",
    );
    const fengda = await letterOf(unseen('fengda-counterfeit-invoice-gap'), () => {}, ['L17', 'L18', 'L33']);
    has(fengda, 'We buy the products from the following supplier, whose invoices are enclosed:');
    lacks(fengda, 'authorization are enclosed', 'authorisation are enclosed', 'naming our company');
  });
});

describe('addressee, title and remedy by the notice', () => {
  it('a listing removal for product quality: Seller Performance (product policy), the listings', async () => {
    const letter = await letterOf(unseen('lichtwerk-product-quality'), (d) => d.delete('closing'));
    has(
      letter,
      'Amazon Seller Performance Team (Product Policy)',
      'Dear Seller Performance Team,',
      'Plan of Action: Removal of our listings for ASINs B0CLW7DL2E and B0CLW7DL5F',
      'to reinstate our listings for ASINs B0CLW7DL2E and B0CLW7DL5F.',
    );
    lacks(letter, 'Notice Dispute', 'reinstate our account');
    const ja = await letterOf(unseen('lichtwerk-product-quality'), (d) => (d.delete('closing'), japanese(d)));
    has(ja, 'Amazon 出品者パフォーマンスチーム（商品ポリシー担当）御中', 'ASIN B0CLW7DL2E、B0CLW7DL5F の出品を再開していただけますよう');
    lacks(ja, 'アカウントの再開', '通知異議申し立て');
  });

  it('a restricted product deleted and its stock disposed of (kiwa): clear the violation, not the listings back', async () => {
    const letter = await letterOf(sample('kiwa-restricted-products'), (d) => d.delete('closing'));
    has(letter, 'Amazon Seller Performance Team (Product Policy)', 'to clear this policy violation from our account.');
    lacks(letter, 'reinstate');
    const ja = await letterOf(sample('kiwa-restricted-products'), (d) => (d.delete('closing'), japanese(d)));
    has(ja, '本件のポリシー違反をアカウントから解除していただけますよう');
    lacks(ja, 'の出品を再開');
  });

  it('a Brand Registry application: Brand Registry Support, "Brand Registry appeal", approve the brand', async () => {
    const letter = await letterOf(unseen('tidewick-br-booked'));
    has(
      letter,
      'Amazon Brand Registry Support',
      'Brand Registry appeal: Rejected application for the brand TIDEWICK',
      'to approve the Brand Registry application for TIDEWICK.',
    );
    lacks(letter, 'Plan of Action', 'reinstate', 'concerning our amazon.com account');
    const ja = await letterOf(unseen('tidewick-br-booked'), japanese);
    has(ja, 'Amazon ブランド登録サポート 御中', 'ブランド「TIDEWICK」の登録を承認していただけますよう');
    lacks(ja, 'アカウントの再開', '改善計画書');
  });

  it('funds held: a request to release the amount held, since the date the case gives (not the notice date)', async () => {
    const letter = await letterOf(unseen('corbin-funds-held'));
    has(letter, 'Request to release the funds held on our amazon.com account', 'to release the USD 18,430.55 held on our account.');
    lacks(letter, 'Plan of Action', 'reinstate', 'held on our account since');
    const since = await letterOf(
      unseen('corbin-funds-held'),
      (d) => (d.setIn(['notice', 'held_since'], '2026-10-22'), d.setIn(['notice', 'amount'], 'USD 18,430.55')),
    );
    has(since, 'to release the USD 18,430.55 held on our account since October 22, 2026.');
    const ja = await letterOf(unseen('corbin-funds-held'), (d) => (d.setIn(['notice', 'held_since'], '2026-10-22'), japanese(d)));
    has(ja, '2026年10月22日以降保留されている売上金 USD 18,430.55 をお支払いいただけますよう');
    lacks(ja, 'アカウントの再開');
  });

  it('selling privileges removed: reinstate the selling privileges, not "our account"', async () => {
    const letter = await letterOf(unseen('dayu-odr-plain-english'), (d) => d.delete('closing'));
    has(letter, 'to reinstate our selling privileges.');
    lacks(letter, 'reinstate our account');
    const ja = await letterOf(unseen('dayu-odr-plain-english'), (d) => (d.delete('closing'), japanese(d)));
    has(ja, '出品権限を再開していただけますよう');
  });

  it('an account at risk and a policy warning ask for no reinstatement', async () => {
    const atRisk = await letterOf(unseen('yongda-damaged-at-risk'));
    has(atRisk, 'to keep our selling privileges in place.');
    lacks(atRisk, 'reinstate');
    const warning = await letterOf(unseen('maplefield-vtr-ca'));
    has(warning, 'to clear the warning from our account.');
    lacks(warning, 'reinstate');
  });

  it('the team that signed the notice, when the case names it', async () => {
    const letter = await letterOf(unseen('tidewick-br-booked'), (d) =>
      d.setIn(['notice', 'sender'], 'Amazon Brand Registry Verification Team'),
    );
    has(letter, 'Amazon Brand Registry Verification Team amazon.com', 'Dear Brand Registry Verification Team,');
    const ja = await letterOf(
      unseen('tidewick-br-booked'),
      (d) => (d.setIn(['notice', 'sender'], 'Amazon ブランド登録チーム'), japanese(d)),
    );
    has(ja, 'Amazon ブランド登録チーム 御中');
  });
});

describe('the opening states this notice in its own terms', () => {
  it('names the notice, its date and subject, and introduces the summary so the sentence reads', async () => {
    const vantosa = await letterOf(unseen('vantosa-br-invited'), () => {}, ['L25']);
    // The seller wrote the summary in its own voice ("Our application ..."): only its reason is repeated.
    has(
      vantosa,
      'On November 19, 2026 we received your notice rejecting our application to enroll the brand VANTOSA in Brand Registry. The reason given is that the product images did not show the brand name',
    );
    lacks(vantosa, 'The notice states', 'notice says that Our', 'notice says that our application');
    // Amazon's own voice is quoted.
    has(await letterOf(unseen('boxwell-fba-shipment-other')), 'The notice reads: “Your ability to create FBA shipments has been suspended');
    // A Japanese summary is quoted as what the notice says, not as the seller's own act.
    has(
      await letterOf(unseen('hanamori-jp-used-as-new')),
      '通知には「購入者から『中古品が新品として届いた』との苦情を受けたため、ASIN B0CHM4KT6Z の出品を停止しました」と記載されております。',
    );
  });
});

describe('one spelling and one date style per letter', () => {
  it('US and UK letters of the same case spell the template words their way; the case text stays as written', async () => {
    const us = await letterOf(unseen('tidewick-br-booked'));
    has(us, '(authorized agent)', 'enroll the brand', 'the authorization from the trademark owner');
    lacks(us, 'authorised', 'enrol the brand');
    // British, but the seller writes "authorization" (and never "authorisation"), so the template does too.
    const uk = await letterOf(unseen('tidewick-br-booked'), (d) => d.set('marketplace', 'UK'));
    has(uk, '(authorized agent)', 'enrol the brand', 'the authorization from the trademark owner', '26 November 2026');
    lacks(uk, 'authorised', 'enroll the brand', 'November 26, 2026');
    const chosen = await letterOf(unseen('tidewick-br-booked'), (d) => d.setIn(['letter', 'spelling'], 'british'));
    has(chosen, '(authorized agent)', 'enrol the brand', 'November 26, 2026');
  });

  it('ISO dates in case text are written in the letter’s long form, in English and Japanese', async () => {
    const us = await letterOf(unseen('tidewick-br-booked'));
    has(
      us,
      'The photos in the application of November 10, 2026 showed these boxes.',
      'Booked the video verification for December 4, 2026 at 10:00',
    );
    const uk = await letterOf(unseen('tidewick-br-booked'), (d) => d.set('marketplace', 'UK'));
    has(uk, 'The photos in the application of 10 November 2026 showed these boxes.');
    const ja = await letterOf(unseen('tidewick-br-booked'), japanese);
    has(ja, 'The photos in the application of 2026年11月10日 showed these boxes.');
    for (const letter of [us, uk, ja]) both(letter, (t, f) => expect(t, f).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/));
  });
});

describe('clean joins', () => {
  it('"ASIN" for one, "ASINs" for several; "Class" for one, "Classes" for several', async () => {
    const two = await letterOf(unseen('tidewick-br-booked'));
    has(two, '(ASINs B0FTW1C5LA and B0FTW1C8NV; Exhibit E)', 'Class: 4');
    lacks(two, 'ASIN:', 'Classes:');
    const one = await letterOf(unseen('tidewick-br-booked'), (d) => {
      d.setIn(['root_causes', 0, 'asins'], ['B0FTW1C5LA']);
      d.setIn(['details', 'brand_registry', 'trademark', 'classes'], [4, 21]);
    });
    has(one, '(ASIN B0FTW1C5LA; Exhibit E)', 'Classes: 4, 21');
    lacks(one, 'ASINs B0FTW1C5LA');
  });

  it('non-breaking spaces keep "Exhibit A", "root cause 1" and "ASINs B0…" whole', async () => {
    const { document } = await letterOf(unseen('tidewick-br-booked'));
    const text = modelText(document.blocks);
    for (const whole of ['Exhibit\u00A0A', 'Exhibits\u00A0B and\u00A0C', 'root cause\u00A01', 'ASINs\u00A0B0FTW1C5LA and\u00A0B0FTW1C8NV'])
      expect(text).toContain(whole);
  });

  it('no label repeating its value, no ">=", hyphens kept, no nested brackets', async () => {
    const dayu = await letterOf(unseen('dayu-odr-plain-english'));
    has(dayu, 'Owner: Wang Dayu ·');
    lacks(dayu, 'Wang Dayu, Owner');
    const solstar = await letterOf(unseen('solstar-ip-distributor'));
    lacks(solstar, 'Complaint:', 'Complaint ID:');
    has(solstar, 'Right cited: trademark 6,902,114 (USPTO)');
    const glowpeak = await letterOf(unseen('glowpeak-review-manipulation'));
    has(
      glowpeak,
      'We dealt with TopStar Review Studio (alias Xiao Lei) through',
      'The payments made for these reviews are documented in Exhibit C.',
    );
    lacks(glowpeak, 'Studio: alias:', 'messenger: WeChat:', 'WeChat: topstar');
    const maplefield = await letterOf(unseen('maplefield-vtr-ca'));
    has(maplefield, '≥ 95%');
    lacks(maplefield, '>=');
    has(await letterOf(unseen('pinecrest-atoz')), 'Plan of Action: Removal of merchant-fulfilled selling privileges');
    const solano = await letterOf(sample('solano-ip-trademark'));
    has(solano, 'Right cited: trade mark EUTM 018234567, European Union Intellectual Property Office (EUIPO)');
    both(solano, (t, f) => expect(t, f).not.toMatch(/\([^()]*\([^()]*\)[^()]*\)/));
  });

  it('a Japanese exhibit title is not followed by its own kind, and one bracket group per item', async () => {
    const letter = await letterOf(unseen('hanamori-jp-used-as-new'));
    has(
      letter,
      '資料 F：返金・交換の記録',
      '資料 A：商標登録証（HANAMORI、登録第6712045号）',
      '資料 H：製造元との合意書（開封防止シール）',
      '（ASIN B0CHM4KT6Z／資料 D）',
    );
    lacks(letter, '（返金・交換の記録）', '（商標登録証）', '（その他）', '）（');
  });

  it('an empty table column and a heading with nothing under it are left out', async () => {
    const tidewick = await letterOf(unseen('tidewick-br-booked'));
    lacks(tidewick, 'Exception');
    has(tidewick, 'Units');
    const lichtwerk = await letterOf(unseen('lichtwerk-product-quality'));
    has(lichtwerk, 'Order ASIN Resolution');
    lacks(lichtwerk, 'Issue', ' other ');
    // The linked account's table has no merchant token column (the letterhead keeps the seller's own).
    const qianhai = await letterOf(unseen('qianhai-related-accounts'));
    has(qianhai, 'Store Marketplace Status Relationship Brightpaw Goods US deactivated former employee');
  });

  it('the footer names the store and the notice, not the case id', async () => {
    const letter = await letterOf(unseen('tidewick-br-booked'));
    expect(letter.document.footerNote).toBe('Tidewick Candles · Brand Registry case 19188204773');
    has(letter, 'Tidewick Candles · Brand Registry case 19188204773');
    lacks(letter, 'tidewick-br-booked');
  });
});
