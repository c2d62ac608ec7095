// Loads a language's template set (templates/<lang>/): Handlebars in strict mode, no prototype access,
// no HTML escaping (the output is Markdown, not HTML), only built-in helpers. Case text is passed as data
// and is never compiled. Each render records which template files it used, for incremental builds.
// An English set renders in either spelling: the templates' own text and the strings are respelled, the
// case's text (data) never is.
import { readFileSync, readdirSync, existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Strings } from '../model/strings.js';
import { respell, respellAll, type Spelling } from '../domain/spelling.js';
import english from '../../templates/en/strings.json' with { type: 'json' };

/** The main templates a case can use. */
export type MainTemplate = 'remediate' | 'dispute';

/** One template file with the hash of its text. */
export interface TemplateFile {
  /** Path relative to the templates root, with forward slashes (e.g. en/partials/header.hbs). */
  name: string;
  text: string;
}

/** A loaded, compiled template set for one language. */
export interface TemplateSet {
  language: string;
  root: string;
  strings: Strings;
  /** The strings in a spelling (the set's own strings for a language other than English). */
  stringsFor(spelling: Spelling): Strings;
  /** Every file of the set (strings and templates), for hashing into a case's inputs. */
  files: TemplateFile[];
  partialNames: Set<string>;
  /** Renders a main template, in `spelling` when given; `used` lists the template files that took part. */
  render(main: MainTemplate, view: object, spelling?: Spelling): { markdown: string; used: string[] };
}

// `data` as Handlebars.compile would set it.
const compileOptions = { strict: true, noEscape: true, knownHelpersOnly: true, compat: false, data: true };

/** Handlebars' first compiler pass (AST to opcodes, where unknown helpers are found): public, but not in its types. */
type HandlebarsCompiler = { Compiler: new () => { compile(ast: hbs.AST.Program, options: object): unknown } };
const runtimeOptions = { allowProtoMethodsByDefault: false, allowProtoPropertiesByDefault: false } as const;

/** A template problem, located in the template file. */
export class TemplateError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

// Symbolic links are followed only while they stay inside the templates root (`realRoot`); one leading
// outside is collected in `outside` and the set is refused, so a template folder cannot pull in other files.
function listTemplateFiles(dir: string, realRoot: string, outside: string[], prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    let stat: { isDirectory(): boolean; isFile(): boolean } = entry;
    if (entry.isSymbolicLink()) {
      const real = (() => {
        try {
          return realpathSync(full);
        } catch {
          return undefined;
        }
      })();
      if (!real || !(real + path.sep).startsWith(realRoot + path.sep)) {
        outside.push(full);
        continue;
      }
      stat = statSync(real);
    }
    if (stat.isDirectory()) out.push(...listTemplateFiles(full, realRoot, outside, rel));
    else if (stat.isFile() && /\.(hbs|json)$/.test(entry.name)) out.push(rel);
  }
  return out;
}

/** Where a Handlebars error message points: "... - 3:7" (runtime) or "Parse error on line 3:" (compile). */
function templatePosition(message: string): { line: number; column: number } {
  const runtime = /- (\d+):(\d+)\s*$/.exec(message);
  if (runtime) return { line: Number(runtime[1]), column: Number(runtime[2]) + 1 };
  const parse = /on line (\d+)/.exec(message);
  return { line: parse ? Number(parse[1]) : 1, column: 1 };
}

/** An error about a template file as a whole, pointing at its first line. */
function templateFileError(file: string, message: string, note?: string): Diagnostic {
  return { file, line: 1, column: 1, severity: 'error', ruleId: 'template', message, ...(note ? { note } : {}) };
}

function templateDiagnostic(file: string, error: unknown, what: string, source?: string): Diagnostic {
  const message = (error as Error).message ?? String(error);
  const pos = templatePosition(message);
  const firstLine = message.split('\n')[0].replace(/ - \d+:\d+\s*$/, '');
  // Strict mode says only `"deeper" not defined in undefined`; name the whole expression the template used.
  const lineText = source?.split('\n')[pos.line - 1] ?? '';
  const open = lineText.lastIndexOf('{{', pos.column - 1);
  const expression = / not defined in /.test(firstLine) && open >= 0 ? /^\{\{[^}]*\}\}/.exec(lineText.slice(open))?.[0] : undefined;
  const text = expression ? `${expression} names a field that does not exist (${firstLine})` : firstLine;
  return { file, ...pos, severity: 'error', ruleId: 'template', message: `${what}: ${text}` };
}

/** Loads templates/<language>/ under `root`; template syntax errors are reported with file and line. */
export function loadTemplateSet(root: string, language: string): { value?: TemplateSet; diagnostics: Diagnostic[] } {
  const dir = path.join(root, language);
  const stringsFile = path.join(dir, 'strings.json');
  if (!existsSync(stringsFile)) {
    return {
      diagnostics: [
        templateFileError(
          stringsFile,
          `no templates for language "${language}" (expected ${stringsFile})`,
          'Use language: en or ja, or add a template folder with a strings.json.',
        ),
      ],
    };
  }
  const outside: string[] = [];
  const realRoot = realpathSync(root);
  if (!realpathSync(dir).startsWith(realRoot + path.sep)) outside.push(dir);
  const names = outside.length ? [] : listTemplateFiles(dir, realRoot, outside).map((n) => `${language}/${n}`);
  if (outside.length) {
    return {
      diagnostics: outside.map((file) =>
        templateFileError(
          file,
          `the template path is a symbolic link that leads outside the templates folder ${root}; it is not read`,
          'Copy the file into the templates folder instead of linking to it.',
        ),
      ),
    };
  }
  const files: TemplateFile[] = names.map((name) => ({ name, text: readFileSync(path.join(root, name), 'utf8').replace(/\r\n/g, '\n') }));
  let strings: Strings;
  try {
    strings = withDefaults(english, JSON.parse(files.find((f) => f.name === `${language}/strings.json`)!.text) as unknown) as Strings;
  } catch (error) {
    return {
      diagnostics: [templateFileError(stringsFile, `strings.json is not valid JSON: ${(error as Error).message}`)],
    };
  }
  const diagnostics: Diagnostic[] = [];
  const used = new Set<string>();
  const sources: { file: TemplateFile; ast: hbs.AST.Program }[] = [];
  for (const file of files) {
    if (!file.name.endsWith('.hbs')) continue;
    try {
      // Parsed and checked now (an unknown helper, a partial with too many arguments), so every template
      // problem surfaces at load time with the template's line; JavaScript is generated on first render.
      const ast = Handlebars.parse(file.text);
      new (Handlebars as unknown as HandlebarsCompiler).Compiler().compile(ast, compileOptions);
      sources.push({ file, ast });
    } catch (error) {
      diagnostics.push(templateDiagnostic(path.join(root, file.name), error, 'template syntax error'));
    }
  }
  if (diagnostics.length) return { diagnostics };
  const relName = (file: TemplateFile) => file.name.slice(language.length + 1).replace(/\.hbs$/, '');
  const partialNames = new Set(
    sources
      .map((s) => relName(s.file))
      .filter((rel) => rel.startsWith('partials/'))
      .map((rel) => rel.slice('partials/'.length)),
  );
  for (const main of ['remediate', 'dispute'] as const) {
    if (!sources.some((s) => relName(s.file) === main)) {
      diagnostics.push(templateFileError(path.join(dir, `${main}.hbs`), `the template ${main}.hbs is missing`));
    }
  }
  if (diagnostics.length) return { diagnostics };

  // One compiled variant per spelling (English sets only), built on first use; `null` is the text as written.
  const respells = language === 'en' || language.startsWith('en-');
  const variants = new Map<Spelling | null, Map<string, HandlebarsTemplateDelegate>>();
  const variant = (spelling: Spelling | null) => {
    let mains = variants.get(spelling);
    if (mains) return mains;
    mains = new Map();
    const env = Handlebars.create();
    for (const { file, ast } of sources) {
      const template = env.compile(spelling ? respellContent(ast, spelling) : ast, compileOptions);
      const wrapped = ((context: unknown, options?: Handlebars.RuntimeOptions) => {
        used.add(file.name);
        try {
          return template(context, { ...options, ...runtimeOptions });
        } catch (error) {
          if (error instanceof TemplateError) throw error;
          throw new TemplateError(templateDiagnostic(path.join(root, file.name), error, 'template error', file.text));
        }
      }) as HandlebarsTemplateDelegate;
      const rel = relName(file);
      if (rel.startsWith('partials/')) env.registerPartial(rel.slice('partials/'.length), wrapped);
      else mains.set(rel, wrapped);
    }
    variants.set(spelling, mains);
    return mains;
  };
  const spelled = new Map<Spelling, Strings>();
  const stringsFor = (spelling: Spelling): Strings => {
    if (!respells) return strings;
    if (!spelled.has(spelling)) spelled.set(spelling, respellAll(strings, spelling));
    return spelled.get(spelling)!;
  };
  return {
    diagnostics: [],
    value: {
      language,
      root,
      strings,
      stringsFor,
      files,
      partialNames,
      render(main, view, spelling) {
        used.clear();
        used.add(`${language}/strings.json`);
        const markdown = variant(respells && spelling ? spelling : null).get(main)!(view, runtimeOptions);
        return { markdown, used: [...used].sort() };
      },
    },
  };
}

/** A loaded strings file over the English defaults, key by key, so a set that lacks a key still has every key. */
function withDefaults(defaults: unknown, loaded: unknown): unknown {
  if (
    !loaded ||
    typeof loaded !== 'object' ||
    Array.isArray(loaded) ||
    !defaults ||
    typeof defaults !== 'object' ||
    Array.isArray(defaults)
  )
    return loaded ?? defaults;
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(loaded as Record<string, unknown>))
    out[key] = withDefaults((defaults as Record<string, unknown>)[key], value);
  return out;
}

/** A copy of a template's syntax tree whose literal text (never a {{field}}) is respelled. */
function respellContent(node: hbs.AST.Program, spelling: Spelling): hbs.AST.Program {
  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(copy);
    if (!value || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) out[key] = copy(child);
    if (out.type === 'ContentStatement') {
      out.value = respell(out.value as string, spelling);
      out.original = respell(out.original as string, spelling);
    }
    return out;
  };
  return copy(node) as hbs.AST.Program;
}
