// One gradebook cell for a spreadsheet. Learners choose their folder names and their code's error messages, so text
// cells are always quoted and, when they start with a character a spreadsheet reads as a formula (= + - @, or a tab
// or carriage return before one), prefixed with an apostrophe (OWASP's advice against CSV injection).
export function csvCell(v: string | number): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '""';
  const s = v.replace(/\s*[\r\n]+\s*/g, ' ');
  const safe = /^[=+\-@\t\r]/.test(v) || /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}
