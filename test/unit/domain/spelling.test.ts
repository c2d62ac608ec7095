// One spelling per letter: the marketplace's default or the case's choice, applied to template text only.
import { describe, expect, it } from 'vitest';
import { caseProse, followSeller, letterSpelling, respell, respellAll, sellerForms } from '../../../src/domain/spelling.js';

describe('letterSpelling', () => {
  it('is American for US, MX, BR and JP and British elsewhere', () => {
    for (const m of ['US', 'MX', 'BR', 'JP']) expect(letterSpelling(m), m).toBe('american');
    for (const m of ['UK', 'DE', 'CA', 'AU', 'IN', 'SG', 'FR']) expect(letterSpelling(m), m).toBe('british');
  });

  it('follows the case when it chooses', () => {
    expect(letterSpelling('US', 'british')).toBe('british');
    expect(letterSpelling('UK', 'american')).toBe('american');
  });
});

describe('respell', () => {
  it('writes British template words in American, keeping their case', () => {
    expect(respell('an authorised agent; the authorisation and the business licence are enclosed', 'american')).toBe(
      'an authorized agent; the authorization and the business license are enclosed',
    );
    expect(respell('Pre-fulfilment Cancel Rate; Authorisation; LICENCE; enrol; relabelled; catalogue', 'american')).toBe(
      'Pre-fulfillment Cancel Rate; Authorization; LICENSE; enroll; relabeled; catalog',
    );
  });

  it('writes American template words in British, but leaves words whose British form depends on use', () => {
    expect(respell('the authorized distributor; enroll; organization; color', 'british')).toBe(
      'the authorised distributor; enrol; organisation; colour',
    );
    // "license" is also a British verb and "program" a British noun for software: left as written.
    expect(respell('license; program', 'british')).toBe('license; program');
  });

  it('never touches words outside its list', () => {
    const text = 'We advise, promise and supervise; the enterprise, premises and exercise stay as they are.';
    expect(respell(text, 'american')).toBe(text);
    expect(respell(text, 'british')).toBe(text);
  });

  it('respells a word of two ("trade mark") both ways, across any space, keeping the case of its first letter', () => {
    expect(respell('a trademark complaint; Trademark; the trademarks; TRADEMARK', 'british')).toBe(
      'a trade mark complaint; Trade mark; the trade marks; TRADE MARK',
    );
    expect(respell('a trade mark complaint; Trade\u00A0mark; trade\nmarks; 5 per cent', 'american')).toBe(
      'a trademark complaint; Trademark; trademarks; 5 percent',
    );
    // Not a part of a longer word.
    expect(respell('trademarking; trade marker', 'american')).toBe('trademarking; trade marker');
  });

  it('respells every string of a strings file', () => {
    expect(respellAll({ a: 'authorised', b: ['licence'], c: { d: 'organiser' } }, 'american')).toEqual({
      a: 'authorized',
      b: ['license'],
      c: { d: 'organizer' },
    });
  });
});

describe('followSeller', () => {
  it("writes a word in the one form the seller's text uses, any inflection of it", () => {
    const forms = sellerForms(['The trademark application was filed.', 'the authorization letter']);
    expect(followSeller('Brand and trade mark; Trade marks: 2; an authorised agent; colour', forms)).toBe(
      'Brand and trademark; Trademarks: 2; an authorized agent; colour',
    );
    expect(followSeller('the trademark; the authorized agent', sellerForms(['our trade marks', 'authorisation']))).toBe(
      'the trade mark; the authorised agent',
    );
  });

  it('leaves a word the seller writes both ways, and takes no sign from a one-way American form', () => {
    expect(followSeller('trade mark', sellerForms(['trademark', 'the trade mark']))).toBe('trade mark');
    expect(followSeller('the business licence', sellerForms(['we license the brand']))).toBe('the business licence');
  });

  it('gives back "licence" in the template\'s text (respelled "license") to a seller who writes "licence"', () => {
    const forms = sellerForms(['Business licence of Guangzhou Lumbre Home Lighting Co., Ltd.']);
    expect(followSeller('we enclose our business license; Business licenses: 2', forms)).toBe(
      'we enclose our business licence; Business licences: 2',
    );
    expect(followSeller('our business license', sellerForms(['the driving license']))).toBe('our business license');
  });

  it("reads only the case's prose, not its ids, enum values or file names", () => {
    expect(caseProse({ kind: 'trademark-registration', file: 'evidence/trademark.pdf', title: 'Our trademark filing' })).toEqual([
      'Our trademark filing',
    ]);
  });
});
