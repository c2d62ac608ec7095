// What a line may not break inside: a number and its unit or time of day, and a web address at its hyphens.
import { describe, expect, it } from 'vitest';
import { bindNumbersToUnits, splitKeptTerms } from '../../../src/render/kept-terms.js';

describe('bindNumbersToUnits', () => {
  it('puts a non-breaking space between a number and a short unit or a time of day', () => {
    expect(bindNumbersToUnits('an output of 4.5 mW (Class 3R)')).toBe('an output of 4.5\u00a0mW (Class 3R)');
    expect(bindNumbersToUnits('twice a day, 11 am and 5 pm.')).toBe('twice a day, 11\u00a0am and 5\u00a0pm.');
    expect(bindNumbersToUnits('100 g, 250 ml, 3 kg, 2,000 mAh, 12 V, 40 W, 30 cm, 5 mm, 12 %')).toBe(
      '100\u00a0g, 250\u00a0ml, 3\u00a0kg, 2,000\u00a0mAh, 12\u00a0V, 40\u00a0W, 30\u00a0cm, 5\u00a0mm, 12\u00a0%',
    );
  });

  it('leaves a number before a word alone', () => {
    for (const text of ['2 marketplaces', '3 gifts', '5 packers', 'Exhibit 2 and 3', '10 Valves'])
      expect(bindNumbersToUnits(text)).toBe(text);
  });
});

describe('splitKeptTerms', () => {
  it('keeps the hyphenated parts of a web address whole, so it breaks only at "." or "/"', () => {
    expect(splitKeptTerms('see www.hanwei-appliance.example now')).toContainEqual({ text: 'hanwei-appliance', whole: true });
    expect(splitKeptTerms('at https://shop.example/merchant-fulfilled-orders')).toContainEqual({
      text: 'merchant-fulfilled-orders',
      whole: true,
    });
  });

  it('still lets a long compound of words outside an address break at its hyphens', () => {
    expect(splitKeptTerms('our merchant-fulfilled orders')).toEqual([{ text: 'our merchant-fulfilled orders' }]);
  });
});
