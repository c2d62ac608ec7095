// docx, from its CommonJS build (the same code and version as its ES build): Node 20 keeps the compiled code of
// CommonJS modules between runs (see code-cache.ts) and not that of ES modules, and this is a 1 MB file that every
// cold `appeal build` compiles. The package carries that file as dist/vendor/docx.cjs (scripts/compile.mjs) and
// does not depend on docx; a clone not compiled yet loads it from its development dependencies.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { packagePath } from '../package-files.js';

const require = createRequire(import.meta.url);
const vendored = packagePath('dist', 'vendor', 'docx.cjs');
const docx = (existsSync(vendored) ? require(vendored) : require('docx')) as typeof import('docx');

export const {
  AlignmentType,
  BorderStyle,
  CharacterSet,
  Document,
  Footer,
  Header,
  LevelFormat,
  LineRuleType,
  NoBreakHyphen,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} = docx;

export type Document = import('docx').Document;
export type Footer = import('docx').Footer;
export type Header = import('docx').Header;
export type Paragraph = import('docx').Paragraph;
export type Table = import('docx').Table;
export type TableCell = import('docx').TableCell;
export type TextRun = import('docx').TextRun;
export type {
  FileChild,
  IBorderOptions,
  ILevelsOptions,
  IParagraphOptions,
  IRunOptions,
  IStylesOptions,
} from 'docx';
