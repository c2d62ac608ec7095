// What goes in each box: no date, addressee, subject or salutation; the closing and signature never glued
// onto the last of several boxes, and at the end of a one-box message; sections in the box the form asks.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCase, createEnv, type CheckedCase } from '../../../../src/case/process-case.js';
import { loadWordLists } from '../../../../src/rules/words.js';
import { boxFor, boxTexts, letterParts } from '../../../../src/compose/documents/submission-text.js';
import { channels } from '../../../../src/domain/channels.js';
import { formatDate } from '../../../../src/compose/format.js';

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists(), sourceDateEpoch: 1792500000 });

describe('box texts (sunrise-odr and hanamori in Japanese)', () => {
  let en: CheckedCase;
  let ja: CheckedCase;
  beforeAll(async () => {
    en = (await checkCase('cases/sunrise-odr/case.yaml', env)).checked!;
    ja = (
      await checkCase(
        'test/fixtures/unseen/hanamori-jp-used-as-new/case.yaml',
        createEnv({ templatesRoot: 'templates', words: loadWordLists(), sourceDateEpoch: Date.UTC(2026, 10, 15) / 1000 }),
      )
    ).checked!;
    expect(en && ja).toBeTruthy();
  }, 120_000);

  for (const which of ['en', 'ja'] as const) {
    it(`${which}: leaves the letter's header and sign-off out of the Account Health boxes`, () => {
      const checked = which === 'en' ? en : ja;
      const c = checked.case;
      const strings = checked.templates.strings;
      const boxes = boxTexts(checked.letter.document, strings, channels['account-health-appeal'].boxes);
      const all = boxes.map((b) => b.text).join('\n');
      expect(boxes.map((b) => b.box)).toEqual(['rootCause', 'actionsTaken', 'stepsToPrevent', 'additionalInformation']);
      // The letter date as a line of its own (the header's date line); an action may still be dated that day.
      expect(all.split('\n').map((l) => l.trim())).not.toContain(formatDate(c.letterDate, c.locale));
      expect(all).not.toContain(strings.labels.sincerely);
      expect(all).not.toContain(c.input.seller.login_email);
      const subject = checked.letter.document.title;
      expect(all).not.toContain(subject);
      const salutationLike = checked.letter.document.blocks.find(
        (_b, i, bs) => i > 0 && bs[i - 1].kind === 'paragraph' && (bs[i - 1] as { spans: { bold?: boolean }[] }).spans.every((s) => s.bold),
      );
      const salutation = salutationLike && 'spans' in salutationLike ? salutationLike.spans.map((s) => s.text).join('') : '';
      expect(salutation.length).toBeGreaterThan(0);
      expect(all).not.toContain(salutation);
      // The opening and the root causes lead the first box; the corrective actions fill the second.
      expect(boxes[0].sections[0]).toBe('opening');
      expect(boxes[0].sections).toContain(c.stance === 'dispute' ? 'rootCausesDispute' : 'rootCauses');
      expect(boxes[1].sections).toEqual(['actions']);
      expect(boxes[2].sections).toEqual(['measures']);
      for (const b of boxes) expect(b.chars).toBe([...b.text].length);
    });
  }

  it('ends a one-box message with the closing and the signature, after the last section', () => {
    const [box] = boxTexts(en.letter.document, en.templates.strings, channels['seller-support-case'].boxes);
    const { signOff } = letterParts(en.letter.document, en.templates.strings);
    expect(signOff.length).toBeGreaterThanOrEqual(2);
    expect(box.text.trimEnd().endsWith(en.case.input.seller.login_email)).toBe(true);
    expect(box.text).toContain(`\n\n${en.templates.strings.labels.sincerely}\n\n`);
    expect(box.text.split('\n')).not.toContain(formatDate(en.case.letterDate, en.case.locale));
  });

  it('puts the metrics and orders in the root cause, the ASINs and evidence list in additional information', () => {
    const boxes = channels['account-health-appeal'].boxes;
    expect(boxFor('metrics', boxes)).toBe('rootCause');
    expect(boxFor('orders', boxes)).toBe('rootCause');
    expect(boxFor('asins', boxes)).toBe('additionalInformation');
    expect(boxFor('evidence', boxes)).toBe('additionalInformation');
    expect(boxFor('anything', ['message'])).toBe('message');
  });

  it('prints tables without empty columns and lists one item per line', () => {
    const boxes = boxTexts(en.letter.document, en.templates.strings, channels['account-health-appeal'].boxes);
    const all = boxes.map((b) => b.text).join('\n');
    expect(all).not.toMatch(/\|\s*$/m);
    expect(all).not.toMatch(/^- .*\n\n- /m);
  });
});
