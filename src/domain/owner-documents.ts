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

/** Evidence kinds that show who owns and runs an account. */
export const identityDocumentKinds: readonly Kind[] = ['business-license', 'government-id', 'utility-bill', 'bank-or-payment-statement'];

/** What a document says of itself: its title and notes. */
const describedAs = (e: Pick<EvidenceInput, 'title' | 'notes'>) => `${e.title} ${e.notes ?? ''}`;

/** Whether a document's title or notes name `person` (spaces and case aside: "佐藤 健一" is "佐藤健一"). */
export function namesPerson(e: Pick<EvidenceInput, 'title' | 'notes'>, person: string | undefined): boolean {
  const squeeze = (text: string) => text.replace(/\s+/g, '').toLowerCase();
  return !!person?.trim() && squeeze(describedAs(e)).includes(squeeze(person));
}

// "Business licence of Guangzhou Brillo Trading Co., Ltd.", "株式会社ブリーヨの登記事項証明書": the company a title names.
const companyOf = /\b(?:of|for)\s+(.+?)\s*$|^(.*?(?:株式会社|有限会社|合同会社).*?)の/;
const companyForm =
  /\b(?:Co|Ltd|Limited|Inc|LLC|GmbH|AG|S\.?A|S\.?L|B\.?V|N\.?V|Pty|PLC|Corp|Corporation|Company|Sp\.\s*z\s*o\.\s*o)\b|株式会社|有限会社|合同会社/i;

/**
 * The company whose business licence `e` is, when its title names one other than the seller ("Business licence of
 * Guangzhou Brillo Trading Co., Ltd." in a case of Guangzhou Lumbre Home Lighting Co., Ltd.): the linked account's
 * company, say. Null for the seller's own licence or one whose title names no company.
 */
export function otherCompanyOf(e: Pick<EvidenceInput, 'kind' | 'title' | 'notes'>, legalName: string): string | null {
  if (e.kind !== 'business-license') return null;
  const match = e.title.match(companyOf);
  const company = (match?.[1] ?? match?.[2])?.trim();
  if (!company || !companyForm.test(company)) return null;
  const squeeze = (text: string) => text.replace(/[\s.,]+/g, '').toLowerCase();
  return squeeze(describedAs(e)).includes(squeeze(legalName)) ? null : company;
}

/** An ID document's title that says whose it is: the person signing the letter, or the owner by role. */
const ownerRole = /\b(?:owner|director|proprietor|founder|legal representative|managing director|CEO)\b|代表|社長|店主|経営者/i;

/**
 * The evidence a related-accounts letter encloses to show who owns and runs the account: its ids, in the case's
 * order. An ID counts only when its title or notes name the signatory or an owner's role: an ID of someone else
 * (the relative who holds the linked account) shows whose that account is, not ours.
 */
export function identityDocumentIds(
  evidence: readonly Pick<EvidenceInput, 'id' | 'kind' | 'title' | 'notes'>[],
  signatory: string | undefined,
): string[] {
  const ours = (e: Pick<EvidenceInput, 'title' | 'notes'>) => ownerRole.test(describedAs(e)) || namesPerson(e, signatory);
  return evidence.filter((e) => identityDocumentKinds.includes(e.kind) && (e.kind !== 'government-id' || ours(e))).map((e) => e.id);
}

/**
 * The registration of the right a complaint cites, which the letter cites beside the right and the evidence index
 * counts as cited: a patent document or trademark registration whose title or notes give a run of five or more
 * digits of the right's number, separators aside ("RCD 009127745-0002" in "Design 009127745-0002", "US D1,028,415 S"
 * in "US D1028415"). A right without such a number is the design or patent document the case encloses.
 */
export function citedRightIds(
  ipNumber: string | undefined,
  evidence: readonly Pick<EvidenceInput, 'id' | 'kind' | 'title' | 'notes'>[],
): string[] {
  const runs = ipNumber?.replace(/[\s.,]/g, '').match(/\d{5,}/g) ?? [];
  if (!runs.length) return evidence.filter((e) => e.kind === 'patent-document').map((e) => e.id);
  const kinds: Kind[] = ['patent-document', 'trademark-registration'];
  return evidence
    .filter(
      (e) =>
        kinds.includes(e.kind) &&
        runs.some((run) =>
          describedAs(e)
            .replace(/[\s.,]/g, '')
            .includes(run),
        ),
    )
    .map((e) => e.id);
}
