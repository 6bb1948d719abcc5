import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  // Astro 7's CSS collection (under Rolldown) drops the styles of components that are first rendered in the
  // browser (e.g. a chart shown only once results exist); injecting each component's CSS with its JS avoids that.
  compilerOptions: { css: 'injected' },
};
