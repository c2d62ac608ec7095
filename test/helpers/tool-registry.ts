// Where tests record the checks they could not run for a missing tool: one JSON line each, in a file named
// by APPEAL_TOOL_REPORT. The vitest config sets it before the workers start (they inherit it); the
// reporter (test/setup/tool-report.ts) reads it at the end of the run.
import { appendFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The one command that installs every tool the tests use (Debian and Ubuntu). */
export const installCommand = 'sudo apt-get install poppler-utils qpdf libreoffice-writer-nogui chromium fonts-noto-cjk';

/** A check left out because its tool is missing. */
export interface ToolSkip {
  tool: string;
  /** The test (or suite) that was skipped or checked less. */
  test: string;
  /** "skipped" (the test did not run) or what was left out of a test that ran. */
  what: string;
}

/** The run's report file; made up (and put in the environment) on first call in the main process. */
export function toolReportFile(): string {
  process.env.APPEAL_TOOL_REPORT ??= path.join(tmpdir(), `appeal-tool-report-${process.pid}-${Math.random().toString(36).slice(2)}.jsonl`);
  return process.env.APPEAL_TOOL_REPORT;
}

const recorded = new Set<string>();

export function recordToolSkip(skip: ToolSkip): void {
  const file = process.env.APPEAL_TOOL_REPORT;
  const line = JSON.stringify(skip);
  if (!file || recorded.has(line)) return;
  recorded.add(line);
  appendFileSync(file, `${line}\n`);
}

export function readToolSkips(file = process.env.APPEAL_TOOL_REPORT): ToolSkip[] {
  if (!file) return [];
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as ToolSkip);
  } catch {
    return [];
  }
}
