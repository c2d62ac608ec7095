// CaseInput -> Case: defaults, exhibit labels in order of first citation, letter date, locale and paper.
import path from 'node:path';
import type { Case, CaseInput, Exhibit, ExhibitSupport } from '../model/case.js';
import type { Paper } from '../model/document.js';
import { replyWaitDays } from '../domain/channels.js';
import { addDays, pastDaysInText } from '../domain/dates.js';
import { marketplaceInfo } from '../domain/marketplaces.js';
import { citedRetractionIds, citedRightIds, identityDocumentIds, ownerDocumentIds } from '../domain/owner-documents.js';
import { productListIds } from '../domain/video-verification.js';

/** Options that come from the environment rather than the case. */
export interface NormalizeOptions {
  /** SOURCE_DATE_EPOCH, when set: the default letter date. */
  sourceDateEpoch?: number;
}

/** The id a case gets from its file name (x.yaml) or folder name (x/case.yaml). */
export function defaultCaseId(file: string): string {
  const base = path.basename(file).replace(/\.ya?ml$/i, '');
  return base === 'case' ? path.basename(path.dirname(file)) : base;
}

/** Fills defaults and derives what the letter needs; never fails on valid input. */
export function normalizeCase(file: string, input: CaseInput, options: NormalizeOptions = {}): Case {
  const dir = path.dirname(file);
  const id = input.id ?? defaultCaseId(file);
  const language = input.language ?? 'en';
  const market = marketplaceInfo(input.marketplace);
  const exhibits = labelExhibits(input);
  return {
    id,
    file,
    dir,
    input,
    type: input.type,
    stance: input.stance ?? 'remediate',
    marketplace: input.marketplace,
    language,
    locale: letterLocale(language, market.code, market.englishLocale),
    paper: market.paper as Paper,
    letterDate: input.letter?.date ?? dateFromEpoch(options.sourceDateEpoch) ?? defaultLetterDate(input),
    exhibits,
    exhibitById: new Map(exhibits.map((e) => [e.id, e])),
    allowed: new Map((input.letter?.allow ?? []).map((a) => [a.rule, a.reason])),
  };
}

/**
 * The locale for dates and numbers: English follows the marketplace's English (en-US, en-GB, ...); another
 * language takes the marketplace's region (ja + JP -> ja-JP: 2026年11月2日), which also tags the PDF and DOCX.
 */
export function letterLocale(language: string, marketplace: string, englishLocale: string): string {
  if (language === 'en') return englishLocale;
  const region = marketplace === 'UK' ? 'GB' : marketplace;
  try {
    return Intl.getCanonicalLocales(`${language}-${region}`)[0];
  } catch {
    return language;
  }
}

/** The latest of some ISO dates. */
// biome-ignore lint/complexity/useMathMinMax: ISO dates compared as strings
const latestOf = (dates: string[]) => dates.reduce((a, b) => (b > a ? b : a));

/**
 * The latest date the case reports as past (notice, completed actions, documents, orders
 * resolved, metrics read, earlier submissions, a call invitation or rescheduling, a retraction asked or received).
 */
export function latestCaseDate(input: CaseInput): string {
  const video = input.details?.brand_registry?.video_verification;
  const retraction = input.details?.ip_complaint?.retraction;
  const dates = [
    input.notice.received,
    input.notice.held_since,
    ...input.corrective_actions.map((a) => ((a.status ?? 'done') === 'done' ? a.done_on : undefined)),
    ...input.evidence.map((e) => e.date),
    ...(input.orders ?? []).flatMap((o) => [o.date, o.resolved_on]),
    ...(input.metrics ?? []).map((m) => m.as_of),
    ...(input.submission?.previous_attempts ?? []).map((p) => p.submitted_on),
    video?.invited_on,
    video?.reschedule_requested_at?.slice(0, 10),
    input.details?.ip_complaint?.warning_date,
    retraction?.requested_on,
    retraction?.received_on,
  ].filter((d): d is string => typeof d === 'string');
  return latestOf(dates);
}

/**
 * The days the seller's own text tells as past ("done on 2026-11-20"): in root causes, grounds and the actions
 * done; measures and actions under way speak of what is still to come.
 */
function pastDaysTold(input: CaseInput): string[] {
  const texts = [
    ...input.root_causes.flatMap((rc) => [rc.title, rc.detail]),
    ...(input.grounds ?? []).flatMap((g) => [g.title, g.detail]),
    ...input.corrective_actions.filter((a) => (a.status ?? 'done') === 'done').map((a) => a.action),
  ];
  return texts.flatMap((text) => (typeof text === 'string' ? pastDaysInText(text) : []));
}

/**
 * The letter date when the case sets none. A first appeal: the latest date the case reports as past, in its fields
 * or in the seller's text. A resubmission is written after Amazon answered the earlier one, so it comes the reply
 * time after each earlier submission and after every other date the case gives, the start of each measure included.
 */
export function defaultLetterDate(input: CaseInput): string {
  const attempts = input.submission?.previous_attempts ?? [];
  const latest = latestOf([latestCaseDate(input), ...pastDaysTold(input)]);
  if (!attempts.length) return latest;
  const dates = [
    latest,
    ...attempts.map((p) => addDays(p.submitted_on, replyWaitDays)),
    ...input.preventive_measures.map((pm) => pm.starts),
  ].filter((d): d is string => typeof d === 'string');
  return latestOf(dates);
}

function dateFromEpoch(epoch: number | undefined): string | undefined {
  if (epoch === undefined || !Number.isFinite(epoch)) return undefined;
  return new Date(epoch * 1000).toISOString().slice(0, 10);
}

/** Exhibit label for the n-th exhibit (0-based): A..Z, then AA, AB, ... */
export function exhibitLabel(n: number): string {
  let label = '';
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / 26)) label = String.fromCharCode(65 + ((i - 1) % 26)) + label;
  return label;
}

/** The citations of evidence in letter order, each with who cites it. */
export function evidenceCitations(input: CaseInput): { id: string; by: keyof ExhibitSupport; from: string }[] {
  const cites: { id: string; by: keyof ExhibitSupport; from: string }[] = [];
  const add = (ids: string[] | undefined, by: keyof ExhibitSupport, from: string) => ids?.forEach((id) => cites.push({ id, by, from }));
  const stance = input.stance ?? 'remediate';
  const ground = () => input.grounds?.forEach((g) => add(g.evidence, 'grounds', g.id));
  if (stance === 'dispute') ground();
  input.root_causes.forEach((rc) => add(rc.evidence, 'rootCauses', rc.id));
  if (stance !== 'dispute') ground();
  add(citedRightIds(input.details?.ip_complaint?.ip_number, input.evidence), 'other', 'right cited');
  input.details?.ip_complaint?.differences?.forEach((d, i) => add(d.evidence ? [d.evidence] : [], 'other', `difference ${i + 1}`));
  add(citedRetractionIds(input.details?.ip_complaint?.retraction, input.evidence), 'other', 'retraction');
  input.corrective_actions.forEach((ca) => add(ca.evidence, 'actions', ca.id));
  input.preventive_measures.forEach((pm) => add(pm.evidence, 'measures', pm.id));
  const d = input.details;
  if (d?.supply_chain?.seller_is_brand_owner) add(ownerDocumentIds(input.evidence), 'other', 'brand owner');
  if (d?.related_accounts) add(identityDocumentIds(input.evidence, input.seller.signatory?.name), 'other', 'related accounts');
  d?.supply_chain?.suppliers?.forEach((s) => {
    add(s.invoice_evidence, 'other', s.name);
    add(s.authorization_evidence, 'other', s.name);
  });
  const attendee = d?.brand_registry?.video_verification?.attendee;
  if (attendee)
    add(
      [attendee.id_evidence, attendee.authorization_evidence, attendee.business_licence_evidence].filter((x): x is string => !!x),
      'other',
      'video verification',
    );
  add(productListIds(input), 'other', 'video verification');
  const rm = d?.review_manipulation;
  if (rm)
    add(
      [rm.spreadsheet_evidence, ...(rm.payment_evidence ?? [])].filter((x): x is string => !!x),
      'other',
      'review manipulation',
    );
  add(d?.restricted_product?.approval_evidence, 'other', 'restricted product');
  // A trademark registration nothing else cites is cited where the letter names the trademark.
  if (d?.brand_registry?.trademark) {
    const cited = new Set(cites.map((cite) => cite.id));
    add(
      input.evidence.filter((e) => e.kind === 'trademark-registration' && !cited.has(e.id)).map((e) => e.id),
      'other',
      'brand registry',
    );
  }
  return cites;
}

function labelExhibits(input: CaseInput): Exhibit[] {
  const byId = new Map(input.evidence.map((e, index) => [e.id, { e, index }]));
  const order: string[] = [];
  const supports = new Map<string, ExhibitSupport>();
  const supportOf = (id: string) => {
    let s = supports.get(id);
    if (!s) supports.set(id, (s = { rootCauses: [], grounds: [], actions: [], measures: [], other: [] }));
    return s;
  };
  for (const cite of evidenceCitations(input)) {
    if (!byId.has(cite.id)) continue;
    if (!order.includes(cite.id)) order.push(cite.id);
    const list = supportOf(cite.id)[cite.by];
    if (!list.includes(cite.from)) list.push(cite.from);
  }
  for (const e of input.evidence) if (!order.includes(e.id)) order.push(e.id);
  return order.map((id, n) => {
    const { e, index } = byId.get(id)!;
    // An invoice that lists its lines covers the ASINs of those lines.
    const asins = e.asins ?? (e.lines ? [...new Set(e.lines.map((l) => l.asin))] : undefined);
    return { ...e, ...(asins ? { asins } : {}), label: exhibitLabel(n), supports: supportOf(id), index };
  });
}

/** The case with its exhibits relabelled A, B, C ... in the given order of evidence ids (the letter's order). */
export function relabelExhibits(c: Case, order: string[]): Case {
  const byId = new Map(c.exhibits.map((e) => [e.id, e]));
  const ids = [...order.filter((id) => byId.has(id)), ...c.exhibits.map((e) => e.id).filter((id) => !order.includes(id))];
  const exhibits = [...new Set(ids)].map((id, n) => ({ ...byId.get(id)!, label: exhibitLabel(n) }));
  return { ...c, exhibits, exhibitById: new Map(exhibits.map((e) => [e.id, e])) };
}
