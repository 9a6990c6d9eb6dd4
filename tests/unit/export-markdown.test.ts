import { micromark } from 'micromark';
import { describe, expect, it } from 'vitest';
import { exportMarkdown } from '@/features/transfer/export/markdown-export';
import { datasetPapers, makeEntry, makePaper } from '../fixtures/import/papers';

const now = new Date(2026, 10, 29, 9, 0);
const html = (markdown: string) =>
  new DOMParser().parseFromString(micromark(markdown), 'text/html').body;

describe('exportMarkdown', () => {
  const reading = makePaper({ id: 'r', arxivId: '2401.00001', title: 'Reading Paper' });
  const toRead = makePaper({
    id: 't',
    arxivId: null,
    title: 'To Read Paper',
    projectUrl: 'https://example.org/project',
  });
  const done = makePaper({
    id: 'd',
    arxivId: null,
    title: 'Done Paper',
    projectUrl: null,
    codeUrl: 'https://github.com/a/b',
  });
  const other = makePaper({
    id: 'o',
    arxivId: null,
    title: 'Other Paper',
    projectUrl: null,
    codeUrl: null,
  });
  const items = [
    { paper: toRead, entry: makeEntry({ status: 'to-read' }) },
    { paper: done, entry: makeEntry({ status: 'read' }) },
    { paper: other, entry: null },
    { paper: reading, entry: makeEntry({ status: 'reading', tags: ['code', 'llm'] }) },
  ];

  it('groups papers by status: Reading, To read, Read, then the others', () => {
    const file = exportMarkdown(items, { now });
    expect(file.filename).toBe('papershelf-reading-list-2026-11-29.md');
    const body = html(file.content);
    expect([...body.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Reading (1)',
      'To read (1)',
      'Read (1)',
      'Other papers (1)',
    ]);
    const lists = [...body.querySelectorAll('body > ul')].map(
      (ul) => ul.querySelector('a, li')?.textContent ?? '',
    );
    expect(lists.map((text) => text.split(' — ')[0])).toEqual([
      'Reading Paper',
      'To Read Paper',
      'Done Paper',
      'Other Paper',
    ]);
  });

  it('links each title to arXiv, else the project page, else the code', () => {
    const body = html(exportMarkdown(items, { now }).content);
    const href = (title: string) =>
      [...body.querySelectorAll('a')].find((a) => a.textContent === title)?.getAttribute('href');
    expect(href('Reading Paper')).toBe('https://arxiv.org/abs/2401.00001');
    expect(href('To Read Paper')).toBe('https://example.org/project');
    expect(href('Done Paper')).toBe('https://github.com/a/b');
    expect(href('Other Paper')).toBeUndefined();
    expect(href('Hugging Face')).toBe('https://huggingface.co/papers/2401.00001');
    const line = body.querySelector('li')!.textContent;
    expect(line).toContain('Salesforce · 2023-05-13 · tags: code, llm');
  });

  it('keeps notes as Markdown inside the list item, nested lists and code blocks included', () => {
    const note =
      'Key idea: **shared** encoder.\n\n- point one\n  - nested point\n\n```python\nprint("hi")\n```\n\n\tindented code';
    const body = html(
      exportMarkdown([{ paper: reading, entry: makeEntry({ status: 'reading', note }) }], { now })
        .content,
    );
    const item = body.querySelector('body > ul > li')!;
    expect(item.querySelector('strong')?.textContent).toBe('shared');
    expect(item.querySelector(':scope > ul > li > ul > li')?.textContent).toBe('nested point');
    expect(item.querySelector('pre > code.language-python')?.textContent).toBe('print("hi")\n');
    expect([...item.querySelectorAll('pre > code')].map((code) => code.textContent)).toContain(
      'indented code\n',
    );
    expect(body.querySelectorAll('body > ul')).toHaveLength(1);
  });

  it('escapes Markdown specials in titles so they render as written', () => {
    const title = 'Rank-[1] *Adapters* for `x_y` <b>bold</b> ~50% $k$-NN \\ done';
    const body = html(
      exportMarkdown([{ paper: makePaper({ title }), entry: null }], { now }).content,
    );
    expect(body.querySelector('li a')?.textContent).toBe(title);
    expect(body.querySelector('li')!.querySelector('em, code, b, strong, del')).toBeNull();
  });

  it('names authors when there is no organisation, and counts them when names are unknown', () => {
    const [first, ...rest] = datasetPapers().filter(
      (paper) => paper.organization === null && paper.authorCount !== null,
    );
    const named = makePaper({ organization: null });
    const content = exportMarkdown(
      [
        { paper: first, entry: null },
        { paper: named, entry: null },
      ],
      { now },
    ).content;
    expect(content).toContain(`${first.authorCount} authors`);
    expect(content).toContain('Yue Wang, Hung Le, Akhilesh Deepak Gotmare et al.');
    expect(rest.length).toBeGreaterThan(0);
  });
});
