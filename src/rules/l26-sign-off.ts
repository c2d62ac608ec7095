import type { Finding, Rule } from './types.js';

/** Storefront languages a letter may be written in besides English, by marketplace. */
const storefrontLanguages: Record<string, string[]> = {
  CA: ['fr'],
  MX: ['es'],
  BR: ['pt'],
  DE: ['de'],
  FR: ['fr'],
  IT: ['it'],
  ES: ['es'],
  NL: ['nl'],
  SE: ['sv'],
  PL: ['pl'],
  BE: ['fr', 'nl'],
  TR: ['tr'],
  JP: ['ja'],
  AE: ['ar'],
  SA: ['ar'],
  EG: ['ar'],
};

/** The sign-off restates the legal name, store name and login email; the letter is in English unless the storefront reads another language. */
export const signOff: Rule = {
  id: 'L26',
  name: 'sign-off',
  severity: 'warning',
  description: 'the sign-off gives the legal name, store name and login email; the letter is in English or the marketplace language',
  why: 'Seller Performance matches an appeal to the account by its legal name, store name and login email, and reads English everywhere.',
  fix: 'Keep the standard sign-off, which prints all three; write the letter in English, or in the storefront language with an English version at hand.',
  phase: 'letter',
  check({ case: c, letter }) {
    if (!letter) return [];
    const findings: Finding[] = [];
    const seller = c.input.seller;
    // The sign-off is the end of the letter: its last dozen lines.
    const tail = letter.body.split('\n').slice(-12).join('\n');
    const missing = (['legal_name', 'store_name', 'login_email'] as const).filter((k) => !tail.includes(seller[k]));
    if (missing.length) {
      findings.push({
        path: ['seller'],
        at: 'key',
        message: `the sign-off does not restate the seller's ${missing.join(', ').replace(/_/g, ' ')}`,
        note: 'End the letter with the legal name, the store name and the login email of the account, so the reviewer can match the appeal to it.',
      });
    }
    if (c.language !== 'en') {
      const local = storefrontLanguages[c.marketplace]?.includes(c.language);
      findings.push({
        path: ['language'],
        severity: local ? 'info' : 'warning',
        message: local
          ? `the letter is in ${c.language}, the ${c.marketplace} storefront language`
          : `the letter is in ${c.language}, which is neither English nor a ${c.marketplace} storefront language`,
        note: local
          ? 'Seller Performance reads English everywhere; keep an English version ready in case the local team forwards it.'
          : 'Write the appeal in English (language: en); silence L26 in letter.allow only if Amazon asked for this language.',
      });
    }
    return findings;
  },
  examples: {
    ok: [{ name: 'the standard sign-off', edits: [] }],
    // Markdown in a name is read as emphasis, so the printed name no longer matches the account's.
    notOk: [
      {
        name: 'a legal name the letter prints differently',
        messages: ["the sign-off does not restate the seller's legal name"],
        edits: [{ path: ['seller', 'legal_name'], value: 'Sunrise **Home** Goods Co., Ltd.' }],
        at: ['seller'],
        key: true,
      },
    ],
  },
};
