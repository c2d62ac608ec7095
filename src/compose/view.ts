// Case -> the plain data object templates read. Every field a template may print is present (null when
// absent), because templates run in Handlebars strict mode. Case text is data: it is never compiled.
import type { Case, Exhibit } from '../model/case.js';
import { marketplaceInfo } from '../stages/marketplaces.js';
import { fill, formatDate, formatNumber, humanize } from './format.js';

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
  const date = (iso: string | undefined | null) => (iso ? formatDate(iso, c.locale) : null);
  const market = marketplaceInfo(c.marketplace);
  const exhibitsOf = (ids: string[] | undefined): string | null => {
    const labels = (ids ?? []).map((id) => c.exhibitById.get(id)).filter((e): e is Exhibit => !!e).map((e) => e.label);
    if (!labels.length) return null;
    return `${labels.length > 1 ? L.exhibits : L.exhibit} ${labels.join(', ')}`;
  };
  const causeNumber = new Map<string, string>();
  input.root_causes.forEach((rc, i) => causeNumber.set(rc.id, `${L.rootCause} ${i + 1}`));
  (input.grounds ?? []).forEach((g, i) => causeNumber.set(g.id, `${L.ground} ${i + 1}`));
  const addresses = (ids: string[]) => ids.map((id) => causeNumber.get(id) ?? id).join(', ');
  const noticeKind = strings.noticeKinds[input.notice.kind] ?? humanize(input.notice.kind);
  const reference = input.notice.reference ?? null;
  const subjectNotice = reference ? `${humanize(noticeKind)} (${reference})` : humanize(noticeKind);
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
        `${L.storeName}: ${input.seller.store_name}`,
        `${L.loginEmail}: ${input.seller.login_email}`,
        ...(input.seller.merchant_token ? [`${L.merchantToken}: ${input.seller.merchant_token}`] : []),
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
      asins: rc.asins?.length ? rc.asins.join(', ') : null,
      orders: rc.orders?.length ? rc.orders.join(', ') : null,
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
    details: buildDetailsView(c, exhibitsOf, date),
  };
}

function buildDetailsView(c: Case, exhibitsOf: (ids: string[] | undefined) => string | null, date: (iso?: string | null) => string | null) {
  const d = c.input.details ?? {};
  const ip = d.ip_complaint;
  return {
    ip: ip
      ? {
          ip_type: humanize(ip.ip_type),
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

export type LetterView = ReturnType<typeof buildView>;
