/** "1 paper", "2 papers", "12,345 papers": how every count of papers reads, on screen and in exports. */
export function paperCount(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'paper' : 'papers'}`;
}
