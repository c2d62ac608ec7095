// Which enclosed document is the registration of the right a complaint cites.
import { describe, expect, it } from 'vitest';
import { citedRightIds } from '../../../src/domain/owner-documents.js';

const evidence = [
  { id: 'E1', kind: 'patent-document', title: 'US D1,028,415 S: front page and figures' },
  { id: 'E2', kind: 'patent-document', title: 'Our own design patent US D998,877 S' },
  { id: 'E3', kind: 'patent-comparison', title: 'Comparison with D1028415' },
] as Parameters<typeof citedRightIds>[1];

describe('citedRightIds', () => {
  it('matches the number with its separators left out, in the number and in the title', () => {
    expect(citedRightIds('US D1,028,415 S', evidence)).toEqual(['E1']);
    expect(citedRightIds('D1.028.415', evidence)).toEqual(['E1']);
  });
  it('names no document when the number matches none', () => {
    expect(citedRightIds('RCD 009127745-0002', evidence)).toEqual([]);
  });
  it('without a number of five digits, names the design or patent documents the case encloses', () => {
    expect(citedRightIds('RCD (number not in the notice)', evidence)).toEqual(['E1', 'E2']);
    expect(citedRightIds(undefined, evidence)).toEqual(['E1', 'E2']);
  });
});
