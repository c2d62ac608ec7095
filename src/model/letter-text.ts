// The composed letter as plain text, section by section: what the letter rules and the pack read.

/** The letter's text by section, for rules that read what will be sent. */
export interface LetterText {
  /** Section key (opening, root-causes, actions, measures, ...) -> plain text. */
  sections: Record<string, string>;
  /** The whole body as plain text. */
  body: string;
  /** Section headings in order, as printed. */
  headings: string[];
}
