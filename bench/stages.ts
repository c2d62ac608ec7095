// Benchmark harness compiled by scripts/compile.mjs into dist/bench/stages.js (not part of the CLI).
// `timeCase` runs one case through the pipeline's own stage list (process-case.ts caseStages), timing each
// stage as it finishes, then renders and writes it the way a build does, timing each output;
// `letterOf` exposes a composed letter for the warm PDF/DOCX measurements.
import path from 'node:path';
import { decodeCaseText, parseCase } from '../src/stages/parse.js';
import { validateCase } from '../src/stages/validate.js';
import { normalizeCase } from '../src/stages/normalize.js';
import { loadWordLists } from '../src/rules/words.js';
import { composeLetter } from '../src/compose/letter.js';
import { evidenceIndexCsv, evidenceIndexDocument } from '../src/compose/documents/evidence-index.js';
import { videoVerificationDocument } from '../src/compose/documents/video-verification.js';
import { packFiles } from '../src/case/pack.js';
import { layoutPdf, renderPdf } from '../src/render/pdf.js';
import { renderDocx } from '../src/render/docx.js';
import { readCaseBytes, writeCaseOutputs } from '../src/fs.js';
import { checkedFrom, createEnv, runStages, type PipelineEnv } from '../src/case/process-case.js';
import { manifest } from '../src/case/manifest.js';
import { saveRecord } from '../src/batch/incremental.js';
import { codeFingerprint } from '../src/case/output-cache.js';
import { loadTemplateSet } from '../src/compose/templates.js';
import type { DocumentModel, RenderedFile } from '../src/model/document.js';

export { renderPdf, renderDocx, writeCaseOutputs };
export { readPng, rgbaPixels } from '../src/render/bundle/images.js';

/** The stages reported by the benchmark, in pipeline order. */
export const STAGES = ['parse', 'validate', 'evidence', 'rules', 'compose', 'pdf', 'docx', 'index', 'pack', 'write'] as const;
export type Stage = (typeof STAGES)[number];

/** The benchmark's column for each of the pipeline's stages (a stage not listed counts as validate). */
const columnOf: Record<string, Stage> = {
  read: 'parse',
  parse: 'parse',
  evidence: 'evidence',
  'case-rules': 'rules',
  'letter-rules': 'rules',
  templates: 'compose',
  'exhibit-order': 'compose',
  compose: 'compose',
};

export function benchEnv(templatesRoot: string): PipelineEnv {
  return createEnv({ templatesRoot, words: loadWordLists() });
}

const encoder = new TextEncoder();

/**
 * One case, stage by stage; returns the milliseconds per stage (or an error message when the case does
 * not get through without errors). `outRoot` receives the outputs exactly as a build writes them.
 */
export async function timeCase(
  file: string,
  env: PipelineEnv,
  outRoot: string,
): Promise<{ ms?: Record<Stage, number>; error?: string; id?: string }> {
  const ms = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  let t = performance.now();
  const lap = (stage: Stage) => {
    const now = performance.now();
    ms[stage] += now - t;
    t = now;
  };
  const state = await runStages(file, env, undefined, (name) => lap(columnOf[name] ?? 'validate'));
  const { checked, result } = checkedFrom(state);
  const firstError = result.diagnostics.find((d) => d.severity === 'error');
  if (firstError || !checked) return { error: firstError?.message ?? 'no letter', id: result.id };
  t = performance.now();
  const { case: c, letter, evidence, templates } = checked;
  const letterPdf = await renderPdf(letter.document);
  lap('pdf');
  const letterDocx = await renderDocx(letter.document);
  lap('docx');
  const indexDoc = evidenceIndexDocument(c, evidence, templates.strings);
  const indexPdf = await renderPdf(indexDoc);
  const indexDocx = await renderDocx(indexDoc);
  const csv = encoder.encode(evidenceIndexCsv(evidence));
  lap('index');
  const files: RenderedFile[] = [
    { path: 'letter.pdf', bytes: letterPdf },
    { path: 'letter.docx', bytes: letterDocx },
    { path: 'evidence-index.pdf', bytes: indexPdf },
    { path: 'evidence-index.docx', bytes: indexDocx },
    { path: 'evidence-index.csv', bytes: csv },
    // The letter PDF given, as a build gives it (image-only channels rasterise it, not render it again).
    ...(await packFiles(c, evidence, letter, templates.strings, { pdf: renderPdf, docx: renderDocx, layout: layoutPdf }, { letterPdf })),
  ];
  const videoDoc = videoVerificationDocument(c, templates.strings);
  if (videoDoc)
    files.push(
      { path: 'video-verification.pdf', bytes: await renderPdf(videoDoc) },
      { path: 'video-verification.docx', bytes: await renderDocx(videoDoc) },
    );
  lap('pack');
  const m = manifest(checked, result, files);
  files.push({ path: 'manifest.json', bytes: encoder.encode(`${JSON.stringify(m, null, 2)}\n`) });
  await writeCaseOutputs(outRoot, c.id, files);
  await saveRecord(outRoot, {
    v: 1,
    file: path.resolve(file),
    id: c.id,
    inputs_hash: m.inputs_hash,
    letterDate: c.letterDate,
    epochSensitive: false,
    code: codeFingerprint(),
    inputs: [],
    report: { diagnostics: [], silenced: [], files: files.map((f) => f.path) },
  });
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
