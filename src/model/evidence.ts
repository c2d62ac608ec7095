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
