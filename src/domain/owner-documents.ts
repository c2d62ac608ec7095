// The documents a brand owner encloses to prove the brand and the business, and the retraction a rights owner
// sends: which evidence kinds they are, so the letter that names them and the exhibit labels agree.
import type { EvidenceInput } from '../model/case.js';

type Kind = EvidenceInput['kind'];

/** Evidence kinds that prove a brand owner's brand and business, in the order the letter names them. */
export const ownerDocumentKinds: readonly Kind[] = ['trademark-registration', 'business-license', 'government-id'];

/** The evidence a brand owner's supply-chain paragraph encloses: its ids, in the case's order. */
export function ownerDocumentIds(evidence: readonly Pick<EvidenceInput, 'id' | 'kind'>[]): string[] {
  return evidence.filter((e) => ownerDocumentKinds.includes(e.kind)).map((e) => e.id);
}

/**
 * The retraction confirmations the letter cites: where it says the rights owner sent the retraction, which it
 * says only after saying the retraction was asked for (both dates given).
 */
export function citedRetractionIds(
  retraction: { requested_on?: string; received_on?: string } | undefined,
  evidence: readonly Pick<EvidenceInput, 'id' | 'kind'>[],
): string[] {
  if (!retraction?.requested_on || !retraction.received_on) return [];
  return evidence.filter((e) => e.kind === 'retraction-confirmation').map((e) => e.id);
}
