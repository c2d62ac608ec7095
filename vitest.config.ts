// `npm test`: every test file except the long stress runs (test/stress/, `npm run test:stress`).
// dist/ is compiled once per run (test/setup/compile.ts), then the sample cases are rendered once into a folder
// the tests share (test/setup/samples.ts, inject('samples')); tests skipped for a missing tool are named at the
// end with the command that installs it (test/helpers/tools.ts, test/setup/tool-report.ts).
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { toolReportFile } from './test/helpers/tool-registry.js';

toolReportFile();

export default defineConfig({
  test: {
    globalSetup: ['test/setup/compile.ts', 'test/setup/samples.ts'],
    // Vitest's default is one worker fewer than the cores: a single one on a 2-core machine, where the other core
    // then idles through every test that renders in its own process. Two test files at a time at least.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A loaded 2-core machine is slow, not wrong: no test fails for taking its time (speed is `npm run bench`'s).
    testTimeout: 120_000,
    hookTimeout: 300_000,
    exclude: [...configDefaults.exclude, 'test/stress/**'],
    reporters: ['default', './test/setup/tool-report.ts'],
  },
});
