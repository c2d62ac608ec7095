// The line count the PDF's widow and orphan control compares with the room left on a page.
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/render/fonts.js';
import { wrappedLineCount } from '../../../src/render/text-lines.js';

describe('wrappedLineCount', () => {
  const word = 'shipment ';
  const wordWidth = textWidth(word, 10);

  it('counts the lines a greedy wrap of measured words gives, and a line end starts a new one', () => {
    expect(wrappedLineCount([{ text: 'Late shipment' }], 10, 400)).toBe(1);
    // Ten words where four fit on a line: three lines.
    expect(wrappedLineCount([{ text: word.repeat(10).trim() }], 10, wordWidth * 4.5)).toBe(3);
    expect(wrappedLineCount([{ text: 'Completed\nAddresses root cause 1' }], 10, 400)).toBe(2);
  });

  it('measures bold spans as bold and breaks Japanese text at any character', () => {
    const title = 'Lightning and USB-C cables were stored in the same bin';
    const regular = wrappedLineCount([{ text: title }], 10, textWidth(title, 10) + 1);
    const bold = wrappedLineCount([{ text: title, bold: true }], 10, textWidth(title, 10) + 1);
    expect(regular).toBe(1);
    expect(bold).toBe(2);
    // Twenty CJK characters, each 1 em, in a width of eight: three lines.
    expect(wrappedLineCount([{ text: '購入者からの問い合わせに二日以上かかっていた'.slice(0, 20) }], 10, 80)).toBe(3);
  });
});
