// Fixed sentences that follow the facts, on the unseen-4 cases (one per case type, written the way sellers and
// agencies write them): each test changes one fact, renders the letter to PDF and DOCX and reads both back.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Document } from 'yaml';
import { createEnv } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';
import { editedLetter, has, lacks, withJapaneseJoined } from '../helpers/edited-letter.js';

vi.setConfig({ testTimeout: 120_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
const unseen4 = (id: string) => path.join('test/fixtures/unseen-4', id);

/** The letter of a copy of an unseen-4 case after `edit` (rendered whether or not the case has errors). */
const letterOf = (id: string, edit?: (doc: Document) => void) => editedLetter(unseen4(id), env, edit);

/** A Japanese letter's text without the spaces that its line ends leave between two Japanese characters. */
const japaneseLetterOf = async (id: string, edit?: (doc: Document) => void) => {
  const letter = await letterOf(id, edit);
  return withJapaneseJoined(letter);
};

describe('the listings named as removed are the ones the notice cites', () => {
  it('an ASIN marked cited: false is not in the subject, the opening or the remedy', async () => {
    const letter = await letterOf('cortona-it-size-not-as-described');
    has(
      letter,
      'Plan of Action: Removal of our listing for ASIN B0DCT2RG55 (Notifica',
      'your notice removing our listing for ASIN B0DCT2RG55 from amazon.it',
      'to reinstate our listing for ASIN B0DCT2RG55.',
    );
    lacks(letter, 'ASINs B0DCT2RG55 and B0DCT2RG62 (Notifica', 'listings for ASINs B0DCT2RG55 and B0DCT2RG62');
    // The ASIN stays in the letter where the case puts it: its root cause and the table of ASINs.
    has(letter, 'ASINs B0DCT2RG55 and B0DCT2RG62; Exhibit A', 'B0DCT2RG62 Cortona Boho Rug 140x200 cm');
    const bothCited = await letterOf('cortona-it-size-not-as-described', (doc) => doc.deleteIn(['asins', 1, 'cited']));
    has(bothCited, 'to reinstate our listings for ASINs B0DCT2RG55 and B0DCT2RG62.');
  });
});

describe('a linked account: no request to keep it where the case has none', () => {
  it('Japanese "ありません" is no business need; the account status is in Japanese; the store name in 「」', async () => {
    const letter = await japaneseLetterOf('kazahana-jp-related-spouse');
    has(
      letter,
      '当社は他のアカウントの維持をお願いするものではございません。当社はかざはな雑貨店の1アカウントだけで販売します。',
      'ゆみの手づくり JP 停止済み家族',
      'アカウント「ゆみの手づくり」の閉鎖はすでに申請されており',
    );
    lacks(letter, '両方のアカウントの維持', 'deactivated');
  });

  it('a business need beside a requested closure is told, not turned into a request to keep both accounts', async () => {
    const need = '卸売部門の出荷に使用しています。';
    const withClosure = await japaneseLetterOf('kazahana-jp-related-spouse', (doc) =>
      doc.setIn(['details', 'related_accounts', 'legitimate_business_need'], need),
    );
    has(withClosure, need);
    lacks(withClosure, '両方のアカウントの維持');
    const withoutClosure = await japaneseLetterOf('kazahana-jp-related-spouse', (doc) => {
      doc.setIn(['details', 'related_accounts', 'legitimate_business_need'], need);
      doc.deleteIn(['details', 'related_accounts', 'closure_requested_for']);
      // Only the seller's own second account is its to keep.
      doc.setIn(['details', 'related_accounts', 'linked_account', 'relationship'], 'same-owner');
    });
    has(withoutClosure, `以下の事業上の理由により、両方のアカウントの維持をお願い申し上げます：${need}`);
  });
});

describe("a supplier's documents are called what they are", () => {
  it("a distributor's certificate is not a brand owner's authorisation (Japanese), and a letter of authorisation is", async () => {
    const certificate = await japaneseLetterOf('mizuho-jp-counterfeit-complaint');
    has(certificate, '仕入先の請求書および流通経路を示す書類を添付いたします。');
    lacks(certificate, '販売許諾書');
    const letter = await japaneseLetterOf('mizuho-jp-counterfeit-complaint', (doc) =>
      doc.setIn(['evidence', 2, 'kind'], 'letter-of-authorization'),
    );
    has(letter, '仕入先の請求書およびブランド権利者が仕入先に発行した販売許諾書を添付いたします。');
  });

  it('in English: a contact sheet given as a supplier document is no "brand authorisation"', async () => {
    const letter = await letterOf('brightwick-uk-authenticity-invoices', (doc) =>
      doc.setIn(['details', 'supply_chain', 'suppliers', 0, 'authorization_evidence'], ['E3']),
    );
    has(letter, 'from the following supplier, whose invoices and supply-chain documents are enclosed:');
    lacks(letter, 'brand authorisation');
  });

  it('a Japanese exhibit kind has no brackets of its own, so none are nested', async () => {
    // A title that names no kind of document (写真, 画面, ...) takes the kind after it, in one pair of brackets.
    const letter = await japaneseLetterOf('mizuho-jp-counterfeit-complaint', (doc) =>
      doc.setIn(['evidence', 3, 'title'], '新旧パッケージの比較'),
    );
    has(letter, '新旧パッケージの比較（修正後の商品ページの画面）');
    lacks(letter, '（修正後）');
  });
});

describe('review manipulation: the payments as the case shows them', () => {
  it('payments to reviewers are not called payments to the third party', async () => {
    const letter = await letterOf('maplecrest-ca-review-agency');
    has(letter, 'The payments made for these reviews are documented in Exhibit C.');
    lacks(letter, 'made to the third party');
  });
});

describe('an accepted IP complaint: the listing or the listings, by count', () => {
  it('one cited ASIN is "the listing concerned ... it no longer uses"; two are "the listings"', async () => {
    const one = await letterOf('lunaria-es-copyright-photos');
    has(one, 'We accept the complaint. We have corrected the listing concerned as set out below, so that it no longer uses the work.');
    lacks(one, 'listings concerned');
    const two = await letterOf('lunaria-es-copyright-photos', (doc) =>
      doc.addIn(['asins'], doc.createNode({ asin: 'B0DLN5TB14', title: 'Lunaria Rattan Floor Lamp, 150 cm' })),
    );
    has(two, 'We have corrected the listings concerned as set out below, so that they no longer use the work.');
  });
});

describe('the notice summary in the voice it is written in', () => {
  it('Amazon\'s own "our Condition Guidelines" is quoted, not put in the seller\'s mouth', async () => {
    const letter = await letterOf('ashgrove-uk-used-sold-as-new');
    has(letter, 'The notice reads: “Customers have reported that items sold as new on B0DAG3CG16 appeared to be used.');
    lacks(letter, 'The notice says that customers');
    const sellers = await letterOf('ashgrove-uk-used-sold-as-new', (doc) =>
      doc.setIn(['notice', 'summary'], 'Customers reported that grinders sold as new on B0DAG3CG16 had been used.'),
    );
    has(sellers, 'The notice says that customers reported that grinders sold as new');
  });

  it('a headline with its verb and article missing before a comma ("Application ... rejected, ...") gets both', async () => {
    const letter = await letterOf('qingmu-us-brand-registry-slots');
    has(letter, 'The notice says that the application for brand QINGMU was rejected. It also says that the images we submitted');
    lacks(letter, 'QINGMU rejected, the images', 'QINGMU was rejected, the images');
  });
});

describe('the trademark holder without a type its name already says', () => {
  it('a company name with its legal form has no "(company)"; a bare name and an individual keep their type', async () => {
    const company = await letterOf('qingmu-us-brand-registry-slots');
    has(company, 'Holder: Hangzhou Qingmu Household Products Co., Ltd.');
    lacks(company, '(company)');
    const bare = await letterOf('qingmu-us-brand-registry-slots', (doc) =>
      doc.setIn(['details', 'brand_registry', 'trademark', 'holder_name'], 'Qingmu Household'),
    );
    has(bare, 'Holder: Qingmu Household (company)');
    const person = await letterOf('qingmu-us-brand-registry-slots', (doc) => {
      doc.setIn(['details', 'brand_registry', 'trademark', 'holder_name'], 'Zhou Min');
      doc.setIn(['details', 'brand_registry', 'trademark', 'holder_type'], 'individual');
    });
    has(person, 'Holder: Zhou Min (individual)');
  });
});

describe('grounds are never dropped without a word', () => {
  it('a request to release funds sets out its grounds under their own heading, in English and Japanese', async () => {
    const funds = await letterOf('dunecrest-ae-funds-held');
    has(funds, 'Why the funds can be released', 'Every order of the account has been delivered and the guarantee period has passed.');
    lacks(funds, 'Why the notice is in error');
    expect(funds.diagnostics.filter((d) => d.ruleId === 'L32')).toEqual([]);
    const japanese = await japaneseLetterOf('dunecrest-ae-funds-held', (doc) => doc.set('language', 'ja'));
    has(japanese, '売上金をお支払いいただける理由');
  });

  it('grounds in another remediate case are reported (L32), and set out once the case is mixed', async () => {
    const ground = {
      id: 'G1',
      title: 'Two of the six reports were not breakage',
      detail: 'Both buyers returned unbroken teapots.',
      evidence: ['E2'],
    };
    const remediate = await letterOf('glasvorm-nl-damaged-teapots', (doc) => doc.set('grounds', doc.createNode([ground])));
    lacks(remediate, 'Two of the six reports were not breakage');
    const warning = remediate.diagnostics.find((d) => d.ruleId === 'L32');
    expect(warning?.message).toBe('ground G1 is left out of the letter: a remediate letter has no section for grounds');
    expect(warning?.severity).toBe('warning');
    const mixed = await letterOf('glasvorm-nl-damaged-teapots', (doc) => {
      doc.set('grounds', doc.createNode([ground]));
      doc.set('stance', 'mixed');
    });
    has(mixed, 'Why the notice is in error', 'Two of the six reports were not breakage.');
    expect(mixed.diagnostics.filter((d) => d.ruleId === 'L32')).toEqual([]);
  });
});
