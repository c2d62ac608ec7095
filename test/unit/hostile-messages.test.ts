// Inputs that used to fail only while rendering, as "internal error" at case.yaml:1:1, are named at their
// line: an exhibit that cannot be drawn, a date past the calendar's end, numbers YAML reads as infinite or
// not a number; a call time with a UTC offset works; escape codes in case text never reach the terminal.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { PDFDocument } from '@cantoo/pdf-lib';
import { checkCase, createEnv, processCase } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';
import { latestReschedule } from '../../src/domain/video-verification.js';
import { minutesOf } from '../../src/domain/dates.js';
import { formatDiagnostic, caseLine } from '../../src/cli/report.js';
import { copySampleCase, repoRoot, sampleCaseText, tempDir } from '../helpers/outputs.js';

const drawing = vi.hoisted(() => ({ fail: false }));
vi.mock('../../src/render/bundle/images.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/render/bundle/images.js')>();
  return {
    ...real,
    embedPngCached: (...args: Parameters<typeof real.embedPngCached>) => {
      if (drawing.fail) throw new Error('invalid PNG filter type 7');
      return real.embedPngCached(...args);
    },
  };
});

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir('hostile-msg');
});
afterAll(() => tmp.cleanup());
const env = () => createEnv({ templatesRoot: path.join(repoRoot, 'templates'), words: loadWordLists() });
const lines = (text: string) => text.split('\n');

describe('failures while drawing', () => {
  it('an exhibit that cannot be drawn is named at its file: line, not as an internal error at 1:1', async () => {
    const file = copySampleCase(tmp.dir, 'draw-fails');
    drawing.fail = true;
    try {
      const result = await processCase(file, env(), { render: true });
      expect(result.state).toBe('failed');
      const d = result.diagnostics.find((x) => x.ruleId === 'evidence-file');
      expect(result.diagnostics.some((x) => x.ruleId === 'internal')).toBe(false);
      expect(d?.message).toMatch(
        /evidence E4: "evidence\/cs-rota-2026-11\.png" could not be drawn into the documents: invalid PNG filter type 7/,
      );
      expect(lines(sampleCaseText)[d!.line - 1]).toMatch(/file: evidence\/cs-rota-2026-11\.png/);
    } finally {
      drawing.fail = false;
    }
  }, 120_000);
});

describe('damaged evidence found by the check', () => {
  it('a 3-page PDF cut short is refused at its line, not counted as 1 page', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 3; i++) doc.addPage([200, 200]).drawText(`page ${i + 1}`, { x: 10, y: 10 });
    const whole = await doc.save({ useObjectStreams: false });
    const file = copySampleCase(tmp.dir, 'cut-pdf');
    writeFileSync(
      path.join(path.dirname(file), 'evidence', 'refund-records-2026-10-30.pdf'),
      whole.subarray(0, Math.floor(whole.length / 2)),
    );
    const { result } = await checkCase(file, env());
    const d = result.diagnostics.find((x) => /refund-records/.test(x.message));
    expect(d?.message).toMatch(/is not a readable PDF \(it declares 3 pages but 1 can be read: the file is cut short or damaged\)/);
    expect(lines(sampleCaseText)[d!.line - 1]).toMatch(/file: evidence\/refund-records-2026-10-30\.pdf/);
  }, 60_000);
});

describe('values', () => {
  it('letter.date 9999-12-31 is refused at its line; the case is still checked', async () => {
    const text = sampleCaseText.replace('  date: 2026-11-05', '  date: 9999-12-31');
    const { result } = await checkCase(copySampleCase(tmp.dir, 'far-date', text), env());
    const d = result.diagnostics.find((x) => /9999-12-31/.test(x.message));
    expect(d?.severity).toBe('error');
    expect(d?.message).toMatch(/letter\.date: 9999-12-31 is not a date a case can concern \(years 1970 to 2199\)/);
    expect(lines(text)[d!.line - 1]).toMatch(/date: 9999-12-31/);
    expect(result.diagnostics.some((x) => x.ruleId === 'internal')).toBe(false);
  }, 60_000);

  it.each([
    ['1e309', /is infinite/],
    ['.nan', /is not a number \(\.nan\)/],
    ['.inf', /is infinite/],
  ])(
    'a metric value of %s is refused at its line',
    async (value, message) => {
      const text = sampleCaseText.replace('value: 2.1,', `value: ${value},`);
      const { result } = await checkCase(copySampleCase(tmp.dir, `metric-${value.replace('.', '')}`, text), env());
      const d = result.diagnostics.find((x) => /metrics\[0\]\.value/.test(x.message));
      expect(d?.message).toMatch(message);
      expect(lines(text)[d!.line - 1]).toContain(`value: ${value}`);
    },
    60_000,
  );

  it('a call time with a UTC offset gives the reschedule limit 48 hours earlier, wall clock kept', () => {
    expect(minutesOf('2026-10-14T10:00+02:00')).toBe(minutesOf('2026-10-14 10:00'));
    expect(latestReschedule('2026-10-14T10:00+02:00')).toBe('2026-10-12 10:00');
    expect(latestReschedule('2026-10-14T10:00:00Z')).toBe('2026-10-12 10:00');
  });
});

describe('terminal output', () => {
  it('escape codes in case text and file names are printed as replacement characters', () => {
    const d = {
      file: 'cases/x\u001b]0;owned\u0007.yaml',
      line: 3,
      column: 5,
      severity: 'error' as const,
      ruleId: 'input',
      message: 'seller.legal_name "\u001b[2J\u001b[31mACME" is too short',
      note: 'Write \u009b1mthe name',
    };
    const source = 'id: x\nseller:\n  legal_name: "\u001b[2JACME"\n';
    const printed = formatDiagnostic(d, { color: false, sources: new Map([[d.file, source]]) });
    expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(printed).toContain('\ufffd[2J\ufffd[31mACME');
    const line = caseLine(
      { state: 'failed', file: 'cases/\u001b[8mhidden.yaml', diagnostics: [], silenced: [] },
      { render: true, out: 'out' },
    );
    expect(line).not.toContain('\u001b');
  });
});
