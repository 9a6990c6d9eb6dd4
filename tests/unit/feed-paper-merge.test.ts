import { describe, expect, it } from 'vitest';
import { mergePaper, sameContent } from '@/features/feed/paper-merge';
import { blankPaper } from '../fixtures/paper';

const bundled = blankPaper('large-multimodal-models-as-general-in-context-classifiers', {
  title: 'Large Multimodal Models as General In-Context Classifiers',
  abstract: 'Which multimodal model should we use for classification?',
  authorCount: 5,
  comments: 1,
  upvotes: 4,
  topics: ['Multimodal'],
});
const fetched = blankPaper('2602.23229', {
  title: 'Large multimodal models as general in-context classifiers',
  abstract: 'Which multimodal model should we use for classification? Previous studies suggest...',
  arxivId: '2602.23229',
  authors: [
    'Marco Garosi',
    'Matteo Farina',
    'Alessandro Conti',
    'Massimiliano Mancini',
    'Elisa Ricci',
  ],
  authorCount: 5,
  upvotes: 10,
  githubStars: 9,
  dailyDate: '2026-03-06',
  fetchedAt: '2026-03-06T10:00:00.000Z',
});

describe('mergePaper', () => {
  it('keeps the bundled id, gaining the arXiv id, authors and upvotes of the fetched copy', () => {
    const merged = mergePaper(bundled, fetched);
    expect(merged).toMatchObject({
      id: bundled.id,
      arxivId: '2602.23229',
      authors: fetched.authors,
      upvotes: 10,
      githubStars: 9,
      comments: 1,
      dailyDate: '2026-03-06',
      topics: ['Multimodal'],
    });
    expect(merged.abstract).toBe(fetched.abstract);
  });

  it('lets a later fetch update upvotes and stars, even downwards', () => {
    const later = {
      ...fetched,
      upvotes: 8,
      githubStars: 12,
      fetchedAt: '2026-03-07T10:00:00.000Z',
    };
    expect(mergePaper(fetched, later)).toMatchObject({ upvotes: 8, githubStars: 12 });
  });

  it('does not let an older copy overwrite newer counts, but fills what it lacks', () => {
    const older = {
      ...fetched,
      upvotes: 3,
      projectUrl: 'https://example.org/',
      fetchedAt: '2026-03-01T00:00:00.000Z',
    };
    expect(mergePaper(fetched, older)).toMatchObject({
      upvotes: 10,
      projectUrl: 'https://example.org/',
    });
    expect(mergePaper(fetched, bundled)).toMatchObject({ upvotes: 10, id: '2602.23229' });
  });

  it('never forgets a known field because the newer copy does not know it', () => {
    const sparse = blankPaper('2602.23229', {
      title: fetched.title,
      arxivId: '2602.23229',
      fetchedAt: '2026-03-08T00:00:00.000Z',
    });
    const merged = mergePaper(fetched, sparse);
    expect(merged).toMatchObject({ authors: fetched.authors, upvotes: 10, githubStars: 9 });
    expect(merged.abstract).toBe(fetched.abstract);
  });

  it('joins links and leaves unknown optional fields absent', () => {
    const a = blankPaper('a', { links: ['https://a.example/'] });
    const b = blankPaper('a', { links: ['https://b.example/', 'https://a.example/'] });
    const merged = mergePaper(a, b);
    expect(merged.links).toEqual(['https://a.example/', 'https://b.example/']);
    expect(Object.keys(merged)).not.toContain('githubStars');
  });
});

describe('sameContent', () => {
  it('ignores only when a copy was fetched', () => {
    expect(sameContent(fetched, { ...fetched, fetchedAt: '2030-01-01T00:00:00.000Z' })).toBe(true);
    expect(sameContent(fetched, { ...fetched, upvotes: 11 })).toBe(false);
    expect(sameContent(fetched, { ...fetched, organization: { handle: 'x', name: 'X' } })).toBe(
      false,
    );
  });
});
