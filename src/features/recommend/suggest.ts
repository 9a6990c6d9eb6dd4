import type { DocStore } from '@/features/search/index/doc-store';
import type { UserOverlay } from '@/features/search/index/user-overlay';

export const SUGGESTIONS = 5;

/**
 * What to rate next. With a model: the unrated papers it is least sure about (scores nearest the boundary),
 * whose ratings move it most (uncertainty sampling). Without one: the newest unrated papers, one per topic,
 * so a few ratings already cover the reader's range.
 */
export function suggestNext(
  store: DocStore,
  overlay: UserOverlay,
  scores: Float32Array | null,
  newest: () => Int32Array,
): number[] {
  const open = (doc: number) => store.alive[doc] === 1 && !overlay.docs.has(doc);
  if (scores) {
    const best: { doc: number; margin: number }[] = [];
    for (let doc = 0; doc < store.count; doc++) {
      if (!open(doc)) continue;
      const margin = Math.abs(scores[doc]);
      if (best.length === SUGGESTIONS && margin >= best[SUGGESTIONS - 1].margin) continue;
      let at = best.length;
      while (at > 0 && best[at - 1].margin > margin) at--;
      best.splice(at, 0, { doc, margin });
      if (best.length > SUGGESTIONS) best.pop();
    }
    return best.map((entry) => entry.doc);
  }
  const picked: number[] = [];
  const rest: number[] = [];
  const topics = new Set<number>();
  for (const doc of newest()) {
    if (picked.length >= SUGGESTIONS) break;
    if (!open(doc)) continue;
    const first = store.topicStart[doc];
    const topic = first < store.topicStart[doc + 1] ? store.topicList[first] : -1;
    if (topic >= 0 && !topics.has(topic)) {
      topics.add(topic);
      picked.push(doc);
    } else if (rest.length < SUGGESTIONS) rest.push(doc);
  }
  return [...picked, ...rest].slice(0, SUGGESTIONS);
}
