// Generated from schemas/case.schema.json by scripts/gen-types.mjs. Do not edit by hand.

/**
 * An Amazon seller appeal case: the notice, the seller, what went wrong, what was fixed, what prevents it recurring, and the evidence. See docs/case-format.md.
 */
export interface AppealCase {
  /**
   * Case id (kebab-case); defaults to the file or folder name
   */
  id?: string;
  /**
   * The case type (appeal types lists them)
   */
  type:
    | 'brand-registry-appeal'
    | 'authenticity-inventory-verification'
    | 'related-accounts'
    | 'restricted-products'
    | 'a-to-z-chargeback'
    | 'order-defect-rate'
    | 'late-shipment'
    | 'valid-tracking-rate'
    | 'counterfeit-inauthentic'
    | 'ip-infringement'
    | 'design-patent-rebuttal'
    | 'review-manipulation'
    | 'listing-not-as-described'
    | 'used-sold-as-new'
    | 'damaged-item'
    | 'product-quality'
    | 'funds-or-inventory-release'
    | 'other';
  /**
   * remediate: we fix it; dispute: the notice is wrong; mixed: part of each
   */
  stance?: 'remediate' | 'dispute' | 'mixed';
  /**
   * The Amazon marketplace the notice came from
   */
  marketplace:
    | 'US'
    | 'CA'
    | 'MX'
    | 'BR'
    | 'UK'
    | 'DE'
    | 'FR'
    | 'IT'
    | 'ES'
    | 'NL'
    | 'SE'
    | 'PL'
    | 'BE'
    | 'TR'
    | 'JP'
    | 'AU'
    | 'IN'
    | 'SG'
    | 'AE'
    | 'SA'
    | 'EG'
    | 'IE';
  /**
   * Other marketplaces affected by the same notice
   */
  other_marketplaces?: (
    | 'US'
    | 'CA'
    | 'MX'
    | 'BR'
    | 'UK'
    | 'DE'
    | 'FR'
    | 'IT'
    | 'ES'
    | 'NL'
    | 'SE'
    | 'PL'
    | 'BE'
    | 'TR'
    | 'JP'
    | 'AU'
    | 'IN'
    | 'SG'
    | 'AE'
    | 'SA'
    | 'EG'
    | 'IE'
  )[];
  /**
   * Letter language: en (default) or ja; any language with a template folder
   */
  language?: string;
  /**
   * What Amazon sent
   */
  notice: {
    /**
     * What Amazon did
     */
    kind:
      | 'selling-privileges-removed'
      | 'account-deactivated'
      | 'account-under-review'
      | 'listing-removed'
      | 'mfn-privileges-removed'
      | 'policy-warning'
      | 'brand-registry-application-rejected'
      | 'brand-registry-revoked'
      | 'funds-held'
      | 'fba-shipment-creation-revoked'
      | 'account-at-risk';
    /**
     * The date the notice was received
     */
    received: string;
    /**
     * Notice, complaint or case reference, quoted in the subject line
     */
    reference?: string;
    /**
     * What the notice says, in one or two sentences
     */
    summary: string;
    /**
     * The policy the notice cites
     */
    policy?: string;
    /**
     * The team that signed the notice (e.g. Amazon Seller Performance Team); the letter is addressed to it
     */
    sender?: string;
    /**
     * For funds held: the amount held, with its currency (e.g. GBP 7,412.38); the letter asks for exactly this amount
     */
    amount?: string;
    /**
     * For funds held: what the letter asks Amazon to release: funds (the default), inventory (the FBA inventory only, e.g. for a removal order once the funds are paid out) or funds-and-inventory
     */
    release?: 'funds' | 'inventory' | 'funds-and-inventory';
    /**
     * For funds held: the date the funds were first held, if different from the date the notice was received
     */
    held_since?: string;
    /**
     * The deadline to respond, if the notice gives one
     */
    respond_by?: string;
    /**
     * When one notice names several violations, each one (root causes then name the one they explain)
     */
    violations?: string[];
  };
  /**
   * Performance metrics the notice cites
   */
  metrics?: {
    name:
      | 'order-defect-rate'
      | 'late-shipment-rate'
      | 'pre-fulfillment-cancel-rate'
      | 'valid-tracking-rate'
      | 'on-time-delivery-rate'
      | 'negative-feedback-rate'
      | 'a-to-z-claim-rate'
      | 'chargeback-rate'
      | 'account-health-rating';
    /**
     * The value Amazon measured
     */
    value: number;
    /**
     * Unit, usually %
     */
    unit?: string;
    /**
     * Amazon's target, as the notice states it; leave it out when the notice gives none
     */
    target?: number;
    /**
     * How the value must compare with the target to be healthy
     */
    comparator?: '<' | '<=' | '>' | '>=';
    window_days?: number;
    /**
     * ISO date YYYY-MM-DD
     */
    as_of?: string;
    /**
     * The value after the corrective actions, if measured
     */
    after_fix?: number;
  }[];
  /**
   * The seller account
   */
  seller: {
    /**
     * Registered legal name of the business
     */
    legal_name: string;
    /**
     * Store (display) name on Amazon
     */
    store_name: string;
    /**
     * E-mail address
     */
    login_email: string;
    /**
     * Merchant token (seller id)
     */
    merchant_token?: string;
    /**
     * Postal address, one line per item
     *
     * @minItems 1
     */
    address?: [string, ...string[]];
    /**
     * Phone number
     */
    phone?: string;
    /**
     * Country of registration
     */
    country?: string;
    /**
     * Business registration number
     */
    registration_number?: string;
    signatory?: {
      /**
       * Name of the person signing
       */
      name: string;
      /**
       * Their role
       */
      title?: string;
    };
  };
  /**
   * Products concerned
   */
  asins?: {
    /**
     * 10 capital letters or digits
     */
    asin: string;
    /**
     * Product title
     */
    title?: string;
    /**
     * Seller SKU
     */
    sku?: string;
    /**
     * Brand
     */
    brand?: string;
    /**
     * Named in the notice
     */
    cited?: boolean;
    /**
     * Units sold in the window the notice covers
     */
    units_sold?: number;
    /**
     * Units bought from suppliers in that window
     */
    units_purchased?: number;
  }[];
  /**
   * Orders concerned
   */
  orders?: {
    /**
     * Amazon order id, 3-7-7 digits
     */
    order_id: string;
    asin?: string;
    /**
     * ISO date YYYY-MM-DD
     */
    date?: string;
    defect?:
      | 'a-to-z-claim'
      | 'chargeback'
      | 'negative-feedback'
      | 'late-shipment'
      | 'cancellation'
      | 'invalid-tracking'
      | 'not-as-described'
      | 'damaged'
      | 'used-sold-as-new'
      | 'counterfeit-complaint'
      | 'other';
    /**
     * How the order was resolved
     */
    resolution?: string;
    /**
     * ISO date YYYY-MM-DD
     */
    resolved_on?: string;
  }[];
  /**
   * What went wrong (for a dispute: how the complaint arose)
   *
   * @minItems 1
   */
  root_causes: [
    {
      id: string;
      title: string;
      /**
       * The facts: what happened, when, how many, which products or orders
       */
      detail: string;
      category?:
        | 'policy-knowledge'
        | 'sourcing-supply-chain'
        | 'supplier-quality'
        | 'qc-inspection'
        | 'packaging'
        | 'carrier-logistics'
        | 'fulfillment-process'
        | 'inventory-management'
        | 'staffing-training'
        | 'systems-erp'
        | 'customer-service'
        | 'listing-content'
        | 'third-party-service'
        | 'employee-misconduct'
        | 'account-access-linkage'
        | 'ip-clearance'
        | 'returns-handling'
        | 'other';
      /**
       * Which of notice.violations this explains
       */
      violation?: string;
      asins?: string[];
      orders?: string[];
      /**
       * Items: An evidence id (E1, E2, ...)
       */
      evidence?: string[];
    },
    ...{
      id: string;
      title: string;
      /**
       * The facts: what happened, when, how many, which products or orders
       */
      detail: string;
      category?:
        | 'policy-knowledge'
        | 'sourcing-supply-chain'
        | 'supplier-quality'
        | 'qc-inspection'
        | 'packaging'
        | 'carrier-logistics'
        | 'fulfillment-process'
        | 'inventory-management'
        | 'staffing-training'
        | 'systems-erp'
        | 'customer-service'
        | 'listing-content'
        | 'third-party-service'
        | 'employee-misconduct'
        | 'account-access-linkage'
        | 'ip-clearance'
        | 'returns-handling'
        | 'other';
      /**
       * Which of notice.violations this explains
       */
      violation?: string;
      asins?: string[];
      orders?: string[];
      /**
       * Items: An evidence id (E1, E2, ...)
       */
      evidence?: string[];
    }[]
  ];
  /**
   * For a dispute or mixed stance: why the notice is in error, point by point
   */
  grounds?: {
    id: string;
    title: string;
    /**
     * Why the notice is in error, with facts
     */
    detail: string;
    /**
     * Items: An evidence id (E1, E2, ...)
     */
    evidence?: string[];
  }[];
  /**
   * What was already done
   *
   * @minItems 1
   */
  corrective_actions: [
    {
      id: string;
      /**
       * @minItems 1
       */
      addresses: [string, ...string[]];
      /**
       * What was done
       */
      action: string;
      status?: 'done' | 'in-progress';
      /**
       * When it was completed (required when done); for an action in progress, the date it is to be completed by (after the letter date)
       */
      done_on?: string;
      /**
       * Who did it
       */
      owner?: string;
      /**
       * Items: An evidence id (E1, E2, ...)
       */
      evidence?: string[];
    },
    ...{
      id: string;
      /**
       * @minItems 1
       */
      addresses: [string, ...string[]];
      /**
       * What was done
       */
      action: string;
      status?: 'done' | 'in-progress';
      /**
       * When it was completed (required when done); for an action in progress, the date it is to be completed by (after the letter date)
       */
      done_on?: string;
      /**
       * Who did it
       */
      owner?: string;
      /**
       * Items: An evidence id (E1, E2, ...)
       */
      evidence?: string[];
    }[]
  ];
  /**
   * What stops it from happening again
   *
   * @minItems 1
   */
  preventive_measures: [
    {
      id: string;
      /**
       * @minItems 1
       */
      addresses: [string, ...string[]];
      /**
       * What stops it from happening again
       */
      measure: string;
      /**
       * When the measure started or starts
       */
      starts: string;
      /**
       * Who is responsible
       */
      owner?: string;
      /**
       * How often it runs (daily, per shipment, ...)
       */
      cadence?: string;
      /**
       * How it is measured
       */
      kpi?: string;
      /**
       * Items: An evidence id (E1, E2, ...)
       */
      evidence?: string[];
    },
    ...{
      id: string;
      /**
       * @minItems 1
       */
      addresses: [string, ...string[]];
      /**
       * What stops it from happening again
       */
      measure: string;
      /**
       * When the measure started or starts
       */
      starts: string;
      /**
       * Who is responsible
       */
      owner?: string;
      /**
       * How often it runs (daily, per shipment, ...)
       */
      cadence?: string;
      /**
       * How it is measured
       */
      kpi?: string;
      /**
       * Items: An evidence id (E1, E2, ...)
       */
      evidence?: string[];
    }[]
  ];
  /**
   * Documents that prove what the letter says
   */
  evidence: {
    /**
     * An evidence id (E1, E2, ...)
     */
    id: string;
    /**
     * What the document is
     */
    title: string;
    /**
     * Path relative to the case file, inside the case folder: PDF, PNG, JPEG, GIF, TIFF, CSV, XLSX, DOCX or TXT
     */
    file: string;
    kind:
      | 'supplier-invoice'
      | 'receipt'
      | 'purchase-contract'
      | 'delivery-order'
      | 'letter-of-authorization'
      | 'licensing-agreement'
      | 'supply-chain-chain-of-custody'
      | 'supplier-contact-sheet'
      | 'trademark-registration'
      | 'brand-registry-record'
      | 'patent-document'
      | 'patent-comparison'
      | 'non-infringement-opinion'
      | 'prior-art-publication'
      | 'business-license'
      | 'government-id'
      | 'utility-bill'
      | 'bank-or-payment-statement'
      | 'test-report'
      | 'certificate-of-conformity'
      | 'regulatory-approval'
      | 'product-photos'
      | 'packaging-photos'
      | 'production-line-photos'
      | 'listing-screenshot-before'
      | 'listing-screenshot-after'
      | 'listing-deletion-confirmation'
      | 'policy-training-record'
      | 'sop-document'
      | 'qc-checklist'
      | 'logistics-contract'
      | 'tracking-records'
      | 'customer-communication'
      | 'refund-or-replacement-records'
      | 'review-manipulation-spreadsheet'
      | 'offending-reviews-list'
      | 'third-party-contact-record'
      | 'payment-voucher'
      | 'police-report'
      | 'retraction-request'
      | 'retraction-confirmation'
      | 'rights-owner-correspondence'
      | 'inventory-report'
      | 'erp-or-system-screenshot'
      | 'metrics-screenshot'
      | 'account-closure-request'
      | 'video-verification-product-list'
      | 'other';
    /**
     * The document's own date
     */
    date?: string;
    /**
     * Who issued it
     */
    issuer?: string;
    /**
     * A counterparty's contact details
     */
    counterparty?: {
      /**
       * Name
       */
      name: string;
      /**
       * Postal address
       */
      address?: string;
      /**
       * Phone number
       */
      phone?: string;
      /**
       * E-mail address
       */
      email?: string;
      /**
       * Web site
       */
      website?: string;
    };
    asins?: string[];
    /**
     * Units the document covers (invoices)
     */
    quantity?: number;
    /**
     * An invoice's lines: the units of each ASIN it lists
     *
     * @minItems 1
     */
    lines?: [
      {
        /**
         * The ASIN of the line
         */
        asin: string;
        /**
         * Units of that ASIN on the invoice
         */
        quantity: number;
      },
      ...{
        /**
         * The ASIN of the line
         */
        asin: string;
        /**
         * Units of that ASIN on the invoice
         */
        quantity: number;
      }[]
    ];
    /**
     * What is highlighted in the document (ASIN, supplier name, ...)
     */
    highlights?: string[];
    /**
     * The document's language when it is not the letter's (two letters: zh, de, ja)
     */
    language?: string;
    /**
     * The evidence id of the document this one translates
     */
    translation_of?: string;
    pricing_redacted?: boolean;
    /**
     * Password of an encrypted PDF
     */
    password?: string;
    /**
     * Notes
     */
    notes?: string;
  }[];
  /**
   * Type-specific blocks
   */
  details?: {
    brand_registry?: BrandRegistry;
    related_accounts?: RelatedAccounts;
    review_manipulation?: ReviewManipulation;
    ip_complaint?: IpComplaint;
    supply_chain?: SupplyChain;
    restricted_product?: RestrictedProduct;
  };
  /**
   * How and where the appeal is submitted
   */
  submission?: {
    /**
     * Where the appeal is submitted (default from the case type)
     */
    channel?:
      | 'account-health-appeal'
      | 'performance-notification-appeal'
      | 'brand-registry-portal'
      | 'ip-complaint-appeal'
      | 'email'
      | 'seller-support-case';
    attempt?: number;
    /**
     * Warn about evidence files larger than this
     */
    max_file_mb?: number;
    /**
     * Warn when a pasted section passes this many characters
     */
    section_char_limit?: number;
    previous_attempts?: {
      /**
       * ISO date YYYY-MM-DD
       */
      submitted_on: string;
      /**
       * What happened
       */
      outcome?: string;
      /**
       * What Amazon said
       */
      feedback?: string;
    }[];
  };
  /**
   * Letter options
   */
  letter?: {
    /**
     * The letter date (default: SOURCE_DATE_EPOCH, else the latest date the case reports as past; a resubmission: two days after each earlier submission and no earlier than any measure's start)
     */
    date?: string;
    /**
     * Overrides the subject line
     */
    subject?: string;
    /**
     * Overrides the opening paragraph
     */
    opening?: string;
    /**
     * An extra section after the preventive measures
     */
    additional_information?: string;
    max_words?: number;
    /**
     * Spelling of the letter's fixed text (default: american for US, MX, BR and JP, british elsewhere); the case's own text is left as written
     */
    spelling?: 'american' | 'british';
    /**
     * Rules silenced for this case, each with a reason
     */
    allow?: {
      /**
       * The rule to silence, by id (L19) or name (length); docs/rules/README.md lists them
       */
      rule: string;
      /**
       * Why the rule does not apply here
       */
      reason: string;
    }[];
  };
  /**
   * Closing paragraph (a sensible default is used when absent)
   */
  closing?: string;
}
export interface BrandRegistry {
  /**
   * Brand name
   */
  brand: string;
  trademark?: {
    /**
     * Office, e.g. USPTO
     */
    office: string;
    /**
     * Registration or serial number
     */
    number: string;
    status?: 'registered' | 'pending';
    holder_type?: 'company' | 'individual';
    /**
     * Holder
     */
    holder_name?: string;
    classes?: number[];
  };
  /**
   * Brand Registry case id
   */
  appeal_case_id?: string;
  video_verification?: {
    /**
     * ISO date YYYY-MM-DD
     */
    invited_on: string;
    /**
     * ISO date YYYY-MM-DD
     */
    book_by?: string;
    /**
     * Proposed slots, date and time
     */
    slots?: string[];
    /**
     * The call as booked now (after a reschedule, the new time), as the booking e-mail gives it; the time zone may follow the time ("2026-12-09 11:00 AEDT", "2026-12-09T11:00+11:00")
     */
    scheduled_at?: string;
    /**
     * When you asked Amazon to move the call (it must be 48 hours before the call); scheduled_at then holds the new time
     */
    reschedule_requested_at?: string;
    /**
     * Where the attendee will be
     */
    location?: string;
    attendee?: {
      /**
       * Name
       */
      name: string;
      role: 'brand-owner' | 'legal-representative' | 'authorized-agent' | 'employee';
      /**
       * An evidence id (E1, E2, ...)
       */
      id_evidence?: string;
      /**
       * An evidence id (E1, E2, ...)
       */
      authorization_evidence?: string;
      /**
       * An evidence id (E1, E2, ...)
       */
      business_licence_evidence?: string;
    };
    products?: {
      /**
       * Product
       */
      name: string;
      asin?: string;
      units_available?: number;
      /**
       * Why fewer than 50 units
       */
      exception?: string;
    }[];
  };
}
export interface RelatedAccounts {
  linked_account_known?: boolean;
  linked_account?: {
    /**
     * Store
     */
    store_name?: string;
    /**
     * Token
     */
    merchant_token?: string;
    marketplace?:
      | 'US'
      | 'CA'
      | 'MX'
      | 'BR'
      | 'UK'
      | 'DE'
      | 'FR'
      | 'IT'
      | 'ES'
      | 'NL'
      | 'SE'
      | 'PL'
      | 'BE'
      | 'TR'
      | 'JP'
      | 'AU'
      | 'IN'
      | 'SG'
      | 'AE'
      | 'SA'
      | 'EG'
      | 'IE';
    /**
     * Status
     */
    status?: string;
    relationship?:
      | 'same-owner'
      | 'family-member'
      | 'former-employee'
      | 'shared-service-provider'
      | 'shared-device-or-network'
      | 'business-partner'
      | 'unknown';
  };
  /**
   * How the accounts are related
   */
  relationship_explanation?: string;
  /**
   * Why a second account is needed, if it is
   */
  legitimate_business_need?: string;
  /**
   * Which account the seller asks to close
   */
  closure_requested_for?: string;
  appeal_attempt?: number;
}
export interface ReviewManipulation {
  /**
   * How reviews were obtained
   */
  methods: string[];
  /**
   * Who arranged it
   */
  responsible_person?: string;
  third_parties?: {
    /**
     * Name
     */
    name: string;
    /**
     * Alias
     */
    alias?: string;
    /**
     * E-mail address
     */
    email?: string;
    /**
     * Chat id
     */
    messenger_id?: string;
    /**
     * Web site
     */
    website?: string;
    /**
     * Payment account
     */
    payment_account?: string;
    /**
     * Address
     */
    address?: string;
    /**
     * Dates and results of attempts to contact
     */
    contact_attempts?: string[];
  }[];
  /**
   * Why the third party cannot be contacted
   */
  no_contact_reason?: string;
  reviews_obtained?: number;
  reviews_still_live?: number;
  /**
   * An evidence id (E1, E2, ...)
   */
  spreadsheet_evidence?: string;
  /**
   * Items: An evidence id (E1, E2, ...)
   */
  payment_evidence?: string[];
}
export interface IpComplaint {
  ip_type: 'trademark' | 'copyright' | 'utility-patent' | 'design-patent' | 'keyword';
  /**
   * Complaint id
   */
  complaint_id?: string;
  /**
   * Patent, trademark or registration number
   */
  ip_number?: string;
  /**
   * Issuing office
   */
  ip_office?: string;
  /**
   * ISO date YYYY-MM-DD
   */
  warning_date?: string;
  rights_owner?: {
    /**
     * Rights owner
     */
    name: string;
    /**
     * E-mail address
     */
    email?: string;
  };
  position?: 'admit-and-remediate' | 'non-infringement' | 'authorized-seller' | 'mistaken-complaint';
  differences?: {
    /**
     * What is compared
     */
    aspect: string;
    /**
     * How our product looks
     */
    our_product: string;
    /**
     * How the protected design looks
     */
    protected_design: string;
    /**
     * An evidence id (E1, E2, ...)
     */
    evidence?: string;
  }[];
  retraction?: {
    /**
     * ISO date YYYY-MM-DD
     */
    requested_on?: string;
    /**
     * ISO date YYYY-MM-DD
     */
    received_on?: string;
    /**
     * How it was asked for
     */
    channel?: string;
  };
  /**
   * ISO date YYYY-MM-DD
   */
  independent_design_since?: string;
}
export interface SupplyChain {
  seller_is_brand_owner: boolean;
  suppliers?: {
    /**
     * Name
     */
    name: string;
    tier?: 'manufacturer' | 'brand-owner' | 'authorized-distributor' | 'wholesaler' | 'other';
    /**
     * Address
     */
    address?: string;
    /**
     * Phone
     */
    phone?: string;
    /**
     * E-mail address
     */
    email?: string;
    /**
     * Web site
     */
    website?: string;
    /**
     * Items: An evidence id (E1, E2, ...)
     */
    invoice_evidence?: string[];
    /**
     * Items: An evidence id (E1, E2, ...)
     */
    authorization_evidence?: string[];
  }[];
  /**
   * Lots whose authenticity is in doubt (bought outside the brand's chain, without a proper invoice)
   */
  doubtful_lots?: {
    /**
     * The ASIN the lot was sold under
     */
    asin: string;
    /**
     * Where the lot came from (supplier, date, document)
     */
    source?: string;
    /**
     * The receipt or invoice of the lot, an evidence id
     */
    evidence?: string;
    /**
     * Units in the lot
     */
    units?: number;
    /**
     * Units of the lot already sold to buyers
     */
    units_sold?: number;
    /**
     * The corrective actions that say what was done about the units already sold (buyers told, refunded, recalled)
     *
     * Items: A corrective action id (CA1, CA2, ...)
     */
    sold_units_actions?: string[];
  }[];
}
export interface RestrictedProduct {
  /**
   * Restricted category
   */
  category: string;
  approval_required?: boolean;
  /**
   * Items: An evidence id (E1, E2, ...)
   */
  approval_evidence?: string[];
  inventory_disposition?: 'removed' | 'disposed' | 'returned-to-supplier' | 'relisted-after-approval' | 'other';
}
