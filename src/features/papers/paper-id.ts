/**
 * Paper ids: stable across runs, unique, URL-safe (`[A-Za-z0-9._-]+`).
 * The arXiv id when known (`2305.07922`; old-style `hep-th/9901001` becomes `hep-th_9901001`),
 * else a slug of the title. Repeats get a short suffix hashed from the paper's own text, so an
 * id does not change when other papers are added or reordered.
 */

export const MAX_SLUG_LENGTH = 80;

/** FNV-1a (32 bit) in base 36: short, deterministic, no dependencies. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(-6);
}

/** Lowercase ASCII words joined by hyphens, cut at a word boundary near 80 characters. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  const trimmed =
    lastHyphen > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH);
  return trimmed.replace(/-+$/, '');
}

/** The id a paper would get on its own, before repeats are resolved. */
export function baseIdFor(paper: { arxivId: string | null; title: string }): string {
  if (paper.arxivId !== null) return paper.arxivId.replace(/[^A-Za-z0-9._-]/g, '_');
  return slugify(paper.title) || `paper-${shortHash(paper.title)}`;
}

/**
 * Makes ids unique: the first holder of an id keeps it; a later one gets `-<hash of seed>`
 * (seed = the paper's title and abstract), then `-2`, `-3`... if even that is taken.
 */
export function uniqueIds(items: readonly { base: string; seed: string }[]): string[] {
  const bases = new Set(items.map((item) => item.base));
  const taken = new Set<string>();
  // Where the `-2`, `-3`... search resumes for a hashed id, so exact repeats stay linear.
  const nextNumber = new Map<string, number>();
  const free = (id: string, base: string) => !taken.has(id) && (id === base || !bases.has(id));
  return items.map(({ base, seed }) => {
    let id = base;
    if (taken.has(base)) {
      const hashed = `${base}-${shortHash(seed)}`;
      let n = nextNumber.get(hashed) ?? 2;
      for (id = hashed; !free(id, base); n += 1) id = `${hashed}-${n}`;
      nextNumber.set(hashed, n);
    }
    taken.add(id);
    return id;
  });
}
