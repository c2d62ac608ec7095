// The commented YAML skeleton `appeal new` writes for a case type, generated from the catalogue (case-types.ts).
// Every value the user must supply is a TODO that fails validation (a bad date, e-mail, ASIN or number, or a
// placeholder the letter rules reject), so an unfilled starter never renders.
import { caseTypeInfo, type CaseTypeInfo, type EvidenceKind } from '../../domain/case-types.js';
import type { CaseType, Marketplace } from '../../model/case.js';

/** What a starter is made for. */
export interface StarterOptions {
  id: string;
  type: CaseType;
  marketplace: Marketplace;
  language: string;
  /** The schema modeline's path, relative to the case file (see `appeal new`). */
  schemaRef: string;
}

const q = (text: string) => JSON.stringify(text);
const todo = (hint: string) => q(`TODO: ${hint}`);
const kindWords = (kind: string) => kind.replace(/-/g, ' ');

/** Types whose letter lists the orders concerned. */
const orderTypes = new Set<CaseType>(['listing-not-as-described', 'damaged-item', 'product-quality', 'used-sold-as-new']);
const defectFor: Partial<Record<CaseType, string>> = {
  'a-to-z-chargeback': 'a-to-z-claim',
  'order-defect-rate': 'a-to-z-claim',
  'late-shipment': 'late-shipment',
  'valid-tracking-rate': 'invalid-tracking',
  'listing-not-as-described': 'not-as-described',
  'damaged-item': 'damaged',
  'product-quality': 'other',
  'used-sold-as-new': 'used-sold-as-new',
};

/** Evidence ids by kind: E1 is the first kind the catalogue lists. */
function evidenceIds(info: CaseTypeInfo): Map<EvidenceKind, string> {
  return new Map(info.evidence.map((kind, i) => [kind, `E${i + 1}`]));
}

function evidenceYaml(info: CaseTypeInfo): string[] {
  const ext = info.channel === 'ip-complaint-appeal' ? 'png' : 'pdf';
  const lines = [
    'evidence:                        # one item per document; files go in evidence/ next to this file',
    `  # Amazon expects for this case type: ${info.evidence.map(kindWords).join(', ')}.`,
    '  # Delete items you do not have; every file listed must exist.',
  ];
  info.evidence.forEach((kind, i) => {
    lines.push(
      `  - id: E${i + 1}`,
      `    title: ${todo(`what this ${kindWords(kind)} is`)}`,
      `    file: evidence/${kind}.${ext}`,
      `    kind: ${kind}`,
      `    date: TODO                   # the document's own date, YYYY-MM-DD`,
    );
    if (i === 0) lines.push('    asins: [TODO]                # the ASINs this document covers');
    if (kind === 'supplier-invoice') {
      lines.push(
        `    issuer: ${todo('supplier name, as on the invoice')}`,
        '    counterparty:                # the supplier: Amazon checks name, address, phone and website',
        `      name: ${todo('supplier name')}`,
        `      address: ${todo('supplier address')}`,
        `      phone: ${todo('supplier phone')}`,
        '      email: TODO                # supplier e-mail',
        `      website: ${todo('supplier website')}`,
        '    quantity: TODO               # units the invoice covers: at least the units sold in the last 365 days',
        '    pricing_redacted: true       # prices may be hidden; nothing else may be altered',
      );
    }
  });
  return lines;
}

function detailsYaml(info: CaseTypeInfo, ids: Map<EvidenceKind, string>, marketplace: Marketplace): string[] {
  const id = (kind: EvidenceKind) => ids.get(kind) ?? 'E1';
  switch (info.details) {
    case 'brand_registry':
      return [
        '  brand_registry:',
        `    brand: ${todo('brand name as registered')}`,
        '    trademark:',
        `      office: ${todo('trademark office, e.g. USPTO')}`,
        `      number: ${todo('registration or serial number')}`,
        '      status: registered         # registered | pending',
        '      holder_type: company       # company | individual (a company holder means a business licence on the call)',
        `      holder_name: ${todo('the holder named on the registration')}`,
        '      classes: [TODO]            # Nice classes, e.g. [21]',
        `    appeal_case_id: ${todo('the Brand Registry case id')}`,
        '    video_verification:          # delete this block if Amazon did not invite you to a video call',
        '      invited_on: TODO           # date of the invitation; book within 7 working days',
        '      slots: [TODO, TODO, TODO]  # three times that suit you, "YYYY-MM-DD HH:MM"',
        '      # scheduled_at: "YYYY-MM-DD HH:MM"   # once Amazon confirms; a new time needs 48 hours\' notice',
        `      location: ${todo('office, warehouse or factory where the call takes place')}`,
        '      attendee:',
        `        name: ${todo('who attends the call')}`,
        '        role: authorized-agent   # brand-owner | legal-representative | authorized-agent | employee',
        `        id_evidence: ${id('government-id')}             # the attendee's ID`,
        `        authorization_evidence: ${id('letter-of-authorization')}  # the brand owner's authorisation (not needed if the attendee is the owner)`,
        `        business_licence_evidence: ${id('business-license')}  # needed when a company holds the trademark`,
        '      products:                  # every product sold under the brand',
        `        - name: ${todo('product')}`,
        '          asin: TODO',
        '          units_available: TODO  # at least 50 sellable units',
        '          # exception: why fewer than 50 units (made to order, perishable)',
      ];
    case 'related_accounts':
      return [
        '  related_accounts:',
        '    linked_account_known: true   # false if Amazon did not say which account; the letter then asks for a re-check',
        '    linked_account:',
        `      store_name: ${todo('the linked store')}`,
        `      merchant_token: ${todo('its merchant token')}`,
        `      marketplace: ${marketplace}`,
        `      status: ${todo('active, deactivated or closed')}`,
        '      relationship: same-owner   # same-owner | family-member | former-employee | shared-service-provider | shared-device-or-network | business-partner | unknown',
        `    relationship_explanation: ${todo('how the two accounts are related, with dates')}`,
        '    # legitimate_business_need: why both accounts are needed (instead of closing one)',
        `    closure_requested_for: ${todo('the account you ask Amazon to close')}`,
        '    appeal_attempt: 1            # 1 to 3',
      ];
    case 'review_manipulation':
      return [
        '  review_manipulation:',
        '    methods:                     # how the reviews were obtained, one line each',
        `      - ${todo('method, e.g. a third party arranged purchases followed by 5-star reviews')}`,
        `    responsible_person: ${todo('who arranged it (role)')}`,
        '    third_parties:               # everyone engaged, with every contact detail you have',
        `      - name: ${todo('name or company')}`,
        '        email: TODO              # e-mail address',
        `        website: ${todo('web site')}`,
        `        payment_account: ${todo('account the payments went to')}`,
        '        contact_attempts:',
        `          - ${todo('date and result of each attempt to contact them')}`,
        '    # no_contact_reason: why the third party cannot be reached',
        '    reviews_obtained: TODO       # how many reviews were obtained this way',
        '    reviews_still_live: TODO     # how many are still on the site',
        `    spreadsheet_evidence: ${id('review-manipulation-spreadsheet')}      # order id, ASIN and review link of each`,
        `    payment_evidence: [${id('payment-voucher')}]       # receipts or transfer vouchers`,
      ];
    case 'ip_complaint': {
      const design = info.type === 'design-patent-rebuttal';
      return [
        '  ip_complaint:',
        design
          ? '    ip_type: design-patent'
          : '    ip_type: trademark         # trademark | copyright | utility-patent | design-patent | keyword',
        `    complaint_id: ${todo('complaint id from the notice')}`,
        `    ip_number: ${todo(design ? 'patent number, e.g. USD517789' : 'trademark, copyright or patent number')}`,
        `    ip_office: ${todo('issuing office, e.g. USPTO')}`,
        '    warning_date: TODO           # date of the notice',
        '    rights_owner:',
        `      name: ${todo('rights owner')}`,
        '      email: TODO                # rights owner e-mail',
        design
          ? '    position: non-infringement'
          : '    position: authorized-seller  # authorized-seller | admit-and-remediate (listing removed) | mistaken-complaint | non-infringement',
        ...(design
          ? [
              '    differences:                 # each way your product differs from the patent drawings',
              `      - aspect: ${todo('what is compared, e.g. sole pattern')}`,
              `        our_product: ${todo('how your product looks')}`,
              `        protected_design: ${todo('how the patented design looks')}`,
              `        evidence: ${id('patent-comparison')}               # the side-by-side comparison`,
              '    independent_design_since: TODO   # when your design was first sold',
            ]
          : []),
        '    retraction:                  # the rights owner must send a retraction to Amazon directly',
        '      requested_on: TODO',
        `      channel: ${todo('how you asked, e.g. e-mail to the rights owner')}`,
      ];
    }
    case 'supply_chain':
      return [
        '  supply_chain:',
        '    seller_is_brand_owner: false # true: enclose trademark registration and business licence; false: authorisation and invoices',
        '    suppliers:',
        `      - name: ${todo('supplier name')}`,
        '        tier: manufacturer       # manufacturer | brand-owner | authorized-distributor | wholesaler | other',
        `        address: ${todo('supplier address')}`,
        `        phone: ${todo('supplier phone')}`,
        '        email: TODO              # supplier e-mail',
        `        website: ${todo('supplier website')}`,
        `        invoice_evidence: [${id('supplier-invoice')}]`,
        `        authorization_evidence: [${id('letter-of-authorization')}]`,
      ];
    case 'restricted_product':
      return [
        '  restricted_product:',
        `    category: ${todo('the restricted category, e.g. pesticides')}`,
        '    approval_required: false     # true if the product may be sold with an approval (then list it below)',
        `    # approval_evidence: [${id('regulatory-approval')}]`,
        '    inventory_disposition: removed   # removed | disposed | returned-to-supplier | relisted-after-approval | other',
      ];
    default:
      return [];
  }
}

/** The starter YAML for a case type. */
export function starterYaml(o: StarterOptions): string {
  const info = caseTypeInfo(o.type);
  const ids = evidenceIds(info);
  const first = 'E1';
  const second = info.evidence.length > 1 ? 'E2' : 'E1';
  const dispute = info.stance === 'dispute';
  const lines: string[] = [
    `# yaml-language-server: $schema=${o.schemaRef}`,
    `# ${o.type}: ${info.description}.`,
    '# Written by `appeal new`. Replace every TODO with the facts of your case; until each one is filled the',
    '# case does not validate and nothing is rendered. Write plainly: dates, counts, ASINs, order ids.',
    `id: ${o.id}`,
    `type: ${o.type}`,
    `stance: ${dispute ? 'dispute' : 'remediate'}${' '.repeat(dispute ? 18 : 16)}# remediate (we fix it) | dispute (the notice is wrong) | mixed`,
    `marketplace: ${o.marketplace}`,
    `language: ${o.language}`,
    '',
    'notice:                          # what Amazon sent',
    `  kind: ${info.noticeKind}`,
    '  received: TODO                 # date of the notice, YYYY-MM-DD',
    `  reference: ${todo('notice, complaint or case reference')}`,
    `  summary: ${todo('what the notice says, in one or two sentences')}`,
    '  # respond_by: YYYY-MM-DD       # the deadline, if the notice gives one',
  ];
  if (info.metric) {
    const m = info.metric;
    lines.push(
      '',
      'metrics:                         # the metric Amazon measured, against its target',
      `  - name: ${m.name}`,
      '    value: TODO                  # the value in the notice, e.g. 2.1',
      '    unit: "%"',
      `    target: ${m.target}                   # Amazon's target: ${m.comparator} ${m.target}%`,
      `    comparator: "${m.comparator}"`,
      '    window_days: 60',
    );
  }
  lines.push(
    '',
    'seller:',
    `  legal_name: ${todo('registered legal name of the business')}`,
    `  store_name: ${todo('store name on Amazon')}`,
    '  login_email: TODO              # the Seller Central login e-mail (restated in the sign-off)',
    '  signatory:',
    `    name: ${todo('who signs the letter')}`,
    `    title: ${todo('their role')}`,
    '',
    'asins:                           # the products the notice names',
    '  - asin: TODO                   # 10 capital letters or digits, e.g. B0C1234567',
    `    title: ${todo('product title')}`,
  );
  if (info.metric || orderTypes.has(o.type)) {
    lines.push(
      '',
      'orders:                          # the orders behind the notice',
      '  - order_id: TODO               # 3-7-7 digits, e.g. 112-3456789-1234567',
      '    asin: TODO',
      `    defect: ${defectFor[o.type] ?? 'other'}`,
      `    resolution: ${todo('how the order was resolved, with the date')}`,
    );
  }
  if (dispute) {
    lines.push(
      '',
      'grounds:                         # why the notice is in error, one point each, with evidence',
      '  - id: G1',
      `    title: ${todo('the point in a few words')}`,
      `    detail: ${todo('the facts that show the notice is in error')}`,
      `    evidence: [${second}]`,
    );
  }
  lines.push(
    '',
    dispute
      ? 'root_causes:                     # how the complaint arose'
      : 'root_causes:                     # what went wrong: one item per cause, each with facts',
    '  - id: RC1',
    `    title: ${todo('the cause in a few words')}`,
    `    detail: ${todo('what happened, when, how many, which products or orders')}`,
    '    asins: [TODO]',
    `    evidence: [${first}]`,
    '',
    'corrective_actions:              # what was already done, each with its date',
    '  - id: CA1',
    '    addresses: [RC1]',
    `    action: ${todo('what was done')}`,
    '    status: done                 # done | in-progress',
    '    done_on: TODO                # the date it was completed',
    `    evidence: [${first}]`,
    '',
    'preventive_measures:             # what stops it from happening again',
    '  - id: PM1',
    '    addresses: [RC1]',
    `    measure: ${todo('the measure, specific and measurable')}`,
    '    starts: TODO                 # the date it started or starts',
    `    owner: ${todo('who is responsible (role)')}`,
    `    kpi: ${todo('how it is measured and how often')}`,
    `    evidence: [${second}]`,
    '',
    ...evidenceYaml(info),
  );
  const details = detailsYaml(info, ids, o.marketplace);
  if (details.length) lines.push('', 'details:', ...details);
  lines.push('', 'submission:', `  channel: ${info.channel}`, '');
  return lines.join('\n');
}
