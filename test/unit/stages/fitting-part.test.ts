// The part of a case that fits the schema: rejected fields set aside, list positions kept, nothing when a
// required field is what is wrong.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fittingPart } from '../../../src/stages/fitting-part.js';
import { caseValidator } from '../../../src/stages/validate.js';

const base = () => parse(readFileSync('test/fixtures/minimal/case.yaml', 'utf8')) as Record<string, any>;

describe('fittingPart', () => {
  it('returns a case that fits as it is, unchanged', () => {
    expect(fittingPart(base())).toEqual(base());
  });

  it('sets an unknown field aside and keeps everything else', () => {
    const data = base();
    data.orderz = data.orders;
    delete data.orders;
    data.notice.summery = 'a typo of summary';
    const part = fittingPart(data)!;
    expect(caseValidator()(part)).toBe(true);
    expect(part).not.toHaveProperty('orderz');
    expect(part.notice).not.toHaveProperty('summery');
    expect(part.notice.summary).toBe(base().notice.summary);
    expect(part.root_causes).toEqual(base().root_causes);
    // The input is not changed.
    expect(data.orderz).toBeDefined();
  });

  it('removes a rejected field, or a rejected list item with its whole list, so list positions stay as written', () => {
    const data = base();
    data.corrective_actions[0].done_on = '2026-02-30';
    data.evidence[1].kind = 'selfie';
    const part = fittingPart(data);
    // corrective_actions and evidence are required: without them nothing fits.
    expect(part).toBeUndefined();

    // A rejected optional field of an item goes alone; an item that lacks a required field takes its list.
    const field = base();
    field.orders[0].defect = 'not-a-defect';
    expect(fittingPart(field)!.orders).toEqual([{ order_id: base().orders[0].order_id, asin: base().orders[0].asin }]);
    const item = base();
    item.orders[0].order_id = '12-34';
    const kept = fittingPart(item)!;
    expect(kept).not.toHaveProperty('orders');
    expect(kept.evidence).toEqual(base().evidence);
  });

  it('gives nothing when a required field is missing or wrong, or the data is not a mapping', () => {
    const data = base();
    data.marketplace = 'USA';
    expect(fittingPart(data)).toBeUndefined();
    const noSeller = base();
    delete noSeller.seller;
    expect(fittingPart(noSeller)).toBeUndefined();
    expect(fittingPart(['a list'])).toBeUndefined();
    expect(fittingPart('text')).toBeUndefined();
    expect(fittingPart(null)).toBeUndefined();
  });
});
