import { pick, randomInt, type Random } from './prng';
import type { Vocabulary } from './corpus-vocabulary';

/** A real sentence cut into parts once, with the positions a synthetic term or a name may take. */
type Template = { parts: string[]; slots: number[]; nameSlots: number[]; words: number };

export type TextPools = {
  openings: Template[];
  bodies: Template[];
  closings: Template[];
  titles: Template[];
  /** Title words a recombined title may borrow ("Efficient", "Retrieval"). */
  titleWords: string[];
};

const CONTENT_WORD = /^[a-z]{5,}$/;
// Function words stay, or the recombined sentences stop reading as English.
const KEEP = new Set(
  `about above across after again along although among another because before being below between
  could during every first further however instead often other should since still their there
  therefore these those through under until using where whether which while within without would
  moreover finally specifically additionally furthermore thereby`.split(/\s+/),
);
const TITLE_WORD = /^[A-Za-z][a-z]{3,}$/;
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z(])/;

/** "SkeletonMAE: Graph-based ..." -> "SkeletonMAE": the method name a real title introduces. */
function titleName(title: string): string | null {
  const head = title.split(':')[0] ?? '';
  return title.includes(':') && head.split(' ').length <= 2 ? (head.split(' ')[0] ?? null) : null;
}

function template(text: string, names: ReadonlySet<string>, contentWord: RegExp): Template {
  const parts = text.split(/(\s+)/);
  const slots: number[] = [];
  const nameSlots: number[] = [];
  let words = 0;
  parts.forEach((part, index) => {
    if (!part.trim()) return;
    words++;
    const bare = part.replace(/[.,;:!?)]+$/, '');
    if (names.has(bare)) nameSlots.push(index);
    else if (contentWord.test(bare) && !KEEP.has(bare.toLowerCase())) slots.push(index);
  });
  return { parts, slots, nameSlots, words };
}

export function buildPools(papers: ReadonlyArray<{ title: string; abstract: string }>): TextPools {
  const names = new Set(
    papers.map((paper) => titleName(paper.title)).filter((name) => name !== null),
  );
  const pools: TextPools = { openings: [], bodies: [], closings: [], titles: [], titleWords: [] };
  for (const paper of papers) {
    // Real URLs would point at real repositories; links are generated separately.
    const sentences = paper.abstract
      .split(SENTENCE_END)
      .filter((sentence) => !/https?:|\.com|\.io/.test(sentence));
    sentences.forEach((sentence, index) => {
      const pool =
        index === 0
          ? pools.openings
          : index === sentences.length - 1
            ? pools.closings
            : pools.bodies;
      pool.push(template(sentence, names, CONTENT_WORD));
    });
    const name = titleName(paper.title);
    const rest = name ? paper.title.slice(paper.title.indexOf(':') + 1).trim() : paper.title;
    pools.titles.push(template(rest, names, TITLE_WORD));
    pools.titleWords.push(...rest.split(/\s+/).filter((word) => TITLE_WORD.test(word)));
  }
  return pools;
}

type Fill = { random: Random; vocabulary: Vocabulary; name: string | null; termRate: number };

function fill(
  slotsOf: Template,
  { random, vocabulary, name, termRate }: Fill,
  borrow?: () => string,
): string {
  const parts = slotsOf.parts.slice();
  for (const index of slotsOf.slots) {
    const roll = random();
    if (roll >= termRate + (borrow ? 0.25 : 0)) continue;
    const original = parts[index] ?? '';
    const trailing = /[.,;:!?)]+$/.exec(original)?.[0] ?? '';
    const term = roll < termRate ? vocabulary.draw(random) : borrow!();
    parts[index] = term + trailing;
  }
  for (const index of slotsOf.nameSlots) {
    const original = parts[index] ?? '';
    parts[index] = (name ?? vocabulary.draw(random)) + (/[.,;:!?)]+$/.exec(original)?.[0] ?? '');
  }
  return parts.join('');
}

/** A title of about ten words: a real title's shape with some words swapped, maybe behind a method name. */
export function composeTitle(pools: TextPools, fillWith: Fill): string {
  const rest = fill(
    pick(fillWith.random, pools.titles),
    { ...fillWith, termRate: fillWith.termRate * 0.6 },
    () => pick(fillWith.random, pools.titleWords),
  );
  return fillWith.name ? `${fillWith.name}: ${rest}` : rest;
}

/** An abstract of `minWords`..`maxWords` words: an opening, body sentences, a closing, then `extra` sentences. */
export function composeAbstract(
  pools: TextPools,
  fillWith: Fill,
  minWords: number,
  maxWords: number,
): string {
  const { random } = fillWith;
  // Sum of two uniforms: lengths bunch around the middle as real abstracts do.
  const target = Math.round(
    (randomInt(random, minWords, maxWords) + randomInt(random, minWords, maxWords)) / 2,
  );
  const closing = pick(random, pools.closings);
  const chosen = [pick(random, pools.openings)];
  let words = chosen[0].words + closing.words;
  while (words < target) {
    const body = pick(random, pools.bodies);
    chosen.push(body);
    words += body.words;
  }
  chosen.push(closing);
  return chosen.map((sentence) => fill(sentence, fillWith)).join(' ');
}
