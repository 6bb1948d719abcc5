/** The article's arc, in order: every lesson names the part it covers, and the home page groups lessons by it. */
export const SECTIONS = [
  'introduction', 'quantum-ai', 'generative-ai', 'born-machines', 'faster-training', 'better-sampling', 'energy',
  'decoherence', 'hardware-limits', 'algorithm-compatibility', 'future',
] as const;
export type Section = (typeof SECTIONS)[number];

/** The home page's map: the article's larger parts and the sections each one holds. */
export const ARC_PARTS: { title: string; sections: Section[] }[] = [
  { title: 'Quantum AI basics', sections: ['introduction', 'quantum-ai'] },
  { title: 'Generative AI', sections: ['generative-ai'] },
  { title: 'Four claims, tested', sections: ['born-machines', 'faster-training', 'better-sampling', 'energy'] },
  { title: 'The challenges', sections: ['decoherence', 'hardware-limits', 'algorithm-compatibility'] },
  { title: 'The future', sections: ['future'] },
];
