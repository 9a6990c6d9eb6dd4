import { mixSeed, mulberry32, pick, randomInt, zipfRank, type Random } from './prng';

/**
 * A synthetic technical vocabulary of up to `size` terms, ranked by frequency. The term at a rank
 * is a pure function of (seed, rank), so terms can be made lazily as ranks are drawn.
 */
export type Vocabulary = {
  /** The term drawn for one token: rank ~ Zipf(exponent), so a few terms are common and most are rare. */
  draw: (random: Random) => string;
  termAt: (rank: number) => string;
};

const PREFIXES = [
  'hyper',
  'meta',
  'multi',
  'cross',
  'self',
  'semi',
  'neuro',
  'auto',
  'co',
  'sub',
  'inter',
  'pre',
  'post',
  'non',
  'bi',
  'poly',
  'micro',
  'omni',
  'pseudo',
  'quasi',
  'trans',
  'ultra',
  'proto',
  'para',
  'geo',
];
const SUFFIXES = [
  'ization',
  'ized',
  'ive',
  'ivity',
  'ness',
  'former',
  'net',
  'ing',
  'ed',
  'er',
  'ers',
  'al',
  'ous',
  'ics',
  'ist',
  'ify',
  'ometry',
  'ogram',
  'oid',
  'ation',
  'able',
  'ance',
  'let',
  'flow',
  'gram',
];
const VARIANTS = [
  '-L',
  '-XL',
  '-B',
  '-S',
  '-7B',
  '-13B',
  '-70B',
  'v2',
  'v3',
  '++',
  '-2',
  '-Large',
  '-Tiny',
  '-Pro',
];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Stems of the real vocabulary: long alphabetic words with a common ending cut off. */
export function stemsOf(texts: readonly string[]): string[] {
  const stems = new Set<string>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/[a-z]{5,}/g) ?? []) {
      const stem = word.replace(
        /(?:ations?|ing|ed|ers?|als?|ive|ly|ity|ments?|ness|ies|es|s)$/,
        '',
      );
      if (stem.length >= 3) stems.add(stem);
    }
  }
  return [...stems].sort();
}

function fragment(random: Random, stem: string): string {
  return stem.slice(0, randomInt(random, 3, Math.max(3, Math.min(6, stem.length))));
}

function acronym(random: Random): string {
  let letters = '';
  const length = randomInt(random, 2, 5);
  for (let i = 0; i < length; i++) {
    const letter = pick(random, LETTERS.split(''));
    // "ViT", "MoE": a lowercase letter inside about one acronym in three.
    letters += i > 0 && i < length - 1 && random() < 0.15 ? letter.toLowerCase() : letter;
  }
  return random() < 0.5 ? letters + pick(random, VARIANTS) : letters;
}

function makeTerm(random: Random, stems: readonly string[]): string {
  const kind = random();
  const stem = pick(random, stems);
  if (kind < 0.45) {
    const prefix = random() < 0.6 ? pick(random, PREFIXES) : '';
    return prefix + stem + pick(random, SUFFIXES);
  }
  if (kind < 0.6) return stem + fragment(random, pick(random, stems)) + pick(random, SUFFIXES); // "graphformer"-like blends
  if (kind < 0.8) {
    // "GraphSAGE", "FlowMamba2"
    const second = fragment(random, pick(random, stems));
    const name =
      capitalize(fragment(random, stem)) +
      (random() < 0.4 ? second.toUpperCase() : capitalize(second));
    return random() < 0.25 ? name + String(randomInt(random, 2, 9)) : name;
  }
  if (kind < 0.92) return acronym(random);
  return `${pick(random, PREFIXES)}${stem}-${pick(random, ['aware', 'guided', 'based', 'free', 'conditioned'])}`;
}

/** A vocabulary over the given stems; `exponent` near 1 reproduces the long tail of real text. */
export function createVocabulary(
  seed: number,
  stems: readonly string[],
  size = 2_000_000,
  exponent = 1.05,
): Vocabulary {
  const cache = new Map<number, string>();
  const termAt = (rank: number) => {
    let term = cache.get(rank);
    if (term === undefined) {
      term = makeTerm(mulberry32(mixSeed(seed, rank)), stems);
      cache.set(rank, term);
    }
    return term;
  };
  return { termAt, draw: (random) => termAt(zipfRank(random, exponent, size)) };
}

/** A model or method name for a title ("FlowMamba: ..."), unique per paper rather than Zipf-shared. */
export function methodName(random: Random, stems: readonly string[]): string {
  const base = capitalize(fragment(random, pick(random, stems)));
  const tail = fragment(random, pick(random, stems));
  const name = base + (random() < 0.5 ? tail.toUpperCase() : capitalize(tail));
  return random() < 0.2
    ? `${name}-${pick(random, ['R1', 'V', 'Zero', 'X', String(randomInt(random, 2, 4))])}`
    : name;
}
