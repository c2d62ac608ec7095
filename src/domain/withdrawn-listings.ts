// Which of a case's listings the seller has taken down for good: closed or deleted by a completed corrective
// action, or shown deleted by a listing-deletion confirmation. A withdrawn listing is no longer asked back, and
// no invoice can be asked for stock that is gone; a listing that was only edited is not withdrawn. Nor is a
// listing whose only stock was a declared doubtful lot asked back: no invoice shows where it came from.
import type { Case } from '../model/case.js';

const asinPattern = /(?<![\p{L}\p{N}])B0[0-9A-Z]{8}(?![\p{L}\p{N}])/gu;
// "Closed both listings", "Deleted the listing and the SKU", "Closed the listings for B0…", "Removed the 2 offers".
const takeDown =
  /\b(?:closed|deleted|removed|withdrew|delisted|deactivated)\s+(?:(?:the|both|all|our|these|its|their|two|three|four|five|\d+)\s+){0,3}(?:listings?|offers?|ASINs?|SKUs?|products?)\b(?!\s+(?:images?|titles?|text|photos?|claims?|keywords?|content))/i;
const deletionKinds = new Set(['listing-deletion-confirmation']);

/** What a rule asking for a document the seller may not have offers instead (after "or, if you cannot,"). */
export const closeListingHint = 'close the listing and say so in a corrective action (the letter will then not ask for it back)';

/** The ASINs of the case whose listings the seller has closed or deleted. */
export function withdrawnAsins(c: Case): Set<string> {
  const input = c.input;
  const known = new Set((input.asins ?? []).map((a) => a.asin));
  const out = new Set<string>();
  const asinsIn = (text: string) => [...text.matchAll(asinPattern)].map((m) => m[0]);
  const causeAsins = new Map(
    input.root_causes.map((rc) => [rc.id, new Set([...(rc.asins ?? []), ...asinsIn(`${rc.title} ${rc.detail}`)])]),
  );
  const deletions = new Set(c.exhibits.filter((e) => deletionKinds.has(e.kind)).map((e) => e.id));
  for (const e of c.exhibits) if (deletionKinds.has(e.kind)) for (const asin of e.asins ?? []) out.add(asin);
  for (const ca of input.corrective_actions) {
    if ((ca.status ?? 'done') !== 'done') continue;
    const says = takeDown.test(ca.action);
    const confirmed = (ca.evidence ?? []).some((id) => deletions.has(id));
    if (!says && !confirmed) continue;
    const named = asinsIn(ca.action).filter((a) => known.has(a));
    // An action that names no ASIN acts on the listings of the root causes it addresses.
    const targets = named.length ? named : ca.addresses.flatMap((id) => [...(causeAsins.get(id) ?? [])]);
    for (const asin of targets) if (known.has(asin)) out.add(asin);
  }
  return out;
}

/** Whether every ASIN the notice cites has been withdrawn (and there is at least one). */
export function allCitedWithdrawn(c: Case): boolean {
  const cited = (c.input.asins ?? []).filter((a) => a.cited !== false).map((a) => a.asin);
  const gone = withdrawnAsins(c);
  return cited.length > 0 && cited.every((a) => gone.has(a));
}

/**
 * The ASINs whose stock came from a lot the case declares doubtful and that no supplier invoice lists: no document
 * shows where they came from, so the letter does not ask for their listings back.
 */
export function unsourcedAsins(c: Case): Set<string> {
  const invoiced = new Set(
    c.exhibits.filter((e) => e.kind === 'supplier-invoice').flatMap((e) => [...(e.asins ?? []), ...(e.lines ?? []).map((l) => l.asin)]),
  );
  const lots = c.input.details?.supply_chain?.doubtful_lots ?? [];
  return new Set(lots.map((l) => l.asin).filter((asin) => !invoiced.has(asin)));
}

/** The cited ASINs whose listings the letter asks back: those neither withdrawn nor unsourced. */
export function askedBackAsins(c: Case): string[] {
  const gone = withdrawnAsins(c);
  const unsourced = unsourcedAsins(c);
  return (c.input.asins ?? []).filter((a) => a.cited !== false && !gone.has(a.asin) && !unsourced.has(a.asin)).map((a) => a.asin);
}

/**
 * A restricted product asked back because the seller now holds the approval it needs (a compliant new lot): the
 * product needs an approval (or the seller relists after one) and the approval is enclosed.
 */
export function relistedWithApproval(c: Case): boolean {
  const rp = c.input.details?.restricted_product;
  const approved = !!rp?.approval_evidence?.length || c.exhibits.some((e) => e.kind === 'regulatory-approval');
  return approved && (rp?.approval_required === true || rp?.inventory_disposition === 'relisted-after-approval');
}
