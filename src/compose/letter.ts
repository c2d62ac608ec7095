// Case + template set -> the letter as a document, its plain text by section, and the templates used.
import type { Case } from '../model/case.js';
import type { Block, DocumentModel } from '../model/document.js';
import type { LetterText } from '../model/letter-text.js';
import { documentDate } from '../domain/dates.js';
import { keepLetterTogether } from './keep.js';
import { markdownToBlocks } from './markdown.js';
import { blocksToText, spansText } from './plain-text.js';
import type { TemplateSet } from './templates.js';
import { buildView } from './view.js';
import { openingRetractionIds } from './opening.js';
import { typePartialAliases } from '../domain/case-types.js';
import { caseProse, followSeller, followSellerAll, letterSpelling, sellerForms } from '../domain/spelling.js';
import type { Strings } from '../model/strings.js';

/** The type's extra-sections partial, or the empty one. */
export function typePartialFor(type: string, templates: TemplateSet): string {
  for (const name of [`types/${type}`, typePartialAliases[type] && `types/${typePartialAliases[type]}`]) {
    if (name && templates.partialNames.has(name)) return name;
  }
  return 'none';
}

// Case text may use light Markdown (bold, italic, lists) but must not open headings, quotes, fences or
// rules: a "## Root causes" line pasted into a field would otherwise start a section of its own.
const blockSyntax = /^([ \t]*)(#{1,6}(?=[ \t]|$)|>|`{3,}|~{3,}|(?:[-*_][ \t]*){3,}$|=+[ \t]*$)/gm;

/** Escapes block-level Markdown at line starts in every string of the view (the strings file excepted). */
export function protectCaseText<T>(value: T, key = ''): T {
  if (key === 's' || key === 'letterhead') return value;
  if (typeof value === 'string') return value.replace(blockSyntax, '$1\\$2') as T;
  if (Array.isArray(value)) return value.map((item) => protectCaseText(item)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, protectCaseText(v, k)])) as T;
  }
  return value;
}

/** A composed letter. */
export interface ComposedLetter {
  document: DocumentModel;
  text: LetterText;
  usedTemplates: string[];
}

/** Renders the case's templates, in the letter's spelling, and parses the Markdown into the document model. */
export function composeLetter(c: Case, templates: TemplateSet): ComposedLetter {
  const { markdown, used, view, strings } = letterMarkdown(c, templates);
  const blocks = keepLetterTogether(markdownToBlocks(markdown), view.complimentaryClose);
  const document: DocumentModel = {
    title: view.subject,
    author: c.input.seller.legal_name,
    subject: `${c.input.seller.store_name} - ${view.subject}`,
    language: c.locale,
    paper: c.paper,
    createdAt: documentDate(c.letterDate),
    footer: strings.labels.page,
    // What a reader of a printed page needs to place it: the store and the notice it answers.
    footerNote: [c.input.seller.store_name, c.input.notice.reference].filter(Boolean).join(' · '),
    blocks,
  };
  return { document, text: letterText(blocks, strings), usedTemplates: used };
}

/** The letter as Markdown, from the case's main template (dispute or remediate) and its type's partial. */
function letterMarkdown(c: Case, templates: TemplateSet) {
  const spelling = letterSpelling(c.marketplace, c.input.letter?.spelling);
  // A word the seller writes one way only ("trademark") is written so by the template too, in the strings and
  // in the templates' own text; the seller's text does not hold the other form, so it is left as written.
  const forms = sellerForms(caseProse(c.input));
  const strings = followSellerAll(templates.stringsFor(spelling), forms);
  const view = { ...protectCaseText(buildView(c, strings)), typePartial: typePartialFor(c.type, templates) };
  const main = c.stance === 'dispute' ? 'dispute' : 'remediate';
  const { markdown, used } = templates.render(main, view, spelling);
  return { markdown: followSeller(markdown, forms), used, view, strings };
}

/**
 * The evidence ids in the order the letter first cites them. The letter is rendered with a stand-in for each
 * label (same length, so exhibit lists sort as the labels would); the order in which the stand-ins first appear
 * is the order a reader meets the exhibits, whatever order the templates print the sections in. Exhibits the
 * text does not cite keep their place at the end, in the case's order.
 */
export function letterCitationOrder(c: Case, templates: TemplateSet): string[] {
  const width = String(c.exhibits.length).length;
  const standIn = (n: number) => `\uE000${String(n).padStart(width, '0')}\uE001`;
  const exhibits = c.exhibits.map((e, n) => ({ ...e, label: standIn(n) }));
  // The opening names every exhibit at once ("We enclose Exhibits A to F"): it is left out, so the order is the
  // order the sections cite them in, after the retraction the opening tells first (a seller's own opening tells
  // none of it).
  const order: string[] = c.input.letter?.opening == null ? openingRetractionIds(c) : [];
  const input = { ...c.input, letter: { ...c.input.letter, opening: '' } } as Case['input'];
  const probe: Case = { ...c, input, exhibits, exhibitById: new Map(exhibits.map((e) => [e.id, e])) };
  const { markdown } = letterMarkdown(probe, templates);
  for (const m of markdown.matchAll(/\uE000(\d+)\uE001/g)) {
    const id = c.exhibits[Number(m[1])]?.id;
    if (id !== undefined && !order.includes(id)) order.push(id);
  }
  for (const e of c.exhibits) if (!order.includes(e.id)) order.push(e.id);
  return order;
}

/** Splits the letter into sections at its level-1 headings, keyed by the strings file's heading keys. */
export function letterText(blocks: Block[], strings: Strings): LetterText {
  const keyByHeading = new Map(Object.entries(strings.headings).map(([key, text]) => [text, key]));
  const sections: Record<string, string> = {};
  const headings: string[] = [];
  let key = 'opening';
  let current: Block[] = [];
  const flush = () => {
    const text = blocksToText(current).trim();
    if (text) sections[key] = sections[key] ? `${sections[key]}\n\n${text}` : text;
    current = [];
  };
  const body = blocks.filter((b) => b.kind !== 'letterhead');
  for (const block of body) {
    if (block.kind === 'heading' && block.level === 1) {
      flush();
      const heading = spansText(block.spans);
      headings.push(heading);
      key = keyByHeading.get(heading) ?? `section-${headings.length}`;
    } else {
      current.push(block);
    }
  }
  flush();
  return { sections, body: blocksToText(body), headings };
}
