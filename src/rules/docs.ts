// A page per rule (docs/rules/<id>-<name>.md) and their index, made from what each rule carries; written by
// scripts/gen-rule-docs.mjs and checked against the files by a test.
import type { Severity } from '../model/diagnostic.js';
import { rules } from './index.js';
import type { CaseEdit, Rule, RuleExample } from './types.js';

/** The folder of the rule pages, relative to the package root. */
export const ruleDocsDir = 'docs/rules';

// Diagnostics from the stages before the rules are explained by the case format page.
const stagePages: Record<string, string> = Object.fromEntries(
  ['yaml', 'duplicate-key', 'schema', 'alias', 'evidence-file', 'glyph'].map((id) => [id, 'docs/case-format.md']),
);

const fileName = (rule: Rule) => (rule.id === rule.name ? `${rule.id}.md` : `${rule.id}-${rule.name}.md`);

/** The page that explains a diagnostic's rule id, relative to the package root (docs/rules/L04-actions-completed.md), if there is one. */
export function ruleDocPath(id: string): string | undefined {
  const rule = rules.find((r) => r.id === id);
  return rule ? `${ruleDocsDir}/${fileName(rule)}` : stagePages[id];
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1) + (text.endsWith('.') ? '' : '.');

function pathText(path: CaseEdit['path']): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');
}

function editText(edit: CaseEdit): string {
  if (edit.value === undefined) return `${pathText(edit.path)}: (removed)`;
  return `${pathText(edit.path)}${edit.append ? '[+]' : ''}: ${JSON.stringify(edit.value)}`;
}

function severities(rule: Rule): Severity[] {
  const order: Severity[] = ['error', 'warning', 'info'];
  const seen = new Set<Severity>([rule.severity, ...(rule.examples?.notOk ?? []).map((e) => e.severity ?? rule.severity)]);
  return order.filter((s) => seen.has(s));
}

function example(rule: Rule, e: RuleExample, flagged: boolean): string {
  const lines = [
    `- ${flagged ? `**${e.name}** (${e.severity ?? rule.severity})` : e.name}${e.wordLanguages ? ` (word lists of ${e.wordLanguages.join(', ')} only)` : ''}`,
  ];
  if (e.edits.length) lines.push('', '  ```yaml', ...e.edits.map((edit) => `  ${editText(edit)}`), '  ```');
  if (flagged) lines.push('', ...(e.messages ?? []).flatMap((m, i) => (i ? ['  >', `  > ${m}`] : [`  > ${m}`])));
  return `${lines.join('\n')}\n`;
}

/** The Markdown page of one rule. */
export function rulePage(rule: Rule): string {
  const [first, ...others] = severities(rule);
  const silenceable = rule.silenceable !== false;
  const out = [
    `# ${rule.id === rule.name ? rule.id : `${rule.id} ${rule.name}`}`,
    '',
    sentence(rule.description),
    '',
    `- Severity: ${first}${others.length ? ` (some findings: ${others.join(', ')})` : ''}`,
    `- Reads: ${rule.phase === 'letter' ? 'the case and the letter composed from it' : 'the case file'}`,
    `- Can be silenced: ${silenceable ? 'yes' : 'no'}`,
    '',
    '## Why Amazon cares',
    '',
    rule.why,
    '',
    '## How to fix',
    '',
    rule.fix,
    '',
    '## How to silence',
    '',
  ];
  if (silenceable) {
    out.push(
      `When the rule does not apply to this case, say so in the case file. The findings are then left out of the report, and the manifest records the rule with your reason.`,
      '',
      '```yaml',
      'letter:',
      '  allow:',
      `    - rule: ${rule.name}   # or ${rule.id}`,
      '      reason: Why the rule does not apply to this case',
      '```',
    );
  } else {
    out.push('This rule cannot be silenced: it checks the structure of the case that the letter is built on. Fix what it reports.');
  }
  if (rule.examples) {
    out.push(
      '',
      '## Examples',
      '',
      'Each example changes a small order-defect-rate case that passes every rule. A flagged example shows what the rule reports (the message, or its start).',
      '',
      'Flagged:',
      '',
    );
    out.push(...rule.examples.notOk.map((e) => example(rule, e, true)));
    out.push('Not flagged:', '');
    out.push(...rule.examples.ok.map((e) => example(rule, e, false)));
  }
  return `${out.join('\n')}\n`;
}

/** The index page: every rule with its name, severity and what it checks. */
export function rulesIndex(list: Rule[] = rules): string {
  // L01..L34 in order, then the checks named by what they check.
  const sorted = [...list].sort((a, b) => Number(!/^L\d+$/.test(a.id)) - Number(!/^L\d+$/.test(b.id)) || a.id.localeCompare(b.id));
  const rows = sorted.map(
    (r) =>
      `| [${r.id}](${fileName(r)}) | ${r.name} | ${severities(r).join(', ')} | ${r.silenceable === false ? 'no' : 'yes'} | ${sentence(r.description).replace(/\|/g, '\\|')} |`,
  );
  return [
    '# Rules',
    '',
    'appeal-kit checks every case with these rules. A diagnostic names its rule by id and name, e.g. `(L04 actions-completed)`;',
    'the id is what `--json`, the GitHub annotations and the manifest carry. An error means the letter is not ready to',
    'submit; a warning or an info does not (`--strict` treats warnings as errors too). Silence a rule for one case with',
    '`letter.allow`, by id or name, with a reason; each page says how, or that the rule cannot be silenced.',
    '',
    'Problems found before the rules (YAML syntax, the schema, field names, evidence files) are explained in',
    '[the case format](../case-format.md).',
    '',
    '| Rule | Name | Severity | Can be silenced | Checks |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** Every generated file under docs/rules, by file name. */
export function rulePages(list: Rule[] = rules): Map<string, string> {
  return new Map([['README.md', rulesIndex(list)], ...list.map((r) => [fileName(r), rulePage(r)] as [string, string])]);
}
