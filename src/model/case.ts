// The normalised case: defaults filled, exhibits labelled, dates and locale derived.
import type { AppealCase } from './case-input.generated.js';
import type { Paper } from './document.js';

export type { AppealCase as CaseInput } from './case-input.generated.js';
export type CaseType = AppealCase['type'];
export type Marketplace = AppealCase['marketplace'];
export type EvidenceInput = AppealCase['evidence'][number];

/** Which root causes, grounds, actions and measures cite an exhibit. */
export interface ExhibitSupport {
  rootCauses: string[];
  grounds: string[];
  actions: string[];
  measures: string[];
  other: string[];
}

/** An evidence item with its exhibit label and what it supports. */
export interface Exhibit extends EvidenceInput {
  /** A, B, C ... in order of first citation in the letter. */
  label: string;
  supports: ExhibitSupport;
  /** Index of the item in the case's evidence list (for positions). */
  index: number;
}

/** The case after normalisation: what templates, rules and renderers read. */
export interface Case {
  id: string;
  /** The case file, as given to the tool (relative or absolute). */
  file: string;
  /** The folder evidence paths are relative to. */
  dir: string;
  input: AppealCase;
  type: CaseType;
  stance: 'remediate' | 'dispute' | 'mixed';
  marketplace: Marketplace;
  language: string;
  /** BCP 47 locale for dates and numbers, from language and marketplace (en-US, en-GB, ja-JP). */
  locale: string;
  paper: Paper;
  /** The letter date, ISO YYYY-MM-DD. */
  letterDate: string;
  /** Exhibits in label order. */
  exhibits: Exhibit[];
  exhibitById: Map<string, Exhibit>;
  /** Rules silenced by the case, with the reason. */
  allowed: Map<string, string>;
}
