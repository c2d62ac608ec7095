// The unseen-6 cases (part b) a consultant read: each renders as a ready letter, and the sentences that follow the
// facts. Each test changes one fact of a copy, renders the letter to PDF and DOCX and reads both back.
import path from 'node:path';
import { describe, it, vi } from 'vitest';
import type { Document } from 'yaml';
import { createEnv } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';
import { expectReadyLetters } from '../helpers/ready-letters.js';
import { editedLetter, has, lacks } from '../helpers/edited-letter.js';

vi.setConfig({ testTimeout: 240_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
const unseen6 = (id: string) => path.join('test/fixtures/unseen-6', id);
const ours = [
  'anatolux-tr-kettle-test-report',
  'cartaviva-it-keyword-retracted',
  'casaverde-br-returned-airfryer',
  'fengyue-es-lamp-design-prior-art',
  'hinoki-jp-review-cashback',
  'polderlicht-nl-bikelight-ipx',
  'shannonweave-ie-funds-after-deactivation',
  'tsukishiro-jp-glass-damaged',
  'velora-be-dropship-slips',
];

/** The letter of a copy of an unseen-6 case after `edit`. */
const letterOf = (id: string, edit?: (doc: Document) => void) => editedLetter(unseen6(id), env, edit);

describe('the nine unseen-6 (b) cases', () => {
  it('all render as ready letters, PDF and DOCX, with no error and no draft', async () => {
    await expectReadyLetters('test/fixtures/unseen-6', ours);
  });
});

describe('F1: a funds case answering an account deactivation asks for the funds, not the account', () => {
  it('is titled and addressed as a release request, and its default closing asks for the amount', async () => {
    const letter = await letterOf('shannonweave-ie-funds-after-deactivation', (doc) => doc.delete('closing'));
    has(
      letter,
      'Amazon Seller Performance Team (Payments)',
      'Request to release the funds held on our amazon.ie account (Seller Performance case 18455120937)',
      'we received your notice deactivating our amazon.ie selling account',
      'release the EUR 6,218.40 held on our account',
    );
    lacks(letter, 'Plan of Action', 'reinstate our selling privileges');
  });

  it('asks for the funds and the FBA inventory when the case says so', async () => {
    const letter = await letterOf('shannonweave-ie-funds-after-deactivation', (doc) => {
      doc.delete('closing');
      doc.setIn(['notice', 'release'], 'funds-and-inventory');
    });
    has(
      letter,
      'Request to release the funds and FBA inventory held on our amazon.ie account',
      'and the FBA inventory held on our account',
    );
    lacks(letter, 'reinstate our selling privileges');
  });

  it('the same notice in another case type still asks for the selling privileges back', async () => {
    const letter = await letterOf('shannonweave-ie-funds-after-deactivation', (doc) => {
      doc.delete('closing');
      doc.set('type', 'other');
      doc.deleteIn(['notice', 'amount']);
      doc.deleteIn(['notice', 'release']);
    });
    has(letter, 'Plan of Action: Account deactivation', 'reinstate our selling privileges');
    lacks(letter, 'Request to release');
  });
});

describe('F2: a policy warning says its kind once and names its policy, in whatever case the policy is written', () => {
  it('names a lower-case policy ("Product detail page rules") in the subject and the opening', async () => {
    const letter = await letterOf('polderlicht-nl-bikelight-ipx');
    has(
      letter,
      'Plan of Action: Warning under the Product detail page rules (Policy warning 4471-NAD-NL)',
      'issuing a warning under the Product detail page rules to our amazon.nl account',
    );
    lacks(letter, 'Policy warning (Policy warning');
  });

  it('without a policy, a reference that starts with "Policy warning" is not preceded by the same words', async () => {
    const letter = await letterOf('polderlicht-nl-bikelight-ipx', (doc) => doc.deleteIn(['notice', 'policy']));
    has(letter, 'Plan of Action: Policy warning 4471-NAD-NL');
    lacks(letter, 'Policy warning (Policy warning', 'Policy warning Policy warning');
  });
});

describe('F3: a trademark complaint the rights owner retracted says so first, once', () => {
  it('tells the retraction in the opening and not again in the complaint block when an action cites it', async () => {
    const letter = await letterOf('cartaviva-it-keyword-retracted');
    has(letter, 'QUADERNORO.” Quadernoro S.r.l. retracted the complaint on 24 November 2026 (Exhibit');
    lacks(letter, 'sent the retraction to Amazon directly', 'to send a retraction to Amazon directly');
  });

  it('without the retraction received, the block says what was asked and the opening says nothing of it', async () => {
    const letter = await letterOf('cartaviva-it-keyword-retracted', (doc) => {
      doc.deleteIn(['details', 'ip_complaint', 'retraction', 'received_on']);
      doc.setIn(['corrective_actions', 1, 'status'], 'in-progress');
      doc.deleteIn(['corrective_actions', 1, 'done_on']);
      doc.setIn(['corrective_actions', 1, 'evidence'], ['E3']);
    });
    lacks(letter, 'retracted the complaint on');
    has(letter, 'On 12 November 2026 we asked Quadernoro S.r.l. by email to send a retraction to Amazon directly.');
  });
});

describe('F5: a Japanese third party whose name has its own 「」 is not bracketed twice', () => {
  it('prints the name as written; a plain name still gets 「」', async () => {
    const quoted = await letterOf('hinoki-jp-review-cashback');
    has(quoted, '当社はレビュー代行「星のしずく」とLINE @hoshinoshizukuを通じてやり取りしておりました');
    lacks(quoted, '「レビュー代行「星のしずく」」');
    const plain = await letterOf('hinoki-jp-review-cashback', (doc) =>
      doc.setIn(['details', 'review_manipulation', 'third_parties', 0, 'name'], 'レビュー代行ほしのしずく'),
    );
    has(plain, '当社は「レビュー代行ほしのしずく」とLINE');
  });
});

describe('F6: a design dispute cites the registration extract and the prior-art publication it encloses', () => {
  const undatedGround = (doc: Document) =>
    doc.setIn(['grounds', 1, 'title'], 'Our design was public long before the design was filed in March 2023');

  it('names the extract beside the design the complaint cites and the publication beside the date of first use', async () => {
    // A ground that gave the month ("since April 2019") would leave the in-use sentence out.
    const letter = await letterOf('fengyue-es-lamp-design-prior-art', undatedGround);
    has(
      letter,
      'The complaint cites registered design RCD 015102338-0001 (Exhibit D), held by Lumbrera Diseño S.L.',
      "Our product's design has been in use since 15 April 2019 (Exhibit C).",
    );
  });

  it('without those documents, the sentences cite nothing', async () => {
    const letter = await letterOf('fengyue-es-lamp-design-prior-art', (doc) => {
      undatedGround(doc);
      doc.setIn(['evidence', 0, 'kind'], 'other');
      doc.setIn(['evidence', 3, 'kind'], 'other');
    });
    has(letter, 'The complaint cites registered design RCD 015102338-0001, held by', 'has been in use since 15 April 2019.');
  });
});
