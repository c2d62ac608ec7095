// Joins of case text into the letter's sentences.
import { describe, expect, it } from 'vitest';
import {
  amountIn,
  aside,
  carriesLabel,
  completeHeadline,
  inAmazonsVoice,
  japaneseQuotation,
  labelled,
  labelledIds,
  labelValue,
  lowerFirst,
  reasonAfterRestatement,
  splicedSentences,
  spokenList,
  withoutLabel,
} from '../../../src/compose/phrases.js';

const NBSP = '\u00A0';
const english = { separator: ', ', lastSeparator: ' and ' };

describe('spokenList and labelled', () => {
  it('joins with "and" and keeps the label with its first item and the last pair together', () => {
    expect(spokenList(['A'], english)).toBe('A');
    expect(spokenList(['B', 'C'], english)).toBe(`B and${NBSP}C`);
    expect(spokenList(['A', 'B', 'C'], english)).toBe(`A, B and${NBSP}C`);
    expect(labelled('Exhibits', spokenList(['D', 'E'], english))).toBe(`Exhibits${NBSP}D and${NBSP}E`);
    expect(labelled('資料', spokenList(['A', 'B'], { separator: '、', lastSeparator: '、' }))).toBe(`資料${NBSP}A、B`);
  });
});

describe('aside', () => {
  const en = { open: ' (', close: ')', flat: ', ' };
  it('brackets an aside, but never inside or right after another bracket', () => {
    expect(aside('trademark 6,902,114', 'USPTO', en)).toBe('trademark 6,902,114 (USPTO)');
    expect(aside('trademark EUTM 018234567', 'European Union Intellectual Property Office (EUIPO)', en)).toBe(
      'trademark EUTM 018234567, European Union Intellectual Property Office (EUIPO)',
    );
    expect(aside('臺灣貿易有限公司 (Taiwan Trading Co., Ltd.)', 'brand owner', en)).toBe(
      '臺灣貿易有限公司 (Taiwan Trading Co., Ltd.), brand owner',
    );
    expect(aside('x', null, en)).toBe('x');
  });
});

describe('a value after a label has no colon of its own', () => {
  const en = { open: ' (', close: ')', flat: ', ' };
  const ja = { open: '（', close: '）', flat: '、' };
  it('two clean parts: the second in brackets', () => {
    expect(labelValue('Cosmetics: tooth whitening', en, ' – ')).toBe('Cosmetics (tooth whitening)');
    expect(labelValue('化粧品：歯のホワイトニング', ja, '／')).toBe('化粧品（歯のホワイトニング）');
  });
  it('more parts, or brackets already: a dash', () => {
    expect(labelValue('Cosmetics: oral care: whitening', en, ' – ')).toBe('Cosmetics – oral care – whitening');
    expect(labelValue('Cosmetics (EU): tooth whitening', en, ' – ')).toBe('Cosmetics (EU) – tooth whitening');
  });
  it('a colon that separates nothing stays', () => {
    for (const v of ['Pesticides', 'Call at 10:00', 'https://example.com/x', 'Ratio 3:1']) expect(labelValue(v, en, ' – ')).toBe(v);
  });
});

describe('labels that would repeat their value', () => {
  it('drops a part that only repeats the label', () => {
    expect(withoutLabel('Wang Dayu, Owner', 'Owner')).toBe('Wang Dayu');
    expect(withoutLabel('Megan Alvarez, owner', 'Owner')).toBe('Megan Alvarez');
    expect(withoutLabel('Lin Qiao, Founder and Director', 'Owner')).toBe('Lin Qiao, Founder and Director');
    expect(withoutLabel('Fang Jun (Owner)', 'Owner')).toBe('Fang Jun');
    expect(withoutLabel('Pan Lei (QC supervisor)', 'Owner')).toBe('Pan Lei (QC supervisor)');
  });

  it('sees a value that carries its own label', () => {
    expect(carriesLabel('WeChat: topstar_reviews88')).toBe(true);
    expect(carriesLabel('Alipay account name: Lei Zhenhua')).toBe(true);
    expect(carriesLabel('topstar_reviews88')).toBe(false);
  });
});

describe('the notice summary in the letter', () => {
  it('tells Amazon’s voice from the seller’s', () => {
    expect(inAmazonsVoice('Your account has been deactivated because we found evidence.')).toBe(true);
    expect(inAmazonsVoice('We removed the listing of ASIN B0DSL8AU4M after a rights owner reported it.')).toBe(true);
    expect(inAmazonsVoice('Our account is under review until we provide invoices.')).toBe(false);
    expect(inAmazonsVoice('Listing B0DAH7T2VQ was removed because buyers reported leaks.')).toBe(false);
  });

  it('reads on after "The notice says that": ordinary first words in lower case, a headline given its verb', () => {
    expect(lowerFirst('The listing was removed.')).toBe('the listing was removed.');
    expect(lowerFirst('Three listings were removed.')).toBe('three listings were removed.');
    expect(lowerFirst('Buyer-Seller Messages sent from October 6 contained a link.')).toBe(
      'Buyer-Seller Messages sent from October 6 contained a link.',
    );
    expect(lowerFirst('TIDEWICK was rejected.')).toBe('TIDEWICK was rejected.');
    expect(completeHeadline('Selling privileges removed because the Order Defect Rate was 1.6%.')).toBe(
      'Selling privileges were removed because the Order Defect Rate was 1.6%.',
    );
    expect(completeHeadline('Account deactivated after a review.')).toBe('The account was deactivated after a review.');
    expect(completeHeadline('Application for brand QINGMU rejected, the images show a sticker.')).toBe(
      'The application for brand QINGMU was rejected, the images show a sticker.',
    );
    expect(completeHeadline('QINGMU rejected, the images show a sticker.')).toBe('QINGMU was rejected, the images show a sticker.');
    expect(completeHeadline('The account was removed because of X.')).toBe('The account was removed because of X.');
  });

  it('gives only the reason when the first sentence restates the notice the letter has just named', () => {
    const said = 'rejecting our application to enrol the brand VANTOSA in Brand Registry';
    expect(
      reasonAfterRestatement(
        'Our application to enroll the brand VANTOSA in Brand Registry was rejected because the images did not show the brand. Amazon asks for photos.',
        said.replace('enrol', 'enroll'),
      ),
    ).toEqual({
      reason: 'the images did not show the brand.',
      causal: 'that',
      rest: 'Amazon asks for photos.',
    });
    expect(
      reasonAfterRestatement(
        'Listings B0A and B0B were removed because of customer complaints.',
        'removing our listings for ASINs B0A and B0B from amazon.com',
      ),
    ).toMatchObject({ reason: 'customer complaints.', causal: 'noun' });
    // A scope or date the letter has not said is kept: the summary is reported whole.
    expect(
      reasonAfterRestatement(
        'Seller-fulfilled shipping in the Home and Kitchen category was restricted because the rate was 88.6%.',
        'removing the merchant-fulfilled selling privileges of our amazon.co.jp account',
      ),
    ).toBeUndefined();
    expect(
      reasonAfterRestatement(
        'The account was deactivated on November 2, 2026 because the information could not be verified.',
        'deactivating our amazon.nl selling account',
      ),
    ).toBeUndefined();
    expect(
      reasonAfterRestatement(
        'Three listings were removed because they make pesticidal claims.',
        'removing our listings for ASINs A, B and C',
      ),
    ).toBeUndefined();
  });

  it('quotes a Japanese summary without nesting 「」 or a full stop before the closing bracket', () => {
    expect(japaneseQuotation('購入者から「中古品が届いた」との苦情を受けたため、出品を停止しました。')).toBe(
      '購入者から『中古品が届いた』との苦情を受けたため、出品を停止しました',
    );
  });

  it('finds the amount held in a funds notice', () => {
    expect(amountIn('Disbursements of USD 18,430.55 are on hold because ...')).toBe('USD 18,430.55');
    expect(amountIn('Disbursements of EUR 18,426.70 are held')).toBe('EUR 18,426.70');
    expect(amountIn('Funds are held.')).toBeUndefined();
  });
});

describe('a comma-spliced notice headline', () => {
  it('is split where a verbless headline is joined by a comma to a clause with its own subject', () => {
    expect(splicedSentences('Application for brand QINGMU rejected, the images we submitted show a sticker.')).toEqual([
      'Application for brand QINGMU rejected.',
      'the images we submitted show a sticker.',
    ]);
  });

  it('a list, or a clause before its main clause, stays one sentence', () => {
    const list = 'Amazon asks how the reviews were obtained, the contact details of any third party, the buyer accounts used.';
    expect(splicedSentences(list)).toEqual([list]);
    const after = 'After the account was closed at our request on 2026-09-12, the remaining balance of GBP 7,412.38 is held.';
    expect(splicedSentences(after)).toEqual([after]);
    const full = 'The listing was removed, the images show a sticker.';
    expect(splicedSentences(full)).toEqual([full]);
  });
});

describe('labelledIds', () => {
  it('gives the ids of a sentence that is only a label and ids', () => {
    expect(labelledIds('ASIN B0DH7TQ2MX, B0DH7TV9KC.')).toEqual(['B0DH7TQ2MX', 'B0DH7TV9KC']);
    expect(labelledIds('ASINs: B0DH7TQ2MX and B0DH7TV9KC')).toEqual(['B0DH7TQ2MX', 'B0DH7TV9KC']);
    expect(labelledIds('Complaint ID 7730418826.')).toEqual(['7730418826']);
  });

  it('gives nothing for a sentence that says more', () => {
    expect(labelledIds('ASIN B0DH7TQ2MX was removed.')).toBeUndefined();
    expect(labelledIds('Complaint filed by the rights owner.')).toBeUndefined();
  });
});
