/** The course's name, in the header, page titles and the home page. */
export const COURSE_TITLE = 'Quantum × Generative AI';

/** Used when a page has no description of its own. */
export const COURSE_DESCRIPTION =
  'An interactive course that tests, claim by claim, how quantum computing might and might not change generative AI, with quantum circuits simulated in the page.';
