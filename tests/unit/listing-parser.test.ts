import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseListing } from '@/features/papers/listing/parser';
import { paperSchema, type Paper } from '@/features/papers/schema';

const raw = readFileSync('data/raw/hf-daily-papers-2025-12-09.txt', 'utf8');

function parsed(text = raw, capturedAt = '2025-12-09'): Paper[] {
  const result = parseListing(text, { capturedAt });
  if (!result.ok)
    throw new Error(result.errors.map((error) => `${error.line}: ${error.message}`).join('\n'));
  return result.papers;
}

function byTitle(papers: Paper[], start: string): Paper {
  const found = papers.filter((paper) => paper.title.startsWith(start));
  expect(found).toHaveLength(1);
  return found[0];
}

describe('parseListing on the captured listing', () => {
  const papers = parsed();

  it('reads all 40 papers in page order, each valid per the schema', () => {
    expect(papers).toHaveLength(40);
    expect(papers[0].title).toBe(
      'ARMOR v0.1: Empowering Autoregressive Multimodal Understanding Model with Interleaved Multimodal Generation via Asymmetric Synergy',
    );
    expect(papers.at(-1)!.title).toBe(
      'Dolphin: Long Context as a New Modality for Energy-Efficient On-Device Language Models',
    );
    for (const paper of papers) expect(paperSchema.safeParse(paper).success).toBe(true);
  });

  it('reports what it found, with no warnings', () => {
    const result = parseListing(raw, { capturedAt: '2025-12-09', source: 'capture.txt' });
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.stats).toEqual({
      entries: 40,
      withMetadata: 33,
      withoutMetadata: 7,
      withOrganization: 2,
      links: 12,
      codeLinks: 8,
      withCode: 8,
      withProject: 2,
    });
    expect(result.ok && [result.capturedAt, result.capturedAtFrom, result.source]).toEqual([
      '2025-12-09',
      'option',
      'capture.txt',
    ]);
  });

  it('reads both organisation lines, with the comment count after a year-less date', () => {
    const arc = byTitle(papers, 'ARC-Encoder');
    expect(arc).toMatchObject({
      organization: { handle: 'kyutai', name: 'Kyutai' },
      authorCount: null,
      publishedAt: '2025-10-23',
      comments: 1,
    });
    const bench = byTitle(papers, 'ParallelBench');
    expect(bench).toMatchObject({
      organization: { handle: 'furiosa-ai', name: 'FuriosaAI' },
      authorCount: null,
      publishedAt: '2025-10-06',
      comments: 2,
    });
    expect(papers.filter((paper) => paper.organization !== null)).toHaveLength(2);
  });

  it('leaves comments, date and author count null on the 7 entries without metadata', () => {
    const bare = papers.filter((paper) => paper.comments === null);
    expect(bare.map((paper) => paper.title.slice(0, 24))).toEqual([
      'ARMOR v0.1: Empowering A',
      'Decoder-Hybrid-Decoder A',
      'Training and Inference E',
      'Encoder-Decoder Gemma: I',
      'Slow-Fast Architecture f',
      'Exploring the Potential ',
      'PLDR-LLMs Learn A Genera',
    ]);
    for (const paper of bare)
      expect([paper.publishedAt, paper.authorCount, paper.organization]).toEqual([
        null,
        null,
        null,
      ]);
  });

  it('reads dates with a year, without a year, and the comment count after either', () => {
    expect(byTitle(papers, 'SAILER')).toMatchObject({
      authorCount: 8,
      publishedAt: '2023-04-22',
      comments: 0,
    });
    expect(byTitle(papers, 'Return of the Encoder')).toMatchObject({
      authorCount: 3,
      publishedAt: '2025-01-27',
      comments: 2,
    });
    expect(byTitle(papers, 'ISCS')).toMatchObject({ publishedAt: '2025-09-20', comments: 0 });
    expect(byTitle(papers, 'CARE Transformer')).toMatchObject({
      authorCount: 7,
      publishedAt: '2024-11-25',
      comments: 1,
    });
    expect(byTitle(papers, 'Seq vs Seq')).toMatchObject({ publishedAt: '2025-07-15', comments: 7 });
    expect(byTitle(papers, 'Dolphin')).toMatchObject({ publishedAt: '2024-08-28', comments: 4 });
    expect(byTitle(papers, 'Attention is All You Need?')).toMatchObject({ authorCount: 1 });
  });

  it('puts a year-less date that would fall after the capture date in the year before', () => {
    const later = parsed(raw.replace('\nSep 20\n', '\nDec 20\n').replace('\nFeb 5\n', '\nDec 9\n'));
    expect(byTitle(later, 'ISCS').publishedAt).toBe('2024-12-20');
    expect(byTitle(later, 'Entropy Adaptive Decoding').publishedAt).toBe('2025-12-09');
  });

  it('strips the punctuation glued to links, keeping what belongs to the URL', () => {
    expect(byTitle(papers, 'SkeletonMAE').links).toEqual([
      'https://github.com/HongYan1123/SkeletonMAE',
    ]);
    expect(byTitle(papers, 'BlockFFN').links).toEqual(['https://github.com/thunlp/BlockFFN']);
    expect(byTitle(papers, 'Decoding at the Speed').links).toEqual([
      'https://github.com/tjunlp-lab/Lexical-Unit-Decoding-LUD-',
    ]);
    expect(byTitle(papers, 'ARC-Encoder').links).toEqual([
      'https://github.com/kyutai-labs/ARC-Encoder',
      'https://huggingface.co/collections/kyutai/arc-encoders-68ee18787301407d60a57047',
    ]);
  });

  it('tells code repositories from project pages and Hugging Face artefacts', () => {
    expect(byTitle(papers, 'ARC-Encoder')).toMatchObject({
      codeUrl: 'https://github.com/kyutai-labs/ARC-Encoder',
      projectUrl: null,
    });
    expect(byTitle(papers, 'CodeGen2')).toMatchObject({
      codeUrl: 'https://github.com/salesforce/CodeGen2',
      projectUrl: null,
    });
    expect(byTitle(papers, 'ARMOR')).toMatchObject({
      codeUrl: null,
      projectUrl: 'https://armor.github.io',
    });
    expect(byTitle(papers, 'White-Box')).toMatchObject({
      codeUrl: null,
      projectUrl: 'https://ma-lab-berkeley.github.io/CRATE',
    });
    expect(byTitle(papers, 'Dolphin')).toMatchObject({
      links: ['https://huggingface.co/NexaAIDev/Dolphin'],
      codeUrl: null,
      projectUrl: null,
    });
    expect(papers.filter((paper) => paper.codeUrl !== null)).toHaveLength(8);
  });

  it('unescapes LaTeX leftovers and keeps the ambiguous ones as written', () => {
    const gemma = byTitle(papers, 'Encoder-Decoder Gemma');
    expect(gemma.abstract).toContain('outperforms Gemma 2B by sim7% after instruction tuning');
    expect(gemma.abstract).toContain('by >3%.');
    expect(byTitle(papers, 'Learning to Parallel').abstract).toContain('up to 22.58times speedup');
    expect(byTitle(papers, 'MLICv2').abstract).toContain('MLICv2^+');
    expect(papers.filter((paper) => paper.abstract.includes('\\'))).toEqual([]);
  });

  it('gives unique, URL-safe title slugs, and leaves what the listing lacks empty', () => {
    const ids = papers.map((paper) => paper.id);
    expect(new Set(ids).size).toBe(40);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(Math.max(...ids.map((id) => id.length))).toBeLessThanOrEqual(80);
    expect(byTitle(papers, 'CodeT5+').id).toBe(
      'codet5-open-code-large-language-models-for-code-understanding-and-generation',
    );
    expect(byTitle(papers, 'Discrete Key-Value').id).toBe('discrete-key-value-bottleneck');
    expect(byTitle(papers, 'ARMOR').id).toBe(
      'armor-v0-1-empowering-autoregressive-multimodal-understanding-model-with',
    );
    for (const paper of papers)
      expect([paper.authors, paper.upvotes, paper.arxivId]).toEqual([[], null, null]);
  });

  it('gives the same ids on every run', () => {
    expect(parsed().map((paper) => paper.id)).toEqual(papers.map((paper) => paper.id));
  });
});
