// The unseen-7 cases (part b) a consultant read: each renders as a ready letter, and the sentences that follow the
// facts. Each test changes one fact of a copy, renders the letter to PDF and DOCX and reads both back.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Document } from 'yaml';
import { createEnv } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';
import { expectReadyLetters } from '../helpers/ready-letters.js';
import { editedLetter, has, lacks, withJapaneseJoined } from '../helpers/edited-letter.js';

vi.setConfig({ testTimeout: 240_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
const unseen7 = (id: string) => path.join('test/fixtures/unseen-7', id);
const ours = [
  'annapurna-in-mixer-returns-restocked',
  'haoyun-sa-stroller-keyword',
  'hikari-jp-rack-load-nad',
  'jinhua-au-glass-jars-damaged',
  'maplewood-ca-funds-bank-change',
  'nordvarm-se-heating-pad-thermostat',
  'sahara-ae-review-exchange-group',
  'terracota-mx-planter-design',
  'yamabuki-jp-line-insert-messaging',
];

/** The letter of a copy of an unseen-7 case after `edit`. */
const letterOf = (id: string, edit?: (doc: Document) => void) => editedLetter(unseen7(id), env, edit);

describe('the nine unseen-7 (b) cases', () => {
  it('all render as ready letters, PDF and DOCX, with no error and no draft', async () => {
    await expectReadyLetters('test/fixtures/unseen-7', ours);
  });
});

describe('D1: a notice pasted in another language is quoted, and id-only fragments are not retold', () => {
  it('quotes a Spanish summary as written', async () => {
    const letter = await letterOf('terracota-mx-planter-design');
    has(
      letter,
      'The notice reads: “Eliminamos el siguiente contenido porque recibimos un aviso de un titular de derechos de que infringe su diseño industrial. ASIN B0DH7TQ2MX, B0DH7TV9KC. Complaint ID 7730418826.”',
    );
    lacks(letter, 'says that Eliminamos', 'It also says that');
  });

  it('retells an English summary without "It also says that ASIN ..." or "... complaint ID ..."', async () => {
    const letter = await letterOf('terracota-mx-planter-design', (doc) =>
      doc.setIn(
        ['notice', 'summary'],
        'Listings removed because of a design infringement report. ASIN B0DH7TQ2MX, B0DH7TV9KC. Complaint ID 7730418826.',
      ),
    );
    has(letter, 'The reason given is a design infringement report. We believe the notice was issued in error');
    lacks(letter, 'ASIN B0DH7TQ2MX, B0DH7TV9KC.', 'Complaint ID 7730418826.', 'It also says that');
  });

  it('keeps an id the letter does not name elsewhere', async () => {
    const letter = await letterOf('terracota-mx-planter-design', (doc) =>
      doc.setIn(['notice', 'summary'], 'The listings were removed after a design infringement report. Complaint ID 9990001112.'),
    );
    has(letter, 'The notice says that the listings were removed after a design infringement report. It gives complaint ID 9990001112.');
    lacks(letter, 'It also says that');
  });
});

describe('D2: the salutation greets the team that sent the notice, without its marketplace prefix or aside', () => {
  it('"Amazon.com.au Seller Performance (Product Quality)" is greeted as the Seller Performance Team', async () => {
    const letter = await letterOf('jinhua-au-glass-jars-damaged');
    has(letter, 'Amazon.com.au Seller Performance (Product Quality) amazon.com.au', 'Dear Seller Performance Team,');
    lacks(letter, 'Dear Amazon.com.au', 'Dear Seller Performance (Product Quality)');
  });

  it('a sender already named as a team or support desk is greeted by that name', async () => {
    const letter = await letterOf('jinhua-au-glass-jars-damaged', (doc) =>
      doc.setIn(['notice', 'sender'], 'Amazon Product Quality Support'),
    );
    has(letter, 'Dear Product Quality Support,');
  });
});

describe('D3: an accepted trademark complaint says the mark is gone when the corrected listings no longer name it', () => {
  it('haoyun deleted RAYYAN everywhere: "no longer use the mark", not "as a brand name or logo"', async () => {
    const letter = await letterOf('haoyun-sa-stroller-keyword');
    has(letter, 'so that they no longer use the mark.');
    lacks(letter, 'as a brand name or logo');
  });

  it('a corrected title that still names the mark for what the bag fits keeps "as a brand name or logo"', async () => {
    const letter = await letterOf('haoyun-sa-stroller-keyword', (doc) =>
      doc.setIn(
        ['corrective_actions', 0, 'action'],
        'Rewrote the titles of the 3 ASINs as "Stroller Organizer Bag, fits RAYYAN strollers".',
      ),
    );
    has(letter, 'so that they no longer use the mark as a brand name or logo.');
  });
});

describe('D4: an ASIN marked cited: false is in the ASIN table only where the letter names it', () => {
  it('maplewood: the uncited, unmentioned ASIN is not listed as affected', async () => {
    const letter = await letterOf('maplewood-ca-funds-bank-change');
    lacks(letter, 'B0C7WOOD11', 'Affected ASINs');
  });

  it('listed once a root cause names it, and when it is cited', async () => {
    const named = await letterOf('maplewood-ca-funds-bank-change', (doc) =>
      doc.setIn(
        ['root_causes', 1, 'detail'],
        'Any user with the primary login could change the bank account; B0C7WOOD11 sales were paid to it.',
      ),
    );
    has(named, 'Affected ASINs', 'B0C7WOOD11 Bamboo Bath Caddy Tray, expandable');
    const cited = await letterOf('maplewood-ca-funds-bank-change', (doc) => doc.deleteIn(['asins', 0, 'cited']));
    has(cited, 'Affected ASINs', 'B0C7WOOD11 Bamboo Bath Caddy Tray, expandable');
  });
});

describe('D5: a Japanese exhibit title that names its document takes no kind after it', () => {
  it('商品ページ, お問い合わせ and 依頼 name the document', async () => {
    const hikari = withJapaneseJoined(await letterOf('hikari-jp-rack-load-nad'));
    has(hikari, '資料 C：修正後の商品ページ', '資料 B：お客様からのお問い合わせ3件');
    lacks(hikari, '（修正後の商品ページの画面）', '（購入者とのやり取り）');
    const yamabuki = withJapaneseJoined(await letterOf('yamabuki-jp-line-insert-messaging'));
    has(yamabuki, '資料 D：FBA在庫の返送依頼');
    lacks(yamabuki, '（在庫レポート）');
  });

  it('a title without a document noun still takes its kind', async () => {
    const letter = withJapaneseJoined(await letterOf('hikari-jp-rack-load-nad', (doc) => doc.setIn(['evidence', 2, 'title'], '修正後')));
    has(letter, '資料 C：修正後（修正後の商品ページの画面）');
  });
});

describe('D6: an owner written with the label in brackets is named once', () => {
  it('"Fang Jun (Owner)" reads "Owner: Fang Jun"', async () => {
    const letter = await letterOf('sahara-ae-review-exchange-group');
    has(letter, 'Owner: Fang Jun · Addresses root cause 3');
    lacks(letter, 'Fang Jun (Owner)');
  });
});

describe('D7: a design registered at the Mexican office is a registered design, not a design patent', () => {
  it('terracota (IMPI) names it a registered design in the subject and the differences', async () => {
    const letter = await letterOf('terracota-mx-planter-design');
    has(letter, 'Notice dispute: Registered design complaint', 'The complaint cites registered design MX 68214 B');
    lacks(letter, 'design patent');
  });

  it('a US design patent keeps its name', async () => {
    const letter = await letterOf('terracota-mx-planter-design', (doc) => doc.setIn(['details', 'ip_complaint', 'ip_office'], 'USPTO'));
    has(letter, 'The complaint cites design patent MX 68214 B');
  });
});

describe('an action marked in progress but worded as finished', () => {
  it('L04 says it reads as finished (sahara CA3), not for an action that says how far it has got (CA3 reworded)', async () => {
    const noteOf = (letter: { diagnostics: { ruleId: string; message: string; note?: string }[] }) =>
      letter.diagnostics.find((d) => d.ruleId === 'L04' && d.message === 'corrective action CA3 is still in progress')?.note;
    expect(noteOf(await letterOf('sahara-ae-review-exchange-group'))).toContain('It reads as finished');
    const reworded = await letterOf('sahara-ae-review-exchange-group', (doc) =>
      doc.setIn(
        ['corrective_actions', 2, 'action'],
        'Created a removal order for the 812 remaining insert cards; 300 of 812 destroyed so far.',
      ),
    );
    expect(noteOf(reworded)).toContain('describe it as under way');
  });
});
