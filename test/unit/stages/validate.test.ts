// The schema is the one source of the case's shape: editors read it, ajv checks with it, the types come from it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { parse } from 'yaml';
import { parseCase } from '../../../src/stages/parse.js';
import { validateCase } from '../../../src/stages/validate.js';
import { resolveAliases } from '../../../src/stages/aliases.js';

/** The YAML blocks of a Markdown page, in order. */
const yamlBlocks = (markdown: string) => [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);

/** Parses, resolves aliases and validates a case text, as the pipeline does; returns every diagnostic. */
function check(text: string) {
  const parsed = parseCase('case.yaml', text);
  if (!parsed.value) return parsed.diagnostics;
  return [...parsed.diagnostics, ...resolveAliases(parsed.value), ...validateCase(parsed.value).diagnostics];
}

/** b laid over a: mappings merged key by key, anything else replaced. */
function overlay(a: unknown, b: unknown): unknown {
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) || Array.isArray(b)) return b;
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [k, v] of Object.entries(b)) out[k] = overlay(out[k], v);
  return out;
}

describe('schemas/case.schema.json', () => {
  const schema = JSON.parse(readFileSync('schemas/case.schema.json', 'utf8'));

  it('is a draft-07 schema that compiles in strict mode (as editors and ajv read it)', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    // strictRequired off: a field required under either of its names lists the name in an anyOf branch,
    // whose properties are its parent's (ajv's own default leaves this check off too).
    const ajv = new Ajv({ strict: true, allErrors: true, strictTypes: false, strictRequired: false });
    // Annotations for editors (yaml-language-server, VS Code) and the alias marker; they do not validate.
    ajv.addVocabulary(['x-alias-of', 'deprecationMessage', 'doNotSuggest']);
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/).addFormat('email', /@/);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('generates the checked-in TypeScript types (npm run gen:types)', () => {
    expect(() => execFileSync(process.execPath, ['scripts/gen-types.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  // The contract's example is kept in test/fixtures so the test runs in a clone without ../shared;
  // where ../shared is there, the copy must still match it.
  it('validates the example case of shared/case-format.md without a schema error', () => {
    const example = readFileSync(new URL('../../fixtures/contract-example.yaml', import.meta.url), 'utf8');
    const contractFile = new URL('../../../../shared/case-format.md', import.meta.url);
    if (existsSync(contractFile)) expect(example).toBe(/```yaml\n([\s\S]*?)```/.exec(readFileSync(contractFile, 'utf8'))![1]);
    const parsed = parseCase('case-format.md', example);
    expect(parsed.diagnostics).toEqual([]);
    expect(validateCase(parsed.value!).diagnostics).toEqual([]);
  });

  describe('docs/case-format.md, the copy of the contract in the repository', () => {
    const page = readFileSync('docs/case-format.md', 'utf8');
    const blocks = yamlBlocks(page);
    const example = blocks.find((b) => b.includes('root_causes:'))!;

    it('shows the schema line as written in cases/<id>.yaml and cases/<id>/case.yaml of a case repository', () => {
      expect(page).toContain('# yaml-language-server: $schema=../node_modules/appeal-kit/schemas/case.schema.json');
      expect(page).toContain('# yaml-language-server: $schema=../../node_modules/appeal-kit/schemas/case.schema.json');
      expect(example.split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/appeal-kit/schemas/case.schema.json');
    });

    it("has the contract's example, which validates as written", () => {
      const fixture = readFileSync(new URL('../../fixtures/contract-example.yaml', import.meta.url), 'utf8');
      expect(parse(example)).toEqual(parse(fixture));
      expect(check(example)).toEqual([]);
    });

    it('shows only fields the schema accepts as written: each block laid over the example validates', () => {
      const base = parse(example) as Record<string, unknown>;
      const fragments = blocks.filter((b) => b !== example && parse(b) !== null);
      expect(fragments.length).toBeGreaterThanOrEqual(7);
      for (const fragment of fragments) {
        const merged = overlay(base, parse(fragment));
        const diagnostics = check(JSON.stringify(merged, null, 1));
        expect(
          diagnostics.map((d) => `${d.message} ${d.note ?? ''}`),
          fragment.split('\n')[0],
        ).toEqual([]);
      }
    });

    it('lists the case types and evidence kinds the schema has', () => {
      // The names in a section's prose and bullets: comma-separated, after a bullet's "Label:".
      const listed = (heading: string) =>
        page
          .split(`## ${heading}\n`)[1]
          .split('\n## ')[0]
          .split(/\n\n/)
          .filter((paragraph) => !paragraph.includes('`'))
          .join(' ')
          .replace(/- [A-Z][^:]*:/g, ' ')
          .split(/[,.]?\s+|\.$/)
          .map((w) => w.replace(/^- /, ''))
          .filter((w) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(w));
      expect(new Set(listed('Case types'))).toEqual(new Set(schema.properties.type.enum));
      expect(listed('Evidence kinds').sort()).toEqual([...schema.properties.evidence.items.properties.kind.enum].sort());
    });

    it('links only to files in the repository', () => {
      for (const [, target] of page.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g))
        expect(existsSync(path.join('docs', target)), target).toBe(true);
      expect(page).not.toMatch(/shared\/|domain\.md/);
    });
  });

  it("knows the contract's case types and stances", () => {
    const contractTypes = ['order-defect-rate', 'design-patent-rebuttal', 'counterfeit-inauthentic'];
    for (const type of contractTypes) expect(schema.properties.type.enum).toContain(type);
    expect(schema.properties.stance.enum).toEqual(['remediate', 'dispute', 'mixed']);
  });
});
