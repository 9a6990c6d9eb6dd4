import { readEntries, type RawListing } from './entries';
import { isIsoDate, resolveListingDate, todayIso } from './dates';
import { statsOf, toPaper, withIds, type ListingStats } from './papers';
import { findNonText, toSourceLines, type LineIssue } from './syntax';
import type { Paper } from '@/features/papers/schema';

export { formatListing } from './format';
export type { ListingStats } from './papers';

/** `line` is 1-based; 0 only for a bad option (`capturedAt`), which belongs to no line. */
export type ListingError = LineIssue;
export type ListingWarning = LineIssue;

export interface ParseListingOptions {
  /** YYYY-MM-DD. Default: the header's bare date in the latest year not after `today`, else `today`. */
  capturedAt?: string;
  /** Where the text came from (a file name); echoed in the result. */
  source?: string;
  /** YYYY-MM-DD, for inferring the capture date. Default: the local date now. */
  today?: string;
}

export type ListingResult =
  | {
      ok: true;
      papers: Paper[];
      warnings: ListingWarning[];
      stats: ListingStats;
      capturedAt: string;
      capturedAtFrom: 'option' | 'header' | 'today';
      source: string | null;
    }
  | { ok: false; errors: ListingError[] };

const MAX_ERRORS = 50;

function fail(errors: ListingError[]): ListingResult {
  return { ok: false, errors: [...errors].sort((a, b) => a.line - b.line).slice(0, MAX_ERRORS) };
}

function resolveCapture(options: ParseListingOptions, raw: RawListing, warnings: ListingWarning[]) {
  const header = raw.headerDate;
  if (options.capturedAt !== undefined) {
    const [, month, day] = options.capturedAt.split('-').map(Number);
    if (header && (header.month !== month || header.day !== day)) {
      warnings.push({
        line: header.line,
        message: `the header's date differs from the capture date ${options.capturedAt}`,
      });
    }
    return { capturedAt: options.capturedAt, from: 'option' as const };
  }
  const today =
    options.today !== undefined && isIsoDate(options.today) ? options.today : todayIso();
  if (header) {
    const capturedAt = resolveListingDate({ ...header, year: null }, today);
    if (capturedAt !== null) return { capturedAt, from: 'header' as const };
  }
  return { capturedAt: today, from: 'today' as const };
}

/** Parses a listing copied from huggingface.co/papers. Never throws; errors carry line numbers. */
export function parseListing(text: string, options: ParseListingOptions = {}): ListingResult {
  if (options.capturedAt !== undefined && !isIsoDate(options.capturedAt)) {
    return fail([
      {
        line: 0,
        message: `capturedAt "${options.capturedAt}" is not a date`,
        expected: 'YYYY-MM-DD',
      },
    ]);
  }
  const nonText = findNonText(text);
  if (nonText) return fail([nonText]);
  const lines = toSourceLines(text);
  if (lines.length === 0) {
    return fail([
      {
        line: 1,
        message: 'the file is empty',
        expected: 'a Daily Papers listing: a title, an abstract, ...',
      },
    ]);
  }
  const raw = readEntries(lines);
  const errors = [...raw.errors];
  const warnings = [...raw.warnings];
  if (raw.entries.length === 0 && errors.length === 0) {
    errors.push({
      line: raw.lastLine,
      message: 'found no paper after the header',
      expected: 'a title line followed by an abstract',
    });
  }
  const { capturedAt, from } = resolveCapture(options, raw, warnings);
  const drafts = raw.entries.map((entry) => {
    const metadata = entry.metadata;
    if (!metadata) return toPaper(entry, null);
    const publishedAt = resolveListingDate(metadata.date, capturedAt);
    if (publishedAt === null) {
      errors.push({
        line: metadata.dateLine,
        message: `this date does not exist in ${capturedAt.slice(0, 4)}`,
        expected: 'a real calendar date',
      });
    } else if (publishedAt > capturedAt) {
      warnings.push({
        line: metadata.dateLine,
        message: `the date ${publishedAt} is after the capture date ${capturedAt}`,
      });
    }
    return toPaper(entry, publishedAt);
  });
  if (errors.length > 0) return fail(errors);
  const papers = withIds(
    drafts,
    raw.entries.map((entry) => entry.line),
    warnings,
  );
  warnings.sort((a, b) => a.line - b.line);
  return {
    ok: true,
    papers,
    warnings,
    stats: statsOf(papers),
    capturedAt,
    capturedAtFrom: from,
    source: options.source ?? null,
  };
}
