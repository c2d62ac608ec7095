// The shape of a content rule: an id, a default severity, a description, and a check.
import type { Case } from '../model/case.js';
import type { Severity } from '../model/diagnostic.js';
import type { PathSegment } from '../stages/parse.js';
import type { WordLists } from './words.js';

/** The letter's text by section, for rules that read what will be sent. */
export interface LetterText {
  /** Section key (opening, root-causes, actions, measures, ...) -> plain text. */
  sections: Record<string, string>;
  /** The whole body as plain text. */
  body: string;
  /** Section headings in order, as printed. */
  headings: string[];
}

/** What a rule sees. */
export interface RuleContext {
  case: Case;
  words: WordLists;
  /** Present for rules of the 'letter' phase. */
  letter?: LetterText;
}

/** One problem a rule found, pointing at a place in the case file. */
export interface Finding {
  path: PathSegment[];
  at?: 'key' | 'value';
  message: string;
  note?: string;
  /** Overrides the rule's default severity for this finding. */
  severity?: Severity;
}

/** A named content rule. */
export interface Rule {
  id: string;
  severity: Severity;
  /** One line: what the rule checks. */
  description: string;
  /** 'case' rules read the case; 'letter' rules also read the composed letter text. */
  phase: 'case' | 'letter';
  /** Structural rules (broken references) cannot be silenced by letter.allow. */
  silenceable?: boolean;
  check(context: RuleContext): Finding[];
}
