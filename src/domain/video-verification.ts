// Brand Registry video verification: Amazon's booking rules as small pure functions.
import { addWorkingDays, hoursBefore } from './dates.js';

/** Working days to book after the invitation, slots to propose, units per product, hours' notice to reschedule. */
export const videoVerificationRules = { bookWithinWorkingDays: 7, slots: 3, minUnits: 50, rescheduleHours: 48, minutes: 30 } as const;

/** The last day to book: invited_on + 7 working days, or the case's own book_by when it is earlier. */
export function bookingDeadline(invitedOn: string, bookBy?: string | null): string {
  const latest = addWorkingDays(invitedOn, videoVerificationRules.bookWithinWorkingDays);
  return bookBy && bookBy < latest ? bookBy : latest;
}

/** The latest moment to ask for a new time: scheduled_at − 48 h, as "YYYY-MM-DD HH:MM". */
export const latestReschedule = (scheduledAt: string): string => hoursBefore(scheduledAt, videoVerificationRules.rescheduleHours);

/** A document the attendee must show on the call. */
export type AttendeeDocument = 'id' | 'authorization' | 'business-licence';

/**
 * ID always; the brand owner's authorisation unless the attendee is the owner, or the legal representative of the
 * company that holds the mark (the seller, unless the case names another holder), whose business licence names them;
 * a business licence when a company holds the mark.
 */
export function attendeeDocuments(role: string | undefined, holderType: string | undefined, holderIsSeller = true): AttendeeDocument[] {
  const speaksForHolder = role === 'brand-owner' || (role === 'legal-representative' && holderType === 'company' && holderIsSeller);
  return ['id', ...(speaksForHolder ? [] : ['authorization' as const]), ...(holderType === 'company' ? ['business-licence' as const] : [])];
}

/** The product-list documents the table of products for a video call cites: none when the case lists no product. */
export function productListIds(input: {
  evidence: { id: string; kind?: string }[];
  details?: { brand_registry?: { video_verification?: { products?: unknown[] } } };
}): string[] {
  if (!input.details?.brand_registry?.video_verification?.products?.length) return [];
  return input.evidence.filter((e) => e.kind === 'video-verification-product-list').map((e) => e.id);
}
