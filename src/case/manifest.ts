// A rendered case's manifest: its inputs and outputs with their SHA-256, the tool version, and the hash
// of everything that decides the outputs (inputs_hash), which incremental builds compare.
import { createRequire } from 'node:module';
import path from 'node:path';
import { sha256 } from '../fs.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { RenderedFile } from '../model/document.js';
import type { ManifestInput, SilencedRule, WordCounts } from '../model/result.js';
import type { WordLists } from '../rules/words.js';
import { toolVersion } from '../version.js';
import type { Case } from '../model/case.js';
import type { EvidenceFacts } from '../model/evidence.js';
import type { TemplateSet } from '../compose/templates.js';

/** What besides the input files decides a case's outputs. */
export interface BuildStamp {
  /** Tool version and the versions of the renderers and fonts. */
  tool: string;
  /** Digest of the word lists the rules use (built-in plus appeal-words.json). */
  words: string;
  /** The SOURCE_DATE_EPOCH day, when the letter date came from it (no letter.date in the case); else null. */
  epochDate: string | null;
  /** Whether the case has no letter.date, so SOURCE_DATE_EPOCH (or its absence) decides the letter date. */
  epochSensitive: boolean;
}

const require = createRequire(import.meta.url);
let toolStamp: string | undefined;

/** Tool version plus the installed versions of the packages whose output ends up in the files. */
export function toolFingerprint(): string {
  if (toolStamp) return toolStamp;
  const versions = [
    'pdfmake',
    'docx',
    'handlebars',
    'marked',
    '@expo-google-fonts/noto-sans',
    '@expo-google-fonts/noto-sans-sc',
    '@expo-google-fonts/noto-sans-jp',
    '@expo-google-fonts/noto-sans-kr',
  ].map((name) => {
    try {
      return `${name}@${(require(`${name}/package.json`) as { version: string }).version}`;
    } catch {
      return `${name}@?`;
    }
  });
  toolStamp = [`appeal-kit@${toolVersion}`, ...versions].join(' ');
  return toolStamp;
}

const wordDigests = new WeakMap<WordLists, string>();

/** Digest of the word lists. */
export function wordsDigest(words: WordLists): string {
  let digest = wordDigests.get(words);
  if (!digest) {
    digest = sha256(JSON.stringify(words));
    wordDigests.set(words, digest);
  }
  return digest;
}

/** The day SOURCE_DATE_EPOCH names (as normalize uses it), or null. */
export function epochDay(epoch: number | undefined): string | null {
  return epoch === undefined || !Number.isFinite(epoch) ? null : new Date(epoch * 1000).toISOString().slice(0, 10);
}

/** The stamp of a build with these settings; `epochSensitive` when the case has no letter.date. */
export function buildStamp(words: WordLists, sourceDateEpoch: number | undefined, epochSensitive: boolean): BuildStamp {
  return {
    tool: toolFingerprint(),
    words: wordsDigest(words),
    epochDate: epochSensitive ? epochDay(sourceDateEpoch) : null,
    epochSensitive,
  };
}

/** The manifest's inputs_hash: every input file's hash, the letter date and the build stamp. */
export function inputsHash(inputs: ManifestInput[], letterDate: string, stamp: BuildStamp): string {
  return sha256(JSON.stringify({ inputs, letterDate, stamp }));
}

/** What the manifest is made from: the checked case (see CheckedCase). */
export interface ManifestSource {
  case: Case;
  evidence: EvidenceFacts[];
  templates: TemplateSet;
  letter: { usedTemplates: string[] };
  caseBytes: Uint8Array;
  stamp?: BuildStamp;
}

/** The case's manifest: inputs and outputs with their SHA-256, the tool version, and the rules that fired. */
export function manifest(
  checked: ManifestSource,
  result: { diagnostics: Diagnostic[]; silenced: SilencedRule[]; words?: WordCounts },
  outputs: RenderedFile[],
) {
  const { case: c, evidence, templates, letter } = checked;
  const templateHashes = letter.usedTemplates.map((name) => ({
    path: `templates/${name}`,
    role: 'template',
    sha256: sha256(templates.files.find((f) => f.name === name)?.text ?? ''),
  }));
  const inputs = [
    { path: path.basename(c.file), role: 'case', sha256: sha256(checked.caseBytes) },
    ...evidence.map((e) => ({ path: e.file, role: 'evidence', sha256: e.sha256, exhibit: e.exhibit.label })),
    ...templateHashes,
  ];
  return {
    tool: { name: 'appeal-kit', version: toolVersion },
    case: c.id,
    type: c.type,
    stance: c.stance,
    marketplace: c.marketplace,
    language: c.language,
    letter_date: c.letterDate,
    inputs_hash: checked.stamp
      ? inputsHash(inputs, c.letterDate, checked.stamp)
      : sha256(JSON.stringify({ tool: toolVersion, inputs, epoch: c.letterDate })),
    inputs,
    outputs: outputs.map((f) => ({ path: f.path, bytes: f.bytes.length, sha256: sha256(f.bytes) })),
    rules: {
      warnings: [...new Set(result.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.ruleId))].sort(),
      silenced: result.silenced,
    },
    words: result.words,
  };
}
