import { describe, expect, it } from 'vitest';
import { highlight } from '@/features/search/ranking/highlight';
import type { HighlightTerm } from '@/features/search/types';

const exact = (term: string): HighlightTerm => ({ term, prefix: false, maxEdits: 0 });
const marked = (text: string, terms: HighlightTerm[]) =>
  highlight(text, terms)
    .filter((segment) => segment.match)
    .map((segment) => segment.text);

describe('highlight', () => {
  it('returns the text unchanged, split into matching and other runs', () => {
    const text = 'Training <b>Speech</b> models & speech-to-text.';
    const segments = highlight(text, [exact('speech')]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments).toEqual([
      { text: 'Training <b>', match: false },
      { text: 'Speech', match: true },
      { text: '</b> models & ', match: false },
      { text: 'speech', match: true },
      { text: '-to-text.', match: false },
    ]);
  });

  it('ignores case and accents', () => {
    expect(marked('Un Modèle, un MODELE', [exact('modele')])).toEqual(['Modèle', 'MODELE']);
    expect(marked('cafe\u0301 and café', [exact('cafe')])).toEqual(['cafe\u0301', 'café']);
  });

  it('marks completions of the word being typed, and only of that word', () => {
    expect(
      marked('Distillation for distilled models', [{ term: 'distil', prefix: true, maxEdits: 1 }]),
    ).toEqual(['Distillation', 'distilled']);
    expect(marked('Distillation for distilled models', [exact('distil')])).toEqual([]);
  });

  it('marks typo matches and inflections as the search finds them', () => {
    expect(
      marked('Transformers and a transformer', [
        { term: 'transfomer', prefix: false, maxEdits: 2 },
      ]),
    ).toEqual(['Transformers', 'transformer']);
    expect(marked('encoders, encoder, encoding', [exact('encoder')])).toEqual([
      'encoders',
      'encoder',
    ]);
  });

  it('does not mark short words by similarity', () => {
    expect(marked('CPU and GPU', [{ term: 'gpu', prefix: false, maxEdits: 0 }])).toEqual(['GPU']);
  });

  it('marks nothing without terms', () => {
    expect(highlight('Some text', [])).toEqual([{ text: 'Some text', match: false }]);
    expect(highlight('', [exact('x')])).toEqual([]);
  });
});
