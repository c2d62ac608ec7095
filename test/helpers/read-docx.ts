// Reads real DOCX output back in tests: a part's XML, the text per paragraph, and a small XML well-formedness check.
import { strFromU8, unzipSync } from 'fflate';

/** The names of all parts (zip entries) of a DOCX package. */
export function docxParts(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes, { filter: () => true }));
}

/** One part's XML, e.g. docxXml(bytes, 'word/document.xml'); throws if the part is missing. */
export function docxXml(bytes: Uint8Array, part: string): string {
  const files = unzipSync(bytes, { filter: (file) => file.name === part });
  const data = files[part];
  if (!data) throw new Error(`DOCX has no part ${part}`);
  return strFromU8(data);
}

/**
 * The text of word/document.xml, then of the headers and footers (by part name): one line per w:p paragraph,
 * its w:t runs concatenated, w:tab as "\t", w:noBreakHyphen as "-", a plain w:br as "\n", XML entities decoded.
 */
export function docxText(bytes: Uint8Array): string {
  const files = unzipSync(bytes, { filter: (file) => isTextPart(file.name) });
  const names = Object.keys(files).sort((a, b) => partRank(a) - partRank(b) || (a < b ? -1 : 1));
  return names.flatMap((name) => paragraphTexts(strFromU8(files[name]))).join('\n');
}

function isTextPart(name: string): boolean {
  return name === 'word/document.xml' || /^word\/(header|footer)\d*\.xml$/.test(name);
}

function partRank(name: string): number {
  return name === 'word/document.xml' ? 0 : name.startsWith('word/header') ? 1 : 2;
}

// Paragraph starts/ends, text, run-level tabs and breaks. `<w:tab w:val=…/>` in w:tabs has attributes, so it is skipped.
const TOKENS = /<w:p(?=[\s>/])[^>]*?(\/?)>|<\/w:p>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:noBreakHyphen\/>|<w:br\/>|<w:br\s[^>]*\/>/g;

/** The text of each w:p paragraph of one part's XML. */
export function paragraphTexts(xml: string): string[] {
  const lines: string[] = [];
  let current: string | undefined;
  for (const m of xml.matchAll(TOKENS)) {
    const token = m[0];
    if (token.startsWith('<w:p')) {
      if (m[1] === '/') lines.push('');
      else current = '';
    } else if (token === '</w:p>') {
      if (current !== undefined) lines.push(current);
      current = undefined;
    } else if (current === undefined) {
    } else if (token === '<w:tab/>') {
      current += '\t';
    } else if (token === '<w:noBreakHyphen/>') {
      current += '-';
    } else if (token === '<w:br/>' || (token.startsWith('<w:br') && !/w:type="(page|column)"/.test(token))) {
      current += '\n';
    } else if (m[2] !== undefined) {
      current += decodeEntities(m[2]);
    }
  }
  return lines;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : NAMED[e],
  );
}

/**
 * A small well-formedness check (not a validator): one root, tags nest and match, attributes are quoted and
 * unique, and text has no stray "<" or bad "&". Returns the first problem, or undefined if none.
 */
export function xmlProblem(xml: string): string | undefined {
  const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>/, '');
  const stack: string[] = [];
  let roots = 0;
  let at = 0;
  const tag =
    /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const problem = textProblem(body.slice(at, m.index), stack.length > 0);
    if (problem) return `${problem} before offset ${m.index}`;
    at = tag.lastIndex;
    const [whole, closing, name, attrs, selfClosing] = m;
    if (whole.startsWith('<!') || whole.startsWith('<?')) continue;
    if (closing) {
      const open = stack.pop();
      if (open !== name) return `</${name}> closes <${open ?? 'nothing'}> at offset ${m.index}`;
      continue;
    }
    const attrNames = [...(attrs ?? '').matchAll(/([A-Za-z_][\w.:-]*)\s*=/g)].map((a) => a[1]);
    if (new Set(attrNames).size !== attrNames.length) return `duplicate attribute in <${name}> at offset ${m.index}`;
    if (stack.length === 0 && ++roots > 1) return `second root element <${name}> at offset ${m.index}`;
    if (!selfClosing) stack.push(name);
  }
  const problem = textProblem(body.slice(at), stack.length > 0);
  if (problem) return `${problem} at the end`;
  if (stack.length > 0) return `<${stack[stack.length - 1]}> is never closed`;
  if (roots === 0) return 'no root element';
  return undefined;
}

function textProblem(text: string, insideRoot: boolean): string | undefined {
  if (text.includes('<')) return 'malformed tag';
  if (/&(?!(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);)/.test(text)) return 'bare "&"';
  if (!insideRoot && text.trim() !== '') return 'text outside the root element';
  return undefined;
}
