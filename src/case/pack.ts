// The submission pack around the letter: the text of each box of the channel's form (sections/), the
// evidence bundle, image attachments for image-only channels, the retraction request for IP complaints,
// submission.json and the one-page checklist (PDF + DOCX).
import type { Case } from '../model/case.js';
import type { DocumentModel, RenderedFile } from '../model/document.js';
import { drawingExhibit, type EvidenceFacts } from '../model/evidence.js';
import type { Strings } from '../model/strings.js';
import type { ComposedLetter } from '../compose/letter.js';
import { boxLimit, channelInfo, imageOnlyChannel, legacyEmailRecipient, legacyRoute, submissionChannel } from '../domain/channels.js';
import { renderEvidenceBundle, type BundleExhibit, type ExhibitSource } from '../render/bundle/assemble.js';
import { attachmentFiles, pdfPagesToPng } from '../render/attachments.js';
import { loadPdfLib } from '../render/pdf-lib.js';
import { exhibitText } from '../stages/evidence-text.js';
import { checklistDates, checklistDocument, submissionPath, type ChecklistInput } from '../compose/documents/checklist.js';
import { boxTexts } from '../compose/documents/submission-text.js';
import { bundleIndexDocument, bundleTexts, coversDocument, notShownDocument, textExhibitDocument } from '../compose/documents/bundle-covers.js';
import { retractionRequestDocument } from '../compose/documents/retraction-request.js';

type Renderers = { pdf: (d: DocumentModel) => Promise<Uint8Array>; docx: (d: DocumentModel) => Promise<Uint8Array> };

const encoder = new TextEncoder();

/** Pages of a rendered PDF. */
async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const { PDFDocument } = await loadPdfLib();
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
}

/** What each exhibit shows in the bundle: PDFs and images as they are, text-like files as composed pages. */
async function bundleExhibits(c: Case, facts: EvidenceFacts[], strings: Strings): Promise<BundleExhibit[]> {
  return Promise.all(
    facts.map(async (f): Promise<BundleExhibit> => {
      let source: ExhibitSource;
      if (f.format === 'pdf') source = { kind: 'pdf', bytes: f.bytes, password: f.exhibit.password, pages: f.pages };
      else if (f.format === 'png' || f.format === 'jpeg') source = { kind: f.format, bytes: f.bytes, key: f.sha256 };
      else if (f.format === 'gif') source = { kind: 'gif', bytes: f.bytes, key: f.sha256, fallback: notShownDocument(c, f, strings) };
      else {
        const text = await drawingExhibit(f.exhibit.label, () => exhibitText(f, c.locale));
        source = { kind: 'document', document: text ? textExhibitDocument(c, f, text, strings) : notShownDocument(c, f, strings) };
      }
      return { label: f.exhibit.label, title: f.exhibit.title, source };
    }),
  );
}

/** Renders the evidence bundle of a case: covers, index and exhibits composed here, assembled by the renderer. */
export async function evidenceBundle(c: Case, facts: EvidenceFacts[], strings: Strings) {
  const { meta, texts } = bundleTexts(c, strings);
  return renderEvidenceBundle({
    paper: c.paper,
    language: c.language,
    meta,
    exhibits: await bundleExhibits(c, facts, strings),
    covers: coversDocument(c, facts, strings),
    index: (starts) => bundleIndexDocument(c, facts, strings, starts),
    texts,
  });
}

/** Renders the pack's files. `render` turns a document model into PDF and DOCX bytes. */
export async function packFiles(c: Case, facts: EvidenceFacts[], letter: ComposedLetter, strings: Strings, render: Renderers): Promise<RenderedFile[]> {
  const channel = submissionChannel(c);
  const info = channelInfo(channel);
  const boxes = boxTexts(letter.document, strings, info.boxes).map((b) => ({ ...b, limit: boxLimit(c, channel, b.box) }));
  const sections: RenderedFile[] = boxes.map((b) => ({ path: `sections/${b.file}`, bytes: encoder.encode(b.text.replace(/\n/g, '\r\n') + '\r\n') }));

  const bundle = facts.length ? await evidenceBundle(c, facts, strings) : undefined;
  const imageOnly = imageOnlyChannel(channel);
  const letterImages: RenderedFile[] = imageOnly ? (await pdfPagesToPng(await render.pdf(letter.document))).map((bytes, i) => ({ path: `attachments/Letter-p${i + 1}.png`, bytes })) : [];
  const attachments = imageOnly ? [...letterImages, ...(await attachmentFiles(facts))] : [];

  const ip = c.input.details?.ip_complaint;
  const retraction = ip?.rights_owner?.email && !ip.retraction?.received_on ? retractionRequestDocument(c, letter, strings) : undefined;
  const retractionFiles: RenderedFile[] = retraction
    ? [
        { path: 'retraction-request.pdf', bytes: await render.pdf(retraction) },
        { path: 'retraction-request.docx', bytes: await render.docx(retraction) },
      ]
    : [];

  const checklistInput: ChecklistInput = {
    boxes: boxes.map((b) => ({ box: b.box, file: b.file, chars: b.chars, limit: b.limit })),
    bundlePages: bundle?.layout.total,
    attachments: attachments.map((a) => a.path),
    retractionRequest: !!retraction,
  };
  let checklist = checklistDocument(c, facts, strings, checklistInput);
  let checklistPdf = await render.pdf(checklist);
  // One page: when the case has many boxes or dates, set the long lists shorter and try again.
  if ((await pdfPageCount(checklistPdf)) > 1) {
    checklist = checklistDocument(c, facts, strings, { ...checklistInput, compact: true });
    checklistPdf = await render.pdf(checklist);
  }
  const checklistDocx = await render.docx(checklist);

  // The same warnings the build prints about sizes (L16), kept with the pack for whoever uploads it.
  const maxMb = c.input.submission?.max_file_mb;
  const maxBytes = maxMb === undefined ? undefined : maxMb * 1048576;
  const uploads = attachments.length
    ? attachments.map((a) => ({ file: a.path, bytes: a.bytes.length }))
    : [{ file: 'letter.pdf', bytes: undefined as number | undefined }, ...(bundle ? [{ file: 'evidence-bundle.pdf', bytes: bundle.bytes.length }] : []), ...facts.map((f) => ({ file: f.file, bytes: f.size }))];
  const over = (b: (typeof boxes)[number]) => b.limit.chars !== null && b.chars > b.limit.chars;
  const warnings = [
    ...boxes.filter(over).map((b) => `sections/${b.file}: ${b.chars} characters, more than the limit of ${b.limit.chars} (${b.limit.source})`),
    ...(maxBytes === undefined ? [] : uploads.filter((u) => u.bytes !== undefined && u.bytes > maxBytes).map((u) => `${u.file}: ${(u.bytes! / 1048576).toFixed(1)} MB, above submission.max_file_mb (${maxMb} MB)`)),
  ];
  const recipient = legacyEmailRecipient(c);
  const submission = {
    case: c.id,
    store: c.input.seller.store_name,
    notice: { kind: c.input.notice.kind, reference: c.input.notice.reference ?? null, received: c.input.notice.received },
    channel,
    channel_default: !c.input.submission?.channel,
    path: submissionPath(c, strings).steps,
    form: { boxes_source: info.boxesSource, boxes_verified: info.boxesVerified },
    boxes: boxes.map((b) => ({
      box: b.box,
      file: `sections/${b.file}`,
      letter_sections: b.sections,
      text: b.text,
      characters: b.chars,
      words: b.words,
      limit: b.limit.chars,
      limit_verified: b.limit.verified,
      limit_source: b.limit.source,
      over_limit: over(b),
    })),
    follow_up: info.followUp,
    reply: info.reply ? { days: info.reply.days, working_days: info.reply.workingDays, source: info.reply.source } : null,
    attachments_accepted: info.attachments,
    legacy_email: recipient && channel !== 'email' ? { recipient, route: legacyRoute(c), legacy: true, note: 'from 2016-2020 seller guides; not a current Amazon route' } : null,
    retraction_request: retraction ? { files: retractionFiles.map((f) => f.path), to: ip?.rights_owner?.email } : null,
    max_file_mb: maxMb ?? null,
    attach: uploads.map((u) => u.file),
    attach_bytes: uploads.filter((u) => u.bytes !== undefined).map((u) => ({ file: u.file, bytes: u.bytes!, over_limit: maxBytes !== undefined && u.bytes! > maxBytes })),
    bundle: bundle
      ? { file: 'evidence-bundle.pdf', pages: bundle.layout.total, index_pages: bundle.layout.indexPages, exhibits: facts.map((f) => ({ label: f.exhibit.label, file: f.file, starts_at: bundle.layout.starts.get(f.exhibit.label), pages: bundle.layout.exhibitPages.get(f.exhibit.label) })) }
      : null,
    dates: checklistDates(c, strings).map((d) => ({ key: d.key, date: d.date })),
    warnings,
  };
  return [
    ...sections,
    ...(bundle ? [{ path: 'evidence-bundle.pdf', bytes: bundle.bytes }] : []),
    ...attachments,
    ...retractionFiles,
    { path: 'checklist.pdf', bytes: checklistPdf },
    { path: 'checklist.docx', bytes: checklistDocx },
    { path: 'submission.json', bytes: encoder.encode(JSON.stringify(submission, null, 2) + '\n') },
  ];
}
