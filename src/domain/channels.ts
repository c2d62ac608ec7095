// Where an appeal is submitted and what each channel's form takes: its text boxes with their limits, the
// files it accepts, how to follow up and how soon Amazon replies. Every figure carries its source; a limit
// no source gives is left unknown rather than guessed.
import type { Case } from '../model/case.js';
import { caseTypeInfo, type SubmissionChannel } from './case-types.js';
import { answersRightsOwnerComplaint } from './notices.js';

/** Days Amazon gives itself to reply to an appeal; sending again before then counts as a repeat submission. */
export const replyWaitDays = 2;

/** A submission channel (the case's submission.channel). */
export type Channel = SubmissionChannel;

/** Where the appeal goes: the case's submission.channel, else the case type's default. */
export function submissionChannel(c: Case): Channel {
  return c.input.submission?.channel ?? (answersRightsOwnerComplaint(c) ? 'ip-complaint-appeal' : caseTypeInfo(c.type).channel);
}

/** A text box of a submission form, by what it asks for. */
export type BoxKey = 'rootCause' | 'actionsTaken' | 'stepsToPrevent' | 'additionalInformation' | 'message';

/** What is known of a box's character limit: a number only where a source gives one. */
export interface BoxLimit {
  /** Characters the box takes; null when no source gives the figure. */
  chars: number | null;
  /** The figure (or its absence) is confirmed by the source named. */
  verified: boolean;
  source: string;
}

/** How to follow up on a submitted appeal (the checklist words each one). */
export type FollowUpPath =
  | 'accountHealthViewAppeal'
  | 'performanceNotification'
  | 'brandRegistryCaseLog'
  | 'supportCaseReply'
  | 'ipViewAppeal'
  | 'emailReply';

/** How soon Amazon says it replies. */
export interface ReplyTime {
  days: number;
  /** Working days (weekends skipped) rather than calendar days. */
  workingDays: boolean;
  source: string;
}

/** What one channel's form looks like. */
export interface ChannelInfo {
  channel: Channel;
  /** The form's text boxes, in the order the form shows them. */
  boxes: readonly BoxKey[];
  /** Where the box layout comes from, and whether an Amazon page confirms it. */
  boxesSource: string;
  boxesVerified: boolean;
  /** The limit of each box; one entry per box. */
  limits: Readonly<Partial<Record<BoxKey, BoxLimit>>>;
  followUp: FollowUpPath;
  /** Null when no source states a reply time for the channel. */
  reply: ReplyTime | null;
  /** File types the form accepts (lower-case extensions), and where that comes from. */
  attachments: { formats: readonly string[]; source: string; verified: boolean };
}

const noFigure = (where: string): BoxLimit => ({ chars: null, verified: false, source: `no published figure (${where})` });
const appealHelp = 'Amazon Seller Central help "Appeal the restriction or removal of selling privileges" (G200370560)';
const accountHealthLimits = noFigure('Amazon shows character counts on its appeal forms but publishes no limits');

/** The channel table. */
export const channels: Readonly<Record<Channel, ChannelInfo>> = {
  'account-health-appeal': {
    channel: 'account-health-appeal',
    boxes: ['rootCause', 'actionsTaken', 'stepsToPrevent', 'additionalInformation'],
    boxesSource:
      'Account Health appeal form as appeal consultants describe it; Amazon help "Create a plan of action" (201623610) names the three questions',
    boxesVerified: false,
    limits: {
      rootCause: accountHealthLimits,
      actionsTaken: accountHealthLimits,
      stepsToPrevent: accountHealthLimits,
      additionalInformation: accountHealthLimits,
    },
    followUp: 'accountHealthViewAppeal',
    reply: { days: 2, workingDays: false, source: `${appealHelp}: "expect a reply to your appeal within two days"` },
    attachments: {
      formats: ['pdf', 'jpg', 'jpeg', 'png', 'gif'],
      source: 'Amazon staff post "Invoice Requirements" (Seller Forums): PDF or image (.jpg, .png, .gif)',
      verified: true,
    },
  },
  'performance-notification-appeal': {
    channel: 'performance-notification-appeal',
    boxes: ['message'],
    boxesSource: `older copies of ${appealHelp}: "enter the details of your plan of action in the form provided"`,
    boxesVerified: false,
    limits: { message: noFigure('the older help gives none') },
    followUp: 'performanceNotification',
    reply: { days: 2, workingDays: false, source: `older copies of ${appealHelp}: "usually within 48 hours"` },
    attachments: {
      formats: ['pdf', 'jpg', 'jpeg', 'png', 'gif'],
      source: 'Amazon staff post "Invoice Requirements" (Seller Forums)',
      verified: true,
    },
  },
  'brand-registry-portal': {
    channel: 'brand-registry-portal',
    boxes: ['message'],
    boxesSource:
      'Amazon Global Selling article on Brand Registry appeals (2023): the appeal link, then brand information, product information, confirm; Amazon follows up under a case ID',
    boxesVerified: false,
    limits: { message: noFigure('Brand Registry publishes none') },
    followUp: 'brandRegistryCaseLog',
    reply: {
      days: 9,
      workingDays: true,
      source: 'Amazon Global Selling article on Brand Registry appeals (2023): about 9 working days when no further action is needed',
    },
    attachments: {
      formats: ['pdf', 'jpg', 'jpeg', 'png', 'gif'],
      source:
        'not published for Brand Registry; the formats Amazon takes for verification documents (.pdf, .png, .gif) as quoted from its notices',
      verified: false,
    },
  },
  'seller-support-case': {
    channel: 'seller-support-case',
    boxes: ['message'],
    boxesSource: 'Seller Central Help > Get support: a case has one description box and attachments',
    boxesVerified: false,
    limits: { message: noFigure('Seller Support publishes none') },
    followUp: 'supportCaseReply',
    reply: null,
    attachments: {
      formats: ['pdf', 'jpg', 'jpeg', 'png', 'gif'],
      source: 'not published for support cases; the formats Amazon takes for documents elsewhere',
      verified: false,
    },
  },
  'ip-complaint-appeal': {
    channel: 'ip-complaint-appeal',
    boxes: ['message'],
    boxesSource: `${appealHelp}: Received Intellectual Property Complaints > Appeal, then View appeal > Submit additional information`,
    boxesVerified: false,
    limits: { message: noFigure('none in the IP appeal notices quoted by sellers') },
    followUp: 'ipViewAppeal',
    reply: null,
    attachments: {
      formats: ['jpeg', 'jpg', 'pjpeg', 'gif', 'png', 'tiff', 'tif'],
      source: 'Amazon IP appeal notices as quoted by sellers (two copies): ".jpeg, .jpg, .pjpeg, .gif, .png, .tiff"; no PDF, no links',
      verified: false,
    },
  },
  email: {
    channel: 'email',
    boxes: ['message'],
    boxesSource: 'the legacy e-mail route: the letter is the body of the e-mail',
    boxesVerified: false,
    limits: { message: { chars: null, verified: true, source: 'an e-mail body has no character limit' } },
    followUp: 'emailReply',
    reply: {
      days: 2,
      workingDays: false,
      source: 'Chinese seller guides on the legacy e-mail route (2019-2023): "generally within 2 days"',
    },
    attachments: {
      formats: ['pdf', 'jpg', 'jpeg', 'png', 'gif'],
      source: 'the legacy e-mail route: ordinary attachments',
      verified: false,
    },
  },
};

/** A channel's row. */
export const channelInfo = (channel: Channel): ChannelInfo => channels[channel];

/** Whether a channel takes only images (IP complaint appeals: JPEG, PNG, GIF, TIFF; no PDF). */
export const imageOnlyChannel = (channel: string): boolean => !channels[channel as Channel]?.attachments.formats.includes('pdf');

/**
 * A box's limit for this case: the case's submission.section_char_limit (what the seller saw on the form)
 * wins over the table, which gives no figure today.
 */
export function boxLimit(c: Case, channel: Channel, box: BoxKey): BoxLimit {
  const own = c.input.submission?.section_char_limit;
  if (own) return { chars: own, verified: true, source: 'the case (submission.section_char_limit)' };
  return channels[channel].limits[box] ?? noFigure('not in the channel table');
}

/**
 * Characters per pasted section when the case sets no submission.section_char_limit: none, since Amazon
 * publishes no form limits.
 */
export const defaultSectionCharLimit: number | undefined = undefined;

/** The wait before resending an unanswered appeal (sellers' guides: repeated appeals are treated as spam). */
export const resubmitAfterDays = 7;

/** Funds held after a deactivation: released or requestable about 90 days after the notice (Amazon notices quoted by sellers). */
export const fundsReleaseDays = 90;

/** Follow-up timing after a submission: video booking window (working days) and rescheduling notice (hours). */
export const followUp = { resubmitAfterDays, bookWithinWorkingDays: 7, rescheduleHours: 48 };

/** What an appeal e-mail is about, for the legacy routing table. */
export type LegacyRoute = 'account' | 'listing' | 'ip' | 'funds';

/**
 * Appeal e-mail addresses from 2016-2020 seller guides: not current (Amazon routes appeals through Seller
 * Central), shown only as a marked legacy fallback. Marketplaces without an address get no fallback.
 */
export const legacyEmailRoutes: Readonly<Record<LegacyRoute, Readonly<Record<string, string>>>> = {
  account: {
    US: 'seller-performance@amazon.com',
    CA: 'seller-performance@amazon.ca',
    UK: 'seller-performance@amazon.co.uk',
    DE: 'verkaeufer-performance@amazon.de',
    FR: 'performance-vendeur@amazon.fr',
    IT: 'performance-venditore@amazon.it',
    ES: 'performance-vendedor@amazon.es',
    JP: 'alliance@amazon.co.jp',
  },
  listing: {
    US: 'seller-performance-policy@amazon.com',
    UK: 'seller-performance-policy@amazon.co.uk',
    DE: 'verkaeufer-performance-richtlinie@amazon.de',
    FR: 'politique-performance-vendeur@amazon.fr',
    IT: 'performance-venditore-politiche-di-condotta@amazon.it',
    ES: 'politicas-performance-vendedor@amazon.es',
    IN: 'seller-performance-policy@amazon.in',
    MX: 'politicas-performance-vendedor@amazon.com.mx',
  },
  ip: { US: 'notice-request-dispute@amazon.com' },
  funds: {
    US: 'merchant-reserve-inquiry@amazon.com',
    CA: 'payments-investigate@amazon.ca',
    UK: 'payments-investigate@amazon.co.uk',
    DE: 'payments-nachforschungen@amazon.de',
    FR: 'investigation-amzpayments@amazon.fr',
    IT: 'payments-investigate@amazon.it',
    ES: 'investigacion-pagos@amazon.es',
    IN: 'payments-investigate@amazon.in',
    MX: 'payments-funds@amazon.com.mx',
  },
};

/** Which legacy route fits a case: funds, IP, a listing removal, else the account appeal; undefined for Brand Registry. */
export function legacyRoute(c: Case): LegacyRoute | undefined {
  const channel = submissionChannel(c);
  if (channel === 'brand-registry-portal' || c.type === 'brand-registry-appeal') return undefined;
  if (c.type === 'funds-or-inventory-release' || c.input.notice.kind === 'funds-held') return 'funds';
  if (channel === 'ip-complaint-appeal' || answersRightsOwnerComplaint(c)) return 'ip';
  if (c.input.notice.kind === 'listing-removed') return 'listing';
  return 'account';
}

/** The legacy e-mail address for a case, when the table has one for its purpose and marketplace. */
export function legacyEmailRecipient(c: Case): string | undefined {
  const route = legacyRoute(c);
  return route ? legacyEmailRoutes[route][c.marketplace] : undefined;
}
