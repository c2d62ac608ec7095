import type { CaseEdit, Finding, Rule } from './types.js';
import { addWorkingDays, exhibit, minutesOf } from './helpers.js';
import { attendeeDocuments, videoVerificationRules as videoRules } from '../domain/video-verification.js';

const simplify = (name: string | undefined) =>
  (name ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// The examples' brand registry: SunriseHome, invited to a video verification on 2026-10-16.
const videoVerification = (verification: Record<string, unknown>, registry: Record<string, unknown> = {}): CaseEdit => ({
  path: ['details', 'brand_registry'],
  value: { brand: 'SunriseHome', ...registry, video_verification: { invited_on: '2026-10-16', book_by: '2026-10-27', ...verification } },
});

/**
 * A Brand Registry appeal has its details, and a video verification meets Amazon's booking rules (errors where Amazon
 * declines: booked too late, too few units). The attendee's documents are shown on the call, so a missing one is a
 * warning, a to-do for the video-verification checklist, not a fault in the letter.
 */
export const brandRegistryVideo: Rule = {
  id: 'L25',
  name: 'brand-registry-video',
  severity: 'error',
  description:
    'Brand Registry video verification: booked within 7 working days and 50 units per product or an exception (errors); at most 3 slots, attendee ID, authorisation and licence, reschedule 48 h ahead (warnings)',
  why: "Amazon declines a Brand Registry appeal whose video verification is not booked within 7 working days of the invitation, and a call without 50 sellable units of each product (or a stated exception) fails. The attendee's documents are checked on the call, so a missing one is a to-do before the call rather than a fault in the letter.",
  fix: "Book by the deadline, have 50 units of each product at hand or state the exception, propose at most three slots, and before the call prepare the attendee's ID, a letter of authorisation when the attendee is not the brand owner or the legal representative of the company that holds the trademark, and the holder's business licence.",
  phase: 'case',
  check({ case: c }) {
    if (c.type !== 'brand-registry-appeal') return [];
    const br = c.input.details?.brand_registry;
    const base = ['details', 'brand_registry'];
    if (!br)
      return [
        {
          path: base,
          at: 'key',
          message: 'a Brand Registry appeal needs details.brand_registry',
          note: 'Add it with brand, trademark (office, number, holder_type) and, if Amazon invited you, video_verification.',
        },
      ];
    const video = br.video_verification;
    if (!video) return [];
    const findings: Finding[] = [];
    const vv = [...base, 'video_verification'];
    const latest = addWorkingDays(video.invited_on, videoRules.bookWithinWorkingDays);
    if (video.book_by && video.book_by > latest) {
      findings.push({
        path: [...vv, 'book_by'],
        message: `book_by ${video.book_by} is later than 7 working days after the invitation of ${video.invited_on} (${latest})`,
        note: 'Amazon declines the appeal when the call is not booked within 7 working days; book by the earlier date.',
      });
    }
    if ((video.slots?.length ?? 0) > videoRules.slots) {
      findings.push({
        path: [...vv, 'slots'],
        severity: 'warning',
        message: `${video.slots!.length} slots are proposed; Amazon asks for ${videoRules.slots}`,
        note: 'Propose three convenient slots.',
      });
    }
    video.products?.forEach((p, i) => {
      if ((p.units_available ?? 0) < videoRules.minUnits && !p.exception) {
        findings.push({
          path: [...vv, 'products', i, p.units_available === undefined ? 'name' : 'units_available'],
          message: `"${p.name}" has ${p.units_available ?? 'no stated'} units for the call; Amazon asks for at least ${videoRules.minUnits} sellable units per product`,
          note: 'Have 50 units at hand, or state the reason under exception:.',
        });
      }
    });
    const attendee = video.attendee;
    const who = [...vv, 'attendee'];
    if (!attendee) {
      findings.push({
        path: who,
        at: 'key',
        severity: 'warning',
        message: 'the video verification has no attendee',
        note: 'Add attendee: with name, role and id_evidence, so the checklist lists what the attendee brings to the call.',
      });
    } else {
      const need = (id: string | undefined, field: string, what: string) => {
        if (!exhibit(c, id))
          findings.push({
            path: [...who, field],
            severity: 'warning',
            message: `the attendee's ${what} is not in evidence yet`,
            note: `Have it ready for the call (the video-verification checklist lists it); enclose it and set ${field} to its evidence id.`,
          });
      };
      const holder = simplify(br.trademark?.holder_name);
      const documents = attendeeDocuments(
        attendee.role,
        br.trademark?.holder_type,
        !holder || holder === simplify(c.input.seller.legal_name),
      );
      need(attendee.id_evidence, 'id_evidence', 'identity document');
      if (documents.includes('authorization'))
        need(attendee.authorization_evidence, 'authorization_evidence', 'letter of authorisation from the brand owner');
      if (documents.includes('business-licence'))
        need(attendee.business_licence_evidence, 'business_licence_evidence', 'business licence of the trademark holder');
    }
    if (
      video.reschedule_requested_at &&
      video.scheduled_at &&
      minutesOf(video.scheduled_at) - minutesOf(video.reschedule_requested_at) < videoRules.rescheduleHours * 60
    ) {
      findings.push({
        path: [...vv, 'reschedule_requested_at'],
        severity: 'warning',
        message: 'the reschedule request is less than 48 hours before the scheduled call',
        note: "Amazon asks for at least 48 hours' notice (br-verification@amazon.com); attend the call or expect to rebook.",
      });
    }
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'the legal representative of the company that holds the mark, with its business licence and no authorisation letter',
        edits: [
          { path: ['type'], value: 'brand-registry-appeal' },
          { path: ['evidence', 0, 'kind'], value: 'government-id' },
          { path: ['evidence', 1, 'kind'], value: 'business-license' },
          videoVerification(
            { attendee: { name: 'Chen Jiahui', role: 'legal-representative', id_evidence: 'E1', business_licence_evidence: 'E2' } },
            {
              trademark: { office: 'USPTO', number: '7012345', holder_type: 'company', holder_name: 'Shenzhen Sunrise Trading Co., Ltd.' },
            },
          ),
        ],
      },
      {
        name: 'a complete video verification',
        edits: [
          { path: ['type'], value: 'brand-registry-appeal' },
          { path: ['evidence', 0, 'kind'], value: 'government-id' },
          { path: ['evidence', 1, 'kind'], value: 'business-license' },
          videoVerification(
            {
              slots: ['2026-10-28 09:00', '2026-10-28 15:00', '2026-10-29 10:00'],
              attendee: { name: 'Chen Jiahui', role: 'brand-owner', id_evidence: 'E1', business_licence_evidence: 'E2' },
              products: [{ name: 'Soap dispenser set', units_available: 60 }],
            },
            { trademark: { office: 'USPTO', number: '7012345', holder_type: 'company' } },
          ),
        ],
      },
    ],
    notOk: [
      {
        name: "the attendee's ID not in evidence yet (a to-do for the call)",
        messages: ["the attendee's identity document is not in evidence yet"],
        edits: [
          { path: ['type'], value: 'brand-registry-appeal' },
          videoVerification({ attendee: { name: 'Chen Jiahui', role: 'brand-owner' } }),
        ],
        at: ['details', 'brand_registry', 'video_verification', 'attendee'],
        key: true,
        severity: 'warning',
      },
      {
        name: 'an employee without an authorisation letter',
        messages: ["the attendee's letter of authorisation from the brand owner is not in evidence yet"],
        edits: [
          { path: ['type'], value: 'brand-registry-appeal' },
          { path: ['evidence', 0, 'kind'], value: 'government-id' },
          videoVerification({ attendee: { name: 'Chen Jiahui', role: 'employee', id_evidence: 'E1' } }),
        ],
        at: ['details', 'brand_registry', 'video_verification', 'attendee'],
        key: true,
        severity: 'warning',
      },
      {
        name: 'booked too late',
        messages: ['book_by 2026-10-28 is later than 7 working days after the invitation of'],
        edits: [
          { path: ['type'], value: 'brand-registry-appeal' },
          { path: ['evidence', 0, 'kind'], value: 'government-id' },
          videoVerification({ book_by: '2026-10-28', attendee: { name: 'Chen Jiahui', role: 'brand-owner', id_evidence: 'E1' } }),
        ],
        at: ['details', 'brand_registry', 'video_verification', 'book_by'],
      },
    ],
  },
};
