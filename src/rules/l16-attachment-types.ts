import type { Finding, Rule } from './types.js';
import { submissionChannel } from '../domain/channels.js';

const images = ['jpg', 'jpeg', 'pjpeg', 'png', 'gif', 'tif', 'tiff'];
// Amazon's invoice requirements: PDF or image (.jpg, .png, .gif).
const invoiceFormats = ['pdf', 'jpg', 'jpeg', 'png', 'gif'];
const invoiceKinds = [
  'supplier-invoice',
  'receipt',
  'purchase-contract',
  'delivery-order',
  'letter-of-authorization',
  'licensing-agreement',
];
const spreadsheets = ['xlsx', 'xls', 'csv'];

/** Evidence files are of a type the submission channel accepts; files above submission.max_file_mb are flagged when sizes are known. */
export const attachmentTypes: Rule = {
  id: 'L16',
  name: 'attachment-types',
  severity: 'error',
  description:
    'evidence file types suit the channel (IP complaint appeals take images only; invoices PDF or image; spreadsheets warned); size over submission.max_file_mb warned',
  why: 'An appeal form takes only some file types: IP complaint appeals take images, and Amazon takes invoices and supply documents as PDF or image. A file the form does not take cannot be attached, and editable files (DOCX, TXT, spreadsheets) are weaker evidence.',
  fix: 'Convert documents to PDF, or for an IP complaint appeal attach the page images appeal-kit writes under attachments/. Compress or split files above submission.max_file_mb.',
  phase: 'case',
  check({ case: c, fileSizes }) {
    const findings: Finding[] = [];
    const channel = submissionChannel(c);
    const maxMb = c.input.submission?.max_file_mb;
    for (const e of c.exhibits) {
      const ext = e.file.split('.').pop()?.toLowerCase() ?? '';
      const path = ['evidence', e.index, 'file'];
      if (channel === 'ip-complaint-appeal' && ext === 'pdf') {
        // The build rasterises each page to attachments/Exhibit-<label>-p<n>.png, which the form accepts.
        findings.push({
          path,
          severity: 'warning',
          message: `evidence ${e.id} is a PDF, but IP complaint appeals accept only images (JPEG, PNG, GIF, TIFF)`,
          note: `Attach the page images appeal-kit writes to attachments/Exhibit-${e.label}-p1.png, -p2.png ... instead of the PDF.`,
        });
      } else if (channel === 'ip-complaint-appeal' && !images.includes(ext)) {
        findings.push({
          path,
          message: `evidence ${e.id} is a .${ext} file, but IP complaint appeals accept only images (JPEG, PNG, GIF, TIFF)`,
          note: 'Save each page as a PNG image (e.g. "pdftoppm -png -r 150 file.pdf page") and list the images as evidence.',
        });
      } else if (invoiceKinds.includes(e.kind) && !invoiceFormats.includes(ext)) {
        findings.push({
          path,
          message: `evidence ${e.id} (${e.kind}) is a .${ext} file; Amazon takes invoices and supply documents as PDF or JPG, PNG, GIF`,
          note: 'Export or scan the original document to PDF.',
        });
      } else if (spreadsheets.includes(ext)) {
        findings.push({
          path,
          severity: 'warning',
          message: `evidence ${e.id} is a spreadsheet (.${ext})`,
          note: 'Appeal forms may not take spreadsheets, and a reviewer cannot see highlights in one; print it to PDF.',
        });
      } else if (['docx', 'txt'].includes(ext)) {
        findings.push({
          path,
          severity: 'warning',
          message: `evidence ${e.id} is a .${ext} file`,
          note: 'Convert it to PDF so it cannot be edited and shows the same on every screen.',
        });
      }
      const size = fileSizes?.get(e.id);
      if (maxMb !== undefined && size !== undefined && size > maxMb * 1048576) {
        findings.push({
          path,
          severity: 'warning',
          message: `evidence ${e.id} is ${(size / 1048576).toFixed(1)} MB, above the ${maxMb} MB set in submission.max_file_mb`,
          note: 'Compress images or split the PDF, or raise submission.max_file_mb if the form takes larger files.',
        });
      }
    }
    return findings;
  },
  examples: {
    ok: [{ name: 'PDF and PNG for an account health appeal', edits: [] }],
    notOk: [
      {
        name: 'a PDF in an IP complaint appeal',
        messages: [
          'evidence E1 is a PDF, but IP complaint appeals accept only images (JPEG, PNG, GIF, TIFF)',
          'evidence E2 is a PDF, but IP complaint appeals accept only images (JPEG, PNG, GIF, TIFF)',
        ],
        edits: [{ path: ['submission', 'channel'], value: 'ip-complaint-appeal' }],
        at: ['evidence', 0, 'file'],
        severity: 'warning',
      },
      {
        name: 'a spreadsheet',
        messages: ['evidence E4 is a spreadsheet (.xlsx)'],
        edits: [
          {
            path: ['evidence'],
            append: true,
            value: { id: 'E4', title: 'Sales by ASIN, 60 days', file: 'evidence/sales.xlsx', kind: 'inventory-report' },
          },
          { path: ['corrective_actions', 0, 'evidence'], append: true, value: 'E4' },
        ],
        at: ['evidence', 3, 'file'],
        severity: 'warning',
      },
    ],
  },
};
