// The documents a brand owner encloses to prove the brand and the business, those that identify the owner and
// the business of an account, the registration of the right a complaint cites, and the retraction a rights owner
// sends: which evidence they are, so the letter that names them and the exhibit labels agree.
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

/** Evidence kinds that show who owns and runs an account, in the order a related-accounts letter names them. */
export const identityDocumentKinds: readonly Kind[] = ['business-license', 'government-id', 'utility-bill', 'bank-or-payment-statement'];

/** The evidence a related-accounts letter encloses to show who owns and runs the account: its ids, in the case's order. */
export function identityDocumentIds(evidence: readonly Pick<EvidenceInput, 'id' | 'kind'>[]): string[] {
  return evidence.filter((e) => identityDocumentKinds.includes(e.kind)).map((e) => e.id);
}

/**
 * The registration of the right a complaint cites: a patent document or trademark registration whose title or
 * notes give a run of five or more digits of the right's number ("RCD 009127745-0002" in "Design 009127745-0002").
 */
export function citedRightIds(
  ipNumber: string | undefined,
  evidence: readonly Pick<EvidenceInput, 'id' | 'kind' | 'title' | 'notes'>[],
): string[] {
  const runs = ipNumber?.match(/\d{5,}/g) ?? [];
  if (!runs.length) return [];
  const kinds: Kind[] = ['patent-document', 'trademark-registration'];
  return evidence
    .filter((e) => kinds.includes(e.kind) && runs.some((run) => `${e.title} ${e.notes ?? ''}`.replace(/[\s.,]/g, '').includes(run)))
    .map((e) => e.id);
}
