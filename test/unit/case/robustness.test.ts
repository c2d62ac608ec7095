// Quick setting (npm test): 100 mutated cases through the check stage (parse, validate, glyphs, normalise,
// evidence, rules, compose) with a fixed seed, and 5 of those that pass the checks rendered.
// The property (fuzz.ts checkOne): nothing throws, and every input is either a case that would render or has an
// error, every diagnostic with a file, a line >= 1 and a column >= 1. The long sweeps: npm run test:stress.
import { sweep } from '../../helpers/sweep.js';

sweep({ runs: Number(process.env.FUZZ_RUNS ?? 100), seed: Number(process.env.FUZZ_SEED ?? 20261105), name: 'quick', render: 5 });
