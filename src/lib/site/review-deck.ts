// The review deck of this build: the quiz questions of the published lessons (course.config.json), read from each
// lesson's MDX at build time. The review page asks them; the home page counts which are due.
import { orderedLessons, lessonSlug } from './lessons';
import { lessonHref } from './with-base';
import { quizQuestions, type ReviewQuestion } from '../review/quiz-bank';

export interface ReviewDeck {
  questions: ReviewQuestion[];
  lessons: { slug: string; title: string; href: string }[];
}

export async function reviewDeck(): Promise<ReviewDeck> {
  const lessons = await orderedLessons();
  return {
    questions: lessons.flatMap((l) => quizQuestions(l.body ?? '', lessonSlug(l.id), l.filePath ?? l.id)),
    lessons: lessons.map((l) => ({ slug: lessonSlug(l.id), title: l.data.title, href: lessonHref(l.id) })),
  };
}
