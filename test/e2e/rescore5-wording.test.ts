// The unseen-5 defects a consultant's re-read found (rescore 5): each test changes one fact of a copy of a case,
// renders the letter to PDF and DOCX and reads both back.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Document } from 'yaml';
import { createEnv } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';
import { editedLetter, has, lacks, withJapaneseJoined } from '../helpers/edited-letter.js';

vi.setConfig({ testTimeout: 180_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
const letterOf = (id: string, edit?: (doc: Document) => void) => editedLetter(path.join('test/fixtures/unseen-5', id), env, edit);

/** A Japanese letter's text without the spaces that its line ends leave between two Japanese characters. */
const japaneseLetterOf = async (id: string, edit?: (doc: Document) => void) => {
  const letter = await letterOf(id, (doc) => {
    doc.set('language', 'ja');
    edit?.(doc);
  });
  return withJapaneseJoined(letter);
};

describe('D5: a doubtful lot its root cause already tells is only pointed at', () => {
  it('keeps the count and the references, not the source and the units sold the root cause gives', async () => {
    const letter = await letterOf('lumen-sg-authenticity-pens');
    has(letter, 'ASIN B0FHSK09RF: 600 units from another source; see root cause 1 and corrective actions 1 and 2.');
    lacks(letter, '600 units, 410 of them sold', 'Source: online marketplace seller in Guangzhou');
  });

  it('tells the lot in full when the root cause does not give its count', async () => {
    const letter = await letterOf('lumen-sg-authenticity-pens', (doc) =>
      doc.setIn(['root_causes', 0, 'detail'], 'In July 2026 our buyer bought refills of B0FHSK09RF from a seller we had not checked.'),
    );
    has(
      letter,
      'ASIN B0FHSK09RF: 600 units, 410 of them sold. Source: online marketplace seller in Guangzhou, order screenshot only. See root cause 1 and corrective actions 1 and 2.',
    );
  });

  it('still says the listing is not asked back, in English and Japanese', async () => {
    const letter = await letterOf('shreeji-in-counterfeit-earbuds');
    has(letter, 'ASIN B0FSNX33WH: 150 units from another source; see root cause 1 and corrective action 1. No invoice covers this ASIN');
    lacks(letter, 'Gaffar Market, Karol Bagh (cash memo only)');
    const ja = await japaneseLetterOf('shreeji-in-counterfeit-earbuds');
    has(ja, 'ASIN B0FSNX33WH：150個は別の仕入元から仕入れたものです。根本原因 1、是正措置 1をご参照ください。本ASINは請求書で');
  });
});

describe('D3: a Brand Registry letter lists its products once, in the call table that cites the product list', () => {
  it('leaves out the Affected ASINs table when the call table shows every ASIN, and cites the product list', async () => {
    const letter = await letterOf('emberwood-au-br-rescheduled');
    has(letter, 'The products we will show on the call, with the units at hand (Exhibit C): Product ASIN Units');
    lacks(letter, 'Affected ASINs');
    expect(letter.diagnostics.filter((d) => d.ruleId === 'L15').map((d) => d.message)).toEqual([]);
    const ja = await japaneseLetterOf('emberwood-au-br-rescheduled');
    has(ja, 'ビデオ通話で提示する商品と手元の在庫数（資料 C）：');
  });

  it('keeps the Affected ASINs table for an ASIN the call table leaves out, and cites no list the case lacks', async () => {
    const letter = await letterOf('emberwood-au-br-rescheduled', (doc) => {
      doc.deleteIn(['details', 'brand_registry', 'video_verification', 'products', 2]);
      doc.setIn(['evidence', 3, 'kind'], 'other');
    });
    has(letter, 'The products we will show on the call, with the units at hand: Product ASIN Units', 'Affected ASINs');
    expect(letter.diagnostics.filter((d) => d.ruleId === 'L15').map((d) => d.message)).toEqual([
      'evidence E4 is not cited anywhere in the letter',
    ]);
  });
});

describe('D4: an authenticity letter sets the units invoiced beside the units sold', () => {
  it('gives the invoices’ units per ASIN, and the doubtful lot beside them (en, ja)', async () => {
    const letter = await letterOf('lumen-sg-authenticity-pens');
    has(letter, 'Units sold Units invoiced', '960 1,100', '610 200 + 600 from another source');
    const ja = await japaneseLetterOf('lumen-sg-authenticity-pens');
    has(ja, '販売数請求書の数量', '200（別の仕入元から600）');
  });

  it('an ASIN no invoice covers shows its doubtful lot, not a blank cell (shreeji)', async () => {
    const letter = await letterOf('shreeji-in-counterfeit-earbuds');
    has(letter, '95 0 + 150 from another source');
  });

  it('has no such column when the invoices give no units', async () => {
    const letter = await letterOf('lumen-sg-authenticity-pens', (doc) => {
      for (const i of [0, 1]) doc.deleteIn(['evidence', i, 'lines']);
    });
    lacks(letter, 'Units invoiced');
    has(letter, 'Units sold');
  });
});

describe('D10: a warning about messages to buyers has no Affected ASINs table', () => {
  it('leaves it out unless a root cause names an ASIN', async () => {
    lacks(await letterOf('maisonlune-fr-messaging-links'), 'Affected ASINs');
    const named = await letterOf('maisonlune-fr-messaging-links', (doc) => doc.setIn(['root_causes', 0, 'asins'], ['B0DML9CB63']));
    has(named, 'Affected ASINs');
  });
});

describe('D8: a group the offers were posted in is not someone the seller dealt with', () => {
  it('says where the offers were posted, and "dealt with" of an agent (en, ja)', async () => {
    const letter = await letterOf('brightnest-us-review-refund-group');
    has(
      letter,
      'The offers were posted in the Facebook group "Honest Deals & Reviews USA" (facebook.com/',
      'groups/honestdealsreviewsusa).',
    );
    lacks(letter, 'We dealt with');
    const agent = await letterOf('brightnest-us-review-refund-group', (doc) =>
      doc.setIn(['details', 'review_manipulation', 'third_parties', 0, 'name'], 'ReviewBoost Agency'),
    );
    has(agent, 'We dealt with ReviewBoost Agency through facebook.com/');
    const ja = await japaneseLetterOf('brightnest-us-review-refund-group');
    has(
      ja,
      'レビューの依頼は「Facebook group "Honest Deals & Reviews USA"」（facebook.com/groups/',
      'honestdealsreviewsusa）に投稿されていました。',
    );
  });
});

describe('D9: a warning that names no policy is named by its issue', () => {
  it('says the issue in the subject, and the policy when the case gives one (en, ja)', async () => {
    const letter = await letterOf('licuamex-mx-returned-blenders');
    has(letter, 'Plan of Action: Warning about used item sold as new (Aviso de política 7720-USN-MX)');
    const named = await letterOf('licuamex-mx-returned-blenders', (doc) => doc.setIn(['notice', 'policy'], 'Condition Guidelines'));
    has(named, 'Warning under the Condition Guidelines');
    const ja = await japaneseLetterOf('licuamex-mx-returned-blenders');
    has(ja, '中古品の新品としての販売に関する警告');
  });
});

describe('D6: a retraction request an action already tells is not told again in the complaint block', () => {
  it('keeps only that the owner is asked to send it to Amazon, when the action gives the request date', async () => {
    const letter = await letterOf('kaffenord-se-trademark-capsules');
    has(
      letter,
      'We have asked Capsora Brands S.A. to send its retraction to Amazon directly.',
      'Wrote to the rights owner on 20 November 2026',
    );
    lacks(letter, 'On 20 November 2026 we asked Capsora Brands S.A.');
    const untold = await letterOf('kaffenord-se-trademark-capsules', (doc) =>
      doc.setIn(
        ['corrective_actions', 1, 'action'],
        'Wrote to the rights owner to explain the changes and ask them to retract the complaint.',
      ),
    );
    has(untold, 'On 20 November 2026 we asked Capsora Brands S.A.');
  });
});
