import { parseBareDate, type MonthDay } from './dates';
import { quote, readMetadata, type Issues, type RawMetadata } from './metadata';
import { isHeaderLine, type LineIssue, type SourceLine } from './syntax';

/**
 * The listing's grammar over non-blank lines (extra blank lines never matter):
 *   header line*  [bare date]  entry*
 *   entry    = title, abstract, [metadata]
 *   metadata = see metadata.ts
 */

export interface RawEntry {
  line: number;
  title: string;
  abstract: string;
  metadata: RawMetadata | null;
}

export interface RawListing {
  entries: RawEntry[];
  headerDate: (MonthDay & { line: number }) | null;
  lastLine: number;
  errors: LineIssue[];
  warnings: LineIssue[];
}

// A one-line title is far shorter than an abstract (40 real ones: titles <= 176 characters,
// abstracts >= 1358). Used only to spot a title whose abstract is missing mid-file.
const ABSTRACT_MIN_LENGTH = 300;

function absorb(out: RawListing, issues: Issues): void {
  out.errors.push(...issues.errors);
  out.warnings.push(...issues.warnings);
}

function readsAsTitleThenAbstract(lines: readonly SourceLine[], at: number): boolean {
  const candidate = lines[at];
  const following = lines[at + 1];
  if (!candidate || !following) return false;
  return (
    candidate.text.length < ABSTRACT_MIN_LENGTH &&
    following.text.length >= ABSTRACT_MIN_LENGTH &&
    following.text.length >= 3 * candidate.text.length &&
    !isHeaderLine(following.text) &&
    readMetadata(lines, at + 1).kind === 'none'
  );
}

/** Reads the entry whose title is lines[at]; returns the index after it. */
function readEntry(lines: readonly SourceLine[], at: number, out: RawListing): number {
  const title = lines[at];
  const next = lines[at + 1];
  const missing = (found: string, line: number): void => {
    out.errors.push({
      line,
      message: `expected an abstract after the title ${quote(title.text)}, found ${found}`,
      expected: 'an abstract (one line of text)',
    });
  };
  if (!next) {
    missing('the end of the file', title.line);
    return at + 1;
  }
  const misplaced = readMetadata(lines, at + 1);
  if (misplaced.kind === 'read' || isHeaderLine(next.text)) {
    missing(
      `the ${isHeaderLine(next.text) ? 'header' : 'metadata'} line ${quote(next.text)}`,
      next.line,
    );
    return misplaced.kind === 'read' ? misplaced.next : at + 1;
  }
  if (readsAsTitleThenAbstract(lines, at + 1)) {
    missing(
      `what reads as the next title, ${quote(next.text)}, followed by its abstract`,
      next.line,
    );
    return at + 1;
  }
  const entry = { line: title.line, title: title.text, abstract: next.text };
  const metadata = readMetadata(lines, at + 2);
  if (metadata.kind === 'none') {
    out.entries.push({ ...entry, metadata: null });
    return at + 2;
  }
  absorb(out, metadata.issues);
  out.entries.push({ ...entry, metadata: metadata.metadata });
  return metadata.next;
}

export function readEntries(lines: readonly SourceLine[]): RawListing {
  const out: RawListing = {
    entries: [],
    headerDate: null,
    lastLine: lines.at(-1)?.line ?? 1,
    errors: [],
    warnings: [],
  };
  let at = 0;
  while (at < lines.length) {
    const line = lines[at];
    const beforeFirstEntry = out.entries.length === 0 && out.errors.length === 0;
    const afterHeaderLine = at > 0 && isHeaderLine(lines[at - 1].text);
    const bareDate = beforeFirstEntry || afterHeaderLine ? parseBareDate(line.text) : null;
    if (isHeaderLine(line.text) || bareDate !== null) {
      if (!beforeFirstEntry)
        out.warnings.push({
          line: line.line,
          message: `skipped a repeated header line ${quote(line.text)}`,
        });
      else if (bareDate !== null && out.headerDate === null)
        out.headerDate = { ...bareDate, line: line.line };
      at += 1;
      continue;
    }
    const stray = readMetadata(lines, at);
    if (stray.kind === 'read') {
      out.errors.push({
        line: line.line,
        message: `expected a paper title, found the metadata line ${quote(line.text)} with no paper before it`,
        expected: 'a title line',
      });
      at = stray.next;
      continue;
    }
    at = readEntry(lines, at, out);
  }
  return out;
}
