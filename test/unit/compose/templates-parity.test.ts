// Every language folder under templates/ has every template file and every strings key of templates/en/,
// so a language cannot silently fall behind when English gains a partial or a label.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplateSet } from '../../../src/compose/templates.js';

const root = 'templates';
const languages = readdirSync(root).filter((name) => statSync(path.join(root, name)).isDirectory() && name !== 'en');

function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return files(path.join(dir, entry.name), rel);
    return /\.(hbs|json)$/.test(entry.name) ? [rel] : [];
  });
}

/** Every key path of a JSON value: "labels.page", "headings.rootCauses", ... */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

const strings = (language: string) =>
  JSON.parse(readFileSync(path.join(root, language, 'strings.json'), 'utf8')) as Record<string, unknown>;

describe('template languages stay in step with English', () => {
  it('has at least one language besides English (ja)', () => {
    expect(languages).toContain('ja');
  });

  for (const language of languages) {
    describe(language, () => {
      it('has every template file of en', () => {
        const have = new Set(files(path.join(root, language)));
        const missing = files(path.join(root, 'en')).filter((f) => !have.has(f));
        expect(missing, `templates/${language}/ lacks`).toEqual([]);
      });

      it('has every strings key of en, each a string where en has a string', () => {
        const en = strings('en');
        const other = strings(language);
        const missing: string[] = [];
        for (const key of keyPaths(en)) {
          const value = key
            .split('.')
            .reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined), other);
          if (typeof value !== 'string' || value === '') missing.push(key);
        }
        expect(missing, `templates/${language}/strings.json lacks`).toEqual([]);
      });

      it('has no strings key that en lacks, so the Strings type (made from en) names every key', () => {
        const en = new Set(keyPaths(strings('en')));
        expect(
          keyPaths(strings(language)).filter((key) => !en.has(key)),
          `templates/${language}/strings.json has keys en lacks`,
        ).toEqual([]);
      });

      // A placeholder the code does not fill would be printed as "{name}"; one may be left out on purpose
      // (the Japanese salutation does without {team}), except the page numbers of the footer.
      it('uses only the {placeholders} the en string has, and keeps {page} and {pages}', () => {
        const en = strings('en');
        const other = strings(language);
        const get = (obj: unknown, key: string) =>
          key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], obj);
        const unknown: string[] = [];
        for (const key of keyPaths(en)) {
          const known = new Set(String(get(en, key) ?? '').match(/\{\w+\}/g) ?? []);
          for (const p of String(get(other, key) ?? '').match(/\{\w+\}/g) ?? []) if (!known.has(p)) unknown.push(`${key} ${p}`);
        }
        expect(unknown).toEqual([]);
        expect(get(other, 'labels.page')).toMatch(/\{page\}.*\{pages\}|\{pages\}.*\{page\}/);
      });

      it('loads and compiles without diagnostics', () => {
        const set = loadTemplateSet(root, language);
        expect(set.diagnostics).toEqual([]);
        expect(set.value?.partialNames.size).toBe(loadTemplateSet(root, 'en').value?.partialNames.size);
      });
    });
  }
});
