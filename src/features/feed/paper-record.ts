import { arxivKey, titleKey } from '@/features/feed/paper-merge';
import type { Paper } from '@/features/papers/schema';

/** One stored paper, with the keys it is found by kept next to it so they can be indexed. */
export type PaperRecord = {
  id: string;
  /** arXiv id without version; '' when unknown (IndexedDB cannot index null). */
  arxivKey: string;
  titleKey: string;
  dailyDate: string;
  paper: Paper;
  /** Other ids this paper arrived under (a slug before its arXiv id was known): links to them resolve. */
  aliases?: string[];
  /** When the reader imported it (a file, a paste, a backup): backups carry imported papers, not fetched ones. */
  importedAt?: string;
  /** When the catalogue first stored this paper: what "New since your last visit" goes by. */
  storedAt?: string;
};

export type RecordMeta = Pick<PaperRecord, 'aliases' | 'importedAt' | 'storedAt'>;

export const toRecord = (paper: Paper, meta: RecordMeta = {}): PaperRecord => ({
  id: paper.id,
  arxivKey: arxivKey(paper) ?? '',
  titleKey: titleKey(paper),
  dailyDate: paper.dailyDate ?? '',
  paper,
  ...(meta.aliases && meta.aliases.length > 0 && { aliases: meta.aliases }),
  ...(meta.importedAt && { importedAt: meta.importedAt }),
  ...(meta.storedAt && { storedAt: meta.storedAt }),
});
