// Case -> the plain data object templates read. Every field a template may print is present (null when
// absent), because templates run in Handlebars strict mode. Case text is data: it is never compiled.
// Every fixed sentence that states a fact about the case (a measure "in place", evidence "enclosed", an
// authorisation, a booked call) is chosen here from what the case shows.
import type { Case, Exhibit } from '../model/case.js';
import { stringIn, type Strings } from '../model/strings.js';
import { marketplaceInfo } from '../domain/marketplaces.js';
import {
  heldKey,
  answersRightsOwnerComplaint,
  listingsDeactivatedBy,
  noticeAnswer,
  noticeWordingKey,
  releaseRemedyKey,
  releasesFunds,
  releasesInventory,
  reviewRemedyKey,
  saleProhibitedBy,
} from '../domain/notices.js';
import { authorizations, distributorNamedBy } from '../domain/authorization.js';
import { invoicedUnits, invoicedUnitsSplit } from '../domain/invoiced-units.js';
import { bookingDeadline, productListIds } from '../domain/video-verification.js';
import { letterSpelling } from '../domain/spelling.js';
import { ipRightKey } from '../domain/ip-rights.js';
import { writtenInOtherLanguage } from '../domain/stopwords.js';
import { metricName } from '../domain/marketplaces.js';
import { CJK_MARKS_CLASS, UNSPACED, UNSPACED_CLASS } from '../domain/script.js';
import { typePartialAliases } from '../domain/case-types.js';
import { actionTexts } from './retraction-retold.js';
import {
  citedRetractionIds,
  citedRightIds,
  identityDocumentIds,
  namesPerson,
  otherCompanyOf,
  ownerDocumentKinds,
} from '../domain/owner-documents.js';
import { allCitedWithdrawn, askedBackAsins, relistedWithApproval, unsourcedAsins, withdrawnAsins } from '../domain/withdrawn-listings.js';
import { openingPlan, retractionReceivedTold } from './opening.js';
import { capitalize, fill, formatDate, formatDateTime, formatMonth, formatNumber, humanize, longDatesIn } from './format.js';
import {
  amountIn,
  aside,
  carriesLabel,
  completeHeadline,
  inAmazonsVoice,
  kindHeadline,
  innerQuotes,
  labelValue,
  labelledIds,
  japaneseQuotation,
  labelled,
  lowerCaseWordsOf,
  lowerFirst,
  reasonAfterRestatement,
  restatesNotice,
  sentencesOf,
  splicedSentences,
  spokenList,
  withoutLabel,
} from './phrases.js';

export type { Strings } from '../model/strings.js';
export { evidenceKindLabel } from '../model/strings.js';

/**
 * The ASINs of the letter's table: those the notice cites, and one marked `cited: false` only where the root causes,
 * actions, measures or grounds name it (an ASIN the letter never mentions is not "affected").
 */
function tabledAsins(c: Case) {
  const { input } = c;
  const items = JSON.stringify([input.root_causes, input.corrective_actions, input.preventive_measures, input.grounds ?? []]);
  return (input.asins ?? []).filter((a) => a.cited !== false || items.includes(a.asin));
}

/**
 * The team a salutation greets, from the notice's sender: "Amazon.com.au Seller Performance (Product Quality)" ->
 * "Seller Performance Team" (no marketplace prefix, no aside, and a team named as one).
 */
function senderTeam(sender: string): string {
  const name = sender
    .replace(/^Amazon(?:\.[a-z]{2,3}(?:\.[a-z]{2})?)?\s+/i, '')
    .replace(/\s*御中$/, '')
    .replace(/\s*[(（][^()（）]*[)）]$/, '');
  return /[^\x00-\x7f]|\b(?:team|support|department|desk|services?)$/i.test(name) ? name : `${name} Team`;
}

/** A fenced block must not be closed early by case text. */
const unfence = (text: string) => text.replace(/~{3,}|`{3,}/g, '');
/** Table cells must not split on a pipe in case text, nor break the row on a newline. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
/** How many of a list satisfy a test: every one, some, or none. */
const share = <T>(items: T[], test: (item: T) => boolean): 'all' | 'some' | 'none' => {
  const n = items.filter(test).length;
  return n === 0 ? 'none' : n === items.length ? 'all' : 'some';
};
const comparatorSigns: Record<string, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' };
const invoiceKinds = new Set(['supplier-invoice', 'receipt', 'purchase-contract', 'delivery-order']);
const supplyChainTypes = new Set<string>(['counterfeit-inauthentic', 'authenticity-inventory-verification', 'used-sold-as-new']);
const endsSentence = (text: string) => /[.!?。！？]$/.test(text.trim());
/** The words the case writes in lower case somewhere, for lowering the first word of a quoted summary. */
const caseWords = (c: Case) => lowerCaseWordsOf(JSON.stringify(c.input).replace(/\\[nrt"]/g, ' '));

/** The order defect a case type is about: a late-shipment letter's orders are late shipments. */
const defectOfType: Partial<Record<string, string>> = {
  'late-shipment': 'late-shipment',
  'valid-tracking-rate': 'invalid-tracking',
  'used-sold-as-new': 'used-sold-as-new',
  'damaged-item': 'damaged',
  'listing-not-as-described': 'not-as-described',
  'counterfeit-inauthentic': 'counterfeit-complaint',
  'a-to-z-chargeback': 'a-to-z-claim',
};
/** Whether every order has the defect the case type names, so an Issue column would repeat the type in each row. */
const defectOfEveryRow = (c: Case) => {
  const orders = c.input.orders ?? [];
  return orders.length > 0 && orders.every((o) => o.defect === defectOfType[c.type]);
};

/** The helpers every part of the view shares: dates, lists and exhibit references in the letter's language. */
function wordingOf(c: Case, strings: Strings) {
  const L = strings.labels;
  const listStyle = { separator: L.listSeparator, lastSeparator: L.listLastSeparator };
  const spoken = (items: string[]) => spokenList(items, listStyle);
  const asideStyle = { open: L.asideOpen, close: L.asideClose, flat: L.asideFlat };
  const date = (iso: string | undefined | null) => (iso ? formatDate(iso, c.locale) : null);
  const dateTime = (value: string) => formatDateTime(value, c.locale, L.dateTime);
  // In exhibit order (A, B, C), whatever order the case lists the ids in.
  const exhibitLabels = (ids: (string | undefined)[] | undefined): string[] =>
    [...new Set(ids ?? [])]
      .map((id) => (id ? c.exhibitById.get(id) : undefined))
      .filter((e): e is Exhibit => !!e)
      .sort((a, b) => a.label.length - b.label.length || (a.label < b.label ? -1 : 1))
      .map((e) => e.label);
  /** "Exhibit A", "Exhibits B and C" (the label and first letter never split), or null. */
  const exhibitsOf = (ids: (string | undefined)[] | undefined): string | null => {
    const labels = exhibitLabels(ids);
    return labels.length ? labelled(labels.length > 1 ? L.exhibits : L.exhibit, spoken(labels)) : null;
  };
  /** "ASIN B0…", "ASINs B0… and B0…". */
  const asinPhrase = (asins: string[]) => (asins.length ? labelled(asins.length > 1 ? L.asins : L.asin, spoken(asins)) : null);
  const word = (group: Record<string, string>, key: string | undefined | null) =>
    key ? (stringIn(group, key) ?? humanize(key).toLowerCase()) : null;
  // "Owner: Owner" says nobody: an owner written as the label alone is the signatory when that is their title.
  const ownerOf = (owner: string | undefined) => {
    if (!owner) return null;
    const same = (text: string | undefined) => text?.trim().toLowerCase() === L.owner.trim().toLowerCase();
    if (!same(owner)) return withoutLabel(owner, L.owner);
    const signatory = c.input.seller.signatory;
    return signatory && same(signatory.title) ? signatory.name : null;
  };
  return { L, spoken, asideStyle, date, dateTime, exhibitsOf, asinPhrase, word, ownerOf };
}
type Wording = ReturnType<typeof wordingOf>;

/** Builds the template view of a case, with the strings in the letter's spelling. */
export function buildView(c: Case, strings: Strings) {
  const input = c.input;
  const w = wordingOf(c, strings);
  const { L, spoken, date, exhibitsOf, asinPhrase } = w;
  const market = marketplaceInfo(c.marketplace);
  const english = c.language === 'en' || c.language.startsWith('en-');
  const actionText = actionTexts(c);

  const causeNumber = new Map<string, { group: 'rootCause' | 'ground'; n: number }>();
  input.root_causes.forEach((rc, i) => causeNumber.set(rc.id, { group: 'rootCause', n: i + 1 }));
  (input.grounds ?? []).forEach((g, i) => causeNumber.set(g.id, { group: 'ground', n: i + 1 }));
  // "root causes 1 and 2; ground 1": numbers grouped under one label, kept on the label's line.
  const addresses = (ids: string[]) => {
    const parts: string[] = [];
    for (const group of ['rootCause', 'ground'] as const) {
      const numbers = ids
        .map((id) => causeNumber.get(id))
        .filter((x) => x?.group === group)
        .map((x) => String(x!.n));
      // A dispute's root causes are what caused the complaint, and its section calls them causes.
      const label = group === 'rootCause' && c.stance === 'dispute' ? 'cause' : group;
      if (numbers.length) parts.push(labelled(numbers.length > 1 ? L[`${label}s`] : L[label], spoken(numbers)));
    }
    parts.push(...ids.filter((id) => !causeNumber.has(id)));
    return parts.join(L.refSeparator);
  };

  // What the notice concerns, in this case's own terms.
  const disposition = input.details?.restricted_product?.inventory_disposition;
  // Taken down for good: an accepted IP complaint whose listings the actions closed (not merely corrected), or a
  // restricted product deleted with its stock gone.
  const withdrawn = withdrawnAsins(c);
  const citedAsins = (input.asins ?? []).filter((a) => a.cited !== false).map((a) => a.asin);
  const allWithdrawn = citedAsins.length > 0 && citedAsins.every((a) => withdrawn.has(a));
  // The listings the letter asks back: not those withdrawn, nor those stocked only from a doubtful lot.
  const askedAsins = askedBackAsins(c);
  const listingsWithdrawn =
    (input.details?.ip_complaint?.position === 'admit-and-remediate' && allWithdrawn) ||
    (input.notice.kind === 'listing-removed' && c.stance === 'remediate' && citedAsins.length > 0 && !askedAsins.length) ||
    (c.type === 'restricted-products' &&
      !relistedWithApproval(c) &&
      (disposition === 'disposed' || disposition === 'removed' || disposition === 'returned-to-supplier'));
  const isIp = answersRightsOwnerComplaint(c);
  const answer = noticeAnswer(input.notice.kind, c.type, c.stance, listingsWithdrawn, listingsDeactivatedBy(input.notice.summary), isIp);
  // The listings the notice concerns: an ASIN marked `cited: false` is the seller's own addition, not removed.
  const asinCodes = citedAsins;
  const listings =
    asinCodes.length === 0
      ? strings.listings.unnamed
      : asinCodes.length > 3
        ? fill(strings.listings.count, { count: asinCodes.length })
        : fill(asinCodes.length > 1 ? strings.listings.many : strings.listings.one, { asins: asinPhrase(asinCodes)! });
  const brand = input.details?.brand_registry?.brand ?? null;
  // What a funds-held notice's letter asks to release: the funds, the FBA inventory, or both.
  const release = input.notice.release;
  const noticeKey = noticeWordingKey(input.notice.kind, release);
  const amount = releasesFunds(release) ? (input.notice.amount ?? amountIn(input.notice.summary) ?? null) : null;
  const received = date(input.notice.received)!;
  const heldSince = input.notice.held_since ? fill(strings.remedies.heldSince, { date: date(input.notice.held_since)! }) : '';
  const facts = { marketplace: market.domain, listings, brand: brand ?? '', amount: amount ?? '', received, since: heldSince };
  const ip = input.details?.ip_complaint;
  // A warning about a metric (Valid Tracking Rate) is named by the metric, not as a policy warning.
  const warnedMetric =
    input.notice.kind === 'policy-warning' && typePartialAliases[c.type] === 'metrics' && input.metrics?.length
      ? (metricName(input.metrics[0].name, c.marketplace, input.notice.summary, strings.metrics) ?? humanize(input.metrics[0].name))
      : null;
  // A policy warning that names its policy ("... Guidelines", "... Policy") is a warning under that policy; a
  // policy given as a category ("Restricted Products, Cosmetics") is not named so. "The" is not doubled.
  const policy = input.notice.policy?.trim().replace(/^the\s+/i, '');
  const namedPolicy =
    input.notice.kind === 'policy-warning' && !warnedMetric && !isIp && policy && namedPolicyTitle.test(policy) ? policy : null;
  const subjectNotice = (() => {
    const kind = input.notice.kind;
    if (warnedMetric) return fill(strings.subjectNotices['metric-warning'], { metric: warnedMetric });
    if (namedPolicy) return fill(strings.subjectNotices['policy-warning-named'], { policy: namedPolicy });
    if (isIp && asinCodes.length && (kind === 'listing-removed' || kind === 'policy-warning')) {
      return fill(strings.subjectNotices['ip-complaint'], {
        ...facts,
        right: w.word(strings.ipTypes, ipRightKey(ip)) ?? strings.noticeKinds[kind],
      });
    }
    if (kind === 'listing-removed' && asinCodes.length) return fill(strings.subjectNotices['listing-removed'], facts);
    if (kind.startsWith('brand-registry') && brand) return fill(stringIn(strings.subjectNotices, kind)!, facts);
    if (answer.title === 'funds-release') return fill(stringIn(strings.subjectNotices, heldKey(release))!, facts);
    // A warning that names no policy is named by the issue of its case type ("warning about used item sold as new").
    const issue = kind === 'policy-warning' && !isIp && c.type !== 'other' ? stringIn(strings.defects, c.type) : undefined;
    if (issue)
      return fill(strings.subjectNotices['policy-warning-issue'], { issue: english ? issue[0].toLowerCase() + issue.slice(1) : issue });
    return strings.noticeKinds[kind];
  })();
  const reference = input.notice.reference ?? null;
  const subjectTemplate =
    strings.subject[answer.title === 'funds-release' && releasesInventory(release) ? 'inventory-release' : answer.title];
  const titled = fill(subjectTemplate, {
    notice: english && /(^|: )\{notice\}/.test(subjectTemplate) ? capitalize(subjectNotice) : subjectNotice,
  });
  // "Policy warning (Warning RP-7741)" and "Policy warning (Policy warning 4471-NL)" say "warning" twice:
  // "Policy warning RP-7741", "Policy warning 4471-NL".
  const sharedWords = reference && english ? sharedLead(titled, reference) : undefined;
  const subject = sharedWords
    ? `${titled} ${reference!.slice(sharedWords.length).trim()}`
    : reference
      ? /[()（）]/.test(reference + titled.slice(-1))
        ? `${titled}${L.asideFlat}${reference}`
        : fill(strings.subject.withReference, { subject: titled, reference })
      : titled;

  const sender = input.notice.sender?.trim() || null;
  const addressee = sender ? (/御中$/.test(sender) ? sender : fill(strings.addressee.sender, { sender })) : strings.addressee[answer.team];
  const team = sender ? senderTeam(sender) : strings.salutationTeam[answer.team];

  // What the case shows about its own items, for the sentences that summarise them.
  const actionsDone = input.corrective_actions.every((ca) => (ca.status ?? 'done') === 'done');
  const measuresStarted = share(input.preventive_measures, (pm) => pm.starts <= c.letterDate);
  const items = [...input.root_causes, ...input.corrective_actions, ...input.preventive_measures];
  const anyEvidence = [...items, ...(input.grounds ?? [])].some((item) => !!exhibitsOf(item.evidence));
  const byShare = (s: 'all' | 'some' | 'none', all: string, some: string, none: string) => (s === 'all' ? all : s === 'some' ? some : none);

  const O = strings.opening;
  const eventKey = warnedMetric ? 'metric-warning' : namedPolicy ? 'policy-warning-named' : noticeKey;
  const event = fill(stringIn(strings.noticeEvents, eventKey)!, { ...facts, metric: warnedMetric ?? '', policy: namedPolicy ?? '' });
  const summary = (() => {
    const text = input.notice.summary.trim().replace(/\s+/g, ' ');
    if (!english) return fill(O.summaryQuoted, { summary: c.language === 'ja' ? japaneseQuotation(text) : text });
    const whole = endsSentence(text) ? text : `${text}.`;
    // A notice pasted in the storefront's language is quoted as written, not retold in English.
    if (inAmazonsVoice(whole) || writtenInOtherLanguage(whole)) return fill(O.summaryQuoted, { summary: innerQuotes(whole) });
    // "ASIN B0X, B0Y." and "Complaint ID 7730418826." only name what the opening, the subject or the ASIN table
    // already give: left out rather than retold as "It also says that ASIN B0X, B0Y."
    const named = `${event} ${subject} ${asinCodes.join(' ')}`;
    const stopped =
      sentencesOf(whole)
        .filter((s) => !labelledIds(s)?.every((id) => named.includes(id)))
        .join(' ') || whole;
    // "... removing our listing for ASIN X. The notice says that the listing for ASIN X was removed because Y"
    // says the removal twice: after a mere restatement only the reason is given.
    const reason = reasonAfterRestatement(completeHeadline(stopped), event);
    if (reason)
      return fill(L.twoSentences, {
        first: fill(reason.causal === 'that' ? O.reasonThat : O.reasonNoun, { reason: reason.reason }),
        second: reason.rest,
      }).trim();
    const headline = kindHeadline(stopped);
    // "Warning under the X Policy: ASIN ..." after "issuing a warning under the X Policy": only what follows the colon.
    const colon = headline?.indexOf(': ') ?? -1;
    if (headline && colon > 0 && event.toLowerCase().includes(headline.slice(0, colon).toLowerCase()))
      return fill(O.summaryReported, { summary: lowerFirst(completeHeadline(headline.slice(colon + 2)), caseWords(c)) });
    if (headline) return fill(O.summaryHeadline, { summary: headline });
    // Several sentences: one that only restates the removal just named is left out; each later one is said to be
    // the notice's too ("It also says that ..."), unless it names its own source ("Amazon asks ...", "The notice ...")
    // or is not a plain statement (a ";", a question, an instruction).
    const sentences = sentencesOf(stopped);
    const [lead, ...later] = sentences.length > 1 ? sentences.filter((s) => !restatesNotice(s, event)) : sentences;
    // A summary of several clauses joined by commas is told as several sentences.
    const [first, ...more] = splicedSentences(lead ?? stopped);
    const told = (sentence: string) =>
      /^(?:Amazon|The notice|It|They|We|Our)\b|;|\?$/.test(sentence)
        ? sentence
        : fill(labelledIds(sentence) ? O.summaryIds : O.summaryAlso, { summary: lowerFirst(sentence, caseWords(c)) });
    return [
      fill(O.summaryReported, { summary: lowerFirst(completeHeadline(first), caseWords(c)) }),
      ...more.map((clause) => fill(O.summaryAlso, { summary: clause })),
      ...later.map(told),
    ].reduce((first, second) => fill(L.twoSentences, { first, second }));
  })();
  const plan = openingPlan(c, strings);
  const revision = revisionSentence(c, strings, w, strings.documentName[answer.title]);
  const opening = fill(O.layout, {
    // The reference is in the subject line; the opening names it only when the case writes its own subject.
    notice: fill(O.notice, { received, reference: reference && input.letter?.subject ? fill(O.reference, { reference }) : '', event }),
    summary: revision ? fill(L.twoSentences, { first: summary, second: revision }) : summary,
    plan,
  });

  const C = strings.closing;
  // The closing comes after the ASIN table: many listings are "named above" there.
  const listingsAbove =
    askedAsins.length < asinCodes.length && askedAsins.length
      ? fill(askedAsins.length > 1 ? strings.listings.many : strings.listings.one, { asins: asinPhrase(askedAsins)! })
      : asinCodes.length > 3
        ? fill(strings.listings.countAbove, { count: asinCodes.length })
        : listings;
  // An account review that also stopped FBA shipments or held the funds asks for those back by name.
  const remedyKey =
    answer.remedy === 'review-completed'
      ? reviewRemedyKey(input.notice.summary)
      : answer.remedy === 'funds-release'
        ? releaseRemedyKey(release, !!amount)
        : answer.remedy;
  const remedyText = fill(stringIn(strings.remedies, remedyKey)!, { ...facts, listings: listingsAbove });
  // A remedy that already joins two requests with "and" follows the first request after a comma.
  const twoPart = answer.remedy === 'listings-and-warning' || answer.remedy === 'listings-and-account';
  // A disputed IP complaint asks Amazon to accept the dispute; any other dispute, to withdraw the notice.
  const remedy = answer.disputesComplaint
    ? fill(twoPart ? strings.remedies.acceptDisputeList : strings.remedies.acceptDispute, { remedy: remedyText })
    : c.stance === 'dispute'
      ? fill(twoPart ? strings.remedies.withdrawNoticeList : strings.remedies.withdrawNotice, { remedy: remedyText })
      : remedyText;
  const closing =
    c.stance === 'dispute'
      ? fill(C.dispute, { basis: anyEvidence ? C.basisEvidence : C.basisFacts, remedy })
      : c.stance === 'mixed'
        ? fill(C.mixed, { measures: measuresStarted === 'all' ? C.mixedMeasuresInPlace : C.mixedMeasuresPending, remedy })
        : fill(C.remediate, {
            // The opening has said how far the actions and measures are; only a case's own opening leaves it unsaid.
            status: input.letter?.opening
              ? fill(C.status, {
                  actions: actionsDone ? C.actionsDone : C.actionsStarted,
                  measures: byShare(measuresStarted, C.measuresInPlace, C.measuresSomeStarted, C.measuresNotStarted),
                })
              : '',
            document: strings.documentName[answer.title],
            remedy,
          }).trim();

  const signatory = input.seller.signatory ?? null;
  // A Brand Registry letter lists its products in the video-call table: a second table of the same ASINs is left out.
  // So does a warning about messages to buyers, whose fault lies in no listing, unless a root cause names an ASIN.
  const tabled = videoListsEvery(c) || messagesOnly(c) ? [] : tabledAsins(c);
  // A letter to a team, not a named person: "Yours faithfully" in British usage, "Sincerely" in American.
  const complimentaryClose = english && letterSpelling(c.marketplace, input.letter?.spelling) === 'british' ? L.closeBritish : L.sincerely;
  const labelLine = (label: string, value: string) => `${label}${L.labelSeparator}${value}`;
  const view = {
    s: strings,
    id: c.id,
    stance: c.stance,
    isDispute: c.stance === 'dispute',
    isMixed: c.stance === 'mixed',
    // A request to release funds sets out why they can be released, though it disputes nothing.
    releaseGrounds: c.stance === 'remediate' && answer.title === 'funds-release' && (input.grounds ?? []).length > 0,
    type: c.type,
    letterhead: {
      name: unfence(input.seller.legal_name),
      lines: [
        ...(input.seller.address ?? []),
        labelLine(L.storeName, input.seller.store_name),
        labelLine(L.loginEmail, input.seller.login_email),
        ...(input.seller.merchant_token ? [labelLine(L.merchantToken, input.seller.merchant_token)] : []),
        ...(input.seller.phone ? [labelLine(L.phone, input.seller.phone)] : []),
      ].map(unfence),
    },
    seller: {
      legal_name: input.seller.legal_name,
      store_name: input.seller.store_name,
      login_email: input.seller.login_email,
      merchant_token: input.seller.merchant_token ?? null,
    },
    signatory: signatory ? { name: signatory.name, title: signatory.title ?? null } : null,
    date: date(c.letterDate),
    addressee,
    marketplace: { code: market.code, country: market.country, domain: market.domain },
    salutation: fill(strings.salutation, { team }),
    subject: input.letter?.subject ?? subject,
    notice: {
      kind: stringIn(strings.noticeKinds, noticeKey),
      received,
      reference,
      summary: input.notice.summary,
      policy: input.notice.policy ?? null,
      respond_by: date(input.notice.respond_by),
    },
    opening: input.letter?.opening ?? opening,
    grounds: (input.grounds ?? []).map((g, i) => ({
      n: i + 1,
      id: g.id,
      title: g.title,
      title_stop: endsSentence(g.title),
      detail: g.detail,
      exhibits: exhibitsOf(g.evidence),
    })),
    rootCauses: input.root_causes.map((rc, i) => {
      const refs = [asinPhrase(rc.asins ?? []), exhibitsOf(rc.evidence)].filter((x): x is string => !!x);
      return {
        n: i + 1,
        id: rc.id,
        title: rc.title,
        title_stop: endsSentence(rc.title),
        detail: rc.detail,
        refs: refs.length ? refs.join(L.refSeparator) : null,
      };
    }),
    actions: input.corrective_actions.map((ca, i) => ({
      n: i + 1,
      id: ca.id,
      action: actionText.get(ca.id) ?? ca.action,
      done: (ca.status ?? 'done') === 'done',
      // A done action with no date has no status slot: the opening says what is complete.
      // An action under way with a done_on after the letter date: the seller's target date.
      when:
        (ca.status ?? 'done') !== 'done'
          ? ca.done_on && ca.done_on > c.letterDate
            ? fill(L.inProgressBy, { date: date(ca.done_on)! })
            : L.inProgressSince
          : ca.done_on
            ? fill(L.completedOn, { date: date(ca.done_on)! })
            : null,
      owner: w.ownerOf(ca.owner),
      addresses: addresses(ca.addresses),
      exhibits: exhibitsOf(ca.evidence),
    })),
    measures: input.preventive_measures.map((pm, i) => ({
      n: i + 1,
      id: pm.id,
      measure: pm.measure,
      when: fill(pm.starts <= c.letterDate ? L.startedOn : L.startsOn, { date: date(pm.starts)! }),
      owner: w.ownerOf(pm.owner),
      cadence: pm.cadence ?? null,
      kpi: pm.kpi ?? null,
      addresses: addresses(pm.addresses),
      exhibits: exhibitsOf(pm.evidence),
    })),
    metrics: (input.metrics ?? []).map((m) => {
      const unit = m.unit ?? '';
      const num = (v: number) => `${formatNumber(v, c.locale)}${unit}`;
      return {
        name: cell(metricName(m.name, c.marketplace, c.input.notice.summary, strings.metrics) ?? humanize(m.name)),
        value: num(m.value),
        target: m.target === undefined ? null : `${comparatorSigns[m.comparator ?? '<'] ?? m.comparator} ${num(m.target)}`,
        after_fix: m.after_fix === undefined ? null : num(m.after_fix),
        window: m.window_days ?? null,
      };
    }),
    hasMetricsAfterFix: (input.metrics ?? []).some((m) => m.after_fix !== undefined),
    // A notice that states no target for any metric: no column of empty cells.
    hasMetricTargets: (input.metrics ?? []).some((m) => m.target !== undefined),
    // Metrics a case of another type gives (the Account Health Rating of an at-risk notice) get their own table.
    showMetricsTable: (input.metrics ?? []).length > 0 && typePartialAliases[c.type] !== 'metrics',
    asins: tabled.map((a) => ({
      asin: a.asin,
      title: cell(a.title ?? ''),
      units_sold: a.units_sold === undefined ? '' : formatNumber(a.units_sold, c.locale),
      units_bought: a.units_purchased === undefined ? '' : formatNumber(a.units_purchased, c.locale),
      units_invoiced: invoicedCell(c, a.asin, strings),
    })),
    // Units sold beside units bought where the notice asks for invoices that cover the sales.
    hasAsinUnits: supplyChainTypes.has(c.type) && tabled.some((a) => a.units_sold !== undefined || a.units_purchased !== undefined),
    // The units the enclosed invoices cover, beside the units sold, where the invoices give them.
    hasUnitsInvoiced: supplyChainTypes.has(c.type) && tabled.some((a) => invoicedUnits(c, a.asin) !== undefined),
    orders: (input.orders ?? []).map((o) => ({
      order_id: o.order_id,
      asin: o.asin ?? '',
      // "other" says nothing a reader can use, nor does the case type's own defect in every row: the cell stays empty
      // (and an empty column is left out).
      defect: o.defect && o.defect !== 'other' && !defectOfEveryRow(c) ? (stringIn(strings.defects, o.defect) ?? humanize(o.defect)) : '',
      resolution: cell(o.resolution ?? ''),
    })),
    exhibitList: c.exhibits.map((e) => ({
      label: e.label,
      name: labelled(L.exhibit, e.label),
      title: e.title,
      kind: evidenceKind(e, strings),
      kindSuffix: kindSuffix(e, strings),
    })),
    additional: input.letter?.additional_information ?? null,
    closing: input.closing ?? closing,
    complimentaryClose,
    details: buildDetailsView(c, w, strings),
  };
  const dated = inLongDates(view, c.locale, L.dateTime);
  return c.language === 'ja' ? withoutFoldSpaces(dated) : dated;
}

// A space between two Japanese characters (kana, kanji, full-width punctuation): what folding a YAML line leaves
// inside Japanese text, which has no spaces between words.
const cjk = UNSPACED_CLASS + CJK_MARKS_CLASS;
const foldSpace = new RegExp(`(?<=[${cjk}])[ \\t]+(?=[${cjk}])`, 'gu');
// After a full-width stop, comma or closing bracket Japanese sets no space, whatever follows ("。 10月1日から").
const spaceAfterMark = /(?<=[。、！？」』）])[ \t]+(?=\S)/gu;
// Only the running prose a case writes over several lines: names ("高橋 美穂"), product titles ("南部鉄器 急須") and
// the addressee ("… 御中") keep their spaces.
const proseKeys = new Set([
  'opening',
  'closing',
  'detail',
  'action',
  'measure',
  'explanation',
  'need',
  'no_need_detail',
  'additional',
  'methods',
  'no_contact_reason',
  'attempts',
  'cadence',
  'kpi',
  'resolution',
]);

// The name of a policy document, by its head noun.
// Amazon writes some of its policy names in lower case ("Product detail page rules").
const namedPolicyTitle =
  /\b(?:Polic(?:y|ies)|Guidelines?|Standards|Terms|Agreement|Rules|Requirements|Code of Conduct)$|(?:規約|ポリシー|ガイドライン|規程|規則)$/iu;

/** The words a reference starts with ("Policy warning" of "Policy warning 4471-NL") that a subject ends with. */
function sharedLead(subject: string, reference: string): string | undefined {
  const words = /^(?:\p{L}+\s+)+(?=\S*\d)/u.exec(reference)?.[0].trim().split(/\s+/) ?? [];
  for (let n = words.length; n > 0; n--) {
    const lead = words.slice(0, n).join(' ');
    if (subject.toLowerCase().endsWith(` ${lead.toLowerCase()}`))
      return reference.slice(0, reference.indexOf(words[n - 1]) + words[n - 1].length);
  }
  return undefined;
}

/** The view with the spaces line folding left in its Japanese prose taken out. */
function withoutFoldSpaces<T>(value: T, key = '', inProse = false): T {
  if (key === 's') return value;
  const prose = inProse || proseKeys.has(key);
  if (typeof value === 'string') return (prose ? value.replace(foldSpace, '').replace(spaceAfterMark, '') : value) as T;
  if (Array.isArray(value)) return value.map((item) => withoutFoldSpaces(item, '', prose)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutFoldSpaces(v, k)])) as T;
  return value;
}

// Japanese nouns that say what kind of document a title is.
const japaneseDocumentNoun =
  /(?:書|表|一覧|記録|履歴|写真|画像|リスト|証明|報告|明細|伝票|資料|スクリーンショット|画面|票|証|状|契約|手順|マニュアル|規程|規定|台帳|ログ|データ|結果|メール|メッセージ|設定|情報|計画|通知|ページ|依頼|問い合わせ|案内|お知らせ)/u;

const evidenceKind = (e: Exhibit, strings: Strings) => stringIn(strings.evidenceKinds, e.kind) ?? humanize(e.kind);

/** The kind after an exhibit's title where it adds something: not "other", not a repeat of the title, no second bracket. */
function kindSuffix(e: Exhibit, strings: Strings): string {
  const kind = evidenceKind(e, strings);
  const L = strings.labels;
  // The kind's head noun (its last word; in Japanese its last two characters) already in the title says the kind:
  // "入荷検品チェックリスト 第2版" needs no "（品質検査チェックリスト）".
  const bare = kind.replace(/[\s)）]+$/, '');
  const head = UNSPACED.test([...bare].pop() ?? '') ? bare.slice(-2) : (bare.split(/\s+/).pop() ?? bare);
  const title = e.title.toLowerCase();
  if (e.kind === 'other' || title.includes(kind.toLowerCase()) || (head.length >= 2 && title.includes(head.toLowerCase()))) return '';
  // A Japanese title that names its own kind of document ("調査報告書", "返品の一覧") takes no second, other name.
  if (japaneseDocumentNoun.test(e.title)) return '';
  return /[)）]\s*$/.test(e.title) ? `${L.kindSeparator}${kind}` : `${L.asideOpen}${kind}${L.asideClose}`;
}

/**
 * The trademark as its office names it: "JPO 6723418"; in Japanese a Japan Patent Office registration reads
 * "特許庁 登録第6723418号", as on its certificate.
 */
function trademarkName(tm: { office: string; number: string; status?: string }, language: string): string {
  if (language === 'ja' && /^(JPO|特許庁)$/i.test(tm.office.trim())) {
    const number = tm.status !== 'pending' && /^\d+$/.test(tm.number.trim()) ? `登録第${tm.number.trim()}号` : tm.number;
    return `特許庁 ${number}`;
  }
  return [tm.office, tm.number].filter(Boolean).join(' ');
}

/** Whether a linked account's relationship says it belongs to someone other than the seller. */
const otherOwner = (relationship: string | undefined) => !!relationship && relationship !== 'same-owner' && relationship !== 'unknown';

/** Every string of the view but the strings file with its ISO dates in the letter's long form. */
function inLongDates<T>(value: T, locale: string, pattern: string, key = ''): T {
  if (key === 's') return value;
  if (typeof value === 'string') return longDatesIn(value, locale, pattern) as T;
  if (Array.isArray(value)) return value.map((item) => inLongDates(item, locale, pattern)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inLongDates(v, locale, pattern, k)])) as T;
  return value;
}

/** Whether no ground of the case already states the date since which the design is in use. */
function designSinceUntold(c: Case, since: string | undefined, date: (iso: string | undefined) => string | null): boolean {
  if (!since) return false;
  // The day, or its month ("since April 2019" tells the same date), as ISO or as words, in English or the letter's language.
  const forms = [
    since,
    since.slice(0, 7),
    date(since),
    formatMonth(since.slice(0, 7), c.locale),
    formatMonth(since.slice(0, 7), 'en'),
  ].filter((form): form is string => !!form);
  return !(c.input.grounds ?? []).some((g) => [g.title, g.detail].some((text) => !!text && forms.some((form) => text.includes(form))));
}

/** The ids of the case's evidence of `kind`. */
const idsOfKind = (c: Case, kind: string): string[] => c.input.evidence.filter((e) => e.kind === kind).map((e) => e.id);

/**
 * Whether a corrective action done on the day of the retraction request, or one that gives that day, is that request
 * (it says so or cites it).
 */
function retractionRequestIsAnAction(c: Case, requestedOn: string | undefined): boolean {
  if (!requestedOn) return false;
  const kinds = new Map(c.input.evidence.map((e) => [e.id, e.kind]));
  return c.input.corrective_actions.some(
    (ca) =>
      (ca.done_on === requestedOn || ca.action.includes(requestedOn)) &&
      (/retract|取り下げ|取下げ/i.test(ca.action) || (ca.evidence ?? []).some((id) => kinds.get(id) === 'retraction-request')),
  );
}

function buildDetailsView(c: Case, w: Wording, strings: Strings) {
  const d = c.input.details ?? {};
  const ip = d.ip_complaint;
  const { L, exhibitsOf, date, asideStyle } = w;
  const owner = ip?.rights_owner?.name ?? L.rightsOwner;
  const differences = ip?.differences ?? [];
  const sharedExhibit =
    differences.length > 1 && differences.every((row) => row.evidence && row.evidence === differences[0].evidence)
      ? differences[0].evidence!
      : null;
  const reference = c.input.notice.reference ?? '';
  const english = c.language === 'en' || c.language.startsWith('en-');
  const retractionBy = english && ip?.retraction?.channel ? (byMeans(ip.retraction.channel) ?? null) : null;
  const rightIds = citedRightIds(ip?.ip_number, c.exhibits);
  return {
    ...extraDetailsView(c, w, strings),
    ip: ip
      ? {
          ip_type: humanize(ip.ip_type),
          ip_right: w.word(strings.ipTypes, ipRightKey(ip))!,
          rights_owner_email: ip.rights_owner?.email ?? null,
          position: ip.position ? ipPosition(c, ip.position, owner, w, strings) : null,
          retraction_channel: ip.retraction?.channel ?? null,
          retraction_channel_aside:
            ip.retraction?.channel && !retractionBy ? aside('', lowerFirst(ip.retraction.channel), asideStyle) : null,
          retraction_by: retractionBy,
          retraction_to: owner,
          // The complaint's id and date only where the subject and the opening have not said them already.
          complaint_id: ip.complaint_id && !reference.includes(ip.complaint_id) ? ip.complaint_id : null,
          ip_number: ip.ip_number ?? null,
          right_line: aside([w.word(strings.ipTypes, ipRightKey(ip)), ip.ip_number].filter(Boolean).join(' '), ip.ip_office, asideStyle),
          ip_office: ip.ip_office ?? null,
          rights_owner: ip.rights_owner?.name ? labelValue(ip.rights_owner.name, w.asideStyle, L.innerColon) : null,
          rights_owner_ends_sentence: /[.!?]$/.test(ip.rights_owner?.name ?? ''),
          warning_date: ip.warning_date && ip.warning_date !== c.input.notice.received ? date(ip.warning_date) : null,
          differences_exhibit: sharedExhibit ? exhibitsOf([sharedExhibit]) : null,
          // The registration the complaint cites, and the publication that dates the seller's design, where enclosed.
          right_exhibits: exhibitsOf(rightIds),
          prior_art_exhibits: exhibitsOf(idsOfKind(c, 'prior-art-publication')),
          differences: differences.map((row, i) => ({
            n: i + 1,
            aspect: cell(row.aspect),
            ours: cell(row.our_product),
            theirs: cell(row.protected_design),
            exhibit: sharedExhibit ? '' : (exhibitsOf(row.evidence ? [row.evidence] : []) ?? ''),
          })),
          retraction_requested: date(ip.retraction?.requested_on),
          retraction_received: date(ip.retraction?.received_on),
          retraction_exhibits: exhibitsOf(citedRetractionIds(ip.retraction, c.exhibits)),
          // Left out where a ground already gives the date, or an action already tells of the request.
          independent_design_since: designSinceUntold(c, ip.independent_design_since, date) ? date(ip.independent_design_since) : null,
          // ... or where a ground or an action already cites the retraction received.
          retraction_in_actions:
            (!ip.retraction?.received_on && retractionRequestIsAnAction(c, ip.retraction?.requested_on)) || retractionReceivedTold(c),
          // The opening tells a retraction received that a ground or an action cites; the block does not repeat it.
          retraction_told_first: !!ip.retraction?.received_on && retractionReceivedTold(c),
          // A complaint's block then tells only what the action does not: that the retraction comes from the owner.
          retraction_asked_in_actions: retractionRequestIsAnAction(c, ip.retraction?.requested_on),
        }
      : null,
    supplyChain: d.supply_chain ? supplyChainView(c, w, strings) : null,
  };
}

/**
 * A partly disputed complaint: which listings the letter concedes (those its root causes name) and which it
 * disputes (those its grounds name), or a general sentence when the case does not split them by ASIN.
 */
function mixedPosition(c: Case, w: Wording, strings: Strings): string {
  const P = strings.ipPositions;
  const asinsOf = (text: string) => text.match(/(?<![\p{L}\p{N}])B0[0-9A-Z]{8}(?![\p{L}\p{N}])/gu) ?? [];
  const known = new Set((c.input.asins ?? []).map((a) => a.asin));
  const conceded = [...new Set(c.input.root_causes.flatMap((rc) => [...(rc.asins ?? []), ...asinsOf(`${rc.title} ${rc.detail}`)]))].filter(
    (a) => known.has(a),
  );
  const disputed = [...new Set((c.input.grounds ?? []).flatMap((g) => asinsOf(`${g.title} ${g.detail}`)))].filter(
    (a) => known.has(a) && !conceded.includes(a),
  );
  if (!conceded.length || !disputed.length) return P.mixed;
  return fill(P.mixedSplit, { conceded: w.asinPhrase(conceded)!, disputed: w.asinPhrase(disputed)! });
}

/** "email to the rights owner" -> "by email": the means of a request, when the channel names a common one. */
function byMeans(channel: string): string | undefined {
  // Only a bare means ("email", "email to the rights owner"); a channel with an address or a name stays as written.
  const m =
    /^(e-?mail|letter|post|phone|telephone|Brand Registry|Seller Central message|message)(?:\s+to\s+(?:the\s+)?(?:rights\s+owner|brand\s+owner|complainant))?\.?$/i.exec(
      channel.trim(),
    );
  if (!m) return undefined;
  const means = /^brand registry$/i.test(m[1]) ? 'Brand Registry' : m[1].toLowerCase();
  return `by ${means === 'e-mail' ? 'email' : means === 'message' ? 'message' : means}`;
}

/** The IP position in words; "authorised seller" only with a letter of authorisation that names the seller. */
function ipPosition(c: Case, position: string, owner: string, w: Wording, strings: Strings): string {
  // A partly disputed complaint says which part it concedes; an authorisation still backs the disputed part.
  if (c.stance === 'mixed') {
    const split = mixedPosition(c, w, strings);
    return position === 'authorized-seller'
      ? fill(strings.labels.twoSentences, {
          first: split,
          second: ipPosition({ ...c, stance: 'dispute' } as Case, position, owner, w, strings),
        })
      : split;
  }
  if (position === 'admit-and-remediate') return admitted(c, strings);
  if (position !== 'authorized-seller')
    return fill(stringIn(strings.ipPositions, position) ?? humanize(position), { owner, right: rightUsed(c, strings) });
  const A = strings.ipAuthorization;
  const { forSeller, forOthers } = authorizations(c);
  if (forSeller.length) return fill(A.seller, { owner, exhibits: w.exhibitsOf(forSeller.map((e) => e.id))! });
  const invoices = c.exhibits.filter((e) => invoiceKinds.has(e.kind));
  if (forOthers.length) {
    const distributor = forOthers.map((e) => distributorNamedBy(c, e)).find(Boolean);
    const documents = fill(invoices.length ? A.certificateAndInvoices : A.certificate, {
      exhibits: w.exhibitsOf([...forOthers, ...invoices].map((e) => e.id))!,
    });
    return fill(distributor ? A.distributorNamed : A.distributor, { owner, distributor: distributor ?? '', documents });
  }
  return invoices.length
    ? fill(A.genuineInvoices, { owner, exhibits: w.exhibitsOf(invoices.map((e) => e.id))! })
    : fill(A.genuine, { owner });
}

/**
 * The admission says only what the case shows: the listings withdrawn (every cited ASIN closed or deleted), else
 * corrected (a corrective action is done), else the complaint accepted.
 */
function admitted(c: Case, strings: Strings): string {
  const P = strings.ipPositions;
  const one = (c.input.asins ?? []).filter((a) => a.cited !== false).length === 1;
  if (allCitedWithdrawn(c)) return one ? P.admitRemovedOne : P['admit-and-remediate'];
  const acted = c.input.corrective_actions.some((a) => (a.status ?? 'done') === 'done');
  return acted ? fill(one ? P.admitCorrectedOne : P.admitCorrected, { right: rightUsed(c, strings) }) : P.admitOnly;
}

/**
 * What a listing uses of the complaint's right: "the work" (copyright), "the mark", "the patented design". A
 * seller whose corrected listing still names the mark to say what the product fits ("compatible with X", "fits X")
 * no longer uses it as a brand name or logo; one who took it out altogether no longer uses it at all. Only the
 * corrective actions say what the listing reads now: a root cause telling why the mark was used says nothing of it.
 */
function rightUsed(c: Case, strings: Strings): string {
  const key = ipRightKey(c.input.details?.ip_complaint);
  const corrected = c.input.corrective_actions.map((a) => a.action).join(' ');
  const stillNamed = /compatib|for use with|passend|対応/i.test(corrected) || /\bfits\s+(?:the\s+)?[A-Z]/.test(corrected);
  if (key === 'trademark' && stillNamed) return strings.ipRightsUsed.trademarkAsBrand;
  return stringIn(strings.ipRightsUsed, key) ?? strings.ipRightsUsed.other;
}

/**
 * "Our trademark registration and business licence are enclosed (Exhibits D and E).": the seller's own documents
 * of `kinds` the case encloses, named once each with the possessive once; null when it encloses none.
 */
function ownerDocumentsEnclosed(c: Case, w: Wording, strings: Strings, kinds: readonly string[]): string | null {
  const S = strings.supplyChain;
  const names: Record<string, string> = {
    'trademark-registration': S.trademarkRegistration,
    'business-license': S.businessLicence,
    'government-id': S.ownerId,
  };
  // In the order of `kinds`: one name a kind.
  const found = enclosedDocuments(
    w,
    kinds.flatMap((k) => c.exhibits.filter((e) => e.kind === k)),
    (e) => names[e.kind],
  );
  if (!found) return null;
  const { documents, exhibits } = found;
  // "our trademark registration and business licence": the possessive once.
  const firstWord = documents[0].split(' ')[0];
  const listed = documents.map((doc, i) =>
    i > 0 && doc.includes(' ') && doc.split(' ')[0] === firstWord ? doc.slice(doc.indexOf(' ') + 1) : doc,
  );
  return fill(documents.length > 1 ? S.ownerEnclosedMany : S.ownerEnclosedOne, { documents: capitalize(w.spoken(listed)), exhibits });
}

/**
 * The documents of `enclosed` named in that order (neighbours of one name named once) and their exhibits, or null
 * when it holds none.
 */
function enclosedDocuments(w: Wording, enclosed: Exhibit[], nameOf: (e: Exhibit) => string) {
  const documents = enclosed.map(nameOf).filter((name, i, all) => i === 0 || name !== all[i - 1]);
  const exhibits = w.exhibitsOf(enclosed.map((e) => e.id));
  return documents.length && exhibits ? { documents, exhibits } : null;
}

/** The supply chain: who the seller is to the brand, each supplier, and only the documents the case encloses. */
const authorizingKinds = new Set<string>(['letter-of-authorization', 'licensing-agreement']);

/** "To show who owns and runs our account, we enclose our business licence and the owner's ID (Exhibits C and D)." */
function identitySentence(c: Case, w: Wording, strings: Strings): string | null {
  const I = strings.identityDocuments;
  const names: Record<string, string> = {
    'business-license': I.businessLicence,
    'government-id': I.ownerId,
    'utility-bill': I.utilityBill,
    'bank-or-payment-statement': I.bankStatement,
  };
  const signatory = c.input.seller.signatory?.name?.trim();
  // An ID that names the person signing is theirs ("the ID of Chen Jiahui"); one kept for an owner's role is the owner's.
  const nameOf = (e: Exhibit) =>
    e.kind === 'government-id' && signatory && namesPerson(e, signatory) ? fill(I.signatoryId, { name: signatory }) : names[e.kind];
  // The documents in the order of their exhibits, so "(Exhibits A, B and C)" reads one to one; exhibits of one
  // kind next to each other are named once.
  const ids = new Set(identityDocumentIds(c.exhibits, signatory));
  // Another company's licence (the linked account's) is not "our business licence": it is named by its company.
  const legalName = c.input.seller.legal_name;
  const listed = c.exhibits.filter((e) => ids.has(e.id)).map((e) => ({ e, company: otherCompanyOf(e, legalName) }));
  const found = enclosedDocuments(
    w,
    listed.filter((x) => !x.company).map((x) => x.e),
    nameOf,
  );
  const ours = found ? fill(I.enclosed, { documents: w.spoken(found.documents), exhibits: found.exhibits }) : null;
  const theirs = listed.flatMap(({ e, company }) => (company ? [fill(I.otherLicence, { company, exhibits: w.exhibitsOf([e.id])! })] : []));
  return [ours, ...theirs].filter(Boolean).join(' ') || null;
}

function supplyChainView(c: Case, w: Wording, strings: Strings) {
  const sc = c.input.details!.supply_chain!;
  const S = strings.supplyChain;
  const { L, exhibitsOf, spoken } = w;
  const suppliers = sc.suppliers ?? [];
  let intro: string;
  if (sc.seller_is_brand_owner) {
    const enclosed = ownerDocumentsEnclosed(c, w, strings, ownerDocumentKinds);
    intro = enclosed ? fill(L.twoSentences, { first: S.owner, second: enclosed }) : S.owner;
  } else {
    const invoices = suppliers.some((s) => exhibitsOf(s.invoice_evidence));
    // A supplier's authorisation that names the seller is the seller's own letter, said below, not the supplier's.
    const ownLetters = new Set(authorizations(c).forSeller.map((e) => e.id));
    const supplierDocuments = suppliers
      .flatMap((s) => s.authorization_evidence ?? [])
      .filter((id) => c.exhibitById.has(id) && !ownLetters.has(id));
    // Only a letter of authorisation or a licence is a brand's authorisation; a distributor's certificate or a
    // chain-of-custody record shows where the goods came from.
    const supplierLetters = new Set(supplierDocuments.filter((id) => authorizingKinds.has(c.exhibitById.get(id)!.kind)));
    const one = supplierLetters.size === 1;
    // Suppliers some of whom hold the brand's authorisation: name those who do, not "whose ... authorisation" of all.
    const holders = suppliers.filter((s) => s.authorization_evidence?.some((id) => supplierLetters.has(id))).map((s) => s.name);
    const documents = supplierLetters.size
      ? holders.length && holders.length < suppliers.length
        ? fill(invoices ? S.invoicesAndSomeAuthorizations : S.someAuthorizations, { holders: spoken(holders) })
        : invoices
          ? one
            ? S.invoicesAndAuthorization
            : S.invoicesAndAuthorizations
          : one
            ? S.authorization
            : S.authorizations
      : supplierDocuments.length
        ? invoices
          ? S.invoicesAndDocuments
          : S.documents
        : invoices
          ? S.invoices
          : '';
    intro = fill(S.reseller, { suppliers: suppliers.length > 1 ? S.suppliers : S.supplier, documents });
  }
  const forSeller = sc.seller_is_brand_owner ? [] : authorizations(c).forSeller;
  const doubtful = doubtfulLotsView(c, w, strings);
  return {
    brand_owner: sc.seller_is_brand_owner,
    intro,
    doubtful_intro: doubtful.length ? S.doubtfulIntro : null,
    doubtful_lots: doubtful,
    seller_authorization: forSeller.length ? fill(S.sellerAuthorization, { exhibits: exhibitsOf(forSeller.map((e) => e.id))! }) : null,
    suppliers: suppliers.map((s) => ({
      name: s.name,
      tier: s.tier && s.tier !== 'other' ? w.word(strings.supplierTiers, s.tier) : null,
      tier_note:
        s.tier && s.tier !== 'other' ? aside(s.name, w.word(strings.supplierTiers, s.tier), w.asideStyle).slice(s.name.length) : null,
      contact: [s.address, s.phone, s.email, s.website].filter(Boolean).join(L.contactSeparator) || null,
      exhibits: exhibitsOf([...(s.invoice_evidence ?? []), ...(s.authorization_evidence ?? [])]),
      tier_and_exhibits:
        [
          s.tier && s.tier !== 'other' ? w.word(strings.supplierTiers, s.tier) : null,
          exhibitsOf([...(s.invoice_evidence ?? []), ...(s.authorization_evidence ?? [])]),
        ]
          .filter(Boolean)
          .join(L.refSeparator) || null,
    })),
  };
}

// An outcome that says Amazon answered and declined: "rejected", "denied", "declined", "not accepted", 却下.
const declined = /\b(?:reject|den(?:y|ied)|declin|refus|not\s+(?:accepted|approved|reinstated))|却下|不承認|否認/i;

/**
 * A resubmission says which appeal it replaces and the reply it answers, in Amazon's words when the case gives them:
 * the latest earlier attempt Amazon declined or answered with feedback.
 */
function revisionSentence(c: Case, strings: Strings, w: Wording, document: string): string | null {
  const answered = (c.input.submission?.previous_attempts ?? []).filter((p) => p.feedback || declined.test(p.outcome ?? ''));
  const last = answered.reduce<(typeof answered)[number] | undefined>(
    (a, b) => (!a || b.submitted_on >= a.submitted_on ? b : a),
    undefined,
  );
  if (!last) return null;
  const R = strings.resubmission;
  const feedback = last.feedback?.trim().replace(/\s+/g, ' ');
  const quoted = feedback
    ? c.language === 'ja'
      ? japaneseQuotation(feedback)
      : innerQuotes(endsSentence(feedback) ? feedback : `${feedback}.`)
    : '';
  return fill(feedback ? R.revisionFeedback : R.revision, {
    document: capitalize(document),
    date: w.date(last.submitted_on)!,
    feedback: quoted,
  });
}

/**
 * Each lot the case declares doubtful, in a line: its units, its source, the root causes and corrective actions that
 * answer it, and, when no invoice covers its ASIN, that the letter does not ask that listing back.
 */
function doubtfulLotsView(c: Case, w: Wording, strings: Strings): { label: string; text: string }[] {
  const S = strings.supplyChain;
  const { L, spoken, exhibitsOf } = w;
  const input = c.input;
  const unsourced = unsourcedAsins(c);
  const asinPattern = /(?<![\p{L}\p{N}])B0[0-9A-Z]{8}(?![\p{L}\p{N}])/gu;
  const numbers = (ids: string[], all: { id: string }[]) => all.flatMap((item, i) => (ids.includes(item.id) ? [String(i + 1)] : []));
  const sentence = (text: string) => text.trim().replace(/[.。]$/, '');
  return (input.details?.supply_chain?.doubtful_lots ?? []).map((lot) => {
    // The root causes the lot's own actions address; else those that name its ASIN.
    const addressed = input.corrective_actions.filter((ca) => lot.sold_units_actions?.includes(ca.id)).flatMap((ca) => ca.addresses);
    const causes = input.root_causes
      .filter((rc) =>
        addressed.length
          ? addressed.includes(rc.id)
          : rc.asins?.includes(lot.asin) || `${rc.title} ${rc.detail}`.match(asinPattern)?.includes(lot.asin),
      )
      .map((rc) => rc.id);
    const actions = input.corrective_actions
      .filter((ca) => lot.sold_units_actions?.includes(ca.id) || ca.addresses.some((id) => causes.includes(id)))
      .map((ca) => ca.id);
    const causeNumbers = numbers(causes, input.root_causes);
    const actionNumbers = numbers(actions, input.corrective_actions);
    const refs = [
      causeNumbers.length ? labelled(causeNumbers.length > 1 ? L.rootCauses : L.rootCause, spoken(causeNumbers)) : '',
      actionNumbers.length ? labelled(actionNumbers.length > 1 ? S.correctiveActions : S.correctiveAction, spoken(actionNumbers)) : '',
    ].filter(Boolean);
    const units = lot.units !== undefined ? formatNumber(lot.units, c.locale) : undefined;
    const sold = lot.units_sold !== undefined ? formatNumber(lot.units_sold, c.locale) : undefined;
    const exhibit = exhibitsOf(lot.evidence ? [lot.evidence] : []);
    // A root cause that already gives the lot's count tells its story: the line only points there.
    const told = input.root_causes.some((rc) => causes.includes(rc.id) && mentionsCount(`${rc.title} ${rc.detail}`, lot.units, units));
    const toldRefs = spoken(exhibit ? [...refs, exhibit] : refs);
    const sentences = told
      ? [
          units ? fill(S.doubtfulToldUnits, { units, refs: toldRefs }) : fill(S.doubtfulTold, { refs: toldRefs }),
          unsourced.has(lot.asin) ? S.doubtfulNotAsked : '',
        ].filter(Boolean)
      : [
          units && sold
            ? fill(S.doubtfulUnitsSold, { units, sold })
            : units
              ? fill(S.doubtfulUnits, { units })
              : sold
                ? fill(S.doubtfulSold, { sold })
                : '',
          lot.source
            ? fill(S.doubtfulSource, { source: exhibit ? aside(sentence(lot.source), exhibit, w.asideStyle) : sentence(lot.source) })
            : '',
          refs.length ? fill(S.doubtfulRefs, { refs: spoken(refs) }) : '',
          unsourced.has(lot.asin) ? S.doubtfulNotAsked : '',
        ].filter(Boolean);
    return { label: labelled(L.asin, lot.asin), text: sentences.reduce((first, second) => fill(L.twoSentences, { first, second })) };
  });
}

/** The units the invoices cover of an ASIN, with the units of a doubtful lot beside them ("200 + 600 from another source"). */
function invoicedCell(c: Case, asin: string, strings: Strings): string {
  const invoiced = invoicedUnitsSplit(c, asin);
  const lot = (c.input.details?.supply_chain?.doubtful_lots ?? [])
    .filter((l) => l.asin === asin)
    .reduce((sum, l) => sum + (l.units ?? 0), 0);
  // No invoice covers the ASIN: its lot is still told ("0 + 150 from another source"), the cell is not left blank.
  if (invoiced === undefined && !lot) return '';
  const num = (v: number) => formatNumber(v, c.locale);
  // An invoice's one quantity for several ASINs is told as theirs together, not as the units of each row.
  const shared = invoiced?.shared
    ? fill(strings.labels.invoicedShared, { units: num(invoiced.shared), count: num(invoiced.sharedAsins) })
    : '';
  const n = shared ? (invoiced?.own ? `${num(invoiced.own)} + ${shared}` : shared) : num(invoiced?.own ?? 0);
  return lot ? fill(strings.labels.invoicedWithLot, { invoiced: n, lot: num(lot) }) : n;
}

/** Whether a policy warning is about messages to buyers and no root cause names an ASIN. */
function messagesOnly(c: Case): boolean {
  const n = c.input.notice;
  if (n.kind !== 'policy-warning' || !/messag|communication|メッセージ/i.test(`${n.policy ?? ''} ${n.sender ?? ''}`)) return false;
  return !c.input.root_causes.some(
    (rc) => rc.asins?.length || /(?<![\p{L}\p{N}])B0[0-9A-Z]{8}(?![\p{L}\p{N}])/u.test(`${rc.title} ${rc.detail}`),
  );
}

/** Whether the products for a Brand Registry video call name every ASIN of the case. */
function videoListsEvery(c: Case): boolean {
  const shown = new Set((c.input.details?.brand_registry?.video_verification?.products ?? []).map((p) => p.asin));
  return shown.size > 0 && (c.input.asins ?? []).every((a) => shown.has(a.asin));
}

/** Whether `text` gives the count `units` (as written or as the letter formats it), not as part of a longer number. */
function mentionsCount(text: string, units: number | undefined, formatted: string | undefined): boolean {
  if (units === undefined) return false;
  return [String(units), formatted].some((n) => n && new RegExp(`(?<![\\d.,])${n.replace(/[.,]/g, '\\$&')}(?![\\d]|[.,]\\d)`).test(text));
}

/** The rest of a business-need answer that says there is none ("None. We sell only from ..."), or undefined. */
function noNeed(text: string): string | undefined {
  const m =
    /^\s*(?:none|n\/a|no(?:ne)?\s+(?:business\s+)?need|not applicable|(?:特に)?なし|(?:特に)?(?:必要は?)?(?:ありません|ございません)|不要(?:です)?)\s*(?:[.:;,\-–—。、：]\s*|$)/i.exec(
      text,
    );
  return m ? text.slice(m[0].length) : undefined;
}

/** "WeChat: topstar_reviews88" inside a sentence: the label and its value without the colon between them. */
const unlabelled = (value: string) => (carriesLabel(value) ? value.replace(/\s*[:：]\s*/, ' ') : value);

/**
 * Contact attempts written "2026-11-12 email: no reply" (a date, how, then after a colon or semicolon what came of
 * it), each as "on <date> by <how>, <result>"; null unless every attempt is written so.
 */
function datedAttempts(tries: string[], w: Wording): { date: string; channel: string | null; result: string }[] | null {
  const parsed = tries.map((a) => /^\s*(\d{4}-\d{2}-\d{2})\s*([^:;]*?)\s*[:;]\s*(.+?)[.\s]*$/.exec(a));
  if (!parsed.length || parsed.some((m) => !m)) return null;
  return parsed.map((m) => ({ date: w.date(m![1])!, channel: m![2] || null, result: m![3] }));
}

/** The seller's text after a colon of the letter: an ordinary first word in lower case (English), a full stop at its end. */
function afterColon(c: Case, text: string): string {
  const english = c.language === 'en' || c.language.startsWith('en-');
  const told = english ? lowerFirst(text.trim(), caseWords(c)) : text.trim();
  return endsSentence(told) || !english ? told : `${told}.`;
}

/** Whether the seller's "no need" text names its own store, the one account it keeps. */
function noNeedNamesOwnStore(c: Case, need: string | undefined): boolean {
  const detail = need ? noNeed(need) : undefined;
  const store = c.input.seller.store_name?.trim();
  return !!detail && !!store && detail.includes(store);
}

/** A company's legal form in its name ("Co., Ltd.", "GmbH", "SARL", "株式会社"). */
const legalForm =
  /\b(?:ltd|llc|l\.l\.c|inc|corp|corporation|limited|company|gmbh|ag|kg|sarl|sas|s\.a\.s?|s\.l|s\.r\.l|srl|s\.p\.a|spa|b\.v|bv|pty|plc|k\.k|oy|ab)\b\.?|株式会社|有限会社|合同会社|有限公司|股份公司/i;

/** The details blocks of Brand Registry, related-accounts, review-manipulation and restricted-products cases. */
function extraDetailsView(c: Case, w: Wording, strings: Strings) {
  const d = c.input.details ?? {};
  const { L, exhibitsOf, date, dateTime } = w;
  const br = d.brand_registry;
  const video = br?.video_verification;
  const ra = d.related_accounts;
  const rm = d.review_manipulation;
  const business = ra?.legitimate_business_need && !noNeed(ra.legitimate_business_need) ? ra.legitimate_business_need : null;
  const rp = d.restricted_product;
  const V = strings.video;
  const classes = br?.trademark?.classes ?? [];
  const tmName = br?.trademark ? trademarkName(br.trademark, c.language) : null;
  const videoView = () => {
    if (!video) return null;
    const invited = date(video.invited_on)!;
    const slots = video.scheduled_at ? [] : (video.slots ?? []).map(dateTime);
    // One sentence by the state of the booking: booked (for when), times proposed (which), or only invited (book by).
    const state = video.scheduled_at
      ? fill(V.booked, { invited, scheduled: dateTime(video.scheduled_at) })
      : slots.length
        ? fill(V.slots, { invited })
        : fill(V.invited, { invited, bookBy: date(bookingDeadline(video.invited_on, video.book_by))! });
    const a = video.attendee;
    const documents = exhibitsOf([a?.id_evidence, a?.authorization_evidence, a?.business_licence_evidence]);
    const attendee = a
      ? fill(documents ? V.attendeeDocuments : V.attendee, {
          name: a.name,
          role: w.word(strings.attendeeRoles, a.role)!,
          exhibits: documents ?? '',
        })
      : null;
    // An exception column that most rows leave empty reads as a form half filled in: its few values are
    // told as notes under the table, and the column, empty then, is left out.
    const withException = (video.products ?? []).filter((p) => p.exception?.trim());
    const inTable = withException.length * 2 > (video.products ?? []).length;
    const stopped = (text: string) => (endsSentence(text) ? text : `${text}${c.language === 'ja' ? '。' : '.'}`);
    const productList = exhibitsOf(productListIds(c.input));
    return {
      state,
      slots,
      attendee,
      location: video.location ?? null,
      products_intro: fill(L.productsForCall, { exhibit: aside('', productList, w.asideStyle) }),
      products: (video.products ?? []).map((p) => ({
        name: cell(p.name),
        asin: p.asin ?? '',
        units: p.units_available === undefined ? '' : String(p.units_available),
        exception: inTable ? cell(p.exception ?? '') : '',
      })),
      exceptionNotes: inTable
        ? []
        : withException.map((p) => fill(L.exceptionNote, { product: p.name, exception: stopped(p.exception!.trim()) })),
    };
  };
  const contactPart = (label: string, value: string | undefined) =>
    value ? (carriesLabel(value) ? value : `${label}${L.labelSeparator}${value}`) : null;
  const thirdParties = (rm?.third_parties ?? []).map((t) => {
    const tries = t.contact_attempts ?? [];
    // Attempts that hold their own semicolons read as sentences, so the list stays unambiguous.
    const attempts = tries.some((a) => a.includes(';'))
      ? tries
          .map((a) => (endsSentence(a) ? a : `${a}.`))
          .join(' ')
          .replace(/\.$/, '')
      : tries.join(L.refSeparator);
    return {
      name: t.alias ? aside(t.name, `${L.alias} ${t.alias}`, w.asideStyle) : t.name,
      contact:
        [t.email, contactPart(L.messenger, t.messenger_id), t.website, contactPart(L.paymentAccount, t.payment_account), t.address]
          .filter(Boolean)
          .join(L.contactSeparator) || null,
      attempts: attempts || null,
      attempts_stop: endsSentence(attempts),
      // The same facts as sentences: "We dealt with X through A and B. The payments went through C." (the account may
      // be the seller's own, from which buyers were refunded, so the letter does not say whose it is)
      reach: w.spoken([t.email, t.messenger_id, t.website].filter((v): v is string => !!v).map(unlabelled)) || null,
      // A group or forum known only by its web address is where the offers were posted, not someone the
      // seller dealt with (one reached by e-mail or messenger is).
      is_group: /\b(?:group|forum|community)\b|グループ|コミュニティ/i.test(t.name) && !t.email && !t.messenger_id,
      paid_through: t.payment_account ? unlabelled(t.payment_account) : null,
      // A name that has its own Japanese quotation marks (レビュー代行「星のしずく」) gets no second pair.
      name_quoted: /[「」『』]/.test(t.name),
      address: t.address ?? null,
      attempts_dated: datedAttempts(tries, w),
    };
  });
  return {
    brandRegistry: br
      ? {
          brand: br.brand,
          trademark: tmName,
          // "登録第6723418号" already says it is registered; the registration nothing else cites is cited here.
          trademark_status:
            fill(L.statusAndExhibits, {
              status: tmName?.includes('登録第') ? '' : (w.word(strings.trademarkStatus, br.trademark?.status) ?? ''),
              exhibits: exhibitsOf(c.exhibits.filter((e) => e.supports.other.includes('brand registry')).map((e) => e.id)) ?? '',
            })
              .replace(/^[;；、,\s]+|[;；、,\s]+$/g, '')
              .trim() || null,
          // "Qingmu Co., Ltd. (company)" says the type twice: a name with its legal form needs no "company".
          holder: br.trademark?.holder_name
            ? aside(
                br.trademark.holder_name,
                br.trademark.holder_type === 'company' && legalForm.test(br.trademark.holder_name)
                  ? null
                  : w.word(strings.holderTypes, br.trademark.holder_type),
                w.asideStyle,
              )
            : null,
          classes_label: classes.length > 1 ? L.classes : L.class,
          // Japanese names a Nice class 第21類, as the registration certificate does.
          classes: classes.length
            ? classes.map((n) => (c.language === 'ja' && /^\d+$/.test(String(n)) ? `第${n}類` : n)).join(L.listSeparator)
            : null,
          appeal_case_id: br.appeal_case_id && !(c.input.notice.reference ?? '').includes(br.appeal_case_id) ? br.appeal_case_id : null,
          video: videoView(),
        }
      : null,
    relatedAccounts: ra
      ? {
          known: ra.linked_account_known !== false && !!ra.linked_account,
          store_name: ra.linked_account?.store_name ?? null,
          merchant_token: ra.linked_account?.merchant_token ?? null,
          marketplace: ra.linked_account?.marketplace ?? null,
          status: ra.linked_account?.status
            ? (stringIn(strings.accountStatuses, ra.linked_account.status.trim().toLowerCase()) ?? ra.linked_account.status)
            : null,
          relationship: w.word(strings.relationships, ra.linked_account?.relationship),
          explanation: ra.relationship_explanation ?? null,
          // "None. Ashcombe Home is our only account": no need to keep a second account, said as a sentence.
          // A business need asks to keep both accounts, which a requested closure contradicts: then it is only told.
          // Joined after a colon ("…the separate businesses they are: two different companies…"), which reads as
          // one sentence whether the seller wrote a noun phrase or a sentence.
          need: business && !ra.closure_requested_for ? afterColon(c, business) : null,
          // Another owner's account (a relative's, a partner's) is not the seller's to keep: the need asks Amazon to
          // treat the two as separate businesses.
          need_separate: otherOwner(ra.linked_account?.relationship) ? true : null,
          need_told: business && ra.closure_requested_for ? business : null,
          no_need: ra.legitimate_business_need && noNeed(ra.legitimate_business_need) ? true : null,
          no_need_detail: ra.legitimate_business_need ? noNeed(ra.legitimate_business_need)?.trim() || null : null,
          closure: ra.closure_requested_for ?? null,
          // "None. Ashcombe Home is our only account" already names the one account the seller keeps: the closure
          // sentence then leaves out its own promise to sell only from the account named in the letter.
          sole_account_told: noNeedNamesOwnStore(c, ra.legitimate_business_need) ? true : null,
          // The seller asks to close its own second account; another owner's account is closed at that owner's request.
          closure_ours: ra.linked_account?.relationship === 'same-owner' ? true : null,
          attempt: ra.appeal_attempt ?? null,
          identity: identitySentence(c, w, strings),
        }
      : null,
    reviewManipulation: rm
      ? {
          methods: rm.methods,
          responsible_person: rm.responsible_person ?? null,
          third_parties: thirdParties,
          // A group where the offers were posted was used, not engaged: the heading says what the parties were.
          third_parties_heading:
            thirdParties.length && thirdParties.every((t) => t.is_group)
              ? strings.headings.thirdPartiesPosted
              : thirdParties.some((t) => t.is_group)
                ? strings.headings.thirdPartiesInvolved
                : strings.headings.thirdParties,
          no_contact_reason: rm.no_contact_reason ?? null,
          obtained: rm.reviews_obtained ?? null,
          still_live: rm.reviews_still_live ?? null,
          spreadsheet: exhibitsOf([rm.spreadsheet_evidence]),
          // The list of the reviews still live, where the case encloses one apart from the full spreadsheet.
          live_list: exhibitsOf(
            c.exhibits.filter((e) => e.kind === 'offending-reviews-list' && e.id !== rm.spreadsheet_evidence).map((e) => e.id),
          ),
          payments: exhibitsOf(rm.payment_evidence),
        }
      : null,
    restrictedProduct: rp ? restrictedProductView(c, w, strings) : null,
  };
}

/**
 * The cited ASINs of a restricted-products case split by the approval: those asked back with it and those
 * withdrawn for want of one. Null unless an approval is enclosed and some, not all, cited listings are withdrawn.
 */
function approvalSplit(c: Case): { approved: string[]; withdrawn: string[] } | null {
  const rp = c.input.details?.restricted_product;
  if (!rp?.approval_required || !rp.approval_evidence?.length) return null;
  const gone = withdrawnAsins(c);
  const cited = (c.input.asins ?? []).filter((a) => a.cited !== false).map((a) => a.asin);
  const approved = cited.filter((a) => !gone.has(a));
  const withdrawn = cited.filter((a) => gone.has(a));
  return approved.length && withdrawn.length ? { approved, withdrawn } : null;
}

/** The restricted product block: category, approval (by ASIN when it covers some of them) and the inventory. */
function restrictedProductView(c: Case, w: Wording, strings: Strings) {
  const rp = c.input.details!.restricted_product!;
  const { L, exhibitsOf, asinPhrase } = w;
  const split = approvalSplit(c);
  // "other" would promise a description the letter may not give: the line is left out.
  const disposition =
    rp.inventory_disposition && rp.inventory_disposition !== 'other' ? w.word(strings.dispositions, rp.inventory_disposition) : null;
  return {
    category: labelValue(rp.category, w.asideStyle, L.innerColon),
    // Whether approval is required says nothing true of a product the notice says may not be sold at all.
    approval:
      rp.approval_required === undefined || (saleProhibitedBy(c.input.notice.summary) && !rp.approval_evidence?.length)
        ? null
        : split
          ? // An approval for some products only: the line says which, and which listings stay withdrawn.
            fill(L.approvalSplit, {
              approved: asinPhrase(split.approved)!,
              withdrawn: asinPhrase(split.withdrawn)!,
              exhibits: exhibitsOf(rp.approval_evidence)!,
            })
          : rp.approval_required
            ? rp.approval_evidence?.length
              ? L.approvalEnclosed
              : // No approval, and every listing taken down: the seller does not hold one and asks nothing back.
                allCitedWithdrawn(c)
                ? L.approvalNotHeld
                : L.approvalRequired
            : L.approvalNotRequired,
    approval_exhibits: split ? null : exhibitsOf(rp.approval_evidence),
    // The stock of the withdrawn products is what was removed or returned, not that of those asked back.
    disposition:
      disposition && split && rp.inventory_disposition !== 'relisted-after-approval'
        ? fill(L.dispositionOf, { disposition, asins: asinPhrase(split.withdrawn)! })
        : disposition,
  };
}

export type LetterView = ReturnType<typeof buildView>;
