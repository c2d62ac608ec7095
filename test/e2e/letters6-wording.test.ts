// Three unseen-6 letters after a consultant's read: exhibit labels in the order a reader meets them (a retraction
// told first in the opening included), a type-other case's orders shown, and a design's first use told once. Each
// test changes one fact of a copied case, renders the letter to PDF and DOCX and reads both back.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { type Document, parseDocument } from 'yaml';
import { createEnv } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';
import { flat, runCli, tempDir } from '../helpers/cli.js';
import { both, editedLetter, has, lacks } from '../helpers/edited-letter.js';
import { docxText } from '../helpers/read-docx.js';
import { pdfText } from '../helpers/read-pdf.js';

vi.setConfig({ testTimeout: 240_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
const unseen6 = (id: string) => path.join('test/fixtures/unseen-6', id);
const letterOf = (id: string, edit?: (doc: Document) => void) => editedLetter(unseen6(id), env, edit);

/** The exhibit labels in the order the text first cites them ("Exhibits A to C" gives A, B, C; "資料A" gives A). */
function firstCited(text: string): string[] {
  const range = (from: string, to: string) =>
    Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, n) => String.fromCharCode(from.charCodeAt(0) + n));
  const cited = [...text.matchAll(/(?:Exhibits?|資料)\s?([A-Z](?:(?:,\s|\sand\s|\sto\s|、|～|\s?および\s?)[A-Z])*)(?![A-Za-z])/g)].flatMap(
    (m) =>
      m[1]
        .replace(/([A-Z])(?:\sto\s|～)([A-Z])/g, (_, from: string, to: string) => range(from, to).join(','))
        .split(/,\s?|\sand\s|、|\s?および\s?/),
  );
  return [...new Set(cited)];
}

/** Whether labels run A, B, C ... */
const inOrder = (labels: string[]) => labels.every((l, n) => l === String.fromCharCode(65 + n));

/** A copy of a case after `edit`, built by the CLI into its own output folder. */
async function built(source: string, edit: (doc: Document) => void) {
  const root = tempDir('appeal-letters6-');
  const dir = path.join(root, 'cases', path.basename(source));
  cpSync(source, dir, { recursive: true });
  const file = path.join(dir, 'case.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  edit(doc);
  writeFileSync(file, doc.toString());
  const out = path.join(root, 'out');
  const run = await runCli(['build', dir, '--out', out, '-q']);
  expect(run.code, run.stdout + run.stderr).toBe(0);
  return path.join(out, path.basename(source));
}

describe('1: a retraction told first in the opening is Exhibit A', () => {
  it('English: the opening cites A, and the letter meets A, B, C ... in order', async () => {
    const letter = await letterOf('cartaviva-it-keyword-retracted');
    has(letter, 'Quadernoro S.r.l. retracted the complaint on 24 November 2026 (Exhibit A).');
    both(letter, (text, format) => {
      const first = firstCited(text);
      expect(first.length, format).toBe(7);
      expect(inOrder(first), `${format}: ${first}`).toBe(true);
    });
  });

  it('a seller-written opening does not tell the retraction, so the retraction keeps its place', async () => {
    const letter = await letterOf('cartaviva-it-keyword-retracted', (doc) =>
      doc.setIn(['letter', 'opening'], 'We write about the removal of our two notebook listings.'),
    );
    lacks(letter, 'retracted the complaint on 24 November 2026 (Exhibit A)');
    has(letter, 'Exhibit A');
    both(letter, (text, format) => expect(inOrder(firstCited(text)), format).toBe(true));
  });

  it('Japanese: the letter, the evidence index and the pack give the retraction the same letter A', async () => {
    const out = await built(unseen6('cartaviva-it-keyword-retracted'), (doc) => {
      doc.set('marketplace', 'JP');
      doc.set('language', 'ja');
      doc.delete('closing');
    });
    const pdf = flat(await pdfText(readFileSync(path.join(out, 'letter.pdf'))));
    const docx = flat(docxText(readFileSync(path.join(out, 'letter.docx'))));
    for (const [text, format] of [
      [pdf, 'PDF'],
      [docx, 'DOCX'],
    ]) {
      expect(text, format).toMatch(/取り下げております（資料\s?A）/);
      expect(inOrder(firstCited(text)), format).toBe(true);
    }
    const index = readFileSync(path.join(out, 'evidence-index.csv'), 'utf8');
    expect(index).toMatch(/^A,E4,/m);
    expect(index).toMatch(/^B,E1,/m);
    const pack = JSON.parse(readFileSync(path.join(out, 'submission.json'), 'utf8')) as { attach: string[] };
    expect(pack.attach.filter((f) => f.includes('Exhibit'))[0]).toMatch(/Exhibit-A/);
    const indexPdf = flat(await pdfText(readFileSync(path.join(out, 'evidence-index.pdf'))));
    expect(indexPdf).toMatch(/A\s+.*Retraction confirmation/);
  });
});

describe('2: the orders of a type-other case are shown in the orders table', () => {
  it('lists both orders of the drop-shipping case under "Orders concerned"', async () => {
    const letter = await letterOf('velora-be-dropship-slips');
    has(letter, 'Orders concerned Order ASIN 405-2217309-8841276 B0DVL2HM44 405-6630418-2205917 B0DVL2HM51');
  });

  it('gives a resolution column when an order has one, and no table without orders', async () => {
    const resolved = await letterOf('velora-be-dropship-slips', (doc) =>
      doc.setIn(['orders', 0, 'resolution'], 'Refunded in full on 2026-11-21'),
    );
    has(resolved, 'Orders concerned Order ASIN Resolution 405-2217309-8841276 B0DVL2HM44 Refunded in full on 21 November 2026');
    const none = await letterOf('velora-be-dropship-slips', (doc) => doc.delete('orders'));
    lacks(none, 'Orders concerned', '405-2217309-8841276');
  });
});

describe('3: a design in use since a date a ground already gives is dated once', () => {
  const sentence = 'has been in use since 15 April 2019';

  it('leaves the "in use since" sentence out where a ground says "since April 2019"', async () => {
    const letter = await letterOf('fengyue-es-lamp-design-prior-art');
    has(letter, 'Our design was public since April 2019');
    lacks(letter, sentence);
  });

  it('keeps it where no ground gives the month, and where the ground gives another month', async () => {
    const other = await letterOf('fengyue-es-lamp-design-prior-art', (doc) =>
      doc.setIn(['grounds', 1, 'title'], 'Our design was public since March 2018, before the design was filed in March 2023'),
    );
    has(other, 'since March 2018', `Our product's design ${sentence} (Exhibit`);
    const undated = await letterOf('fengyue-es-lamp-design-prior-art', (doc) =>
      doc.setIn(['grounds', 1, 'title'], 'Our design was public long before the design was filed in March 2023'),
    );
    has(undated, `Our product's design ${sentence} (Exhibit`);
  });
});
