// The catalogue of case types: what each is, the evidence Amazon expects, where it is submitted, which
// extra-sections partial its letter uses, and what its starter (`appeal new`) asks for.
import type { CaseInput, CaseType, EvidenceInput } from '../model/case.js';

/** An evidence kind (kebab-case, schema enum). */
export type EvidenceKind = EvidenceInput['kind'];
/** A submission channel (schema enum). */
export type SubmissionChannel = NonNullable<NonNullable<CaseInput['submission']>['channel']>;
/** A notice kind (schema enum). */
export type NoticeKind = CaseInput['notice']['kind'];
/** A type-specific block under `details`. */
export type DetailsBlock = keyof NonNullable<CaseInput['details']>;
/** A metric name (schema enum). */
export type MetricName = NonNullable<CaseInput['metrics']>[number]['name'];

/** One case type. */
export interface CaseTypeInfo {
  type: CaseType;
  /** One line for `appeal types`. */
  description: string;
  /** Evidence kinds Amazon expects for this type, most important first. */
  evidence: EvidenceKind[];
  /** Default submission channel. */
  channel: SubmissionChannel;
  /** The partial (templates/<lang>/partials/types/<name>.hbs) used when the type has none of its own name. */
  partial?: string;
  /** The notice a starter assumes. */
  noticeKind: NoticeKind;
  /** The details block the type needs. */
  details?: DetailsBlock;
  /** The metric a metric case is about, with Amazon's target. */
  metric?: { name: MetricName; target: number; comparator: '<' | '<=' | '>' | '>=' };
  /** Stance a starter proposes. */
  stance?: 'remediate' | 'dispute';
}

const metricsEvidence: EvidenceKind[] = ['metrics-screenshot', 'refund-or-replacement-records', 'tracking-records', 'sop-document'];
const supplyEvidence: EvidenceKind[] = [
  'supplier-invoice',
  'supplier-contact-sheet',
  'letter-of-authorization',
  'supply-chain-chain-of-custody',
];

/** Every case type of the schema, in the schema's order. */
export const caseTypes: readonly CaseTypeInfo[] = [
  {
    type: 'brand-registry-appeal',
    description: 'Brand Registry application rejected: appeal with brand, trademark and the video-verification checklist',
    evidence: [
      'trademark-registration',
      'government-id',
      'letter-of-authorization',
      'business-license',
      'video-verification-product-list',
      'product-photos',
    ],
    channel: 'brand-registry-portal',
    noticeKind: 'brand-registry-application-rejected',
    details: 'brand_registry',
  },
  {
    type: 'authenticity-inventory-verification',
    description: 'Account under review to verify the authenticity of inventory: supply chain, invoices and authorisations',
    evidence: [...supplyEvidence, 'trademark-registration', 'business-license', 'inventory-report'],
    channel: 'account-health-appeal',
    partial: 'counterfeit-inauthentic',
    noticeKind: 'account-under-review',
    details: 'supply_chain',
  },
  {
    type: 'related-accounts',
    description: 'Account linked to another seller account: the link, the relationship, and the business need or closure',
    evidence: ['business-license', 'government-id', 'utility-bill', 'account-closure-request', 'bank-or-payment-statement'],
    channel: 'account-health-appeal',
    noticeKind: 'account-deactivated',
    details: 'related_accounts',
  },
  {
    type: 'restricted-products',
    description: 'Restricted or prohibited products listed: category, approval, listings deleted and inventory disposed',
    evidence: ['listing-deletion-confirmation', 'regulatory-approval', 'inventory-report', 'policy-training-record'],
    channel: 'account-health-appeal',
    noticeKind: 'account-deactivated',
    details: 'restricted_product',
  },
  {
    type: 'a-to-z-chargeback',
    description: 'A-to-z Guarantee claims or chargebacks: claim rate against the target, orders and delivery proof',
    evidence: ['tracking-records', 'refund-or-replacement-records', 'customer-communication', 'logistics-contract', 'metrics-screenshot'],
    channel: 'account-health-appeal',
    partial: 'metrics',
    noticeKind: 'selling-privileges-removed',
    metric: { name: 'a-to-z-claim-rate', target: 1, comparator: '<' },
  },
  {
    type: 'order-defect-rate',
    description: 'Order Defect Rate above 1%: the rate against the target, the defective orders and the fixes',
    evidence: metricsEvidence,
    channel: 'account-health-appeal',
    partial: 'metrics',
    noticeKind: 'selling-privileges-removed',
    metric: { name: 'order-defect-rate', target: 1, comparator: '<' },
  },
  {
    type: 'late-shipment',
    description: 'Late Shipment Rate above 4%: the rate against the target, staffing and stock location',
    evidence: ['metrics-screenshot', 'sop-document', 'inventory-report', 'erp-or-system-screenshot'],
    channel: 'account-health-appeal',
    partial: 'metrics',
    noticeKind: 'selling-privileges-removed',
    metric: { name: 'late-shipment-rate', target: 4, comparator: '<' },
  },
  {
    type: 'valid-tracking-rate',
    description: 'Valid Tracking Rate below 95%: the rate against the target, tracking uploads and carriers',
    evidence: ['metrics-screenshot', 'tracking-records', 'erp-or-system-screenshot', 'logistics-contract'],
    channel: 'account-health-appeal',
    partial: 'metrics',
    noticeKind: 'mfn-privileges-removed',
    metric: { name: 'valid-tracking-rate', target: 95, comparator: '>=' },
  },
  {
    type: 'counterfeit-inauthentic',
    description: 'Inauthentic or counterfeit complaints: suppliers with contacts, invoices from the last 365 days, authorisations',
    evidence: [...supplyEvidence, 'trademark-registration', 'business-license'],
    channel: 'account-health-appeal',
    noticeKind: 'listing-removed',
    details: 'supply_chain',
  },
  {
    type: 'ip-infringement',
    description:
      'Trademark, copyright or patent complaint: the complaint and the position (authorised seller, retraction, listing removed)',
    evidence: [
      'letter-of-authorization',
      'licensing-agreement',
      'retraction-request',
      'retraction-confirmation',
      'rights-owner-correspondence',
      'listing-deletion-confirmation',
    ],
    channel: 'ip-complaint-appeal',
    noticeKind: 'listing-removed',
    details: 'ip_complaint',
  },
  {
    type: 'design-patent-rebuttal',
    description: 'Design-patent complaint disputed: the patent, numbered differences with comparison exhibits, retraction request',
    evidence: ['patent-document', 'patent-comparison', 'retraction-request', 'product-photos', 'rights-owner-correspondence'],
    channel: 'ip-complaint-appeal',
    noticeKind: 'listing-removed',
    details: 'ip_complaint',
    stance: 'dispute',
  },
  {
    type: 'review-manipulation',
    description: 'Review manipulation: methods, third parties and their contacts, reviews obtained and still live, payments',
    evidence: [
      'review-manipulation-spreadsheet',
      'offending-reviews-list',
      'third-party-contact-record',
      'payment-voucher',
      'policy-training-record',
    ],
    channel: 'account-health-appeal',
    noticeKind: 'account-deactivated',
    details: 'review_manipulation',
  },
  {
    type: 'listing-not-as-described',
    description: 'Item not as described: the listing corrected, before and after, and the orders concerned',
    evidence: ['listing-screenshot-before', 'listing-screenshot-after', 'product-photos', 'refund-or-replacement-records'],
    channel: 'account-health-appeal',
    partial: 'orders',
    noticeKind: 'listing-removed',
  },
  {
    type: 'used-sold-as-new',
    description: 'Used items sold as new: suppliers and invoices, returns inspection, packaging and the orders concerned',
    evidence: [
      'supplier-invoice',
      'supplier-contact-sheet',
      'letter-of-authorization',
      'supply-chain-chain-of-custody',
      'qc-checklist',
      'packaging-photos',
    ],
    channel: 'account-health-appeal',
    partial: 'counterfeit-inauthentic',
    noticeKind: 'listing-removed',
    details: 'supply_chain',
  },
  {
    type: 'damaged-item',
    description: 'Damaged-item complaints: QC sign-off, packaging, carrier and the orders concerned',
    evidence: ['qc-checklist', 'packaging-photos', 'logistics-contract', 'customer-communication'],
    channel: 'account-health-appeal',
    partial: 'orders',
    noticeKind: 'listing-removed',
  },
  {
    type: 'product-quality',
    description: 'Product quality complaints (listing removed): test reports, QC changes and the orders concerned',
    evidence: ['test-report', 'qc-checklist', 'certificate-of-conformity', 'listing-screenshot-after'],
    channel: 'account-health-appeal',
    partial: 'orders',
    noticeKind: 'listing-removed',
  },
  {
    type: 'funds-or-inventory-release',
    description: 'Funds or FBA inventory held after a deactivation: identity, bank account and removal of inventory',
    evidence: ['bank-or-payment-statement', 'government-id', 'business-license', 'utility-bill', 'inventory-report'],
    channel: 'seller-support-case',
    noticeKind: 'funds-held',
  },
  {
    type: 'other',
    description: 'Any other notice: the three core sections (root causes, actions, prevention), the orders a case lists, and the evidence',
    evidence: ['other'],
    channel: 'account-health-appeal',
    // The orders a case lists are shown as for any other type, in the orders table.
    partial: 'orders',
    noticeKind: 'account-deactivated',
  },
];

const byType = new Map(caseTypes.map((t) => [t.type, t]));

/** The catalogue entry of a type (every schema type has one). */
export function caseTypeInfo(type: CaseType): CaseTypeInfo {
  const info = byType.get(type);
  if (!info) throw new Error(`unknown case type ${type}`);
  return info;
}

/** Case types that share another type's extra sections (type -> partial name under partials/types/). */
export const typePartialAliases: Record<string, string> = Object.fromEntries(
  caseTypes.filter((t) => t.partial).map((t) => [t.type, t.partial!]),
);
