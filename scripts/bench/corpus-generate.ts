import { DATASET_VERSION, type Dataset, type Paper } from '@/features/papers/schema';
import { deriveTopics as appTopics } from '@/features/papers/topics';
import {
  createArxivIds,
  drawAuthorCount,
  drawComments,
  drawDate,
  makeOrganizations,
} from './corpus-meta';
import type { CorpusSource } from './corpus-source';
import { buildPools, composeAbstract, composeTitle } from './corpus-text';
import { createVocabulary, methodName, stemsOf } from './corpus-vocabulary';
import { mulberry32, pick, type Random } from './prng';

/**
 * 'zipf': real sentences with a long-tailed synthetic vocabulary (~266k distinct terms at 100k papers).
 * 'repetitive': the same sentences with no synthetic terms and method names from a small shared pool, so a few
 * thousand distinct terms cover the catalogue: common words have postings tens of thousands long and a
 * one-letter prefix matches most papers (the engine's worst case).
 */
export type CorpusKind = 'zipf' | 'repetitive';
export const CORPUS_KINDS: readonly CorpusKind[] = ['zipf', 'repetitive'];

/** Method names a repetitive corpus shares between its papers. */
const REPETITIVE_NAMES = 1500;

export type CorpusOptions = {
  count: number;
  kind?: CorpusKind;
  seed?: number;
  capturedAt?: string;
  /** Share of papers whose abstract links a code repository. */
  codeShare?: number;
  organizationCount?: number;
  /** Chance that a content word of a real sentence is swapped for a synthetic term. */
  termRate?: number;
  /** Topics for a title and abstract; defaults to the app's own taxonomy. */
  deriveTopics?: (title: string, abstract: string) => string[];
};

export const CORPUS_DEFAULTS = {
  seed: 1,
  capturedAt: '2025-12-09',
  codeShare: 0.4,
  organizationCount: 150,
  termRate: 0.12,
} as const;

const CODE_SENTENCES = [
  'Code is available at URL.',
  'Our code and models are released at URL.',
  'The code will be available at URL.',
];
const USER_HANDLES = [
  'alice-ml',
  'jdoe',
  'kim-lab',
  'ml-group',
  'vision-team',
  'nlp-dev',
  'research-code',
  'hzhang',
];

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 30) || 'project';

function links(random: Random, codeShare: number, owner: string, repo: string) {
  const codeUrl = random() < codeShare ? `https://github.com/${owner}/${repo}` : null;
  const projectUrl = random() < 0.12 ? `https://${slug(repo)}.github.io` : null;
  const modelUrl = random() < 0.08 ? `https://huggingface.co/${owner}/${repo}` : null;
  const sentences: string[] = [];
  if (codeUrl) sentences.push(pick(random, CODE_SENTENCES).replace('URL', codeUrl));
  if (projectUrl) sentences.push(`Project page: ${projectUrl}.`);
  if (modelUrl) sentences.push(`Models are available at ${modelUrl}.`);
  const all = [codeUrl, projectUrl, modelUrl].filter((url) => url !== null);
  return { codeUrl, projectUrl, links: all, sentences };
}

/** A deterministic synthetic catalogue shaped like the captured one; see scripts/corpus.ts for the method. */
export function generateCorpus(source: CorpusSource, options: CorpusOptions): Dataset {
  const { seed, capturedAt, codeShare, organizationCount, termRate } = {
    ...CORPUS_DEFAULTS,
    ...options,
  };
  if (source.papers.length === 0) throw new Error('The corpus source has no title/abstract pairs.');
  const deriveTopics = options.deriveTopics ?? appTopics;
  const repetitive = options.kind === 'repetitive';
  const random = mulberry32(seed);
  const texts = source.papers.flatMap((paper) => [paper.title, paper.abstract]);
  const stems = stemsOf(texts);
  const vocabulary = createVocabulary(seed, stems, repetitive ? REPETITIVE_NAMES : undefined);
  const pools = buildPools(source.papers);
  const organization = makeOrganizations(random, source.organizations, organizationCount);
  const arxivId = createArxivIds();

  const papers: Paper[] = [];
  for (let index = 0; index < options.count; index++) {
    const name =
      random() < 0.45 ? (repetitive ? vocabulary.draw(random) : methodName(random, stems)) : null;
    const fillWith = { random, vocabulary, name, termRate: repetitive ? 0 : termRate };
    const title = composeTitle(pools, fillWith);
    const date = drawDate(random, capturedAt);
    const hasMetadata = random() < 0.96;
    const org = hasMetadata && random() < 0.5 ? organization(random) : null;
    const owner = org?.handle ?? pick(random, USER_HANDLES);
    const linked = links(
      random,
      codeShare,
      owner,
      name ?? slug(title.split(' ').slice(0, 3).join(' ')),
    );
    const abstract = [composeAbstract(pools, fillWith, 150, 250), ...linked.sentences].join(' ');
    const id = arxivId(random, date);
    papers.push({
      id,
      title,
      abstract,
      authorCount: hasMetadata && !org ? drawAuthorCount(random) : null,
      authors: [],
      organization: org,
      publishedAt: hasMetadata ? date : null,
      comments: hasMetadata ? drawComments(random) : null,
      upvotes: null,
      arxivId: id,
      codeUrl: linked.codeUrl,
      projectUrl: linked.projectUrl,
      links: linked.links,
      topics: deriveTopics(title, abstract),
    });
  }
  return {
    version: DATASET_VERSION,
    capturedAt,
    source: `synthetic ${repetitive ? 'repetitive ' : ''}corpus (seed ${seed}, ${options.count} papers)`,
    papers,
  };
}

/** Distinct search terms (lowercase letter/digit runs of 2+ characters), as the app's tokenizer splits them. */
export function distinctTerms(papers: ReadonlyArray<{ title: string; abstract: string }>): number {
  const terms = new Set<string>();
  for (const paper of papers) {
    for (const term of `${paper.title} ${paper.abstract}`.toLowerCase().match(/[a-z0-9]{2,}/g) ??
      [])
      terms.add(term);
  }
  return terms.size;
}
