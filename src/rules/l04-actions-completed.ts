import type { PathSegment } from '../stages/parse.js';
import type { Finding, Rule } from './types.js';
import { listPhrases, matchesOf, phraseRegExp } from './helpers.js';

// A past-tense verb ("returned", "sent") or a Japanese completed form: something was already done.
const completed =
  /\b(?:[a-z]{2,}(?<!e)ed|sent|made|took|put|set|paid|sold|told|gave|wrote|built|bought|found|held|kept|left|met|began|brought|chose|cut|did|got|had|spent|ran|shut|taught|withdrew|rewrote)\b|ました|済み|完了/iu;

// An action that opens with what was done ("Removed 812 cards ...") or, in Japanese, ends with it (…しました).
const opensDone =
  /^(?:[A-Z][a-z]+ed|Sent|Made|Took|Put|Set|Paid|Sold|Told|Gave|Wrote|Built|Bought|Found|Held|Kept|Left|Began|Brought|Chose|Cut|Did|Got|Had|Spent|Ran|Shut|Withdrew|Rewrote)\b|(?:ました|済み|完了)[。.]?$/u;
// Words that say an action is still under way ("Repacking ...", ", waiting for", "is preparing", "120 of 214",
// "until then"); a noun in -ing ("packaging", "remaining") says nothing of it.
const underWay =
  /(?:^|[,;]\s*|\b(?:is|are|am|be|been|now)\s+)[a-z]+ing\b|\b(?:ongoing|in progress|under ?way|under review|so far|up to now|until|to date|will|still|not yet|pending|planned|next|rest|remain(?:s|der))\b|\d[\d,]*\s+of\s+\d|している|ています|予定|中/iu;

/**
 * Corrective actions are done: a completion date no later than the letter date, worded as done rather than promised,
 * and backed by evidence. Amazon's rejection texts name actions "that have not been implemented".
 */
export const actionsCompleted: Rule = {
  id: 'L04',
  name: 'actions-completed',
  severity: 'error',
  description:
    'corrective actions are done (done_on on or before the letter date), worded as done, not promised, and backed by evidence; in-progress ones are flagged',
  why: 'Amazon\'s rejections name corrective actions "that have not been implemented": an action must be done, dated on or before the letter, and worded as done. An action still in progress is allowed but weaker, and an action with a record behind it is more convincing.',
  fix: 'Give each done action a done_on date no later than the letter date and describe it in the past tense with what was done and when. Mark unfinished work status: in-progress and say how far it has got; move promises to preventive measures. Cite the record (refund report, screenshot, signed SOP) under evidence:.',
  phase: 'case',
  check({ case: c, words }) {
    const findings: Finding[] = [];
    const promised = phraseRegExp(words.promises);
    c.input.corrective_actions.forEach((ca, i) => {
      const status = ca.status ?? 'done';
      const at = (key: string): PathSegment[] => ['corrective_actions', i, key in ca ? key : 'id'];
      if (status === 'done' && !ca.done_on) {
        findings.push({
          path: at('status'),
          message: `corrective action ${ca.id} is done but has no done_on date`,
          note: 'Add done_on: YYYY-MM-DD; Amazon rejects actions that are not shown as implemented.',
        });
      } else if (status === 'done' && ca.done_on && ca.done_on > c.letterDate) {
        findings.push({
          path: at('done_on'),
          message: `corrective action ${ca.id} is marked done on ${ca.done_on}, after the letter date ${c.letterDate}`,
          note: 'Mark it in-progress, or correct the date.',
        });
      } else if (status === 'in-progress' && ca.done_on && ca.done_on <= c.letterDate) {
        findings.push({
          path: at('done_on'),
          severity: 'warning',
          message: `corrective action ${ca.id} is in progress but its done_on ${ca.done_on} is not after the letter date ${c.letterDate}`,
          note: 'For an action in progress, done_on is the date it is to be completed by and the letter prints it ("In progress, to be completed by ..."): give a later date, or mark the action done.',
        });
      } else if (status === 'in-progress') {
        // "Removed 812 cards and destroyed them" printed beside "In progress": the words say it is finished.
        const readsFinished = opensDone.test(ca.action.trim()) && !underWay.test(ca.action);
        findings.push({
          path: at('status'),
          severity: 'warning',
          message: `corrective action ${ca.id} is still in progress`,
          note: readsFinished
            ? 'It reads as finished, but the letter prints it as in progress: say what is left and how far it has got ("610 of 812 cards destroyed by 2026-11-26"), or mark it done with its done_on date.'
            : 'Amazon looks for actions already taken; finish it before you submit if you can, and describe it as under way, not as a promise.',
        });
      }
      const future = matchesOf(promised, ca.action);
      const done = status === 'done';
      // "Returned them to the factory; we will not sell them again": a commitment added to what was done, which
      // Amazon does not reject; an action whose words before the promise say nothing done is not done.
      const doneThenPromised = done && future.length > 0 && completed.test(ca.action.slice(0, future[0].index));
      if (doneThenPromised) {
        findings.push({
          path: at('action'),
          severity: 'warning',
          message: `corrective action ${ca.id} adds a promise (${listPhrases(future.map((m) => m.text))}) to what was done`,
          note: 'Keep the action to what was done; the commitment reads better as a preventive measure with its start date.',
        });
      } else if (future.length) {
        findings.push({
          path: at('action'),
          severity: done ? 'error' : 'warning',
          message: `corrective action ${ca.id} is worded as a promise (${listPhrases(future.map((m) => m.text))})${done ? ' but marked done' : ''}`,
          note: done
            ? 'Say what was done, in the past tense, with the date ("Refunded all 14 orders on 2026-10-20"); a promise is a preventive measure, or an action not yet taken.'
            : 'Describe what is under way and how far it has got ("12 of 40 listings re-photographed by 2026-10-20"), not what you will do.',
        });
      }
      if (status === 'done' && !ca.evidence?.length) {
        findings.push({
          path: at('action'),
          severity: 'info',
          message: `corrective action ${ca.id} cites no evidence`,
          note: 'Where a record exists (refund report, screenshot, signed SOP, message log), add it under evidence: to show the action was done; Amazon asks for supporting evidence for all items.',
        });
      }
    });
    return findings;
  },
  examples: {
    ok: [
      { name: 'done, dated, with evidence', edits: [] },
      {
        name: '"will" describing a system, not a promise',
        edits: [
          {
            path: ['corrective_actions', 1, 'action'],
            value: 'Answered all 22 late messages by 2026-10-19 and set an alert that will page the lead after 12 hours.',
          },
        ],
      },
    ],
    notOk: [
      {
        name: 'marked done but worded as a promise, in Japanese',
        messages: ['corrective action CA2 is worded as a promise ("する予定") but marked done'],
        edits: [
          { path: ['language'], value: 'ja' },
          { path: ['marketplace'], value: 'JP' },
          { path: ['corrective_actions', 1, 'action'], value: '未返信の22件のメッセージには来週中に返信する予定です。' },
        ],
        at: ['corrective_actions', 1, 'action'],
      },
      {
        name: 'done after the letter date',
        messages: ['corrective action CA1 is marked done on 2026-10-25, after the letter date 2026-10-21'],
        edits: [{ path: ['corrective_actions', 0, 'done_on'], value: '2026-10-25' }],
        at: ['corrective_actions', 0, 'done_on'],
      },
      {
        name: 'done without a date',
        messages: ['corrective action CA2 is done but has no done_on date'],
        edits: [{ path: ['corrective_actions', 1, 'done_on'] }],
        at: ['corrective_actions', 1, 'id'],
      },
      {
        name: 'in progress, with a done_on that is not after the letter date',
        messages: ['corrective action CA2 is in progress but its done_on 2026-10-20 is not after the letter date 2026-10-21'],
        edits: [
          { path: ['corrective_actions', 1, 'done_on'], value: '2026-10-20' },
          { path: ['corrective_actions', 1, 'status'], value: 'in-progress' },
        ],
        at: ['corrective_actions', 1, 'done_on'],
        severity: 'warning',
      },
      {
        name: 'still in progress',
        messages: ['corrective action CA2 is still in progress'],
        edits: [{ path: ['corrective_actions', 1, 'done_on'] }, { path: ['corrective_actions', 1, 'status'], value: 'in-progress' }],
        at: ['corrective_actions', 1, 'status'],
        severity: 'warning',
      },
      {
        name: 'marked done but worded as a promise',
        messages: ['corrective action CA1 is worded as a promise ("we will") but marked done'],
        edits: [{ path: ['corrective_actions', 0, 'action'], value: 'We will refund all 14 orders of B0C1234567 in full.' }],
        at: ['corrective_actions', 0, 'action'],
      },
      {
        name: 'done, with a commitment after what was done',
        messages: ['corrective action CA1 adds a promise ("we will") to what was done'],
        edits: [
          {
            path: ['corrective_actions', 0, 'action'],
            value: 'Refunded all 14 orders of B0C1234567 in full; we will not sell that batch again.',
          },
        ],
        at: ['corrective_actions', 0, 'action'],
        severity: 'warning',
      },
      {
        name: 'done without evidence',
        messages: ['corrective action CA2 cites no evidence'],
        edits: [{ path: ['corrective_actions', 1, 'evidence'] }],
        at: ['corrective_actions', 1, 'action'],
        severity: 'info',
      },
    ],
  },
};
