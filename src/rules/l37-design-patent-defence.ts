import type { Exhibit } from '../model/case.js';
import type { Finding, Rule } from './types.js';
import { stanceWithOneGround } from './example-edits.js';
import { disputesNotice, findInLetter, listPhrases, phraseRegExp } from './helpers.js';

// Cases written before the two kinds existed enclose these documents as kind "other", named by their title.
const opinionTitle = /non-infringement opinion|opinion of non-infringement|freedom[- ]to[- ]operate|非侵害/i;
const priorArtTitle = /prior[- ]art|先行意匠|先行技術|公知意匠/i;
const isKind = (e: Exhibit, kind: Exhibit['kind'], title: RegExp) =>
  e.kind === kind || (e.kind === 'other' && title.test(`${e.title} ${e.notes ?? ''}`));

// The examples' dispute: the pump of the seller's dispenser differs from the patented design (exhibit E3).
const pumpDiffers = stanceWithOneGround(
  'dispute',
  'The pump differs from the patented design',
  'The pump of our dispenser is square where FIG. 1 of the patent shows a round dome.',
  ['E3'],
);
const pumpComplaint = {
  ip_type: 'design-patent',
  ip_number: 'US D1,000,001 S',
  differences: [{ aspect: 'Pump', our_product: 'Square', protected_design: 'Round dome', evidence: 'E3' }],
};

/**
 * A design-patent dispute rests on the visible differences and on prior art, not on independent creation; an
 * attorney's non-infringement opinion or a publication that predates the patent is what carries it.
 */
export const designPatentDefence: Rule = {
  id: 'L37',
  name: 'design-patent-defence',
  severity: 'warning',
  description:
    'a design-patent dispute does not rest on independent creation ("we designed it ourselves"), and encloses a non-infringement opinion or a prior-art publication',
  why: "A design patent is infringed by a product that looks like the patented design, whoever designed it and whenever: independent creation is no defence, and a dispute that rests on it is rejected. What carries a dispute is the difference in appearance, an attorney's opinion that the product does not infringe, or a publication of the same design from before the patent was filed.",
  fix: "Take out the independent-creation argument, or turn it into prior art: a catalogue, listing or web page that published the design before the patent's filing date, enclosed as a prior-art-publication exhibit. Enclose a patent attorney's non-infringement opinion (non-infringement-opinion) where you have one.",
  phase: 'letter',
  check(context) {
    const c = context.case;
    const ip = c.input.details?.ip_complaint;
    if (!disputesNotice(c) || (c.type !== 'design-patent-rebuttal' && ip?.ip_type !== 'design-patent')) return [];
    const findings: Finding[] = [];
    // Without differences, independent creation is what the rebuttal rests on: rejected. Beside them, it is dead weight.
    const rests = !ip?.differences?.length;
    for (const hit of findInLetter(context, phraseRegExp(context.words.independentCreation))) {
      findings.push({
        path: hit.path,
        severity: rests ? 'error' : 'warning',
        message: `the dispute ${rests ? 'rests on' : 'argues'} independent creation (${listPhrases(hit.matches)}), which is no defence to a design patent`,
        note: 'Whoever designed the product, it infringes if it looks like the patented design. Argue the differences in appearance, or prior art: a publication of the design from before the patent was filed (prior-art-publication).',
      });
    }
    const opinion = c.exhibits.some((e) => isKind(e, 'non-infringement-opinion', opinionTitle));
    const priorArt = c.exhibits.some((e) => isKind(e, 'prior-art-publication', priorArtTitle));
    if (!opinion && !priorArt) {
      const since = ip?.independent_design_since;
      findings.push({
        path: since ? ['details', 'ip_complaint', 'independent_design_since'] : ['evidence'],
        at: since ? 'value' : 'key',
        message: since
          ? `the design's use since ${since} is no defence unless it was public before the patent was filed, and no exhibit is marked as that prior art (prior-art-publication) or as a non-infringement opinion`
          : 'the design-patent dispute encloses neither a non-infringement opinion nor a prior-art publication',
        note: "Enclose a patent attorney's opinion that the product does not infringe (kind: non-infringement-opinion), or the catalogue, listing, web page or sales record that made the design public before the patent's filing date (kind: prior-art-publication); mark one already enclosed with that kind.",
      });
    }
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'prior art enclosed under kind other, named as such',
        edits: [
          { path: ['type'], value: 'design-patent-rebuttal' },
          { path: ['evidence', 2, 'kind'], value: 'other' },
          { path: ['evidence', 2, 'title'], value: 'Prior art: a 2019 catalogue showing the same dispenser' },
          ...stanceWithOneGround(
            'dispute',
            'The design was public before the patent',
            'A 2019 catalogue shows the dispenser, three years before the patent was filed.',
            ['E3'],
          ),
          { path: ['details', 'ip_complaint'], value: { ...pumpComplaint, independent_design_since: '2019-03-01' } },
        ],
      },
      {
        name: 'differences and an attorney opinion',
        edits: [
          { path: ['type'], value: 'design-patent-rebuttal' },
          { path: ['evidence', 2, 'kind'], value: 'non-infringement-opinion' },
          ...pumpDiffers,
          { path: ['details', 'ip_complaint'], value: pumpComplaint },
        ],
      },
    ],
    notOk: [
      {
        name: 'a rebuttal that rests on independent creation, with no opinion or prior art',
        messages: [
          'the dispute rests on independent creation ("independently developed"), which is no defence to a design patent',
          'the design-patent dispute encloses neither a non-infringement opinion nor a prior-art publication',
        ],
        edits: [
          { path: ['type'], value: 'design-patent-rebuttal' },
          { path: ['stance'], value: 'dispute' },
          {
            path: ['root_causes', 0, 'detail'],
            value:
              'Our team independently developed this dispenser in 2021; 14 of them (B0C1234567) were sold between 2026-09-01 and 2026-10-15.',
          },
          { path: ['details', 'ip_complaint'], value: { ip_type: 'design-patent', ip_number: 'US D1,000,001 S' } },
        ],
        at: ['root_causes', 0, 'detail'],
        severity: 'error',
      },
      {
        name: 'a design in use since a date, without the publication that would make it prior art',
        messages: [
          "the design's use since 2021-05-01 is no defence unless it was public before the patent was filed, and no exhibit is marked as that prior art",
        ],
        edits: [
          { path: ['type'], value: 'design-patent-rebuttal' },
          ...pumpDiffers,
          { path: ['details', 'ip_complaint'], value: { ...pumpComplaint, independent_design_since: '2021-05-01' } },
        ],
        at: ['details', 'ip_complaint', 'independent_design_since'],
      },
    ],
  },
};
