// Point 7, CI setting: 10,000 mutated cases through the check stage (parse, validate, glyphs, normalise,
// evidence, rules, compose), split over two files so both cores work; this file runs half of them.
// The property (fuzz.ts checkOne): nothing throws, and every input is either a case that would render or has an
// error, every diagnostic with a file, a line >= 1 and a column >= 1. The long sweep: npm run test:stress.
import { sweep } from './sweep.js';

sweep({ runs: Number(process.env.FUZZ_RUNS ?? 5_000), seed: Number(process.env.FUZZ_SEED ?? 20261105), name: 'first half', render: 20 });
