// Case -> the plain data object templates read. Every field a template may print is present (null when
// absent), because templates run in Handlebars strict mode. Case text is data: it is never compiled.
import type { Case, Exhibit } from '../model/case.js';
import { marketplaceInfo } from '../domain/marketplaces.js';
import { fill, formatDate, formatNumber, humanize } from './format.js';
import { bookingDeadline } from '../domain/video-verification.js';

/** The strings file of a language (templates/<lang>/strings.json). */
export type Strings = {
  headings: Record<string, string>;
  labels: Record<string, string>;
  addressee: Record<string, string>;
  salutation: string;
  subject: Record<string, string>;
  noticeKinds: Record<string, string>;
  defects: Record<string, string>;
  metrics: Record<string, string>;
  opening: Record<string, string>;
  closing: Record<string, string>;
  index: Record<string, string>;
  evidenceKinds?: Record<string, string>;
  [key: string]: unknown;
};

/** A fenced block must not be closed early by case text. */
const unfence = (text: string) => text.replace(/~{3,}|`{3,}/g, '');
/** Table cells must not split on a pipe in case text, nor break the row on a newline. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The label of an evidence kind in the letter's language. */
export function evidenceKindLabel(kind: string, strings: Strings): string {
  return strings.evidenceKinds?.[kind] ?? humanize(kind);
}

/** Builds the template view of a case. */
export function buildView(c: Case, strings: Strings) {
  const input = c.input;
  const L = strings.labels;
  // A list joined the way the letter's language does it (", " in English, "、" in Japanese).
  const list = (items: string[]) => items.join(L.listSeparator ?? ', ');
  const date = (iso: string | undefined | null) => (iso ? formatDate(iso, c.locale) : null);
  const market = marketplaceInfo(c.marketplace);
  const exhibitsOf = (ids: string[] | undefined): string | null => {
    // In exhibit order (A, B, C), whatever order the case lists the ids in.
    const labels = (ids ?? []).map((id) => c.exhibitById.get(id)).filter((e): e is Exhibit => !!e).sort((a, b) => a.label.length - b.label.length || (a.label < b.label ? -1 : 1)).map((e) => e.label);
    if (!labels.length) return null;
    return `${labels.length > 1 ? L.exhibits : L.exhibit} ${list(labels)}`;
  };
  // "root causes 1, 2 and 3; ground 1": numbers grouped under one label, the last joined with "and".
  const spoken = (items: string[]) =>
    items.length > 1 ? `${items.slice(0, -1).join(L.listSeparator ?? ', ')}${L.listLastSeparator ?? L.listSeparator ?? ', '}${items[items.length - 1]}` : (items[0] ?? '');
  const causeNumber = new Map<string, { group: 'rootCause' | 'ground'; n: number }>();
  input.root_causes.forEach((rc, i) => causeNumber.set(rc.id, { group: 'rootCause', n: i + 1 }));
  (input.grounds ?? []).forEach((g, i) => causeNumber.set(g.id, { group: 'ground', n: i + 1 }));
  const addresses = (ids: string[]) => {
    const parts: string[] = [];
    for (const group of ['rootCause', 'ground'] as const) {
      const numbers = ids.map((id) => causeNumber.get(id)).filter((x) => x?.group === group).map((x) => String(x!.n));
      const label = numbers.length > 1 ? (L[`${group}s`] ?? L[group]) : L[group];
      if (numbers.length) parts.push(`${label} ${spoken(numbers)}`);
    }
    parts.push(...ids.filter((id) => !causeNumber.has(id)));
    return parts.join('; ');
  };
  const noticeKind = strings.noticeKinds[input.notice.kind] ?? humanize(input.notice.kind);
  const reference = input.notice.reference ?? null;
  const subjectNotice = reference ? fill(strings.subject.withReference ?? '{notice} ({reference})', { notice: humanize(noticeKind), reference }) : humanize(noticeKind);
  const signatory = input.seller.signatory ?? null;
  const team = strings.addressee[input.notice.kind] ?? strings.addressee.default;

  return {
    s: strings,
    id: c.id,
    stance: c.stance,
    isDispute: c.stance === 'dispute',
    isMixed: c.stance === 'mixed',
    type: c.type,
    letterhead: {
      name: unfence(input.seller.legal_name),
      lines: [
        ...(input.seller.address ?? []),
        `${L.storeName}${L.labelSeparator ?? ': '}${input.seller.store_name}`,
        `${L.loginEmail}${L.labelSeparator ?? ': '}${input.seller.login_email}`,
        ...(input.seller.merchant_token ? [`${L.merchantToken}${L.labelSeparator ?? ': '}${input.seller.merchant_token}`] : []),
        ...(input.seller.phone ? [input.seller.phone] : []),
      ].map(unfence),
    },
    seller: {
      legal_name: input.seller.legal_name,
      store_name: input.seller.store_name,
      login_email: input.seller.login_email,
      merchant_token: input.seller.merchant_token ?? null,
    },
    signatory: signatory ? { name: signatory.name, title: signatory.title ?? null } : null,
    date: date(c.letterDate),
    addressee: team,
    marketplace: { code: market.code, country: market.country, domain: market.domain },
    salutation: fill(strings.salutation, { team: team.replace(/^Amazon /, '') }),
    subject: input.letter?.subject ?? fill(strings.subject[c.stance], { notice: subjectNotice }),
    notice: {
      kind: noticeKind,
      received: date(input.notice.received),
      reference,
      summary: input.notice.summary,
      policy: input.notice.policy ?? null,
      respond_by: date(input.notice.respond_by),
    },
    opening:
      input.letter?.opening ??
      fill(strings.opening[c.stance], {
        received: date(input.notice.received)!,
        noticeKind,
        marketplace: market.domain,
        summary: input.notice.summary.trim(),
      }),
    grounds: (input.grounds ?? []).map((g, i) => ({ n: i + 1, id: g.id, title: g.title, detail: g.detail, exhibits: exhibitsOf(g.evidence) })),
    rootCauses: input.root_causes.map((rc, i) => ({
      n: i + 1,
      id: rc.id,
      title: rc.title,
      detail: rc.detail,
      asins: rc.asins?.length ? list(rc.asins) : null,
      orders: rc.orders?.length ? list(rc.orders) : null,
      exhibits: exhibitsOf(rc.evidence),
    })),
    actions: input.corrective_actions.map((ca, i) => ({
      n: i + 1,
      id: ca.id,
      action: ca.action,
      done: (ca.status ?? 'done') === 'done',
      when: (ca.status ?? 'done') === 'done' && ca.done_on ? fill(L.completedOn, { date: date(ca.done_on)! }) : L.inProgressSince,
      owner: ca.owner ?? null,
      addresses: addresses(ca.addresses),
      exhibits: exhibitsOf(ca.evidence),
    })),
    measures: input.preventive_measures.map((pm, i) => ({
      n: i + 1,
      id: pm.id,
      measure: pm.measure,
      when: fill(pm.starts <= c.letterDate ? L.startedOn : L.startsOn, { date: date(pm.starts)! }),
      owner: pm.owner ?? null,
      cadence: pm.cadence ?? null,
      kpi: pm.kpi ?? null,
      addresses: addresses(pm.addresses),
      exhibits: exhibitsOf(pm.evidence),
    })),
    metrics: (input.metrics ?? []).map((m) => {
      const unit = m.unit ?? '';
      const num = (v: number) => `${formatNumber(v, c.locale)}${unit}`;
      return {
        name: cell(strings.metrics[m.name] ?? humanize(m.name)),
        value: num(m.value),
        target: `${m.comparator ?? '<'} ${num(m.target)}`,
        after_fix: m.after_fix === undefined ? null : num(m.after_fix),
        window: m.window_days ?? null,
      };
    }),
    hasMetricsAfterFix: (input.metrics ?? []).some((m) => m.after_fix !== undefined),
    asins: (input.asins ?? []).map((a) => ({ asin: a.asin, title: cell(a.title ?? '') })),
    orders: (input.orders ?? []).map((o) => ({
      order_id: o.order_id,
      asin: o.asin ?? '',
      defect: o.defect ? strings.defects[o.defect] ?? humanize(o.defect) : '',
      resolution: cell(o.resolution ?? ''),
    })),
    exhibitList: c.exhibits.map((e) => ({ label: e.label, title: e.title, kind: evidenceKindLabel(e.kind, strings) })),
    additional: input.letter?.additional_information ?? null,
    closing: input.closing ?? strings.closing[c.stance],
    details: buildDetailsView(c, exhibitsOf, date, strings),
  };
}

function buildDetailsView(c: Case, exhibitsOf: (ids: string[] | undefined) => string | null, date: (iso?: string | null) => string | null, strings: Strings) {
  const d = c.input.details ?? {};
  const ip = d.ip_complaint;
  const word = (group: string, key: string | undefined | null) => (key ? (strings[group] as Record<string, string> | undefined)?.[key] ?? humanize(key) : null);
  return {
    ...extraDetailsView(c, exhibitsOf, date, strings, word),
    ip: ip
      ? {
          ip_type: humanize(ip.ip_type),
          ip_right: word('ipTypes', ip.ip_type)!,
          rights_owner_email: ip.rights_owner?.email ?? null,
          position: ip.position ? fill((strings.ipPositions as Record<string, string>)[ip.position] ?? humanize(ip.position), { owner: ip.rights_owner?.name ?? strings.labels.rightsOwner }) : null,
          retraction_channel: ip.retraction?.channel ?? null,
          complaint_id: ip.complaint_id ?? null,
          ip_number: ip.ip_number ?? null,
          ip_office: ip.ip_office ?? null,
          rights_owner: ip.rights_owner?.name ?? null,
          rights_owner_ends_sentence: /[.!?]$/.test(ip.rights_owner?.name ?? ''),
          warning_date: date(ip.warning_date),
          differences: (ip.differences ?? []).map((row, i) => ({
            n: i + 1,
            aspect: cell(row.aspect),
            ours: cell(row.our_product),
            theirs: cell(row.protected_design),
            exhibit: exhibitsOf(row.evidence ? [row.evidence] : []) ?? '',
          })),
          retraction_requested: date(ip.retraction?.requested_on),
          retraction_received: date(ip.retraction?.received_on),
          independent_design_since: date(ip.independent_design_since),
        }
      : null,
    supplyChain: d.supply_chain
      ? {
          brand_owner: d.supply_chain.seller_is_brand_owner,
          suppliers: (d.supply_chain.suppliers ?? []).map((s) => ({
            name: s.name,
            tier: s.tier ? humanize(s.tier) : null,
            contact: [s.address, s.phone, s.email, s.website].filter(Boolean).join(' · ') || null,
            exhibits: exhibitsOf([...(s.invoice_evidence ?? []), ...(s.authorization_evidence ?? [])]),
          })),
        }
      : null,
  };
}

type Word = (group: string, key: string | undefined | null) => string | null;
const joinOrNull = (parts: (string | undefined | null)[], sep = ' · ') => parts.filter(Boolean).join(sep) || null;

/** The details blocks of Brand Registry, related-accounts, review-manipulation and restricted-products cases. */
function extraDetailsView(c: Case, exhibitsOf: (ids: string[] | undefined) => string | null, date: (iso?: string | null) => string | null, strings: Strings, word: Word) {
  const d = c.input.details ?? {};
  const L = strings.labels;
  const br = d.brand_registry;
  const video = br?.video_verification;
  const ra = d.related_accounts;
  const rm = d.review_manipulation;
  const rp = d.restricted_product;
  const one = (id: string | undefined) => exhibitsOf(id ? [id] : []);
  return {
    brandRegistry: br
      ? {
          brand: br.brand,
          trademark: br.trademark ? joinOrNull([br.trademark.office, br.trademark.number], ' ')! : null,
          trademark_status: word('trademarkStatus', br.trademark?.status),
          holder: joinOrNull([br.trademark?.holder_name, br.trademark?.holder_type ? `(${word('holderTypes', br.trademark.holder_type)})` : null], ' '),
          classes: br.trademark?.classes?.length ? br.trademark.classes.join(', ') : null,
          appeal_case_id: br.appeal_case_id ?? null,
          video: video
            ? {
                invited_on: date(video.invited_on),
                book_by: date(bookingDeadline(video.invited_on, video.book_by)),
                slots: video.slots ?? [],
                scheduled_at: video.scheduled_at ?? null,
                location: video.location ?? null,
                attendee: video.attendee ? `${video.attendee.name} (${word('attendeeRoles', video.attendee.role)})` : null,
                documents: exhibitsOf([video.attendee?.id_evidence, video.attendee?.authorization_evidence, video.attendee?.business_licence_evidence].filter((x): x is string => !!x)),
                products: (video.products ?? []).map((p) => ({
                  name: cell(p.name),
                  asin: p.asin ?? '',
                  units: p.units_available === undefined ? '' : String(p.units_available),
                  exception: cell(p.exception ?? ''),
                })),
              }
            : null,
        }
      : null,
    relatedAccounts: ra
      ? {
          known: ra.linked_account_known !== false && !!ra.linked_account,
          store_name: ra.linked_account?.store_name ?? null,
          merchant_token: ra.linked_account?.merchant_token ?? null,
          marketplace: ra.linked_account?.marketplace ?? null,
          status: ra.linked_account?.status ?? null,
          relationship: word('relationships', ra.linked_account?.relationship),
          explanation: ra.relationship_explanation ?? null,
          need: ra.legitimate_business_need ?? null,
          closure: ra.closure_requested_for ?? null,
          attempt: ra.appeal_attempt ?? null,
        }
      : null,
    reviewManipulation: rm
      ? {
          methods: rm.methods,
          responsible_person: rm.responsible_person ?? null,
          third_parties: (rm.third_parties ?? []).map((t) => ({
            name: t.name,
            contact: joinOrNull([
              t.alias && `${L.alias}${L.labelSeparator ?? ': '}${t.alias}`,
              t.email,
              t.messenger_id && `${L.messenger}${L.labelSeparator ?? ': '}${t.messenger_id}`,
              t.website,
              t.payment_account && `${L.paymentAccount}${L.labelSeparator ?? ': '}${t.payment_account}`,
              t.address,
            ]),
            attempts: t.contact_attempts ?? [],
          })),
          no_contact_reason: rm.no_contact_reason ?? null,
          obtained: rm.reviews_obtained ?? null,
          still_live: rm.reviews_still_live ?? null,
          spreadsheet: one(rm.spreadsheet_evidence),
          payments: exhibitsOf(rm.payment_evidence),
        }
      : null,
    restrictedProduct: rp
      ? {
          category: rp.category,
          approval:
            rp.approval_required === undefined ? null : rp.approval_required ? (rp.approval_evidence?.length ? L.approvalEnclosed : L.approvalRequired) : L.approvalNotRequired,
          approval_exhibits: exhibitsOf(rp.approval_evidence),
          disposition: rp.inventory_disposition ? ((strings.dispositions as Record<string, string> | undefined)?.[rp.inventory_disposition] ?? humanize(rp.inventory_disposition)) : null,
        }
      : null,
  };
}

export type LetterView = ReturnType<typeof buildView>;
