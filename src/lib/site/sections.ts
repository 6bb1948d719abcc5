/**
 * The article's arc, in order. Every lesson names the section it covers (frontmatter `section`), and the home page
 * groups lessons into the arc's larger parts, so the map keeps the article's order even before all lessons exist.
 */
export const SECTIONS = [
  'introduction', 'quantum-ai', 'generative-ai', 'born-machines', 'faster-training', 'better-sampling', 'energy',
  'decoherence', 'hardware-limits', 'algorithm-compatibility', 'future',
] as const;
export type Section = (typeof SECTIONS)[number];

/** Short human names for the sections, for kickers and labels. */
export const SECTION_LABELS: Record<Section, string> = {
  introduction: 'Introduction',
  'quantum-ai': 'What is quantum AI?',
  'generative-ai': 'Generative AI',
  'born-machines': 'Richer distributions (Born machines)',
  'faster-training': 'Faster training',
  'better-sampling': 'Better sampling',
  energy: 'Lower energy use',
  decoherence: 'Decoherence',
  'hardware-limits': 'Hardware limits',
  'algorithm-compatibility': 'Algorithm compatibility',
  future: 'The future',
};

export interface ArcPart {
  title: string;
  /** The question this part of the course answers, in one line. */
  question: string;
  sections: Section[];
}

/** The home page's map: the article's larger parts and the sections each one holds. */
export const ARC_PARTS: ArcPart[] = [
  {
    title: 'Quantum AI basics',
    question: 'What qubits, superposition and entanglement are, and what "massively parallel" really means.',
    sections: ['introduction', 'quantum-ai'],
  },
  {
    title: 'Generative AI',
    question: 'What a generative model learns from data, and why it needs so much computing.',
    sections: ['generative-ai'],
  },
  {
    title: 'Four claims, tested',
    question: 'Richer distributions, faster training, better sampling, lower energy: each one run in the simulator.',
    sections: ['born-machines', 'faster-training', 'better-sampling', 'energy'],
  },
  {
    title: 'The challenges',
    question: 'Noise, small machines, and software built for classical computers.',
    sections: ['decoherence', 'hardware-limits', 'algorithm-compatibility'],
  },
  {
    title: 'The future',
    question: 'What the research labs are working on, and what would have to be true for the promises to come true.',
    sections: ['future'],
  },
];

/** The part a section belongs to. */
export function partOf(section: Section): ArcPart {
  return ARC_PARTS.find((p) => p.sections.includes(section))!;
}
