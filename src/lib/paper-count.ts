/** "1 day", "2 days", "12,345 new papers": how every count reads, on screen and in exports. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`;
}

/** "1 paper", "2 papers", "12,345 papers". */
export const paperCount = (count: number) => countOf(count, 'paper');
