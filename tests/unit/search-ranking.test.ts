import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Paper } from '@/features/papers/schema';
import { emptyFilters } from '@/features/search/facets/filters';
import { containsPhrase } from '@/features/search/match/phrases';
import { createSearchEngine, type SearchEngine } from '@/features/search/engine';
import { matchFactor } from '@/features/search/match/term-groups';
import { tokenize } from '@/features/search/text/tokenize';
import { blankPaper } from '../fixtures/paper';

const papers = datasetSchema.parse(
  JSON.parse(readFileSync(resolve('public/papers.json'), 'utf8')),
).papers;
const engine = createSearchEngine(papers);

function search(text: string, on: SearchEngine = engine, list: readonly Paper[] = papers): Paper[] {
  return [...on.search({ text, filters: emptyFilters(), sort: null, scope: 'all' }).docs].map(
    (doc) => list[doc],
  );
}
const titled = (start: string) => papers.find((paper) => paper.title.startsWith(start))!;
/** Whether a word of `text` is `word` itself or an inflection of it. */
const hasWord = (text: string, word: string) =>
  tokenize(text).some((term) => matchFactor(word, term, false, 0) >= 0.9);
const allText = (paper: Paper) =>
  [paper.title, paper.abstract, paper.topics.join(' '), paper.organization?.name ?? ''].join('\n');

describe('ranking on the captured catalogue', () => {
  it('uses the 40-paper catalogue', () => {
    expect(papers).toHaveLength(40);
  });

  it('puts speech papers first for speech queries', () => {
    const [first] = search('speech recognition');
    expect(first.topics).toContain('Speech');
    const speech = search('speech');
    const speechPapers = papers.filter((paper) => paper.topics.includes('Speech'));
    expect(
      speech
        .slice(0, speechPapers.length)
        .map((p) => p.id)
        .sort(),
    ).toEqual(speechPapers.map((p) => p.id).sort());
  });

  it.each(['compression', 'transformer', 'encoder', 'decoding', 'parallel', 'vision', 'language'])(
    'ranks every title match above every abstract-only match: %s',
    (word) => {
      const inTitle = search(`${word} `).map((paper) => hasWord(paper.title, word));
      expect(inTitle).toContain(true);
      expect(inTitle).toContain(false);
      expect(inTitle.indexOf(false)).toBe(inTitle.lastIndexOf(true) + 1);
    },
  );

  it.each([
    ['encoder', 'speech'],
    ['efficient', 'diffusion'],
    ['language', 'code'],
  ])('requires every word (AND): %s %s', (a, b) => {
    const both = search(`${a} ${b} `)
      .map((p) => p.id)
      .sort();
    const onlyA = new Set(search(`${a} `).map((p) => p.id));
    const intersection = search(`${b} `)
      .filter((p) => onlyA.has(p.id))
      .map((p) => p.id)
      .sort();
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(onlyA.size);
    expect(both).toEqual(intersection);
  });

  it('completes the word being typed: distil finds distillation', () => {
    expect(search('distil')[0]).toEqual(titled('Hybrid Distillation'));
    expect(search('masked autoenc').map((p) => p.title)).toContain(
      titled('Hybrid Distillation').title,
    );
    // Once the word is finished (a space follows), it is a word, not a prefix.
    expect(search('bottlen')[0]).toEqual(titled('Discrete Key-Value Bottleneck'));
    expect(search('bottlen ')).toEqual([]);
  });

  it('forgives a typo in a long word', () => {
    const found = search('transfomer ');
    const withTitle = papers.filter((paper) => hasWord(paper.title, 'transformer'));
    expect(
      found
        .slice(0, withTitle.length)
        .map((p) => p.id)
        .sort(),
    ).toEqual(withTitle.map((p) => p.id).sort());
    const withWord = papers.filter((paper) => /\btransformers?\b/i.test(allText(paper)));
    expect(found.map((p) => p.id)).toEqual(expect.arrayContaining(withWord.map((p) => p.id)));
  });

  it('forgives no typo in a short word', () => {
    const gpu = search('gpu ');
    expect(gpu.length).toBeGreaterThan(0);
    expect(gpu.every((paper) => hasWord(allText(paper), 'gpu'))).toBe(true);
  });

  it('excludes -words', () => {
    const compression = search('compression ');
    const withoutImage = search('compression -image ');
    expect(withoutImage.length).toBeGreaterThan(0);
    expect(withoutImage.length).toBeLessThan(compression.length);
    expect(withoutImage.some((paper) => hasWord(allText(paper), 'image'))).toBe(false);
    expect(withoutImage).toEqual(compression.filter((paper) => !hasWord(allText(paper), 'image')));
  });

  it('matches "phrases" as consecutive words only', () => {
    const phrase = search('"parallel decoding"');
    expect(phrase.length).toBeGreaterThan(0);
    expect(
      phrase.every(
        (paper) =>
          containsPhrase(paper.title, 'parallel decoding') ||
          containsPhrase(paper.abstract, 'parallel decoding'),
      ),
    ).toBe(true);
    const phrasePapers = papers.filter(
      (paper) =>
        containsPhrase(paper.title, 'parallel decoding') ||
        containsPhrase(paper.abstract, 'parallel decoding'),
    );
    expect(phrase.map((p) => p.id).sort()).toEqual(phrasePapers.map((p) => p.id).sort());
  });

  it('matches a phrase with stop words in it', () => {
    const found = search('"is all you need"').map((paper) => paper.title);
    expect(found).toHaveLength(2);
    expect(found.every((title) => /is all you need/i.test(title))).toBe(true);
  });
});

describe('ranking on small catalogues', () => {
  const paper = (id: string, title: string, abstract = '') => blankPaper(id, { title, abstract });

  it('ignores case and accents on both sides', () => {
    const list = [
      paper('a', 'Un modèle de langue'),
      paper('b', 'A simple MODELE'),
      paper('c', 'Unrelated work'),
    ];
    const small = createSearchEngine(list);
    for (const text of ['modele ', 'modèle ', 'MODÈLE ', 'Modéle ']) {
      expect(
        search(text, small, list)
          .map((p) => p.id)
          .sort(),
      ).toEqual(['a', 'b']);
    }
  });

  it('drops a phrase match whose words are not consecutive', () => {
    const list = [
      paper('a', 'Parallel decoding for LLMs'),
      paper('b', 'Decoding in parallel'),
      paper('c', 'Parallel speculative decoding'),
    ];
    const small = createSearchEngine(list);
    expect(
      search('parallel decoding ', small, list)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    expect(search('"parallel decoding"', small, list).map((p) => p.id)).toEqual(['a']);
  });

  it('matches phrases in abstracts, single letters and stop words included', () => {
    const list = [
      paper('a', 'One', 'We train a model with a 7 B budget on GPUs.'),
      paper('b', 'Two', 'We train with 7 B parameters and a budget.'),
    ];
    const small = createSearchEngine(list);
    expect(search('"with a 7 b budget"', small, list).map((p) => p.id)).toEqual(['a']);
    expect(search('"with 7 b"', small, list).map((p) => p.id)).toEqual(['b']);
    expect(search('"train a model"', small, list).map((p) => p.id)).toEqual(['a']);
    expect(search('"budget on gpus"', small, list).map((p) => p.id)).toEqual(['a']);
  });

  it('ranks a title match above many abstract matches', () => {
    const list = [
      paper('abstract', 'Something else', 'speech speech speech speech speech'),
      paper('title', 'Speech models', 'other words'),
    ];
    const small = createSearchEngine(list);
    expect(search('speech ', small, list).map((p) => p.id)).toEqual(['title', 'abstract']);
  });
});
