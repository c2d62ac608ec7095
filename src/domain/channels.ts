// Where an appeal is submitted and what each channel takes.
import type { Case } from '../model/case.js';
import { caseTypeInfo } from './case-types.js';

/** A submission channel (the case's submission.channel). */
export type Channel = NonNullable<NonNullable<Case['input']['submission']>['channel']>;

/** Where the appeal goes: the case's submission.channel, else the case type's default. */
export function submissionChannel(c: Case): Channel {
  return c.input.submission?.channel ?? caseTypeInfo(c.type).channel;
}

/** Whether a channel takes only images (IP complaint appeals: JPEG, PNG, GIF, TIFF; no PDF). */
export const imageOnlyChannel = (channel: string): boolean => channel === 'ip-complaint-appeal';

/** Characters per pasted section when the case sets no submission.section_char_limit. */
export const defaultSectionCharLimit = 4000;

/** Follow-up timing after a submission: reply expected, no resubmission before, video booking and rescheduling. */
export const followUp = { replyWithinDays: 2, resubmitAfterDays: 7, bookWithinWorkingDays: 7, rescheduleHours: 48 };
