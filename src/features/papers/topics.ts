import { TOPICS } from './topic-taxonomy';

/**
 * Topic labels, derived from a paper's title and abstract with a small curated taxonomy.
 *
 * Each topic has a list of keyword patterns, matched case-insensitively on word boundaries
 * (`LLMs` matches `llms?`, a bare "code" in "code is available" matches nothing). A topic
 * scores 2 for every match in the title and 1 for every match in the abstract; topics scoring
 * at least 2 are kept, the best 3 first (ties keep the taxonomy's order). A paper whose best
 * topic scores 1 gets that one topic; a paper matching nothing gets none. The same text always
 * gives the same labels, and every label can be explained by pointing at the words that earned
 * it (see `explainTopics`).
 */

const MIN_SCORE = 2;
const MAX_TOPICS = 3;

// The character before a keyword is consumed rather than looked behind at: the same matches,
// about twice as fast (it matters when a 20 MB listing is imported).
const MATCHERS = TOPICS.map((topic) => ({
  label: topic.label,
  pattern: new RegExp(`(?:^|[^\\w-])(${topic.keywords.join('|')})(?![\\w-])`, 'gi'),
}));

function matchesIn(text: string, pattern: RegExp): string[] {
  return Array.from(text.matchAll(pattern), (match) => match[1]);
}

export interface TopicScore {
  label: string;
  score: number;
  /** The words that earned the score, as written. */
  matches: string[];
}

/** Every topic that matched at all, best first, with the words that matched. */
export function explainTopics(title: string, abstract: string): TopicScore[] {
  const scores: TopicScore[] = [];
  for (const { label, pattern } of MATCHERS) {
    const inTitle = matchesIn(title, pattern);
    const inAbstract = matchesIn(abstract, pattern);
    const score = 2 * inTitle.length + inAbstract.length;
    if (score > 0) scores.push({ label, score, matches: [...inTitle, ...inAbstract] });
  }
  // Array.prototype.sort is stable: ties keep the taxonomy's order.
  return scores.sort((a, b) => b.score - a.score);
}

/** 1-3 topic labels (none when nothing matches), best first. */
export function deriveTopics(title: string, abstract: string): string[] {
  const scores = explainTopics(title, abstract);
  const kept = scores.filter((topic) => topic.score >= MIN_SCORE).slice(0, MAX_TOPICS);
  return (kept.length > 0 ? kept : scores.slice(0, 1)).map((topic) => topic.label);
}
