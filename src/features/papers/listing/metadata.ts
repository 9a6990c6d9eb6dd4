import { parseListingDate, type ListingDate } from './dates';
import {
  isSeparatorLine,
  looksLikeOrganizationLine,
  parseAuthorsLine,
  parseOrganizationLine,
  SEPARATOR,
  type LineIssue,
  type SourceLine,
} from './syntax';

/**
 * The block under an abstract: ("• N authors" | "<handle> <Display Name>" | nothing), "·", date.
 * An organisation line is recognised by the "·" right after it. A lone date line is taken too,
 * with a warning, as some copies lose the "·".
 */

export interface RawMetadata {
  authorCount: number | null;
  organization: { handle: string; name: string } | null;
  date: ListingDate;
  /** Line of the date, to locate date errors found later (e.g. Feb 29 in a common year). */
  dateLine: number;
}

const DATE_EXPECTED =
  'a date such as "Apr 22, 2023" or "Jan 27 2" (a trailing number counts comments)';

export function quote(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
}

function describe(line: SourceLine | undefined): string {
  return line ? `${quote(line.text)}` : 'the end of the file';
}

export interface Issues {
  errors: LineIssue[];
  warnings: LineIssue[];
}

export type MetadataRead =
  { kind: 'none' } | { kind: 'read'; metadata: RawMetadata | null; next: number; issues: Issues };

/** Reads a metadata block starting at lines[at], if one starts there. */
export function readMetadata(lines: readonly SourceLine[], at: number): MetadataRead {
  const first = lines[at];
  if (!first) return { kind: 'none' };
  const issues: Issues = { errors: [], warnings: [] };
  const failed = (next: number): MetadataRead => ({ kind: 'read', metadata: null, next, issues });
  const second = lines[at + 1];
  const authorCount = parseAuthorsLine(first.text);
  let organization: RawMetadata['organization'] = null;
  let cursor = at;
  if (authorCount !== null) cursor = at + 1;
  else if (second && isSeparatorLine(second.text) && looksLikeOrganizationLine(first.text)) {
    organization = parseOrganizationLine(first.text);
    cursor = at + 1;
  } else if (!isSeparatorLine(first.text)) {
    const date = parseListingDate(first.text);
    if (date === null) return { kind: 'none' };
    issues.warnings.push({
      line: first.line,
      message: `a date with no "${SEPARATOR}" line before it; read as the paper's date`,
    });
    return {
      kind: 'read',
      metadata: { authorCount: null, organization: null, date, dateLine: first.line },
      next: at + 1,
      issues,
    };
  }
  const separator = lines[cursor];
  if (separator && isSeparatorLine(separator.text)) cursor += 1;
  else if (separator && parseListingDate(separator.text) !== null) {
    issues.warnings.push({
      line: separator.line,
      message: `no "${SEPARATOR}" line between ${quote(first.text)} and the date`,
    });
  } else {
    issues.errors.push({
      line: separator?.line ?? first.line,
      message: `expected "${SEPARATOR}" and a date after ${quote(first.text)}, found ${describe(separator)}`,
      expected: `"${SEPARATOR}"`,
    });
    return failed(cursor);
  }
  const dateLine = lines[cursor];
  const date = dateLine ? parseListingDate(dateLine.text) : null;
  if (!dateLine || date === null) {
    issues.errors.push({
      line: dateLine?.line ?? lines[cursor - 1].line,
      message: `expected ${DATE_EXPECTED} after "${SEPARATOR}", found ${describe(dateLine)}`,
      expected: DATE_EXPECTED,
    });
    // Skip a garbled date (`Aprl 22, 2023`), but leave a next title to be read as one.
    const garbledDate =
      dateLine !== undefined && dateLine.text.length <= 40 && /\d/.test(dateLine.text);
    return failed(garbledDate ? cursor + 1 : cursor);
  }
  return {
    kind: 'read',
    metadata: { authorCount, organization, date, dateLine: dateLine.line },
    next: cursor + 1,
    issues,
  };
}
