import type { LibraryData } from '@/features/library/schema';
import { shortHash } from '@/features/papers/paper-id';
import { hasOwnKey } from '@/lib/keyed-record';
import type { Paper } from '@/features/papers/schema';
import {
  mergeBackupEntries,
  summariseReplace,
  type EntryMerge,
  type ReplaceSummary,
} from '@/features/transfer/import/backup-merge';
import { mergePaper, PaperIndex, samePaper } from '@/features/transfer/import/paper-matching';
import type {
  ImportFormat,
  ImportIssue,
  ParsedImport,
} from '@/features/transfer/import/import-types';

export type ImportCurrent = {
  /** Every paper the app knows: the bundled dataset and earlier imports, by id. */
  catalogue: ReadonlyMap<string, Paper>;
  library: LibraryData;
};

export type PapersPlan = {
  kind: 'papers';
  format: Exclude<ImportFormat, 'backup'>;
  /** Not in the catalogue yet. */
  added: Paper[];
  /** Already present, and the import adds to them: the existing paper (same id) with the new details. */
  merged: Array<{ existing: Paper; paper: Paper }>;
  /** Already present with nothing new. */
  unchanged: Paper[];
  /** Papers that appeared more than once in the input, counted once. */
  repeats: number;
  warnings: ImportIssue[];
};

export type MergeSummary = Omit<EntryMerge, 'changed'> & { papersAdded: number };

export type BackupPlan = {
  kind: 'backup';
  format: 'backup';
  exportedAt: string;
  backup: LibraryData;
  current: LibraryData;
  merge: MergeSummary & { changed: EntryMerge['changed'] };
  replace: ReplaceSummary;
};

export type ImportPlan = PapersPlan | BackupPlan;

function planPapers(
  parsed: Extract<ParsedImport, { kind: 'papers' }>,
  current: ImportCurrent,
): PapersPlan {
  const index = new PaperIndex(current.catalogue.values());
  const plan: PapersPlan = {
    kind: 'papers',
    format: parsed.format,
    added: [],
    merged: [],
    unchanged: [],
    repeats: 0,
    warnings: parsed.warnings,
  };
  const fromInput = new Set<string>();
  const seen = new Map<string, Paper>();
  for (const incoming of parsed.papers) {
    const match = index.match(incoming);
    if (match && fromInput.has(match.id)) {
      // The same paper twice in one file: fold the second copy into the first.
      plan.repeats += 1;
      const merged = mergePaper(match, incoming);
      seen.set(match.id, merged);
      index.add(merged);
      continue;
    }
    let paper = match ? mergePaper(match, incoming) : incoming;
    if (!match && index.hasId(paper.id))
      paper = { ...paper, id: `${paper.id}-${shortHash(`${paper.title}\n${paper.abstract}`)}` };
    fromInput.add(paper.id);
    seen.set(paper.id, paper);
    index.add(paper);
  }
  for (const [id, paper] of seen) {
    const existing = current.catalogue.get(id);
    if (!existing) plan.added.push(paper);
    else if (samePaper(existing, paper)) plan.unchanged.push(existing);
    else plan.merged.push({ existing, paper });
  }
  return plan;
}

/**
 * What an import would do, before anything changes: for papers, which are new, which match papers already
 * present (same arXiv id in any version, else the same title) and get merged, which add nothing; for a
 * backup, what a merge and what a replace would change.
 */
export function planImport(parsed: ParsedImport, current: ImportCurrent): ImportPlan {
  if (parsed.kind === 'papers') return planPapers(parsed, current);
  const { library: backup, exportedAt } = parsed;
  const { changed, ...counts } = mergeBackupEntries(
    current.library,
    backup,
    exportedAt.slice(0, 10),
  );
  const papersAdded = Object.keys(backup.importedPapers).filter(
    (id) => !hasOwnKey(current.library.importedPapers, id),
  ).length;
  return {
    kind: 'backup',
    format: 'backup',
    exportedAt,
    backup,
    current: current.library,
    merge: { ...counts, papersAdded, changed },
    replace: summariseReplace(current.library, backup),
  };
}
