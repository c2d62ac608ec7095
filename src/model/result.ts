// The outcome of one case, as the batch, the reporter and watch mode read it.
import type { Diagnostic } from './diagnostic.js';
import type { RenderedFile } from './document.js';

/** An output file a batch has written and let go of (its bytes are on disk, not in memory). */
export interface WrittenFile {
  path: string;
  bytes?: undefined;
  size: number;
  sha256: string;
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

/** The outcome of one case. */
export interface CaseResult {
  file: string;
  id?: string;
  diagnostics: Diagnostic[];
  /** The outputs: with their bytes as rendered; once a batch has written them, only name, size and hash. */
  files?: (RenderedFile | WrittenFile)[];
  /** Rules the case silenced that fired, with the case's reasons. */
  silenced: { rule: string; reason: string }[];
  words?: { sections: Record<string, number>; total: number };
  /** Absolute paths of the files this case reads (case file and evidence), for watch mode. */
  inputs?: string[];
  /** Set when the case was rendered: what the batch saves for incremental builds. */
  render?: RenderFacts;
  /** Set when the case was skipped as unchanged since its last good build; `outputs` lists its files. */
  skipped?: boolean;
  outputs?: string[];
}
