// What an independent read of the unseen-7 letters found false: a counterfeit complaint the case gives as the
// rights owner's (details.ip_complaint) is an IP complaint (Notice Dispute team, "Notice dispute", the IP route and
// its image-only attachments); the account a review group was paid through is not called the group's. Each test
// changes one fact of a copy, renders the letter to PDF and DOCX and reads both back.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createEnv } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';
import { editedLetter, has, lacks, withJapaneseJoined } from '../helpers/edited-letter.js';

vi.setConfig({ testTimeout: 240_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
const unseen7 = (id: string) => path.join('test/fixtures/unseen-7', id);

describe('a counterfeit complaint from the rights owner (wattlebay)', () => {
  const wattlebay = unseen7('wattlebay-au-counterfeit-retracted');

  it('is disputed before the Notice Dispute team as a notice dispute, with the IP route and its image-only rule', async () => {
    const letter = await editedLetter(wattlebay, env);
    has(letter, 'Amazon Notice Dispute Team', 'Notice dispute: Trade mark complaint against our listings', 'Dear Notice Dispute Team,');
    lacks(letter, 'Product Policy');
    expect(letter.diagnostics.filter((d) => d.ruleId === 'L16').length).toBeGreaterThan(0);
  });

  it("without the rights owner's complaint in the case, goes to the product policy team as before", async () => {
    const letter = await editedLetter(wattlebay, env, (doc) => {
      doc.deleteIn(['details', 'ip_complaint']);
    });
    has(letter, 'Seller Performance Team (Product Policy)');
    lacks(letter, 'Notice Dispute', 'Notice dispute');
    expect(letter.diagnostics.filter((d) => d.ruleId === 'L16')).toEqual([]);
  });
});

describe('the account review payments went through (sahara)', () => {
  const sahara = unseen7('sahara-ae-review-exchange-group');

  it("is not called the third party's: the seller's own refund account reads as what the payments went through", async () => {
    const letter = await editedLetter(sahara, env);
    has(letter, 'The payments went through Mashreq Neo account ending 4471');
    lacks(letter, 'Their payment account');
  });

  it('the same in Japanese', async () => {
    const letter = withJapaneseJoined(
      await editedLetter(sahara, env, (doc) => {
        doc.set('language', 'ja');
      }),
    );
    has(letter, '支払いはMashreq Neo account ending 4471');
    lacks(letter, '相手方の支払口座');
  });
});

describe('the orders table of an A-to-z letter (ridgeback)', () => {
  const ridgeback = path.join('test/fixtures/unseen-5', 'ridgeback-us-atoz-returns');

  it('leaves out the Issue column when every order is an A-to-z Guarantee claim, and keeps it for a mix', async () => {
    const claims = await editedLetter(ridgeback, env);
    has(claims, 'Orders concerned Order ASIN Resolution');
    lacks(claims, 'A-to-z Guarantee claim Refunded');
    const mixed = await editedLetter(ridgeback, env, (doc) => {
      doc.setIn(['orders', 0, 'defect'], 'chargeback');
    });
    has(mixed, 'Orders concerned Order ASIN Issue Resolution', 'A-to-z Guarantee claim Refunded');
  });
});
