// The packager's two pure parts: URLs made relative for the placeholder base (per page depth, folders given their
// index.html, workers and Vite's preload helper resolved from their own module), and imsmanifest.xml.
import { describe, expect, it } from 'vitest';
import { PACKAGE_BASE as B, relativizeCss, relativizeHtml, relativizeJs, upToRoot } from '../../../scripts/lib/relative-base';
import { launchHref, scormManifest } from '../../../scripts/lib/scorm-manifest';

describe('relative URLs', () => {
  it('climbs from a page to the package root', () => {
    expect([upToRoot('index.html'), upToRoot('search/index.html'), upToRoot('lessons/energy/index.html')]).toEqual(['./', '../', '../../']);
  });

  it('rewrites attributes, island props and folder links on a page', () => {
    const html = `<a href="${B}">home</a><a href="${B}lessons/energy/#exercise-27">x</a><script type="module" src="${B}_astro/a.js"></script>`
      + `<astro-island component-url="${B}_astro/I.js" props="{&quot;href&quot;:[0,&quot;${B}review/&quot;]}">`;
    expect(relativizeHtml(html, 'lessons/energy/index.html')).toBe(
      '<a href="../../index.html">home</a><a href="../../lessons/energy/index.html#exercise-27">x</a><script type="module" src="../../_astro/a.js"></script>'
      + '<astro-island component-url="../../_astro/I.js" props="{&quot;href&quot;:[0,&quot;../../review/index.html&quot;]}">',
    );
  });

  it('gives relative folder links written in a lesson their index.html, and leaves other addresses alone', () => {
    const html = '<a href="../generative-models/">a</a><a href="../../exercises/01-sampler/#task">b</a><a href="https://arxiv.org/abs/1/">c</a><a href="#top">d</a><a href="mailto:a@b.c">e</a>';
    expect(relativizeHtml(html, 'lessons/energy/index.html')).toBe('<a href="../generative-models/index.html">a</a><a href="../../exercises/01-sampler/index.html#task">b</a><a href="https://arxiv.org/abs/1/">c</a><a href="#top">d</a><a href="mailto:a@b.c">e</a>');
  });

  it('resolves workers and preloads from the module, fonts from the stylesheet', () => {
    expect(relativizeJs(`new Worker(new URL(\`${B}_astro/sim.worker.js\`,\`\`+import.meta.url))`)).toBe('new Worker(new URL(`../_astro/sim.worker.js`,``+import.meta.url))');
    // A worker a worker starts (the simulation thread pool): Vite writes a comment on its own line before the string.
    expect(relativizeJs(`new Worker(new URL(\n/* @vite-ignore */\n\`${B}_astro/block-thread.worker.js\`,\`\`+import.meta.url),{type:\`module\`})`))
      .toBe('new Worker(new URL(\n/* @vite-ignore */\n`../_astro/block-thread.worker.js`,``+import.meta.url),{type:`module`})');
    expect(relativizeJs(`t=function(e){return\`${B}\`+e}`)).toBe('t=function(e){return new URL("../",import.meta.url).href+e}');
    expect(relativizeCss(`src:url(${B}_astro/KaTeX.woff2) format("woff2")`)).toBe('src:url(../_astro/KaTeX.woff2) format("woff2")');
    // A form it does not know is left alone, for the packager to refuse.
    expect(relativizeJs(`fetch("${B}x")`)).toContain(B);
  });
});

describe('scormManifest', () => {
  const xml = scormManifest({
    title: 'Q & A',
    lessons: [{ slug: 'energy', title: 'Energy', order: 7, exercises: [{ id: '27-estimate-joules', title: 'Joules <per> shot', page: 'lessons/energy/index.html#exercise-27-estimate-joules' }] }],
    looseExercises: [{ id: '03-energy', title: 'Energy project', page: 'exercises/03-energy/index.html' }],
    files: ['index.html', 'scorm/launch.html'],
  });

  it('declares SCORM 1.2 and the course title', () => {
    expect(xml).toContain('<schema>ADL SCORM</schema>');
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(xml).toMatch(/<organization identifier="course">\s*<title>Q &amp; A<\/title>/);
  });

  it('has a SCO per lesson and exercise, launched through the launch page, and one asset of every file', () => {
    const scos = [...xml.matchAll(/<resource identifier="([^"]+)" type="webcontent" adlcp:scormtype="sco" href="([^"]+)">/g)].map((m) => [m[1], m[2]]);
    expect(scos).toEqual([
      ['res-lesson-energy', 'scorm/launch.html?sco=lesson:energy&amp;page=lessons%2Fenergy%2Findex.html'],
      ['res-exercise-27-estimate-joules', 'scorm/launch.html?sco=exercise:27-estimate-joules&amp;page=lessons%2Fenergy%2Findex.html%23exercise-27-estimate-joules'],
      ['res-exercise-03-energy', 'scorm/launch.html?sco=exercise:03-energy&amp;page=exercises%2F03-energy%2Findex.html'],
    ]);
    expect(launchHref('lesson:x', 'lessons/x/index.html')).toBe('scorm/launch.html?sco=lesson:x&page=lessons%2Fx%2Findex.html');
    // Every item that launches names a resource that exists.
    const refs = [...xml.matchAll(/identifierref="([^"]+)"/g)].map((m) => m[1]);
    for (const r of refs) expect(xml).toContain(`identifier="${r}"`);
    expect(xml).toContain('<title>Exercise 27: Joules &lt;per&gt; shot</title>');
    expect(xml).toMatch(/adlcp:scormtype="asset">\s*<file href="index.html"\/>\s*<file href="scorm\/launch.html"\/>/);
  });
});
