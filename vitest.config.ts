import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // dist/ compiled once per run (test/global-setup.ts), not by each file that starts the CLI as a process.
    globalSetup: ['test/global-setup.ts'],
  },
});
