// Markdown (what templates produce) -> document blocks, with marked's lexer. HTML stays literal text.
import { Lexer, type Token, type Tokens } from 'marked';
import type { Block, Span } from '../model/document.js';

/** Parses Markdown into the neutral document blocks, without empty table columns or empty headings. */
export function markdownToBlocks(markdown: string): Block[] {
  const tokens = new Lexer({ gfm: true, breaks: false }).lex(markdown);
  return withoutEmptyParts(tokensToBlocks(tokens));
}

const blank = (spans: Span[]) => spans.every((s) => s.text.trim() === '');

/**
 * Leaves out what would print as nothing: a table column whose every cell is empty, and a heading with
 * nothing under it before the next heading of its level or above (or the end).
 */
export function withoutEmptyParts(blocks: Block[]): Block[] {
  const tables = blocks.map((block): Block => {
    if (block.kind === 'list') return { ...block, items: block.items.map(withoutEmptyParts) };
    if (block.kind !== 'table' || !block.rows.length) return block;
    const keep = block.columns.map((_, i) => !block.rows.every((row) => blank(row[i] ?? [])));
    if (keep.every(Boolean) || !keep.some(Boolean)) return block;
    return { ...block, columns: block.columns.filter((_, i) => keep[i]), rows: block.rows.map((row) => row.filter((_, i) => keep[i])) };
  });
  const out: Block[] = [];
  for (let i = tables.length - 1; i >= 0; i--) {
    const block = tables[i];
    const next = out[0];
    if (block.kind === 'heading' && (!next || (next.kind === 'heading' && next.level <= block.level))) continue;
    out.unshift(block);
  }
  return out;
}

function tokensToBlocks(tokens: Token[]): Block[] {
  const blocks: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const t = token as Tokens.Heading;
        blocks.push({ kind: 'heading', level: Math.min(3, Math.max(1, t.depth - 1)) as 1 | 2 | 3, spans: inline(t.tokens) });
        break;
      }
      case 'paragraph':
        blocks.push({ kind: 'paragraph', spans: inline((token as Tokens.Paragraph).tokens) });
        break;
      case 'text': {
        const t = token as Tokens.Text;
        blocks.push({ kind: 'paragraph', spans: t.tokens ? inline(t.tokens) : [{ text: t.text }] });
        break;
      }
      case 'list': {
        const t = token as Tokens.List;
        blocks.push({
          kind: 'list',
          ordered: t.ordered,
          start: t.ordered && typeof t.start === 'number' ? t.start : undefined,
          items: t.items.map((item) => tokensToBlocks(item.tokens)),
        });
        break;
      }
      case 'table': {
        const t = token as Tokens.Table;
        blocks.push({
          kind: 'table',
          columns: t.header.map((h, i) => ({ title: inline(h.tokens), align: t.align[i] ?? undefined, width: columnWeight(t, i) })),
          rows: t.rows.map((row) => row.map((c) => inline(c.tokens))),
        });
        break;
      }
      case 'code': {
        const t = token as Tokens.Code;
        if (t.lang === 'letterhead') {
          const [name = '', ...lines] = t.text.split('\n');
          blocks.push({ kind: 'letterhead', name, lines: lines.filter((l) => l.trim() !== '') });
        } else {
          blocks.push({ kind: 'paragraph', spans: [{ text: t.text }] });
        }
        break;
      }
      case 'blockquote':
        blocks.push(...tokensToBlocks((token as Tokens.Blockquote).tokens));
        break;
      case 'hr':
        blocks.push({ kind: 'rule' });
        break;
      case 'html':
        blocks.push({ kind: 'paragraph', spans: [{ text: (token as Tokens.HTML).text.trimEnd() }] });
        break;
      case 'space':
        break;
      default:
        if ('text' in token && typeof token.text === 'string') blocks.push({ kind: 'paragraph', spans: [{ text: token.text }] });
    }
  }
  return blocks;
}

// Wider columns for longer content, so tables need no width hints in templates.
function columnWeight(table: Tokens.Table, column: number): number {
  const lengths = [table.header[column], ...table.rows.map((r) => r[column])].map((c) => (c?.text ?? '').length);
  const longest = Math.max(...lengths, 2);
  return Math.min(6, Math.max(1, Math.round(Math.sqrt(longest))));
}

function inline(tokens: Token[] | undefined, style: { bold?: boolean; italic?: boolean } = {}): Span[] {
  const spans: Span[] = [];
  const push = (text: string) => {
    if (!text) return;
    const last = spans[spans.length - 1];
    if (last && !!last.bold === !!style.bold && !!last.italic === !!style.italic) last.text += text;
    else spans.push({ text, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}) });
  };
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        spans.push(...inline((token as Tokens.Strong).tokens, { ...style, bold: true }));
        break;
      case 'em':
        spans.push(...inline((token as Tokens.Em).tokens, { ...style, italic: true }));
        break;
      case 'br':
        push('\n');
        break;
      case 'link':
        spans.push(...inline((token as Tokens.Link).tokens, style));
        break;
      case 'codespan':
        push(decodeEntities((token as Tokens.Codespan).text));
        break;
      case 'html':
        push((token as Tokens.Tag).raw);
        break;
      case 'text': {
        const t = token as Tokens.Text;
        if (t.tokens?.length) spans.push(...inline(t.tokens, style));
        else push(decodeEntities(t.text));
        break;
      }
      case 'escape':
        push(decodeEntities((token as Tokens.Escape).text));
        break;
      default:
        push(decodeEntities('text' in token && typeof token.text === 'string' ? token.text : token.raw));
    }
  }
  return mergeAdjacent(spans);
}

function mergeAdjacent(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && !!last.bold === !!s.bold && !!last.italic === !!s.italic) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

// marked escapes &, <, >, " and ' in text tokens for HTML output; the document wants the characters.
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);
}
