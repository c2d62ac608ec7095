// LibreOffice for tests that read a DOCX back as a word processor lays it out: converts DOCX files to PDF.
// Missing LibreOffice fails the test, unless `soffice` is named in APPEAL_SKIP_TOOLS.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from './cli.js';

const skipped = (process.env.APPEAL_SKIP_TOOLS ?? '').split(',').map((s) => s.trim());

/** The LibreOffice command, or undefined when it is missing and may be skipped. */
export const soffice: string | undefined = (() => {
  const found = ['soffice', 'libreoffice'].find((cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0);
  if (!found && !skipped.includes('soffice')) throw new Error('LibreOffice (soffice) not found: install it, or add soffice to APPEAL_SKIP_TOOLS');
  return found;
})();

/** Converts DOCX files to PDF in one LibreOffice run (its own profile); returns the PDF paths, in order. */
export function docxToPdf(files: string[], outDir: string): string[] {
  const profile = tempDir('appeal-lo-profile-');
  execFileSync(soffice!, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
    env: { ...process.env, HOME: profile },
    stdio: 'ignore',
    timeout: 600_000,
  });
  return files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.pdf`));
}
