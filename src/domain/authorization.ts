// Whom a letter of authorisation in the evidence names. A brand owner's letter naming the seller lets the
// letter say "authorised seller"; a certificate naming a distributor only shows where the goods came from.
import type { Case, Exhibit } from '../model/case.js';
import { CJK_LETTER } from './script.js';

// Words of a company name that say nothing about which company it is: legal forms, trades, and the places
// a name often opens with ("Guangzhou Huaxin Textile Trading Co., Ltd." is "huaxin textile").
const generic = new Set(
  'co company corp corporation inc incorporated llc ltd limited gmbh ag sa sl bv srl spa plc pty kk kg oy ab the and of trading trade handel retail home living store shop official international global group holdings industrial industry industries technology technologies tech e-commerce ecommerce import export products goods supply supplies'.split(
    ' ',
  ),
);
const places = new Set(
  'shenzhen guangzhou hangzhou ningbo xiamen dongguan yiwu shanghai beijing jinjiang foshan suzhou wenzhou taizhou zhongshan fuzhou qingdao tianjin quanzhou jinhua huizhou hong kong taiwan china'.split(
    ' ',
  ),
);

/** A company name reduced to the words that tell it apart: lower case, no punctuation, no bracketed part, no legal form or leading place. */
function coreWords(name: string): string[] {
  let words = tokens(name.replace(/\([^)]*\)|（[^）]*）/g, ' '));
  while (words.length > 1 && generic.has(words[words.length - 1])) words = words.slice(0, -1);
  while (words.length > 1 && places.has(words[0])) words = words.slice(1);
  return words;
}

const tokens = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[,;:'"’()（）·]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** Whether `text` names the company `name` (its distinctive words in order; a CJK name as written, without its legal form). */
export function namesCompany(text: string, name: string): boolean {
  const words = coreWords(name);
  if (!words.length) return false;
  if (words.length === 1 && CJK_LETTER.test(words[0])) {
    const core = words[0].replace(/(股份)?有限公司$|株式会社|有限会社/g, '');
    return core.length >= 2 && text.includes(core);
  }
  if (words.length === 1 && (generic.has(words[0]) || words[0].length < 3)) return false;
  return ` ${tokens(text).join(' ')} `.includes(` ${words.join(' ')} `);
}

/** What an exhibit says about whom it is for: its title, counterparty, highlights and notes (not its issuer). */
const aboutText = (e: Exhibit): string => [e.title, e.counterparty?.name, ...(e.highlights ?? []), e.notes].filter(Boolean).join(' · ');

/** The letters of authorisation in a case, split by whom they name. */
export interface Authorizations {
  /** Letters that name the seller (its legal or store name). */
  forSeller: Exhibit[];
  /** Letters and certificates that name someone else (a distributor, a supplier, an attendee). */
  forOthers: Exhibit[];
}

/** The case's letters of authorisation, split into those naming the seller and the rest. */
export function authorizations(c: Case): Authorizations {
  const names = [c.input.seller.legal_name, c.input.seller.store_name];
  const letters = c.exhibits.filter((e) => e.kind === 'letter-of-authorization');
  const forSeller = letters.filter((e) => names.some((n) => namesCompany(aboutText(e), n)));
  return { forSeller, forOthers: letters.filter((e) => !forSeller.includes(e)) };
}

/** The company a distributor's certificate names, found among the case's suppliers and invoice issuers. */
export function distributorNamedBy(c: Case, certificate: Exhibit): string | undefined {
  const candidates = [
    ...(c.input.details?.supply_chain?.suppliers ?? []).map((s) => s.name),
    ...c.exhibits.filter((e) => e.kind !== 'letter-of-authorization').flatMap((e) => [e.issuer, e.counterparty?.name]),
  ].filter((n): n is string => !!n && !names(c).some((own) => namesCompany(n, own)));
  return candidates.find((n) => namesCompany(aboutText(certificate), n));
}

const names = (c: Case) => [c.input.seller.legal_name, c.input.seller.store_name];
