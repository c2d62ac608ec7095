// The one-page submission checklist: where to submit, which files in which order, and the dates that matter.
// Dates come from the case only (never the clock): the letter date stands for the day the appeal is sent.
import type { Case } from '../../model/case.js';
import type { Block, DocumentModel, Span } from '../../model/document.js';
import type { EvidenceFacts } from '../../model/evidence.js';
import type { Strings } from '../../model/strings.js';
import { fill, formatDate } from '../format.js';
import { followUp, submissionChannel } from '../../domain/channels.js';
import { addDays, addWorkingDays, daysBetween, documentDate } from '../../domain/dates.js';
import { bookingDeadline, latestReschedule } from '../../domain/video-verification.js';
import english from '../../../templates/en/strings.json' with { type: 'json' };

/** Amazon's reply expectation (days), the wait before resending (days), the video booking window (working days), reschedule notice (hours). */

/** Fixed wording of the checklist: the shipped English strings; templates/<lang>/strings.json "checklist" overrides each key. */
export const defaultChecklistStrings = english.checklist;
export type ChecklistStrings = typeof defaultChecklistStrings;

const t = (text: string, style: Partial<Span> = {}): Span[] => [{ text, ...style }];

/** One dated line of the checklist. */
export interface ChecklistDate {
  key: 'respondBy' | 'submitted' | 'expectReply' | 'noResubmit' | 'bookBy' | 'lastReschedule' | 'slotReschedule' | 'callAt';
  /** ISO date, or "YYYY-MM-DD HH:MM" for the reschedule limit and the call. */
  date: string;
  text: string;
}

/** "YYYY-MM-DD HH:MM" from a date-time written with a space or a T (seconds dropped). */
const dateTime = (value: string): string => value.trim().replace('T', ' ').slice(0, 16);

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

/** A checklist date with its weekday (e.g. "Tue, Nov 24, 2026"; "2026年11月24日(火)"), so weekends show; times kept. */
export function checklistDate(value: string, locale: string): string {
  let format = weekdayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    weekdayFormats.set(locale, format);
  }
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  const day = format.format(new Date(Date.UTC(y, m - 1, d)));
  return value.length > 10 ? `${day} ${value.slice(11, 16)}` : day;
}

/** The dates that matter for a case, in date order. */
export function checklistDates(c: Case, strings: Strings = english): ChecklistDate[] {
  const S = strings.checklist;
  const dates: ChecklistDate[] = [];
  const due = c.input.notice.respond_by;
  if (due) dates.push({ key: 'respondBy', date: due, text: S.respondBy });
  dates.push({ key: 'submitted', date: c.letterDate, text: S.submitted });
  dates.push({ key: 'expectReply', date: addDays(c.letterDate, followUp.replyWithinDays), text: fill(S.expectReply, { days: followUp.replyWithinDays }) });
  dates.push({ key: 'noResubmit', date: addDays(c.letterDate, followUp.resubmitAfterDays), text: fill(S.noResubmit, { days: followUp.resubmitAfterDays }) });
  const video = c.input.details?.brand_registry?.video_verification;
  if (video) {
    const bookBy = bookingDeadline(video.invited_on, video.book_by);
    const latest = addWorkingDays(video.invited_on, followUp.bookWithinWorkingDays);
    const invited = formatDate(video.invited_on, c.locale);
    const text = bookBy < latest
      ? fill(S.bookByOwn, { days: followUp.bookWithinWorkingDays, invited, latest: formatDate(latest, c.locale) })
      : fill(S.bookBy, { days: followUp.bookWithinWorkingDays, invited });
    dates.push({ key: 'bookBy', date: bookBy, text });
    if (video.scheduled_at) {
      const slot = dateTime(video.scheduled_at);
      dates.push({ key: 'callAt', date: slot, text: S.callAt });
      dates.push({ key: 'lastReschedule', date: latestReschedule(slot), text: fill(S.lastReschedule, { hours: followUp.rescheduleHours, slot }) });
    } else {
      // Not booked yet: the reschedule limit of each proposed slot, should Amazon confirm it; dated by the earliest.
      const slots = [...(video.slots ?? [])].map(dateTime).sort();
      if (slots.length) {
        const list = slots.map((slot) => `${checklistDate(slot, c.locale)} → ${checklistDate(latestReschedule(slot), c.locale)}`).join('; ');
        dates.push({ key: 'slotReschedule', date: latestReschedule(slots[0]), text: fill(S.slotReschedule, { hours: followUp.rescheduleHours, slots: list }) });
      }
    }
  }
  return dates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The submission path for the case's channel and notice kind. */
export function submissionPath(c: Case, strings?: Strings): { channel: string; steps: string[] } {
  const channel = submissionChannel(c);
  const key = channel === 'account-health-appeal' && c.input.notice.kind === 'listing-removed' ? 'listing-appeal' : channel;
  const notice = `${strings?.noticeKinds[c.input.notice.kind] ?? c.input.notice.kind}${c.input.notice.reference ? `${strings?.labels.listSeparator ?? ", "}${c.input.notice.reference}` : ''}`;
  // The steps per channel live in the language's strings (checklist.paths), in its own words.
  const paths: Record<string, string[]> = (strings ?? english).checklist.paths;
  const steps = paths[key] ?? paths['account-health-appeal'] ?? [];
  return { channel, steps: steps.map((s) => fill(s, { notice })) };
}

/** Groups attachments/Exhibit-C-p1.png … -p5.png into one line per exhibit, so the checklist stays on one page. */
export function attachmentLines(files: string[]): string[] {
  const groups: { key: string; files: string[] }[] = [];
  for (const file of files) {
    const key = file.match(/^(.*-p)\d+\.png$/)?.[1] ?? file;
    const last = groups[groups.length - 1];
    if (last && last.key === key && key !== file) last.files.push(file);
    else groups.push({ key, files: [file] });
  }
  return groups.map((g) => (g.files.length === 1 ? g.files[0] : `${g.files[0]} … ${g.files[g.files.length - 1].slice(g.files[0].lastIndexOf('-p'))} (${g.files.length})`));
}

/** The checklist as a document (one page). */
export function checklistDocument(
  c: Case,
  facts: EvidenceFacts[],
  strings: Strings,
  pack: { sections: { file: string; heading: string; chars: number }[]; sectionLimit?: number; bundlePages?: number; attachments?: string[]; compact?: boolean },
): DocumentModel {
  const S = strings.checklist;
  const { steps } = submissionPath(c, strings);
  const over = (chars: number): Span[] => (pack.sectionLimit !== undefined && chars > pack.sectionLimit ? [{ text: ` - ${fill(S.overLimit, { limit: pack.sectionLimit })}`, bold: true }] : []);
  const files: Block[][] = [
    ...(pack.compact
      ? // One item for all sections: "01-opening.txt → "Opening" (709); …".
        [[{ kind: 'paragraph', spans: [...t(`${S.pasteAll} `), ...pack.sections.flatMap((s, i) => [...t(`${i ? '; ' : ''}${s.file} → "${s.heading}" (${s.chars})`), ...over(s.chars)])] } as Block]]
      : pack.sections.map((s) => [{ kind: 'paragraph', spans: [...t(fill(S.paste, { file: `sections/${s.file}`, section: s.heading, chars: s.chars })), ...over(s.chars)] } as Block])),
    ...(pack.attachments?.length
      ? // One item for all images, in exhibit order: a line per file would not fit on the page.
        [[{ kind: 'paragraph', spans: t(fill(S.attachImage, { file: attachmentLines(pack.attachments).map((a, i) => (i ? a.replace(/^attachments\//, '') : a)).join(', ') })) } as Block]]
      : [
          [
            { kind: 'paragraph', spans: t(fill(S.attachBundle, { pages: pack.bundlePages ?? 0 })) } as Block,
            ...(pack.compact ? [] : [{ kind: 'paragraph', style: 'small', spans: t(`${S.attachEach} ${facts.map((f) => `${f.exhibit.label} ${f.file}`).join('; ')}`) } as Block]),
          ],
        ]),
  ];
  const blocks: Block[] = [
    { kind: 'heading', level: 1, spans: t(S.title) },
    { kind: 'paragraph', style: 'small', spans: t(fill(S.subtitle, { caseId: c.id })) },
    { kind: 'heading', level: 2, spans: t(S.where) },
    { kind: 'list', ordered: true, items: steps.map((s) => [{ kind: 'paragraph', spans: t(s) }]) },
    ...((pack.compact
      ? [{ kind: 'paragraph', style: 'small', spans: [...t(`${S.followUpHow} `), { text: fill(S.fallback, { email: c.input.seller.login_email }), italic: true }] }]
      : [
          { kind: 'paragraph', style: 'small', spans: t(S.followUpHow) },
          { kind: 'paragraph', style: 'small', spans: [{ text: fill(S.fallback, { email: c.input.seller.login_email }), italic: true }] },
        ]) as Block[]),
    { kind: 'heading', level: 2, spans: t(S.files) },
    { kind: 'list', ordered: true, items: files },
    { kind: 'heading', level: 2, spans: t(S.dates) },
  ];
  const dates = checklistDates(c, strings);
  blocks.push({
    kind: 'table',
    columns: [{ title: t(S.date), width: 2.7 }, { title: t(S.what), width: 6.6 }, { title: t(S.daysLeft), width: 1.4, align: 'right' }],
    rows: dates.map((d) => [t(checklistDate(d.date, c.locale), { bold: d.key === 'respondBy' || d.key === 'bookBy' }), t(d.text), t(String(daysBetween(c.letterDate, d.date.slice(0, 10))))]),
  });
  if (!c.input.notice.respond_by) blocks.push({ kind: 'paragraph', style: 'small', spans: t(S.noDeadline) });
  return {
    title: `${S.title}: ${c.id}`,
    author: c.input.seller.legal_name,
    subject: `${c.input.seller.store_name} - ${S.title}`,
    language: c.locale,
    paper: c.paper,
    createdAt: documentDate(c.letterDate),
    footer: '',
    footerNote: `${c.input.seller.store_name} · ${c.id}`,
    blocks,
  };
}
