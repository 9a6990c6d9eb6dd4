import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseListing, type ListingResult } from '@/features/papers/listing/parser';

const raw = readFileSync('data/raw/hf-daily-papers-2025-12-09.txt', 'utf8');
const HEADER_LINE_COUNT = 12;

function ok(result: ListingResult): Extract<ListingResult, { ok: true }> {
  if (!result.ok)
    throw new Error(result.errors.map((error) => `${error.line}: ${error.message}`).join('\n'));
  return result;
}

const baseline = ok(parseListing(raw, { capturedAt: '2025-12-09' }));

describe('parseListing on captures that vary', () => {
  it.each([
    ['CRLF line ends', raw.replace(/\n/g, '\r\n')],
    ['old Mac CR line ends', raw.replace(/\n/g, '\r')],
    ['a byte-order mark', `\uFEFF${raw}`],
    ['non-breaking spaces for every space', raw.replace(/ /g, '\u00A0')],
    ['extra blank lines everywhere, even inside metadata blocks', raw.replace(/\n/g, '\n\n\n')],
    ['trailing spaces and tabs', raw.replace(/\n/g, '  \t\n')],
    ['no header', raw.split('\n').slice(HEADER_LINE_COUNT).join('\n')],
  ])('reads the same papers with %s', (_name, text) => {
    const result = ok(parseListing(text, { capturedAt: '2025-12-09' }));
    expect(result.papers).toEqual(baseline.papers);
    expect(result.warnings).toEqual([]);
  });

  it('numbers lines as the original file does, whatever the line ends', () => {
    const broken = raw.replace('Apr 22, 2023', 'Aprl 22, 2023');
    for (const text of [broken, broken.replace(/\n/g, '\r\n'), broken.replace(/\n/g, '\r')]) {
      const result = parseListing(text, { capturedAt: '2025-12-09' });
      expect(result.ok ? [] : result.errors.map((error) => error.line)).toEqual([23]);
    }
  });

  it('takes the capture date from the header when none is given, in the latest year not after today', () => {
    const result = ok(parseListing(raw, { today: '2026-03-01' }));
    expect([result.capturedAt, result.capturedAtFrom]).toEqual(['2025-12-09', 'header']);
    expect(result.papers).toEqual(baseline.papers);
    const early = ok(parseListing(raw, { today: '2025-12-08' }));
    expect(early.capturedAt).toBe('2024-12-09');
    expect(early.papers.find((paper) => paper.title.startsWith('ISCS'))!.publishedAt).toBe(
      '2024-09-20',
    );
  });

  it('falls back to today without a header or a capture date', () => {
    const headless = raw.split('\n').slice(HEADER_LINE_COUNT).join('\n');
    const result = ok(parseListing(headless, { today: '2025-08-01' }));
    expect([result.capturedAt, result.capturedAtFrom]).toEqual(['2025-08-01', 'today']);
    expect(result.papers.find((paper) => paper.title.startsWith('ISCS'))!.publishedAt).toBe(
      '2024-09-20',
    );
  });

  it('resolves year-less dates against a different capture date, and says the header disagrees', () => {
    const result = ok(parseListing(raw, { capturedAt: '2025-06-01' }));
    const dateOf = (start: string) =>
      result.papers.find((paper) => paper.title.startsWith(start))!.publishedAt;
    expect(dateOf('Return of the Encoder')).toBe('2025-01-27');
    expect(dateOf('MLICv2')).toBe('2025-04-27');
    expect(dateOf('BlockFFN')).toBe('2024-07-11');
    expect(dateOf('ISCS')).toBe('2024-09-20');
    expect(dateOf('SAILER')).toBe('2023-04-22');
    expect(result.warnings).toEqual([
      { line: 11, message: "the header's date differs from the capture date 2025-06-01" },
    ]);
  });

  it('skips a header repeated mid-file (two captures pasted together), with a warning', () => {
    const twice = `${raw}\n\n${raw.split('\n').slice(0, HEADER_LINE_COUNT).join('\n')}\nA Last Paper\n\nIts abstract.\n`;
    const result = ok(parseListing(twice, { capturedAt: '2025-12-09' }));
    expect(result.papers).toHaveLength(41);
    expect(result.warnings.map((warning) => warning.line)).toEqual([305, 307, 309, 311, 313, 315]);
  });
});

describe('parseListing on a small hand-made listing', () => {
  const text = readFileSync('tests/fixtures/listings/no-header-2024-03-15.txt', 'utf8');
  const result = ok(parseListing(text, { capturedAt: '2024-03-15' }));
  const [first, second, third] = result.papers;

  it('reads a multi-word organisation and a year-less date after the capture day', () => {
    expect(first).toMatchObject({
      id: 'scaling-speech-models-with-less-data',
      organization: { handle: 'google', name: 'Google DeepMind' },
      publishedAt: '2023-12-20',
      comments: 3,
    });
    expect(second).toMatchObject({ authorCount: 1, publishedAt: '2024-03-15', comments: 0 });
  });

  it('suffixes a repeated title deterministically and warns about it', () => {
    expect(second.id).toMatch(/^scaling-speech-models-with-less-data-[a-z0-9]{6}$/);
    expect(ok(parseListing(text, { capturedAt: '2024-03-15' })).papers[1].id).toBe(second.id);
    expect(result.warnings).toEqual([
      {
        line: 9,
        message: `another paper already has the id "${first.id}"; this one is "${second.id}"`,
      },
    ]);
  });

  it('unescapes \\%, \\& and \\_, and keeps balanced parentheses inside a URL', () => {
    expect(first.abstract).toContain('on 10% of the usual data');
    expect(first.abstract).toContain('The R&D_notes and code');
    expect(first.links).toEqual([
      'https://gitlab.com/speech-lab/small-asr',
      'https://en.wikipedia.org/wiki/Speech_recognition_(computing)',
    ]);
    expect([first.codeUrl, first.projectUrl]).toEqual([
      'https://gitlab.com/speech-lab/small-asr',
      null,
    ]);
  });

  it('does not take an account page for a repository', () => {
    expect(second.links).toEqual([
      'https://speech-lab.example.org/small',
      'https://github.com/speech-lab',
    ]);
    expect([second.codeUrl, second.projectUrl]).toEqual([
      null,
      'https://speech-lab.example.org/small',
    ]);
  });

  it('takes the id from an arXiv link, without its version', () => {
    expect(third).toMatchObject({
      id: '2402.05678',
      arxivId: '2402.05678',
      comments: null,
      codeUrl: 'https://github.com/robo/graph-agents',
    });
  });
});
