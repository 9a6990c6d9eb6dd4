/**
 * Writes a deterministic synthetic catalogue for benchmarks and load tests:
 *   npm run corpus -- --count 100000 --out bench-results/100000.papers.json [--seed 1] [--source <file>]
 *     [--kind zipf|repetitive]
 *
 * Method (scripts/bench/corpus-*.ts):
 * - Source: title/abstract pairs split from the captured listing (data/raw/...txt, or a built dataset
 *   .json given with --source). Abstracts are cut into sentences (sentences with URLs dropped).
 * - Abstracts: an opening sentence, body sentences and a closing sentence drawn from the real ones until
 *   a target of 150-250 words (triangular, mean ~200); titles: a real title's words with ~25% of its
 *   content words swapped for other titles' words, and a unique method name in front for 45% of papers
 *   ("FlowMamba: ..."), which also replaces the real method names inside the sentences.
 * - Vocabulary: the capture alone has ~2,000 distinct words, which makes every query match too much. Each
 *   content word (5+ lowercase letters) of a sentence is swapped, with probability 0.12, for a term drawn
 *   from a synthetic vocabulary of 2M ranked terms with Zipf(1.05) frequencies. The term at a rank is a
 *   pure function of (seed, rank): morphological recombinations of real stems ("hypergraphization"),
 *   stem blends ("alignformer"), CamelCase method names ("GraphSAGE"-like), acronyms with variants ("ViT-L",
 *   "MoE-7B") and "-aware"/"-guided" compounds. Distinct terms grow like real text (Heaps' law): about
 *   7k at 1k papers, 40k at 10k and 200k+ at 100k.
 * - Metadata: 150 organisations (the capture's real ones first) with Zipf(1.1) weights on half the papers,
 *   author counts on the others, 4% without metadata (as in the capture); dates 2019-2025 weighted toward
 *   recent years; comments 60% zero with a Pareto tail; GitHub code links in 40% of abstracts, project
 *   pages 12%, Hugging Face model links 8%; unique arXiv-style ids matching the date ("2401.01234");
 *   topics from the app's own taxonomy (deriveTopics in src/features/papers/topics.ts).
 * - --kind repetitive: no synthetic terms in the sentences and method names from a pool of 1,500, so about
 *   3,500 distinct terms cover any size (common words in most papers; the engine's worst case).
 * - Deterministic: one mulberry32 stream seeded by --seed; the same seed and source give the same bytes.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_CAPTURE, writeCorpus } from './bench/corpus-file';
import { CORPUS_KINDS } from './bench/corpus-generate';

function main() {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      source: { type: 'string', default: DEFAULT_CAPTURE },
      kind: { type: 'string', default: 'zipf' },
    },
  });
  const count = Number(values.count);
  const kind = CORPUS_KINDS.find((known) => known === values.kind);
  if (!Number.isInteger(count) || count < 1 || !values.out || !kind) {
    console.error(
      'Usage: npm run corpus -- --count N --out <file> [--seed S] [--source <capture.txt|dataset.json>] [--kind zipf|repetitive]',
    );
    process.exit(2);
  }
  const result = writeCorpus(count, values.out, Number(values.seed), values.source, kind);
  console.log(
    `${values.out}: ${result.papers} papers, ${result.distinctTerms} distinct terms, ` +
      `${result.megabytes.toFixed(1)} MiB, ${result.seconds.toFixed(1)} s`,
  );
}

main();
