// The evidence index a reviewer cross-references: the letter's own numbering in "Supports", one
// numbering system (exhibit letters only), the notice and its date, no case-id slug, no word split.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCase, createEnv, type CheckedCase } from '../../../../src/case/process-case.js';
import { loadWordLists } from '../../../../src/rules/words.js';
import { evidenceIndexDocument, supportsLines } from '../../../../src/compose/documents/evidence-index.js';
import { renderPdf } from '../../../../src/render/pdf.js';
import { linesOf, pdfPages } from '../../../helpers/read-pdf.js';
import { flat } from '../../../helpers/cli.js';

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists(), sourceDateEpoch: 1792500000 });

describe('evidence index (sunrise-odr)', () => {
  let checked: CheckedCase;
  let lines: string[];
  beforeAll(async () => {
    checked = (await checkCase('cases/sunrise-odr/case.yaml', env)).checked!;
    const pages = await pdfPages(await renderPdf(evidenceIndexDocument(checked.case, checked.evidence, checked.templates.strings)));
    lines = pages.flatMap((p) => linesOf(p.items).map((l) => l.text));
  }, 120_000);

  it('says what each exhibit supports in the letter numbering: the position of the item in its list', () => {
    const input = checked.case.input;
    for (const e of checked.case.exhibits) {
      const got = supportsLines(checked.case, e, checked.templates.strings);
      const rc = e.supports.rootCauses.map((id) => input.root_causes.findIndex((r) => r.id === id) + 1);
      const ca = e.supports.actions.map((id) => input.corrective_actions.findIndex((a) => a.id === id) + 1);
      if (rc.length === 1) expect(got).toContain(`Root cause\u00a0${rc[0]}`);
      if (ca.length === 1) expect(got).toContain(`Corrective action\u00a0${ca[0]}`);
      expect(got.join(' ')).not.toMatch(/\b(RC|CA|PM|G)\d+\b/);
    }
  });

  it('groups numbers as the letter would ("1 and 2", "1-5"), the number tied to its label by a no-break space', () => {
    const c = checked.case;
    const e = {
      ...c.exhibits[0],
      supports: {
        rootCauses: [],
        grounds: [],
        actions: c.input.corrective_actions.slice(0, 2).map((a) => a.id),
        measures: [],
        other: ['difference 1', 'difference 2', 'difference 3', 'difference 4', 'difference 5'],
      },
    };
    expect(supportsLines(c, e, checked.templates.strings)).toEqual(['Corrective actions\u00a01 and 2', 'Differences\u00a01-5']);
  });

  it('says of a translation which exhibit it translates', () => {
    const c = checked.case;
    const original = c.exhibits[1];
    const translation = {
      ...c.exhibits[0],
      id: 'E99',
      translation_of: original.id,
      supports: { rootCauses: [], grounds: [], actions: [], measures: [], other: [] },
    };
    expect(supportsLines(c, translation, checked.templates.strings)).toEqual([`Translation of Exhibit\u00a0${original.label}`]);
  });

  it('uses one numbering system: exhibit letters, no evidence ids beside them', () => {
    const text = lines.join('\n');
    for (const e of checked.case.exhibits) expect(text).not.toContain(`(${e.id})`);
  });

  it('names the store, the notice with its reference and the day it was received; no case-id slug', () => {
    const text = flat(lines.join(' '));
    expect(text).toContain(
      'Exhibits enclosed with the appeal of SunriseHome: removal of selling privileges, Performance notification 5521-8830, notice received October 27, 2026',
    );
    expect(text).not.toContain(checked.case.id);
  });

  it('breaks no word in the table: every word of the titles is printed whole', () => {
    const words = new Set(lines.join(' ').split(/\s+/));
    for (const e of checked.case.exhibits)
      for (const w of e.title.split(/\s+/)) expect(words.has(w) || [...words].some((x) => x.includes(w)), w).toBe(true);
    expect(lines.some((l) => /[a-z]-$/.test(l.trim()))).toBe(false);
  });
});

describe('evidence index: what a document read by the letter itself supports, in the letter language', () => {
  const supports = async (file: string) => {
    const checked = (await checkCase(file, env)).checked!;
    return checked.case.exhibits.flatMap((e) => supportsLines(checked.case, e, checked.templates.strings));
  };

  it('names the identity documents of a related-accounts letter in Japanese, not by an internal key', async () => {
    const lines = await supports('test/fixtures/unseen-4/kazahana-jp-related-spouse/case.yaml');
    expect(lines).toContain('本人確認（関連アカウント）');
    expect(lines.join('\n')).not.toMatch(/related accounts|right cited|brand owner|retraction/);
  }, 120_000);

  it('names the right cited and the retraction of an IP letter in words', async () => {
    const lines = await supports('test/fixtures/unseen-6/cartaviva-it-keyword-retracted/case.yaml');
    expect(lines).toContain('Retraction of the complaint');
    expect(lines.join('\n')).not.toMatch(/^(related accounts|right cited|brand owner|retraction)$/m);
  }, 120_000);
});
