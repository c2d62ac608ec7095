// Documents the letter names are cited by exhibit label (so L15 finds them cited), and the IP admission says
// only what the case's actions show: withdrawn listings, or corrected ones.
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCase, createEnv } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';
import { editYaml, flat, runCli, tempDir } from '../helpers/cli.js';
import { pdfBodyText } from '../helpers/read-pdf.js';

const unseen3 = 'test/fixtures/unseen-3';

describe('documents named in the letter are cited; the IP admission follows the actions', { timeout: 300_000 }, () => {
  const letters = new Map<string, string>();
  let output = '';
  beforeAll(async () => {
    const root = tempDir('appeal-cited-');
    const copy = (from: string, to: string) => {
      cpSync(path.join(unseen3, from), path.join(root, to), { recursive: true });
      return path.join(root, to);
    };
    const edited = copy('brackenfold-uk-trademark-retraction', 'brackenfold-edited');
    const withdrawn = copy('brackenfold-uk-trademark-retraction', 'brackenfold-withdrawn');
    editYaml(path.join(withdrawn, 'case.yaml'), (t) =>
      t.replace(
        /Rewrote the title, bullet points and search terms of B0CBF9FL22/,
        'Closed the listing B0CBF9FL22 for good, removed its title, bullet points and search terms',
      ),
    );
    const owner = copy('tlaloc-mx-used-sold-as-new', 'tlaloc-owner');
    const out = path.join(root, 'out');
    const run = await runCli(['build', edited, withdrawn, owner, '--out', out, '-j', '1']);
    expect(run.code, run.stderr).toBe(0);
    output = run.stdout + run.stderr;
    for (const c of ['brackenfold-edited', 'brackenfold-withdrawn', 'tlaloc-owner'])
      letters.set(c, flat(await pdfBodyText(readFileSync(path.join(out, c, 'letter.pdf')))));
  }, 300_000);

  it('a listing that was edited: the letter says the listing was corrected, not removed', () => {
    const text = letters.get('brackenfold-edited')!;
    // One cited ASIN: the listing, in the singular.
    expect(text).toContain('We accept the complaint. We have corrected the listing concerned as set out below, so that it no longer uses');
    expect(text).not.toMatch(/no longer offer the product/);
  });

  it('a listing that was closed: the letter says it was removed and the product is no longer offered', () => {
    expect(letters.get('brackenfold-withdrawn')!).toContain(
      'We accept the complaint. We removed the listing concerned and no longer offer the product.',
    );
  });

  it('the retraction sentence cites the retraction confirmation, and L15 finds it cited', () => {
    expect(letters.get('brackenfold-edited')!).toMatch(/sent the retraction to Amazon directly on 30 October 2026 \(Exhibit [A-Z]\)\./);
    expect(output).not.toMatch(/brackenfold[^\n]*not cited anywhere/);
  });

  it("a brand owner's trademark registration and business licence are cited by label; L15 finds them cited", () => {
    expect(letters.get('tlaloc-owner')!).toMatch(
      /Our trademark registration and business license are enclosed \(Exhibits [A-Z] and [A-Z]\)\./,
    );
    expect(output).not.toMatch(/tlaloc[^\n]*not cited anywhere/);
  });

  it('in Japanese too, the documents are cited by label', async () => {
    const dir = path.join(tempDir('appeal-owner-ja-'), 'tlaloc-ja');
    cpSync(path.join(unseen3, 'tlaloc-mx-used-sold-as-new'), dir, { recursive: true });
    editYaml(path.join(dir, 'case.yaml'), (t) => `language: ja\n${t}`);
    const { checked } = await checkCase(path.join(dir, 'case.yaml'), createEnv({ templatesRoot: 'templates', words: loadWordLists() }));
    expect(checked!.letter.text.body).toMatch(/商標登録証、会社の登記事項証明書を添付いたします（資料\s?[A-Z]、[A-Z]）。/);
  });

  it('without the documents, the letter does not say they are enclosed', async () => {
    const dir = path.join(tempDir('appeal-owner-none-'), 'tlaloc-none');
    cpSync(path.join(unseen3, 'tlaloc-mx-used-sold-as-new'), dir, { recursive: true });
    editYaml(path.join(dir, 'case.yaml'), (t) => t.replace(/kind: (trademark-registration|business-license)/g, 'kind: other'));
    const { checked } = await checkCase(path.join(dir, 'case.yaml'), createEnv({ templatesRoot: 'templates', words: loadWordLists() }));
    const text = flat(checked!.letter.text.body);
    expect(text).toContain('We are the owner of the brand.');
    expect(text).not.toMatch(/enclosed \(Exhibit/);
    expect(text).not.toMatch(/Our trademark registration|business license (is|are) enclosed/);
  });
});
