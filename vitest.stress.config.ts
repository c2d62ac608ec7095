// `npm run test:stress`: the long runs kept out of npm test (test/stress/): robustness sweeps of 60,000
// mutated cases, 3,000 watcher saves, 10 SIGKILLs during a 200-case build. Same setup as vitest.config.ts.
import { configDefaults, defineConfig } from 'vitest/config';
import { toolReportFile } from './test/helpers/tool-registry.js';

toolReportFile();

export default defineConfig({
  test: {
    globalSetup: ['test/setup/compile.ts'],
    include: ['test/stress/**/*.test.ts'],
    exclude: configDefaults.exclude,
    reporters: ['default', './test/setup/tool-report.ts'],
    env: { STRESS: '1' },
  },
});
