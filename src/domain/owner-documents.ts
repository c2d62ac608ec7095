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

/** The retraction confirmations a case encloses (the letter cites them where it says the retraction was sent). */
export function retractionConfirmationIds(evidence: readonly Pick<EvidenceInput, 'id' | 'kind'>[]): string[] {
  return evidence.filter((e) => e.kind === 'retraction-confirmation').map((e) => e.id);
}
