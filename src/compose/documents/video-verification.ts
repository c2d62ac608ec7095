// The Brand Registry video-verification checklist (video-verification.pdf/.docx): what is still to do, the
// booking (deadline and proposed times, or the booked call and its reschedule limit), the attendee and the
// documents they show (linked to the exhibits already in the case), the products with their units.
import { documentDate } from '../../domain/dates.js';
import type { Case, Exhibit } from '../../model/case.js';
import { spansOf, type Block, type DocumentModel, type Span } from '../../model/document.js';
import { keepHeadingsAndItems } from '../keep.js';
import { fill, formatDate, formatDateTime, timeZoneOf } from '../format.js';
import type { Strings } from '../../model/strings.js';
import {
  attendeeDocuments,
  bookingDeadline,
  latestReschedule,
  videoVerificationRules,
  type AttendeeDocument,
} from '../../domain/video-verification.js';
import { noticeLabel } from './evidence-index.js';

const t = spansOf;
const paragraph = (text: string): Block => ({ kind: 'paragraph', spans: t(text) });

/** The evidence kinds that can stand for each document the attendee shows. */
const kindsFor: Record<AttendeeDocument, string[]> = {
  id: ['government-id'],
  authorization: ['letter-of-authorization'],
  'business-licence': ['business-license', 'brand-registry-record'],
};

/** A company document that is a business licence in substance: a register extract, a registration certificate. */
const registerTitle = /regist(er|ry|ration)|incorporation|licen[cs]e|登記|営業許可|履歴事項|营业执照/i;

/**
 * The exhibit that stands for a document: the one the case names, else one of a fitting kind (for the ID and
 * the authorisation, one whose title names the attendee, or the only one of its kind).
 */
export function attendeeExhibit(
  c: Case,
  doc: AttendeeDocument,
  named: string | undefined,
  attendee: string | undefined,
): Exhibit | undefined {
  const byId = named ? c.exhibitById.get(named) : undefined;
  if (byId) return byId;
  const fitting = c.exhibits.filter(
    (e) => kindsFor[doc].includes(e.kind) || (doc === 'business-licence' && e.kind === 'other' && registerTitle.test(e.title)),
  );
  if (doc === 'business-licence') return fitting[0];
  const name = attendee?.trim().toLowerCase();
  return (name ? fitting.find((e) => e.title.toLowerCase().includes(name)) : undefined) ?? (fitting.length === 1 ? fitting[0] : undefined);
}

/** The checklist for a brand-registry-appeal case with a video verification; undefined for any other case. */
export function videoVerificationDocument(c: Case, strings: Strings): DocumentModel | undefined {
  const br = c.input.details?.brand_registry;
  const video = br?.video_verification;
  if (c.type !== 'brand-registry-appeal' || !br || !video) return undefined;
  const V = strings.videoChecklist;
  const L = strings.labels;
  const sep = L.labelSeparator ?? ': ';
  const date = (iso: string) => formatDate(iso, c.locale);
  // "2026-11-05 10:00" in the letter's own date-and-time style ("5 November 2026, 10:00"; 2026年11月5日 10:00).
  const dateTime = (value: string) => formatDateTime(value, c.locale, L.dateTime);
  const row = (label: string, value: string, bold = false): Span[][] => [t(label, { bold: true }), t(value, { bold })];
  /** A two-column table whose first fact is its header row, so no empty header band is printed. */
  const facts = (rows: Span[][][]): Block => ({
    kind: 'table',
    columns: rows[0].map((cell, i) => ({ title: cell, width: i ? 3 : 2 })),
    rows: rows.slice(1),
  });
  const todo: string[] = [];

  const slots = video.slots ?? [];
  const booking: Span[][][] = [row(V.invitedOn, date(video.invited_on))];
  if (video.scheduled_at) {
    booking.push(
      row(V.scheduledAt, dateTime(video.scheduled_at), true),
      row(V.rescheduleBy, dateTime(`${latestReschedule(video.scheduled_at)} ${timeZoneOf(video.scheduled_at) ?? ''}`)),
    );
    // A call already moved once: when the seller asked, so the new time is not taken for the first one.
    if (video.reschedule_requested_at)
      booking.push(row(V.rescheduled, fill(V.rescheduledOn, { date: dateTime(video.reschedule_requested_at) })));
  } else {
    const bookBy = date(bookingDeadline(video.invited_on, video.book_by));
    booking.push(row(V.bookBy, bookBy, true));
    const count = Math.max(videoVerificationRules.slots, slots.length);
    for (let i = 0; i < count; i++) booking.push(row(fill(V.slot, { n: i + 1 }), slots[i] ? dateTime(slots[i]) : V.slotMissing));
    if (slots.length < videoVerificationRules.slots)
      todo.push(fill(V.todoSlots, { count: videoVerificationRules.slots - slots.length, date: bookBy }));
  }

  const attendee = video.attendee;
  const roles = strings.attendeeRoles as Record<string, string> | undefined;
  const docs = attendeeDocuments(attendee?.role, br.trademark?.holder_type);
  const docText: Record<AttendeeDocument, { name: string; why: string; named?: string; todo: string }> = {
    id: { name: V.docId, why: V.docIdWhy, named: attendee?.id_evidence, todo: V.todoId },
    authorization: {
      name: V.docAuthorization,
      why: V.docAuthorizationWhy,
      named: attendee?.authorization_evidence,
      todo: V.todoAuthorization,
    },
    'business-licence': { name: V.docLicence, why: V.docLicenceWhy, named: attendee?.business_licence_evidence, todo: V.todoLicence },
  };
  const docRows: Span[][][] = docs.map((doc) => {
    const d = docText[doc];
    const exhibit = attendeeExhibit(c, doc, d.named, attendee?.name);
    if (!exhibit) todo.push(fill(d.todo, { name: attendee?.name ?? V.theAttendee }));
    return [t(d.name), t(d.why), exhibit ? t(`${L.exhibit} ${exhibit.label}${sep}${exhibit.title}`) : t(V.toDo, { bold: true })];
  });
  if (!attendee) todo.push(V.todoAttendee);

  const products: Span[][][] = (video.products ?? []).map((p) => {
    const units = p.units_available;
    const enough = (units ?? 0) >= videoVerificationRules.minUnits;
    if (!enough && !p.exception) todo.push(fill(V.todoUnits, { product: p.name, min: videoVerificationRules.minUnits }));
    const status = p.exception ? `${V.exceptionPrefix}${p.exception}` : enough ? V.enough : V.short;
    return [t(p.name), t(p.asin ?? ''), t(units === undefined ? '' : String(units)), t(status, { bold: !enough && !p.exception })];
  });
  const hasException = (video.products ?? []).some((p) => p.exception);

  const blocks: Block[] = [
    { kind: 'heading', level: 1, spans: t(V.title) },
    {
      kind: 'paragraph',
      style: 'small',
      spans: t(fill(V.subtitle, { brand: br.brand, notice: noticeLabel(c, strings), store: c.input.seller.store_name })),
    },
    ...(todo.length
      ? [
          { kind: 'heading', level: 2, spans: t(V.todo) } as Block,
          { kind: 'list', ordered: false, items: todo.map((x) => [paragraph(x)]) } as Block,
        ]
      : []),
    { kind: 'heading', level: 2, spans: t(V.booking) },
    facts(booking),
    paragraph(video.scheduled_at ? V.rescheduleNote : V.bookingNote),
    ...(video.scheduled_at ? [] : [paragraph(V.rescheduleNote)]),
    paragraph(V.callNote),
    { kind: 'heading', level: 2, spans: t(V.attendee) },
    attendee
      ? facts([
          row(V.name, attendee.name),
          row(V.role, roles?.[attendee.role] ?? attendee.role),
          ...(video.location ? [row(V.location, video.location)] : []),
        ])
      : paragraph(V.noAttendee),
    { kind: 'heading', level: 2, spans: t(V.documents) },
    {
      kind: 'table',
      columns: [
        { title: t(V.document), width: 4 },
        { title: t(V.why), width: 3 },
        { title: t(V.evidence), width: 3 },
      ],
      rows: docRows,
    },
    { kind: 'heading', level: 2, spans: t(V.products) },
    paragraph(V.productsNote),
    ...(products.length
      ? [
          {
            kind: 'table' as const,
            columns: [
              { title: t(V.product), width: 4 },
              { title: t(L.asin), width: 2 },
              { title: t(V.units), width: 1, align: 'right' as const },
              { title: t(hasException ? V.statusOrException : V.status), width: 3 },
            ],
            rows: products,
          },
        ]
      : []),
  ];
  return {
    title: `${V.title}${sep}${br.brand}`,
    author: c.input.seller.legal_name,
    subject: `${c.input.seller.store_name} - ${V.title}`,
    language: c.locale,
    paper: c.paper,
    createdAt: documentDate(c.letterDate),
    footer: L.page,
    footerNote: `${c.input.seller.store_name} · ${br.brand}`,
    blocks: keepHeadingsAndItems(blocks),
  };
}
