/**
 * The review deck's questions: every <Quiz> in the lessons, read from the MDX source at build time.
 *
 * A lesson writes its quiz as a JavaScript array literal in the `questions` prop. That literal is parsed with acorn
 * and turned into data by walking its syntax tree, accepting literals only (strings, numbers, arrays, objects,
 * template strings without ${}), so nothing in a lesson file is ever executed and an unexpected form fails the build
 * with the file's name rather than dropping questions quietly. Build-time only: pages pass the result to islands.
 */
import { parseExpressionAt, type Expression, type Node } from 'acorn';
import type { QuizQuestion } from './question';
import { reviewCardId } from './cards';

export interface ReviewQuestion extends QuizQuestion {
  /** Stable id of the card: lesson, quiz and a hash of the prompt (see reviewCardId). */
  id: string;
  lesson: string;
}

/** The value of a literal-only expression; throws on anything that would need running code. */
function literal(node: Node): unknown {
  const n = node as Expression;
  switch (n.type) {
    case 'Literal':
      if (n.value instanceof RegExp || typeof n.value === 'bigint') break;
      return n.value;
    case 'TemplateLiteral':
      if (n.expressions.length === 0) return n.quasis.map((q) => q.value.cooked).join('');
      break;
    case 'UnaryExpression':
      if (n.operator === '-' && n.argument.type === 'Literal' && typeof n.argument.value === 'number') return -n.argument.value;
      break;
    case 'ArrayExpression':
      return n.elements.map((e) => {
        if (!e || e.type === 'SpreadElement') throw new Error(`unsupported array element at offset ${n.start}`);
        return literal(e);
      });
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const p of n.properties) {
        if (p.type !== 'Property' || p.computed || p.kind !== 'init') throw new Error(`unsupported property at offset ${p.start}`);
        const key = p.key.type === 'Identifier' ? p.key.name : p.key.type === 'Literal' ? String(p.key.value) : undefined;
        if (key === undefined) throw new Error(`unsupported key at offset ${p.key.start}`);
        out[key] = literal(p.value);
      }
      return out;
    }
  }
  throw new Error(`not a plain literal (${n.type}) at offset ${n.start}`);
}

function checkQuestion(q: unknown, where: string): QuizQuestion {
  const o = q as Partial<QuizQuestion>;
  const ok = typeof o === 'object' && o !== null && typeof o.prompt === 'string' && o.prompt.length > 0
    && Array.isArray(o.choices) && o.choices.length >= 2 && o.choices.every((c) => typeof c === 'string')
    && Number.isInteger(o.answer) && o.answer! >= 0 && o.answer! < o.choices.length && typeof o.explanation === 'string';
  if (!ok) throw new Error(`${where}: a quiz question needs a prompt, two or more choices, an answer index into them and an explanation`);
  return { prompt: o.prompt!, choices: o.choices!, answer: o.answer!, explanation: o.explanation! };
}

/** Every question of every <Quiz> in one lesson's MDX source, in page order. */
export function quizQuestions(source: string, lesson: string, file = lesson): ReviewQuestion[] {
  const out: ReviewQuestion[] = [];
  for (const tag of source.matchAll(/<Quiz\b/g)) {
    const start = tag.index;
    const open = source.indexOf('questions={', start);
    if (open < 0) throw new Error(`${file}: a <Quiz> without a questions={...} prop`);
    const head = source.slice(start, open);
    const quizId = /\bid="([^"]+)"/.exec(head)?.[1] ?? 'quiz';
    let parsed: unknown;
    try {
      parsed = literal(parseExpressionAt(source, open + 'questions={'.length, { ecmaVersion: 'latest' }));
    } catch (e) {
      throw new Error(`${file}: the questions of quiz "${quizId}" could not be read: ${(e as Error).message}`);
    }
    if (!Array.isArray(parsed)) throw new Error(`${file}: the questions of quiz "${quizId}" are not a list`);
    parsed.forEach((q, i) => {
      const question = checkQuestion(q, `${file}, quiz "${quizId}", question ${i + 1}`);
      out.push({ ...question, id: reviewCardId(lesson, quizId, question.prompt), lesson });
    });
  }
  const seen = new Set<string>();
  for (const q of out) {
    if (seen.has(q.id)) throw new Error(`${file}: two quiz questions share the prompt "${q.prompt}"`);
    seen.add(q.id);
  }
  return out;
}
