import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate, parseListingDate } from '@/features/papers/listing/dates';
import { formatListing, parseListing } from '@/features/papers/listing/parser';
import {
  cleanText,
  isHeaderLine,
  isSeparatorLine,
  parseAuthorsLine,
} from '@/features/papers/listing/syntax';
import type { Paper } from '@/features/papers/schema';

/**
 * parse(format(papers)) gives the papers back, for generated text far less tidy than the seed's:
 * any script, emoji, URLs, LaTeX leftovers, any date with a 4-digit year, any comment count.
 */

fc.configureGlobal({ seed: 20251209, numRuns: 150 });

const CAPTURED = '2025-12-09';

const word = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z][a-z0-9]{0,9}[.,:;?!)]?$/) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'שלום',
      'نموذج',
      '\u200fRTL',
      '模型',
      '😀',
      '👩🏽‍🔬',
      'Modèle',
      'ﬁne-tuning',
      '50\\%',
      'sim7\\%',
      '22.58times',
      '(https://github.com/kyutai-labs/moshi).',
      'https://huggingface.co/collections/x/y',
      'arXiv:2305.07922',
      '·',
      '•',
      '-',
      '"',
    ),
  },
);
// Text as the parser hands it out: cleaned (one line, single spaces, no zero-width characters).
const line = (min: number, max: number) =>
  fc
    .array(word, { minLength: min, maxLength: max })
    .map((words) => cleanText(words.join(' ')))
    .filter((text) => text !== '');
// A line that reads as listing syntax cannot come back (see formatListing): leave those out.
const readsAsSyntax = (text: string) =>
  isHeaderLine(text) ||
  isSeparatorLine(text) ||
  parseAuthorsLine(text) !== null ||
  parseListingDate(text) !== null;
const isoDay = fc
  .tuple(
    fc.integer({ min: 1000, max: 9999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
  .filter(isIsoDate);
const metadata = fc.record({
  publishedAt: fc.oneof(isoDay, fc.constantFrom('2025-12-09', '2025-02-28', '2024-02-29')),
  comments: fc.oneof(fc.nat({ max: 20 }), fc.nat({ max: 999_999 })),
  authorCount: fc.nat({ max: 9999 }),
});
const generated = fc.record({
  title: line(1, 25).filter((title) => !readsAsSyntax(title)),
  abstract: line(1, 300).filter((abstract) => !readsAsSyntax(abstract)),
  metadata: fc.option(metadata, { freq: 4 }),
});

function asPaper({ title, abstract, metadata: meta }: GeneratedEntry): Paper {
  return {
    id: 'x',
    title,
    abstract,
    authorCount: meta?.authorCount ?? null,
    authors: [],
    organization: null,
    publishedAt: meta?.publishedAt ?? null,
    comments: meta?.comments ?? null,
    upvotes: null,
    arxivId: null,
    codeUrl: null,
    projectUrl: null,
    links: [],
    topics: [],
  };
}
type GeneratedEntry = typeof generated extends fc.Arbitrary<infer T> ? T : never;

const carried = ({ title, abstract, publishedAt, comments, authorCount }: Paper) => ({
  title,
  abstract,
  publishedAt,
  comments,
  authorCount,
});

describe('formatListing then parseListing, on generated papers', () => {
  it('gives back every title, abstract, date, comment count and author count', () => {
    fc.assert(
      fc.property(fc.array(generated, { minLength: 1, maxLength: 6 }), (entries) => {
        const papers = entries.map(asPaper);
        const text = formatListing(papers, CAPTURED);
        const result = parseListing(text, { capturedAt: CAPTURED });
        if (!result.ok) throw new Error(JSON.stringify({ text, errors: result.errors }));
        expect(result.papers.map(carried)).toEqual(papers.map(carried));
      }),
    );
  });
});
