/**
 * A rehype plugin for lesson text: a link to a lesson or exercise the course configuration leaves out becomes plain
 * text. Lessons link to each other in prose ("see [Generative models](../generative-models/)"); without this, leaving
 * a lesson out would publish a broken link, or force the instructor to edit lessons they did not write.
 *
 * Only the link goes; the sentence stays, so a lesson may still mention a page this course does not have. The
 * instructor guide says so. Minimal HAST types are written out here rather than importing @types/hast, which the
 * project does not depend on directly.
 */
import { includesExercise, includesLesson } from './select';
import type { CourseConfig } from './schema';

interface HastText {
  type: 'text';
  value: string;
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children: HastNode[];
}
interface HastOther {
  type: string;
  children?: HastNode[];
}
type HastNode = HastText | HastElement | HastOther;

const ORIGIN = 'http://course.invalid';

/**
 * Where the page built from a source file lives, relative to the site's base, so that relative links in it can be
 * resolved: content/lessons/02-entanglement.mdx is served at lessons/entanglement/, exercises/01-x/README.md at
 * exercises/01-x/. Anything else (the instructor guide, say) is treated as living at the root.
 */
export function pagePathOf(file: string | undefined): string {
  const normal = (file ?? '').replace(/\\/g, '/');
  const lesson = /(?:^|\/)content\/lessons\/(?:\d+-)?([^/]+)\.mdx?$/.exec(normal);
  if (lesson) return `lessons/${lesson[1]}/`;
  const exercise = /(?:^|\/)exercises\/([^/]+)\/README\.md$/.exec(normal);
  return exercise ? `exercises/${exercise[1]}/` : '';
}

/**
 * The lesson slug or exercise id a link points at, or undefined for anything else (another site, an anchor, the
 * playground). `pagePath` is where the linking page lives (see pagePathOf), for links written as ../other-lesson/.
 */
export function linkTarget(href: string, pagePath = ''): { kind: 'lesson' | 'exercise'; id: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined; // another site, mailto:, …
  if (href.startsWith('#')) return undefined; // the same page, which is published or this would not be running
  const { pathname } = new URL(href, `${ORIGIN}/${pagePath}`);
  // A base path (/courses/qgen/) may precede the part that matters, so match the end of the path only.
  const m = /\/(lessons|exercises)\/([a-z0-9-]+)\/?$/.exec(pathname);
  if (!m) return undefined;
  return { kind: m[1] === 'lessons' ? 'lesson' : 'exercise', id: m[2]! };
}

function isElement(n: HastNode): n is HastElement {
  return n.type === 'element';
}

function unlink(node: HastNode, config: Pick<CourseConfig, 'lessons' | 'exercises'>, pagePath: string): void {
  if (!('children' in node) || !node.children) return;
  node.children = node.children.flatMap((child) => {
    unlink(child, config, pagePath);
    if (!isElement(child) || child.tagName !== 'a') return [child];
    const href = child.properties?.href;
    const target = typeof href === 'string' ? linkTarget(href, pagePath) : undefined;
    if (!target) return [child];
    const kept = target.kind === 'lesson' ? includesLesson(config, target.id) : includesExercise(config, target.id);
    return kept ? [child] : child.children;
  });
}

/** Usage: `rehypePlugins: [[rehypeUnlinkExcluded, config]]`. */
export function rehypeUnlinkExcluded(config: Pick<CourseConfig, 'lessons' | 'exercises'>) {
  return (tree: HastNode, file: { path?: string }) => unlink(tree, config, pagePathOf(file.path));
}
