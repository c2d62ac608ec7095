// A vitest reporter that ends the run by naming the tests skipped, or checked less, because a tool was
// missing (recorded by test/helpers/tools.ts), with the one command that installs the tools.
import type { Reporter } from 'vitest/reporters';
import { rmSync } from 'node:fs';
import { installCommand, readToolSkips } from '../helpers/tool-registry.js';

export default class ToolReport implements Reporter {
  onTestRunEnd(): void {
    const file = process.env.APPEAL_TOOL_REPORT;
    const skips = readToolSkips(file);
    if (file) rmSync(file, { force: true });
    if (!skips.length) return;
    const lines = [
      ...new Set(skips.map((s) => `  ${s.tool}: ${s.test}${s.what === 'skipped' ? ' (skipped)' : ` (${s.what} left out)`}`)),
    ].sort();
    process.stdout.write(
      `\nNot checked because a tool is missing (${lines.length}):\n${lines.join('\n')}\nInstall the tools with: ${installCommand}\n(macOS: brew install poppler qpdf; LibreOffice and Chrome from their sites. Under CI=true a missing tool fails the run.)\n\n`,
    );
  }
}
