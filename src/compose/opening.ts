// The part of the opening after the notice and its summary: what this letter sets out, stated from the case's own
// items (how many, done or not, since or from when) and its exhibits, so no two cases share one fixed paragraph.
// Dates are written as ISO days here; the view writes every date of the letter in its long form.
import type { Case } from '../model/case.js';
import type { Strings } from '../model/strings.js';
import { metricName } from '../domain/marketplaces.js';
import { capitalize, fill, formatDate, formatNumber, humanize } from './format.js';
import { answersRightsOwnerComplaint } from '../domain/notices.js';
import { citedRetractionIds } from '../domain/owner-documents.js';
import { labelled, spokenList } from './phrases.js';

// ISO days sort as text.
const latest = (days: string[]) => [...days].sort()[days.length - 1];
const earliest = (days: string[]) => [...days].sort()[0];

/** The plan sentences of the opening, by the letter's stance. */
export function openingPlan(c: Case, strings: Strings): string {
  const O = strings.opening;
  const N = strings.counted;
  const input = c.input;
  const words = N.numberWords.split(',');
  const inWords = (n: number) => words[n - 1] ?? String(n);
  // "corrective action", "four corrective actions".
  const counted = (n: number, one: string, many: string) => (n === 1 ? one : fill(many, { n: inWords(n) }));
  const sentences = (...parts: (string | null)[]) =>
    parts.filter((p): p is string => !!p).reduce((first, second) => fill(strings.labels.twoSentences, { first, second }));

  const grounds = input.grounds ?? [];
  const groundsPhrase = counted(grounds.length, N.reason, N.reasons);
  const rootCauses = input.root_causes.length === 1 ? N.singleRootCause : counted(input.root_causes.length, N.rootCause, N.rootCauses);

  const retracted = retractionSentence(c, strings);
  if (c.stance === 'dispute') {
    const ids = new Set(grounds.flatMap((g) => g.evidence ?? []));
    const cited = exhibitsNamed(
      c.exhibits.filter((e) => ids.has(e.id)).map((e) => e.label),
      c,
      strings,
    );
    // A dispute without its grounds yet (a draft) says only what it disputes.
    return sentences(
      retracted,
      grounds.length
        ? fill(O.disputeGrounds, { grounds: groundsPhrase, exhibits: cited ? fill(O.disputeExhibits, { exhibits: cited }) : '' })
        : O.disputeBare,
      fill(O.disputeAlso, {
        actions: counted(input.corrective_actions.length, N.action, N.actions),
        measures: counted(input.preventive_measures.length, N.measure, N.measures),
      }),
    );
  }
  const found =
    c.stance === 'mixed' && grounds.length
      ? fill(O.mixed, { grounds: groundsPhrase, rootCauses })
      : ((metric) => (metric ? fill(O.foundMetric, { ...metric, rootCauses }) : fill(O.found, { rootCauses })))(missedMetric(c, strings));
  return sentences(
    retracted,
    found,
    actionsSentence(c, strings, counted, inWords),
    measuresSentence(c, strings, counted, inWords),
    exhibitsSentence(c, strings),
  );
}

type Counted = (n: number, one: string, many: string) => string;

/** "We completed the four corrective actions by 2026-11-08." / "... two of the three ...; the other is under way." */
function actionsSentence(c: Case, strings: Strings, counted: Counted, inWords: (n: number) => string): string | null {
  const O = strings.opening;
  const N = strings.counted;
  const actions = c.input.corrective_actions;
  if (!actions.length) return null;
  const all = counted(actions.length, N.action, N.actions);
  const done = actions.filter((a) => (a.status ?? 'done') === 'done');
  if (done.length === actions.length) {
    const days = done.map((a) => a.done_on).filter((d): d is string => !!d);
    // With a date missing there is no "by" date to give: "We have completed ...", which needs none.
    if (days.length < done.length) return fill(O.actionsDoneUndated, { actions: all });
    return fill(O.actionsDone, { actions: all, when: fill(done.length === 1 ? O.actionDoneOn : O.actionsDoneBy, { date: latest(days) }) });
  }
  if (!done.length) return fill(actions.length === 1 ? O.actionUnderWay : O.actionsUnderWay, { actions: all });
  const rest = actions.length - done.length;
  return fill(O.actionsPartly, {
    done: inWords(done.length),
    actions: all,
    rest: fill(rest === 1 ? O.actionsRestOne : O.actionsRestMany, { n: inWords(rest) }),
  });
}

/** "2026-11-18 and 2026-11-20": each day a measure starts, once, in order. */
const startDates = (days: string[], strings: Strings) =>
  spokenList([...new Set(days)].sort(), { separator: strings.labels.listSeparator, lastSeparator: strings.labels.listLastSeparator });

/** "The two preventive measures have been in place since ..." / "... start on ..." / "We have put one of ... in place; ...". */
function measuresSentence(c: Case, strings: Strings, counted: Counted, inWords: (n: number) => string): string | null {
  const O = strings.opening;
  const N = strings.counted;
  const measures = c.input.preventive_measures;
  if (!measures.length) return null;
  const all = counted(measures.length, N.measure, N.measures);
  const one = measures.length === 1;
  const started = measures.filter((m) => m.starts <= c.letterDate).map((m) => m.starts);
  const pending = measures.filter((m) => m.starts > c.letterDate).map((m) => m.starts);
  if (!pending.length) {
    // "since" only where every measure started that day; else "by" the last start.
    const since = one || earliest(started) === latest(started);
    return fill(one ? O.measureInPlace : since ? O.measuresInPlace : O.measuresInPlaceBy, { measures: all, date: latest(started) });
  }
  if (!started.length) {
    const [first, last] = [earliest(pending), latest(pending)];
    if (one) return fill(O.measureStarts, { measures: all, date: first });
    return first === last
      ? fill(O.measuresStartOn, { measures: all, date: first })
      : new Set(pending).size <= 3
        ? fill(O.measuresStartOnDates, { measures: all, dates: startDates(pending, strings) })
        : fill(O.measuresStartBetween, { measures: all, first, last });
  }
  return fill(O.measuresPartly, {
    started: inWords(started.length),
    measures: all,
    rest: fill(pending.length === 1 ? O.measuresRestOne : O.measuresRestMany, { n: inWords(pending.length), date: latest(pending) }),
  });
}

/** "We enclose Exhibits A to F." when the letter encloses any. */
function exhibitsSentence(c: Case, strings: Strings): string | null {
  const named = exhibitsNamed(
    c.exhibits.map((e) => e.label),
    c,
    strings,
  );
  return named ? fill(strings.opening.exhibits, { exhibits: named }) : null;
}

/** Whether a ground or a corrective action already cites the retraction received from the rights owner. */
export function retractionReceivedTold(c: Case): boolean {
  const ids = new Set(citedRetractionIds(c.input.details?.ip_complaint?.retraction, c.exhibits));
  return [...(c.input.grounds ?? []), ...c.input.corrective_actions].some((item) => (item.evidence ?? []).some((id) => ids.has(id)));
}

/** The evidence ids of the retraction the opening tells first (in the case's order), or none. */
export function openingRetractionIds(c: Case): string[] {
  const ip = c.input.details?.ip_complaint;
  if (!ip?.retraction?.received_on || !answersRightsOwnerComplaint(c) || !retractionReceivedTold(c)) return [];
  const ids = citedRetractionIds(ip.retraction, c.exhibits);
  // A ground that cites the retraction tells it among the reasons, not the opening.
  const groundCites = (c.input.grounds ?? []).some((g) => (g.evidence ?? []).some((id) => ids.includes(id)));
  return groundCites ? [] : ids;
}

/**
 * The rights owner's retraction, when received: the strongest fact of an IP complaint's letter. A ground that cites
 * it tells it among the reasons; else, when an action cites it (so the complaint's block leaves its own line out),
 * the opening tells it first.
 */
function retractionSentence(c: Case, strings: Strings): string | null {
  const ids = new Set(openingRetractionIds(c));
  if (!ids.size) return null;
  // openingRetractionIds names ids only for a received retraction of an IP complaint.
  const ip = c.input.details!.ip_complaint!;
  const received = ip.retraction!.received_on!;
  const exhibits = exhibitsNamed(
    c.exhibits.filter((e) => ids.has(e.id)).map((e) => e.label),
    c,
    strings,
  );
  return fill(strings.opening.retracted, {
    owner: capitalize(ip.rights_owner?.name ?? strings.labels.rightsOwner),
    date: formatDate(received, c.locale),
    exhibits: exhibits ? fill(strings.opening.retractedExhibits, { exhibits }) : '',
  });
}

/** "Exhibit A", "Exhibits A and C", "Exhibits A to D" (three or more in a row), or null for none. */
function exhibitsNamed(labels: string[], c: Case, strings: Strings): string | null {
  const L = strings.labels;
  if (!labels.length) return null;
  if (labels.length === 1) return labelled(L.exhibit, labels[0]);
  const order = c.exhibits.map((e) => e.label);
  const inRow = labels.length > 2 && order.indexOf(labels[labels.length - 1]) - order.indexOf(labels[0]) === labels.length - 1;
  return labelled(
    L.exhibits,
    inRow
      ? fill(strings.opening.exhibitRange, { first: labels[0], last: labels[labels.length - 1] })
      : spokenList(labels, { separator: L.listSeparator, lastSeparator: L.listLastSeparator }),
  );
}

const healthy = (value: number, target: number, comparator: string) =>
  comparator === '<' ? value < target : comparator === '<=' ? value <= target : comparator === '>' ? value > target : value >= target;

/** The first metric the notice cites that misses Amazon's target (or gives none), as its name and value. */
function missedMetric(c: Case, strings: Strings): { metric: string; value: string } | null {
  const m = (c.input.metrics ?? []).find((x) => x.target === undefined || !healthy(x.value, x.target, x.comparator ?? '<'));
  if (!m) return null;
  return {
    metric: metricName(m.name, c.marketplace, c.input.notice.summary, strings.metrics) ?? humanize(m.name),
    value: `${formatNumber(m.value, c.locale)}${m.unit ?? ''}`,
  };
}
