import type { Paper } from '@/features/papers/schema';
import { paperDate } from '@/features/transfer/paper-links';
import { splitName } from '@/features/transfer/person-names';

// Words that never make a memorable key ("A Survey of..." -> "survey").
const STOPWORDS = new Set(
  'a an the on of in for to and or with without from by at as is are be do does can via vs towards toward into onto over under using through about beyond what how why when where which who we our your you it its this that these those not no all any more most new'.split(
    ' ',
  ),
);

/** Lowercase ASCII letters and digits only: keys must survive every BibTeX implementation. */
function keyPart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function surname(paper: Paper): string {
  const first = paper.authors[0];
  if (first) {
    const name = splitName(first);
    const family = 'literal' in name ? name.literal : name.family;
    const part = keyPart(family.split(' ').at(-1) ?? '');
    if (part) return part;
  }
  return keyPart(paper.organization?.handle ?? '') || 'anon';
}

function titleWord(title: string): string {
  for (const word of title.split(/[\s\-–—:;,.!?/()[\]{}"']+/)) {
    const part = keyPart(word);
    if (part && !STOPWORDS.has(part)) return part;
  }
  return '';
}

/** `wang2023codet5`: first author's surname (or the organisation, or "anon"), year, first significant title word. */
export function baseCitationKey(paper: Paper): string {
  return `${surname(paper)}${paperDate(paper)?.year ?? ''}${titleWord(paper.title)}`;
}

function suffix(index: number): string {
  let out = '';
  for (let n = index; n >= 0; n = Math.floor(n / 26) - 1)
    out = String.fromCharCode(97 + (n % 26)) + out;
  return out;
}

/**
 * Citation keys for one file, by paper id. A key depends only on the paper, so it stays the same across
 * exports; papers that would share a key are ordered by id (not by list order), the first keeps the plain
 * key and the others get a, b, c...
 */
export function assignCitationKeys(papers: readonly Paper[]): Map<string, string> {
  const groups = new Map<string, Paper[]>();
  for (const paper of papers) {
    const base = baseCitationKey(paper);
    groups.set(base, [...(groups.get(base) ?? []), paper]);
  }
  const used = new Set(groups.keys());
  const keys = new Map<string, string>();
  for (const [base, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const sorted = [...group].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let next = 0;
    sorted.forEach((paper, index) => {
      if (keys.has(paper.id)) return;
      if (index === 0) {
        keys.set(paper.id, base);
        return;
      }
      let key = `${base}${suffix(next++)}`;
      while (used.has(key)) key = `${base}${suffix(next++)}`;
      used.add(key);
      keys.set(paper.id, key);
    });
  }
  return keys;
}
