import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeedAnswer, parsePaper } from '@/features/feed/hf-api-schema';
import { paperSchema } from '@/features/papers/schema';

const sample = (name: string): unknown =>
  JSON.parse(readFileSync(`tests/fixtures/${name}`, 'utf8'));
const dailyItems = () => sample('hf-api-daily-papers-item.json') as Record<string, unknown>[];
const item = () => dailyItems()[0] as { paper: Record<string, unknown> } & Record<string, unknown>;

function papersOf(value: unknown, day?: string) {
  const parsed = parseFeedAnswer(value, day ? { day } : {});
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.papers;
}

function problemOf(value: unknown) {
  const parsed = parseFeedAnswer(value);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.message;
}

describe('a daily_papers item (real sample)', () => {
  it('maps every field the feed shows', () => {
    const [paper] = papersOf(dailyItems());
    expect(paper).toMatchObject({
      id: '2602.23229',
      arxivId: '2602.23229',
      title: 'Large Multimodal Models as General In-Context Classifiers',
      authors: [
        'Marco Garosi',
        'Matteo Farina',
        'Alessandro Conti',
        'Massimiliano Mancini',
        'Elisa Ricci',
      ],
      upvotes: 10,
      comments: 1,
      githubStars: 9,
      codeUrl: 'https://github.com/marco-garosi/CIRCLE',
      projectUrl: 'https://circle-lmm.github.io/',
      organization: { handle: 'MHUGLab', name: 'Multimedia and Human Understanding Group' },
      publishedAt: '2026-02-26',
      dailyDate: '2026-03-06',
      thumbnail: 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2602.23229.png',
    });
    expect(paper.aiSummary).toMatch(/^Large Multimodal Models demonstrate/);
    expect(paper.aiKeywords).toContain('in-context learning');
    expect(paperSchema.safeParse(paper).success).toBe(true);
  });

  it('leaves unknown what the item does not say, instead of zero or empty', () => {
    const bare = { paper: { id: '2601.00001', title: 'Only a title' } };
    const [paper] = papersOf([bare]);
    expect(paper).toMatchObject({
      upvotes: null,
      comments: null,
      codeUrl: null,
      authorCount: null,
    });
    for (const field of ['githubStars', 'aiSummary', 'aiKeywords', 'thumbnail', 'dailyDate'])
      expect(paper).not.toHaveProperty(field);
  });

  it('treats null optional fields as unknown', () => {
    const sparse = item();
    Object.assign(sparse.paper, { githubRepo: null, githubStars: null, ai_keywords: null });
    const [paper] = papersOf([sparse]);
    expect(paper.codeUrl).toBeNull();
    expect(paper).not.toHaveProperty('githubStars');
    expect(paper).not.toHaveProperty('aiKeywords');
  });

  it('files the paper under the requested day when it does not carry its own', () => {
    const undated = item();
    delete undated.paper.submittedOnDailyAt;
    expect(papersOf([undated], '2026-03-05')[0].dailyDate).toBe('2026-03-05');
  });

  it('skips empty author names and joins hard-wrapped titles', () => {
    const wrapped = item();
    wrapped.paper.title = 'Large Multimodal Models as\n  General In-Context Classifiers';
    wrapped.paper.authors = [{ name: 'Ada Lovelace' }, { name: '  ' }, {}];
    const [paper] = papersOf([wrapped]);
    expect(paper.title).toBe('Large Multimodal Models as General In-Context Classifiers');
    expect(paper.authors).toEqual(['Ada Lovelace']);
  });

  it('never turns a javascript: thumbnail or repository into a link', () => {
    const hostile = item();
    hostile.thumbnail = 'javascript:alert(1)';
    hostile.paper.githubRepo = 'javascript:alert(1)';
    const [paper] = papersOf([hostile]);
    expect(paper).not.toHaveProperty('thumbnail');
    expect(paper.codeUrl).toBeNull();
  });
});

describe('a bare paper object (real sample of /api/papers/{id})', () => {
  it('maps authors, upvotes and the AI summary, with no comment count', () => {
    const parsed = parsePaper(sample('hf-api-paper-object.json'));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.paper).toMatchObject({ id: '2407.13168', upvotes: 17, comments: null });
    expect(parsed.paper.authors).toHaveLength(30);
    expect(parsed.paper.abstract).not.toContain('\n');
    expect(parsed.paper.aiKeywords).toEqual([
      'language models',
      'coding benchmark',
      'knowledge recall',
      'reasoning',
      'code synthesis',
      'scientific AI',
    ]);
    expect(parsed.paper.dailyDate).toBe('2024-07-22');
  });

  it('is accepted in a list, as search answers', () => {
    expect(papersOf([sample('hf-api-paper-object.json')]).map((paper) => paper.id)).toEqual([
      '2407.13168',
    ]);
  });
});

describe('hostile and truncated answers', () => {
  it('names the item, its id and the field', () => {
    const broken = { paper: { id: '2512.01234', title: 42 } };
    expect(problemOf([item(), item(), item(), broken])).toBe(
      'item 3 (2512.01234): paper.title: expected a string',
    );
  });

  it('names a missing paper id', () => {
    const broken = item();
    delete broken.paper.id;
    expect(problemOf([broken])).toBe('item 0: paper.id: missing (expected a string)');
  });

  it('names wrong types deep inside an item', () => {
    const broken = item();
    broken.paper.authors = [{ name: 7 }];
    expect(problemOf([broken])).toBe(
      'item 0 (2602.23229): paper.authors[0].name: expected a string',
    );
    const counted = item();
    counted.numComments = '1';
    expect(problemOf([counted])).toBe('item 0 (2602.23229): numComments: expected a number');
  });

  it('refuses negative or fractional counts with the field named', () => {
    const broken = item();
    broken.paper.upvotes = -3;
    expect(problemOf([broken])).toBe('item 0 (2602.23229): paper.upvotes: must be at least 0');
  });

  it('refuses an answer that is not a list', () => {
    expect(problemOf({ error: 'Invalid date' })).toBe('expected a list of papers, found an object');
    expect(problemOf(null)).toBe('expected a list of papers, found null');
  });

  it('refuses an item that is not an object', () => {
    expect(problemOf([item(), 'oops'])).toMatch(/^item 1: /);
  });

  it('reads a day of 5,000 papers, and stops at the first bad one in a long answer', () => {
    const many = Array.from({ length: 5000 }, (_, i) => {
      const copy = item();
      copy.paper.id = `2603.${String(i).padStart(5, '0')}`;
      copy.paper.title = `Paper number ${i}`;
      return copy;
    });
    expect(papersOf(many)).toHaveLength(5000);
    many[4321].paper.summary = ['not', 'text'];
    expect(problemOf(many)).toBe('item 4321 (2603.04321): paper.summary: expected a string');
  });

  it('keeps a label readable when the id is absurdly long', () => {
    const broken = { paper: { id: 'x'.repeat(10_000), title: null } };
    expect(problemOf([broken]).length).toBeLessThan(120);
  });
});
