import { describe, expect, it } from 'vitest';
import { linkTarget, pagePathOf, rehypeUnlinkExcluded } from '../../../src/lib/course-config/unlink-excluded';

describe('what a link points at', () => {
  it('resolves links relative to the page that holds them', () => {
    expect(linkTarget('../generative-models/', 'lessons/entanglement/')).toEqual({ kind: 'lesson', id: 'generative-models' });
    expect(linkTarget('../../exercises/03-energy/', 'lessons/energy/')).toEqual({ kind: 'exercise', id: '03-energy' });
    expect(linkTarget('/courses/qgen/lessons/energy/#verdict')).toEqual({ kind: 'lesson', id: 'energy' });
  });

  it('ignores other sites, anchors and other pages', () => {
    for (const href of ['https://arxiv.org/abs/1804.04168', 'mailto:a@b.c', '#sources', '../../playground/', '//example.org/lessons/x/']) {
      expect(linkTarget(href, 'lessons/energy/'), href).toBeUndefined();
    }
  });

  it('knows where a source file is published', () => {
    expect(pagePathOf('/repo/content/lessons/02-entanglement-and-parallelism.mdx')).toBe('lessons/entanglement-and-parallelism/');
    expect(pagePathOf('C:\\repo\\exercises\\01-sampler\\README.md')).toBe('exercises/01-sampler/');
    expect(pagePathOf('/repo/INSTRUCTORS.md')).toBe('');
    expect(pagePathOf(undefined)).toBe('');
  });
});

describe('the rehype plugin', () => {
  const text = (value: string) => ({ type: 'text', value });
  const a = (href: string, label: string) => ({ type: 'element', tagName: 'a', properties: { href }, children: [text(label)] });
  const tree = () => ({
    type: 'root',
    children: [{
      type: 'element', tagName: 'p', properties: {},
      children: [text('Continue with '), a('../generative-models/', 'Generative models'), text(' or '), a('../energy/', 'Energy'), text('.')],
    }],
  });

  it('turns links to left-out pages into their text and keeps the others', () => {
    const t = tree();
    rehypeUnlinkExcluded({ lessons: ['energy'], exercises: 'all' })(t, { path: '/repo/content/lessons/02-entanglement-and-parallelism.mdx' });
    expect(t.children[0]!.children).toEqual([text('Continue with '), text('Generative models'), text(' or '), a('../energy/', 'Energy'), text('.')]);
  });

  it('changes nothing when everything is published', () => {
    const t = tree();
    rehypeUnlinkExcluded({ lessons: 'all', exercises: 'all' })(t, { path: '/repo/content/lessons/02-entanglement-and-parallelism.mdx' });
    expect(t).toEqual(tree());
  });
});
