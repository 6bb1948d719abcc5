// Where a build goes: dist/ for the course people serve and zip, and a folder of its own for every test build
// (scripts/run-e2e.mjs sets COURSE_OUT_DIR), so testing never changes what `npm start` serves.
export const OUT_DIR = process.env.COURSE_OUT_DIR ?? 'dist';
