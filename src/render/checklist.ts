// The one-page submission checklist: where to submit, which files in which order, and the dates that matter.
// Dates come from the case only (never the clock): the letter date stands for the day the appeal is sent.
import type { Case } from '../model/case.js';
import type { Block, DocumentModel, Span } from '../model/document.js';
import type { EvidenceFacts } from '../stages/evidence.js';
import type { Strings } from '../compose/view.js';
import { fill, formatDate } from '../compose/format.js';
import { documentDate } from '../compose/letter.js';
import { submissionChannel } from '../rules/l16-attachment-types.js';
import { addDays, daysBetween } from '../dates.js';
import { bookingDeadline, latestReschedule } from '../brand-video.js';

/** Amazon's reply expectation (days), the wait before resending (days), the video booking window (working days), reschedule notice (hours). */
export const followUp = { replyWithinDays: 2, resubmitAfterDays: 7, bookWithinWorkingDays: 7, rescheduleHours: 48 };

export const defaultChecklistStrings = {
  title: 'Submission checklist',
  subtitle: 'What to send where, and by when: {caseId}',
  where: 'Where to submit',
  files: 'What to paste and attach, in this order',
  dates: 'Dates',
  date: 'Date',
  what: 'What',
  daysLeft: 'Days from letter date',
  respondBy: 'Respond by (from the notice)',
  noDeadline: 'The notice gives no deadline; submit as soon as the letter is ready.',
  submitted: 'Letter date (assumed day of submission)',
  expectReply: 'Reply expected (about {days} days after submitting); check View Appeal in Account Health',
  noResubmit: 'Do not resubmit before this day ({days} days); repeated appeals are treated as spam',
  bookBy: 'Book the video verification by ({days} working days after the invitation of {invited})',
  lastReschedule: 'Last moment to reschedule the call ({hours} hours before {slot}), by e-mail to br-verification@amazon.com',
  callAt: 'Video verification call',
  paste: 'Paste {file} into the form field "{section}" ({chars} characters)',
  attachBundle: 'Attach evidence-bundle.pdf ({pages} pages: index, then every exhibit with a cover page)',
  attachEach: 'Where the form takes separate files, attach them in exhibit order:',
  attachImage: 'Attach {file}',
  fallback: 'Fallback only (legacy route, use when the form above is unavailable): e-mail the letter from {email} with the same attachments.',
  followUpHow: 'Follow-ups and extra documents: Account Health > View Appeal > Submit additional information; do not open a new appeal.',
};
export type ChecklistStrings = typeof defaultChecklistStrings;

const paths: Record<string, string[]> = {
  'account-health-appeal': ['Seller Central > Performance > Account Health', 'Select the issue ({notice}) and choose Appeal; for a deactivated account use "Reactivate your account" at the top of the page', 'Answer the questionnaire or form; paste each section; attach the documents; Submit'],
  'listing-appeal': ['Seller Central > Performance > Account Health > Product Policy Compliance', 'Select the listing issue ({notice}) and choose Appeal', 'Paste each section; attach the documents; Submit'],
  'ip-complaint-appeal': ['Seller Central > Performance > Account Health > Policy Compliance > Received Intellectual Property Complaints', 'Choose Appeal next to the complaint record', 'Paste each section; attach images only (JPEG, PNG, GIF, TIFF; no PDF, no links); Submit'],
  'brand-registry-portal': ['The appeal link in the rejection e-mail, or Brand Registry > Manage > Brand applications', 'Step 1 brand information, step 2 product information, step 3 confirm and submit', 'If Amazon invites you to a video verification, book it in time (see the dates)'],
  'performance-notification-appeal': ['Seller Central > Performance > Performance Notifications', 'Open the notification ({notice}) and choose Appeal > Appeal decision', 'Paste the plan of action into the form; attach the documents; Submit'],
  'seller-support-case': ['Seller Central > Help > Get support', 'Open a case about the notice ({notice}) and quote its reference', 'Paste the letter; attach the documents'],
  email: ['E-mail from the account\'s login address (legacy route; prefer the Account Health form)', 'Subject: the notice and its reference ({notice})', 'Paste the letter and attach the documents'],
};

const t = (text: string, style: Partial<Span> = {}): Span[] => [{ text, ...style }];

/** One dated line of the checklist. */
export interface ChecklistDate {
  key: 'respondBy' | 'submitted' | 'expectReply' | 'noResubmit' | 'bookBy' | 'lastReschedule' | 'callAt';
  /** ISO date, or "YYYY-MM-DD HH:MM" for the reschedule limit and the call. */
  date: string;
  text: string;
}

/** The dates that matter for a case, in date order. */
export function checklistDates(c: Case, strings: Strings = {} as Strings): ChecklistDate[] {
  const S = { ...defaultChecklistStrings, ...((strings.checklist as Partial<ChecklistStrings> | undefined) ?? {}) };
  const dates: ChecklistDate[] = [];
  const due = c.input.notice.respond_by;
  if (due) dates.push({ key: 'respondBy', date: due, text: S.respondBy });
  dates.push({ key: 'submitted', date: c.letterDate, text: S.submitted });
  dates.push({ key: 'expectReply', date: addDays(c.letterDate, followUp.replyWithinDays), text: fill(S.expectReply, { days: followUp.replyWithinDays }) });
  dates.push({ key: 'noResubmit', date: addDays(c.letterDate, followUp.resubmitAfterDays), text: fill(S.noResubmit, { days: followUp.resubmitAfterDays }) });
  const video = c.input.details?.brand_registry?.video_verification;
  if (video) {
    const bookBy = bookingDeadline(video.invited_on, video.book_by);
    dates.push({ key: 'bookBy', date: bookBy, text: fill(S.bookBy, { days: followUp.bookWithinWorkingDays, invited: formatDate(video.invited_on, c.locale) }) });
    if (video.scheduled_at) {
      dates.push({ key: 'callAt', date: video.scheduled_at.replace('T', ' ').slice(0, 16), text: S.callAt });
      dates.push({ key: 'lastReschedule', date: latestReschedule(video.scheduled_at), text: fill(S.lastReschedule, { hours: followUp.rescheduleHours, slot: video.scheduled_at.replace('T', ' ') }) });
    }
  }
  return dates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The submission path for the case's channel and notice kind. */
export function submissionPath(c: Case, strings?: Strings): { channel: string; steps: string[] } {
  const channel = submissionChannel(c);
  const key = channel === 'account-health-appeal' && c.input.notice.kind === 'listing-removed' ? 'listing-appeal' : channel;
  const notice = `${strings?.noticeKinds[c.input.notice.kind] ?? c.input.notice.kind}${c.input.notice.reference ? `, ${c.input.notice.reference}` : ''}`;
  return { channel, steps: (paths[key] ?? paths['account-health-appeal']).map((s) => fill(s, { notice })) };
}

/** The checklist as a document (one page). */
export function checklistDocument(
  c: Case,
  facts: EvidenceFacts[],
  strings: Strings,
  pack: { sections: { file: string; heading: string; chars: number }[]; bundlePages?: number; attachments?: string[] },
): DocumentModel {
  const S = { ...defaultChecklistStrings, ...((strings.checklist as Partial<ChecklistStrings> | undefined) ?? {}) };
  const { steps } = submissionPath(c, strings);
  const show = (d: string) => (d.length > 10 ? `${formatDate(d.slice(0, 10), c.locale)} ${d.slice(11)}` : formatDate(d, c.locale));
  const files: Block[][] = [
    ...pack.sections.map((s) => [{ kind: 'paragraph', spans: t(fill(S.paste, { file: `sections/${s.file}`, section: s.heading, chars: s.chars })) } as Block]),
    ...(pack.attachments?.length
      ? pack.attachments.map((a) => [{ kind: 'paragraph', spans: t(fill(S.attachImage, { file: a })) } as Block])
      : [
          [
            { kind: 'paragraph', spans: t(fill(S.attachBundle, { pages: pack.bundlePages ?? 0 })) } as Block,
            { kind: 'paragraph', style: 'small', spans: t(`${S.attachEach} ${facts.map((f) => `${f.exhibit.label} ${f.file}`).join('; ')}`) } as Block,
          ],
        ]),
  ];
  const blocks: Block[] = [
    { kind: 'heading', level: 1, spans: t(S.title) },
    { kind: 'paragraph', style: 'small', spans: t(fill(S.subtitle, { caseId: c.id })) },
    { kind: 'heading', level: 2, spans: t(S.where) },
    { kind: 'list', ordered: true, items: steps.map((s) => [{ kind: 'paragraph', spans: t(s) }]) },
    { kind: 'paragraph', style: 'small', spans: t(S.followUpHow) },
    { kind: 'paragraph', style: 'small', spans: [{ text: fill(S.fallback, { email: c.input.seller.login_email }), italic: true }] },
    { kind: 'heading', level: 2, spans: t(S.files) },
    { kind: 'list', ordered: true, items: files },
    { kind: 'heading', level: 2, spans: t(S.dates) },
  ];
  const dates = checklistDates(c, strings);
  blocks.push({
    kind: 'table',
    columns: [{ title: t(S.date), width: 2 }, { title: t(S.what), width: 6 }, { title: t(S.daysLeft), width: 2, align: 'right' }],
    rows: dates.map((d) => [t(show(d.date), { bold: d.key === 'respondBy' || d.key === 'bookBy' }), t(d.text), t(String(daysBetween(c.letterDate, d.date.slice(0, 10))))]),
  });
  if (!c.input.notice.respond_by) blocks.push({ kind: 'paragraph', style: 'small', spans: t(S.noDeadline) });
  return {
    title: `${S.title}: ${c.id}`,
    author: c.input.seller.legal_name,
    subject: `${c.input.seller.store_name} - ${S.title}`,
    language: c.locale,
    paper: c.paper,
    createdAt: documentDate(c),
    footer: '',
    footerNote: `${c.input.seller.store_name} · ${c.id}`,
    blocks,
  };
}
