import { closest } from '../stages/validate.js';
import type { Finding, Rule } from './types.js';

/** The check that each letter.allow entry names a rule that exists and can be silenced; made with the list it checks against. */
export function allowEntries(list: () => Rule[]): Rule {
  return {
    id: 'allow-entry',
    name: 'allow-entry',
    severity: 'warning',
    description: 'each letter.allow entry names a rule, by id or name, that can be silenced',
    why: 'An entry that names no rule, or a rule that cannot be silenced, silences nothing: the finding it was meant for is still reported, and the reason written for it is never shown.',
    fix: 'Name the rule by its id (L19) or its name (length) as docs/rules/README.md lists them; remove entries for rules that cannot be silenced and fix what they report instead.',
    phase: 'case',
    silenceable: false,
    check({ case: c }) {
      const rules = list();
      const findings: Finding[] = [];
      (c.input.letter?.allow ?? []).forEach((entry, i) => {
        const path = ['letter', 'allow', i, 'rule'];
        const rule = rules.find((r) => r.id === entry.rule || r.name === entry.rule);
        if (!rule) {
          const near = closest(
            entry.rule,
            rules.flatMap((r) => [r.id, r.name]),
          );
          const named = near && rules.find((r) => r.id === near || r.name === near);
          findings.push({
            path,
            message: `letter.allow names "${entry.rule}", which is not a rule`,
            note: named
              ? `Did you mean ${named.id} (${named.name})?`
              : 'Use a rule id (L19) or name (length); docs/rules/README.md lists them.',
          });
        } else if (rule.silenceable === false) {
          findings.push({
            path,
            message: `${rule.id} (${rule.name}) cannot be silenced, so this entry has no effect`,
            note: 'Fix what the rule reports instead; it checks the structure of the case, which the letter depends on.',
          });
        }
      });
      return findings;
    },
    examples: {
      ok: [
        {
          name: 'a rule by id and one by name',
          edits: [
            {
              path: ['letter', 'allow'],
              value: [
                { rule: 'L19', reason: 'Amazon asked for every order' },
                { rule: 'absolute-promises', reason: 'The guarantee is contractual' },
              ],
            },
          ],
        },
      ],
      notOk: [
        {
          name: 'a misspelt rule name',
          edits: [{ path: ['letter', 'allow'], value: [{ rule: 'lenght', reason: 'Amazon asked for every order' }] }],
          messages: ['letter.allow names "lenght", which is not a rule'],
          at: ['letter', 'allow', 0, 'rule'],
        },
        {
          name: 'a rule that cannot be silenced',
          edits: [{ path: ['letter', 'allow'], value: [{ rule: 'L03', reason: 'The reference is right' }] }],
          messages: ['L03 (references) cannot be silenced, so this entry has no effect'],
          at: ['letter', 'allow', 0, 'rule'],
        },
      ],
    },
  };
}
