// Two unseen-6 letters after a consultant's read: an accepted trademark complaint says the mark is no longer
// used at all unless the seller still names it to say what the product fits, and a relative's account is asked
// to be treated apart in a sentence of its own. Each test changes one fact of a copied case and reads back the PDF
// and the DOCX.
import path from 'node:path';
import { describe, it, vi } from 'vitest';
import type { Document } from 'yaml';
import { createEnv } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';
import { editedLetter, has, lacks } from '../helpers/edited-letter.js';

vi.setConfig({ testTimeout: 240_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
const letterOf = (id: string, edit?: (doc: Document) => void) => editedLetter(path.join('test/fixtures/unseen-6', id), env, edit);

describe('an accepted trademark complaint (cartaviva: the mark was a keyword, now removed)', () => {
  const id = 'cartaviva-it-keyword-retracted';
  it('says the listings no longer use the mark, not only "as a brand name or logo"', async () => {
    const letter = await letterOf(id);
    has(letter, 'so that they no longer use the mark.');
    lacks(letter, 'as a brand name or logo');
  });

  it('keeps "as a brand name or logo" where an action still names the mark for what the product fits', async () => {
    const compatible = await letterOf(id, (doc) =>
      doc.setIn(['corrective_actions', 0, 'action'], 'Rewrote the titles to say only "compatible with" the brand, as allowed.'),
    );
    has(compatible, 'so that they no longer use the mark as a brand name or logo.');
    const ja = await letterOf(id, (doc) => {
      doc.set('language', 'ja');
      doc.set('marketplace', 'JP');
    });
    has(ja, '修正し、当該商標を使用し');
    lacks(ja, 'ロゴとしての当該商標', 'としてを使用');
  });
});

describe("a relative's account (yunfan)", () => {
  it("asks for the two to be treated as separate businesses, then gives the seller's reason as its own sentence", async () => {
    const letter = await letterOf('yunfan-pl-related-cousin-office');
    has(letter, 'as the separate businesses they are. Two different companies owned by different people');
  });
});
