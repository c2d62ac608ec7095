// The one-page submission checklist: where to submit, what goes in each box of that channel's form, the
// files to attach, how to follow up, and the dates that matter. Dates come from the case only (never the
// clock): the letter date stands for the day the appeal is sent.
import type { Case } from '../../model/case.js';
import { spansOf, type Block, type DocumentModel } from '../../model/document.js';
import { keepHeadingsAndItems } from '../keep.js';
import type { EvidenceFacts } from '../../model/evidence.js';
import type { Strings } from '../../model/strings.js';
import { fill, formatDate } from '../format.js';
import {
  channelInfo,
  followUp,
  fundsReleaseDays,
  legacyEmailRecipient,
  submissionChannel,
  type BoxKey,
  type BoxLimit,
  type Channel,
} from '../../domain/channels.js';
import { noticeLabel } from './evidence-index.js';
import { answersRightsOwnerComplaint, releasesInventory, releasesFunds } from '../../domain/notices.js';
import { addDays, addWorkingDays, daysBetween, documentDate } from '../../domain/dates.js';
import { bookingDeadline, latestReschedule } from '../../domain/video-verification.js';
import english from '../../../templates/en/strings.json' with { type: 'json' };

/** Fixed wording of the checklist: the shipped English strings; templates/<lang>/strings.json "checklist" overrides each key. */
export const defaultChecklistStrings = english.checklist;
export type ChecklistStrings = typeof defaultChecklistStrings;

/** The checklist strings of a language, English where a key is missing. */
export function checklistStrings(strings: Strings): ChecklistStrings {
  return { ...defaultChecklistStrings, ...((strings.checklist as Partial<ChecklistStrings> | undefined) ?? {}) };
}

const t = spansOf;
const paragraph = (text: string, style?: 'small'): Block => ({ kind: 'paragraph', spans: t(text), ...(style ? { style } : {}) });

/** One dated line of the checklist. */
export interface ChecklistDate {
  key: 'respondBy' | 'submitted' | 'expectReply' | 'noResubmit' | 'bookBy' | 'lastReschedule' | 'slotReschedule' | 'callAt' | 'fundsWindow';
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

/** "December 4, 2026, 10:00" for a date-time in the case's locale. */
const longDateTime = (value: string, locale: string): string =>
  value.length > 10 ? `${formatDate(value, locale)}, ${value.slice(11, 16)}` : formatDate(value, locale);

/** Whether a case concerns funds held (the 90-day window applies). */
export const isFundsCase = (c: Case): boolean => c.type === 'funds-or-inventory-release' || c.input.notice.kind === 'funds-held';

/** The dates that matter for a case, in date order. */
export function checklistDates(c: Case, strings: Strings = {} as Strings): ChecklistDate[] {
  const S = checklistStrings(strings);
  const info = channelInfo(submissionChannel(c));
  const dates: ChecklistDate[] = [];
  const due = c.input.notice.respond_by;
  if (due) dates.push({ key: 'respondBy', date: due, text: S.respondBy });
  dates.push({ key: 'submitted', date: c.letterDate, text: S.submitted });
  if (info.reply) {
    const date = info.reply.workingDays ? addWorkingDays(c.letterDate, info.reply.days) : addDays(c.letterDate, info.reply.days);
    dates.push({
      key: 'expectReply',
      date,
      text: fill(info.reply.workingDays ? S.expectReplyWorking : S.expectReply, {
        days: info.reply.days,
        where: S.replyWhere[info.followUp],
      }),
    });
  }
  dates.push({
    key: 'noResubmit',
    date: addDays(c.letterDate, followUp.resubmitAfterDays),
    text: fill(S.noResubmit, { days: followUp.resubmitAfterDays }),
  });
  if (isFundsCase(c) && releasesFunds(c.input.notice.release)) {
    const received = formatDate(c.input.notice.received, c.locale);
    dates.push({
      key: 'fundsWindow',
      date: addDays(c.input.notice.received, fundsReleaseDays),
      text: fill(S.fundsWindow, { days: fundsReleaseDays, received }),
    });
  }
  const video = c.input.details?.brand_registry?.video_verification;
  if (video) {
    if (video.scheduled_at) {
      const slot = dateTime(video.scheduled_at);
      dates.push({ key: 'callAt', date: slot, text: S.callAt });
      dates.push({
        key: 'lastReschedule',
        date: latestReschedule(slot),
        text: fill(S.lastReschedule, { hours: followUp.rescheduleHours, slot: longDateTime(slot, c.locale) }),
      });
    } else {
      const bookBy = bookingDeadline(video.invited_on, video.book_by);
      const latest = addWorkingDays(video.invited_on, followUp.bookWithinWorkingDays);
      const invited = formatDate(video.invited_on, c.locale);
      const text =
        bookBy < latest
          ? fill(S.bookByOwn, { days: followUp.bookWithinWorkingDays, invited, latest: formatDate(latest, c.locale) })
          : fill(S.bookBy, { days: followUp.bookWithinWorkingDays, invited });
      dates.push({ key: 'bookBy', date: bookBy, text });
      // Not booked yet: the reschedule limit of each proposed slot, should Amazon confirm it; dated by the earliest.
      const slots = [...(video.slots ?? [])].map(dateTime).sort();
      if (slots.length) {
        const list = slots
          .map((slot) => `${checklistDate(slot, c.locale)} → ${checklistDate(latestReschedule(slot), c.locale)}`)
          .join('; ');
        dates.push({
          key: 'slotReschedule',
          date: latestReschedule(slots[0]),
          text: fill(S.slotReschedule, { hours: followUp.rescheduleHours, slots: list }),
        });
      }
    }
  }
  return dates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The key of the path steps: the channel, or listing-appeal for a listing removal appealed in Account Health. */
const pathKey = (c: Case, channel: Channel): string =>
  channel === 'account-health-appeal' && c.input.notice.kind === 'listing-removed' ? 'listing-appeal' : channel;

/** The submission path for the case's channel and notice kind. */
export function submissionPath(c: Case, strings?: Strings): { channel: Channel; steps: string[] } {
  const channel = submissionChannel(c);
  const notice = strings ? noticeLabel(c, strings) : c.input.notice.kind;
  // The steps per channel live in the language's strings (checklist.paths), in its own words.
  const S = strings ? checklistStrings(strings) : defaultChecklistStrings;
  const paths = S.paths as Record<string, string[]>;
  const steps = paths[pathKey(c, channel)] ?? [];
  const recipient = legacyEmailRecipient(c) ?? S.noRecipient;
  return { channel, steps: steps.map((s) => fill(s, { notice, recipient })) };
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
  return groups.map((g) =>
    g.files.length === 1
      ? g.files[0]
      : `${g.files[0]} … ${g.files[g.files.length - 1].slice(g.files[0].lastIndexOf('-p'))} (${g.files.length})`,
  );
}

/** A box as the checklist lists it: its sections/ file, characters and limit. */
export interface ChecklistBox {
  box: BoxKey;
  file: string;
  chars: number;
  limit: BoxLimit;
}

/** What the pack made that the checklist lists. */
export interface ChecklistInput {
  boxes: ChecklistBox[];
  bundlePages?: number;
  /** Image files for image-only channels (letter pages first, then exhibits). */
  attachments?: string[];
  /** The retraction request letter was written (the case has the rights owner's e-mail). */
  retractionRequest?: boolean;
  compact?: boolean;
}

/** The box's name in the checklist: what the box asks for, or the one message box of the channel. */
export function boxName(box: BoxKey, channel: Channel, S: ChecklistStrings): string {
  return box === 'message' ? S.messageBox[channel] : S.boxes[box];
}

/** "1,234 characters; no published limit" / "over the 600-character limit set in the case". */
function countText(b: ChecklistBox, c: Case, S: ChecklistStrings): { text: string; over: boolean } {
  const chars = b.chars.toLocaleString(c.locale);
  if (b.limit.chars === null) return { text: fill(S.charsNoLimit, { chars }), over: false };
  const over = b.chars > b.limit.chars;
  return { text: fill(over ? S.charsOverLimit : S.charsWithinLimit, { chars, limit: b.limit.chars.toLocaleString(c.locale) }), over };
}

/** The IP paths besides the appeal: asking the rights owner to retract. */
function retractionBlocks(c: Case, S: ChecklistStrings, pack: ChecklistInput): Block[] {
  const ip = c.input.details?.ip_complaint;
  if (!ip || !answersRightsOwnerComplaint(c)) return [];
  const owner = ip.rights_owner?.name ?? S.theRightsOwner;
  const retraction = ip.retraction;
  let line: string;
  if (retraction?.received_on) line = fill(S.retractionReceived, { owner, date: formatDate(retraction.received_on, c.locale) });
  else if (pack.retractionRequest && ip.rights_owner?.email) {
    line = retraction?.requested_on
      ? fill(S.retractionFollowUp, { owner, email: ip.rights_owner.email, date: formatDate(retraction.requested_on, c.locale) })
      : fill(S.retractionSend, { owner, email: ip.rights_owner.email });
  } else if (retraction?.requested_on)
    line = fill(S.retractionRequestedNoContact, { owner, date: formatDate(retraction.requested_on, c.locale) });
  else line = fill(S.retractionNoContact, { owner });
  return [{ kind: 'heading', level: 2, spans: t(S.retraction) }, paragraph(line), paragraph(S.retractionDirect, 'small')];
}

/** A release of FBA inventory: how to create the removal order once Amazon releases it. */
function inventoryBlocks(c: Case, S: ChecklistStrings): Block[] {
  if (!isFundsCase(c) || !releasesInventory(c.input.notice.release)) return [];
  const recipient = legacyEmailRecipient(c);
  const text = recipient ? `${S.inventoryRemoval} ${fill(S.inventoryNoLogin, { recipient })}` : S.inventoryRemoval;
  return [{ kind: 'heading', level: 2, spans: t(S.inventory) }, paragraph(text)];
}

/** The checklist as a document (one page). */
export function checklistDocument(c: Case, facts: EvidenceFacts[], strings: Strings, pack: ChecklistInput): DocumentModel {
  const S = checklistStrings(strings);
  const { channel, steps } = submissionPath(c, strings);
  const info = channelInfo(channel);
  const notice = noticeLabel(c, strings);
  const store = c.input.seller.store_name;

  const pasteItems: Block[][] = pack.boxes.map((b) => {
    const count = countText(b, c, S);
    return [
      {
        kind: 'paragraph',
        spans: [
          ...t(fill(S.paste, { file: `sections/${b.file}`, box: boxName(b.box, channel, S) })),
          ...t(fill(S.count, { text: count.text }), { bold: count.over }),
        ],
      },
    ];
  });
  const attachItems: Block[][] = pack.attachments?.length
    ? // One item for all images, in order: a line per file would not fit on the page.
      [
        [
          paragraph(
            fill(S.attachImage, {
              file: attachmentLines(pack.attachments)
                .map((a, i) => (i ? a.replace(/^attachments\//, '') : a))
                .join(', '),
            }),
          ),
        ],
      ]
    : [
        [paragraph(S.attachLetter)],
        ...(pack.bundlePages
          ? [
              [
                paragraph(fill(S.attachBundle, { pages: pack.bundlePages })),
                ...(pack.compact
                  ? []
                  : [paragraph(`${S.attachEach} ${facts.map((f) => `${f.exhibit.label} ${f.file}`).join('; ')}`, 'small')]),
              ],
            ]
          : []),
      ];

  const recipient = legacyEmailRecipient(c);
  const replyLine = info.reply ? '' : ` ${S.noReplyTime}`;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, spans: t(S.title) },
    paragraph(fill(S.subtitle, { store, notice }), 'small'),
    { kind: 'heading', level: 2, spans: t(S.where) },
    { kind: 'list', ordered: true, items: steps.map((s) => [paragraph(s)]) },
    paragraph(`${S.followUp[info.followUp]}${replyLine}`, 'small'),
    ...(recipient && channel !== 'email' ? [paragraph(fill(S.fallback, { recipient, email: c.input.seller.login_email }), 'small')] : []),
    { kind: 'heading', level: 2, spans: t(S.files) },
    ...(info.boxes.length > 1 && !pack.compact ? [paragraph(S.boxesNote, 'small')] : []),
    { kind: 'list', ordered: true, items: [...pasteItems, ...attachItems] },
    ...retractionBlocks(c, S, pack),
    ...inventoryBlocks(c, S),
    { kind: 'heading', level: 2, spans: t(S.dates) },
  ];
  // Said before the table, so it never reads as a comment on the deadlines listed under it.
  if (!c.input.notice.respond_by) blocks.push(paragraph(S.noDeadline, 'small'));
  const dates = checklistDates(c, strings);
  blocks.push({
    kind: 'table',
    columns: [
      { title: t(S.date), width: 2.7 },
      { title: t(S.what), width: 6.6 },
      { title: t(S.daysLeft), width: 1.4, align: 'right' },
    ],
    rows: dates.map((d) => [
      t(checklistDate(d.date, c.locale), { bold: d.key === 'respondBy' || d.key === 'bookBy' }),
      t(d.text),
      t(String(daysBetween(c.letterDate, d.date.slice(0, 10)))),
    ]),
  });
  return {
    title: `${S.title}: ${store}`,
    author: c.input.seller.legal_name,
    subject: `${store} - ${S.title}`,
    language: c.locale,
    paper: c.paper,
    createdAt: documentDate(c.letterDate),
    footer: '',
    footerNote: `${store} · ${notice}`,
    blocks: keepHeadingsAndItems(blocks),
  };
}

/** Drops the kept formatters (a startup snapshot cannot hold Intl objects). */
export function forgetChecklistFormats(): void {
  weekdayFormats.clear();
}
