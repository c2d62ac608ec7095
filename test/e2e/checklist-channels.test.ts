// The checklist follows each channel's real form: its path, one paste step per box the form has (never a
// field it lacks), the letter PDF attached, the channel's follow-up path and reply time, the legacy e-mail
// only as a marked fallback with its recipient, and the dates read back from the PDF.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCase, createEnv, type CheckedCase } from '../../src/case/process-case.js';
import { packFiles } from '../../src/case/pack.js';
import { loadWordLists } from '../../src/rules/words.js';
import { renderPdf } from '../../src/render/pdf.js';
import { renderDocx } from '../../src/render/docx.js';
import { channels, type Channel } from '../../src/domain/channels.js';
import type { Case } from '../../src/model/case.js';
import english from '../../templates/en/strings.json' with { type: 'json' };
import { linesOf, pdfPages } from '../helpers/read-pdf.js';
import { docxText } from '../helpers/read-docx.js';
import { flat } from '../helpers/cli.js';

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists(), sourceDateEpoch: 1792500000 });
const render = { pdf: renderPdf, docx: renderDocx };

interface Pack {
  lines: string[];
  text: string;
  docx: string;
  submission: {
    channel: string;
    boxes: {
      box: string;
      file: string;
      text: string;
      characters: number;
      limit: number | null;
      limit_verified: boolean;
      limit_source: string;
      over_limit: boolean;
    }[];
    dates: { key: string; date: string }[];
    legacy_email: { recipient: string } | null;
    warnings: string[];
  };
  files: Map<string, Uint8Array>;
}

async function packOf(checked: CheckedCase, c: Case): Promise<Pack> {
  const files = new Map(
    (await packFiles(c, checked.evidence, checked.letter, checked.templates.strings, render)).map((f) => [f.path, f.bytes]),
  );
  const pages = await pdfPages(files.get('checklist.pdf')!);
  expect(pages).toHaveLength(1);
  const lines = linesOf(pages[0].items).map((l) => l.text);
  return {
    lines,
    text: flat(lines.join(' ')),
    docx: docxText(files.get('checklist.docx')!),
    submission: JSON.parse(new TextDecoder().decode(files.get('submission.json'))),
    files,
  };
}

const onChannel = (c: Case, channel: Channel, extra: Record<string, unknown> = {}): Case => ({
  ...c,
  input: { ...c.input, submission: { ...c.input.submission, channel, ...extra } },
});

/** The PDF line of a date row: the date first, the days from the letter date last. */
const dateRow = (p: Pack, date: string, what: string, days: number) =>
  expect(
    p.lines.find((l) => l.startsWith(`${date} `) && l.includes(what.slice(0, 20)) && l.endsWith(` ${days}`)),
    `${date} | ${what} | ${days}\n${p.lines.join('\n')}`,
  ).toBeDefined();

describe('the checklist of each channel (sunrise-odr, letter of Thu, Nov 5, 2026)', () => {
  let checked: CheckedCase;
  const packs = new Map<Channel, Pack>();
  beforeAll(async () => {
    checked = (await checkCase('cases/sunrise-odr/case.yaml', env)).checked!;
    expect(checked.case.letterDate).toBe('2026-11-05');
    for (const channel of Object.keys(channels) as Channel[]) packs.set(channel, await packOf(checked, onChannel(checked.case, channel)));
  }, 300_000);

  it('gives each channel its own path, in the order of the strings file', () => {
    for (const [channel, p] of packs) {
      const steps = (english.checklist.paths as Record<string, string[]>)[channel];
      for (const step of steps) expect(p.text, channel).toContain(flat(step.split('{')[0]).trim());
    }
  });

  it('pastes into the boxes the form has: four for an Account Health appeal, one elsewhere; never a letter section name', () => {
    const health = packs.get('account-health-appeal')!;
    expect(health.submission.boxes.map((b) => b.box)).toEqual(['rootCause', 'actionsTaken', 'stepsToPrevent', 'additionalInformation']);
    expect(health.text).toContain('Paste sections/01-root-cause.txt into the box that asks for the root cause');
    expect(health.text).toContain('Paste sections/02-actions-taken.txt into the box that asks for the actions you have taken');
    expect(health.text).toContain(
      'Paste sections/03-steps-to-prevent.txt into the box that asks for the steps to prevent it happening again',
    );
    expect(health.text).toContain('Paste sections/04-additional-information.txt into the box for additional information');
    expect(packs.get('seller-support-case')!.text).toContain("Paste sections/01-message.txt into the case's description box");
    expect(packs.get('brand-registry-portal')!.text).toContain(
      "Paste sections/01-message.txt into the reply box of this appeal's case (Brand Registry Support > Case log)",
    );
    expect(packs.get('ip-complaint-appeal')!.text).toContain("Paste sections/01-message.txt into the appeal's explanation box");
    expect(packs.get('email')!.text).toContain('Paste sections/01-message.txt into the body of the e-mail');
    for (const [channel, p] of packs) {
      expect(
        p.submission.boxes.map((b) => b.box),
        channel,
      ).toEqual(channels[channel].boxes);
      expect(p.text, channel).not.toMatch(/form field|"Opening"|"Affected ASINs"|"Evidence enclosed"/);
      expect(p.text.match(/Paste sections\//g)?.length, channel).toBe(channels[channel].boxes.length);
    }
  });

  it('says the limit of each box is unknown (no source gives one), and submission.json says where that comes from', () => {
    for (const [channel, p] of packs) {
      for (const b of p.submission.boxes) {
        expect(b.limit, `${channel} ${b.box}`).toBeNull();
        expect(b.limit_source).toMatch(/no published figure|no character limit/);
      }
      if (channel !== 'email') expect(p.text).toContain('Amazon publishes no limit for this box');
    }
  });

  it('attaches the letter PDF and the bundle, or only images where the channel takes no PDF', () => {
    for (const [channel, p] of packs) {
      if (channel === 'ip-complaint-appeal') {
        expect(p.text).toMatch(/Attach attachments\/Letter-p1\.png/);
        expect(p.text).not.toContain('Attach letter.pdf');
        expect([...p.files.keys()].filter((f) => f.startsWith('attachments/Letter-p')).length).toBeGreaterThan(0);
      } else {
        expect(p.text, channel).toContain('Attach letter.pdf');
        expect(p.text, channel).toMatch(/Attach evidence-bundle\.pdf \(\d+ pages/);
      }
    }
  });

  it('gives each channel its follow-up path and reply time, dated from the letter date', () => {
    const health = packs.get('account-health-appeal')!;
    expect(health.text).toContain('Follow-ups and extra documents: Account Health > View Appeal > Submit additional information');
    dateRow(health, 'Sat, Nov 7, 2026', 'Reply expected (about 2 days after submitting)', 2);
    const br = packs.get('brand-registry-portal')!;
    expect(br.text).toContain("reply in this appeal's case in Brand Registry Support > Case log");
    expect(br.text).not.toContain('View Appeal');
    // Nine working days from Thursday 5 November: Wednesday 18 November.
    dateRow(br, 'Wed, Nov 18, 2026', 'Reply expected (about 9 working days after submitting)', 13);
    const support = packs.get('seller-support-case')!;
    expect(support.text).toContain('reply in the same case (Help > Case log); do not open a new case');
    expect(support.text).toContain('Amazon states no reply time for this route.');
    expect(support.submission.dates.map((d) => d.key)).not.toContain('expectReply');
    const ip = packs.get('ip-complaint-appeal')!;
    expect(ip.text).toContain('View appeal next to the complaint > Submit additional information');
    expect(packs.get('performance-notification-appeal')!.text).toContain(
      'answer from the same notification in Performance > Performance Notifications',
    );
    for (const p of packs.values()) dateRow(p, 'Thu, Nov 12, 2026', 'Do not resubmit before this day (7 days)', 7);
  });

  it('names the legacy e-mail recipient from the routing table, marked legacy, and none for Brand Registry', () => {
    const health = packs.get('account-health-appeal')!;
    expect(health.submission.legacy_email?.recipient).toBe('seller-performance@amazon.com');
    expect(flat(health.docx)).toContain(
      'Legacy fallback, not a current route: only if the form above cannot be used, e-mail seller-performance@amazon.com',
    );
    expect(packs.get('brand-registry-portal')!.submission.legacy_email).toBeNull();
    expect(packs.get('brand-registry-portal')!.text).not.toContain('Legacy fallback');
    // The e-mail channel names the recipient in its path instead of a fallback.
    expect(flat(packs.get('email')!.docx)).toContain("E-mail seller-performance@amazon.com from the account's login address (legacy route");
  });
});

describe('funds, deadlines and box limits', () => {
  it('shows the 90-day funds window, with the no-deadline note above the dates rather than under them (corbin-funds-held)', async () => {
    // Letter dated the day the case's last action was done (the case gives no letter.date).
    const corbinEnv = createEnv({ templatesRoot: 'templates', words: loadWordLists(), sourceDateEpoch: Date.UTC(2026, 10, 4) / 1000 });
    const checked = (await checkCase('test/fixtures/unseen/corbin-funds-held/case.yaml', corbinEnv)).checked!;
    expect(checked.case.letterDate).toBe('2026-11-04');
    const p = await packOf(checked, checked.case);
    // Notice received Fri 2026-10-30 + 90 days = Thu 2027-01-28; letter Wed 2026-11-04.
    dateRow(p, 'Thu, Jan 28, 2027', 'Funds: about 90 days after the notice of October 30, 2026', 85);
    const note = p.lines.findIndex((l) => l.startsWith('The notice itself sets no date to respond by'));
    const firstRow = p.lines.findIndex((l) => l.startsWith('Wed, Nov 4, 2026'));
    expect(note).toBeGreaterThan(0);
    expect(note).toBeLessThan(firstRow);
    expect(p.lines.slice(firstRow).join(' ')).not.toContain('no date to respond');
    expect(p.submission.legacy_email?.recipient).toBe('merchant-reserve-inquiry@amazon.com');
  }, 120_000);

  it('with a limit from the case, flags the boxes over it in submission.json and the checklist', async () => {
    const checked = (await checkCase('cases/sunrise-odr/case.yaml', env)).checked!;
    // A limit between the shortest and the longest box, so some boxes pass it and some do not.
    const sizes = (await packOf(checked, onChannel(checked.case, 'account-health-appeal'))).submission.boxes
      .map((b) => b.characters)
      .sort((a, b) => a - b);
    const limit = Math.round((sizes[0] + sizes[sizes.length - 1]) / 2);
    const p = await packOf(checked, onChannel(checked.case, 'account-health-appeal', { section_char_limit: limit }));
    const over = p.submission.boxes.filter((b) => b.characters > limit);
    expect(over.length).toBeGreaterThan(0);
    expect(over.length).toBeLessThan(p.submission.boxes.length);
    for (const b of p.submission.boxes) {
      expect(b.limit).toBe(limit);
      expect(b.limit_verified).toBe(true);
      expect(b.over_limit).toBe(b.characters > limit);
      expect(b.characters).toBe([...b.text].length);
    }
    expect(p.submission.warnings).toEqual(
      over.map((b) => `${b.file}: ${b.characters} characters, more than the limit of ${limit} (the case (submission.section_char_limit))`),
    );
    expect(p.text.match(new RegExp(`over the limit of ${limit.toLocaleString('en-US')}`, 'g'))?.length).toBe(over.length);
  }, 120_000);
});
