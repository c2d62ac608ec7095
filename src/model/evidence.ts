// What the evidence stage learned about each evidence file.
import type { Exhibit } from './case.js';

/** What the index and manifest say about one evidence file. */
export interface EvidenceFacts {
  exhibit: Exhibit;
  /** Path relative to the case folder, with forward slashes. */
  file: string;
  size: number;
  sha256: string;
  /** Page count for PDFs; 1 for images; undefined for other kinds. */
  pages?: number;
  format: EvidenceFormat;
  bytes: Uint8Array;
}

export type EvidenceFormat = 'pdf' | 'png' | 'jpeg' | 'gif' | 'tiff' | 'csv' | 'xlsx' | 'docx' | 'txt';

/** An exhibit that passed the checks but could not be drawn (a damaged image, a PDF with a reference loop). */
export class ExhibitRenderError extends Error {
  constructor(
    /** The exhibit's label (A, B, ...). */
    readonly label: string,
    readonly cause: unknown,
  ) {
    super((cause as Error)?.message ?? String(cause));
  }
}

/** Runs `draw` for one exhibit; what it throws becomes an ExhibitRenderError naming the exhibit. */
export async function drawingExhibit<T>(label: string, draw: () => Promise<T>): Promise<T> {
  try {
    return await draw();
  } catch (error) {
    throw error instanceof ExhibitRenderError ? error : new ExhibitRenderError(label, error);
  }
}
