// The draft marking: banner and title from the strings file (English by default, a language's own keys
// winning), each blocking problem as a sentence with its file:line, at most a page-one's worth listed.
import { describe, expect, it } from 'vitest';
import { draftEvidence, draftMarking, draftStrings, maxListedProblems } from '../../../src/case/draft.js';
import type { Strings } from '../../../src/compose/view.js';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import type { Exhibit } from '../../../src/model/case.js';
import type { EvidenceFacts } from '../../../src/model/evidence.js';
import english from '../../../templates/en/strings.json' with { type: 'json' };
import japanese from '../../../templates/ja/strings.json' with { type: 'json' };

const problem = (line: number, message: string): Diagnostic => ({
  file: 'cases/acme/case.yaml',
  line,
  column: 3,
  severity: 'error',
  ruleId: 'L17',
  message,
});

describe('draftMarking', () => {
  it('says what is wrong in plain words with file:line', () => {
    expect(
      draftMarking(
        [
          problem(45, "invoice E1 lacks the supplier's phone, website"),
          problem(88, 'evidence E4: the file "evidence/loa.pdf" does not exist'),
        ],
        english as unknown as Strings,
      ),
    ).toEqual({
      banner: 'DRAFT - NOT READY TO SUBMIT',
      title: 'Not ready to submit: fix these problems first',
      problems: [
        "Invoice E1 lacks the supplier's phone, website (cases/acme/case.yaml:45)",
        'Evidence E4: the file "evidence/loa.pdf" does not exist (cases/acme/case.yaml:88)',
      ],
    });
  });

  it('lists the first problems and counts the rest in one line', () => {
    const many = Array.from({ length: maxListedProblems + 3 }, (_, i) => problem(i + 1, `problem ${i + 1}`));
    const { problems } = draftMarking(many, english as unknown as Strings);
    expect(problems).toHaveLength(maxListedProblems + 1);
    expect(problems[maxListedProblems - 1]).toBe(`Problem ${maxListedProblems} (cases/acme/case.yaml:${maxListedProblems})`);
    expect(problems[maxListedProblems]).toBe('... and 3 more problems; the build report lists them all.');
  });

  it('takes the wording of the letter language, English for any key a strings file lacks', () => {
    expect(draftMarking([problem(3, 'x')], japanese as unknown as Strings)).toEqual({
      banner: 'DRAFT - NOT READY TO SUBMIT（下書き・提出不可）',
      title: '提出前に直す問題',
      problems: ['X（cases/acme/case.yaml:3）'],
    });
    const custom = { draft: { title: 'Fix first' } } as unknown as Strings;
    expect(draftStrings(custom)).toEqual({ ...english.draft, title: 'Fix first' });
    expect(draftStrings({} as Strings)).toEqual(english.draft);
  });
});

describe('draftEvidence', () => {
  const exhibit = (id: string, label: string, file: string): Exhibit => ({
    id,
    label,
    file,
    title: `Title ${id}`,
    kind: 'other',
    index: 0,
    supports: { rootCauses: [], grounds: [], actions: [], measures: [], other: [] },
  });
  it('keeps the files that passed and marks each missing one as not enclosed, in exhibit order', () => {
    const a = exhibit('E1', 'A', 'evidence/a.pdf');
    const b = exhibit('E2', 'B', 'evidence\\b.png');
    const passed: EvidenceFacts = {
      exhibit: a,
      file: 'evidence/a.pdf',
      size: 10,
      sha256: 'f'.repeat(64),
      pages: 1,
      format: 'pdf',
      bytes: new Uint8Array(10),
    };
    const rows = draftEvidence([a, b], [passed], english as unknown as Strings);
    expect(rows[0]).toBe(passed);
    expect(rows[1]).toMatchObject({
      file: 'evidence/b.png',
      size: 0,
      sha256: '',
      format: 'png',
      exhibit: { id: 'E2', label: 'B', title: 'Title E2 (not enclosed: the file is missing or could not be used)' },
    });
  });
});
