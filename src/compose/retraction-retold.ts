// A received retraction is the strongest fact of an IP complaint's letter and is told once: by the ground that
// cites it, or else by the opening. An action that cites the same confirmation tells what the seller did (asked for
// the retraction); the part of its text that tells again that the rights owner sent it is left out.
import type { Case } from '../model/case.js';
import { citedRetractionIds } from '../domain/owner-documents.js';
import { formatDate } from './format.js';
import { openingRetractionIds } from './opening.js';

/** The ways a seller may write a day: ISO, day or month first with dots, slashes or dashes, and the letter's words. */
function writtenForms(iso: string, locale: string): RegExp {
  const [y, m, d] = iso.split('-');
  const [mm, dd] = [String(Number(m)), String(Number(d))];
  const num = (a: string, b: string) => `0?${a}[./-]0?${b}[./-](?:${y}|${y.slice(2)})(?!\\d)`;
  const forms = [iso, num(dd, mm), num(mm, dd), formatDate(iso, locale), formatDate(iso, 'en-GB'), formatDate(iso, 'en-US')];
  return new RegExp(forms.map((f) => (f === iso || f.includes('[') ? f : f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('|'));
}

// Where a closing clause starts: ", which they did …", "; they withdrew …", " and they sent …".
const clauseStart = /(?:,\s*(?:which|who|and)\b|;\s*|\s+and\s+(?=(?:they|the rights owner|their)\b)|、)/gu;
// Words that tell a retraction came: "withdrew", "retracted", "which they did", "answered", 取り下げ.
const receipt = /retract|withdr|\bdid\b|\bsent\b|answered|confirm|replied|取り?下げ|取下/i;
// Sentence ends, not an abbreviation's dot ("Tidyform Ltd. and").
const sentenceEnd = /(?<=[.!?])\s+(?=\p{Lu})|(?<=[。！？])/u;

/** The action's text without the sentences (after its first) or the closing clause that give `receivedOn`. */
export function withoutReceipt(text: string, receivedOn: string, locale: string): string {
  const received = writtenForms(receivedOn, locale);
  // A part tells the receipt when it gives the day and says what came: the retraction, or that they did it.
  const tells = (part: string) => received.test(part) && receipt.test(part);
  const sentences = text.split(sentenceEnd);
  const kept = sentences.filter((s, i) => i === 0 || !tells(s));
  const first = kept[0];
  const clause = [...first.matchAll(clauseStart)].find((m) => tells(first.slice(m.index)));
  if (clause && clause.index > 0) {
    const stop = /[。]$/.test(first) ? '。' : '.';
    kept[0] = first.slice(0, clause.index).trimEnd() + stop;
  }
  return kept.join(/[。！？]$/.test(kept[0]) ? '' : ' ');
}

/**
 * The text each corrective action prints: the seller's own, but for an action that cites the retraction received
 * while a ground or the opening tells it, without the part that tells it again.
 */
export function actionTexts(c: Case): Map<string, string> {
  const texts = new Map(c.input.corrective_actions.map((ca) => [ca.id, ca.action]));
  const retraction = c.input.details?.ip_complaint?.retraction;
  const ids = new Set(citedRetractionIds(retraction, c.exhibits));
  if (!retraction?.received_on || !ids.size) return texts;
  const cites = (item: { evidence?: string[] }) => (item.evidence ?? []).some((id) => ids.has(id));
  const toldElsewhere = (c.input.grounds ?? []).some(cites) || (c.input.letter?.opening == null && openingRetractionIds(c).length > 0);
  if (!toldElsewhere) return texts;
  for (const ca of c.input.corrective_actions) if (cites(ca)) texts.set(ca.id, withoutReceipt(ca.action, retraction.received_on, c.locale));
  return texts;
}
