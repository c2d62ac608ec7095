// The Brand Registry video-verification checklist: dates, attendee documents, products, PDF and DOCX.
import { describe, expect, it, vi } from 'vitest';
import { attendeeDocuments, bookingDeadline, latestReschedule } from '../../../src/domain/video-verification.js';
import { videoVerificationDocument } from '../../../src/compose/documents/video-verification.js';
import { normalizeCase } from '../../../src/stages/normalize.js';
import { renderPdf } from '../../../src/render/pdf.js';
import { renderDocx } from '../../../src/render/docx.js';
import type { CaseInput } from '../../../src/model/case.js';
import type { Block } from '../../../src/model/document.js';
import strings from '../../../templates/en/strings.json' with { type: 'json' };
import type { Strings } from '../../../src/compose/view.js';
import { pdfText } from '../../helpers/read-pdf.js';
import { docxText } from '../../helpers/read-docx.js';

// Rendering and checking share the machine with other suites; a slow first case is not a failure.
vi.setConfig({ testTimeout: 60_000 });

type Video = NonNullable<NonNullable<NonNullable<CaseInput['details']>['brand_registry']>['video_verification']>;

function brandCase(video: Partial<Video>, holder: 'company' | 'individual' = 'company'): CaseInput {
  return {
    type: 'brand-registry-appeal',
    marketplace: 'US',
    notice: {
      kind: 'brand-registry-application-rejected',
      received: '2026-10-27',
      summary: 'The Brand Registry application for Lumora was rejected.',
    },
    seller: { legal_name: 'Lumora Home Ltd', store_name: 'Lumora', login_email: 'ops@lumora.example' },
    root_causes: [
      { id: 'RC1', title: 'Trademark holder not matching', detail: 'The application named the store, not the holder of USPTO 98765432.' },
    ],
    corrective_actions: [{ id: 'CA1', addresses: ['RC1'], action: 'Re-filed with the holder named.', done_on: '2026-10-28' }],
    preventive_measures: [
      { id: 'PM1', addresses: ['RC1'], measure: 'The holder name is checked before each filing.', starts: '2026-10-28' },
    ],
    evidence: [
      { id: 'E1', title: 'Passport of Ana Ruiz', file: 'evidence/id.pdf', kind: 'government-id' },
      { id: 'E2', title: 'Authorisation from Lumora Home Ltd', file: 'evidence/loa.pdf', kind: 'letter-of-authorization' },
      { id: 'E3', title: 'Business licence of Lumora Home Ltd', file: 'evidence/licence.pdf', kind: 'business-license' },
    ],
    details: {
      brand_registry: {
        brand: 'Lumora',
        trademark: { office: 'USPTO', number: '98765432', holder_type: holder, holder_name: 'Lumora Home Ltd' },
        video_verification: {
          invited_on: '2026-10-28',
          attendee: {
            name: 'Ana Ruiz',
            role: 'authorized-agent',
            id_evidence: 'E1',
            authorization_evidence: 'E2',
            business_licence_evidence: 'E3',
          },
          ...video,
        },
      },
    },
    letter: { date: '2026-10-29' },
  };
}

const textOf = (blocks: Block[]) => JSON.stringify(blocks);

describe('booking and reschedule dates', () => {
  it('books within 7 working days, across a weekend and a month end', () => {
    expect(bookingDeadline('2026-10-28')).toBe('2026-11-06'); // Wednesday 28 October -> Friday 6 November
    expect(bookingDeadline('2026-11-27')).toBe('2026-12-08'); // Friday 27 November -> Tuesday 8 December
    expect(bookingDeadline('2026-10-28', '2026-11-02')).toBe('2026-11-02'); // an earlier own date wins
    expect(bookingDeadline('2026-10-28', '2026-11-20')).toBe('2026-11-06'); // a later one does not
  });
  it('allows rescheduling until 48 hours before the call, across a month end', () => {
    expect(latestReschedule('2026-12-01 10:00')).toBe('2026-11-29 10:00');
  });
});

describe('attendee documents', () => {
  it('owner of an individual mark: ID only', () => expect(attendeeDocuments('brand-owner', 'individual')).toEqual(['id']));
  it('owner of a company mark: ID and business licence', () =>
    expect(attendeeDocuments('brand-owner', 'company')).toEqual(['id', 'business-licence']));
  it('agent for an individual: ID and authorisation', () =>
    expect(attendeeDocuments('authorized-agent', 'individual')).toEqual(['id', 'authorization']));
  it('legal representative of the company that holds the mark: ID and business licence, no authorisation', () =>
    expect(attendeeDocuments('legal-representative', 'company')).toEqual(['id', 'business-licence']));
  it('legal representative of another company than the holder: the authorisation too', () =>
    expect(attendeeDocuments('legal-representative', 'company', false)).toEqual(['id', 'authorization', 'business-licence']));
  it('agent for a company: ID, authorisation and business licence', () =>
    expect(attendeeDocuments('employee', 'company')).toEqual(['id', 'authorization', 'business-licence']));
});

describe('the checklist document', () => {
  const strs = strings as unknown as Strings;
  const doc = (input: CaseInput) => videoVerificationDocument(normalizeCase('/tmp/lumora/case.yaml', input), strs)!;

  it('lists the deadline, the three times, the reschedule limit, the documents and the products', async () => {
    const d = doc(
      brandCase({
        slots: ['2026-11-02 10:00', '2026-11-03 15:30'],
        scheduled_at: '2026-11-02 10:00',
        products: [
          { name: 'Desk lamp', asin: 'B0C1234567', units_available: 60 },
          { name: 'Floor lamp', units_available: 12, exception: 'Made to order; the production line is shown instead' },
          { name: 'Wall lamp', units_available: 10 },
        ],
      }),
    );
    const text = textOf(d.blocks);
    for (const s of [
      'November 2, 2026, 10:00',
      'October 31, 2026, 10:00',
      'br-verification@amazon.com',
      'Letter of authorization',
      'Exhibit B: Authorisation from Lumora Home Ltd',
      'Business licence',
      '50 or more',
      'Exception: Made to order',
      'fewer than 50; no exception stated',
    ]) {
      expect(text).toContain(s);
    }
    // Booked: the call replaces the booking deadline and the proposed times.
    for (const s of ['Book by', 'to be chosen', 'November 3, 2026, 15:30']) expect(text).not.toContain(s);
    // The lamp short of units without an exception is a to-do.
    expect(text).toContain('Wall lamp: have at least 50 sellable units at hand');
    const pdf = (await pdfText(await renderPdf(d))).replace(/\s+/g, ' ');
    const docx = docxText(await renderDocx(d)).replace(/\s+/g, ' ');
    for (const s of [
      'Video verification checklist',
      'Call booked for',
      'Ana Ruiz',
      'Desk lamp',
      'Latest time to ask for a new time',
      'October 31, 2026, 10:00',
    ]) {
      expect(pdf).toContain(s);
      expect(docx).toContain(s);
    }
  });

  it('asks a brand owner of an individual mark for the ID only', () => {
    const input = brandCase({}, 'individual');
    input.details!.brand_registry!.video_verification!.attendee = { name: 'Ana Ruiz', role: 'brand-owner', id_evidence: 'E1' };
    const text = textOf(doc(input).blocks);
    expect(text).toContain('Identity document');
    expect(text).not.toContain('Letter of authorization');
    expect(text).not.toContain('Business licence');
    expect(text).not.toContain('Latest time to ask'); // not booked yet
  });

  it('marks a missing document as a to-do', () => {
    const input = brandCase({});
    input.details!.brand_registry!.video_verification!.attendee = { name: 'Ana Ruiz', role: 'employee', id_evidence: 'E1' };
    // No letter of authorization in evidence at all (one in evidence would be linked by its kind).
    input.evidence = input.evidence.filter((e) => e.kind !== 'letter-of-authorization');
    const text = textOf(doc(input).blocks);
    expect(text).toContain('To do: not in the case yet');
    expect(text).toContain('Still to do');
  });

  it('is not made for other case types or without a video verification', () => {
    const input = brandCase({});
    expect(videoVerificationDocument(normalizeCase('/tmp/x/case.yaml', { ...input, type: 'other' }), strs)).toBeUndefined();
    delete input.details!.brand_registry!.video_verification;
    expect(videoVerificationDocument(normalizeCase('/tmp/x/case.yaml', input), strs)).toBeUndefined();
  });
});
