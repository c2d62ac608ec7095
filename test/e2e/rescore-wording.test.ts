// Fixed phrases that were false or awkward for some unseen-3 and unseen-4 cases: each test renders the real case
// (or a copy with one fact changed) to PDF and DOCX and reads both back.
import path from 'node:path';
import { describe, it, vi } from 'vitest';
import type { Document } from 'yaml';
import { createEnv } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';
import { editedLetter, has, lacks, withJapaneseJoined } from '../helpers/edited-letter.js';

vi.setConfig({ testTimeout: 120_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
const unseen3 = (id: string) => path.join('test/fixtures/unseen-3', id);
const unseen4 = (id: string) => path.join('test/fixtures/unseen-4', id);

/** A Japanese letter's text without the spaces that its line ends leave between two Japanese characters. */
const japanese = async (source: string, edit?: (doc: Document) => void) => {
  const letter = await editedLetter(source, env, edit);
  return withJapaneseJoined(letter);
};

describe('a metric is named as the notice names it', () => {
  it('an Indian notice that says "Late Shipment Rate" keeps that name in the opening and the table', async () => {
    const letter = await editedLetter(unseen4('rangoli-in-late-shipment-diwali'), env);
    has(letter, 'We traced the Late Shipment Rate of 11.2%', 'Late Shipment Rate 11.2%');
    lacks(letter, 'Late Dispatch Rate');
  });

  it('a notice that names no metric gets the marketplace’s name', async () => {
    const letter = await editedLetter(unseen4('rangoli-in-late-shipment-diwali'), env, (d) =>
      d.setIn(['notice', 'summary'], 'Your selling privileges have been removed because orders were dispatched late.'),
    );
    has(letter, 'We traced the Late Dispatch Rate of 11.2%');
    lacks(letter, 'We traced the Late Shipment Rate');
  });

  it('Japanese: 有効な追跡率, as the notice and Seller Central JP say', async () => {
    const letter = await japanese(unseen3('tsubame-jp-vtr'));
    has(letter, '有効な追跡率が88.5%');
    lacks(letter, '追跡可能率');
  });
});

describe('preventive measures in place: "since" only for one shared start date', () => {
  it('two measures that started on different days were in place by the later one', async () => {
    const letter = await editedLetter(unseen3('tlaloc-mx-used-sold-as-new'), env);
    has(letter, 'The two preventive measures were in place by October 28, 2026.');
    lacks(letter, 'have been in place since October 28');
  });

  it('two measures that started the same day have been in place since it', async () => {
    const letter = await editedLetter(unseen3('tlaloc-mx-used-sold-as-new'), env, (d) =>
      d.setIn(['preventive_measures', 0, 'starts'], '2026-10-28'),
    );
    has(letter, 'The two preventive measures have been in place since October 28, 2026.');
  });
});

describe('a done action without a date', () => {
  it('is told as completed with no date to give, and its item line has no empty status slot', async () => {
    const letter = await editedLetter(unseen3('tulpenhof-nl-funds-held-nodate'), env);
    has(letter, 'We have completed the two corrective actions.', 'to our warehouse in Lisse. Addresses root cause 1 · Exhibit C');
    lacks(letter, 'We completed the two corrective actions.', 'Completed ·');
    has(letter, 'Completed on 25 November 2026 · Addresses root cause 1');
  });

  it('Japanese: no empty 完了 slot and no date in the opening', async () => {
    const letter = await japanese(unseen3('tsubame-jp-vtr'), (d) => {
      d.deleteIn(['corrective_actions', 0, 'done_on']);
    });
    has(letter, '2件の是正措置を完了いたしました。', '確認しました。対応する項目：根本原因 1／資料 B');
    lacks(letter, '確認しました。完了');
  });
});

describe('the approval line of a restricted product', () => {
  it('is left out where the notice says the product is prohibited or may not be sold', async () => {
    const sunbeam = await editedLetter(unseen4('sunbeam-au-laser-pointer-restricted'), env);
    lacks(sunbeam, 'Approval:', 'not required for this product');
    const blancomar = await editedLetter(unseen3('blancomar-es-whitening-restricted'), env);
    lacks(blancomar, 'Approval:');
  });

  it('is shown where the notice allows a sale with the right approval', async () => {
    const letter = await editedLetter(unseen3('blancomar-es-whitening-restricted'), env, (d) =>
      d.setIn(['notice', 'summary'], 'Two listings were removed because teeth-whitening products need an approval to be listed.'),
    );
    has(letter, 'Approval: required');
  });
});

describe('a metric without a target in the notice', () => {
  it('has no "none stated" target: the column is left out where no metric has one', async () => {
    const letter = await editedLetter(unseen4('lanxi-de-atoz-chargeback-yanwen'), env);
    lacks(letter, 'none stated', "Amazon's target");
  });

  it('an empty cell where another metric has a target', async () => {
    const letter = await editedLetter(unseen4('lanxi-de-atoz-chargeback-yanwen'), env, (d) =>
      d.addIn(['metrics'], { name: 'order-defect-rate', value: 1.4, unit: '%', target: 1, comparator: '<' }),
    );
    has(letter, "Amazon's target", 'Order Defect Rate 1.4% < 1%');
    lacks(letter, 'none stated');
  });
});

describe('what a corrected listing no longer uses is named by the right', () => {
  it('copyright: the work; trademark: the mark; design patent: the patented design', async () => {
    const lunaria = await editedLetter(unseen4('lunaria-es-copyright-photos'), env);
    has(lunaria, 'so that it no longer uses the work.');
    lacks(lunaria, 'protected right');
    const brackenfold = await editedLetter(unseen3('brackenfold-uk-trademark-retraction'), env);
    // Its corrected listing no longer names the mark at all ("without the VORTANA mark").
    has(brackenfold, 'so that it no longer uses the mark.');
    lacks(brackenfold, 'as a brand name or logo');
    lacks(brackenfold, 'protected right');
    const design = await editedLetter(unseen4('lunaria-es-copyright-photos'), env, (d) =>
      d.setIn(['details', 'ip_complaint', 'ip_type'], 'design-patent'),
    );
    has(design, 'so that it no longer uses the patented design.');
  });
});

describe('a notice summary of clauses joined by commas', () => {
  it('is told as sentences, each said to be the notice’s', async () => {
    const letter = await editedLetter(unseen4('qingmu-us-brand-registry-slots'), env);
    has(
      letter,
      'The notice says that the application for brand QINGMU was rejected. It also says that the images we submitted show the brand name on a removable sticker',
    );
    lacks(letter, 'was rejected, the images');
  });
});

describe('a warning about a metric is titled by the metric, not as a policy warning', () => {
  it('English: "Valid Tracking Rate warning" in the subject and the opening', async () => {
    const letter = await editedLetter(unseen4('valbonne-fr-vtr-colissimo'), env);
    has(letter, 'Plan of Action: Valid Tracking Rate warning', 'issuing a Valid Tracking Rate warning to our amazon.fr account');
    lacks(letter, 'Policy warning', 'policy warning');
  });

  it('Japanese: 有効な追跡率の警告, not ポリシー違反の警告', async () => {
    const letter = await japanese(unseen3('tsubame-jp-vtr'));
    has(letter, '有効な追跡率の警告に関する改善計画書', 'アカウントに対する有効な追跡率の警告に関する通知');
    lacks(letter, 'ポリシー違反');
  });

  it('a policy warning about a listing is still a policy warning', async () => {
    const letter = await editedLetter(unseen3('blancomar-es-whitening-restricted'), env);
    has(letter, 'Policy warning');
  });
});
