// Edits of the test base case that the examples of several rules share.
import type { CaseEdit } from './types.js';

/** Sets the letter's stance and gives it one ground, G1, citing `evidence`. */
export function stanceWithOneGround(stance: 'dispute' | 'mixed', title: string, detail: string, evidence = ['E1']): CaseEdit[] {
  return [
    { path: ['stance'], value: stance },
    { path: ['grounds'], value: [{ id: 'G1', title, detail, evidence }] },
  ];
}
