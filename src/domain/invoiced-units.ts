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

/** Units of `asin` the invoices that list it cover; undefined when none of them gives units. */
export function invoicedUnits(c: Case, asin: string): number | undefined {
  const covering = supplierInvoices(c).filter((e) => e.asins?.includes(asin) && (e.lines || e.quantity !== undefined));
  return covering.length ? covering.reduce((sum, e) => sum + unitsOf(e, asin), 0) : undefined;
}
