// The shape of a content rule: an id and a name, a default severity, what it checks and why, and a check.
import type { Case } from '../model/case.js';
import type { Severity } from '../model/diagnostic.js';
import type { PathSegment } from '../stages/parse.js';
import type { LetterText } from '../model/letter-text.js';
import type { LanguageWordLists } from './words.js';

export type { LetterText } from '../model/letter-text.js';

/** What a rule sees. */
export interface RuleContext {
  case: Case;
  /** The word lists of the letter's language (empty lists when it has none). */
  words: LanguageWordLists;
  /** False when the letter's language has no word lists of its own, so its wording goes unchecked. */
  wordsChecked?: boolean;
  /** Present for rules of the 'letter' phase. */
  letter?: LetterText;
  /** Evidence file sizes in bytes by evidence id, when the evidence stage ran before the rules. */
  fileSizes?: ReadonlyMap<string, number>;
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

/** One change to the test base case (test/unit/rules/fixtures/base.yaml): set a value, append to a list, or delete (no value). */
export interface CaseEdit {
  path: PathSegment[];
  value?: unknown;
  /** Append `value` to the list at `path` instead of replacing it. */
  append?: boolean;
}

/**
 * An example for the rule test and the rule's page: edits of the base case, and for a not-ok one what the rule reports
 * (each message, and where and how severe the first is).
 */
export interface RuleExample {
  /** What the example shows, for the test name. */
  name: string;
  edits: CaseEdit[];
  /** Not-ok only: each diagnostic's message (or a distinctive part of it), in report order. */
  messages?: string[];
  /** Not-ok only: the node the first diagnostic points at ([] = the top of the file). */
  at?: PathSegment[];
  /** Point at the node's key rather than its value. */
  key?: boolean;
  /** Not-ok only: the first diagnostic's severity, when not the rule's default. */
  severity?: Severity;
  /** The example runs with the built-in word lists of these languages only (default: all of them). */
  wordLanguages?: string[];
}

/** A named content rule. */
export interface Rule {
  /** What --json, annotations and the manifest carry: L04. */
  id: string;
  /** A kebab-case name shown beside the id (L04 actions-completed); letter.allow takes either. */
  name: string;
  severity: Severity;
  /** One line: what the rule checks. */
  description: string;
  /** Why Amazon cares, for the rule's page: one to three sentences. */
  why: string;
  /** How to fix what the rule finds, for the rule's page. */
  fix: string;
  /** 'case' rules read the case; 'letter' rules also read the composed letter text. */
  phase: 'case' | 'letter';
  /** Structural rules (broken references, duplicate ids) cannot be silenced by letter.allow. */
  silenceable?: boolean;
  check(context: RuleContext): Finding[];
  /** Cases that pass and cases that break the rule; one looping test checks them all. */
  examples?: { ok: RuleExample[]; notOk: RuleExample[] };
}
