// The video-verification sheet: no empty header rows, the to-dos first (the attendee's ID missing is one),
// documents already in evidence linked (a company register extract counts as the business licence), the
// booking by state (booked: no "to be chosen" times and no booking deadline).
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCase, createEnv, type CheckedCase } from '../../../../src/case/process-case.js';
import { loadWordLists } from '../../../../src/rules/words.js';
import { videoVerificationDocument } from '../../../../src/compose/documents/video-verification.js';
import { renderPdf } from '../../../../src/render/pdf.js';
import type { Case } from '../../../../src/model/case.js';
import type { Block } from '../../../../src/model/document.js';
import { linesOf, pdfPages } from '../../../helpers/read-pdf.js';
import { flat } from '../../../helpers/cli.js';

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists(), sourceDateEpoch: Date.UTC(2026, 10, 26) / 1000 });

type Video = NonNullable<NonNullable<NonNullable<Case['input']['details']>['brand_registry']>['video_verification']>;

function withVideo(c: Case, edit: (v: Video) => Video, exhibits = c.exhibits): Case {
  const br = c.input.details!.brand_registry!;
  return {
    ...c,
    exhibits,
    exhibitById: new Map(exhibits.map((e) => [e.id, e])),
    input: { ...c.input, details: { ...c.input.details, brand_registry: { ...br, video_verification: edit(br.video_verification!) } } },
  };
}

async function sheet(c: Case, strings: CheckedCase['templates']['strings']) {
  const doc = videoVerificationDocument(c, strings)!;
  const pages = await pdfPages(await renderPdf(doc));
  return { doc, text: flat(pages.flatMap((p) => linesOf(p.items).map((l) => l.text)).join(' ')) };
}

describe('video-verification sheet (tidewick: booked call, agent with ID and authorization)', () => {
  let checked: CheckedCase;
  beforeAll(async () => {
    checked = (await checkCase('test/fixtures/unseen/tidewick-br-booked/case.yaml', env)).checked!;
    expect(checked).toBeDefined();
  }, 120_000);

  it('prints no table with an empty header row', async () => {
    const { doc } = await sheet(checked.case, checked.templates.strings);
    const tables = doc.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    expect(tables.length).toBeGreaterThan(2);
    for (const table of tables)
      expect(
        table.columns.every(
          (col) =>
            col.title
              .map((s) => s.text)
              .join('')
              .trim() !== '',
        ),
      ).toBe(true);
  });

  it('sets its notes in body type, not the small style', async () => {
    const { doc } = await sheet(checked.case, checked.templates.strings);
    const notes = doc.blocks.filter(
      (b) => b.kind === 'paragraph' && /48 hours|30 minutes|50 sellable units/.test(b.spans.map((s) => s.text).join('')),
    );
    expect(notes.length).toBe(3);
    for (const n of notes) expect((n as { style?: string }).style).toBeUndefined();
  });

  it('shows the booked call and its reschedule limit, not a booking deadline or times to choose', async () => {
    const { text } = await sheet(checked.case, checked.templates.strings);
    expect(text).toContain('Call booked for December 4, 2026, 10:00');
    expect(text).toContain('Latest time to ask for a new time December 2, 2026, 10:00');
    expect(text).not.toContain('to be chosen');
    expect(text).not.toContain('Book by');
    expect(text).not.toContain('Still to do');
    expect(text).toContain('Exhibit B: Passport of He Jun');
    expect(text).not.toContain(checked.case.id);
  });

  it('lists the missing identity document as a to-do, and in its row', async () => {
    const exhibits = checked.case.exhibits.filter((e) => e.kind !== 'government-id');
    const c = withVideo(checked.case, (v) => ({ ...v, attendee: { ...v.attendee!, id_evidence: undefined } }), exhibits);
    const { text } = await sheet(c, checked.templates.strings);
    expect(text).toContain('Still to do');
    expect(text).toContain('Add the identity document of He Jun to the case (evidence kind government-id, and attendee.id_evidence)');
    expect(text).toContain('To do: not in the case yet');
  });

  it('links documents already in evidence to the attendee without an explicit id: by kind, and a company register extract for the licence', async () => {
    const base = checked.case;
    const register = {
      ...base.exhibits[0],
      id: 'E9',
      label: 'G',
      kind: 'other' as const,
      title: 'Company register extract, Xiamen Tidewick Trading Co., Ltd.',
    };
    const c = withVideo(
      {
        ...base,
        input: {
          ...base.input,
          details: {
            ...base.input.details,
            brand_registry: {
              ...base.input.details!.brand_registry!,
              trademark: { ...base.input.details!.brand_registry!.trademark!, holder_type: 'company' },
            },
          },
        },
      },
      (v) => ({ ...v, attendee: { ...v.attendee!, id_evidence: undefined, authorization_evidence: undefined } }),
      [...base.exhibits, register],
    );
    const { doc, text } = await sheet(c, checked.templates.strings);
    // The PDF's table text reads row by row across the columns, so a cell that wraps is checked in the model.
    const cellText = (cell: { text: string }[]) => flat(cell.map((s) => s.text).join(''));
    const cells = doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((row) => row.map(cellText)) : []));
    expect(cells.some((cell) => cell.startsWith('Exhibit G: Company register extract'))).toBe(true);
    expect(text).toContain('Exhibit B: Passport of He Jun');
    expect(text).toContain('Exhibit C: Letter of');
    expect(text).toContain('Exhibit G: Company register');
    expect(text).not.toContain('not in the case yet');
  });

  it('before booking: the deadline, the proposed times and a to-do for the ones still missing', async () => {
    const c = withVideo(checked.case, (v) => ({ ...v, scheduled_at: undefined, slots: ['2026-12-03 09:00'] }));
    const { text } = await sheet(c, checked.templates.strings);
    expect(text).toMatch(/Book by December \d+, 2026/);
    expect(text).toContain('Time 1 December 3, 2026, 09:00');
    expect(text).toContain('Time 2 to be chosen');
    expect(text).toMatch(/Propose 2 more convenient time\(s\)/);
  });
});
