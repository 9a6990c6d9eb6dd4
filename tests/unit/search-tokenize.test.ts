import { describe, expect, it } from 'vitest';
import { allowedEdits, boundedEditDistance } from '@/features/search/text/edit-distance';
import { matchFactor } from '@/features/search/match/term-groups';
import { TermTable, hashWord } from '@/features/search/index/term-table';
import { fold, slugKey, tokenize } from '@/features/search/text/tokenize';
import { WordSequences } from '@/features/search/index/word-sequences';

describe('fold and tokenize', () => {
  it('lowercases and strips accents, including letters NFKD keeps whole', () => {
    expect(fold('Modèle NAÏVE Ærø Łódź ﬁne')).toBe('modele naive aero lodz fine');
  });

  it('splits on anything but letters and digits, keeping hyphen parts', () => {
    expect(tokenize('Encoder-Decoder (GPT-4o) x2 “quoted”')).toEqual([
      'encoder',
      'decoder',
      'gpt',
      '4o',
      'x2',
      'quoted',
    ]);
  });

  it('drops stop words, one-character words and URL debris', () => {
    expect(tokenize('A study of the model at https://www.example.com/x')).toEqual([
      'study',
      'model',
      'example',
    ]);
  });

  it('keeps non-Latin letters', () => {
    expect(tokenize('α-divergence для 模型')).toEqual(['divergence', 'для', '模型']);
  });

  it('makes one key for spellings of a name', () => {
    expect(slugKey('Language Models')).toBe('language-models');
    expect(slugKey('  language-models ')).toBe('language-models');
    expect(slugKey('Réseaux / Neuronaux')).toBe('reseaux-neuronaux');
  });
});

describe('term table', () => {
  it('finds a word from a slice of raw text, reading ASCII uppercase as lowercase', () => {
    const table = new TermTable();
    const text = 'The TRANSFORMER block';
    const id = table.internSlice(text, 4, 15, hashWord('transformer'));
    expect(table.terms[id]).toBe('transformer');
    expect(table.get('transformer')).toBe(id);
    expect(table.internSlice('transformer', 0, 11, hashWord('transformer'))).toBe(id);
    expect(table.get('transform')).toBe(-1);
  });

  it('keeps every word retrievable as it grows past its first capacity', () => {
    const table = new TermTable();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const ids = words.map((word) => table.internSlice(word, 0, word.length, hashWord(word)));
    expect(words.map((word) => table.get(word))).toEqual(ids);
    expect(new Set(ids).size).toBe(words.length);
  });

  it('flags stop words', () => {
    const table = new TermTable();
    const the = table.internSlice('the', 0, 3, hashWord('the'));
    const speech = table.internSlice('speech', 0, 6, hashWord('speech'));
    expect([table.stop[the], table.stop[speech]]).toEqual([1, 0]);
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
    expect(boundedEditDistance('transfomer', 'transformer', 2)).toBe(1);
    expect(boundedEditDistance('recieve', 'receive', 2)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedEditDistance('speech', 'speech', 1)).toBe(0);
  });

  it('gives up past the bound', () => {
    expect(boundedEditDistance('encoder', 'decoder', 1)).toBe(2);
    expect(boundedEditDistance('graph', 'transformer', 2)).toBe(3);
  });

  it('allows no typo in short words, one from 5 letters, two from 9', () => {
    expect(['gpu', 'code', 'graph', 'diffusion'].map(allowedEdits)).toEqual([0, 0, 1, 2]);
  });

  it('ranks exact over inflection over completion over typo', () => {
    const exact = matchFactor('encoder', 'encoder', true, 1);
    const inflected = matchFactor('encoder', 'encoders', true, 1);
    const completed = matchFactor('distil', 'distillation', true, 1);
    const typo = matchFactor('transfomer', 'transformer', false, 2);
    expect(exact).toBeGreaterThan(inflected);
    expect(inflected).toBeGreaterThan(completed);
    expect(completed).toBeGreaterThan(typo);
    expect(typo).toBeGreaterThan(0);
    expect(matchFactor('distil', 'distillation', false, 1)).toBe(0);
    expect(matchFactor('gpu', 'cpu', false, 0)).toBe(0);
  });
});

describe('word sequences', () => {
  it('stores term numbers of any size compactly and reads them back in order', () => {
    const sequences = new WordSequences();
    const numbers = [0, 1, 127, 128, 300, 16_383, 16_384, 2_000_000, 5];
    sequences.begin(3);
    numbers.forEach((n) => sequences.push(n));
    sequences.end(3);
    sequences.begin(4);
    sequences.push(9);
    sequences.end(4);
    expect([...sequences.read(3)]).toEqual(numbers);
    expect([...sequences.read(4)]).toEqual([9]);
    expect(sequences.has(2)).toBe(false);
    expect([...sequences.read(2)]).toEqual([]);
  });

  it('finds consecutive runs only', () => {
    const sequences = new WordSequences();
    sequences.begin(0);
    [5, 6, 7, 5, 7].forEach((n) => sequences.push(n));
    sequences.end(0);
    expect(sequences.contains(0, [6, 7])).toBe(true);
    expect(sequences.contains(0, [5, 7])).toBe(true);
    expect(sequences.contains(0, [5, 6, 7, 5, 7])).toBe(true);
    expect(sequences.contains(0, [6, 5])).toBe(false);
    expect(sequences.contains(0, [7, 5, 7, 5])).toBe(false);
  });
});
