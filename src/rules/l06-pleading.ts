import type { Finding, Rule } from './types.js';
import { caseTexts, findInLetter, listPhrases, matchesOf, phraseRegExp, sectionSource, sentences } from './helpers.js';

/** How many sentences may ask for the remedy in a set phrase ("お願い申し上げます", "please") before it reads as begging. */
const requestsAllowed = 2;

/** The case fields (in file order) with sentences matching a pattern, one entry per sentence. */
function fieldsWith(context: Parameters<Rule['check']>[0], pattern: RegExp | undefined) {
  return caseTexts(context.case.input).flatMap((f) =>
    sentences(f.text)
      .filter((s) => matchesOf(pattern, s.text).length)
      .map(() => f.path),
  );
}

/** No pleading or emotive words, at most one sentence of apology, and the request not repeated over and over. */
export const pleading: Rule = {
  id: 'L06',
  name: 'pleading',
  severity: 'warning',
  description:
    'no pleading or emotive words (beg, mercy, heartbroken, "one more chance", "!!!"; どうかお願い, 生活がかかって); at most one sentence of apology, and at most two that plead "please"/"お願い申し上げます"',
  why: 'Amazon asks appeals to avoid emotive language. Pleading does not get an appeal rejected by itself, but it takes the place of facts, and reviewers read it as a sign that the seller has not found the cause.',
  fix: 'Remove the pleading words and state the facts: what went wrong, what you fixed, what prevents a repeat. One short apology is enough; end with a plain request for what the notice took away.',
  phase: 'letter',
  check(context) {
    const findings: Finding[] = findInLetter(context, phraseRegExp(context.words.pleading)).map((hit) => ({
      path: hit.path,
      message: `the letter pleads or uses emotive words: ${listPhrases(hit.matches)}`,
      note: 'Amazon asks appeals to avoid emotive language. State the facts, what you fixed and what prevents a repeat; a plain request for reinstatement at the end is enough.',
    }));
    const apology = phraseRegExp(context.words.apology);
    const apologies = Object.entries(context.letter?.sections ?? {}).flatMap(([section, text]) =>
      sentences(text)
        .filter((s) => matchesOf(apology, s.text).length)
        .map(() => section),
    );
    if (apologies.length > 1) {
      // Point at the case field holding the second apology (in file order), where one can be found.
      const inCase = fieldsWith(context, apology);
      findings.push({
        path: inCase[1] ?? inCase[0] ?? sectionSource(apologies[1]),
        message: `the letter apologises in ${apologies.length} sentences`,
        note: 'One short apology is enough; use the other sentences for facts and fixes.',
      });
    }
    const request = phraseRegExp(context.words.repeatedRequests);
    const asked = Object.entries(context.letter?.sections ?? {}).flatMap(([section, text]) =>
      sentences(text).flatMap((s) => {
        const found = matchesOf(request, s.text);
        return found.length ? [{ section, phrases: found.map((m) => m.text) }] : [];
      }),
    );
    if (asked.length > requestsAllowed) {
      const inCase = fieldsWith(context, request);
      findings.push({
        path: inCase[requestsAllowed] ?? inCase[inCase.length - 1] ?? sectionSource(asked[requestsAllowed].section),
        message: `the letter pleads in ${asked.length} sentences: ${listPhrases(asked.flatMap((a) => a.phrases))}`,
        note: 'Ask once, at the end, for what the notice took away; the other sentences should carry facts: what went wrong, what you fixed, what prevents a repeat.',
      });
    }
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'one apology, no pleading',
        edits: [
          { path: ['closing'], value: 'We apologise for the inconvenience to our buyers and ask you to reinstate our selling privileges.' },
        ],
      },
      {
        name: 'a Japanese letter that asks once, politely',
        edits: [
          { path: ['language'], value: 'ja' },
          { path: ['marketplace'], value: 'JP' },
          { path: ['closing'], value: '以上の対策をご確認のうえ、出品権限を再開していただけますよう、何卒よろしくお願い申し上げます。' },
        ],
      },
      {
        name: '"かどうか" (whether) is not "どうか" (please)',
        edits: [
          { path: ['language'], value: 'ja' },
          { path: ['marketplace'], value: 'JP' },
          {
            path: ['root_causes', 0, 'detail'],
            value: '2026年9月1日から10月15日までに出荷した14件の箱は、緩衝材が入っているかどうかを誰も確認していませんでした。',
          },
        ],
      },
    ],
    notOk: [
      {
        name: 'begging in a root cause',
        messages: ['the letter pleads or uses emotive words: "beg" and "mercy"'],
        edits: [
          {
            path: ['root_causes', 0, 'detail'],
            value: 'We beg you for mercy: 14 parcels of B0C1234567 broke in transit between 2026-09-01 and 2026-10-15.',
          },
        ],
        at: ['root_causes', 0, 'detail'],
      },
      {
        name: 'two apologies',
        messages: ['the letter apologises in 2 sentences'],
        edits: [
          {
            path: ['closing'],
            value: 'We apologise to our buyers. We are sorry for the trouble caused and ask you to reinstate our selling privileges.',
          },
        ],
        at: ['closing'],
        severity: 'warning',
      },
      {
        name: 'a Japanese letter that begs',
        messages: ['the letter pleads or uses emotive words: "生活がかかって" and "どうかお願い"'],
        edits: [
          { path: ['language'], value: 'ja' },
          { path: ['marketplace'], value: 'JP' },
          { path: ['closing'], value: '従業員の生活がかかっております。どうかお願いいたします。' },
        ],
        at: ['closing'],
      },
      {
        name: 'a Japanese letter that repeats its plea',
        messages: ['the letter pleads in 3 sentences: "お願い申し上げます" and "お願いいたします"'],
        edits: [
          { path: ['language'], value: 'ja' },
          { path: ['marketplace'], value: 'JP' },
          {
            path: ['root_causes', 1, 'detail'],
            value:
              '2026年10月1日から7日まで受信箱の担当者がおらず、22件のメッセージに48時間以上返信しませんでした。ご確認をお願い申し上げます。',
          },
          {
            path: ['corrective_actions', 0, 'action'],
            value: '2026年10月20日に14件の注文すべてに全額返金しました。ご理解をお願いいたします。',
          },
          { path: ['closing'], value: 'ご検討をお願い申し上げます。' },
        ],
        at: ['closing'],
      },
    ],
  },
};
