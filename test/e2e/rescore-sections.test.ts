// The related-accounts, IP-retraction and review-manipulation sections of the unseen-3 and unseen-4 letters, as a
// consultant read them: each fact is told once and the third party reads as sentences. Each test renders a real
// case (or a copy with one fact changed) to PDF and DOCX and reads both back.
import path from 'node:path';
import { describe, it, vi } from 'vitest';
import type { Document } from 'yaml';
import { createEnv } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';
import { editedLetter, has, lacks, withJapaneseJoined } from '../helpers/edited-letter.js';

vi.setConfig({ testTimeout: 120_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
const fixture = (set: string, id: string) => path.join('test/fixtures', set, id);
const letterOf = (set: string, id: string, edit?: (doc: Document) => void) => editedLetter(fixture(set, id), env, edit);

/** A Japanese letter's text without the spaces that its line ends leave between two Japanese characters. */
const japaneseLetterOf = async (set: string, id: string, edit?: (doc: Document) => void) => {
  const letter = await letterOf(set, id, edit);
  return withJapaneseJoined(letter);
};

describe('a linked account: the promise to sell from one account is made once', () => {
  it('kazahana: the seller already names its one account, so the closure sentence makes no second promise', async () => {
    const letter = await japaneseLetterOf('unseen-4', 'kazahana-jp-related-spouse');
    has(letter, '当社はかざはな雑貨店の1アカウントだけで販売します。', 'アカウント「ゆみの手づくり」の閉鎖はすでに申請されております。');
    lacks(letter, '本書に記載のアカウントのみ');
  });

  it('kazahana: a "no need" that names no account of the seller keeps the promise', async () => {
    const letter = await japaneseLetterOf('unseen-4', 'kazahana-jp-related-spouse', (doc) =>
      doc.setIn(['details', 'related_accounts', 'legitimate_business_need'], 'ありません。妻の店は再開しません。'),
    );
    has(
      letter,
      '妻の店は再開しません。',
      'アカウント「ゆみの手づくり」の閉鎖はすでに申請されており、今後は本書に記載のアカウントのみで販売いたします。',
    );
  });

  it('ashcombe: the English letter says the closure once, without a second promise', async () => {
    const letter = await letterOf('unseen-2', 'ashcombe-uk-related-brother');
    has(letter, 'Ashcombe Home is our only account', 'The closure of the account Kettle & Pine has been requested.');
    lacks(letter, 'we will sell only from the account named in this letter');
  });
});

describe('a retraction request told in a corrective action is not told again in the complaint block', () => {
  it('lunaria: the block says only that the retraction comes from the rights owner directly', async () => {
    const letter = await letterOf('unseen-4', 'lunaria-es-copyright-photos');
    has(letter, 'ask them to retract the complaint.', 'We have asked Casa Almendro S.L. to send its retraction to Amazon directly.');
    lacks(letter, 'we asked Casa Almendro S.L. by email to send a retraction');
  });

  it('lunaria: a request made on another day than any action is told in the block', async () => {
    const letter = await letterOf('unseen-4', 'lunaria-es-copyright-photos', (doc) =>
      doc.setIn(['details', 'ip_complaint', 'retraction', 'requested_on'], '2026-11-05'),
    );
    has(letter, 'On 5 November 2026 we asked Casa Almendro S.L. by email to send a retraction to Amazon directly.');
  });

  it('brackenfold: a retraction received is told with its date and exhibit, the request only in the action', async () => {
    const letter = await letterOf('unseen-3', 'brackenfold-uk-trademark-retraction');
    has(
      letter,
      'Vortana Appliances Ltd sent the retraction to Amazon directly on 30 October 2026 (Exhibit A).',
      'asked them to retract the complaint.',
    );
    lacks(letter, 'we asked Vortana Appliances Ltd to send a retraction', 'notice-dispute');
  });
});

describe('the review-manipulation section reads as sentences', () => {
  it('maplecrest: the third party, how it was reached and the attempt are sentences without stacked colons', async () => {
    const letter = await letterOf('unseen-4', 'maplecrest-ca-review-agency');
    has(
      letter,
      'We dealt with CA Deals & Reviews (Telegram group) through Telegram @cadealsreviews_admin. We contacted them on November 12, 2026 (asked to end contact, no reply).',
      // The payments sentence closes the reviews paragraph, under no heading of its own.
      'Each review obtained this way is listed in Exhibit B. The payments made for these reviews are documented in Exhibit C.',
      'The two preventive measures start on November 18 and November 20, 2026.',
    );
    lacks(letter, 'messenger:', 'Attempts to contact', 'Exhibit B. Payments', 'start between');
  });

  it('maplecrest: two measures that start on the same day share one date', async () => {
    const letter = await letterOf('unseen-4', 'maplecrest-ca-review-agency', (doc) =>
      doc.setIn(['preventive_measures', 1, 'starts'], doc.getIn(['preventive_measures', 0, 'starts'])),
    );
    has(letter, 'The two preventive measures start on November 20, 2026.');
  });

  it('fjordlys: every contact detail and both attempts, each attempt with its date, channel and result', async () => {
    const letter = await letterOf('unseen-3', 'fjordlys-se-review-rebate-agency');
    has(
      letter,
      'We dealt with Nordic Growth Lab (NGL Marketing OÜ) through hello@nordicgrowthlab.example, WhatsApp +372 5555 0148 and www.nordicgrowthlab.example. The payments went through PayPal payments@nordicgrowthlab.example.',
      'Their address is Tornimäe 7, 10145 Tallinn, Estonia.',
      'We contacted them on 4 November 2026 by email (termination and deletion request) and on 5 November 2026 by WhatsApp (deletion confirmed by the agency).',
    );
    lacks(letter, 'payment account:', 'Attempts to contact');
  });

  it("fjordlys: an attempt written without a leading date keeps the seller's words under one label", async () => {
    const letter = await letterOf('unseen-3', 'fjordlys-se-review-rebate-agency', (doc) =>
      doc.setIn(['details', 'review_manipulation', 'third_parties', 0, 'contact_attempts'], ['Phone call on 2026-11-06, no answer']),
    );
    has(letter, 'Attempts to contact: Phone call on 6 November 2026, no answer.');
  });
});
