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
import { sections } from './l01-sections.js';
import { measureDetails } from './l05-measure-details.js';
import { pleading } from './l06-pleading.js';
import { blame } from './l07-blame.js';
import { businessIntro } from './l08-business-intro.js';
import { questions } from './l09-questions.js';
import { specificity } from './l10-specificity.js';
import { placeholders } from './l11-placeholders.js';
import { asinCrossCheck } from './l12-asin-cross-check.js';
import { orderIds } from './l14-order-ids.js';
import { attachmentTypes } from './l16-attachment-types.js';
import { invoices } from './l17-invoices.js';
import { ownershipDocuments } from './l18-ownership-documents.js';
import { length } from './l19-length.js';
import { violations } from './l20-violations.js';
import { metrics } from './l21-metrics.js';
import { reviewManipulation } from './l22-review-manipulation.js';
import { designPatent } from './l23-design-patent.js';
import { relatedAccounts } from './l24-related-accounts.js';
import { brandRegistryVideo } from './l25-brand-registry-video.js';
import { signOff } from './l26-sign-off.js';
import { absolutePromises } from './l27-absolute-promises.js';
import { policyNames } from './l28-policy-names.js';
import { resubmission } from './l29-resubmission.js';
import { deadline } from './l30-deadline.js';
import { highlights } from './l31-highlights.js';
import { dispute } from './l32-dispute.js';
import { typeRequirements } from './l33-type-requirements.js';
import { nearDuplicates } from './l34-near-duplicates.js';
import { uncheckedLanguage } from './l35-unchecked-language.js';
import { disputeConcession } from './l36-dispute-concession.js';
import { designPatentDefence } from './l37-design-patent-defence.js';
import { liveReviewsList } from './l38-live-reviews-list.js';
import { exhibitLanguage } from './l39-exhibit-language.js';
import { doubtfulLots } from './l40-doubtful-lots.js';
import { ambiguousDates } from './l45-ambiguous-dates.js';
import { hardToReadItems } from './l46-hard-to-read-items.js';
import { numericDatesInWords } from './l47-numeric-dates.js';
import { allowEntries } from './allow-entries.js';

/** Every rule, in the order they report. */
export const rules: Rule[] = [
  duplicateIds,
  sections,
  references,
  rootCauseCoverage,
  actionsCompleted,
  measureDetails,
  pleading,
  blame,
  businessIntro,
  questions,
  specificity,
  placeholders,
  asinCrossCheck,
  asinFormat,
  orderIds,
  evidenceCited,
  attachmentTypes,
  invoices,
  ownershipDocuments,
  length,
  violations,
  metrics,
  reviewManipulation,
  designPatent,
  relatedAccounts,
  brandRegistryVideo,
  signOff,
  absolutePromises,
  policyNames,
  resubmission,
  deadline,
  highlights,
  dispute,
  typeRequirements,
  nearDuplicates,
  uncheckedLanguage,
  disputeConcession,
  designPatentDefence,
  liveReviewsList,
  exhibitLanguage,
  doubtfulLots,
  ambiguousDates,
  hardToReadItems,
  numericDatesInWords,
  allowEntries(() => rules),
];

/** The rule with an id (L04) or a name (actions-completed). */
export const ruleByIdOrName = (key: string): Rule | undefined => rules.find((r) => r.id === key || r.name === key);

/** Result of running rules: diagnostics, and the rules the case silenced that did fire. */
export interface RuleRun {
  diagnostics: Diagnostic[];
  silenced: { rule: string; reason: string }[];
}

/** Runs the rules of one phase on a case; rules silenced by id or name are recorded (by id), not reported. */
export function runRules(phase: Rule['phase'], context: RuleContext, parsed: ParsedCase, list: Rule[] = rules): RuleRun {
  const diagnostics: Diagnostic[] = [];
  const silenced: RuleRun['silenced'] = [];
  for (const rule of list) {
    if (rule.phase !== phase) continue;
    const findings = rule.check(context);
    if (!findings.length) continue;
    const reason = context.case.allowed.get(rule.id) ?? context.case.allowed.get(rule.name);
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
        ruleName: rule.name,
        message: f.message,
        note: f.note,
      });
    }
  }
  return { diagnostics, silenced };
}
