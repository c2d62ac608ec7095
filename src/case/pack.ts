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
import { loadPdfLib, LOAD_WITHOUT_PAUSES } from '../render/pdf-lib.js';
import { exhibitText } from '../stages/evidence-text.js';
import { checklistDates, checklistDocument, submissionPath, type ChecklistInput } from '../compose/documents/checklist.js';
import { boxTexts } from '../compose/documents/submission-text.js';
import {
  bundleIndexDocument,
  bundleTexts,
  coversDocument,
  notShownDocument,
  textExhibitDocument,
} from '../compose/documents/bundle-covers.js';
import { retractionRequestDocument } from '../compose/documents/retraction-request.js';
import { bundleStrings } from '../compose/documents/bundle-covers.js';
import { cachedOutput, renderBoth, type OutputCacheOptions, type Renderers } from './output-cache.js';

const encoder = new TextEncoder();

/** A document's page count and PDF bytes: laid out only, when the renderers can (see layoutPdf), else rendered and counted. */
async function layoutOf(render: Renderers, doc: DocumentModel): Promise<{ pages: number; bytes(): Promise<Uint8Array> }> {
  if (render.layout) return render.layout(doc);
  const pdf = await render.pdf(doc);
  const { PDFDocument } = await loadPdfLib();
  const pages = (await PDFDocument.load(pdf, { ...LOAD_WITHOUT_PAUSES, updateMetadata: false })).getPageCount();
  return { pages, bytes: async () => pdf };
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

/**
 * What the bundle is made from, for its cache key: the evidence files by hash (not their bytes), the covers, the
 * index (laid out with made-up start pages, so every field it prints is in the key), and the stamp texts (each
 * text function applied to sample values).
 */
function bundleInputs(c: Case, facts: EvidenceFacts[], strings: Strings): unknown {
  const { meta, texts } = bundleTexts(c, strings);
  const probe = new Map(facts.map((f, i) => [f.exhibit.label, 1000 + i]));
  return {
    paper: c.paper,
    language: c.language,
    locale: c.locale,
    meta,
    strings: bundleStrings(strings),
    covers: coversDocument(c, facts, strings),
    index: bundleIndexDocument(c, facts, strings, probe),
    texts: [
      texts.stampLeft,
      texts.bundlePage(7, 9),
      texts.indexPage(7, 9),
      texts.cover('Q'),
      texts.exhibitPage('Q', 7, 9),
      texts.outlineIndex,
      texts.outlineExhibit('Q', 'T'),
    ],
    exhibits: facts.map((f) => ({
      exhibit: f.exhibit,
      file: f.file,
      format: f.format,
      sha256: f.sha256,
      size: f.size,
      pages: f.pages,
      notShown: notShownDocument(c, f, strings),
    })),
  };
}

interface StoredLayout {
  total: number;
  indexPages: number;
  starts: [string, number][];
  exhibitPages: [string, number][];
}

/** The bundle from the output cache, or rendered and stored. */
async function cachedBundle(c: Case, facts: EvidenceFacts[], strings: Strings, cache: OutputCacheOptions | undefined) {
  const out = await cachedOutput(cache, 'bundle', bundleInputs(c, facts, strings), async () => {
    const bundle = await evidenceBundle(c, facts, strings);
    const { layout } = bundle;
    const stored: StoredLayout = {
      total: layout.total,
      indexPages: layout.indexPages,
      starts: [...layout.starts],
      exhibitPages: [...layout.exhibitPages],
    };
    return { files: [{ path: 'evidence-bundle.pdf', bytes: bundle.bytes }], meta: stored };
  });
  const stored = out.meta as StoredLayout;
  return {
    bytes: out.files[0].bytes,
    layout: {
      total: stored.total,
      indexPages: stored.indexPages,
      starts: new Map(stored.starts),
      exhibitPages: new Map(stored.exhibitPages),
    },
  };
}

/** What shapes the image attachments: each evidence file's label, format, hash and password. */
const attachmentInputs = (facts: EvidenceFacts[]) =>
  facts.map((f) => ({ label: f.exhibit.label, format: f.format, sha256: f.sha256, password: f.exhibit.password ?? null }));

/**
 * Renders the pack's files. `render` turns a document model into PDF and DOCX bytes; with `cache`, each rendered
 * output whose inputs did not change comes from the output cache; `letterPdf` saves rendering the letter again.
 */
export async function packFiles(
  c: Case,
  facts: EvidenceFacts[],
  letter: ComposedLetter,
  strings: Strings,
  render: Renderers,
  options: { cache?: OutputCacheOptions; letterPdf?: Uint8Array } = {},
): Promise<RenderedFile[]> {
  const { cache } = options;
  const channel = submissionChannel(c);
  const info = channelInfo(channel);
  const boxes = boxTexts(letter.document, strings, info.boxes).map((b) => ({ ...b, limit: boxLimit(c, channel, b.box) }));
  const sections: RenderedFile[] = boxes.map((b) => ({
    path: `sections/${b.file}`,
    bytes: encoder.encode(`${b.text.replace(/\n/g, '\r\n')}\r\n`),
  }));

  const bundle = facts.length ? await cachedBundle(c, facts, strings, cache) : undefined;
  const imageOnly = imageOnlyChannel(channel);
  const letterImages = async () =>
    (
      await cachedOutput(cache, 'letter-images', letter.document, async () => ({
        files: (
          await pdfPagesToPng(options.letterPdf ?? (await render.pdf(letter.document)))
        ).map((bytes, i) => ({ path: `attachments/Letter-p${i + 1}.png`, bytes })),
      }))
    ).files;
  const exhibitImages = async () =>
    (await cachedOutput(cache, 'attachments', attachmentInputs(facts), async () => ({ files: await attachmentFiles(facts) }))).files;
  const attachments = imageOnly ? [...(await letterImages()), ...(await exhibitImages())] : [];

  const ip = c.input.details?.ip_complaint;
  const retraction = ip?.rights_owner?.email && !ip.retraction?.received_on ? retractionRequestDocument(c, letter, strings) : undefined;
  const retractionBytes = retraction && (await renderBoth(render, cache, 'retraction-request', retraction));
  const retractionFiles: RenderedFile[] = retractionBytes
    ? [
        { path: 'retraction-request.pdf', bytes: retractionBytes[0] },
        { path: 'retraction-request.docx', bytes: retractionBytes[1] },
      ]
    : [];

  const checklistInput: ChecklistInput = {
    boxes: boxes.map((b) => ({ box: b.box, file: b.file, chars: b.chars, limit: b.limit })),
    bundlePages: bundle?.layout.total,
    attachments: attachments.map((a) => a.path),
    retractionRequest: !!retraction,
  };
  const checklist = checklistDocument(c, facts, strings, checklistInput);
  const compact = checklistDocument(c, facts, strings, { ...checklistInput, compact: true });
  const checklistOut = await cachedOutput(cache, 'checklist', [checklist, compact], async () => {
    let doc = checklist;
    // One page: when the case has many boxes or dates, set the long lists shorter and try again.
    let laid = await layoutOf(render, doc);
    if (laid.pages > 1) {
      doc = compact;
      laid = await layoutOf(render, doc);
    }
    const pdf = await laid.bytes();
    return {
      files: [
        { path: 'pdf', bytes: pdf },
        { path: 'docx', bytes: await render.docx(doc) },
      ],
    };
  });
  const [checklistPdf, checklistDocx] = checklistOut.files.map((f) => f.bytes);

  // The same warnings the build prints about sizes (L16), kept with the pack for whoever uploads it.
  const maxMb = c.input.submission?.max_file_mb;
  const maxBytes = maxMb === undefined ? undefined : maxMb * 1048576;
  const uploads = attachments.length
    ? attachments.map((a) => ({ file: a.path, bytes: a.bytes.length }))
    : [
        { file: 'letter.pdf', bytes: undefined as number | undefined },
        ...(bundle ? [{ file: 'evidence-bundle.pdf', bytes: bundle.bytes.length }] : []),
        ...facts.map((f) => ({ file: f.file, bytes: f.size })),
      ];
  const over = (b: (typeof boxes)[number]) => b.limit.chars !== null && b.chars > b.limit.chars;
  const warnings = [
    ...boxes
      .filter(over)
      .map((b) => `sections/${b.file}: ${b.chars} characters, more than the limit of ${b.limit.chars} (${b.limit.source})`),
    ...(maxBytes === undefined
      ? []
      : uploads
          .filter((u) => u.bytes !== undefined && u.bytes > maxBytes)
          .map((u) => `${u.file}: ${(u.bytes! / 1048576).toFixed(1)} MB, above submission.max_file_mb (${maxMb} MB)`)),
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
    legacy_email:
      recipient && channel !== 'email'
        ? { recipient, route: legacyRoute(c), legacy: true, note: 'from 2016-2020 seller guides; not a current Amazon route' }
        : null,
    retraction_request: retraction ? { files: retractionFiles.map((f) => f.path), to: ip?.rights_owner?.email } : null,
    max_file_mb: maxMb ?? null,
    attach: uploads.map((u) => u.file),
    attach_bytes: uploads
      .filter((u) => u.bytes !== undefined)
      .map((u) => ({ file: u.file, bytes: u.bytes!, over_limit: maxBytes !== undefined && u.bytes! > maxBytes })),
    bundle: bundle
      ? {
          file: 'evidence-bundle.pdf',
          pages: bundle.layout.total,
          index_pages: bundle.layout.indexPages,
          exhibits: facts.map((f) => ({
            label: f.exhibit.label,
            file: f.file,
            starts_at: bundle.layout.starts.get(f.exhibit.label),
            pages: bundle.layout.exhibitPages.get(f.exhibit.label),
          })),
        }
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
    { path: 'submission.json', bytes: encoder.encode(`${JSON.stringify(submission, null, 2)}\n`) },
  ];
}
