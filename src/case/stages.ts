// The stages of one case. Each reads what the earlier stages left in the case state and adds to it; a
// stage whose input is missing does nothing, so a problem in one part of a case never hides the findings
// on another: evidence is checked and rules run on the part of a case that fits the schema, and the letter
// is composed (and read by the letter rules) whenever there is a case to compose it from.
import path from 'node:path';
import type { Case, CaseInput, Exhibit } from '../model/case.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { EvidenceFacts } from '../model/evidence.js';
import type { SilencedRule } from '../model/result.js';
import { decodeCaseText, locate, overlongTexts, parseCase, type ParsedCase } from '../stages/parse.js';
import { caseIdDiagnostic } from '../stages/case-id.js';
import { implausibleValues } from '../stages/value-limits.js';
import { resolveAliases } from '../stages/aliases.js';
import { validateCase } from '../stages/validate.js';
import { fittingPart } from '../stages/fitting-part.js';
import { exhibitLabel, normalizeCase, relabelExhibits } from '../stages/normalize.js';
import { glyphDiagnostics } from '../stages/font-coverage.js';
import { resolveEvidence } from '../stages/evidence.js';
import { runRules } from '../rules/index.js';
import { ruleWords, type WordLists } from '../rules/words.js';
import { loadTemplateSet, TemplateError, type TemplateSet } from '../compose/templates.js';
import { composeLetter, letterCitationOrder, type ComposedLetter } from '../compose/letter.js';
import { readCaseBytes, readEvidenceFile, sha256 } from '../fs.js';

/** What the stages need from their surroundings; created once per process (or worker) and reused. */
export interface PipelineEnv {
  templatesRoot: string;
  /** The rules' word lists; watch mode replaces them when appeal-words.json changes. */
  words: WordLists;
  sourceDateEpoch?: number;
  templateSets: Map<string, { value?: TemplateSet; diagnostics: Diagnostic[] }>;
}

/** Creates the environment: word lists loaded, template sets loaded on first use. */
export function createEnv(options: { templatesRoot: string; words: WordLists; sourceDateEpoch?: number }): PipelineEnv {
  return { ...options, templateSets: new Map() };
}

/** What one case has become so far. */
export interface CaseState {
  readonly file: string;
  readonly env: PipelineEnv;
  diagnostics: Diagnostic[];
  silenced: SilencedRule[];
  caseBytes?: Uint8Array;
  text?: string;
  parsed?: ParsedCase;
  /** The case input: the whole case when it fits the schema, else the part of it that does. */
  input?: CaseInput;
  /** Whether `input` is the whole case (false: fields the schema rejects were set aside). */
  fitsSchema?: boolean;
  case?: Case;
  /** Evidence files that were read and passed the checks. */
  evidence?: EvidenceFacts[];
  /** Evidence items whose file was checked (those of `case`, or read from the raw YAML when there is no case). */
  exhibits?: Exhibit[];
  templates?: TemplateSet;
  letter?: ComposedLetter;
}

/** One stage: a name (for reports and the benchmark) and what it does to the state. */
export interface CaseStage {
  name: string;
  run(state: CaseState): void | Promise<void>;
}

/** Reads the case file and decodes it as UTF-8 text. */
export const readStage: CaseStage = {
  name: 'read',
  async run(s) {
    try {
      s.caseBytes = await readCaseBytes(s.file);
    } catch (error) {
      // Deleted or locked between being found and being read (watch mode sees this): not a bug.
      const code = String((error as NodeJS.ErrnoException).code ?? (error as Error).message);
      const why =
        code === 'missing' || code === 'ENOENT'
          ? 'it no longer exists'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : code;
      s.diagnostics.push({
        file: s.file,
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'input',
        message: `the case file could not be read: ${why}`,
      });
      return;
    }
    const decoded = decodeCaseText(s.file, s.caseBytes);
    s.diagnostics.push(...decoded.diagnostics);
    s.text = decoded.text;
  },
};

/** YAML text -> data with node positions. */
export const parseStage: CaseStage = {
  name: 'parse',
  run(s) {
    if (s.text === undefined) return;
    const parsed = parseCase(s.file, s.text);
    s.diagnostics.push(...parsed.diagnostics);
    s.parsed = parsed.value;
  },
};

/** Fields written under another name the case format accepts (slots_proposed for slots): renamed in place. */
export const aliasesStage: CaseStage = {
  name: 'aliases',
  run(s) {
    if (s.parsed) s.diagnostics.push(...resolveAliases(s.parsed));
  },
};

/**
 * JSON Schema checks, and texts too long for a letter; a case that does not fit keeps the part that does
 * for the later stages.
 */
export const validateStage: CaseStage = {
  name: 'validate',
  run(s) {
    if (!s.parsed) return;
    const validated = validateCase(s.parsed);
    const overlong = [...overlongTexts(s.parsed), ...implausibleValues(s.parsed)];
    s.diagnostics.push(...validated.diagnostics, ...overlong.map((o) => o.diagnostic));
    s.fitsSchema = validated.value !== undefined && !overlong.length;
    s.input = s.fitsSchema
      ? validated.value
      : fittingPart(
          s.parsed.data,
          overlong.map((o) => o.path),
        );
  },
};

/** Characters no bundled font can print. */
export const glyphStage: CaseStage = {
  name: 'glyphs',
  async run(s) {
    if (!s.parsed || !s.input) return;
    s.diagnostics.push(...(await glyphDiagnostics(s.parsed, s.input, s.text)));
  },
};

/** Defaults, exhibit labels, letter date. */
export const normalizeStage: CaseStage = {
  name: 'normalize',
  run(s) {
    if (!s.input) return;
    s.case = normalizeCase(s.file, s.input, { sourceDateEpoch: s.env.sourceDateEpoch });
    s.exhibits = s.case.exhibits;
    // The id names the output folder: one from the file or folder name is checked as a written one is.
    const declared = s.input.id !== undefined;
    const idProblem = caseIdDiagnostic(
      s.file,
      s.case.id,
      !declared,
      declared && s.parsed ? locate(s.parsed, ['id']) : { line: 1, column: 1 },
    );
    if (idProblem) s.diagnostics.push(idProblem);
  },
};

/** Reads, confines, type-checks and fingerprints every evidence file the case (or its raw YAML) names. */
export const evidenceStage: CaseStage = {
  name: 'evidence',
  async run(s) {
    if (!s.parsed) return;
    s.exhibits ??= rawExhibits(s.parsed.data);
    const dir = s.case?.dir ?? path.dirname(s.file);
    const evidence = await resolveEvidence({ dir, exhibits: s.exhibits }, s.parsed, readEvidenceFile, sha256, countPdfPages);
    s.diagnostics.push(...evidence.diagnostics);
    s.evidence = evidence.facts;
  },
};

/** The content rules that read the case. */
export const caseRulesStage: CaseStage = {
  name: 'case-rules',
  run(s) {
    if (!s.case || !s.parsed) return;
    const fileSizes = new Map((s.evidence ?? []).map((f) => [f.exhibit.id, f.size]));
    const run = runRules('case', { ...ruleWords(s.env.words, s.case.language), case: s.case, fileSizes }, s.parsed);
    s.diagnostics.push(...run.diagnostics);
    s.silenced.push(...run.silenced);
  },
};

/** The template set of the case's language (loaded once per environment). */
export const templatesStage: CaseStage = {
  name: 'templates',
  run(s) {
    if (!s.case) return;
    let set = s.env.templateSets.get(s.case.language);
    if (!set) {
      set = loadTemplateSet(s.env.templatesRoot, s.case.language);
      s.env.templateSets.set(s.case.language, set);
    }
    s.diagnostics.push(...set.diagnostics);
    s.templates = set.value;
  },
};

/**
 * Exhibit labels in the order the letter first cites them (normalize's order follows the case's fields; the
 * templates decide which section comes first). Runs before anything reports or prints a label.
 */
export const exhibitOrderStage: CaseStage = {
  name: 'exhibit-order',
  run(s) {
    if (!s.case || !s.templates || !s.case.exhibits.length) return;
    let order: string[];
    try {
      order = letterCitationOrder(s.case, s.templates);
    } catch (error) {
      // The compose stage reports a template that does not render; the labels keep the case's order.
      if (error instanceof TemplateError) return;
      throw error;
    }
    s.case = relabelExhibits(s.case, order);
    s.exhibits = s.case.exhibits;
  },
};

/** The letter: templates -> Markdown -> document model and plain text. */
export const composeStage: CaseStage = {
  name: 'compose',
  run(s) {
    if (!s.case || !s.templates) return;
    try {
      s.letter = composeLetter(s.case, s.templates);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      s.diagnostics.push(error.diagnostic);
    }
  },
};

/** The content rules that read the composed letter. */
export const letterRulesStage: CaseStage = {
  name: 'letter-rules',
  run(s) {
    if (!s.case || !s.parsed || !s.letter) return;
    const run = runRules('letter', { ...ruleWords(s.env.words, s.case.language), case: s.case, letter: s.letter.text }, s.parsed);
    s.diagnostics.push(...run.diagnostics);
    s.silenced.push(...run.silenced);
  },
};

/** Page counts by file hash and password: watch mode checks the same evidence on every save of a case. */
const pageCounts = new Map<string, Promise<number | Error>>();
const PAGE_COUNTS_KEPT = 512;

function countPdfPages(bytes: Uint8Array, password?: string): Promise<number | Error> {
  const key = `${sha256(bytes)}\0${password ?? ''}`;
  let count = pageCounts.get(key);
  if (!count) {
    count = parsePageCount(bytes, password);
    count.catch(() => pageCounts.delete(key));
    pageCounts.set(key, count);
    if (pageCounts.size > PAGE_COUNTS_KEPT) pageCounts.delete(pageCounts.keys().next().value!);
  }
  return count;
}

async function parsePageCount(bytes: Uint8Array, password?: string): Promise<number | Error> {
  const { loadPdfLib, LOAD_WITHOUT_PAUSES } = await import('../render/pdf-lib.js');
  const { PDFDocument, PDFName, PDFDict, PDFNumber } = await loadPdfLib();
  try {
    const doc = await PDFDocument.load(bytes, { ...LOAD_WITHOUT_PAUSES, updateMetadata: false, ...(password ? { password } : {}) });
    const pages = doc.getPageCount();
    // A file cut short still loads (its objects are found by scanning), with the pages that survived.
    const declared = doc.catalog.lookupMaybe(PDFName.of('Pages'), PDFDict)?.lookupMaybe(PDFName.of('Count'), PDFNumber)?.asNumber();
    if (declared !== undefined && declared !== pages)
      return new Error(`it declares ${declared} pages but ${pages} can be read: the file is cut short or damaged`);
    return pages;
  } catch (error) {
    return error as Error;
  }
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * The evidence items of a case that has no part fitting the schema, read straight from its data: every
 * item with a text id and file, at its own position, so a missing file is reported in the same run as the
 * schema errors.
 */
export function rawExhibits(data: unknown): Exhibit[] {
  const list = (data as { evidence?: unknown } | null)?.evidence;
  if (!Array.isArray(list)) return [];
  const exhibits: Exhibit[] = [];
  list.forEach((item: unknown, index) => {
    const e = item as Record<string, unknown> | null;
    if (!e || typeof e !== 'object' || !isText(e.id) || !isText(e.file)) return;
    exhibits.push({
      id: e.id,
      file: e.file,
      title: isText(e.title) ? e.title : e.id,
      kind: 'other',
      ...(isText(e.password) ? { password: e.password } : {}),
      label: exhibitLabel(exhibits.length),
      supports: { rootCauses: [], grounds: [], actions: [], measures: [], other: [] },
      index,
    });
  });
  return exhibits;
}
