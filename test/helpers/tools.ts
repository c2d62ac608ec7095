// The programs some tests read output with: qpdf, pdffonts, pdftotext (poppler), LibreOffice, a browser and
// CJK system fonts (for LibreOffice). A test that needs one never passes silently without it:
// - with CI=true a missing tool fails the test, unless APPEAL_SKIP_TOOLS (comma-separated) names it;
// - elsewhere the test is skipped (or the check left out) and the run ends by naming it with the command
//   that installs the tools (test/setup/tool-report.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, beforeAll, expect } from 'vitest';
import { installCommand, recordToolSkip } from './tool-registry.js';

export { installCommand } from './tool-registry.js';

export type Tool = 'qpdf' | 'pdffonts' | 'pdftotext' | 'soffice' | 'chromium' | 'fonts-noto-cjk';

const runs = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore', timeout: 60_000 }).status === 0;

const finders: Record<Tool, () => string | undefined> = {
  qpdf: () => (runs('qpdf', ['--version']) ? 'qpdf' : undefined),
  pdffonts: () => (runs('pdffonts', ['-v']) ? 'pdffonts' : undefined),
  pdftotext: () => (runs('pdftotext', ['-v']) ? 'pdftotext' : undefined),
  soffice: () => ['soffice', 'libreoffice'].find((cmd) => runs(cmd, ['--version'])),
  chromium: () =>
    [
      process.env.CHROMIUM_PATH,
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    ].find((c): c is string => !!c && existsSync(c)),
  'fonts-noto-cjk': () => {
    const r = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8', timeout: 60_000 });
    return r.status === 0 && r.stdout.trim() ? 'fc-list' : undefined;
  },
};

const found = new Map<Tool, string | undefined>();

/** The command or executable of a tool, or undefined when it is not installed. */
export function findTool(tool: Tool): string | undefined {
  if (!found.has(tool)) found.set(tool, finders[tool]());
  return found.get(tool);
}

/** Whether a missing `tool` fails the run: under CI, unless APPEAL_SKIP_TOOLS names it. */
export function toolRequired(tool: Tool, env: NodeJS.ProcessEnv = process.env): boolean {
  const skippable = (env.APPEAL_SKIP_TOOLS ?? '').split(',').map((s) => s.trim());
  return env.CI === 'true' && !skippable.includes(tool);
}

const missingMessage = (tool: Tool) =>
  `${tool} is not installed, and CI=true requires it (install: ${installCommand}; or list it in APPEAL_SKIP_TOOLS)`;

const currentTest = () => expect.getState().currentTestName ?? expect.getState().testPath ?? 'a test';

/**
 * A tool for a check inside a test that runs anyway: its command, or undefined when the check must be left
 * out (recorded for the end-of-run report). Throws under CI when the tool is required.
 */
export function toolForCheck(tool: Tool, what: string): string | undefined {
  const command = findTool(tool);
  if (command) return command;
  if (toolRequired(tool)) throw new Error(missingMessage(tool));
  recordToolSkip({ tool, test: currentTest(), what });
  return undefined;
}

/** For a test that cannot run without the tools: their commands, or the test is skipped (and reported). */
export function useTools(context: { skip(note?: string): never | void }, ...tools: Tool[]): string[] {
  const missing = tools.filter((t) => !findTool(t));
  const required = missing.filter((t) => toolRequired(t));
  if (required.length) throw new Error(required.map(missingMessage).join('\n'));
  if (missing.length) {
    for (const tool of missing) recordToolSkip({ tool, test: currentTest(), what: 'skipped' });
    context.skip(`needs ${missing.join(', ')}`);
  }
  return tools.map((t) => findTool(t)!);
}

/**
 * A describe block that needs tools: skipped (and reported) when one is missing, failed under CI when a
 * required one is missing. `body` gets the tools' commands.
 */
export function describeWithTools(name: string, tools: Tool[], body: (commands: string[]) => void): void {
  const missing = tools.filter((t) => !findTool(t));
  const required = missing.filter((t) => toolRequired(t));
  if (required.length) {
    describe(name, () => {
      beforeAll(() => {
        throw new Error(required.map(missingMessage).join('\n'));
      });
      body(tools.map((t) => findTool(t) ?? t));
    });
  } else if (missing.length) {
    for (const tool of missing) recordToolSkip({ tool, test: name, what: 'skipped' });
    describe.skip(name, () => body(tools.map((t) => findTool(t) ?? t)));
  } else {
    describe(name, () => body(tools.map((t) => findTool(t)!)));
  }
}
