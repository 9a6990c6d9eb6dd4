import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseListing } from '@/features/papers/listing/parser';
import type { Paper } from '@/features/papers/schema';
import { TOPICS } from '@/features/papers/topic-taxonomy';
import { deriveTopics, explainTopics } from '@/features/papers/topics';

const result = parseListing(readFileSync('data/raw/hf-daily-papers-2025-12-09.txt', 'utf8'), {
  capturedAt: '2025-12-09',
});
const papers: Paper[] = result.ok ? result.papers : [];

function topicsOf(start: string): string[] {
  const paper = papers.find((candidate) => candidate.title.startsWith(start));
  if (!paper) throw new Error(`no paper titled ${start}...`);
  return deriveTopics(paper.title, paper.abstract);
}

function titlesWith(topic: string): string[] {
  return papers
    .filter((paper) => paper.topics.includes(topic))
    .map((paper) => paper.title.split(/[:?]/)[0]);
}

describe('deriveTopics on the captured papers', () => {
  it('gives every paper 1 to 3 labels from the taxonomy', () => {
    const labels = new Set(TOPICS.map((topic) => topic.label));
    expect(papers).toHaveLength(40);
    for (const paper of papers) {
      expect(paper.topics.length).toBeGreaterThanOrEqual(1);
      expect(paper.topics.length).toBeLessThanOrEqual(3);
      for (const topic of paper.topics) expect(labels.has(topic)).toBe(true);
    }
  });

  it('labels the speech and audio papers "Speech", and no other', () => {
    expect(titlesWith('Speech')).toEqual([
      'Training and Inference Efficiency of Encoder-Decoder Speech Models',
      'Attention is All You Need',
      'OWSM-CTC',
    ]);
    expect(topicsOf('OWSM-CTC')[0]).toBe('Speech');
  });

  it('labels the code models "Code", not papers that merely release code', () => {
    expect(titlesWith('Code')).toEqual(['CodeT5+', 'UniXcoder', 'CodeGen2']);
    expect(topicsOf('SkeletonMAE')).not.toContain('Code');
  });

  it('tells data compression apart from efficiency, and finds the multimodal papers', () => {
    expect(titlesWith('Compression')).toEqual([
      'White-Box Transformers via Sparse Rate Reduction',
      'ISCS',
      'Lossless Compression with Probabilistic Circuits',
      'MLICv2',
    ]);
    expect(topicsOf('ARMOR')[0]).toBe('Multimodal');
    expect(topicsOf('A Single Transformer for Scalable Vision-Language')).toContain('Multimodal');
    expect(topicsOf('SAILER')[0]).toBe('Retrieval');
    expect(topicsOf('ParallelBench')).toContain('Benchmarks');
    expect(topicsOf('CodecLM')).toEqual(['Language models', 'Data']);
  });

  it('stores the derived topics on each parsed paper', () => {
    for (const paper of papers)
      expect(paper.topics).toEqual(deriveTopics(paper.title, paper.abstract));
  });
});

describe('deriveTopics scoring', () => {
  it('counts a title match twice, keeps topics scoring 2 or more, best first', () => {
    expect(deriveTopics('Robots that listen', 'We use speech. And speech again. A graph.')).toEqual(
      ['Speech', 'Robotics'],
    );
    expect(explainTopics('Robots that listen', 'We use speech. A graph.')).toEqual([
      { label: 'Robotics', score: 2, matches: ['Robots'] },
      { label: 'Speech', score: 1, matches: ['speech'] },
      { label: 'Graphs', score: 1, matches: ['graph'] },
    ]);
    expect(deriveTopics('Robots that listen', 'We use speech. A graph.')).toEqual(['Robotics']);
  });

  it('keeps at most 3 topics, ties in taxonomy order', () => {
    const topics = deriveTopics('Speech robots on graphs with agents', '');
    expect(topics).toEqual(['Speech', 'Agents', 'Robotics']);
  });

  it('falls back to the single best weak match, and to nothing without any', () => {
    expect(deriveTopics('A study', 'We look at a graph and at speech.')).toEqual(['Speech']);
    expect(deriveTopics('A study', 'Nothing here matches.')).toEqual([]);
  });

  it('matches whole words only, case-insensitively', () => {
    expect(explainTopics('', 'Transcode the program, a RAGGED speechless text.')).toEqual([]);
    expect(deriveTopics('LLMS and SPEECH', '')).toEqual(['Language models', 'Speech']);
  });
});
