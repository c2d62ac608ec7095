// Document blocks -> plain text: for the rules, the paste-ready sections and word counts.
import type { Block, Span } from '../model/document.js';
import { cjkLetters } from '../domain/script.js';

export const spansText = (spans: Span[]): string => spans.map((s) => s.text).join('');

/** Plain text of blocks, one paragraph per line group; lists numbered as printed; non-breaking spaces as plain spaces. */
export function blocksToText(blocks: Block[], indent = ''): string {
  return blocksText(blocks, indent).replace(/\u00A0/g, ' ');
}

function blocksText(blocks: Block[], indent: string): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(indent + spansText(block.spans));
        break;
      case 'paragraph':
        out.push(indent + spansText(block.spans).replace(/\n/g, `\n${indent}`));
        break;
      case 'letterhead':
        out.push([block.name, ...block.lines].map((l) => indent + l).join('\n'));
        break;
      case 'list':
        block.items.forEach((item, i) => {
          const marker = block.ordered ? `${(block.start ?? 1) + i}. ` : '- ';
          const text = blocksText(item, ' '.repeat(marker.length)).trimStart();
          out.push(indent + marker + text);
        });
        break;
      case 'table':
        out.push(
          [block.columns.map((c) => spansText(c.title)), ...block.rows.map((row) => row.map(spansText))]
            .map((cells) => indent + cells.join(' | ').replace(/\n/g, ' '))
            .join('\n'),
        );
        break;
      default:
        break;
    }
  }
  return out.join('\n\n');
}

// A Latin word: letters and digits, joined inside it by - . / : ' ’ ("e-mail", "U.S", "9/12/2026", "11:00", "don't").
const latinWord = /[\p{L}\p{N}]+(?:[-./:'’][\p{L}\p{N}]+)*/gu;

/** Words in a text: Latin words by spaces, CJK characters one by one (as word processors count them). */
export function countWords(text: string): number {
  const cjk = text.match(cjkLetters())?.length ?? 0;
  const latin = text.replace(cjkLetters(), ' ').match(latinWord)?.length ?? 0;
  return cjk + latin;
}
