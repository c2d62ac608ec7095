// Real Office files for the bundle tests, written by the libraries Word and Excel files come from in
// practice (exceljs for XLSX, docx for DOCX), so the readers are tested on what sellers send.
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph, TextRun } from 'docx';

/** One sheet: a header row, then rows of [value, number format] cells. */
export async function xlsxFile(sheet: string, header: string[], rows: [unknown, string?][][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet);
  ws.addRow(header);
  for (const cells of rows) {
    const row = ws.addRow(cells.map(([value]) => value));
    cells.forEach(([, format], i) => {
      if (format) row.getCell(i + 1).numFmt = format;
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A DOCX with one paragraph per string (a run may be split to test joined runs). */
export async function docxFile(paragraphs: string[][]): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: paragraphs.map((runs) => new Paragraph({ children: runs.map((text) => new TextRun(text)) })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
