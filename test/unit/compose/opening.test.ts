// The opening's plan sentences from the case's own items: counts, dates, the exhibits enclosed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { openingPlan } from '../../../src/compose/opening.js';
import { loadTemplateSet } from '../../../src/compose/templates.js';
import type { CaseInput } from '../../../src/model/case.js';
import { normalizeCase } from '../../../src/stages/normalize.js';
import { parseCase } from '../../../src/stages/parse.js';
import { validateCase } from '../../../src/stages/validate.js';

const base = 'test/unit/rules/fixtures/base.yaml';
const plan = (edit: (doc: ReturnType<typeof parseDocument>) => void = () => {}, language = 'en') => {
  const doc = parseDocument(readFileSync(base, 'utf8'));
  edit(doc);
  const validated = validateCase(parseCase(base, doc.toString()).value!);
  expect(validated.diagnostics).toEqual([]);
  const input = validated.value as CaseInput;
  const c = normalizeCase(base, { ...input, language });
  const strings = loadTemplateSet('templates', language).value!.stringsFor('american');
  return openingPlan(c, strings).replace(/\u00A0/g, ' ');
};

describe('openingPlan', () => {
  it('the base case: a metric traced, actions done by their last date, measures all in place by the last start', () => {
    // Letter dated after every item: the base case has no letter date, so the latest case date is used.
    expect(plan()).toBe(
      'We traced the Order Defect Rate of 1.8% to two root causes. We completed the two corrective actions by 2026-10-20. ' +
        'The two preventive measures were in place by 2026-10-21. We enclose Exhibits A to C.',
    );
  });

  it('an action without its date: no date; measures not started: the span of their start dates', () => {
    const text = plan((doc) => {
      doc.deleteIn(['corrective_actions', 1, 'done_on']);
      doc.setIn(['letter', 'date'], '2026-10-20');
      doc.setIn(['preventive_measures', 0, 'starts'], '2026-11-02');
      doc.setIn(['preventive_measures', 1, 'starts'], '2026-11-09');
    });
    expect(text).toContain('We have completed the two corrective actions. ');
    expect(text).toContain('The two preventive measures start on 2026-11-02 and 2026-11-09.');
  });

  it('a dispute without grounds yet says only that it disputes', () => {
    const text = plan((doc) => doc.set('stance', 'dispute'));
    expect(text.startsWith('We believe the notice was issued in error. We also set out what caused the complaint')).toBe(true);
  });

  it('a dispute names its reasons and the exhibits they cite', () => {
    const text = plan((doc) => {
      doc.set('stance', 'dispute');
      doc.set('grounds', [
        { id: 'G1', title: 'The claims were filed late', detail: 'Both claims came after the 90-day window.', evidence: ['E1'] },
      ]);
    });
    expect(text.startsWith('We believe the notice was issued in error, for the reason set out below, supported by Exhibit A.')).toBe(true);
  });

  it('Japanese', () => {
    expect(plan(() => {}, 'ja')).toBe(
      '調査の結果、注文不良率が1.8%となった2件の根本原因が判明いたしました。2件の是正措置を2026-10-20までに完了いたしました。' +
        '2件の再発防止策は2026-10-21までにすべて運用を開始しております。資料 A～Cを添付いたします。',
    );
  });
});
