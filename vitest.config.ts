// `npm test`: every test file except the long stress runs (test/stress/, `npm run test:stress`).
// dist/ is compiled once per run (test/setup/compile.ts), then the sample cases are rendered once into a folder
// the tests share (test/setup/samples.ts, inject('samples')); tests skipped for a missing tool are named at the
// end with the command that installs it (test/helpers/tools.ts, test/setup/tool-report.ts).
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { configDefaults, defineConfig } from 'vitest/config';
import { toolReportFile } from './test/helpers/tool-registry.js';

toolReportFile();

// A loaded 2-core machine is slow, not wrong: no test fails for taking its time (speed is `npm run bench`'s).
const timeouts = { testTimeout: 120_000, hookTimeout: 300_000 };

// Files that read what the code gives back (letters, reports, outputs) share one process per worker, so the
// renderer, its fonts and templates are loaded once per worker instead of once per file. Every other file gets a
// fresh process: those that replace functions or the clock (vi.mock, vi.spyOn, fake timers), set process.env,
// measure this process's memory, or leave watchers and servers running. A new file matched by `shared` that does
// any of that is listed in `isolatedByName`.
const shared = [
  'test/e2e/**/*.test.ts',
  'test/unit/{case,compose,domain,render,rules,stages}/**/*.test.ts',
  'test/unit/batch/{build,incremental,output-cache,shard}.test.ts',
  'test/unit/cli/commands/{init,new,status}.test.ts',
];
const isolatedByName = [
  'test/e2e/atomic-outputs.test.ts',
  'test/e2e/preview.test.ts',
  'test/e2e/watch-survival.test.ts',
  'test/unit/case/process-case.test.ts',
  'test/unit/render/attachments.test.ts',
  'test/unit/render/decode-limits.test.ts',
  'test/unit/render/docx.test.ts',
  'test/unit/render/pdf.test.ts',
];
const excluded = [...configDefaults.exclude, 'test/stress/**'];
const sharedFiles = fg.sync(shared, { cwd: path.dirname(fileURLToPath(import.meta.url)), ignore: [...excluded, ...isolatedByName] });

export default defineConfig({
  test: {
    ...timeouts,
    globalSetup: ['test/setup/temp-root.ts', 'test/setup/compile.ts', 'test/setup/samples.ts'],
    // Vitest's default is one worker fewer than the cores: a single one on a 2-core machine, where the other core
    // then idles through every test that renders in its own process. Two test files at a time at least.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default', './test/setup/tool-report.ts'],
    projects: [
      { test: { ...timeouts, name: 'shared', isolate: false, include: sharedFiles } },
      { test: { ...timeouts, name: 'isolated', include: ['test/**/*.test.ts'], exclude: [...excluded, ...sharedFiles] } },
    ],
  },
});
