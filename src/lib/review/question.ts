/** One multiple-choice question, as a lesson's <Quiz> takes it and as the review deck asks it again. */
export interface QuizQuestion {
  /** The question, plain text. */
  prompt: string;
  /** The possible answers, plain text, in the order shown. */
  choices: string[];
  /** Index into `choices` of the correct answer. */
  answer: number;
  /** Why the answer is right (and the tempting ones wrong); shown after checking. */
  explanation: string;
}
