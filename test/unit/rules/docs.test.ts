// The rule pages under docs/rules are generated from the rules (npm run gen:rule-docs) and must not go stale.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/rules/index.js';
import { ruleDocPath, ruleDocsDir, rulePages } from '../../../src/rules/docs.js';

describe('docs/rules', () => {
  const pages = rulePages();

  it('holds exactly the generated pages, as generated (else run npm run gen:rule-docs)', () => {
    const onDisk = readdirSync(ruleDocsDir)
      .filter((f) => f.endsWith('.md'))
      .sort();
    expect(onDisk).toEqual([...pages.keys()].sort());
    const stale = [...pages].filter(([file, text]) => readFileSync(path.join(ruleDocsDir, file), 'utf8') !== text).map(([file]) => file);
    expect(stale, 'pages out of date: run npm run gen:rule-docs').toEqual([]);
  });

  it.each(rules.map((r) => [r.id, r] as const))(
    '%s: a page at ruleDocPath with what it checks, why, how to fix and how to silence',
    (_id, rule) => {
      const file = ruleDocPath(rule.id)!;
      expect(file).toBe(rule.id === rule.name ? `docs/rules/${rule.id}.md` : `docs/rules/${rule.id}-${rule.name}.md`);
      const text = readFileSync(file, 'utf8');
      expect(text.split('\n')[0]).toBe(rule.id === rule.name ? `# ${rule.id}` : `# ${rule.id} ${rule.name}`);
      for (const heading of ['## Why Amazon cares', '## How to fix', '## How to silence']) expect(text).toContain(heading);
      expect(text).toContain(rule.why);
      if (rule.silenceable === false) expect(text).toContain('This rule cannot be silenced');
      else expect(text).toContain(`    - rule: ${rule.name}   # or ${rule.id}`);
      for (const example of rule.examples?.notOk ?? [])
        for (const message of example.messages ?? []) expect(text).toContain(`> ${message}`);
    },
  );

  it('links every rule from the index, and the index links resolve', () => {
    const index = pages.get('README.md')!;
    for (const rule of rules) expect(index).toContain(`](${path.basename(ruleDocPath(rule.id)!)})`);
    for (const [, target] of index.matchAll(/\]\(([^)]+)\)/g)) expect(existsSync(path.join(ruleDocsDir, target)), target).toBe(true);
  });

  it('sends diagnostics of the stages before the rules to the case format page, and knows no page for others', () => {
    for (const id of ['schema', 'yaml', 'alias', 'duplicate-key', 'evidence-file']) expect(ruleDocPath(id)).toBe('docs/case-format.md');
    expect(ruleDocPath('internal')).toBeUndefined();
  });
});
