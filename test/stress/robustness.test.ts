// Point 7, long setting (npm run test:stress, STRESS=1): 50,000 mutated cases with a random seed (printed;
// FUZZ_SEED repeats a run), and 300 of those that pass the checks fully rendered. Skipped without STRESS so
// that `npm test` runs only the CI setting (test/stress/robustness-ci-*.test.ts).
import { describe } from 'vitest';
import { sweep } from './sweep.js';

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
describe.runIf(!!process.env.STRESS)('robustness sweep, long', () => {
  sweep({ runs: Number(process.env.FUZZ_RUNS ?? 50_000), seed, name: 'stress', render: 300 });
});
