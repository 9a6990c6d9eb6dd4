/** Edits a word may carry and still match: none for short words, where one edit makes another word. */
export function allowedEdits(word: string): number {
  if (word.length >= 9) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);
let olderRow = new Int32Array(64);

/**
 * Optimal-string-alignment distance (insert, delete, substitute, swap two neighbours) between
 * `a` and `b`, or `max + 1` as soon as it must exceed `max`. Bounded so that checking a word
 * against every dictionary term of a similar length stays cheap.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  if (previousRow.length <= m) {
    previousRow = new Int32Array(m + 1);
    currentRow = new Int32Array(m + 1);
    olderRow = new Int32Array(m + 1);
  }
  let older = olderRow;
  let prev = previousRow;
  let cur = currentRow;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, older[j - 2] + 1);
      }
      cur[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const recycled = older;
    older = prev;
    prev = cur;
    cur = recycled;
  }
  const distance = prev[m];
  return distance > max ? max + 1 : distance;
}
