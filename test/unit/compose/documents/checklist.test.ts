// The one-page checklist: the dates that matter, computed from the case, across weekends, month ends and a
// year end, read back from the rendered PDF and DOCX (not from the model), next to the line they belong to.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCase, createEnv, type CheckedCase } from '../../../../src/case/process-case.js';
import { loadWordLists } from '../../../../src/rules/words.js';
import { packFiles } from '../../../../src/case/pack.js';
import { checklistDates, checklistDate, attachmentLines } from '../../../../src/compose/documents/checklist.js';
import { renderPdf } from '../../../../src/render/pdf.js';
import { renderDocx } from '../../../../src/render/docx.js';
import type { Case } from '../../../../src/model/case.js';
import { linesOf, pdfPages } from '../../../helpers/read-pdf.js';
import { docxText } from '../../../helpers/read-docx.js';

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists(), sourceDateEpoch: 1792500000 });
const render = { pdf: renderPdf, docx: renderDocx };

type Video = NonNullable<NonNullable<NonNullable<Case['input']['details']>['brand_registry']>['video_verification']>;

/** The corvane case with other dates: letter date, deadline and video verification. */
function withDates(base: Case, letterDate: string, respondBy: string | undefined, video: Partial<Video>): Case {
  const input = base.input;
  const br = input.details!.brand_registry!;
  const { book_by: _b, scheduled_at: _s, slots: _l, ...rest } = br.video_verification!;
  return {
    ...base,
    letterDate,
    input: {
      ...input,
      notice: { ...input.notice, respond_by: respondBy },
      details: { ...input.details, brand_registry: { ...br, video_verification: { ...rest, ...video } as Video } },
    },
  };
}

interface Rendered {
  pdfPages: number;
  /** PDF lines of the first page, top to bottom. */
  pdfLines: string[];
  /** DOCX paragraphs. */
  docx: string[];
  submission: { dates: { key: string; date: string }[] };
}

async function checklistOf(checked: CheckedCase, c: Case): Promise<Rendered> {
  const files = await packFiles(c, checked.evidence, checked.letter, checked.templates.strings, render);
  const get = (name: string) => files.find((f) => f.path === name)!.bytes;
  const pages = await pdfPages(get('checklist.pdf'));
  return {
    pdfPages: pages.length,
    pdfLines: linesOf(pages[0].items).map((l) => l.text),
    docx: docxText(get('checklist.docx')).split('\n'),
    submission: JSON.parse(new TextDecoder().decode(get('submission.json'))),
  };
}

/** The date, what the row says and the days from the letter date are one row, in PDF and DOCX. */
function expectRow(r: Rendered, date: string, what: string, days: number): void {
  // The PDF row's first line: the date, the start of what (it may wrap), the days.
  const line = r.pdfLines.find((l) => {
    if (!l.startsWith(`${date} `) || !l.endsWith(` ${days}`)) return false;
    const middle = l.slice(date.length + 1, l.length - String(days).length - 1);
    return middle.length >= 10 && what.startsWith(middle.slice(0, what.length));
  });
  expect(line, `PDF has no row "${date} | ${what} | ${days}"; lines:\n${r.pdfLines.join('\n')}`).toBeDefined();
  const at = r.docx.indexOf(date);
  expect(at, `DOCX has no cell "${date}"`).toBeGreaterThanOrEqual(0);
  expect(r.docx[at + 1]).toContain(what);
  expect(r.docx[at + 2]).toBe(String(days));
}

describe('checklist dates', () => {
  let checked: CheckedCase;
  beforeAll(async () => {
    checked = (await checkCase('cases/corvane-brand-registry/case.yaml', env)).checked!;
    expect(checked).toBeDefined();
    expect(checked.case.locale).toBe('en-US');
  }, 60_000);

  it('shows the weekday with each date, so weekends are visible', () => {
    expect(checklistDate('2026-02-28', 'en-US')).toBe('Sat, Feb 28, 2026');
    expect(checklistDate('2026-02-28 09:30', 'en-US')).toBe('Sat, Feb 28, 2026 09:30');
    expect(checklistDate('2026-11-24', 'ja-JP')).toContain('(火)');
  });

  it('over a weekend and the end of February: letter on a Friday, invitation on a Thursday, call on a Monday', async () => {
    // Letter Fri 2026-01-30; Brand Registry replies in about 9 working days -> Thu 2026-02-12. Once the call is
    // booked, the booking deadline is gone and the call and its reschedule limit stand in its place.
    const c = withDates(checked.case, '2026-01-30', '2026-02-02', { invited_on: '2026-01-29', scheduled_at: '2026-03-02 09:30' });
    const r = await checklistOf(checked, c);
    expect(r.pdfPages).toBe(1);
    expectRow(r, 'Fri, Jan 30, 2026', 'Letter date', 0);
    expectRow(r, 'Mon, Feb 2, 2026', 'Respond by', 3);
    expectRow(r, 'Fri, Feb 6, 2026', 'Do not resubmit before this day (7 days)', 7);
    expectRow(r, 'Thu, Feb 12, 2026', 'Reply expected (about 9 working days after submitting)', 13);
    expectRow(r, 'Sat, Feb 28, 2026 09:30', 'Last moment to reschedule the call (48 hours before March 2, 2026, 09:30)', 29); // 2026 is not a leap year
    expectRow(r, 'Mon, Mar 2, 2026 09:30', 'Video verification call', 31);
    expect(r.pdfLines.join('\n')).not.toContain('Book the video verification by');
    expect(r.submission.dates).toEqual([
      { key: 'submitted', date: '2026-01-30' },
      { key: 'respondBy', date: '2026-02-02' },
      { key: 'noResubmit', date: '2026-02-06' },
      { key: 'expectReply', date: '2026-02-12' },
      { key: 'lastReschedule', date: '2026-02-28 09:30' },
      { key: 'callAt', date: '2026-03-02 09:30' },
    ]);
  }, 60_000);

  it("over the year end, before the call is booked: the seller's earlier book_by wins, proposed slots get their reschedule limit", async () => {
    // Invited Thu 2026-12-24 -> 7 working days = Mon 2027-01-04 (Christmas and New Year are not known holidays).
    const c = withDates(checked.case, '2026-12-30', undefined, {
      invited_on: '2026-12-24',
      book_by: '2026-12-31',
      slots: ['2027-01-05 10:00', '2027-01-06T15:30'],
    });
    const r = await checklistOf(checked, c);
    expect(r.pdfPages).toBe(1);
    expectRow(r, 'Wed, Dec 30, 2026', 'Letter date', 0);
    expectRow(r, 'Thu, Dec 31, 2026', "Book the video verification by (your own date; Amazon's limit is January 4, 2027", 1);
    expectRow(r, 'Tue, Jan 12, 2027', 'Reply expected (about 9 working days', 13);
    expectRow(r, 'Sun, Jan 3, 2027 10:00', 'Once Amazon confirms a proposed slot', 4);
    expectRow(r, 'Wed, Jan 6, 2027', 'Do not resubmit', 7);
    const text = r.pdfLines.join(' ');
    expect(text).toContain('Tue, Jan 5, 2027 10:00 → Sun, Jan 3, 2027 10:00');
    expect(text).toContain('The notice itself sets no date to respond by');
    // Without the case's own date, the limit is the seventh working day.
    const later = withDates(checked.case, '2026-12-30', undefined, { invited_on: '2026-12-24' });
    expect(checklistDates(later).find((d) => d.key === 'bookBy')!.date).toBe('2027-01-04');
  }, 60_000);

  it('stays on one page for the sample brand registry case, with its three proposed slots', async () => {
    const r = await checklistOf(checked, checked.case);
    expect(r.pdfPages).toBe(1);
    expectRow(r, 'Tue, Nov 24, 2026', 'Book the video verification by', 6);
    expectRow(r, 'Sat, Nov 28, 2026 10:00', 'Once Amazon confirms a proposed slot', 10);
    // The seller acts in the Brand Registry portal and its case log; the legacy table has no Brand Registry address.
    const text = r.pdfLines.join('\n');
    expect(text).toMatch(/^1\. Open the appeal link in the rejection e-mail, or Brand Registry > Manage > Brand applications/m);
    expect(text).not.toMatch(/Legacy fallback/);
  }, 60_000);
});

describe('attachment lines', () => {
  it('groups the page images of one exhibit', () => {
    expect(
      attachmentLines([
        'attachments/Exhibit-A.png',
        'attachments/Exhibit-B-p1.png',
        'attachments/Exhibit-B-p2.png',
        'attachments/Exhibit-B-p3.png',
        'attachments/Exhibit-C-p1.png',
      ]),
    ).toEqual(['attachments/Exhibit-A.png', 'attachments/Exhibit-B-p1.png … -p3.png (3)', 'attachments/Exhibit-C-p1.png']);
  });
});
