import { arxivAbsUrl } from '@/features/papers/paper-links';
import { arxivDoi } from '@/features/transfer/arxiv-id';
import { paperDate, primaryUrl, validArxivId } from '@/features/transfer/paper-links';
import { safeHttpUrl } from '@/lib/safe-url';
import { splitName } from '@/features/transfer/person-names';
import {
  exportFilename,
  type ExportFile,
  type ExportItem,
  type ExportOptions,
} from '@/features/transfer/export/export-types';

// A line inside a value that looks like a tag ("AB  - ...") would start a new field in every RIS reader,
// and some readers trim a line before they look.
const TAG_LIKE = /^\s*[A-Z][A-Z0-9] {1,2}-/;

function risValue(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (TAG_LIKE.test(line) ? `\u200B${line}` : line))
    .join('\r\n');
}

function risAuthor(fullName: string): string {
  const name = splitName(fullName);
  if ('literal' in name) return name.literal;
  return [name.family, name.given, name.suffix].filter(Boolean).join(', ');
}

function risDate(paper: ExportItem['paper']): Array<[string, string]> {
  const date = paperDate(paper);
  if (!date) return [];
  const pad = (n: number | null) => (n ? String(n).padStart(2, '0') : '');
  return [
    ['PY', String(date.year)],
    ['DA', `${date.year}/${pad(date.month)}/${pad(date.day)}`],
  ];
}

function recordTags({ paper, entry }: ExportItem): Array<[string, string]> {
  // GEN (generic): RIS has no preprint type; Zotero itself writes GEN for item types RIS lacks.
  const tags: Array<[string, string]> = [
    ['TY', 'GEN'],
    ['TI', paper.title.replace(/\s+/g, ' ').trim()],
  ];
  for (const author of paper.authors) tags.push(['AU', risAuthor(author)]);
  tags.push(...risDate(paper));
  if (paper.abstract.trim()) tags.push(['AB', paper.abstract.trim()]);
  const arxivId = validArxivId(paper);
  if (arxivId) {
    // M1 lands in Zotero's Extra, where the arXiv id is recognised; DP names the source as Zotero does.
    tags.push(['UR', arxivAbsUrl(arxivId)], ['DO', arxivDoi(arxivId)]);
    tags.push(['M1', `arXiv:${arxivId}`], ['DP', 'arXiv.org']);
  } else {
    const url = primaryUrl(paper);
    if (url) tags.push(['UR', url]);
  }
  for (const tag of entry?.tags ?? []) tags.push(['KW', tag]);
  const code = safeHttpUrl(paper.codeUrl);
  if (code && code !== primaryUrl(paper)) tags.push(['N1', `Code: ${code}`]);
  if (entry?.note.trim()) tags.push(['N1', entry.note.trim()]);
  tags.push(['ER', '']);
  return tags;
}

/** RIS, one `TY  - GEN` record per paper, with CRLF line ends as the format's readers expect. */
export function exportRis(items: ExportItem[], options: ExportOptions = {}): ExportFile {
  const records = items.map((item) =>
    recordTags(item)
      .map(([tag, value]) => `${tag}  - ${risValue(value)}`)
      .join('\r\n'),
  );
  return {
    filename: exportFilename('ris', options),
    mimeType: 'application/x-research-info-systems',
    content: records.length > 0 ? `${records.join('\r\n\r\n')}\r\n` : '',
  };
}
