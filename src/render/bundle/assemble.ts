// The evidence bundle: one PDF with the evidence index as table of contents, then per exhibit a cover
// page and its pages (PDFs merged, images placed, documents rendered), every page stamped in the bottom
// margin and a bookmark per exhibit. It takes documents already composed; pure: same inputs, same bytes.
import type { DocumentModel, Paper } from '../../model/document.js';
import { drawingExhibit } from '../../model/evidence.js';
import { layoutPdf, renderPdf } from '../pdf.js';
import { loadPdfLib, LOAD_WITHOUT_PAUSES, SAVE_WITHOUT_PAUSES } from '../pdf-lib.js';
import { BUNDLE, COLORS, PAGES, rgbColor } from '../theme.js';
import { embedPngCached, gifAsPng, imagePage, jpegOrientation } from './images.js';
import { stamp, stampFontBytes, stampFontFile, stampFontkit } from './stamp.js';

type PdfLib = typeof import('@cantoo/pdf-lib');
type PDFDocument = import('@cantoo/pdf-lib').PDFDocument;
type PDFPage = import('@cantoo/pdf-lib').PDFPage;

/** What one exhibit shows in the bundle. */
export type ExhibitSource =
  | { kind: 'pdf'; bytes: Uint8Array; password?: string; pages?: number }
  | { kind: 'png' | 'jpeg'; bytes: Uint8Array; key: string }
  /** A GIF shows its first frame; `fallback` when it cannot be decoded. */
  | { kind: 'gif'; bytes: Uint8Array; key: string; fallback: DocumentModel }
  /** Text, tables and anything that cannot be shown as it is: a composed document. */
  | { kind: 'document'; document: DocumentModel };

/** One exhibit of the bundle, in bundle order. */
export interface BundleExhibit {
  label: string;
  title: string;
  source: ExhibitSource;
}

/** The fixed texts of the stamps and bookmarks, already in the case's language. */
export interface BundleTexts {
  /** Left part of every stamp: the store and the notice. */
  stampLeft: string;
  bundlePage: (page: number, pages: number) => string;
  indexPage: (page: number, pages: number) => string;
  cover: (label: string) => string;
  exhibitPage: (label: string, page: number, pages: number) => string;
  outlineIndex: string;
  outlineExhibit: (label: string, title: string) => string;
}

/** Everything the bundle is made of. */
export interface BundleInput {
  paper: Paper;
  /** The letter language (the stamp font's script). */
  language: string;
  meta: { title: string; author: string; subject: string; locale: string; createdAt: Date };
  exhibits: BundleExhibit[];
  /** One cover page per exhibit, in exhibit order. */
  covers: DocumentModel;
  /** The evidence index listing the bundle page where each exhibit (by label) starts. */
  index: (starts: Map<string, number>) => DocumentModel;
  texts: BundleTexts;
}

/** Where each exhibit starts in the bundle (1-based), and the total. */
export interface BundleLayout {
  indexPages: number;
  starts: Map<string, number>;
  exhibitPages: Map<string, number>;
  total: number;
}

interface Source {
  /** How many pages the exhibit adds. */
  pages: number;
  /** Draws the exhibit's pages into the bundle. */
  add: (bundle: PDFDocument, lib: PdfLib) => Promise<PDFPage[]>;
}

const loadPdf = (lib: PdfLib, bytes: Uint8Array, password?: string) =>
  lib.PDFDocument.load(bytes, { ...LOAD_WITHOUT_PAUSES, updateMetadata: false, ...(password ? { password } : {}) });

/** Copies every page of a PDF into the bundle, scaled into the frame above the stamp band. */
async function framedPdfPages(bundle: PDFDocument, lib: PdfLib, bytes: Uint8Array, password?: string): Promise<PDFPage[]> {
  const source = await lib.PDFDocument.load(bytes, { ...LOAD_WITHOUT_PAUSES, updateMetadata: false, ...(password ? { password } : {}) });
  const pages = source.getPages();
  // A page with no content stream (a blank page, valid PDF) cannot be embedded: it is framed empty.
  const drawn = pages.filter((p) => p.node.Contents() !== undefined);
  const embedded = new Map(drawn.map((p, i) => [p, i]));
  const embeddings = drawn.length ? await bundle.embedPages(drawn) : [];
  return pages.map((source) => {
    const e = embeddings[embedded.get(source) ?? -1];
    const { width, height } = e ?? source.getSize();
    const page = bundle.addPage([width, height]);
    const scale = Math.min((width - 2 * BUNDLE.frameGap) / width, (height - BUNDLE.stampBand - BUNDLE.frameGap) / height);
    const w = width * scale;
    const h = height * scale;
    if (e) page.drawPage(e, { x: (width - w) / 2, y: BUNDLE.stampBand + (height - BUNDLE.stampBand - h) / 2, width: w, height: h });
    page.drawRectangle({
      x: (width - w) / 2,
      y: BUNDLE.stampBand + (height - BUNDLE.stampBand - h) / 2,
      width: w,
      height: h,
      borderColor: lib.rgb(...rgbColor(COLORS.frame)),
      borderWidth: BUNDLE.frameWidth,
    });
    return page;
  });
}

/** A rendered document copied page by page. */
async function documentSource(lib: PdfLib, doc: DocumentModel): Promise<Source> {
  const loaded = await loadPdf(lib, await renderPdf(doc));
  return {
    pages: loaded.getPageCount(),
    add: async (bundle) => (await bundle.copyPages(loaded, loaded.getPageIndices())).map((p) => bundle.addPage(p)),
  };
}

async function sourceFor(source: ExhibitSource, paper: readonly [number, number], lib: PdfLib): Promise<Source> {
  switch (source.kind) {
    case 'pdf': {
      const pages = source.pages ?? (await loadPdf(lib, source.bytes, source.password)).getPageCount();
      return { pages, add: (bundle) => framedPdfPages(bundle, lib, source.bytes, source.password) };
    }
    case 'png':
      return {
        pages: 1,
        add: async (bundle) => [imagePage(bundle, lib, await embedPngCached(bundle, lib, source.bytes, source.key), paper)],
      };
    case 'jpeg':
      return {
        pages: 1,
        add: async (bundle) => [imagePage(bundle, lib, await bundle.embedJpg(source.bytes), paper, jpegOrientation(source.bytes))],
      };
    case 'gif': {
      const png = await gifAsPng(source.bytes, source.key);
      if (!png) return documentSource(lib, source.fallback);
      return {
        pages: 1,
        add: async (bundle) => [imagePage(bundle, lib, await embedPngCached(bundle, lib, png, `gif:${source.key}`), paper)],
      };
    }
    case 'document':
      return documentSource(lib, source.document);
  }
}

/** Adds an outline (bookmarks): the index, then one entry per exhibit. */
function addOutline(bundle: PDFDocument, lib: PdfLib, entries: { title: string; page: PDFPage }[]) {
  const { context } = bundle;
  const outlineRef = context.nextRef();
  const refs = entries.map(() => context.nextRef());
  entries.forEach((entry, i) => {
    const dict = context.obj({
      Title: lib.PDFHexString.fromText(entry.title),
      Parent: outlineRef,
      Dest: [entry.page.ref, 'Fit'],
    });
    if (i > 0) dict.set(lib.PDFName.of('Prev'), refs[i - 1]);
    if (i < refs.length - 1) dict.set(lib.PDFName.of('Next'), refs[i + 1]);
    context.assign(refs[i], dict);
  });
  context.assign(outlineRef, context.obj({ Type: 'Outlines', First: refs[0], Last: refs[refs.length - 1], Count: refs.length }));
  bundle.catalog.set(lib.PDFName.of('Outlines'), outlineRef);
  bundle.catalog.set(lib.PDFName.of('PageMode'), lib.PDFName.of('UseOutlines'));
}

/** Renders the bundle. Returns its bytes and layout (where each exhibit starts). */
export async function renderEvidenceBundle(input: BundleInput): Promise<{ bytes: Uint8Array; layout: BundleLayout }> {
  const lib = await loadPdfLib();
  const { exhibits, texts } = input;
  const paper = [PAGES[input.paper].width, PAGES[input.paper].height] as const;
  const sources = await Promise.all(exhibits.map((e) => drawingExhibit(e.label, () => sourceFor(e.source, paper, lib))));
  const coversPdf = await loadPdf(lib, await renderPdf(input.covers));
  if (coversPdf.getPageCount() !== exhibits.length)
    throw new Error(`cover pages overflowed (${coversPdf.getPageCount()} pages for ${exhibits.length} exhibits)`);

  // The index lists start pages, which depend on its own length: lay out until stable (two rounds at most in practice).
  let indexPages = 1;
  let layout!: BundleLayout;
  let toc!: PDFDocument;
  for (let round = 0; ; round++) {
    const starts = new Map<string, number>();
    const exhibitPages = new Map<string, number>();
    let next = indexPages + 1;
    exhibits.forEach((e, i) => {
      starts.set(e.label, next);
      exhibitPages.set(e.label, sources[i].pages);
      next += 1 + sources[i].pages;
    });
    layout = { indexPages, starts, exhibitPages, total: next - 1 };
    // Only the layout that is kept is written out and read back.
    const laid = await layoutPdf(input.index(starts));
    if (laid.pages === indexPages || round === 3) {
      toc = await loadPdf(lib, await laid.bytes());
      break;
    }
    indexPages = laid.pages;
  }

  const bundle = await lib.PDFDocument.create({ updateMetadata: false });
  bundle.registerFontkit(stampFontkit());
  const { meta } = input;
  bundle.setTitle(meta.title);
  bundle.setAuthor(meta.author);
  bundle.setSubject(meta.subject);
  bundle.setCreator('appeal-kit');
  bundle.setProducer('appeal-kit');
  bundle.setCreationDate(meta.createdAt);
  bundle.setModificationDate(meta.createdAt);
  bundle.setLanguage(meta.locale);
  const font = await bundle.embedFont(stampFontBytes(stampFontFile(input.language)), { subset: true });

  const tocPages = (await bundle.copyPages(toc, toc.getPageIndices())).map((p) => bundle.addPage(p));
  const total = layout.total;
  const mark = (page: PDFPage, n: number, right: string) =>
    stamp(page, font, lib, { left: texts.stampLeft, middle: texts.bundlePage(n, total), right });
  tocPages.forEach((p, i) => mark(p, i + 1, texts.indexPage(i + 1, tocPages.length)));
  const outline: { title: string; page: PDFPage }[] = [{ title: texts.outlineIndex, page: tocPages[0] }];
  let n = tocPages.length;
  // All covers copied at once: one copy of the fonts they share (a copy per page would embed them again for each).
  const covers = await bundle.copyPages(coversPdf, coversPdf.getPageIndices());
  for (let i = 0; i < exhibits.length; i++) {
    const { label, title } = exhibits[i];
    const cover = covers[i];
    bundle.addPage(cover);
    mark(cover, ++n, texts.cover(label));
    outline.push({ title: texts.outlineExhibit(label, title), page: cover });
    const pages = await drawingExhibit(label, async () => {
      const added = await sources[i].add(bundle, lib);
      if (added.length !== sources[i].pages) throw new Error(`expected ${sources[i].pages} pages, added ${added.length}`);
      return added;
    });
    pages.forEach((p, k) => mark(p, ++n, texts.exhibitPage(label, k + 1, pages.length)));
  }
  addOutline(bundle, lib, outline);
  const bytes = await bundle.save({ ...SAVE_WITHOUT_PAUSES, useObjectStreams: true });
  return { bytes, layout };
}
