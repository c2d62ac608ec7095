// The DOCX has as many pages as the PDF when LibreOffice lays it out, for letters written as sellers write them:
// every Japanese letter of the untuned fixtures (CJK line breaking, autospace and font metrics differ most there),
// and the letters whose PDF once had a page more than LibreOffice (a heading moved to a new page kept its space
// above; a run held on one page needed room for the space below its last line). The samples are checked by
// test/unit/render/docx-libreoffice.test.ts.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { docxToPdf } from '../helpers/soffice.js';
import { useTools } from '../helpers/tools.js';

const FIXTURES = 'test/fixtures';

/** Every Japanese case of the unseen fixtures (their folder names carry "-jp-"). */
const japanese = readdirSync(FIXTURES)
  .filter((set) => set.startsWith('unseen'))
  .flatMap((set) =>
    readdirSync(path.join(FIXTURES, set))
      .filter((id) => id.includes('-jp-'))
      .map((id) => path.join(set, id)),
  )
  .sort();

/** Letters whose PDF was a page longer than the DOCX in LibreOffice, each with a page a third blank. */
const once = [
  'unseen-6/kempenhuis-be-inauthentic-new-box',
  'unseen-6/nilepets-eg-restricted-flea-collar',
  'unseen-5/kaffenord-se-trademark-capsules',
  'unseen-5/outbackglow-au-lantern-lumens',
];

const cases = [...japanese, ...once];
const src = tempDir('appeal-lo-pages-src-');
const out = tempDir('appeal-lo-pages-out-');

beforeAll(async () => {
  for (const c of cases) cpSync(path.join(FIXTURES, c), path.join(src, path.basename(c)), { recursive: true });
  const run = await runCli(['build', src, '--out', out, '-q']);
  // Every case rendered and none is a draft (a progress line says "0 failed", which is no failure).
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).not.toMatch(/[1-9]\d* failed/);
}, 300_000);

/** The page count of a PDF, from pdftotext's form feeds. */
const pageCount = (pdftotext: string, file: string) => execFileSync(pdftotext, [file, '-'], { encoding: 'utf8' }).split('\f').length - 1;

describe('the DOCX of an untuned letter in LibreOffice', { timeout: 600_000 }, () => {
  it('has as many pages as the PDF: every Japanese letter, and those that once had a page more in the PDF', (ctx) => {
    const [pdftotext] = useTools(ctx, 'pdftotext', 'soffice');
    expect(japanese.length).toBeGreaterThanOrEqual(10);
    const ids = cases.map((c) => path.basename(c));
    const dir = tempDir('appeal-lo-pages-docx-');
    const files = ids.map((id) => {
      const file = path.join(dir, `${id}.docx`);
      cpSync(path.join(out, id, 'letter.docx'), file);
      return file;
    });
    const laidOut = docxToPdf(files, dir);
    const pages = Object.fromEntries(
      ids.map((id, i) => [
        id,
        { pdf: pageCount(pdftotext, path.join(out, id, 'letter.pdf')), libreOffice: pageCount(pdftotext, laidOut[i]) },
      ]),
    );
    const differ = Object.entries(pages).filter(([, count]) => count.pdf !== count.libreOffice);
    expect(Object.fromEntries(differ)).toEqual({});
    // The four that once differed now fit on two pages in both.
    for (const c of once) expect(pages[path.basename(c)], c).toEqual({ pdf: 2, libreOffice: 2 });
  });
});
