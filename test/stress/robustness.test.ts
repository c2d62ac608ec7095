// Long setting (npm run test:stress): the two fixed-seed sweeps of 5,000 mutated cases each that npm test
// once ran (20 rendered from each), then 50,000 with a random seed (printed; FUZZ_SEED repeats a run) and 300
// of those that pass the checks rendered. The quick setting is test/unit/case/robustness.test.ts.
import { describe } from 'vitest';
import { sweep } from '../helpers/sweep.js';

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
describe.runIf(!!process.env.STRESS)('robustness sweeps, long', () => {
  describe('fixed seed, first half', () => sweep({ runs: 5_000, seed: 20261105, name: 'first half', render: 20 }));
  describe('fixed seed, second half', () => sweep({ runs: 5_000, seed: 20261106, name: 'second half', render: 20 }));
  describe('random seed', () => sweep({ runs: Number(process.env.FUZZ_RUNS ?? 50_000), seed, name: 'stress', render: 300 }));
});
