// The unseen-6 cases (part a) a consultant read: each renders as a ready letter, and the sentences follow the facts.
// Each wording test changes one fact of a copy, renders the letter to PDF and DOCX and reads both back.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { type Document, parseDocument } from 'yaml';
import { checkCase, createEnv } from '../../src/case/process-case.js';
import { videoVerificationDocument } from '../../src/compose/documents/video-verification.js';
import { renderDocx } from '../../src/render/docx.js';
import { renderPdf } from '../../src/render/pdf.js';
import { loadWordLists } from '../../src/rules/words.js';
import { flat, tempDir } from '../helpers/cli.js';
import { expectReadyLetters } from '../helpers/ready-letters.js';
import { editedLetter, has, lacks, withJapaneseJoined, joinedJapanese } from '../helpers/edited-letter.js';
import { docxText } from '../helpers/read-docx.js';
import { pdfText } from '../helpers/read-pdf.js';

vi.setConfig({ testTimeout: 240_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
const unseen6 = 'test/fixtures/unseen-6';
// The nine cases of part (a); part (b)'s share the folder and have their own test.
const ids = [
  'bogazici-tr-authenticity-fba-hold',
  'casaverde-br-atoz-address-complement',
  'heshun-ie-odr-eu-plug',
  'hoshizora-jp-vtr-yupacket',
  'kempenhuis-be-inauthentic-new-box',
  'kizuna-jp-br-revoked-transfer',
  'mingyue-es-late-split-stock',
  'nilepets-eg-restricted-flea-collar',
  'yunfan-pl-related-cousin-office',
];

/** The letter of a copy of an unseen-6 case after `edit` (rendered whether or not the case has errors). */
const letterOf = (id: string, edit?: (doc: Document) => void) => editedLetter(path.join(unseen6, id), env, edit);

/** A Japanese letter's text without the spaces that its line ends leave between two Japanese characters. */
const japaneseLetterOf = async (id: string, edit?: (doc: Document) => void) => {
  const letter = await letterOf(id, edit);
  return withJapaneseJoined(letter);
};

const errorsOf = (letter: { diagnostics: { severity: string; ruleId: string; message: string }[] }, rule?: string) =>
  letter.diagnostics.filter((d) => d.severity === 'error' && (!rule || d.ruleId === rule)).map((d) => d.message);

describe('the nine unseen-6 (a) cases', () => {
  it('each builds a ready letter (no draft), one per case type', async () => {
    expect(ids).toHaveLength(9);
    await expectReadyLetters(unseen6, ids);
  });
});

describe('L04: a done action that ends with a commitment', () => {
  it('is a warning, not an error; an action that only promises is still an error', async () => {
    const id = 'nilepets-eg-restricted-flea-collar';
    const letter = await letterOf(id);
    expect(errorsOf(letter)).toEqual([]);
    expect(letter.diagnostics.map((d) => d.message)).toContain('corrective action CA2 adds a promise ("we will") to what was done');
    has(letter, 'returned them to the factory in Ningbo with the next container; we will not sell them');
    const promiseOnly = await letterOf(id, (doc) =>
      doc.setIn(['corrective_actions', 1, 'action'], 'We will create a removal order for all 286 FBA units of the collars.'),
    );
    expect(errorsOf(promiseOnly, 'L04')).toEqual(['corrective action CA2 is worded as a promise ("we will") but marked done']);
  });
});

describe("related accounts: another owner's account is not the seller's to keep", () => {
  const id = 'yunfan-pl-related-cousin-office';
  it("a relative's account: the need asks to treat the two as separate businesses, not to keep both", async () => {
    const letter = await letterOf(id);
    has(letter, 'We ask you to treat the two accounts as the separate businesses they are: two different companies');
    lacks(letter, 'keep both accounts');
  });

  it("the seller's own second account still asks to keep both", async () => {
    const letter = await letterOf(id, (doc) => doc.setIn(['details', 'related_accounts', 'linked_account', 'relationship'], 'same-owner'));
    has(letter, 'We ask to keep both accounts for the following business need: two different companies');
    lacks(letter, 'separate businesses they are');
  });

  it('in Japanese too', async () => {
    const letter = await japaneseLetterOf(id, (doc) => doc.set('language', 'ja'));
    has(letter, '両アカウントを別個の事業としてお取り扱いいただけますようお願い申し上げます');
    lacks(letter, '両方のアカウントの維持');
  });
});

describe('restricted products: an approval required and not held', () => {
  const id = 'nilepets-eg-restricted-flea-collar';
  it('says the seller does not hold it when every listing is withdrawn (en, ja)', async () => {
    has(await letterOf(id), 'Approval: required; we do not hold it, and the listings stay removed');
    const ja = await japaneseLetterOf(id, (doc) => doc.set('language', 'ja'));
    has(ja, '必要（当社は取得しておらず、該当の出品は削除したままです）');
  });

  it('stays "required" when a listing is still asked back (no deletion of B0FNPC02FD)', async () => {
    const letter = await letterOf(id, (doc) => {
      doc.setIn(['corrective_actions', 0, 'action'], 'Deleted the cat collar listing B0FNPC01FC from Manage Inventory.');
      doc.setIn(['evidence', 0, 'asins'], doc.createNode(['B0FNPC01FC']));
    });
    has(letter, 'Approval: required');
    lacks(letter, 'we do not hold it');
  });
});

describe("the title does not repeat the reference's words", () => {
  const id = 'nilepets-eg-restricted-flea-collar';
  it('"Policy warning" + reference "Policy warning 8830-EG-1146" reads "Policy warning 8830-EG-1146"', async () => {
    const letter = await letterOf(id);
    has(letter, 'Plan of Action: Policy warning 8830-EG-1146');
    lacks(letter, 'Policy warning (Policy warning');
  });

  it('a reference in other words keeps its parentheses', async () => {
    const letter = await letterOf(id, (doc) => doc.setIn(['notice', 'reference'], 'Notification 8830-EG-1146'));
    has(letter, 'Plan of Action: Policy warning (Notification 8830-EG-1146)');
  });
});

describe('a Japanese exhibit title that names its document takes no kind after it', () => {
  const id = 'hoshizora-jp-vtr-yupacket';
  it('"…の出力設定（…）" and "…の出荷情報" are not followed by their kind; a bare title still is', async () => {
    const letter = await japaneseLetterOf(id);
    has(letter, '資料 B：受注管理ソフトの出力設定（変更前と変更後）', '資料 C：修正した9件の出荷情報');
    lacks(letter, '／基幹システムの画面', '（配送追跡の記録）');
    const bare = await japaneseLetterOf(id, (doc) => doc.setIn(['evidence', 2, 'title'], '修正した9件の出荷'));
    has(bare, '資料 C：修正した9件の出荷（配送追跡の記録）');
  });
});

/** The video-verification sheet of a copy of an unseen-6 case after `edit`, read back from its PDF and DOCX. */
async function videoSheetOf(id: string, edit: (doc: Document) => void = () => {}) {
  const dir = path.join(tempDir('appeal-video-'), id);
  cpSync(path.join(unseen6, id), dir, { recursive: true });
  const file = path.join(dir, 'case.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  edit(doc);
  writeFileSync(file, doc.toString());
  const { checked } = await checkCase(file, env);
  const sheet = videoVerificationDocument(checked!.case, checked!.templates.strings)!;
  const joined = (text: string) => joinedJapanese(flat(text));
  return { pdf: joined(await pdfText(await renderPdf(sheet))), docx: joined(docxText(await renderDocx(sheet))) };
}

describe('Japanese video-call times', () => {
  const id = 'kizuna-jp-br-revoked-transfer';
  it('a +09:00 slot reads 日本時間 in the letter and the sheet, with no comma after the date', async () => {
    const letter = await japaneseLetterOf(id);
    has(letter, '2026年12月2日 10:00（日本時間）');
    lacks(letter, 'UTC+09:00');
    const sheet = await videoSheetOf(id);
    has(sheet, '2026年12月2日 10:00（日本時間）', '2026年12月4日 10:00（日本時間）');
    lacks(sheet, 'UTC+09:00', '日, 10:00');
  });

  it('another offset is still written as one', async () => {
    const sheet = await videoSheetOf(id, (doc) =>
      doc.setIn(['details', 'brand_registry', 'video_verification', 'slots', 0], '2026-12-02T10:00+08:00'),
    );
    has(sheet, '2026年12月2日 10:00 UTC+08:00');
  });
});

describe('a Japanese trademark line', () => {
  const id = 'kizuna-jp-br-revoked-transfer';
  it('names a JPO registration and its class as the certificate does', async () => {
    const letter = await japaneseLetterOf(id);
    has(letter, '商標：特許庁登録第6723418号', '区分：第21類');
    lacks(letter, 'JPO 6723418', '登録第6723418号（登録済み）');
  });

  it('a pending application keeps its number and status; an English letter keeps "JPO"', async () => {
    const pending = await japaneseLetterOf(id, (doc) => {
      doc.setIn(['details', 'brand_registry', 'trademark', 'status'], 'pending');
      doc.setIn(['details', 'brand_registry', 'trademark', 'number'], '2026-104417');
    });
    has(pending, '商標：特許庁 2026-104417（');
    const english = await letterOf(id, (doc) => doc.set('language', 'en'));
    has(english, 'JPO 6723418');
  });
});

describe('a phone number stays on one line', () => {
  it("the supplier's phone is not broken between its groups (PDF line, DOCX non-breaking spaces)", async () => {
    const letter = await letterOf('kempenhuis-be-inauthentic-new-box');
    const lines = (await pdfText(await renderPdf(letter.document))).replace(/\u00a0/g, ' ').split('\n');
    expect(lines.some((line) => line.includes('+32 15 555 02 60'))).toBe(true);
    expect(docxText(await renderDocx(letter.document))).toContain('+32\u00a015\u00a0555\u00a002\u00a060');
  });
});

describe("related accounts: the seller's identity documents are said, not only listed", () => {
  const id = 'yunfan-pl-related-cousin-office';
  it('names each document in the order of its exhibit letter (the bill is cited first, so it is Exhibit A)', async () => {
    const letter = await letterOf(id);
    has(
      letter,
      'we never sold the same products. To show who owns and runs our account, we enclose a utility bill for our address, our business licence and the ID of Chen Jiahui (Exhibits A, B and C).',
    );
    has(letter, 'Exhibit A: Electricity bill, Room 1203, November 2026', 'Exhibit B: Business licence, Shenzhen Yunfan');
    const ja = await letterOf(id, (doc) => {
      doc.set('language', 'ja');
      doc.set('marketplace', 'JP');
    });
    has(ja, '所在地の公共料金請求書、会社の登記事項', 'Chen Jiahuiの身分証明書を添付いたします（資料 A、B、C）');
  });

  it('one document is named alone; none leaves the sentence out', async () => {
    const one = await letterOf(id, (doc) => {
      doc.setIn(['evidence', 1, 'kind'], 'other');
      doc.setIn(['evidence', 3, 'kind'], 'other');
    });
    has(one, 'To show who owns and runs our account, we enclose our business licence (Exhibit');
    const none = await letterOf(id, (doc) => {
      for (const i of [0, 1, 3]) doc.setIn(['evidence', i, 'kind'], 'other');
    });
    lacks(none, 'To show who owns and runs our account');
  });

  it("an ID of someone else (the relative who holds the linked account) is not called the owner's", async () => {
    const cousin = await letterOf(id, (doc) => doc.setIn(['evidence', 1, 'title'], 'ID card of Chen Hao (PAWLINK)'));
    has(cousin, 'we enclose a utility bill for our address and our business licence (Exhibits A and B).');
    lacks(cousin, "the owner's ID", 'the ID of');
    // An ID kept for an owner's role, naming nobody who signs, is the owner's.
    const owner = await letterOf(id, (doc) => doc.setIn(['evidence', 1, 'title'], 'ID card of the legal representative'));
    has(owner, "our business licence and the owner's ID (Exhibits A, B and C).");
  });
});

describe("L18: invoices from the brand owner's own company", () => {
  const id = 'kempenhuis-be-inauthentic-new-box';
  const noLoa = 'as a reseller the case has no letter-of-authorization in evidence';
  it('need no letter of authorization; a distributor still gets the warning', async () => {
    const letter = await letterOf(id);
    expect(letter.diagnostics.map((d) => d.message)).not.toContain(noLoa);
    has(letter, 'Nordvik Benelux NV (brand owner)');
    const distributor = await letterOf(id, (doc) =>
      doc.setIn(['details', 'supply_chain', 'suppliers', 0, 'tier'], 'authorized-distributor'),
    );
    expect(distributor.diagnostics.map((d) => d.message)).toContain(noLoa);
    has(distributor, 'Nordvik Benelux NV (authorised distributor)');
  });
});
