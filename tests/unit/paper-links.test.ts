import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePaper } from '@/features/feed/hf-api-schema';
import { paperLinks } from '@/features/papers/paper-links';
import { blankPaper } from '../fixtures/paper';

const sample: unknown = JSON.parse(readFileSync('tests/fixtures/hf-api-paper-object.json', 'utf8'));

describe('paperLinks', () => {
  it('gives arXiv, PDF and Hugging Face for a paper from the API, by its arXiv id', () => {
    const parsed = parsePaper(sample);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(paperLinks(parsed.paper)).toEqual([
      { label: 'arXiv', href: 'https://arxiv.org/abs/2407.13168' },
      { label: 'PDF', href: 'https://arxiv.org/pdf/2407.13168' },
      { label: 'Hugging Face', href: 'https://huggingface.co/papers/2407.13168' },
    ]);
  });

  it('adds code and project page when they are http(s) URLs, and only what is known', () => {
    const paper = blankPaper('x', {
      codeUrl: 'https://github.com/scicode-bench/SciCode',
      projectUrl: 'https://scicode-bench.github.io/',
    });
    expect(paperLinks(paper)).toEqual([
      { label: 'Code', href: 'https://github.com/scicode-bench/SciCode' },
      { label: 'Project page', href: 'https://scicode-bench.github.io/' },
    ]);
    expect(paperLinks(blankPaper('y'))).toEqual([]);
  });

  it('drops the version from the id and keeps an old-style id readable', () => {
    expect(paperLinks(blankPaper('v', { arxivId: '2305.07922v3' }))[0].href).toBe(
      'https://arxiv.org/abs/2305.07922',
    );
    expect(paperLinks(blankPaper('o', { arxivId: 'hep-th/9901001' }))[1].href).toBe(
      'https://arxiv.org/pdf/hep-th/9901001',
    );
  });

  it('never links a hostile id or URL', () => {
    const hostile = blankPaper('h', {
      arxivId: '../../evil?x=1',
      codeUrl: 'javascript:alert(1)',
      projectUrl: 'data:text/html,<script>alert(1)</script>',
    });
    expect(paperLinks(hostile)).toEqual([]);
    expect(
      paperLinks(blankPaper('f', { codeUrl: 'ftp://example.org/x', projectUrl: 'not a url' })),
    ).toEqual([]);
  });

  it('does not show one URL twice as code and project page', () => {
    const same = 'https://github.com/a/b';
    expect(paperLinks(blankPaper('s', { codeUrl: same, projectUrl: same }))).toEqual([
      { label: 'Code', href: same },
    ]);
  });
});
