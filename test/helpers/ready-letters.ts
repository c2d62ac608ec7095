// One CLI build of copies of a fixture set's cases, each checked to be a ready letter: no error, no draft, and its
// PDF and DOCX read back with their exhibits and their complimentary close.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { flat, runCli, tempDir } from './cli.js';
import { docxText } from './read-docx.js';
import { pdfText } from './read-pdf.js';

export async function expectReadyLetters(setDir: string, ids: string[]): Promise<void> {
  const root = tempDir('appeal-ready-');
  for (const id of ids) cpSync(path.join(setDir, id), path.join(root, 'cases', id), { recursive: true });
  const out = path.join(root, 'out');
  const run = await runCli(['build', path.join(root, 'cases'), '--out', out, '-q']);
  expect(run.stdout + run.stderr).not.toMatch(/\berror\b/);
  expect(run.code).toBe(0);
  for (const id of ids) {
    expect(existsSync(path.join(out, '.drafts', id)), `${id} is a draft`).toBe(false);
    const pdf = flat(await pdfText(readFileSync(path.join(out, id, 'letter.pdf'))));
    const docx = flat(docxText(readFileSync(path.join(out, id, 'letter.docx'))));
    for (const [text, format] of [
      [pdf, 'PDF'],
      [docx, 'DOCX'],
    ]) {
      expect(text, `${id} ${format}`).not.toContain('DRAFT');
      expect(text, `${id} ${format}`).toMatch(/Exhibit A|資料 A/);
      expect(text, `${id} ${format}`).toMatch(/Yours faithfully|Sincerely|敬具/);
    }
  }
}
