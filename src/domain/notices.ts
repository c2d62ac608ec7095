// Who a letter answers and what it asks for, by the notice it replies to: the team it is addressed to, the
// title it carries and the remedy it requests. The words for each key are in templates/<lang>/strings.json.
import type { CaseType } from '../model/case.js';
import type { NoticeKind } from './case-types.js';

/** The team a letter is addressed to when the case does not name the notice's sender. */
export type Team = 'seller-performance' | 'product-policy' | 'notice-dispute' | 'brand-registry' | 'payments';

/** What the letter calls itself in its subject line and closing. */
export type LetterTitle = 'plan-of-action' | 'brand-registry-appeal' | 'funds-release' | 'notice-dispute' | 'appeal' | 'appeal-and-plan';

/** What the letter asks Amazon to do: exactly what the notice took away, nothing broader. */
export type Remedy =
  | 'selling-privileges'
  | 'mfn-privileges'
  | 'review-completed'
  | 'account-kept'
  | 'listings'
  | 'violation-cleared'
  | 'warning-cleared'
  | 'brand-approval'
  | 'brand-restoration'
  | 'funds-release'
  | 'fba-shipments'
  | 'listings-and-warning'
  | 'listings-and-account';

/** What a funds-held letter asks Amazon to release (the case's `notice.release`; funds when not given). */
export type Release = 'funds' | 'inventory' | 'funds-and-inventory';

/** Whether the release asked for includes the funds / the FBA inventory. */
export const releasesFunds = (release: Release | undefined): boolean => release !== 'inventory';
export const releasesInventory = (release: Release | undefined): boolean => release === 'inventory' || release === 'funds-and-inventory';

/** The key of a funds-held notice's wording by what is to be released: funds-held, inventory-held, funds-and-inventory-held. */
export const heldKey = (release: Release | undefined): 'funds-held' | 'inventory-held' | 'funds-and-inventory-held' =>
  release === 'inventory' || release === 'funds-and-inventory' ? `${release}-held` : 'funds-held';

/** The key of a notice kind's wording: a funds-held notice is worded by what the letter asks to release. */
export const noticeWordingKey = (kind: NoticeKind, release: Release | undefined): string =>
  kind === 'funds-held' ? heldKey(release) : kind;

/** The remedy wording of a funds-held letter: funds-release(-amount), inventory-release, funds-and-inventory-release(-amount). */
export const releaseRemedyKey = (release: Release | undefined, withAmount: boolean): string =>
  release === 'inventory'
    ? 'inventory-release'
    : `${release === 'funds-and-inventory' ? 'funds-and-inventory' : 'funds'}-release${withAmount ? '-amount' : ''}`;

/** The stance of a letter (the case's `stance`). */
export type Stance = 'remediate' | 'dispute' | 'mixed';

/** How a letter answers its notice. */
export interface NoticeAnswer {
  team: Team;
  title: LetterTitle;
  remedy: Remedy;
  /** An IP complaint disputed or partly disputed: the letter also asks Amazon to accept the dispute. */
  disputesComplaint: boolean;
}

/** Case types whose notice is a rights owner's complaint (trademark, copyright, patent). */
export const ipComplaintTypes: ReadonlySet<CaseType> = new Set<CaseType>(['ip-infringement', 'design-patent-rebuttal']);

/**
 * Whether the notice answered is a rights owner's complaint: an IP case type, or a counterfeit complaint the case
 * gives as the rights owner's (details.ip_complaint), which Amazon handles as an IP complaint.
 */
export function answersRightsOwnerComplaint(c: { type: CaseType; input: { details?: { ip_complaint?: unknown } } }): boolean {
  return ipComplaintTypes.has(c.type) || (c.type === 'counterfeit-inauthentic' && !!c.input.details?.ip_complaint);
}

/** Case types about the product or its listing (authenticity, condition, quality, safety, restricted, description). */
export const productPolicyTypes: ReadonlySet<CaseType> = new Set<CaseType>([
  'counterfeit-inauthentic',
  'used-sold-as-new',
  'product-quality',
  'listing-not-as-described',
  'restricted-products',
  'damaged-item',
]);

/** What each notice kind takes away, when the case type does not change it. */
const remedyByNotice: Record<NoticeKind, Remedy> = {
  'selling-privileges-removed': 'selling-privileges',
  'account-deactivated': 'selling-privileges',
  'account-under-review': 'review-completed',
  'account-at-risk': 'account-kept',
  'mfn-privileges-removed': 'mfn-privileges',
  'listing-removed': 'listings',
  'policy-warning': 'warning-cleared',
  'brand-registry-application-rejected': 'brand-approval',
  'brand-registry-revoked': 'brand-restoration',
  'funds-held': 'funds-release',
  'fba-shipment-creation-revoked': 'fba-shipments',
};

/**
 * The addressee, title and remedy of a letter replying to `notice` in a case of `type` with `stance`.
 * `listingsWithdrawn`: the seller has taken the listings down for good (accepted an IP complaint, deleted a
 * restricted product and disposed of its stock), so the letter asks to clear the violation, not for the listings.
 * `listingsDeactivated`: the notice says it took listings down although it is a warning or an account notice.
 */
export function noticeAnswer(
  notice: NoticeKind,
  type: CaseType,
  stance: Stance,
  listingsWithdrawn = false,
  listingsDeactivated = false,
  rightsOwnerComplaint = ipComplaintTypes.has(type),
): NoticeAnswer {
  // A warning or an at-risk notice that also took listings down asks for those listings back as well.
  const alsoListings = listingsDeactivated && !listingsWithdrawn;
  // A release case asks for what is held whatever notice held it (often the account's deactivation), not for the
  // account back.
  const releaseAsked = notice === 'funds-held' || type === 'funds-or-inventory-release';
  const remedy: Remedy = releaseAsked
    ? 'funds-release'
    : notice === 'listing-removed' && listingsWithdrawn
      ? 'violation-cleared'
      : notice === 'policy-warning' && alsoListings
        ? 'listings-and-warning'
        : notice === 'account-at-risk' && alsoListings
          ? 'listings-and-account'
          : remedyByNotice[notice];
  const listingLevel = notice === 'listing-removed' || notice === 'policy-warning';
  const ip = listingLevel && rightsOwnerComplaint;
  const disputed = stance !== 'remediate';
  const title: LetterTitle = notice.startsWith('brand-registry')
    ? 'brand-registry-appeal'
    : releaseAsked
      ? 'funds-release'
      : stance === 'mixed'
        ? 'appeal-and-plan'
        : stance === 'dispute'
          ? ip
            ? 'notice-dispute'
            : 'appeal'
          : 'plan-of-action';
  const team: Team = notice.startsWith('brand-registry')
    ? 'brand-registry'
    : releaseAsked
      ? 'payments'
      : ip
        ? disputed
          ? 'notice-dispute'
          : 'seller-performance'
        : listingLevel && productPolicyTypes.has(type)
          ? 'product-policy'
          : 'seller-performance';
  return { team, title, remedy, disputesComplaint: ip && disputed };
}

// "the listings are deactivated", "The listing is removed", "ASIN B0… was suppressed", "removed the listing".
const listingTakenDown =
  /\b(?:listings?|ASINs?|offers?)\b[^.;:]{0,60}?\b(?:is|are|was|were|has been|have been)\s+(?:now\s+)?(?:deactivated|removed|suppressed|blocked|inactive|delisted)\b|\b(?:deactivated|removed|suppressed|blocked)\s+(?:the|your|our|these|this)\s+(?:\d+\s+)?(?:listings?|offers?)\b/i;

/** Whether a notice summary says listings were taken down (a warning or an at-risk notice may also do so). */
export function listingsDeactivatedBy(summary: string): boolean {
  return listingTakenDown.test(summary);
}

// "a prohibited product", "may not be sold to consumers", "cannot be sold", "販売が禁止".
const saleProhibited =
  /\bprohibited\b|\b(?:may|can|must)\s*not\s+be\s+(?:sold|offered|listed)\b|\bcannot\s+be\s+(?:sold|offered|listed)\b|\bnot\s+(?:permitted|allowed)\s+(?:for\s+sale|to\s+be\s+sold)\b|販売(?:が|は)?禁止|出品(?:が|は)?禁止|販売できません|出品できません/i;

/** Whether a notice summary says the product may not be sold at all (no approval would let it be listed). */
export function saleProhibitedBy(summary: string): boolean {
  return saleProhibited.test(summary);
}

// "FBA shipment creation is suspended", "you cannot create new FBA shipments", "FBA納品プランの作成", "FBA納品の作成", "FBAへの新規納品を作成".
const fbaShipmentsStopped =
  /\bFBA\s+(?:inbound\s+)?shipment\s+creation\b|\bcreat\w*\s+(?:new\s+)?(?:FBA\s+|inbound\s+)shipments?\b|納品プラン(?:の)?作成|FBA\s*(?:への)?(?:新規)?納品(?:の|を)?作成/i;
// "funds are held", "we are holding your funds", "disbursements are suspended", "売上金の保留".
const fundsStopped =
  /\b(?:funds|disbursements?|payments?)\b[^.;]{0,30}?\b(?:held|on hold|withheld|suspended|frozen)\b|\b(?:hold|holding|withhold|withholding)\s+(?:your|the|all)\s+(?:funds|disbursements?)\b|売上金[^。]{0,10}保留|支払い?[^。]{0,10}(?:保留|停止)/i;

/**
 * The remedy an account review asks for, by what its notice summary says it also took away: FBA shipment creation,
 * the funds, or both (the key of the wording in strings.remedies).
 */
export function reviewRemedyKey(summary: string): string {
  const fba = fbaShipmentsStopped.test(summary);
  const funds = fundsStopped.test(summary);
  return fba && funds ? 'review-completed-fba-funds' : fba ? 'review-completed-fba' : funds ? 'review-completed-funds' : 'review-completed';
}
