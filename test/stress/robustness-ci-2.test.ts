// Point 7, CI setting: the second 5,000 of the 10,000 mutated cases (another seed); see robustness-ci-1.test.ts.
import { sweep } from './sweep.js';

sweep({ runs: Number(process.env.FUZZ_RUNS ?? 5_000), seed: Number(process.env.FUZZ_SEED ?? 20261105) + 1, name: 'second half', render: 20 });
