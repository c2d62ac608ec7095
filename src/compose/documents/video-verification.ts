// The Brand Registry video-verification checklist (video-verification.pdf/.docx): booking deadline, the three
// times, the attendee and the documents to show, the products with their units, and the 48-hour reschedule rule.
import { documentDate } from '../../domain/dates.js';
import type { Case } from '../../model/case.js';
import type { Block, DocumentModel, Span } from '../../model/document.js';
import { fill, formatDate } from '../format.js';
import type { Strings } from '../../model/strings.js';
import { attendeeDocuments, bookingDeadline, latestReschedule, videoVerificationRules } from '../../domain/video-verification.js';

const t = (text: string, style: Partial<Span> = {}): Span[] => [{ text, ...style }];

/** "2026-11-05 10:00" as "5 November 2026, 10:00" in the case's locale. */
function dateTime(value: string, locale: string): string {
  const [date, time] = value.trim().split(/[T ]/);
  return time ? `${formatDate(date, locale)}, ${time.slice(0, 5)}` : formatDate(date, locale);
}

/** The checklist for a brand-registry-appeal case with a video verification; undefined for any other case. */
export function videoVerificationDocument(c: Case, strings: Strings): DocumentModel | undefined {
  const br = c.input.details?.brand_registry;
  const video = br?.video_verification;
  if (c.type !== 'brand-registry-appeal' || !br || !video) return undefined;
  const V = strings.videoChecklist;
  const L = strings.labels;
  const date = (iso: string) => formatDate(iso, c.locale);
  const row = (label: string, value: string): Span[][] => [t(label, { bold: true }), t(value)];
  const exhibitOf = (id: string | undefined) => {
    const e = id ? c.exhibitById.get(id) : undefined;
    return e ? `${L.exhibit} ${e.label}${L.labelSeparator ?? ': '}${e.title}` : V.notEnclosed;
  };

  const slots = video.slots ?? [];
  const booking: Span[][][] = [
    row(V.invitedOn, date(video.invited_on)),
    row(V.bookBy, date(bookingDeadline(video.invited_on, video.book_by))),
    ...Array.from({ length: Math.max(videoVerificationRules.slots, slots.length) }, (_, i) => row(fill(V.slot, { n: i + 1 }), slots[i] ? dateTime(slots[i], c.locale) : V.slotMissing)),
    row(V.scheduledAt, video.scheduled_at ? dateTime(video.scheduled_at, c.locale) : V.notScheduled),
    ...(video.scheduled_at ? [row(V.rescheduleBy, dateTime(latestReschedule(video.scheduled_at), c.locale))] : []),
  ];

  const attendee = video.attendee;
  const docs = attendeeDocuments(attendee?.role, br.trademark?.holder_type);
  const docRows: Span[][][] = docs.map((doc) =>
    doc === 'id'
      ? [t(V.docId), t(V.docIdWhy), t(exhibitOf(attendee?.id_evidence))]
      : doc === 'authorization'
        ? [t(V.docAuthorization), t(V.docAuthorizationWhy), t(exhibitOf(attendee?.authorization_evidence))]
        : [t(V.docLicence), t(V.docLicenceWhy), t(exhibitOf(attendee?.business_licence_evidence))],
  );
  const roles: Record<string, string> = strings.attendeeRoles;

  const products: Span[][][] = (video.products ?? []).map((p) => {
    const units = p.units_available;
    const status = p.exception ? `${V.exceptionPrefix}${p.exception}` : (units ?? 0) >= videoVerificationRules.minUnits ? V.enough : V.short;
    return [t(p.name), t(p.asin ?? ''), t(units === undefined ? '' : String(units)), t(status)];
  });

  const blocks: Block[] = [
    { kind: 'letterhead', name: c.input.seller.legal_name, lines: [`${L.storeName}${L.labelSeparator ?? ': '}${c.input.seller.store_name}`, `${L.loginEmail}${L.labelSeparator ?? ': '}${c.input.seller.login_email}`] },
    { kind: 'heading', level: 1, spans: t(V.title) },
    { kind: 'paragraph', style: 'small', spans: t(fill(V.subtitle, { brand: br.brand })) },
    { kind: 'heading', level: 2, spans: t(V.booking) },
    { kind: 'table', columns: [{ title: t(''), width: 2 }, { title: t(''), width: 3 }], rows: booking },
    { kind: 'paragraph', spans: t(V.bookingNote) },
    { kind: 'paragraph', spans: t(V.rescheduleNote) },
    { kind: 'paragraph', style: 'small', spans: t(V.callNote) },
    { kind: 'heading', level: 2, spans: t(V.attendee) },
    ...(attendee
      ? [
          {
            kind: 'table' as const,
            columns: [{ title: t(''), width: 2 }, { title: t(''), width: 3 }],
            rows: [row(V.attendee, attendee.name), row(V.role, roles?.[attendee.role] ?? attendee.role), ...(video.location ? [row(V.location, video.location)] : [])],
          },
        ]
      : [{ kind: 'paragraph' as const, spans: t(V.notEnclosed) }]),
    { kind: 'heading', level: 2, spans: t(V.documents) },
    { kind: 'table', columns: [{ title: t(V.document), width: 4 }, { title: t(V.why), width: 3 }, { title: t(V.evidence), width: 3 }], rows: docRows },
    { kind: 'heading', level: 2, spans: t(V.products) },
    { kind: 'paragraph', spans: t(V.productsNote) },
    ...(products.length
      ? [{ kind: 'table' as const, columns: [{ title: t(V.product), width: 4 }, { title: t(L.asin), width: 2 }, { title: t(V.units), width: 1, align: 'right' as const }, { title: t(V.status), width: 3 }], rows: products }]
      : []),
  ];
  return {
    title: `${V.title}${L.labelSeparator ?? ': '}${br.brand}`,
    author: c.input.seller.legal_name,
    subject: `${c.input.seller.store_name} - ${V.title}`,
    language: c.locale,
    paper: c.paper,
    createdAt: documentDate(c.letterDate),
    footer: L.page,
    footerNote: `${c.input.seller.store_name} · ${c.id}`,
    blocks,
  };
}
