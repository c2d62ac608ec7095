// The opening states this case's own items, dispute letters name their items as their sections do, and the
// template's words follow the letter's spelling: each test renders a real case (edited to vary one fact) to PDF
// and DOCX and reads both back.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Document } from 'yaml';
import { createEnv } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';
import { type EditedLetter, both, editedLetter, has, lacks } from '../helpers/edited-letter.js';

vi.setConfig({ testTimeout: 90_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
const unseen3 = (id: string) => path.join('test/fixtures/unseen-3', id);
const sample = (id: string) => path.join('cases', id);
const letterOf = (folder: string, edit?: (doc: Document) => void) => editedLetter(folder, env, edit);

/** Japanese text has no spaces between words: a line break read back as a space is not compared. */
const hasJapanese = (letter: EditedLetter, ...texts: string[]) =>
  both(letter, (t, f) => texts.forEach((x) => expect(t.replace(/\s+/g, ''), `${f} lacks "${x}"`).toContain(x)));

// The paragraph every remediate letter used to share, word for word.
const fixedParagraph = ['We have investigated the causes', 'This letter sets out', 'The enclosed exhibits are cited beside the items'];

describe('the opening states the case’s own items, not one paragraph for every letter of a type', () => {
  it('counts, completion date, start date and exhibits of the case (altamar: 2 root causes, 4 actions, 2 measures, 5 exhibits)', async () => {
    const letter = await letterOf(sample('altamar-product-quality'));
    has(
      letter,
      'We found two root causes. We completed the four corrective actions by November 8, 2026. ' +
        'The two preventive measures have been in place since November 8, 2026. We enclose Exhibits A to E.',
    );
    lacks(letter, ...fixedParagraph);
  });

  it('an action still under way and a measure that starts after the letter date are said as such', async () => {
    // altamar's letter is dated November 9, 2026.
    const letter = await letterOf(sample('altamar-product-quality'), (doc) => {
      doc.setIn(['corrective_actions', 2, 'status'], 'in-progress');
      doc.deleteIn(['corrective_actions', 2, 'done_on']);
      doc.setIn(['preventive_measures', 1, 'starts'], '2026-11-20');
    });
    has(
      letter,
      'We have completed three of the four corrective actions; the other is under way.',
      'We have put one of the two preventive measures in place; the other starts on November 20, 2026.',
    );
    lacks(letter, 'We completed the four corrective actions', 'have been in place since');
  });

  it('a metric case names the metric it traced (loonbay: Late Shipment Rate of 7.8%)', async () => {
    const letter = await letterOf(unseen3('loonbay-ca-late-shipment-future'));
    has(letter, 'We traced the Late Shipment Rate of 7.8% to two root causes.');
    lacks(letter, ...fixedParagraph);
  });

  it('one of each, in the singular; no exhibit sentence when the letter encloses none (gumleaf)', async () => {
    const one = await letterOf(unseen3('gumleaf-au-not-as-described'));
    has(
      one,
      'We found a single root cause. We completed the corrective action on 11 November 2026. ' +
        'The preventive measure has been in place since 12 November 2026. We enclose Exhibits A to D.',
    );
    const none = await letterOf(unseen3('gumleaf-au-not-as-described'), (doc) => {
      doc.deleteIn(['root_causes', 0, 'evidence']);
      doc.deleteIn(['corrective_actions', 0, 'evidence']);
      doc.set('evidence', []);
    });
    has(none, 'The preventive measure has been in place since 12 November 2026.');
    lacks(none, 'We enclose', 'Exhibit A');
  });

  it('a dispute states its reasons and the exhibits they cite (quillmark)', async () => {
    const letter = await letterOf(unseen3('quillmark-us-design-patent-planter'));
    has(
      letter,
      'We believe the notice was issued in error, for the two reasons set out below, supported by Exhibits A to C. ' +
        'We also set out what caused the complaint, the two corrective actions we took and the preventive measure we adopted.',
    );
    lacks(letter, 'We have checked the notice against our records', 'This letter sets out');
  });

  it('in Japanese too (amagasa: an action under way)', async () => {
    const letter = await letterOf(unseen3('amagasa-jp-umbrella-quality'));
    hasJapanese(letter, '調査の結果、2件の根本原因が判明いたしました。3件の是正措置のうち2件を完了し、残る1件は実施中です。');
    lacks(letter, '当社にて原因を調査いたしましたので', 'ご報告申し上げます');
  });
});

describe('a dispute letter names its items as its sections do', () => {
  it('"What caused the complaint" items are causes, "Why the notice is in error" items are reasons (quillmark)', async () => {
    const letter = await letterOf(unseen3('quillmark-us-design-patent-planter'));
    has(letter, 'What caused the complaint', 'Addresses cause 1', 'Addresses reasons 1 and 2');
    lacks(letter, 'root cause', 'How the complaint arose', 'ground');
  });

  it('a letter that remedies keeps its root causes (brackenfold)', async () => {
    const letter = await letterOf(unseen3('brackenfold-uk-trademark-retraction'));
    has(letter, 'Root causes', 'Addresses root cause 1');
    lacks(letter, 'Addresses cause 1');
  });

  it('in Japanese: 通知に至った原因, 原因 1', async () => {
    const letter = await letterOf(unseen3('quillmark-us-design-patent-planter'), (doc) => doc.set('language', 'ja'));
    has(letter, '通知に至った原因', '原因 1');
    lacks(letter, '根本原因 1', '通知に至った経緯');
  });
});

describe('the template’s words in the letter’s spelling, words of two too', () => {
  it('a UK letter writes "trade mark" in the template’s words; the case may choose American', async () => {
    const british = await letterOf(unseen3('brackenfold-uk-trademark-retraction'));
    has(british, 'Plan of Action: Trade mark complaint against our listing', 'trade mark UK00003581144');
    lacks(british, 'Trademark complaint', 'trademark UK00003581144');
    const american = await letterOf(unseen3('brackenfold-uk-trademark-retraction'), (doc) => doc.setIn(['letter', 'spelling'], 'american'));
    has(american, 'Plan of Action: Trademark complaint against our listing', 'trademark UK00003581144');
    // The seller's own words stay as written.
    has(american, 'the VORTANA trade mark without permission');
  });
});

describe('a labelled value has no colon of its own', () => {
  it('"Category: Cosmetics: tooth whitening …" reads "Category: Cosmetics (tooth whitening …)"; more parts take a dash', async () => {
    const two = await letterOf(unseen3('blancomar-es-whitening-restricted'));
    has(two, 'Category: Cosmetics (tooth whitening above 0.1% hydrogen peroxide)');
    lacks(two, 'Cosmetics: tooth');
    const three = await letterOf(unseen3('blancomar-es-whitening-restricted'), (doc) =>
      doc.setIn(['details', 'restricted_product', 'category'], 'Cosmetics: oral care: tooth whitening'),
    );
    has(three, 'Category: Cosmetics – oral care – tooth whitening');
  });
});

describe('L46 hard-to-read-items: a warning at the item, the letter still rendered', () => {
  it('wislana’s 119-word root cause that starts in lower case: two warnings at its line, and its letter', async () => {
    const letter = await letterOf(unseen3('wislana-pl-odr-runon'));
    const found = letter.diagnostics.filter((d) => d.ruleId === 'L46');
    expect(found.map((d) => [d.severity, d.message])).toEqual([
      ['warning', 'root cause RC1 starts with a lower-case letter: "in september we changed the weaving mill for …"'],
      ['warning', 'root cause RC1 has a sentence of 119 words: "in september we changed the weaving mill for …"'],
    ]);
    // Both point at the root cause's detail in the case file (the copy the test wrote).
    const lines = readFileSync(found[0].file, 'utf8').split('\n');
    const detail = lines.findIndex(
      (l, i) =>
        /^\s+detail:/.test(l) &&
        lines
          .slice(i, i + 2)
          .join(' ')
          .includes('in september'),
    );
    expect(found.map((d) => [d.line, d.column])).toEqual([
      [detail + 1, lines[detail].indexOf('detail:') + 'detail: '.length + 1],
      [detail + 1, lines[detail].indexOf('detail:') + 'detail: '.length + 1],
    ]);
    expect(path.basename(path.dirname(found[0].file))).toBe('wislana-pl-odr-runon');
    // The seller's text is printed as written; a warning holds nothing back.
    has(letter, 'in september we changed the weaving mill');
    const fixed = await letterOf(unseen3('wislana-pl-odr-runon'), (doc) =>
      doc.setIn(
        ['root_causes', 0, 'detail'],
        'In September we changed the weaving mill for the tablecloths. The new mill used a linen that was not pre-washed. We checked only the colour and the size on arrival, not a wash test.',
      ),
    );
    expect(fixed.diagnostics.filter((d) => d.ruleId === 'L46')).toEqual([]);
  });
});
