import { z } from 'zod/mini';
import { ARXIV_ID, ARXIV_ID_PROBLEM } from './arxiv-id';

/** One paper, as the bundled dataset and every importer produce it. */
export const paperSchema = z.object({
  /** Stable, unique and URL-safe: the arXiv id when known, else a slug of the normalised title. Starts with a
   * letter or digit, so no id can be a special object key such as `__proto__`. */
  id: z.string().check(z.minLength(1), z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)),
  title: z.string().check(z.minLength(1)),
  abstract: z.string(),
  authorCount: z.nullable(z.number().check(z.int(), z.nonnegative())),
  authors: z.array(z.string()),
  organization: z.nullable(z.object({ handle: z.string(), name: z.string() })),
  /** YYYY-MM-DD */
  publishedAt: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** Comment count; null when the source had no metadata for the paper. */
  comments: z.nullable(z.number().check(z.int(), z.nonnegative())),
  upvotes: z.nullable(z.number().check(z.int(), z.nonnegative())),
  /** Only the arXiv grammar: the id is written into exported citations and links. */
  arxivId: z.nullable(z.string().check(z.regex(ARXIV_ID, { error: ARXIV_ID_PROBLEM }))),
  codeUrl: z.nullable(z.string()),
  projectUrl: z.nullable(z.string()),
  links: z.array(z.string()),
  topics: z.array(z.string()),
  // Optional because the bundled capture, listings and BibTeX never carry them: absent means unknown.
  githubStars: z.optional(z.number().check(z.int(), z.nonnegative())),
  aiSummary: z.optional(z.string()),
  aiKeywords: z.optional(z.array(z.string())),
  /** YYYY-MM-DD: the day the paper joined Hugging Face Daily Papers. */
  dailyDate: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  thumbnail: z.optional(z.string()),
  /** ISO timestamp of the fetch this copy came from, so a later fetch's counts win a merge. */
  fetchedAt: z.optional(z.string()),
});

export type Paper = z.infer<typeof paperSchema>;

export const DATASET_VERSION = 1;

export const datasetSchema = z.object({
  version: z.literal(DATASET_VERSION),
  capturedAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  source: z.string(),
  papers: z.array(paperSchema),
});

export type Dataset = z.infer<typeof datasetSchema>;
