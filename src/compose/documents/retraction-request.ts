// The letter to the rights owner asking them to retract an IP complaint (retraction-request.pdf/.docx):
// which listing, which complaint, the seller's reasons (its grounds, else its corrective actions), and how
// Amazon takes a retraction (from the rights owner directly).
import { documentDate } from '../../domain/dates.js';
import { marketplaceInfo } from '../../domain/marketplaces.js';
import type { Case } from '../../model/case.js';
import { spansOf, type Block, type DocumentModel } from '../../model/document.js';
import { keepLetterTogether } from '../keep.js';
import type { Strings } from '../view.js';
import type { ComposedLetter } from '../letter.js';
import { fill, formatDate, longDatesIn } from '../format.js';
import { spokenList } from '../phrases.js';
import { ipRightKey } from '../../domain/ip-rights.js';
import english from '../../../templates/en/strings.json' with { type: 'json' };

/** Fixed wording of the request: the shipped English strings; templates/<lang>/strings.json "retractionRequest" overrides each key. */
export const defaultRetractionStrings = english.retractionRequest;
export type RetractionStrings = typeof defaultRetractionStrings;

const t = spansOf;
const paragraph = (text: string): Block => ({ kind: 'paragraph', spans: t(text) });

/** The request, for a case with an IP complaint whose rights owner has an e-mail address; undefined otherwise. */
export function retractionRequestDocument(c: Case, letter: ComposedLetter, strings: Strings): DocumentModel | undefined {
  const ip = c.input.details?.ip_complaint;
  const owner = ip?.rights_owner;
  if (!ip || !owner?.email) return undefined;
  const R: RetractionStrings = {
    ...defaultRetractionStrings,
    ...((strings.retractionRequest as Partial<RetractionStrings> | undefined) ?? {}),
  };
  const L = strings.labels;
  const sep = L.labelSeparator ?? ': ';
  const complaint = ip.complaint_id ?? c.input.notice.reference ?? '-';
  const asinList = (c.input.asins ?? []).map((a) => a.asin);
  const list = spokenList(asinList, { separator: L.listSeparator ?? ', ', lastSeparator: L.listLastSeparator ?? ' and ' });
  const asins = asinList.length ? fill(asinList.length === 1 ? R.asin : R.asins, { list }) : R.theListing;
  const listings = asinList.length ? fill(asinList.length === 1 ? R.listingOne : R.listingMany, { list }) : R.ourListing;
  const type = (strings.ipTypes as Record<string, string> | undefined)?.[ipRightKey(ip)!] ?? ip.ip_type;
  const grounds = (c.input.grounds ?? []).map((g) => g.title);
  // What was done since, told to the rights owner: not the request to the owner itself, dates as in the letter.
  const kinds = new Map(c.input.evidence.map((e) => [e.id, e.kind]));
  const isTheRequest = (a: { action: string; evidence?: string[] }) =>
    /retract|withdraw|取り下げ|取下げ/i.test(a.action) ||
    (a.evidence ?? []).some((id) => kinds.get(id) === 'retraction-request' || kinds.get(id) === 'retraction-confirmation');
  const reasons = (grounds.length ? grounds : c.input.corrective_actions.filter((a) => !isTheRequest(a)).map((a) => a.action)).map((text) =>
    longDatesIn(text, c.locale, L.dateTime),
  );
  const signatory = c.input.seller.signatory;
  const blocks: Block[] = [
    // The letter's own letterhead: the same sender block as the appeal.
    ...letter.document.blocks.filter((b) => b.kind === 'letterhead').slice(0, 1),
    paragraph(formatDate(c.letterDate, c.locale)),
    paragraph(fill(R.to, { owner: owner.name, email: owner.email })),
    { kind: 'paragraph', style: 'subject', spans: t(fill(R.subject, { complaint }), { bold: true }) },
    paragraph(fill(R.salutation, { owner: owner.name })),
    paragraph(
      fill(R.intro, {
        date: formatDate(c.input.notice.received, c.locale),
        asins,
        listings,
        domain: marketplaceInfo(c.marketplace).domain,
        type,
        complaint,
      }),
    ),
    ...(reasons.length
      ? [
          paragraph(grounds.length ? R.reasons : R.actions),
          { kind: 'list', ordered: false, items: reasons.map((r) => [paragraph(r)]) } as Block,
        ]
      : []),
    paragraph(fill(R.ask, { complaint, asins })),
    paragraph(fill(R.contact, { email: c.input.seller.login_email })),
    paragraph(L.sincerely),
    {
      kind: 'paragraph',
      spans: [
        ...(signatory ? [{ text: `${signatory.name}\n`, bold: true }, ...(signatory.title ? [{ text: `${signatory.title}\n` }] : [])] : []),
        {
          text: `${c.input.seller.legal_name}\n${L.storeName}${sep}${c.input.seller.store_name}\n${L.loginEmail}${sep}${c.input.seller.login_email}`,
        },
      ],
    },
  ];
  return {
    title: fill(R.title, { complaint }),
    author: c.input.seller.legal_name,
    subject: `${c.input.seller.store_name} - ${fill(R.title, { complaint })}`,
    language: c.locale,
    paper: c.paper,
    createdAt: documentDate(c.letterDate),
    footer: L.page,
    footerNote: `${c.input.seller.store_name} · ${complaint}`,
    blocks: keepLetterTogether(blocks, L.sincerely),
  };
}
