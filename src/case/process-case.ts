// One case through its stages, then its documents: the ready set when nothing blocks it, else a draft.
// Expected problems become diagnostics; only bugs throw, and a bug in one stage becomes one `internal`
// diagnostic while the stages that do not need its output still run.
import path from 'node:path';
import type { Case } from '../model/case.js';
import { sortDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { RenderedFile } from '../model/document.js';
import { ExhibitRenderError, type EvidenceFacts } from '../model/evidence.js';
import {
  blockingProblems,
  internalDiagnostic,
  type CaseResult,
  type RenderFacts,
  type SilencedRule,
  type WordCounts,
} from '../model/result.js';
import { locate, type ParsedCase } from '../stages/parse.js';
import { caseIdProblem } from '../stages/case-id.js';
import type { TemplateSet } from '../compose/templates.js';
import type { ComposedLetter } from '../compose/letter.js';
import { countWords } from '../compose/plain-text.js';
import { evidenceIndexCsv, evidenceIndexDocument } from '../compose/documents/evidence-index.js';
import { videoVerificationDocument } from '../compose/documents/video-verification.js';
import { buildStamp, manifest, type BuildStamp } from './manifest.js';
import { packFiles } from './pack.js';
import { draftEvidence, draftMarking } from './draft.js';
import { renderBoth, type OutputCacheOptions, type Renderers } from './output-cache.js';
import type { Strings } from '../model/strings.js';
import { letterSpelling } from '../domain/spelling.js';
import { traceMark } from '../trace.js';
import {
  aliasesStage,
  caseRulesStage,
  composeStage,
  evidenceStage,
  exhibitOrderStage,
  glyphStage,
  letterRulesStage,
  normalizeStage,
  parseStage,
  readStage,
  templatesStage,
  validateStage,
  type CaseStage,
  type CaseState,
  type PipelineEnv,
} from './stages.js';

export type { CaseResult, WrittenFile } from '../model/result.js';
export { createEnv, type CaseStage, type CaseState, type PipelineEnv } from './stages.js';

/** The stages of a case, in order; add a stage by adding it here. The benchmark times each by name. */
export const caseStages: readonly CaseStage[] = [
  readStage,
  parseStage,
  aliasesStage,
  validateStage,
  glyphStage,
  normalizeStage,
  templatesStage,
  exhibitOrderStage,
  evidenceStage,
  caseRulesStage,
  composeStage,
  letterRulesStage,
];

/** A case whose letter was composed: what rendering needs. */
export interface CheckedCase {
  parsed: ParsedCase;
  case: Case;
  templates: TemplateSet;
  letter: ComposedLetter;
  /** Evidence files that were read and passed the checks (a draft may lack some). */
  evidence: EvidenceFacts[];
  caseBytes: Uint8Array;
  /** Settings and versions that decide the outputs besides the input files (for inputs_hash). */
  stamp?: BuildStamp;
}

/** What the checks found in a case, before anything is rendered. */
export interface CaseCheck {
  file: string;
  id?: string;
  diagnostics: Diagnostic[];
  silenced: SilencedRule[];
  words?: WordCounts;
  /** Absolute paths of the files the case reads (case file and evidence), for watch mode. */
  inputs: string[];
}

/** Runs the stages on a fresh state; `onStage` is told when each stage is done (the benchmark times them). */
export async function runStages(
  file: string,
  env: PipelineEnv,
  stages: readonly CaseStage[] = caseStages,
  onStage?: (name: string) => void,
): Promise<CaseState> {
  const state: CaseState = { file, env, diagnostics: [], silenced: [] };
  for (const stage of stages) {
    try {
      await stage.run(state);
    } catch (error) {
      state.diagnostics.push(internalDiagnostic(file, error, stage.name));
    }
    onStage?.(stage.name);
    traceMark(`stage:${stage.name}`);
  }
  return state;
}

/** Checks a case: every stage but rendering. `checked` is there whenever the letter could be composed. */
export async function checkCase(file: string, env: PipelineEnv): Promise<{ checked?: CheckedCase; result: CaseCheck }> {
  return checkedFrom(await runStages(file, env));
}

/** The check of a case from its final state. */
export function checkedFrom(s: CaseState): { checked?: CheckedCase; result: CaseCheck } {
  const result: CaseCheck = {
    file: s.file,
    id: [s.case?.id, idInData(s.parsed?.data)].find((id) => id !== undefined && !caseIdProblem(id)),
    diagnostics: sortDiagnostics(s.diagnostics),
    silenced: s.silenced,
    inputs: [path.resolve(s.file), ...(s.exhibits ?? []).map((e) => path.resolve(s.case?.dir ?? path.dirname(s.file), e.file))],
  };
  if (!s.parsed || !s.case || !s.templates || !s.letter || !s.caseBytes) return { result };
  result.words = wordCounts(s.letter);
  const stamp = s.fitsSchema ? buildStamp(s.env.words, s.env.sourceDateEpoch, !s.case.input.letter?.date) : undefined;
  return {
    result,
    checked: {
      parsed: s.parsed,
      case: s.case,
      templates: s.templates,
      letter: s.letter,
      evidence: s.evidence ?? [],
      caseBytes: s.caseBytes,
      stamp,
    },
  };
}

/** The id a case that could not be normalised gives itself, when it is a valid id. */
function idInData(data: unknown): string | undefined {
  const id = (data as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' && !caseIdProblem(id) ? id : undefined;
}

/** Where a checked case stands: ready (nothing blocks it), draft (a letter, but blocking problems), failed (no letter). */
export function readiness(
  check: { checked?: CheckedCase; result: Pick<CaseCheck, 'diagnostics'> },
  strict?: boolean,
): 'ready' | 'draft' | 'failed' {
  // An id that cannot name an output folder leaves nothing to write, not even a draft.
  if (!check.checked || check.result.diagnostics.some((d) => d.ruleId === 'case-id')) return 'failed';
  return blockingProblems(check.result.diagnostics, strict).length ? 'draft' : 'ready';
}

function wordCounts(letter: ComposedLetter): WordCounts {
  const sections = Object.fromEntries(Object.entries(letter.text.sections).map(([k, v]) => [k, countWords(v)]));
  return { sections, total: countWords(letter.text.body) };
}

/** Renderers, loaded on first use so `validate` never imports pdfmake or docx. */
async function renderers(): Promise<Renderers> {
  const [{ layoutPdf, renderPdf }, { renderDocx }] = await Promise.all([import('../render/pdf.js'), import('../render/docx.js')]);
  return { pdf: renderPdf, docx: renderDocx, layout: layoutPdf };
}

const encoder = new TextEncoder();

/** The strings spelled as the letter is (American or British), for the documents that go with it. */
function letterStrings(checked: CheckedCase): Strings {
  return checked.templates.stringsFor(letterSpelling(checked.case.marketplace, checked.case.input.letter?.spelling));
}

/**
 * Renders a ready case to its output files (in memory); manifest.json is last and lists the others. The letter
 * is rendered first; every output is taken from `cache` when what it is made from has not changed.
 */
export async function renderCase(
  checked: CheckedCase,
  findings: Pick<CaseCheck, 'diagnostics' | 'silenced' | 'words'>,
  cache?: OutputCacheOptions,
): Promise<{ files: RenderedFile[]; render?: RenderFacts }> {
  const { case: c, letter, evidence, templates } = checked;
  const render = await renderers();
  const strings = letterStrings(checked);
  traceMark('render:start');
  const [letterPdf, letterDocx] = await renderBoth(render, cache, 'letter', letter.document);
  traceMark('render:letter');
  const [indexPdf, indexDocx] = await renderBoth(render, cache, 'index', evidenceIndexDocument(c, evidence, strings));
  const files: RenderedFile[] = [
    { path: 'letter.pdf', bytes: letterPdf },
    { path: 'letter.docx', bytes: letterDocx },
    { path: 'evidence-index.pdf', bytes: indexPdf },
    { path: 'evidence-index.docx', bytes: indexDocx },
    { path: 'evidence-index.csv', bytes: encoder.encode(evidenceIndexCsv(evidence)) },
    ...(await packFiles(c, evidence, letter, strings, render, { cache, letterPdf })),
  ];
  traceMark('render:pack');
  const videoDoc = videoVerificationDocument(c, strings);
  if (videoDoc) {
    const [videoPdf, videoDocx] = await renderBoth(render, cache, 'video-verification', videoDoc);
    files.push({ path: 'video-verification.pdf', bytes: videoPdf }, { path: 'video-verification.docx', bytes: videoDocx });
  }
  const m = manifest(checked, findings, files);
  files.push({ path: 'manifest.json', bytes: encoder.encode(`${JSON.stringify(m, null, 2)}\n`) });
  traceMark('render:manifest');
  const facts = checked.stamp && {
    caseDir: c.dir,
    templatesRoot: templates.root,
    letterDate: c.letterDate,
    epochSensitive: checked.stamp.epochSensitive,
    inputsHash: m.inputs_hash,
    inputs: m.inputs,
  };
  return { files, render: facts || undefined };
}

/**
 * Renders a draft: the letter and its evidence index, each marked as a draft with the blocking problems on
 * page one; exhibits whose file is missing show as not enclosed. No submission pack, no manifest.
 */
export async function renderDraft(checked: CheckedCase, problems: Diagnostic[], cache?: OutputCacheOptions): Promise<RenderedFile[]> {
  const { case: c, letter } = checked;
  const render = await renderers();
  const strings = letterStrings(checked);
  const draft = draftMarking(problems, strings);
  const evidence = draftEvidence(c.exhibits, checked.evidence, strings);
  const [letterPdf, letterDocx] = await renderBoth(render, cache, 'letter', { ...letter.document, draft });
  const [indexPdf, indexDocx] = await renderBoth(render, cache, 'index', { ...evidenceIndexDocument(c, evidence, strings), draft });
  return [
    { path: 'letter.pdf', bytes: letterPdf },
    { path: 'letter.docx', bytes: letterDocx },
    { path: 'evidence-index.pdf', bytes: indexPdf },
    { path: 'evidence-index.docx', bytes: indexDocx },
    { path: 'evidence-index.csv', bytes: encoder.encode(evidenceIndexCsv(evidence)) },
  ];
}

/**
 * Checks one case and, with `render`, renders it: the ready set when nothing blocks it, else a draft when a
 * letter could be composed. Without `render` (validate) the case is checked or failed. Never throws for bad input.
 */
export async function processCase(
  file: string,
  env: PipelineEnv,
  options: { render: boolean; strict?: boolean; cache?: OutputCacheOptions },
): Promise<CaseResult> {
  let checkedCase: CheckedCase | undefined;
  try {
    const check = await checkCase(file, env);
    checkedCase = check.checked;
    const { checked, result } = check;
    const base = { file, id: result.id, diagnostics: result.diagnostics, silenced: result.silenced, inputs: result.inputs };
    const state = readiness(check, options.strict);
    if (state === 'failed' || !checked) return { state: 'failed', ...base, words: result.words };
    const id = checked.case.id;
    const words = result.words!;
    if (!options.render) return state === 'ready' ? { state: 'checked', ...base, id, words } : { state: 'failed', ...base, words };
    if (state === 'draft') {
      const blocking = blockingProblems(result.diagnostics, options.strict);
      return { state: 'draft', ...base, id, words, files: await renderDraft(checked, blocking, options.cache) };
    }
    const { files, render } = await renderCase(checked, result, options.cache);
    return { state: 'rendered', ...base, id, words, files, render };
  } catch (error) {
    return { state: 'failed', file, diagnostics: [renderFailure(file, error, checkedCase)], silenced: [] };
  }
}

/**
 * Checks a case and renders its letter, keeping nothing: loads in this process the modules, templates and
 * fonts that rendering a case of its language needs (a fresh worker of a watcher, before the next save).
 */
export async function warmCase(file: string, env: PipelineEnv): Promise<void> {
  const { checked } = await checkCase(file, env);
  if (!checked) return;
  const render = await renderers();
  await render.pdf(checked.letter.document);
  await render.docx(checked.letter.document);
}

/** A failure while rendering: at the evidence item's line when an exhibit could not be drawn, else an internal error. */
function renderFailure(file: string, error: unknown, checked: CheckedCase | undefined): Diagnostic {
  const exhibit = error instanceof ExhibitRenderError ? checked?.case.exhibits.find((e) => e.label === error.label) : undefined;
  if (!exhibit || !checked) return internalDiagnostic(file, error);
  return {
    file,
    ...locate(checked.parsed, ['evidence', exhibit.index, 'file']),
    severity: 'error',
    ruleId: 'evidence-file',
    message: `evidence ${exhibit.id}: "${exhibit.file}" could not be drawn into the documents: ${(error as Error).message}`,
    note: 'The file is damaged in a way its first check did not show: open it and save or export it again (for a PDF, print it to a new PDF).',
  };
}
