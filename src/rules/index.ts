// The list of content rules and the runner that turns their findings into diagnostics.
import type { Diagnostic } from '../model/diagnostic.js';
import { locate, type ParsedCase } from '../stages/parse.js';
import type { Rule, RuleContext } from './types.js';
import { duplicateIds } from './duplicate-ids.js';
import { references } from './l03-references.js';
import { rootCauseCoverage } from './l02-root-cause-coverage.js';
import { actionsCompleted } from './l04-actions-completed.js';
import { asinFormat } from './l13-asin-format.js';
import { evidenceCited } from './l15-evidence-cited.js';

/** Every rule, in the order they report. */
export const rules: Rule[] = [duplicateIds, references, rootCauseCoverage, actionsCompleted, asinFormat, evidenceCited];

/** Result of running rules: diagnostics, and the rules the case silenced that did fire. */
export interface RuleRun {
  diagnostics: Diagnostic[];
  silenced: { rule: string; reason: string }[];
}

/** Runs the rules of one phase on a case; silenced rules are recorded, not reported. */
export function runRules(phase: Rule['phase'], context: RuleContext, parsed: ParsedCase, list: Rule[] = rules): RuleRun {
  const diagnostics: Diagnostic[] = [];
  const silenced: RuleRun['silenced'] = [];
  for (const rule of list) {
    if (rule.phase !== phase) continue;
    const findings = rule.check(context);
    if (!findings.length) continue;
    const reason = context.case.allowed.get(rule.id);
    if (reason !== undefined && rule.silenceable !== false) {
      silenced.push({ rule: rule.id, reason });
      continue;
    }
    for (const f of findings) {
      diagnostics.push({
        file: parsed.file,
        ...locate(parsed, f.path, f.at),
        severity: f.severity ?? rule.severity,
        ruleId: rule.id,
        message: f.message,
        note: f.note,
      });
    }
  }
  return { diagnostics, silenced };
}
