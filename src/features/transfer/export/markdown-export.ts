import { STATUS_LABELS, type ReadingStatus } from '@/features/library/schema';
import { hfPaperUrl } from '@/features/papers/paper-links';
import { primaryUrl, validArxivId } from '@/features/transfer/paper-links';
import { safeHttpUrl } from '@/lib/safe-url';
import {
  exportFilename,
  localDate,
  type ExportFile,
  type ExportItem,
  type ExportOptions,
} from '@/features/transfer/export/export-types';
import {
  escapeLineStart,
  escapeMarkdown,
  indentBlock,
  markdownLink,
} from '@/features/transfer/export/markdown-text';
import { escapeRawHtml } from '@/features/transfer/export/markdown-raw-html';
import { paperCount } from '@/lib/paper-count';

// The order a reading group reads a list in: what is in progress, what is next, what is done.
const GROUPS: Array<{ status: ReadingStatus | null; heading: string }> = [
  { status: 'reading', heading: STATUS_LABELS.reading },
  { status: 'to-read', heading: STATUS_LABELS['to-read'] },
  { status: 'read', heading: STATUS_LABELS.read },
  { status: null, heading: 'Other papers' },
];

const TITLES = {
  'reading-list': 'Reading list',
  results: 'Papers',
  selection: 'Selected papers',
} as const;
const MAX_NAMED_AUTHORS = 3;

function byline({ paper }: ExportItem): string | null {
  if (paper.organization) return paper.organization.name || paper.organization.handle;
  if (paper.authors.length > 0) {
    const named = paper.authors.slice(0, MAX_NAMED_AUTHORS).join(', ');
    return paper.authors.length > MAX_NAMED_AUTHORS ? `${named} et al.` : named;
  }
  return paper.authorCount ? `${paper.authorCount} authors` : null;
}

function itemLines(item: ExportItem): string[] {
  const { paper, entry } = item;
  const url = primaryUrl(paper);
  const details = [byline(item), paper.publishedAt]
    .filter((part) => part !== null)
    .map((part) => escapeMarkdown(part));
  if (entry && entry.tags.length > 0)
    details.push(`tags: ${entry.tags.map(escapeMarkdown).join(', ')}`);
  const code = safeHttpUrl(paper.codeUrl);
  if (code && code !== url) details.push(markdownLink('code', code));
  const project = safeHttpUrl(paper.projectUrl);
  if (project && project !== url) details.push(markdownLink('project', project));
  const arxivId = validArxivId(paper);
  if (arxivId) details.push(markdownLink('Hugging Face', hfPaperUrl(arxivId)));

  // A title of only spaces would leave the item empty, and an empty item cannot hold the note below it.
  const title = paper.title.trim() ? paper.title : 'Untitled';
  const head = escapeLineStart(
    [markdownLink(title, url), details.join(' · ')].filter(Boolean).join(' — '),
  );
  const note = entry?.note.trim() ?? '';
  // Raw HTML in a note is shown as text, as the preview shows it, by whatever renders the file.
  return note ? [`- ${head}`, '', indentBlock(escapeRawHtml(note)), ''] : [`- ${head}`, ''];
}

/** A reading list to paste into a wiki or a reading-group page: grouped by status, notes under each paper. */
export function exportMarkdown(items: ExportItem[], options: ExportOptions = {}): ExportFile {
  const now = options.now ?? new Date();
  const count = paperCount(items.length);
  const lines = [
    `# ${TITLES[options.scope ?? 'reading-list']}`,
    '',
    `_${count}, exported from Papershelf on ${localDate(now)}._`,
    '',
  ];
  for (const { status, heading } of GROUPS) {
    const group = items.filter((item) => (item.entry?.status ?? null) === status);
    if (group.length === 0) continue;
    lines.push(`## ${heading} (${group.length})`, '');
    for (const item of group) lines.push(...itemLines(item));
  }
  return {
    filename: exportFilename('md', { ...options, now }),
    mimeType: 'text/markdown',
    content: `${lines.join('\n').trimEnd()}\n`,
  };
}
