// The rule helpers: whole-word phrase matching, sentences, and calendar arithmetic that never reads the clock.
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  daysBetween,
  hasNumber,
  isNegated,
  matchesOf,
  minutesOf,
  phraseRegExp,
  phraseSource,
  sentences,
} from '../../../src/rules/helpers.js';

const found = (phrases: string[], text: string) => matchesOf(phraseRegExp(phrases), text).map((m) => m.text);

describe('phrase matching in Japanese', () => {
  it('matches inside a run of kanji and kana, across the line breaks of the case text', () => {
    expect(found(['配送業者の責任'], '破損は配送業者の責任です。')).toEqual(['配送業者の責任']);
    expect(found(['配送業者の責任'], '破損は配送業者の\n責任です。')).toEqual(['配送業者の\n責任']);
    expect(found(['amazonの誤り'], 'これはAmazonの誤りです。')).toEqual(['Amazonの誤り']);
  });

  it('reads "…" as a few words within the sentence, and full-width digits and signs as their ASCII forms', () => {
    expect(found(['購入者が…と判断'], '購入者が誤って使用したと判断しました。')).toEqual(['購入者が誤って使用したと判断']);
    expect(found(['購入者が…と判断'], '購入者が返品した。当社はと判断')).toEqual([]);
    expect(found(['100%保証'], '１００％保証します。')).toEqual(['１００％保証']);
  });

  it('splits sentences at 。！？, keeping a closing bracket with its sentence', () => {
    expect(sentences('返金しました。「確認済みです。」次に進みます！').map((m) => m.text)).toEqual([
      '返金しました。',
      '「確認済みです。」',
      '次に進みます！',
    ]);
  });

  it('counts kanji numerals only with a counter, and full-width digits', () => {
    expect(hasNumber('三件の注文')).toBe(true);
    expect(hasNumber('１２件')).toBe(true);
    expect(hasNumber('一部の商品を一度確認')).toBe(false);
  });

  it('knows a phrase negated before it (English) or after it (Japanese)', () => {
    const negated = (phrases: string[], text: string) => matchesOf(phraseRegExp(phrases), text).map((m) => isNegated(text, m));
    expect(negated(['similar to'], 'Our lamp is not similar to the patent.')).toEqual([true]);
    expect(negated(['resemblance'], 'It bears no resemblance to FIG. 1.')).toEqual([true]);
    expect(negated(['resembles'], 'Our lamp resembles the patent.')).toEqual([false]);
    expect(negated(['似ている'], '登録意匠と似ている点はありません。')).toEqual([true]);
    expect(negated(['似ている'], '登録意匠と似ているため、販売を止めました。')).toEqual([false]);
  });
});

describe('phrase matching', () => {
  it('matches whole words only, in any case', () => {
    expect(found(['some'], 'A handsome box; SOME buyers; someone; some.')).toEqual(['SOME', 'some']);
    expect(found(['many'], 'Shipped from Germany to many buyers.')).toEqual(['many']);
    expect(found(['perfect'], 'It fits perfectly. A perfect record.')).toEqual(['perfect']);
    expect(found(['beg'], 'We began on Monday; we beg you.')).toEqual(['beg']);
  });

  it('lets the longest phrase win and spans line breaks', () => {
    expect(found(['never happen again', 'will never happen again'], 'This will never\nhappen again.')).toEqual([
      'will never\nhappen again',
    ]);
  });

  it('accepts either apostrophe, numbers for #, and phrases that start or end with punctuation', () => {
    expect(found(["amazon's fault"], 'It was Amazon’s fault.')).toEqual(['Amazon’s fault']);
    expect(found(['$# a month', 'founded in #'], 'We sell $200,000 a month and were founded in 2012.')).toEqual([
      '$200,000 a month',
      'founded in 2012',
    ]);
    expect(found(['!!!', 'etc.', '[insert'], 'Help!!! Boxes, tape etc. [insert date]')).toEqual(['!!!', 'etc.', '[insert']);
  });

  it('compiles a list once and gives the same matches on every use', () => {
    const list = ['try our best', 'some'];
    const pattern = phraseRegExp(list)!;
    // A caller that ran the shared pattern itself leaves lastIndex moved; the next caller still starts at 0.
    pattern.test('we will try our best');
    expect(phraseRegExp(list)).toBe(pattern);
    expect(pattern.lastIndex).toBe(0);
    expect(found(list, 'Some parcels; we try our best.')).toEqual(['Some', 'try our best']);
    expect(found(list, 'Some parcels; we try our best.')).toEqual(['Some', 'try our best']);
  });

  it('returns nothing for an empty list', () => {
    expect(phraseRegExp([])).toBeUndefined();
    expect(matchesOf(undefined, 'text')).toEqual([]);
  });

  it('compiles a list once: the same pattern for the same list, finding the same phrases each time', () => {
    const list = ['try our best', 'as soon as possible'];
    const pattern = phraseRegExp(list);
    expect(phraseRegExp(list)).toBe(pattern);
    expect(phraseRegExp([...list])).not.toBe(pattern);
    const text = 'We will try our best, as soon as possible. We will try our best.';
    const first = matchesOf(pattern, text);
    expect(first.map((m) => m.text)).toEqual(['try our best', 'as soon as possible', 'try our best']);
    expect(matchesOf(phraseRegExp(list), text)).toEqual(first);
    expect(pattern?.lastIndex).toBe(0);
  });
});

describe('one pattern for a word list', () => {
  // Phrases of every kind of end (word, sign, Japanese), longest first as phraseRegExp orders them.
  const phrases = ['we will make sure', 'we will', 'will', '100%', '#% of orders', '(sic)', 'sure!', '再発防止', '購入者が…と判断', 'ok'];
  const texts = [
    'We will make sure; we willingly will. 100% of orders, 12.5 % of orders (sic) — sure! surely OK, okay.',
    '再発防止策として、購入者が商品を偽物と判断した場合は返金します。we will',
    'WE WILL MAKE SURE\nwe\n will make   sure!ok',
  ];

  it('matches exactly as one alternative per phrase, each with its own word ends, would', () => {
    const ordered = [...phrases].sort((a, b) => b.length - a.length);
    const perPhrase = new RegExp(ordered.map(phraseSource).join('|'), 'giu');
    for (const text of texts) {
      expect(matchesOf(phraseRegExp(phrases), text)).toEqual(matchesOf(perPhrase, text));
      expect(matchesOf(phraseRegExp(phrases), text).length).toBeGreaterThan(1);
    }
  });
});

describe('sentences', () => {
  it('splits at sentence ends but not after common abbreviations', () => {
    expect(sentences('Shenzhen Sunrise Co., Ltd. shipped 9 sets. Some broke, e.g. two bowls! Why?').map((s) => s.text)).toEqual([
      'Shenzhen Sunrise Co., Ltd. shipped 9 sets.',
      'Some broke, e.g. two bowls!',
      'Why?',
    ]);
  });

  it('knows digits and number words', () => {
    expect(hasNumber('three parcels')).toBe(true);
    expect(hasNumber('on 2026-10-02')).toBe(true);
    expect(hasNumber('some parcels')).toBe(false);
  });
});

describe('dates', () => {
  it('counts calendar days between ISO dates', () => {
    expect(daysBetween('2026-10-18', '2026-10-21')).toBe(3);
    expect(daysBetween('2026-03-01', '2025-03-01')).toBe(-365);
  });

  it('adds working days, skipping Saturdays and Sundays', () => {
    expect(addWorkingDays('2026-10-16', 7)).toBe('2026-10-27'); // Friday + 7 working days
    expect(addWorkingDays('2026-10-17', 1)).toBe('2026-10-19'); // Saturday -> Monday
    expect(addWorkingDays('2026-10-19', 0)).toBe('2026-10-19');
  });

  it('reads date-times with a space or a T', () => {
    expect(minutesOf('2026-10-28T09:00') - minutesOf('2026-10-26 09:30')).toBe(47 * 60 + 30);
  });
});
