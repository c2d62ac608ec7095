// Exhibit labels follow the letter: the first exhibit a reader meets is A, the next new one B, and so on,
// whichever section the templates print first (grounds of a mixed stance, supply chain, video verification).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCase, createEnv } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';
import { flat, runCli, tempDir } from '../helpers/cli.js';
import { pdfBodyText } from '../helpers/read-pdf.js';

const unseen3 = 'test/fixtures/unseen-3';
const cases = ['redcliff-us-atoz-mixed', 'tlaloc-mx-used-sold-as-new', 'ateliers-garonne-fr-brand-registry'];

/** The exhibit labels the text cites, in reading order ("Exhibits A, B and C" gives A, B, C). */
function citedLabels(text: string): string[] {
  return [...flat(text).matchAll(/\bExhibits? ([A-Z]{1,2}\b(?:(?:, | and )[A-Z]{1,2}\b)*)/g)].flatMap((m) => m[1].split(/, | and /));
}

/** The labels in order of first citation. */
const firstCitations = (labels: string[]) => [...new Set(labels)];

describe('exhibit labels in order of first citation in the letter', { timeout: 300_000 }, () => {
  const letters = new Map<string, string>();
  beforeAll(async () => {
    const out = path.join(tempDir('appeal-exhibit-order-'), 'out');
    const run = await runCli(['build', ...cases.map((c) => path.join(unseen3, c)), '--out', out, '-j', '1', '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    for (const c of cases) letters.set(c, await pdfBodyText(readFileSync(path.join(out, c, 'letter.pdf'))));
  }, 300_000);

  it.each(cases)('%s: the letter first cites A, then B, then C ...', (c) => {
    const first = firstCitations(citedLabels(letters.get(c)!));
    expect(first.length).toBeGreaterThanOrEqual(3);
    expect(first).toEqual(first.map((_, n) => String.fromCharCode(65 + n)));
  });

  it('a mixed stance: the "why the notice is in error" section comes before the root causes and cites Exhibit A', () => {
    const text = flat(letters.get('redcliff-us-atoz-mixed')!);
    const grounds = text.indexOf('Exhibit', text.search(/notice is in error/i));
    const rootCauses = text.search(/Root causes/);
    expect(grounds).toBeGreaterThan(0);
    expect(grounds).toBeLessThan(rootCauses);
    expect(text.slice(grounds)).toMatch(/^Exhibits? A\b/);
  });
});

describe('every sample and seller-written case: the composed letter first cites A, then B ...', { timeout: 600_000 }, () => {
  const folders = ['cases', 'test/fixtures/unseen', 'test/fixtures/unseen-2', unseen3];
  const files = folders
    .flatMap((f) => readdirSync(f).map((d) => path.join(f, d, 'case.yaml')))
    .filter((f) => existsSync(f))
    .sort();
  it('in English and Japanese', async () => {
    const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
    let checked = 0;
    for (const file of files) {
      const { checked: c } = await checkCase(file, env);
      if (!c) continue;
      const labels = new Set(c.case.exhibits.map((e) => e.label));
      // "Exhibit A", "Exhibits A, B and C", "資料A、B および C": each label once, in order of first appearance.
      const cited = [
        ...c.letter.text.body.matchAll(/(?:Exhibits?|資料)\s?([A-Z]{1,2}(?:(?:,\s|\sand\s|、|\s?および\s?)[A-Z]{1,2})*)(?![A-Za-z])/g),
      ]
        .flatMap((m) => m[1].split(/,\s|\sand\s|、|\s?および\s?/))
        .filter((l) => labels.has(l));
      const first = firstCitations(cited);
      expect(first, file).toEqual(first.map((_, n) => c.case.exhibits[n].label));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(40);
  });
});
