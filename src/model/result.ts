// The outcome of one case, as the batch, the reporter and watch mode read it: a tagged union, so the state
// is one field and each state carries exactly what it has (a draft has files, a failed case has none).
import type { Diagnostic } from './diagnostic.js';
import type { RenderedFile } from './document.js';

/** An output file a batch has written and let go of (its bytes are on disk, not in memory). */
export interface WrittenFile {
  path: string;
  bytes?: undefined;
  size: number;
  sha256: string;
}

/** An output file: its bytes as rendered, or, once a batch has written it, only name, size and hash. */
export type OutputFile = RenderedFile | WrittenFile;

/**
 * A set of outputs written, complete and flushed, into its own folder of `.store` by the worker that rendered
 * it, and not yet in place: the batch puts it in place (or drops it) in the order of the cases.
 */
export interface StagedSet {
  /** The folder holding the set's link (out/ or out/.drafts/). */
  root: string;
  caseId: string;
  /** The set's folder in `.store`. */
  version: string;
}

/** One input as listed in the manifest. */
export interface ManifestInput {
  path: string;
  role: string;
  sha256: string;
  exhibit?: string;
}

/** What a rendered case tells the batch so it can skip the case next time if nothing changed. */
export interface RenderFacts {
  caseDir: string;
  templatesRoot: string;
  letterDate: string;
  /** Whether the letter date came from SOURCE_DATE_EPOCH (the case has no letter.date). */
  epochSensitive: boolean;
  inputsHash: string;
  inputs: ManifestInput[];
}

/** A rule the case silenced that fired, with the case's reason. */
export interface SilencedRule {
  rule: string;
  reason: string;
}

/** Word counts of a composed letter: per section (as pasted into Amazon's form) and in all. */
export interface WordCounts {
  sections: Record<string, number>;
  total: number;
}

/** What every outcome has: the case file, its id when known, and what the checks found. */
export interface CaseFindings {
  file: string;
  id?: string;
  diagnostics: Diagnostic[];
  silenced: SilencedRule[];
  /** Absolute paths of the files this case reads (case file and evidence), for watch mode. */
  inputs?: string[];
}

/** No document: the case did not get far enough to compose a letter, or (validate) it has blocking problems. */
export interface FailedCase extends CaseFindings {
  state: 'failed';
  words?: WordCounts;
}

/** `validate` only: the case has no blocking problems (nothing is rendered). */
export interface CheckedCaseResult extends CaseFindings {
  state: 'checked';
  id: string;
  words?: WordCounts;
}

/** The letter was rendered as a draft (blocking problems listed on page one), outside the ready set. */
export interface DraftCase extends CaseFindings {
  state: 'draft';
  id: string;
  words: WordCounts;
  files: OutputFile[];
  /** Where a worker wrote the files; the batch drops it once the set is in place. */
  staged?: StagedSet;
}

/** The case was rendered into its ready set. */
export interface RenderedCase extends CaseFindings {
  state: 'rendered';
  id: string;
  words: WordCounts;
  files: OutputFile[];
  /** Where a worker wrote the files; the batch drops it once the set is in place. */
  staged?: StagedSet;
  /** What the batch saves for incremental builds; the batch drops it once saved. */
  render?: RenderFacts;
}

/** The case was skipped: its ready set is current (inputs unchanged since its last good build). */
export interface UnchangedCase extends CaseFindings {
  state: 'unchanged';
  id: string;
  words?: WordCounts;
  /** The files of the ready set, by path. */
  outputs: string[];
}

/** The outcome of one case. */
export type CaseResult = FailedCase | CheckedCaseResult | DraftCase | RenderedCase | UnchangedCase;

/** The states in which a case is not ready to submit (the run exits 1). */
export const notReadyStates: ReadonlySet<CaseResult['state']> = new Set(['failed', 'draft']);

/** Whether a case keeps the run from succeeding: it failed, or only a draft could be made. */
export const isNotReady = (result: CaseResult): boolean => notReadyStates.has(result.state);

/**
 * The problems that keep a case from being ready: its errors, and under `strict` its warnings too.
 * This is the one place that decides it; the state of every result follows from it.
 */
export function blockingProblems(diagnostics: Diagnostic[], strict?: boolean): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
}

/** The outcome of a case whose outputs could not be kept (a duplicate id, a failed write): failed, files dropped. */
export function failedWith(result: CaseResult, diagnostic: Diagnostic): FailedCase {
  return {
    state: 'failed',
    file: result.file,
    id: result.id,
    diagnostics: [...result.diagnostics, diagnostic],
    silenced: result.silenced,
    inputs: result.inputs,
    words: result.words,
  };
}

/** A bug, as the one diagnostic it becomes for its case (the other cases are not affected). */
export function internalDiagnostic(file: string, error: unknown, stage?: string): Diagnostic {
  const message = (error as Error)?.message ?? String(error);
  return {
    file,
    line: 1,
    column: 1,
    severity: 'error',
    ruleId: 'internal',
    message: `internal error while processing this case${stage ? ` (${stage} stage)` : ''}: ${message}`,
    note: 'This is a bug in appeal-kit; the other cases were not affected. Please report it with the case file.',
  };
}
