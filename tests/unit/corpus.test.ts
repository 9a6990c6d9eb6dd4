import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '@/features/papers/schema';
import { distinctTerms, generateCorpus } from '../../scripts/bench/corpus-generate';
import { splitCapture } from '../../scripts/bench/corpus-source';

// Vitest runs from the project root.
const capture = readFileSync(resolve('data/raw/hf-daily-papers-2025-12-09.txt'), 'utf8');
const source = splitCapture(capture);
const corpus = generateCorpus(source, { count: 500, seed: 7 });
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('splitCapture', () => {
  it('finds every title/abstract pair and organisation of the captured listing', () => {
    expect(source.papers).toHaveLength(40);
    expect(source.papers[0]?.title).toMatch(/^ARMOR v0\.1:/);
    expect(
      source.papers.every((paper) => paper.abstract.length > 300 && paper.title.length < 200),
    ).toBe(true);
    expect(source.organizations.map((org) => org.handle)).toEqual(['kyutai', 'furiosa-ai']);
  });
});

describe('generateCorpus', () => {
  it('gives the same catalogue for the same seed and another for another seed', () => {
    expect(JSON.stringify(generateCorpus(source, { count: 500, seed: 7 }))).toBe(
      JSON.stringify(corpus),
    );
    const other = generateCorpus(source, { count: 500, seed: 8 });
    expect(other.papers.map((paper) => paper.title)).not.toEqual(
      corpus.papers.map((paper) => paper.title),
    );
  });

  it('writes a valid dataset with unique arXiv-style ids that match the dates', () => {
    expect(datasetSchema.safeParse(corpus).success).toBe(true);
    expect(corpus.papers).toHaveLength(500);
    const ids = corpus.papers.map((paper) => paper.id);
    expect(new Set(ids).size).toBe(500);
    for (const paper of corpus.papers) {
      expect(paper.id).toMatch(/^\d{4}\.\d{5}$/);
      if (paper.publishedAt)
        expect(paper.id.slice(0, 4)).toBe(
          paper.publishedAt.slice(2, 4) + paper.publishedAt.slice(5, 7),
        );
    }
  });

  it('grows the vocabulary well beyond the capture, and keeps growing with the catalogue', () => {
    const captured = distinctTerms(source.papers);
    const small = distinctTerms(corpus.papers.slice(0, 100));
    const all = distinctTerms(corpus.papers);
    expect(all).toBeGreaterThan(captured * 2);
    expect(all).toBeGreaterThan(small * 2);
  });

  it('has realistic lengths, years, organisations and code-link share', () => {
    const titleWords = corpus.papers.reduce((sum, paper) => sum + wordCount(paper.title), 0) / 500;
    expect(titleWords).toBeGreaterThan(7);
    expect(titleWords).toBeLessThan(13);
    for (const paper of corpus.papers) {
      // 150-250 words of sentences, plus up to three link sentences.
      expect(wordCount(paper.abstract)).toBeGreaterThanOrEqual(150);
      expect(wordCount(paper.abstract)).toBeLessThan(320);
    }
    const years = new Set(
      corpus.papers.map((paper) => paper.publishedAt?.slice(0, 4)).filter(Boolean),
    );
    expect([...years].sort()).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(
      corpus.papers.every((paper) => !paper.publishedAt || paper.publishedAt <= corpus.capturedAt),
    ).toBe(true);

    const codeShare = corpus.papers.filter((paper) => paper.codeUrl).length / 500;
    expect(codeShare).toBeGreaterThan(0.33);
    expect(codeShare).toBeLessThan(0.47);
    const withCode = corpus.papers.filter((paper) => paper.codeUrl);
    expect(
      withCode.every(
        (paper) => paper.abstract.includes(paper.codeUrl!) && paper.links.includes(paper.codeUrl!),
      ),
    ).toBe(true);

    const organizations = new Set(
      corpus.papers.map((paper) => paper.organization?.handle).filter(Boolean),
    );
    expect(organizations.size).toBeGreaterThan(30);
    expect(corpus.papers.some((paper) => paper.topics.length > 0)).toBe(true);
    expect(corpus.papers.some((paper) => (paper.comments ?? 0) > 10)).toBe(true);
  });

  it('follows a lower code-link share when configured', () => {
    const sparse = generateCorpus(source, { count: 500, seed: 7, codeShare: 0.1 });
    const share = sparse.papers.filter((paper) => paper.codeUrl).length / 500;
    expect(share).toBeGreaterThan(0.05);
    expect(share).toBeLessThan(0.15);
  });
});
