// `npm run test:stress`: the long runs kept out of npm test (test/stress/): robustness sweeps of 60,000
// mutated cases, 3,000 watcher saves, 10 SIGKILLs during a 200-case build, the evidence check of every
// fixture, case isolation. Same setup as vitest.config.ts (dist/ compiled, samples rendered once).
// Not mergeConfig: it concatenates arrays, so the base config's exclusion of test/stress/ would stay.
import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.js';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // One project, each file in its own process (not npm test's shared and isolated projects).
    projects: undefined,
    include: ['test/stress/**/*.test.ts'],
    exclude: [...configDefaults.exclude],
    env: { STRESS: '1' },
  },
});
