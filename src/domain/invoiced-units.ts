// The units a case's supplier invoices cover, per ASIN.
import type { Case, Exhibit } from '../model/case.js';

/** A translation of a supplier invoice: the original already counts. */
function translatesInvoice(c: Case, e: Exhibit): boolean {
  return !!e.translation_of && c.exhibitById.get(e.translation_of)?.kind === 'supplier-invoice';
}

/** The supplier invoices a case encloses, without their translations. */
export const supplierInvoices = (c: Case): Exhibit[] => c.exhibits.filter((e) => e.kind === 'supplier-invoice' && !translatesInvoice(c, e));

/** Units of an invoice for `asin`: its lines for that ASIN where it gives lines, else its whole quantity. */
export const unitsOf = (e: Exhibit, asin: string): number =>
  e.lines ? e.lines.filter((l) => l.asin === asin).reduce((sum, l) => sum + l.quantity, 0) : (e.quantity ?? 0);

/** An invoice that lists several ASINs with one quantity and no lines: its units are not told per ASIN. */
export const sharedQuantity = (e: Exhibit): boolean => !e.lines && e.quantity !== undefined && (e.asins?.length ?? 0) > 1;

/**
 * Units of `asin` the invoices that list it cover, split into the units told for that ASIN (lines, or the quantity
 * of an invoice of that ASIN alone) and the units of invoices that give one quantity for it and other ASINs
 * together, with how many ASINs those invoices list; undefined when none of them gives units.
 */
export function invoicedUnitsSplit(c: Case, asin: string): { own: number; shared: number; sharedAsins: number } | undefined {
  const covering = supplierInvoices(c).filter((e) => e.asins?.includes(asin) && (e.lines || e.quantity !== undefined));
  if (!covering.length) return undefined;
  const shared = covering.filter(sharedQuantity);
  return {
    own: covering.filter((e) => !sharedQuantity(e)).reduce((sum, e) => sum + unitsOf(e, asin), 0),
    shared: shared.reduce((sum, e) => sum + (e.quantity ?? 0), 0),
    sharedAsins: new Set(shared.flatMap((e) => e.asins ?? [])).size,
  };
}

/** Units of `asin` the invoices that list it cover; undefined when none of them gives units. */
export function invoicedUnits(c: Case, asin: string): number | undefined {
  const split = invoicedUnitsSplit(c, asin);
  return split && split.own + split.shared;
}

/** The sets of ASINs that invoices giving one quantity for several ASINs tie together (each set of two or more). */
export function sharedAsinGroups(invoices: Exhibit[]): Set<string>[] {
  const groups: Set<string>[] = [];
  for (const e of invoices.filter(sharedQuantity)) {
    const asins = new Set(e.asins);
    const joined = groups.filter((g) => [...asins].some((a) => g.has(a)));
    for (const g of joined) {
      for (const a of g) asins.add(a);
      groups.splice(groups.indexOf(g), 1);
    }
    groups.push(asins);
  }
  return groups;
}
