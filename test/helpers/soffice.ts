// LibreOffice for tests that read a DOCX back as a word processor lays it out: converts DOCX files to PDF.
// A test that needs it calls useTools(ctx, 'soffice') (test/helpers/tools.ts): under CI=true a missing
// LibreOffice fails it unless APPEAL_SKIP_TOOLS names soffice; elsewhere it is skipped and named at the end.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from './cli.js';
import { findTool } from './tools.js';

/** The LibreOffice command, or undefined when it is not installed. */
export const soffice: string | undefined = findTool('soffice');

/** Converts DOCX files to PDF in one LibreOffice run (its own profile); returns the PDF paths, in order. */
export function docxToPdf(files: string[], outDir: string): string[] {
  const profile = tempDir('appeal-lo-profile-');
  execFileSync(
    soffice!,
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files],
    {
      env: { ...process.env, HOME: profile },
      stdio: 'ignore',
      timeout: 600_000,
    },
  );
  return files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.pdf`));
}
