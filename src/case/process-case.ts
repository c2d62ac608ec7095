// One case through every stage: parse -> validate -> normalize -> rules -> evidence -> compose -> render.
// Expected problems become diagnostics; only bugs throw (the batch edge turns them into one diagnostic).
import path from 'node:path';
import type { Case } from '../model/case.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { DocumentModel, RenderedFile } from '../model/document.js';
import { decodeCaseText, parseCase, type ParsedCase } from '../stages/parse.js';
import { validateCase } from '../stages/validate.js';
import { resolveAliases } from '../stages/aliases.js';
import { normalizeCase } from '../stages/normalize.js';
import { glyphDiagnostics } from '../stages/font-coverage.js';
import { resolveEvidence, type EvidenceFacts } from '../stages/evidence.js';
import { runRules } from '../rules/index.js';
import type { WordLists } from '../rules/words.js';
import { loadTemplateSet, TemplateError, type TemplateSet } from '../compose/templates.js';
import { composeLetter, type ComposedLetter } from '../compose/letter.js';
import { countWords } from '../compose/plain-text.js';
import { evidenceIndexCsv, evidenceIndexDocument } from '../compose/documents/evidence-index.js';
import { videoVerificationDocument } from '../compose/documents/video-verification.js';
import { readCaseBytes, readConfinedFile, sha256 } from '../fs.js';
import { toolVersion } from '../version.js';
import { buildStamp, inputsHash, manifest, type BuildStamp } from './manifest.js';
import type { CaseResult } from '../model/result.js';

export type { CaseResult, WrittenFile } from '../model/result.js';
import { packFiles } from './pack.js';

/** What the pipeline needs from its surroundings; created once per process (or worker) and reused. */
export interface PipelineEnv {
  templatesRoot: string;
  words: WordLists;
  sourceDateEpoch?: number;
  templateSets: Map<string, { value?: TemplateSet; diagnostics: Diagnostic[] }>;
}

/** A case checked up to (not including) rendering. */
export interface CheckedCase {
  parsed: ParsedCase;
  case: Case;
  templates: TemplateSet;
  letter: ComposedLetter;
  evidence: EvidenceFacts[];
  caseBytes: Uint8Array;
  /** Settings and versions that decide the outputs besides the input files (for inputs_hash). */
  stamp?: BuildStamp;
}

/** Creates the environment: word lists loaded, template sets loaded on first use. */
export function createEnv(options: { templatesRoot: string; words: WordLists; sourceDateEpoch?: number }): PipelineEnv {
  return { ...options, templateSets: new Map() };
}

function templatesFor(env: PipelineEnv, language: string) {
  let set = env.templateSets.get(language);
  if (!set) {
    set = loadTemplateSet(env.templatesRoot, language);
    env.templateSets.set(language, set);
  }
  return set;
}

async function countPdfPages(bytes: Uint8Array, password?: string): Promise<number | Error> {
  const { PDFDocument } = await (await import('../render/pdf-lib.js')).loadPdfLib();
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, ...(password ? { password } : {}) });
    return doc.getPageCount();
  } catch (error) {
    return error as Error;
  }
}

/** Checks a case: every stage but rendering. Returns the checked case when it has no errors. */
export async function checkCase(file: string, env: PipelineEnv): Promise<{ checked?: CheckedCase; result: CaseResult }> {
  const result: CaseResult = { file, diagnostics: [], silenced: [] };
  const done = (extra: Diagnostic[] = []) => {
    result.diagnostics = sortDiagnostics([...result.diagnostics, ...extra]);
    return { result };
  };
  const caseBytes = await readCaseBytes(file);
  const decoded = decodeCaseText(file, caseBytes);
  if (decoded.text === undefined) return done(decoded.diagnostics);
  const parsed = parseCase(file, decoded.text);
  if (!parsed.value) return done(parsed.diagnostics);
  result.diagnostics.push(...parsed.diagnostics, ...resolveAliases(parsed.value));
  const validated = validateCase(parsed.value);
  if (!validated.value) return done(validated.diagnostics);
  result.diagnostics.push(...(await glyphDiagnostics(parsed.value, validated.value, decoded.text)));
  const c = normalizeCase(file, validated.value, { sourceDateEpoch: env.sourceDateEpoch });
  result.id = c.id;
  result.inputs = [path.resolve(file), ...c.exhibits.map((e) => path.resolve(c.dir, e.file))];
  const evidence = await resolveEvidence(c, parsed.value, readConfinedFile, sha256, countPdfPages);
  const fileSizes = new Map(evidence.facts.map((f) => [f.exhibit.id, f.size]));
  const caseRules = runRules('case', { case: c, words: env.words, fileSizes }, parsed.value);
  result.diagnostics.push(...caseRules.diagnostics);
  result.silenced.push(...caseRules.silenced);
  result.diagnostics.push(...evidence.diagnostics);
  const templates = templatesFor(env, c.language);
  if (!templates.value) return done(templates.diagnostics);
  if (hasErrors(result.diagnostics)) return done();
  let letter: ComposedLetter;
  try {
    letter = composeLetter(c, templates.value);
  } catch (error) {
    if (error instanceof TemplateError) return done([error.diagnostic]);
    throw error;
  }
  const letterRules = runRules('letter', { case: c, words: env.words, letter: letter.text }, parsed.value);
  result.diagnostics.push(...letterRules.diagnostics);
  result.silenced.push(...letterRules.silenced);
  result.words = wordCounts(letter);
  done();
  return { result, checked: { parsed: parsed.value, case: c, templates: templates.value, letter, evidence: evidence.facts, caseBytes, stamp: buildStamp(env.words, env.sourceDateEpoch, !validated.value.letter?.date) } };
}

function wordCounts(letter: ComposedLetter): { sections: Record<string, number>; total: number } {
  const sections = Object.fromEntries(Object.entries(letter.text.sections).map(([k, v]) => [k, countWords(v)]));
  return { sections, total: countWords(letter.text.body) };
}

/** Renderers, loaded on first use so `validate` never imports pdfmake or docx. */
async function renderers(): Promise<{ pdf: (d: DocumentModel) => Promise<Uint8Array>; docx: (d: DocumentModel) => Promise<Uint8Array> }> {
  const [{ renderPdf }, { renderDocx }] = await Promise.all([import('../render/pdf.js'), import('../render/docx.js')]);
  return { pdf: renderPdf, docx: renderDocx };
}

const encoder = new TextEncoder();

/** Renders a checked case to its output files (in memory); manifest.json is last and lists the others. */
export async function renderCase(checked: CheckedCase, result: CaseResult): Promise<RenderedFile[]> {
  const { case: c, letter, evidence, templates } = checked;
  const render = await renderers();
  const indexDoc = evidenceIndexDocument(c, evidence, templates.strings);
  const [letterPdf, letterDocx, indexPdf, indexDocx] = await Promise.all([
    render.pdf(letter.document),
    render.docx(letter.document),
    render.pdf(indexDoc),
    render.docx(indexDoc),
  ]);
  const files: RenderedFile[] = [
    { path: 'letter.pdf', bytes: letterPdf },
    { path: 'letter.docx', bytes: letterDocx },
    { path: 'evidence-index.pdf', bytes: indexPdf },
    { path: 'evidence-index.docx', bytes: indexDocx },
    { path: 'evidence-index.csv', bytes: encoder.encode(evidenceIndexCsv(evidence)) },
    ...(await packFiles(c, evidence, letter, templates.strings, render)),
  ];
  const videoDoc = videoVerificationDocument(c, templates.strings);
  if (videoDoc) {
    const [videoPdf, videoDocx] = await Promise.all([render.pdf(videoDoc), render.docx(videoDoc)]);
    files.push({ path: 'video-verification.pdf', bytes: videoPdf }, { path: 'video-verification.docx', bytes: videoDocx });
  }
  const m = manifest(checked, result, files);
  files.push({ path: 'manifest.json', bytes: encoder.encode(JSON.stringify(m, null, 2) + '\n') });
  if (checked.stamp) result.render = { caseDir: c.dir, templatesRoot: templates.root, letterDate: c.letterDate, epochSensitive: checked.stamp.epochSensitive, inputsHash: m.inputs_hash, inputs: m.inputs };
  return files;
}

/** Checks and, when there are no errors, renders one case. Never throws for bad input. */
export async function processCase(file: string, env: PipelineEnv, options: { render: boolean; strict?: boolean }): Promise<CaseResult> {
  try {
    const { checked, result } = await checkCase(file, env);
    const blocking = options.strict ? result.diagnostics.some((d) => d.severity !== 'info') : hasErrors(result.diagnostics);
    if (!checked || !options.render || blocking) return result;
    result.files = await renderCase(checked, result);
    return result;
  } catch (error) {
    return {
      file,
      diagnostics: [{ file, line: 1, column: 1, severity: 'error', ruleId: 'internal', message: `internal error while processing this case: ${(error as Error).message}`, note: 'This is a bug in appeal-kit; the other cases were not affected. Please report it with the case file.' }],
      silenced: [],
    };
  }
}
