// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { loadCourseConfig } from './src/lib/course-config/load';
import { rehypeUnlinkExcluded } from './src/lib/course-config/unlink-excluded';
import { buildSync } from 'esbuild';

// Instructors host the course under any path: COURSE_BASE=/courses/qgen/ npm run build.
const base = process.env.COURSE_BASE ?? '/';
// course.config.json (or $COURSE_CONFIG), read here too so that a broken file stops the build before any page is made.
const course = loadCourseConfig();

// The browser sandbox worker's program (src/lib/exercises/sandbox/browser/worker-entry.ts) as one classic script in a
// string: the grading worker writes it after the learner's code into a blob: worker inside the sandbox frame.
const SANDBOX_RUNTIME = 'virtual:sandbox-worker-runtime';
function sandboxWorkerRuntime() {
  return {
    name: 'sandbox-worker-runtime',
    /** @param {string} id */
    resolveId: (id) => (id === SANDBOX_RUNTIME ? `\0${SANDBOX_RUNTIME}` : null),
    /** @param {string} id */
    load(id) {
      if (id !== `\0${SANDBOX_RUNTIME}`) return null;
      const out = buildSync({ entryPoints: ['src/lib/exercises/sandbox/browser/worker-entry.ts'], bundle: true, format: 'iife', target: 'es2022', minify: true, write: false, logLevel: 'silent' });
      const [file] = out.outputFiles;
      if (!file) throw new Error('sandbox-worker-runtime: esbuild wrote nothing');
      return `export default ${JSON.stringify(file.text)};`;
    },
  };
}

export default defineConfig({
  // dist/ unless a test build asks for a folder of its own (scripts/lib/out-dir.mjs).
  outDir: process.env.COURSE_OUT_DIR ?? './dist',
  // Worker bundles have plugins of their own in Vite: the grading worker is the one that imports the runtime.
  vite: { plugins: [sandboxWorkerRuntime()], worker: { format: 'es', plugins: () => [sandboxWorkerRuntime()] } },
  base,
  trailingSlash: 'always',
  integrations: [mdx(), svelte()],
  // Astro 7's default processor ignores remark/rehype plugins; KaTeX needs the unified one (MDX inherits it).
  markdown: {
    // Links in lesson text to lessons or exercises this course leaves out become plain text.
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex, [rehypeUnlinkExcluded, course]] }),
    // High-contrast themes: the default GitHub light theme colours parameters below 4.5:1 on white.
    shikiConfig: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } },
  },
  devToolbar: { enabled: false },
});
