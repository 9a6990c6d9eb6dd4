import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatListing, parseListing, type ListingResult } from '@/features/papers/listing/parser';
import { isHeaderLine } from '@/features/papers/listing/syntax';
import type { Paper } from '@/features/papers/schema';

const raw = readFileSync('data/raw/hf-daily-papers-2025-12-09.txt', 'utf8');

function papersOf(result: ListingResult): Paper[] {
  if (!result.ok)
    throw new Error(result.errors.map((error) => `${error.line}: ${error.message}`).join('\n'));
  return result.papers;
}

describe('formatListing', () => {
  it('writes the captured listing back so that it parses to the same papers', () => {
    const papers = papersOf(parseListing(raw, { capturedAt: '2025-12-09' }));
    const text = formatListing(papers, '2025-12-09');
    expect(papersOf(parseListing(text, { capturedAt: '2025-12-09' }))).toEqual(papers);
    // No capture date given: the header it writes carries the day, the year comes from "today".
    expect(papersOf(parseListing(text, { today: '2026-01-15' }))).toEqual(papers);
  });

  it('writes entries the way the page reads when copied', () => {
    const papers = papersOf(parseListing(raw, { capturedAt: '2025-12-09' }));
    const text = formatListing(papers.slice(6, 8), '2025-12-09');
    expect(text.split('\n').slice(0, 12)).toEqual([
      'new',
      '',
      'Get trending papers in your email inbox!',
      '',
      'Subscribe',
      '',
      'Daily Papers',
      '',
      'byAK and the research community',
      '',
      'Dec 9',
      '',
    ]);
    expect(text.split('\n').slice(12, 14)).toEqual([
      'Training and Inference Efficiency of Encoder-Decoder Speech Models',
      '',
    ]);
    expect(text.split('\n').slice(15)).toEqual([
      '',
      'ARC-Encoder: learning compressed text representations for large language models',
      '',
      papers[7].abstract,
      '',
      'kyutai Kyutai',
      '·',
      'Oct 23, 2025 1',
      '',
    ]);
  });

  it('round-trips the hand-made listing, arXiv id and repeated title included', () => {
    const text = readFileSync('tests/fixtures/listings/no-header-2024-03-15.txt', 'utf8');
    const papers = papersOf(parseListing(text, { capturedAt: '2024-03-15' }));
    expect(
      papersOf(parseListing(formatListing(papers, '2024-03-15'), { capturedAt: '2024-03-15' })),
    ).toEqual(papers);
  });
});

const word = fc.stringMatching(/^[A-Za-z][a-z0-9]{0,9}[.,:]?$/);
const words = (min: number, max: number) =>
  fc.array(word, { minLength: min, maxLength: max }).map((list) => list.join(' '));
const isoDay = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
const byline = fc.oneof(
  fc.record({ authorCount: fc.nat({ max: 400 }), organization: fc.constant(null) }),
  fc.record({
    authorCount: fc.constant(null),
    organization: fc.record({
      handle: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/),
      name: words(1, 3),
    }),
  }),
);
const entry = fc.record({
  // A title that reads as a header line ("Subscribe") cannot survive a round trip: see formatListing.
  title: words(1, 12).filter((title) => title.length > 1 && !isHeaderLine(title)),
  abstract: words(20, 80),
  metadata: fc.option(fc.record({ byline, publishedAt: isoDay, comments: fc.nat({ max: 500 }) })),
});

type Entry = typeof entry extends fc.Arbitrary<infer T> ? T : never;

function asPaper(generated: Entry): Paper {
  const { metadata } = generated;
  return {
    id: 'x',
    title: generated.title,
    abstract: generated.abstract,
    authors: [],
    upvotes: null,
    arxivId: null,
    codeUrl: null,
    projectUrl: null,
    links: [],
    topics: [],
    authorCount: metadata?.byline.authorCount ?? null,
    organization: metadata?.byline.organization ?? null,
    publishedAt: metadata?.publishedAt ?? null,
    comments: metadata?.comments ?? null,
  };
}

const carried = (paper: Paper) => {
  const { title, abstract, authorCount, organization, publishedAt, comments } = paper;
  return { title, abstract, authorCount, organization, publishedAt, comments };
};

describe('formatListing and parseListing, on generated papers', () => {
  it('carry every field a listing can hold, and format(parse(x)) is stable', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 8 }), (entries) => {
        const papers = entries.map(asPaper);
        const once = papersOf(
          parseListing(formatListing(papers, '2025-12-09'), { capturedAt: '2025-12-09' }),
        );
        expect(once.map(carried)).toEqual(papers.map(carried));
        const twice = papersOf(
          parseListing(formatListing(once, '2025-12-09'), { capturedAt: '2025-12-09' }),
        );
        expect(twice).toEqual(once);
        expect(new Set(once.map((paper) => paper.id)).size).toBe(once.length);
      }),
      { numRuns: 150 },
    );
  });

  it('parseListing never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.array(fc.constantFrom(...raw.split('\n').slice(0, 60))).map((l) => l.join('\n')),
        ),
        (text) => {
          const result = parseListing(text, { capturedAt: '2025-12-09' });
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
