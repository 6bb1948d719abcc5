/** The sandbox worker's program as script text (astro.config.mjs, plugin sandbox-worker-runtime). */
declare module 'virtual:sandbox-worker-runtime' {
  const source: string;
  export default source;
}
