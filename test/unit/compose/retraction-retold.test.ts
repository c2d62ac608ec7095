// What an action that cites a received retraction keeps when the letter tells the retraction elsewhere.
import { describe, expect, it } from 'vitest';
import { withoutReceipt } from '../../../src/compose/retraction-retold.js';

const cut = (text: string, locale = 'en-GB') => withoutReceipt(text, '2026-11-26', locale);

describe('withoutReceipt', () => {
  it.each([
    ['Asked Tidyform Ltd. to withdraw the complaint, which they did on 26.11.2026.', 'Asked Tidyform Ltd. to withdraw the complaint.'],
    ['Asked them to retract the complaint; they withdrew it on 26 November 2026.', 'Asked them to retract the complaint.'],
    ['Asked them to retract the complaint and they sent the retraction on 2026-11-26.', 'Asked them to retract the complaint.'],
    [
      'Asked them to retract it. Their lawyer answered on 26/11/2026 that it was sent. We also phoned.',
      'Asked them to retract it. We also phoned.',
    ],
    ['取り下げを依頼しました。2026年11月26日に取り下げられました。', '取り下げを依頼しました。'],
  ])('%s', (text, kept) => expect(cut(text, text.includes('。') ? 'ja-JP' : 'en-GB')).toBe(kept));

  it('keeps a text that gives another day, or gives the day only in its one sentence without a clause', () => {
    expect(cut('Asked them to retract the complaint, which they did on 27.11.2026.')).toBe(
      'Asked them to retract the complaint, which they did on 27.11.2026.',
    );
    expect(cut('They retracted the complaint on 26 November 2026.')).toBe('They retracted the complaint on 26 November 2026.');
    // The day of something else.
    expect(cut('Asked them to retract the complaint, and on 26.11.2026 we relisted the item.')).toBe(
      'Asked them to retract the complaint, and on 26.11.2026 we relisted the item.',
    );
  });
});
