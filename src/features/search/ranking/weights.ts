/**
 * How much each field counts, as arxiv-sanity ranks: a title hit counts 20, an organisation, author or
 * topic hit 10, the abstract 1. Each field saturates on its own (BM25 per field, then summed), so no
 * number of abstract hits outranks a title hit. The index bakes these into its impacts when it is built
 * (`index/invert.ts`); the user's tags and notes are weighed on the same scale (`index/user-overlay.ts`).
 */
export const TITLE_WEIGHT = 20;
export const META_WEIGHT = 10;
/** BM25 term-frequency saturation. */
export const K1 = 1.2;
/** Impacts are stored as integers: field-weighted BM25 term weight times this. */
export const IMPACT_SCALE = 512;
/** BM25 length normalisation per field: titles are short and vary less than abstracts. */
export const TITLE_B = 0.5;
export const ABSTRACT_B = 0.75;
