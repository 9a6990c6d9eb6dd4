import type { Dataset } from '@/features/papers/schema';

/** What the generator recombines: real titles and abstracts, and the organisations seen with them. */
export type CorpusSource = {
  papers: Array<{ title: string; abstract: string }>;
  organizations: Array<{ handle: string; name: string }>;
};

// Abstracts in the capture are one line of 1,300+ characters; titles stay under 200.
const MIN_ABSTRACT = 300;
const MAX_TITLE = 300;
const NOT_ORGANIZATION = /^(?:•|·|\w{3} \d{1,2}(?:,? \d{4})?(?: \d+)?$)/;

/**
 * Title/abstract pairs from the captured listing text: a title is a line followed by a blank line
 * and a long line. Organisation lines ("kyutai Kyutai") are the short lines right before a "·".
 * A rough split is enough here; the app's own ingest is the careful parser.
 */
export function splitCapture(text: string): CorpusSource {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n');
  const papers: CorpusSource['papers'] = [];
  const organizations: CorpusSource['organizations'] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line) continue;
    const next = lines[i + 1]?.trim() ?? '';
    const after = lines[i + 2]?.trim() ?? '';
    if (!next && after.length >= MIN_ABSTRACT && line.length <= MAX_TITLE) {
      papers.push({ title: line, abstract: after });
      i += 2;
      continue;
    }
    const organization = /^(\S+) (.+)$/.exec(line);
    if (next === '·' && organization && !NOT_ORGANIZATION.test(line)) {
      organizations.push({ handle: organization[1], name: organization[2] });
    }
  }
  return { papers, organizations };
}

/** The same material from a built dataset (public/papers.json), when one exists. */
export function sourceFromDataset(dataset: Dataset): CorpusSource {
  const organizations = new Map<string, { handle: string; name: string }>();
  for (const paper of dataset.papers) {
    if (paper.organization) organizations.set(paper.organization.handle, paper.organization);
  }
  return {
    papers: dataset.papers
      .filter((paper) => paper.abstract.length >= MIN_ABSTRACT)
      .map((paper) => ({ title: paper.title, abstract: paper.abstract })),
    organizations: [...organizations.values()],
  };
}
