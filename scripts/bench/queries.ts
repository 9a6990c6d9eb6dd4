/**
 * Twelve queries typed character by character: common words of the capture's vocabulary, multi-word
 * queries whose last word is still being typed ("speech r..."), a phrase that matches little, and a typo.
 */
export const QUERIES = [
  'transformer',
  'encoder decoder',
  'speech recognition',
  'diffusion',
  'language models',
  'image compression',
  'knowledge distillation',
  'code generation',
  'masked autoencoder',
  'legal case retrieval',
  'state space model',
  'transfomer',
] as const;

export type Prefix = { query: string; prefix: string };

/** Every prefix of every query, in typing order. */
export function typedPrefixes(queries: readonly string[] = QUERIES): Prefix[] {
  return queries.flatMap((query) =>
    [...query].map((_, index) => ({ query, prefix: query.slice(0, index + 1) })),
  );
}

/**
 * Prefixes of at least `minLength` characters ordered shortest first, across queries, so a baseline
 * cut off by its time budget still covers every query evenly.
 */
export function baselinePrefixes(
  minLength = 2,
  maxLength = Infinity,
  queries: readonly string[] = QUERIES,
): Prefix[] {
  const prefixes = typedPrefixes(queries).filter(
    ({ prefix }) =>
      prefix.trim().length >= minLength && prefix.length <= maxLength && !prefix.endsWith(' '),
  );
  return prefixes.sort((a, b) => a.prefix.length - b.prefix.length);
}
