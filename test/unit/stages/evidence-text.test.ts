// Reading text-like exhibits: cell values through their number formats, only what the author sees in a
// workbook (hidden sheets, rows and columns left out, a merged area once), Word paragraphs in order, CSV.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import * as numfmt from 'numfmt';
import { cellText, docxParagraphs, exhibitText, parseCsv, xlsxSheets } from '../../../src/stages/evidence-text.js';
import { docxFile } from '../../helpers/office-files.js';

describe('cellText', () => {
  it('formats numbers, dates, percentages and currency as the cell format says', () => {
    expect(cellText(0.12, '0%', numfmt)).toBe('12%');
    expect(cellText(0.125, '0.00%', numfmt)).toBe('12.50%');
    expect(cellText(1234.5, '"$"#,##0.00', numfmt)).toBe('$1,234.50');
    expect(cellText(46315, 'yyyy-mm-dd', numfmt)).toBe('2026-10-20');
    expect(cellText(new Date(Date.UTC(2026, 9, 20)), 'mm/dd/yyyy', numfmt)).toBe('10/20/2026');
    expect(cellText(1184, undefined, numfmt)).toBe('1184');
  });

  it('shows a date cell without a date format as an ISO date, never a serial number', () => {
    expect(cellText(new Date(Date.UTC(2026, 9, 20)), 'General', numfmt)).toBe('2026-10-20');
  });

  it('reads rich text, formulas, errors and booleans', () => {
    expect(cellText({ richText: [{ text: 'Batch ' }, { text: '26-114' }] }, undefined, numfmt)).toBe('Batch 26-114');
    expect(cellText({ formula: 'B2*2', result: 0.24 }, '0%', numfmt)).toBe('24%');
    expect(cellText({ error: '#N/A' }, undefined, numfmt)).toBe('#N/A');
    expect(cellText(true, undefined, numfmt)).toBe('TRUE');
    expect(cellText(null, '0%', numfmt)).toBe('');
  });
});

describe('xlsxSheets', () => {
  it('leaves out hidden sheets, rows and columns and shows a merged area once', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Visible');
    ws.addRow(['ASIN', 'Internal', 'Units']);
    ws.addRow(['B0D7NW2K4Q', 'cost 3.10', 12]);
    ws.addRow(['hidden row', '', 1]).hidden = true;
    ws.addRow(['Total', '', 12]);
    ws.getColumn(2).hidden = true;
    ws.addRow(['Merged note']);
    ws.mergeCells('A5:C5');
    wb.addWorksheet('Secret', { state: 'hidden' }).addRow(['do not show']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await xlsxSheets(bytes)).toEqual([
      { name: 'Visible', rows: [['ASIN', 'Units'], ['B0D7NW2K4Q', '12'], ['Total', '12'], ['Merged note']] },
    ]);
  });
});

describe('docx and csv', () => {
  it('reads a DOCX written by a word processor library, runs joined, paragraphs in order', async () => {
    expect(await docxParagraphs(await docxFile([['Goods-in log & returns'], ['Batch ', '26-114'], ['Checked by <QC>']]))).toEqual([
      'Goods-in log & returns',
      'Batch 26-114',
      'Checked by <QC>',
    ]);
  });

  it('parses CSV with quotes, semicolons and a byte-order mark', () => {
    expect(parseCsv('\uFEFFa;"b; c"\n1;2\n\n')).toEqual([
      ['a', 'b; c'],
      ['1', '2'],
    ]);
  });

  it('gives no text for PDFs and images', async () => {
    expect(await exhibitText({ format: 'pdf', bytes: new Uint8Array() })).toBeUndefined();
    expect(await exhibitText({ format: 'txt', bytes: new TextEncoder().encode('a\r\nb') })).toEqual({ kind: 'lines', lines: ['a', 'b'] });
  });
});
