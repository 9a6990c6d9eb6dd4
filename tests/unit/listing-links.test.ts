import { describe, expect, it } from 'vitest';
import {
  arxivIdsInLinks,
  extractLinks,
  findCodeUrl,
  findProjectUrl,
  isCodeUrl,
  isProjectUrl,
  normaliseArxivId,
  trimUrl,
} from '@/features/papers/links';

describe('trimUrl', () => {
  it.each([
    ['https://github.com/a/b.', 'https://github.com/a/b'],
    ['https://github.com/a/b).', 'https://github.com/a/b'],
    ['https://github.com/a/b,', 'https://github.com/a/b'],
    ['https://x.org/wiki/A_(b)', 'https://x.org/wiki/A_(b)'],
    ['https://x.org/wiki/A_(b)).', 'https://x.org/wiki/A_(b)'],
    ['https://x.org/p?q=1;', 'https://x.org/p?q=1'],
    [
      'https://github.com/t/Lexical-Unit-Decoding-LUD-.',
      'https://github.com/t/Lexical-Unit-Decoding-LUD-',
    ],
    ['https://x.org/"', 'https://x.org/'],
  ])('%s -> %s', (raw, trimmed) => {
    expect(trimUrl(raw)).toBe(trimmed);
  });
});

describe('extractLinks', () => {
  it('finds http and https links in order, once each, and nothing else', () => {
    const text =
      'See http://a.org/x, then (https://github.com/o/r). Again https://github.com/o/r. Not ftp://b.org or www.c.org.';
    expect(extractLinks(text)).toEqual(['http://a.org/x', 'https://github.com/o/r']);
  });

  it('drops what does not parse as a URL', () => {
    expect(extractLinks('broken https://. and https://ok.example/')).toEqual([
      'https://ok.example/',
    ]);
  });
});

describe('code and project links', () => {
  it('takes a repository on a code host as code, not an account page or a github.io site', () => {
    expect(isCodeUrl('https://github.com/salesforce/CodeGen2')).toBe(true);
    expect(isCodeUrl('https://www.gitlab.com/group/sub/repo')).toBe(true);
    expect(isCodeUrl('https://github.com/salesforce')).toBe(false);
    expect(isCodeUrl('https://armor.github.io')).toBe(false);
  });

  it('takes github.io and other sites as project pages, not Hugging Face or paper sites', () => {
    expect(isProjectUrl('https://ma-lab-berkeley.github.io/CRATE')).toBe(true);
    expect(isProjectUrl('https://project.example.com/')).toBe(true);
    for (const url of [
      'https://huggingface.co/NexaAIDev/Dolphin',
      'https://arxiv.org/abs/2305.07922',
      'https://github.com/a/b',
      'https://en.wikipedia.org/wiki/X',
    ]) {
      expect(isProjectUrl(url)).toBe(false);
    }
  });

  it('picks the first of each kind', () => {
    const links = [
      'https://huggingface.co/m',
      'https://site.org/',
      'https://github.com/a/b',
      'https://github.com/c/d',
      'https://x.github.io/',
    ];
    expect([findCodeUrl(links), findProjectUrl(links)]).toEqual([
      'https://github.com/a/b',
      'https://site.org/',
    ]);
    expect([findCodeUrl([]), findProjectUrl([])]).toEqual([null, null]);
  });
});

describe('arXiv ids', () => {
  it('normalises an id and drops its version', () => {
    expect(normaliseArxivId('2305.07922v2')).toBe('2305.07922');
    expect(normaliseArxivId('arXiv:2401.12345')).toBe('2401.12345');
    expect(normaliseArxivId('hep-th/9901001v1')).toBe('hep-th/9901001');
    expect(normaliseArxivId('12.34')).toBeNull();
  });

  it('reads ids from arXiv and Hugging Face paper links only', () => {
    const links = [
      'https://arxiv.org/abs/2305.07922v3',
      'https://arxiv.org/pdf/2305.07922.pdf',
      'https://huggingface.co/papers/2401.00001',
      'https://huggingface.co/models/2401.00002',
      'https://example.org/abs/2401.00003',
    ];
    expect(arxivIdsInLinks(links)).toEqual(['2305.07922', '2401.00001']);
  });
});
