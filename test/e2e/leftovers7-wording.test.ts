// Letter leftovers of the unseen-5 and unseen-6 re-reads: each test changes one fact of a copied case, renders the
// letter to PDF and DOCX and reads both back.
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Document } from 'yaml';
import { createEnv } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';
import { editYaml, flat, runCli, tempDir } from '../helpers/cli.js';
import { editedLetter, has, lacks, withJapaneseJoined } from '../helpers/edited-letter.js';
import { docxText } from '../helpers/read-docx.js';
import { pdfPages, pdfText } from '../helpers/read-pdf.js';

vi.setConfig({ testTimeout: 180_000 });

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });

/** The letter of a copy of a fixture case (`unseen-6/mingyue-…`) after `edit`. */
const letterOf = (id: string, edit?: (doc: Document) => void) => editedLetter(path.join('test/fixtures', id), env, edit);

type Findings = { diagnostics: { ruleId: string; severity: string; message: string }[] };
const findings = (letter: Findings, rule: string) =>
  letter.diagnostics.filter((d) => d.ruleId === rule).map((d) => [d.severity, d.message]);

/** Replaces `from` with `to` in the string at `at`. */
const rewrite = (at: (string | number)[], from: string, to: string) => (doc: Document) =>
  doc.setIn(at, (doc.getIn(at) as string).replace(from, to));

describe('L47: a day and month written in numbers without a year', () => {
  it('is flagged at its line, in the order written, with the year the range gives it', async () => {
    const letter = await letterOf('unseen-6/mingyue-es-late-split-stock');
    const found = letter.diagnostics.filter((d) => d.ruleId === 'L47');
    expect(found.map((d) => [d.severity, d.message, d.note])).toEqual([
      [
        'warning',
        'the date "20/10" is written in numbers, where the letter writes dates as "20 October 2026"',
        'Write it with its year as 2026-10-20, which the letter prints as "20 October 2026".',
      ],
      [
        'warning',
        'the date "24.10" is written in numbers, where the letter writes dates as "24 October 2026"',
        // The year the range's other end gives.
        'Write it as 2026-10-24, which the letter prints as "24 October 2026".',
      ],
      ['warning', 'the date "05.11.2026" is written in numbers, where the letter writes dates as "5 November 2026"', expect.any(String)],
      // The evidence title's range "24.10-05.11.2026": both ends.
      ['warning', 'the date "24.10" is written in numbers, where the letter writes dates as "24 October 2026"', expect.any(String)],
      ['warning', 'the date "05.11.2026" is written in numbers, where the letter writes dates as "5 November 2026"', expect.any(String)],
    ]);
    const lines = readFileSync(found[0].file, 'utf8').split('\n');
    expect(lines.slice(found[0].line - 1, found[0].line + 1).join(' ')).toContain('more than planned after 20/10');
    has(letter, 'from 24.10 to 05.11.2026');
  });

  it('written as the note says, the letter prints the range in its own style and nothing is flagged', async () => {
    const letter = await letterOf('unseen-6/mingyue-es-late-split-stock', (doc) => {
      rewrite(['root_causes', 0, 'detail'], 'after 20/10', 'after 2026-10-20')(doc);
      rewrite(['root_causes', 0, 'detail'], 'from 24.10 to 05.11.2026', 'from 2026-10-24 to 2026-11-05')(doc);
      rewrite(['evidence', 0, 'title'], '24.10-05.11.2026', '2026-10-24 to 2026-11-05')(doc);
    });
    expect(findings(letter, 'L47')).toEqual([]);
    has(letter, 'after 20 October 2026', 'from 24 October to 5 November 2026');
  });

  it('reads Japanese month/day, alone and in a range', async () => {
    const kizuna = await letterOf('unseen-6/kizuna-jp-br-revoked-transfer');
    expect(findings(kizuna, 'L47')).toEqual([
      ['warning', 'the date "11/5" is written in numbers, where the letter writes dates as "2026年11月5日"'],
    ]);
    const fixed = withJapaneseJoined(
      await letterOf('unseen-6/kizuna-jp-br-revoked-transfer', rewrite(['root_causes', 1, 'detail'], '11/5に', '2026-11-05に')),
    );
    expect(findings(fixed, 'L47')).toEqual([]);
    has(fixed, '2026年11月5日に届いた確認依頼');
    lacks(fixed, '11/5に');
    const hoshizora = await letterOf('unseen-6/hoshizora-jp-vtr-yupacket');
    expect(findings(hoshizora, 'L47').map(([, m]) => m)).toEqual([
      'the date "10/20" is written in numbers, where the letter writes dates as "2026年10月20日"',
      'the date "11/15" is written in numbers, where the letter writes dates as "2026年11月15日"',
    ]);
  });

  it('leaves numbers that are no dates alone: a service, fractions, sizes, prices, versions, ids, a slashed ISO date', async () => {
    const letter = await letterOf(
      'unseen-6/mingyue-es-late-split-stock',
      rewrite(
        ['root_causes', 0, 'detail'],
        'after 20/10',
        'after a 24/7 promotion of the 1/2 and 3/4 packs (20/10 mm clips, 4/5/6 inch boxes, from €12.05 to €24.10, rated from 4.5 to 4.9, firmware 2.10.3, model KX-20/10, No: 9/14, order 405-9910427-3358861, on 2026/10/20)',
      ),
    );
    // Only the range the case had (in RC1 and in the evidence title) is flagged.
    expect(findings(letter, 'L47').map(([, m]) => /^the date "([^"]+)"/.exec(m)?.[1])).toEqual([
      '24.10',
      '05.11.2026',
      '24.10',
      '05.11.2026',
    ]);
    // The letter prints the slashed ISO date in its own style, which is why it is not flagged.
    has(letter, 'on 20 October 2026');
  });
});

describe('the default letter date and the days the seller’s text tells as past', () => {
  const mingyue = 'unseen-6/mingyue-es-late-split-stock';
  it('comes no earlier than a day a done action says it happened on', async () => {
    // The latest date in the case's fields is 2026-11-17 (CA2 done, E3).
    const before = await letterOf(mingyue);
    has(before, 'Amazon store: MINGYUE Luces Seller account login: mingyue.es@mingyue-light.example.cn 17 November 2026');
    const later = await letterOf(
      mingyue,
      rewrite(
        ['corrective_actions', 0, 'action'],
        'when Madrid has none.',
        'when Madrid has none. We checked the routing again on 2026-11-20.',
      ),
    );
    has(later, 'mingyue.es@mingyue-light.example.cn 20 November 2026', 'We checked the routing again on 20 November 2026.');
  });

  it('leaves out a day still ahead: a limit, a start, a plan, a measure or an action under way', async () => {
    const letter = await letterOf(mingyue, (doc) => {
      rewrite(
        ['corrective_actions', 0, 'action'],
        'when Madrid has none.',
        'when Madrid has none until 2026-12-11. The 3PL will audit it on 2026-12-02.',
      )(doc);
      rewrite(
        ['root_causes', 0, 'detail'],
        'shipped after the expected ship date.',
        'shipped after the expected ship date, and the new rule is effective 2026-12-05.',
      )(doc);
      doc.setIn(['preventive_measures', 0, 'measure'], `${doc.getIn(['preventive_measures', 0, 'measure'])} First review on 2026-12-07.`);
    });
    has(letter, 'mingyue.es@mingyue-light.example.cn 17 November 2026', 'until 11 December 2026');
  });
});

describe('a received retraction is told once', () => {
  const ordnungsgut = 'unseen-5/ordnungsgut-de-design-cable-box';
  const told = 'asked them to withdraw the complaint, which they did on 26.11.2026.';
  it('by the ground that cites it: the action keeps what the seller did and leaves out the receipt', async () => {
    const letter = await letterOf(ordnungsgut);
    has(
      letter,
      'wrote to us on 26.11.2026 that they withdraw the complaint',
      'Tidyform Ltd. and asked them to withdraw the complaint. Completed on 19 November 2026',
    );
    lacks(letter, 'which they did on');
  });

  it('by the opening when no ground cites it; the seller’s own opening tells nothing, so the action keeps it all', async () => {
    const uncited = (doc: Document) => doc.setIn(['grounds', 1, 'evidence'], []);
    const opening = await letterOf(ordnungsgut, uncited);
    has(opening, 'Tidyform Ltd. retracted the complaint on 26 November 2026', 'asked them to withdraw the complaint. Completed on');
    lacks(opening, 'which they did on');
    const own = await letterOf(ordnungsgut, (doc) => {
      uncited(doc);
      doc.setIn(['letter', 'opening'], 'We ask you to reinstate our listing for ASIN B0DQG7KB31.');
    });
    has(own, told);
  });

  it('an action alone tells it when the retraction has not come', async () => {
    const letter = await letterOf(ordnungsgut, (doc) => doc.deleteIn(['details', 'ip_complaint', 'retraction', 'received_on']));
    has(letter, told);
  });

  it('a separate sentence of the action that tells the receipt is left out too (cartaviva)', async () => {
    const letter = await letterOf('unseen-6/cartaviva-it-keyword-retracted');
    has(letter, 'Quadernoro S.r.l. retracted the complaint on 24 November 2026', 'and asked them to retract the complaint. Completed on');
    lacks(letter, 'Their lawyer answered');
  });
});

describe('the seller’s business need joins the letter’s sentence', () => {
  const yunfan = 'unseen-6/yunfan-pl-related-cousin-office';
  const need = ['details', 'related_accounts', 'legitimate_business_need'];
  it('a noun phrase follows a colon, its ordinary first word in lower case', async () => {
    const letter = await letterOf(yunfan);
    has(letter, 'as the separate businesses they are: two different companies owned by different people');
    lacks(letter, 'they are. Two different');
  });

  it('a sentence reads on after the colon too, with its full stop; a name keeps its capital', async () => {
    const sentence = await letterOf(yunfan, (doc) => doc.setIn(need, 'We never sold the same products and each company has its own staff'));
    has(sentence, 'the separate businesses they are: we never sold the same products and each company has its own staff.');
    const named = await letterOf(yunfan, (doc) => doc.setIn(need, 'PAWLINK sells pet supplies; we sell lighting.'));
    has(named, 'the separate businesses they are: PAWLINK sells pet supplies; we sell lighting.');
  });
});

describe('the document of the right the complaint cites: one list for the letter, the evidence index and the pack', () => {
  it('a design whose number gives no five digits: the letter, the index and the exhibit cover all count the extract', async () => {
    const root = tempDir('appeal-right-');
    const dir = path.join(root, 'fengyue-es-lamp-design-prior-art');
    cpSync('test/fixtures/unseen-6/fengyue-es-lamp-design-prior-art', dir, { recursive: true });
    editYaml(path.join(dir, 'case.yaml'), (t) => t.replace(/ip_number: .*/, 'ip_number: "RCD (number not in the notice)"'));
    const run = await runCli(['build', root, '--out', path.join(root, 'out'), '-j', '1']);
    expect(run.stderr + run.stdout).toContain('1 rendered');
    // The extract (E1) is cited by nothing but the right: not "uncited" (L15).
    expect(run.stdout).not.toMatch(/evidence E1 is not cited/);
    const out = path.join(root, 'out', 'fengyue-es-lamp-design-prior-art');
    const row = readFileSync(path.join(out, 'evidence-index.csv'), 'utf8')
      .split(/\r?\n/)
      .find((line) => line.split(',')[1] === 'E1')!;
    const label = row.split(',')[0];
    expect(row.endsWith(',right cited')).toBe(true);
    const cited = `cites registered design RCD (number not in the notice) (Exhibit ${label})`;
    expect(flat(await pdfText(readFileSync(path.join(out, 'letter.pdf'))))).toContain(cited);
    expect(flat(docxText(readFileSync(path.join(out, 'letter.docx'))))).toContain(cited);
    expect(flat(await pdfText(readFileSync(path.join(out, 'evidence-index.pdf'))))).toContain('The right cited');
    // The exhibit's cover in the bundle says what it supports.
    const covers = (await pdfPages(readFileSync(path.join(out, 'evidence-bundle.pdf')))).map((p) =>
      flat(p.items.map((i) => i.str).join(' ')),
    );
    expect(covers.find((text) => text.includes(`Exhibit ${label}`) && text.includes('Supports'))).toContain('The right cited');
  });
});
