import type { Paper } from '@/features/papers/schema';
import { tokenize } from '@/features/search/text/tokenize';
import { mulberry32, type Random } from './prng';

/** A simulated reader: what they want (the truth the metrics use) and the papers they rate. */
export type Reader = {
  kind: 'one theme' | 'two themes' | 'exclusion';
  name: string;
  relevant: (paper: Paper) => boolean;
  liked: string[];
  dismissed: string[];
};

type Theme = { name: string; has: (paper: Paper) => boolean };

const topicTheme = (topic: string): Theme => ({
  name: `topic ${topic}`,
  has: (paper) => paper.topics.includes(topic),
});
const orgTheme = (handle: string): Theme => ({
  name: `org ${handle}`,
  has: (paper) => paper.organization?.handle === handle,
});
function wordTheme(words: string[]): Theme {
  const wanted = new Set(words);
  const cache = new WeakMap<Paper, boolean>();
  return {
    name: `words ${words.join('/')}`,
    has: (paper) => {
      let known = cache.get(paper);
      if (known === undefined) {
        known = tokenize(`${paper.title} ${paper.abstract}`).some((word) => wanted.has(word));
        cache.set(paper, known);
      }
      return known;
    },
  };
}

function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}

/** Themes of a catalogue worth being a reader's taste: between 0.5% and 15% of the papers. */
function themesOf(papers: readonly Paper[], random: Random): Theme[] {
  const share = (theme: Theme) => papers.filter(theme.has).length / papers.length;
  const fits = (theme: Theme) => {
    const s = share(theme);
    return s >= 0.005 && s <= 0.15;
  };
  const topics = [...new Set(papers.flatMap((paper) => paper.topics))].map(topicTheme).filter(fits);
  const orgs = [
    ...new Set(papers.flatMap((paper) => (paper.organization ? [paper.organization.handle] : []))),
  ]
    .map(orgTheme)
    .filter(fits)
    .slice(0, 6);
  // Word themes: three words of middling frequency drawn from the catalogue's own vocabulary.
  const df = new Map<string, number>();
  for (const paper of papers.slice(0, 5000))
    for (const word of new Set(tokenize(`${paper.title} ${paper.abstract}`)))
      df.set(word, (df.get(word) ?? 0) + 1);
  const sampled = Math.min(5000, papers.length);
  const middling = [...df]
    .filter(([word, n]) => n / sampled >= 0.003 && n / sampled <= 0.02 && /^[a-z]{5,}$/.test(word))
    .map(([word]) => word)
    .sort();
  const words = Array.from({ length: 6 }, () => wordTheme(sample(random, middling, 3))).filter(
    fits,
  );
  return [...topics, ...orgs, ...words];
}

/**
 * Readers of three kinds, each rating 10 to 30 papers: those who like one theme (a topic, an organisation or
 * a set of words), those who like either of two, and those who like a theme except where it meets another,
 * and say so with "Not interested" on some of those papers. Liked papers are drawn from what they want.
 */
export function makeReaders(papers: readonly Paper[], perKind: number, seed: number): Reader[] {
  const random = mulberry32(seed);
  const themes = themesOf(papers, random);
  const pickIds = (has: (paper: Paper) => boolean, count: number) =>
    sample(random, papers.filter(has), count).map((paper) => paper.id);
  const ratings = () => 10 + Math.floor(random() * 21);
  const readers: Reader[] = [];
  for (let i = 0; i < perKind; i++) {
    const theme = themes[i % themes.length];
    readers.push({
      kind: 'one theme',
      name: theme.name,
      relevant: theme.has,
      liked: pickIds(theme.has, ratings()),
      dismissed: [],
    });
  }
  for (let i = 0; i < perKind; i++) {
    const [a, b] = sample(random, themes, 2);
    const has = (paper: Paper) => a.has(paper) || b.has(paper);
    const n = ratings();
    const liked = [...pickIds(a.has, Math.ceil(n / 2)), ...pickIds(b.has, Math.floor(n / 2))];
    readers.push({
      kind: 'two themes',
      name: `${a.name} + ${b.name}`,
      relevant: has,
      liked,
      dismissed: [],
    });
  }
  // Exclusion: A without B, where B covers a real share of A (20-70%).
  const pairs: [Theme, Theme][] = [];
  for (const a of themes)
    for (const b of themes) {
      if (a === b) continue;
      const inA = papers.filter(a.has);
      const both = inA.filter(b.has).length / Math.max(1, inA.length);
      if (both >= 0.2 && both <= 0.7 && inA.length - inA.filter(b.has).length >= 40)
        pairs.push([a, b]);
    }
  for (let i = 0; i < perKind && pairs.length > 0; i++) {
    const [a, b] = pairs[Math.floor(random() * pairs.length)];
    const wanted = (paper: Paper) => a.has(paper) && !b.has(paper);
    const n = ratings();
    const dismissals = Math.max(3, Math.round(n / 3));
    readers.push({
      kind: 'exclusion',
      name: `${a.name} without ${b.name}`,
      relevant: wanted,
      liked: pickIds(wanted, n - dismissals),
      dismissed: pickIds((paper) => a.has(paper) && b.has(paper), dismissals),
    });
  }
  return readers;
}
