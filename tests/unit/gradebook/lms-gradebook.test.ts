// The Canvas and Moodle import files: the identity columns each LMS needs, one column per exercise holding the sum of
// its checks, roster identities in place of folder names, and learners the roster does not know left out (Moodle
// aborts a whole import on one unknown user).
import { describe, expect, it } from 'vitest';
import { lmsGradebooks, parseCsv, parseRoster, type LmsRow } from '../../../scripts/lib/lms-gradebook';

const exercises = [
  { id: '01-sampler', title: 'A sampler', points: 16 },
  { id: '04-apply-gate', title: 'Apply a gate', points: 5 },
];
// alice passes two checks of 01 (3 + 2) and all of 04; bob has 01's missing row and one check of 04.
const rows: LmsRow[] = [
  { learner: 'alice', exercise: '01-sampler', earned: 3 },
  { learner: 'alice', exercise: '01-sampler', earned: 2 },
  { learner: 'alice', exercise: '01-sampler', earned: 0 },
  { learner: 'alice', exercise: '04-apply-gate', earned: 5 },
  { learner: 'bob', exercise: '01-sampler', earned: 0 },
  { learner: 'bob', exercise: '04-apply-gate', earned: 1 },
];

describe('lmsGradebooks', () => {
  it('writes Canvas columns Student, ID, SIS User ID, SIS Login ID, Section, then one total per exercise', () => {
    const [header, ...lines] = parseCsv(lmsGradebooks(rows, exercises).canvas);
    expect(header).toEqual(['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', '01-sampler A sampler', '04-apply-gate Apply a gate']);
    // Without a roster the folder name is the student's name and login.
    expect(lines).toEqual([
      ['alice', '', '', 'alice', '', '5', '5'],
      ['bob', '', '', 'bob', '', '0', '1'],
    ]);
  });

  it('writes Moodle rows with an identifier column to map from', () => {
    const [header, ...lines] = parseCsv(lmsGradebooks(rows, exercises).moodle);
    expect(header).toEqual(['learner', 'username', '01-sampler A sampler', '04-apply-gate Apply a gate']);
    expect(lines).toEqual([['alice', 'alice', '5', '5'], ['bob', 'bob', '0', '1']]);
  });

  it('takes identities from a roster and leaves out learners it does not know', () => {
    const roster = parseRoster('learner,Student,ID,SIS User ID,SIS Login ID,Section,email\r\n'
      // Canvas's export carries a points row with no learner: skipped, not an error.
      + ',Points Possible,,,,,\r\n'
      + 'alice,"Lovelace, Ada",101,S-1,ada,Sec A,ada@example.org\r\n');
    expect(roster.ok).toBe(true);
    if (!roster.ok) return;
    const files = lmsGradebooks(rows, exercises, roster.roster);
    expect(files.unknown).toEqual(['bob']);
    expect(parseCsv(files.canvas).slice(1)).toEqual([['Lovelace, Ada', '101', 'S-1', 'ada', 'Sec A', '5', '5']]);
    // Only the Moodle identifiers the roster fills: email here, no empty username column.
    expect(parseCsv(files.moodle)).toEqual([['learner', 'email', '01-sampler A sampler', '04-apply-gate Apply a gate'], ['alice', 'ada@example.org', '5', '5']]);
  });

  it('refuses a roster without a learner column, with an empty learner or with one learner twice', () => {
    expect(parseRoster('Student,ID\nAda,1\n')).toMatchObject({ ok: false, message: expect.stringMatching(/no "learner" column \(its columns: Student, ID\)/) });
    expect(parseRoster('learner,ID\n,1\n')).toMatchObject({ ok: false, message: 'roster line 2: the learner cell is empty' });
    expect(parseRoster('learner\nada\nada\n')).toMatchObject({ ok: false, message: 'roster line 3: learner "ada" appears twice' });
  });

  it('keeps a learner-controlled name from running as a formula in a spreadsheet', () => {
    const csv = lmsGradebooks([{ learner: '=HYPERLINK("x")', exercise: '01-sampler', earned: 1 }], exercises).canvas;
    expect(parseCsv(csv)[1]![0]).toBe(`'=HYPERLINK("x")`);
  });
});

describe('parseCsv', () => {
  it('reads quoted cells, doubled quotes, CRLF and a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,"b, ""c""",d\r\n"x\ny",,z\n')).toEqual([['a', 'b, "c"', 'd'], ['x\ny', '', 'z']]);
  });
});
