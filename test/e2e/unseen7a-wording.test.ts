// The unseen-7 cases (part a) a consultant read: each renders as a ready letter, and the sentences follow the facts.
// Each wording test changes one fact of a copy, renders the letter to PDF and DOCX and reads both back.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Document } from 'yaml';
import { createEnv } from '../../src/case/process-case.js';
import { renderPdf } from '../../src/render/pdf.js';
import { loadWordLists } from '../../src/rules/words.js';
import { expectReadyLetters } from '../helpers/ready-letters.js';
import { editedLetter, has, lacks, withJapaneseJoined } from '../helpers/edited-letter.js';
import { pageLines, pdfPages } from '../helpers/read-pdf.js';

vi.setConfig({ testTimeout: 240_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
const unseen7 = 'test/fixtures/unseen-7';
// The nine cases of part (a); part (b)'s share the folder and have their own test.
const ids = [
  'hemlane-nl-vtr-4px-carrier',
  'kurumido-jp-authenticity-funds-held',
  'lumbre-mx-related-second-store',
  'mapleroot-ca-restricted-npn',
  'najmat-sa-br-factory-agent',
  'nordkoja-se-late-pickup-days',
  'tsubame-jp-atoz-okihai',
  'voltbay-sg-odr-wrong-cable',
  'wattlebay-au-counterfeit-retracted',
];

/** The letter of a copy of an unseen-7 case after `edit` (rendered whether or not the case has errors). */
const letterOf = (id: string, edit?: (doc: Document) => void) => editedLetter(path.join(unseen7, id), env, edit);

/** A Japanese letter's text without the spaces that its line ends leave between two Japanese characters. */
const japaneseLetterOf = async (id: string, edit?: (doc: Document) => void) => withJapaneseJoined(await letterOf(id, edit));

describe('the nine unseen-7 (a) cases', () => {
  it('each builds a ready letter (no draft), one per case type', async () => {
    expect(ids).toHaveLength(9);
    await expectReadyLetters(unseen7, ids);
  });
});

describe('an account review in Japanese: the remedy asks back what the notice stopped', () => {
  const id = 'kurumido-jp-authenticity-funds-held';
  it('"FBA納品の作成を停止" with funds held: FBA shipment creation and the funds; funds alone without it', async () => {
    const both = await japaneseLetterOf(id);
    has(both, 'アカウントの審査を完了し、FBA納品プランの作成権限を再開し、保留されている売上金をお支払いいただけますよう、');
    const fundsOnly = await japaneseLetterOf(id, (doc) =>
      doc.setIn(
        ['notice', 'summary'],
        '出品されている商品の真正性について確認が必要なため、アカウントを審査中とし、売上金の支払いを保留しています。',
      ),
    );
    has(fundsOnly, 'アカウントの審査を完了し、保留されている売上金をお支払いいただけますよう、');
    lacks(fundsOnly, 'FBA納品プラン');
  });
});

describe("related accounts: the linked company's business licence is not ours", () => {
  const id = 'lumbre-mx-related-second-store';
  it('names the other company\'s licence by its company; two licences of ours stay "our business licence"', async () => {
    const letter = await letterOf(id);
    has(
      letter,
      'To show who owns and runs our account, we enclose our business licence (Exhibit A). The business licence of Guangzhou Brillo Trading Co., Ltd. is enclosed as well (Exhibit B).',
    );
    lacks(letter, 'our business licence (Exhibits A and B)');
    const bothOurs = await letterOf(id, (doc) =>
      doc.setIn(['evidence', 1, 'title'], 'Business licence of Guangzhou Lumbre Home Lighting Co., Ltd. (2025 renewal)'),
    );
    has(bothOurs, 'To show who owns and runs our account, we enclose our business licence (Exhibits A and B).');
    lacks(bothOurs, 'enclosed as well');
  });
});

describe('restricted products: an approval held for some of the products only', () => {
  const id = 'mapleroot-ca-restricted-npn';
  it('says which ASIN the approval covers, which listing stays withdrawn, and whose stock was returned', async () => {
    const letter = await letterOf(id);
    has(
      letter,
      'Approval: required; the approval for ASIN B0DMPR12VC is enclosed (Exhibit A); we hold none for ASIN B0DMPR15ML, which we have withdrawn',
      'Inventory: returned to the supplier (ASIN B0DMPR15ML)',
    );
    lacks(letter, 'required; the approval is enclosed');
    // The notice citing only the licensed product: the approval covers every listing asked back.
    const oneCited = await letterOf(id, (doc) => doc.setIn(['asins', 1, 'cited'], false));
    has(oneCited, 'Approval: required; the approval is enclosed (Exhibit A)', 'Inventory: returned to the supplier');
    lacks(oneCited, 'we hold none for', 'supplier (ASIN');
  });
});

describe('a paragraph broken across two pages keeps two lines on each side (the DOCX sets widow control)', () => {
  /** Each page's lines of the PDF, the footer left out. */
  const pagesOf = async (letter: { document: Parameters<typeof renderPdf>[0] }) =>
    (await pdfPages(await renderPdf(letter.document))).map((page) => pageLines(page.items.filter((item) => item.y > page.height * 0.07)));
  it('a root cause whose title line would end page 1 starts page 2 whole', async () => {
    const [first, second] = await pagesOf(await letterOf('nordkoja-se-late-pickup-days'));
    expect(first.join('\n')).not.toContain('Shipment confirmation was done by hand');
    expect(second[0]).toBe('2. Shipment confirmation was done by hand once a day. The 3PL sent us the tracking numbers');
  });
  it('a short root cause whose last line would open page 2 moves whole; a Japanese one too', async () => {
    const [first, second] = await pagesOf(await letterOf('hemlane-nl-vtr-4px-carrier'));
    expect(first.join('\n')).not.toContain('For some orders we uploaded');
    expect(second[0]).toMatch(/^2\. For some orders we uploaded the 4PX reference/);
    const [jaFirst, jaSecond] = await pagesOf(await letterOf('tsubame-jp-atoz-okihai'));
    expect(jaFirst.join('')).not.toContain('購入者からの問い合わせ');
    expect(jaSecond[0]).toMatch(/^2\. 購入者からの問い合わせに2日以上かかっていた/);
  });
});

describe('Brand Registry: the trademark registration nothing else cites is cited where the trademark is named', () => {
  const id = 'najmat-sa-br-factory-agent';
  it('"(registered; Exhibit A)" and lettered first; cited by an action instead, the brand block leaves it out', async () => {
    const letter = await letterOf(id);
    has(letter, 'Trademark: SAIP 1445012873 (registered; Exhibit A)', 'Exhibit A: SAIP trademark registration certificate');
    expect(letter.diagnostics.filter((d) => d.ruleId === 'L15')).toEqual([]);
    const citedByAction = await letterOf(id, (doc) => doc.setIn(['corrective_actions', 1, 'evidence'], ['E2', 'E1']));
    has(citedByAction, 'Trademark: SAIP 1445012873 (registered)', 'Exhibit E: SAIP trademark registration certificate');
    lacks(citedByAction, '(registered; Exhibit');
  });
});
