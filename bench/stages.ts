// Benchmark harness compiled by scripts/compile.mjs into dist/bench/stages.js (not part of the CLI).
// `timeCase` runs one case through the pipeline's exported stage functions in the same order as
// pipeline.ts (checkCase + renderCase + the batch's write) and times each stage; `warmRenderers`
// exposes the renderers and a composed letter for the warm PDF/DOCX measurements.
import path from 'node:path';
import { decodeCaseText, parseCase } from '../src/stages/parse.js';
import { validateCase } from '../src/stages/validate.js';
import { normalizeCase } from '../src/stages/normalize.js';
import { glyphDiagnostics } from '../src/stages/font-coverage.js';
import { resolveEvidence } from '../src/stages/evidence.js';
import { runRules } from '../src/rules/index.js';
import { loadWordLists } from '../src/rules/words.js';
import { composeLetter } from '../src/compose/letter.js';
import { evidenceIndexCsv, evidenceIndexDocument } from '../src/compose/documents/evidence-index.js';
import { videoVerificationDocument } from '../src/compose/documents/video-verification.js';
import { packFiles } from '../src/case/pack.js';
import { loadPdfLib } from '../src/render/pdf-lib.js';
import { renderPdf } from '../src/render/pdf.js';
import { renderDocx } from '../src/render/docx.js';
import { readCaseBytes, readConfinedFile, sha256, writeCaseOutputs } from '../src/fs.js';
import { createEnv, type CaseResult, type CheckedCase, type PipelineEnv } from '../src/case/process-case.js';
import { buildStamp, manifest } from '../src/case/manifest.js';
import { saveRecord } from '../src/batch/incremental.js';
import { loadTemplateSet } from '../src/compose/templates.js';
import type { DocumentModel, RenderedFile } from '../src/model/document.js';

export { renderPdf, renderDocx };

/** The stages reported by the benchmark, in pipeline order. */
export const STAGES = ['parse', 'validate', 'evidence', 'rules', 'compose', 'pdf', 'docx', 'index', 'pack', 'write'] as const;
export type Stage = (typeof STAGES)[number];

export function benchEnv(templatesRoot: string): PipelineEnv {
  return createEnv({ templatesRoot, words: loadWordLists() });
}

async function countPdfPages(bytes: Uint8Array, password?: string): Promise<number | Error> {
  const { PDFDocument } = await loadPdfLib();
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, ...(password ? { password } : {}) });
    return doc.getPageCount();
  } catch (error) {
    return error as Error;
  }
}

const encoder = new TextEncoder();

/**
 * One case, stage by stage; returns the milliseconds per stage (or an error message when the case does
 * not get through). `outRoot` receives the outputs exactly as a build writes them.
 */
export async function timeCase(file: string, env: PipelineEnv, outRoot: string): Promise<{ ms?: Record<Stage, number>; error?: string; id?: string }> {
  const ms = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  let t = performance.now();
  const lap = (stage: Stage) => {
    const now = performance.now();
    ms[stage] += now - t;
    t = now;
  };
  const caseBytes = await readCaseBytes(file);
  const decoded = decodeCaseText(file, caseBytes);
  if (decoded.text === undefined) return { error: 'decode' };
  const parsed = parseCase(file, decoded.text);
  if (!parsed.value) return { error: 'parse' };
  lap('parse');
  const validated = validateCase(parsed.value);
  if (!validated.value) return { error: 'validate' };
  const diagnostics = [...parsed.diagnostics, ...validated.diagnostics, ...(await glyphDiagnostics(parsed.value, validated.value, decoded.text))];
  const c = normalizeCase(file, validated.value, {});
  lap('validate');
  const evidence = await resolveEvidence(c, parsed.value, readConfinedFile, sha256, countPdfPages);
  lap('evidence');
  const fileSizes = new Map(evidence.facts.map((f) => [f.exhibit.id, f.size]));
  const caseRules = runRules('case', { case: c, words: env.words, fileSizes }, parsed.value);
  diagnostics.push(...caseRules.diagnostics, ...evidence.diagnostics);
  lap('rules');
  let templates = env.templateSets.get(c.language);
  if (!templates) {
    templates = loadTemplateSet(env.templatesRoot, c.language);
    env.templateSets.set(c.language, templates);
  }
  if (!templates.value) return { error: 'templates' };
  if (diagnostics.some((d) => d.severity === 'error')) return { error: diagnostics.find((d) => d.severity === 'error')!.message, id: c.id };
  const letter = composeLetter(c, templates.value);
  lap('compose');
  const letterRules = runRules('letter', { case: c, words: env.words, letter: letter.text }, parsed.value);
  diagnostics.push(...letterRules.diagnostics);
  if (letterRules.diagnostics.some((d) => d.severity === 'error')) return { error: 'letter rules', id: c.id };
  lap('rules');
  const letterPdf = await renderPdf(letter.document);
  lap('pdf');
  const letterDocx = await renderDocx(letter.document);
  lap('docx');
  const indexDoc = evidenceIndexDocument(c, evidence.facts, templates.value.strings);
  const indexPdf = await renderPdf(indexDoc);
  const indexDocx = await renderDocx(indexDoc);
  const csv = encoder.encode(evidenceIndexCsv(evidence.facts));
  lap('index');
  const files: RenderedFile[] = [
    { path: 'letter.pdf', bytes: letterPdf },
    { path: 'letter.docx', bytes: letterDocx },
    { path: 'evidence-index.pdf', bytes: indexPdf },
    { path: 'evidence-index.docx', bytes: indexDocx },
    { path: 'evidence-index.csv', bytes: csv },
    ...(await packFiles(c, evidence.facts, letter, templates.value.strings, { pdf: renderPdf, docx: renderDocx })),
  ];
  const videoDoc = videoVerificationDocument(c, templates.value.strings);
  if (videoDoc) files.push({ path: 'video-verification.pdf', bytes: await renderPdf(videoDoc) }, { path: 'video-verification.docx', bytes: await renderDocx(videoDoc) });
  lap('pack');
  const checked: CheckedCase = { parsed: parsed.value, case: c, templates: templates.value, letter, evidence: evidence.facts, caseBytes, stamp: buildStamp(env.words, undefined, !validated.value.letter?.date) };
  const result: CaseResult = { file, id: c.id, diagnostics, silenced: [] };
  const m = manifest(checked, result, files);
  files.push({ path: 'manifest.json', bytes: encoder.encode(JSON.stringify(m, null, 2) + '\n') });
  await writeCaseOutputs(outRoot, c.id, files);
  await saveRecord(outRoot, { v: 1, file: path.resolve(file), id: c.id, inputs_hash: m.inputs_hash, letterDate: c.letterDate, epochSensitive: false, inputs: [], report: { diagnostics: [], silenced: [], files: files.map((f) => f.path) } });
  lap('write');
  return { ms, id: c.id };
}

/** The composed letter of a case (its document model), for the warm renderer and Chromium comparisons. */
export async function letterOf(file: string, env: PipelineEnv): Promise<{ id: string; document: DocumentModel; language: string }> {
  const text = decodeCaseText(file, await readCaseBytes(file)).text!;
  const parsed = parseCase(file, text).value!;
  const validated = validateCase(parsed).value!;
  const c = normalizeCase(file, validated, {});
  let templates = env.templateSets.get(c.language);
  if (!templates) {
    templates = loadTemplateSet(env.templatesRoot, c.language);
    env.templateSets.set(c.language, templates);
  }
  const letter = composeLetter(c, templates.value!);
  return { id: c.id, document: letter.document, language: c.language };
}
