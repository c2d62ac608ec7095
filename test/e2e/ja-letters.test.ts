// Every sample case, switched to `language: ja`, composes a letter whose fixed text is all Japanese: a
// Latin word in the letter must come from the case itself (names, ASINs, English case text), never from a
// template or a label left in English. Also checks the Japanese punctuation of the fixed text.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copySampleCase, editYaml } from '../helpers/cli.js';
import { checkCase, createEnv } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';

/** Every scalar of the case data as text (dates as YYYY-MM-DD). */
function scalars(data: unknown): string[] {
  if (typeof data === 'string') return [data];
  if (data instanceof Date) return [data.toISOString().slice(0, 10)];
  if (Array.isArray(data)) return data.flatMap(scalars);
  if (data && typeof data === 'object') return Object.values(data).flatMap(scalars);
  return data === undefined || data === null ? [] : [String(data)];
}

const LATIN_WORD = /[A-Za-z][A-Za-z'’-]*/g;
// Latin words the Japanese templates print on purpose: the product names and identifiers Amazon uses in Japan.
const ALLOWED = new Set(['Amazon', 'amazon', 'ASIN', 'ID', 'SHA']);

/** A temporary copy of a sample case in Japanese; evidence files another change has not generated yet are stood in for. */
function japaneseCopy(id: string): string {
  const dir = copySampleCase(id);
  const file = path.join(dir, 'case.yaml');
  editYaml(file, (text) =>
    /^language:/m.test(text)
      ? text.replace(/^language:.*$/m, 'language: ja')
      : text.replace(/^marketplace:.*$/m, (m) => `${m}\nlanguage: ja`),
  );
  const data = parse(readFileSync(file, 'utf8')) as { evidence?: { file: string }[] };
  for (const e of data.evidence ?? []) {
    const target = path.join(dir, e.file);
    const stand = { '.pdf': 'test/fixtures/minimal/evidence/refunds.pdf', '.png': 'test/fixtures/minimal/evidence/rota.png' }[
      path.extname(target)
    ];
    if (!existsSync(target) && stand) {
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(stand, target);
    }
  }
  return file;
}

describe('every sample case as a Japanese letter', () => {
  const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
  const ids = readdirSync('cases').filter((id) => existsSync(path.join('cases', id, 'case.yaml')));
  const runs = new Map<string, ReturnType<typeof japanese>>();
  const japanese = async (id: string) => {
    const file = japaneseCopy(id);
    return { file, ...(await checkCase(file, env)) };
  };
  const run = (id: string) => {
    if (!runs.has(id)) runs.set(id, japanese(id));
    return runs.get(id)!;
  };

  it('covers remediate, dispute and mixed letters and most case types', async () => {
    const seen = { stances: new Set<string>(), types: new Set<string>() };
    for (const id of ids) {
      const { checked } = await run(id);
      if (!checked) continue;
      seen.stances.add(checked.case.stance);
      seen.types.add(checked.case.type);
    }
    expect([...seen.stances].sort()).toEqual(['dispute', 'mixed', 'remediate']);
    expect(seen.types.size).toBeGreaterThanOrEqual(12);
  }, 120_000);

  for (const id of ids) {
    it(`${id}: no English fixed text, no empty brackets, Japanese date and closing`, async () => {
      const { file, checked, result } = await run(id);
      expect(result.diagnostics.filter((d) => d.severity === 'error' && d.ruleId === 'template')).toEqual([]);
      if (!checked) return; // a case still being written elsewhere (its own tests report it)
      // The marketplace's domain (amazon.co.jp, amazon.de, ...) is Latin by nature.
      const body = checked.letter.text.body.replace(/\bamazon(\.[a-z]{2,3})+\b/g, 'amazon');
      const caseWords = new Set(
        scalars(parse(readFileSync(file, 'utf8')))
          .join(' ')
          .match(LATIN_WORD) ?? [],
      );
      const foreign = [...new Set(body.match(LATIN_WORD) ?? [])].filter((w) => !caseWords.has(w) && !ALLOWED.has(w) && !/^[A-Z]$/.test(w));
      expect(foreign, 'Latin words that are not from the case').toEqual([]);
      expect(body).not.toMatch(/（\s*）|\(\s*\)|、、|。。|：：|undefined|\{\w+\}/);
      expect(body).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/m);
      expect(body).toContain('敬具');
    });
  }

  it('translates every supplier tier the schema allows', () => {
    const schema = JSON.parse(readFileSync('schemas/case.schema.json', 'utf8')) as unknown;
    const tiers = JSON.stringify(schema)
      .match(/"tier":\{"enum":\[([^\]]*)\]/)?.[1]
      .split(',')
      .map((t) => JSON.parse(t) as string);
    expect(tiers?.length).toBeGreaterThan(3);
    const ja = JSON.parse(readFileSync('templates/ja/strings.json', 'utf8')) as { supplierTiers: Record<string, string> };
    // The view looks each tier up by the schema's value ("brand-owner").
    for (const tier of tiers!) expect(ja.supplierTiers[tier], tier).toMatch(/^[^A-Za-z]+$/);
  });
});
