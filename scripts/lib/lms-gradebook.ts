// The gradebook in the import formats of two learning-management systems, one row per learner and one column per
// exercise (the sum of its checks' earned points), written beside gradebook.csv by `npm run gradebook`.
//
// Canvas ("Import grades in the Gradebook"): the file starts with the columns Student, ID, SIS User ID, SIS Login ID
// and Section, then one column per assignment; a column whose name matches no assignment becomes a new assignment.
// Canvas finds each student by those identity columns, so they are filled from a roster when one is given (the
// Canvas gradebook export is one). Checked against the Ohio State guide "Import CSV File for Carmen Grades"
// (teaching.resources.osu.edu) and Canvas-importing tools on GitHub; Instructure's own guide was not read directly.
//
// Moodle ("Import grades from CSV"): any columns; on import the teacher maps one column to a user field (Moodle's
// gradeimport_csv accepts id, idnumber, email address or username: grade/import/csv/classes/load_data.php) and each
// grade column to a grade item or a new one. An unknown user aborts the whole import there, so the identifier
// columns come from the roster too, and learners the roster does not know are listed for the teacher, not guessed.
import { csvCell } from './csv-cell';

/** What the LMS files need of one gradebook row (scripts/gradebook.ts writes these). */
export interface LmsRow {
  learner: string;
  exercise: string;
  earned: number;
}

export interface LmsExercise {
  id: string;
  title: string;
  points: number;
}

/** One learner's identity in the LMS, by the roster's column names (learner = the submission folder's name). */
export type RosterEntry = Record<string, string>;

export const CANVAS_IDENTITY = ['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section'] as const;
/** Moodle's user fields a grade import can map from, as roster column names (its form labels them the same way). */
export const MOODLE_IDENTITY = ['username', 'email', 'idnumber'] as const;

/** A column header naming the exercise the way learners see it, with its id so two titles never collide. */
export const exerciseColumn = (e: LmsExercise) => `${e.id} ${e.title}`;

/** Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF or LF, a leading byte-order mark). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

export type RosterResult = { ok: true; roster: Map<string, RosterEntry> } | { ok: false; message: string };

/**
 * Reads a roster: a CSV with a header row, a `learner` column (the submission's folder or zip name) and any of the
 * identity columns above. Canvas's own gradebook export works once a `learner` column is added to it. Canvas's
 * "Points Possible" row (Student cell "Points Possible") is skipped.
 */
export function parseRoster(text: string): RosterResult {
  const [header, ...rows] = parseCsv(text);
  if (!header) return { ok: false, message: 'the roster is empty' };
  const names = header.map((h) => h.trim());
  const at = names.indexOf('learner');
  if (at < 0) return { ok: false, message: `the roster has no "learner" column (its columns: ${names.join(', ')})` };
  const roster = new Map<string, RosterEntry>();
  for (const [n, r] of rows.entries()) {
    const learner = (r[at] ?? '').trim();
    if (!learner) {
      if ((r[names.indexOf('Student')] ?? '').trim() === 'Points Possible') continue;
      return { ok: false, message: `roster line ${n + 2}: the learner cell is empty` };
    }
    if (roster.has(learner)) return { ok: false, message: `roster line ${n + 2}: learner "${learner}" appears twice` };
    roster.set(learner, Object.fromEntries(names.map((h, i) => [h, (r[i] ?? '').trim()])));
  }
  return { ok: true, roster };
}

/** Each learner's earned points per exercise, learners in the order given. */
function totals(rows: LmsRow[], learners: string[], exercises: LmsExercise[]): Map<string, number[]> {
  const index = new Map(exercises.map((e, i) => [e.id, i]));
  const out = new Map(learners.map((l) => [l, exercises.map(() => 0)]));
  for (const r of rows) {
    const i = index.get(r.exercise);
    const mine = out.get(r.learner);
    if (i !== undefined && mine) mine[i]! += r.earned;
  }
  return out;
}

const line = (cells: (string | number)[]) => cells.map(csvCell).join(',');

export interface LmsFiles {
  canvas: string;
  moodle: string;
  /** Learners who handed in work but are not in the roster: left out of both files (Moodle would refuse the file). */
  unknown: string[];
}

/**
 * Both LMS files for a graded class. Without a roster the folder name stands in: as Canvas's Student and SIS Login
 * ID, and as Moodle's username (name the folders after the LMS login, or give a roster).
 */
export function lmsGradebooks(rows: LmsRow[], exercises: LmsExercise[], roster?: Map<string, RosterEntry>): LmsFiles {
  const graded = [...new Set(rows.map((r) => r.learner))];
  const unknown = roster ? graded.filter((l) => !roster.has(l)) : [];
  const learners = graded.filter((l) => !unknown.includes(l));
  const sums = totals(rows, learners, exercises);
  const columns = exercises.map(exerciseColumn);
  const who = (l: string): RosterEntry => roster?.get(l) ?? { Student: l, 'SIS Login ID': l, username: l };

  const canvas = [
    line([...CANVAS_IDENTITY, ...columns]),
    ...learners.map((l) => line([...CANVAS_IDENTITY.map((k) => who(l)[k] ?? ''), ...sums.get(l)!])),
  ];
  // Only the identifier columns the roster has (or username without one): an empty column would tempt a wrong mapping.
  const ids = roster ? MOODLE_IDENTITY.filter((k) => [...roster.values()].some((e) => e[k])) : (['username'] as const);
  const moodle = [
    line(['learner', ...ids, ...columns]),
    ...learners.map((l) => line([l, ...ids.map((k) => who(l)[k] ?? ''), ...sums.get(l)!])),
  ];
  return { canvas: canvas.join('\n') + '\n', moodle: moodle.join('\n') + '\n', unknown };
}
