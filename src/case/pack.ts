// The submission pack around the letter: evidence bundle, image attachments for image-only channels,
// submission.json (section counts, files in order) and the one-page checklist (PDF + DOCX).
import type { Case } from '../model/case.js';
import type { DocumentModel, RenderedFile } from '../model/document.js';
import type { EvidenceFacts } from '../model/evidence.js';
import { stringIn, type Strings } from '../model/strings.js';
import type { LetterText } from '../model/letter-text.js';
import { countWords } from '../compose/plain-text.js';
import { defaultSectionCharLimit, imageOnlyChannel, submissionChannel } from '../domain/channels.js';
import { renderEvidenceBundle } from '../render/bundle/assemble.js';
import { attachmentFiles } from '../render/attachments.js';
import { loadPdfLib } from '../render/pdf-lib.js';
import { checklistDates, checklistDocument, submissionPath } from '../compose/documents/checklist.js';

/** Pages of a rendered PDF. */
async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const { PDFDocument } = await loadPdfLib();
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
}

/** Characters as a form counts them: code points, line breaks as one. */
export const charCount = (text: string): number => [...text].length;

/** The sections/ file name of a letter section (same as pipeline's sectionFiles). */
export const sectionFileName = (key: string, i: number): string => `${String(i + 1).padStart(2, '0')}-${key.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)}.txt`;

/** Renders the pack's files. `render` turns a document model into PDF and DOCX bytes. */
export async function packFiles(
  c: Case,
  facts: EvidenceFacts[],
  text: LetterText,
  strings: Strings,
  render: { pdf: (d: DocumentModel) => Promise<Uint8Array>; docx: (d: DocumentModel) => Promise<Uint8Array> },
): Promise<RenderedFile[]> {
  const channel = submissionChannel(c);
  const limit = c.input.submission?.section_char_limit ?? defaultSectionCharLimit;
  const sections = Object.entries(text.sections).map(([key, body], i) => ({
    key,
    file: sectionFileName(key, i),
    heading: stringIn(strings.headings, key) ?? key,
    chars: charCount(body),
    words: countWords(body),
  }));
  const bundle = facts.length ? await renderEvidenceBundle(c, facts, strings) : undefined;
  const attachments = imageOnlyChannel(channel) ? await attachmentFiles(facts) : [];
  const checklistInput = { sections, sectionLimit: limit, bundlePages: bundle?.layout.total, attachments: attachments.map((a) => a.path) };
  let checklist = checklistDocument(c, facts, strings, checklistInput);
  let checklistPdf = await render.pdf(checklist);
  // One page: when the case has many sections or dates, set the long lists smaller and try again.
  if ((await pdfPageCount(checklistPdf)) > 1) {
    checklist = checklistDocument(c, facts, strings, { ...checklistInput, compact: true });
    checklistPdf = await render.pdf(checklist);
  }
  // The same warnings the build prints (L19 sections, L16 sizes), kept with the pack for whoever pastes and uploads it.
  const maxMb = c.input.submission?.max_file_mb;
  const maxBytes = maxMb === undefined ? undefined : maxMb * 1048576;
  const uploads = attachments.length
    ? attachments.map((a) => ({ file: a.path, bytes: a.bytes.length }))
    : [...(bundle ? [{ file: 'evidence-bundle.pdf', bytes: bundle.bytes.length }] : []), ...facts.map((f) => ({ file: f.file, bytes: f.size }))];
  const warnings = [
    ...sections.filter((s) => s.chars > limit).map((s) => `sections/${s.file}: ${s.chars} characters, more than the limit of ${limit}`),
    ...(maxBytes === undefined ? [] : uploads.filter((u) => u.bytes > maxBytes).map((u) => `${u.file}: ${(u.bytes / 1048576).toFixed(1)} MB, above submission.max_file_mb (${maxMb} MB)`)),
  ];
  const checklistDocx = await render.docx(checklist);
  const submission = {
    case: c.id,
    channel,
    channel_default: !c.input.submission?.channel,
    path: submissionPath(c, strings).steps,
    section_char_limit: limit,
    section_char_limit_source: c.input.submission?.section_char_limit ? 'case' : 'default (Amazon does not publish form limits)',
    sections: sections.map((s) => ({ file: `sections/${s.file}`, key: s.key, heading: s.heading, characters: s.chars, words: s.words, over_limit: s.chars > limit })),
    max_file_mb: maxMb ?? null,
    attach: uploads.map((u) => u.file),
    attach_bytes: uploads.map((u) => ({ ...u, over_limit: maxBytes !== undefined && u.bytes > maxBytes })),
    bundle: bundle ? { file: 'evidence-bundle.pdf', pages: bundle.layout.total, index_pages: bundle.layout.indexPages, exhibits: facts.map((f) => ({ label: f.exhibit.label, id: f.exhibit.id, file: f.file, starts_at: bundle.layout.starts.get(f.exhibit.label), pages: bundle.layout.exhibitPages.get(f.exhibit.label) })) } : null,
    dates: checklistDates(c, strings).map((d) => ({ key: d.key, date: d.date })),
    warnings,
  };
  return [
    ...(bundle ? [{ path: 'evidence-bundle.pdf', bytes: bundle.bytes }] : []),
    ...attachments,
    { path: 'checklist.pdf', bytes: checklistPdf },
    { path: 'checklist.docx', bytes: checklistDocx },
    { path: 'submission.json', bytes: new TextEncoder().encode(JSON.stringify(submission, null, 2) + '\n') },
  ];
}
