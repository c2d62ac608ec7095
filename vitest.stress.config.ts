// `npm run test:stress`: the long runs kept out of npm test (test/stress/): robustness sweeps of 60,000
// mutated cases, 3,000 watcher saves, 10 SIGKILLs during a 200-case build. Same setup as vitest.config.ts.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ['test/stress/**/*.test.ts'],
      exclude: [],
      env: { STRESS: '1' },
    },
  }),
);
