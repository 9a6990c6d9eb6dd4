import { arxivAbsUrl } from '@/features/papers/paper-links';
import { arxivDoi } from '@/features/transfer/arxiv-id';
import { paperDate, primaryUrl, validArxivId } from '@/features/transfer/paper-links';
import { splitName } from '@/features/transfer/person-names';
import { assignCitationKeys } from '@/features/transfer/export/citation-keys';
import {
  exportFilename,
  type ExportFile,
  type ExportItem,
  type ExportOptions,
} from '@/features/transfer/export/export-types';

export type CslName = { family: string; given: string; suffix?: string } | { literal: string };

export type CslItem = {
  id: string;
  type: 'article';
  title: string;
  author?: CslName[];
  issued?: { 'date-parts': number[][] };
  URL?: string;
  DOI?: string;
  number?: string;
  publisher?: string;
  source?: string;
  abstract?: string;
  keyword?: string;
};

function cslItem({ paper, entry }: ExportItem, id: string): CslItem {
  const item: CslItem = { id, type: 'article', title: paper.title.replace(/\s+/g, ' ').trim() };
  if (paper.authors.length > 0) item.author = paper.authors.map(splitName);
  const date = paperDate(paper);
  if (date)
    item.issued = {
      'date-parts': [[date.year, date.month, date.day].filter((part) => part !== null)],
    };
  const arxivId = validArxivId(paper);
  if (arxivId) {
    // What Zotero writes for an arXiv preprint, so it comes back as a Preprint item.
    Object.assign(item, {
      URL: arxivAbsUrl(arxivId),
      DOI: arxivDoi(arxivId),
      number: `arXiv:${arxivId}`,
      publisher: 'arXiv',
      source: 'arXiv.org',
    });
  } else {
    const url = primaryUrl(paper);
    if (url) item.URL = url;
  }
  if (paper.abstract.trim()) item.abstract = paper.abstract.trim();
  if (entry && entry.tags.length > 0) item.keyword = entry.tags.join(', ');
  return item;
}

/**
 * CSL-JSON as Zotero writes preprints (type "article", arXiv DOI, `number`, `issued` date-parts). Ids are the
 * BibTeX keys, so `[@wang2023codet5]` works with either file. Notes stay out: CSL `note` is printed by styles.
 */
export function exportCslJson(items: ExportItem[], options: ExportOptions = {}): ExportFile {
  const keys = assignCitationKeys(items.map((item) => item.paper));
  const data = items.map((item) => cslItem(item, keys.get(item.paper.id)!));
  return {
    filename: exportFilename('csl.json', options),
    mimeType: 'application/vnd.citationstyles.csl+json',
    content: `${JSON.stringify(data, null, 2)}\n`,
  };
}
