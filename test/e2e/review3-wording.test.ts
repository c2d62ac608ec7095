// Fixed sentences that follow the facts, on the unseen-3 cases (written the way sellers write them): each test
// changes one fact, renders the letter to PDF and DOCX and reads both back.
import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Document } from 'yaml';
import { checkCase, createEnv } from '../../src/case/process-case.js';
import { renderPdf } from '../../src/render/pdf.js';
import { loadWordLists } from '../../src/rules/words.js';
import { tempDir } from '../helpers/cli.js';
import { editedLetter, has, lacks } from '../helpers/edited-letter.js';
import { pageLines, pdfPages } from '../helpers/read-pdf.js';

vi.setConfig({ testTimeout: 90_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
const unseen3 = (id: string) => path.join('test/fixtures/unseen-3', id);

/** The letter of a copy of an unseen-3 case after `edit` (rendered whether or not the case has errors). */
const letterOf = (id: string, edit?: (doc: Document) => void) => editedLetter(unseen3(id), env, edit);

describe('the notice summary introduced so the sentence reads', () => {
  it('a summary that names the notice by its kind ("Warning about ...") follows "The notice is a"; a sentence follows "says that"', async () => {
    const headline = await letterOf('vetrimurano-it-damaged-carafe');
    has(headline, 'The notice is a warning about the number of buyers who received a damaged item');
    lacks(headline, 'says that Warning');
    const alert = await letterOf('lionsgate-sg-fair-pricing-other', (doc) =>
      doc.setIn(['notice', 'summary'], 'Alert under the Fair Pricing Policy: ASIN B0DLG7HF03 was offered at SGD 189.00.'),
    );
    has(alert, 'The notice is an alert under the Fair Pricing Policy');
    const sentence = await letterOf('vetrimurano-it-damaged-carafe', (doc) =>
      doc.setIn(['notice', 'summary'], 'Buyers reported a damaged item for ASIN B0DVM3CR10 in the last 30 days.'),
    );
    has(sentence, 'The notice says that buyers reported a damaged item');
  });
});

describe('the subject line does not say the notice kind twice', () => {
  it('"Policy warning (Warning RP-…)" is written "Policy warning RP-…"; a reference without the word keeps its brackets', async () => {
    const repeated = await letterOf('blancomar-es-whitening-restricted');
    has(repeated, 'Plan of Action: Policy warning RP-ES-7741062');
    lacks(repeated, '(Warning RP-ES-7741062)');
    const bare = await letterOf('blancomar-es-whitening-restricted', (doc) => doc.setIn(['notice', 'reference'], 'RP-ES-7741062'));
    has(bare, 'Plan of Action: Policy warning (RP-ES-7741062)');
  });
});

describe('an action the case marks done reads as done', () => {
  it('done without a date: no empty status slot (and counted as completed); in progress: "In progress" and "the other is under way"', async () => {
    const undated = await letterOf('hafenlicht-de-authenticity-distributor', (doc) => doc.deleteIn(['corrective_actions', 0, 'done_on']));
    has(undated, 'contact sheet. Addresses root cause 1', 'We have completed the two corrective actions.');
    lacks(undated, 'In progress');
    const started = await letterOf('hafenlicht-de-authenticity-distributor', (doc) => {
      doc.setIn(['corrective_actions', 0, 'status'], 'in-progress');
      doc.deleteIn(['corrective_actions', 0, 'done_on']);
    });
    has(started, 'contact sheet. In progress', 'We have completed one of the two corrective actions; the other is under way.');
  });
});

describe('Japanese: an exhibit kind only where the title does not say it; one とおり in the closing', () => {
  it('"入荷検品チェックリスト 第2版" takes no "（品質検査チェックリスト）"; a title without the kind’s noun keeps it', async () => {
    const letter = await letterOf('amagasa-jp-umbrella-quality');
    has(letter, '資料 B：入荷検品チェックリスト 第2版', '資料 C：返金・交換と在庫返送の記録');
    lacks(letter, '（品質検査チェックリスト）', '（返金・交換の記録）', '記載のとおり完了');
    const other = await letterOf('amagasa-jp-umbrella-quality', (doc) => doc.setIn(['evidence', 1, 'title'], '入荷時の傘の検品 第2版'));
    has(other, '資料 B：入荷時の傘の検品 第2版（品質検査チェックリスト）');
  });
});

describe('days of one year in a range name the year once', () => {
  it('"From November 26 to November 30, 2026"; a range across a year keeps both years', async () => {
    const letter = await letterOf('loonbay-ca-late-shipment-future');
    has(letter, 'From November 26 to November 30, 2026 we received', 'Orders shipped late, November 26 to November 30, 2026');
    const across = await letterOf('loonbay-ca-late-shipment-future', (doc) =>
      doc.setIn(['evidence', 0, 'title'], 'Orders shipped late, 2025-12-26 to 2026-01-03'),
    );
    has(across, 'Orders shipped late, December 26, 2025 to January 3, 2026');
  });
});

describe('a design-patent dispute says each fact once', () => {
  it('the design date and the retraction request are left out where a ground or an action already gives them', async () => {
    const letter = await letterOf('quillmark-us-design-patent-planter');
    has(letter, 'We have sold this planter since April 11, 2022', 'asked them to retract the complaint');
    lacks(letter, 'has been in use since', 'We asked the rights owner to retract the complaint on');
    const untold = await letterOf('quillmark-us-design-patent-planter', (doc) => {
      doc.setIn(['grounds', 1, 'detail'], 'We sold this planter long before the patent application was filed on 2023-02-06.');
      doc.setIn(['corrective_actions', 1, 'action'], 'Sent Terrace & Stem Inc. the comparison sheet and our sales history.');
      doc.setIn(['corrective_actions', 1, 'evidence'], ['E2']);
    });
    has(
      untold,
      "Our product's design has been in use since April 11, 2022.",
      'We asked the rights owner to retract the complaint on November 25, 2026.',
    );
  });
});

describe('the products for a video verification call', () => {
  it('are introduced by a sentence that stays with the table', async () => {
    const letter = await letterOf('ateliers-garonne-fr-brand-registry');
    has(letter, 'The products we will show on the call, with the units at hand (Exhibit D): Product ASIN Units');
  });
});

describe('Japanese metric names as Seller Central JP writes them', () => {
  it('Valid Tracking Rate is 有効な追跡率 in the metrics table, as the notice names it', async () => {
    const letter = await letterOf('tsubame-jp-vtr');
    has(letter, '有効な追跡率 88.5%');
    lacks(letter, '有効追跡率', '追跡可能率');
  });
});

describe('a British letter keeps its end on one page', () => {
  it('"Yours faithfully," holds the closing paragraph and the whole signature block on its page (loonbay, wislana)', async () => {
    for (const id of ['loonbay-ca-late-shipment-future', 'wislana-pl-odr-runon']) {
      const dir = path.join(tempDir('appeal-review3-'), id);
      cpSync(unseen3(id), dir, { recursive: true });
      const { checked } = await checkCase(path.join(dir, 'case.yaml'), env);
      const document = checked!.letter.document;
      const last = document.blocks[document.blocks.length - 1];
      expect(last.kind === 'paragraph' && last.keepTogether, id).toBe(true);
      const pages = (await pdfPages(await renderPdf(document))).map((page) => pageLines(page.items).join(' '));
      const closePage = pages.find((text) => text.includes('Yours faithfully,'));
      expect(closePage, id).toContain('We respectfully ask you to review this plan of action');
      expect(closePage, id).toContain('Seller account login:');
    }
  });
});
