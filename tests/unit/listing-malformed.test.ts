import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseListing, type ListingError } from '@/features/papers/listing/parser';

const raw = readFileSync('data/raw/hf-daily-papers-2025-12-09.txt', 'utf8');
const rawLines = raw.split('\n');

/** The capture with its 1-based lines `from..to` removed. */
function without(from: number, to = from): string {
  return [...rawLines.slice(0, from - 1), ...rawLines.slice(to)].join('\n');
}

function errorsOf(text: string, capturedAt = '2025-12-09'): ListingError[] {
  const result = parseListing(text, { capturedAt });
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

function fixture(name: string): string {
  return new TextDecoder().decode(readFileSync(`tests/fixtures/listings/${name}`));
}

describe('parseListing on malformed input: located errors, no papers', () => {
  it('a title with no abstract, followed by an author count', () => {
    // SAILER's title is line 17; its abstract (line 19) is gone, so line 20 is "• 8 authors".
    expect(errorsOf(without(19))).toEqual([
      {
        line: 20,
        message:
          'expected an abstract after the title "SAILER: Structure-aware Pre-trained Language Model for Le...", found the metadata line "• 8 authors"',
        expected: 'an abstract (one line of text)',
      },
    ]);
  });

  it('a title with no abstract, followed by an organisation line', () => {
    expect(errorsOf(without(59)).map((error) => [error.line, error.message])).toEqual([
      [
        60,
        'expected an abstract after the title "ARC-Encoder: learning compressed text representations for...", found the metadata line "kyutai Kyutai"',
      ],
    ]);
  });

  it('a title with no abstract, followed by the next paper', () => {
    // ARMOR's abstract (line 15) is gone: SAILER's title, now line 16, is followed by its long abstract.
    const [error, ...rest] = errorsOf(without(15));
    expect(rest).toEqual([]);
    expect(error.line).toBe(16);
    expect(error.message).toMatch(
      /^expected an abstract after the title "ARMOR v0\.1: .*", found what reads as the next title, "SAILER: /,
    );
  });

  it('a title with no abstract at the end of the file', () => {
    const text = `${raw}\n\nA Late Title With Nothing Under It\n\n`;
    expect(errorsOf(text).map((error) => [error.line, error.message])).toEqual([
      [
        305,
        'expected an abstract after the title "A Late Title With Nothing Under It", found the end of the file',
      ],
    ]);
    expect(errorsOf(fixture('title-without-abstract.txt')).map((error) => error.line)).toEqual([7]);
  });

  it('an unreadable date line in a metadata block', () => {
    expect(errorsOf(raw.replace('Apr 22, 2023', 'Aprl 22, 2023'))).toEqual([
      {
        line: 23,
        message:
          'expected a date such as "Apr 22, 2023" or "Jan 27 2" (a trailing number counts comments) after "·", found "Aprl 22, 2023"',
        expected: 'a date such as "Apr 22, 2023" or "Jan 27 2" (a trailing number counts comments)',
      },
    ]);
    const [error, ...rest] = errorsOf(fixture('bad-date.txt'));
    expect(rest).toEqual([]);
    expect(error.line).toBe(7);
    expect(error.message).toMatch(/ after "·", found "sometime in 2023"$/);
  });

  it('a date that does not exist, with or without a year', () => {
    expect(
      errorsOf(raw.replace('Jul 17, 2023', 'Feb 30, 2023')).map((error) => error.line),
    ).toEqual([31]);
    expect(
      errorsOf(raw.replace('Apr 22, 2023', 'Feb 29')).map((error) => [error.line, error.message]),
    ).toEqual([[23, 'this date does not exist in 2025']]);
  });

  it('a metadata block cut short: the next title is not swallowed as its date', () => {
    // SAILER's date (line 23) is gone: "·" is followed by SkeletonMAE's title.
    expect(errorsOf(without(23)).map((error) => error.line)).toEqual([24]);
  });

  it('a metadata block with no paper above it', () => {
    const text = [
      ...rawLines.slice(0, 12),
      '  • 3 authors',
      '·',
      'Jan 2',
      ...rawLines.slice(12),
    ].join('\n');
    expect(errorsOf(text).map((error) => [error.line, error.message])).toEqual([
      [13, 'expected a paper title, found the metadata line "• 3 authors" with no paper before it'],
    ]);
  });

  it('an empty file, or one with only blank lines or only the header', () => {
    expect(errorsOf(fixture('empty.txt'))).toEqual([
      {
        line: 1,
        message: 'the file is empty',
        expected: 'a Daily Papers listing: a title, an abstract, ...',
      },
    ]);
    expect(errorsOf(' \n\n\t\r\n').map((error) => error.line)).toEqual([1]);
    expect(errorsOf(rawLines.slice(0, 12).join('\n'))).toEqual([
      {
        line: 11,
        message: 'found no paper after the header',
        expected: 'a title line followed by an abstract',
      },
    ]);
  });

  it('a binary file: NUL bytes, or mostly bytes that are not text', () => {
    expect(errorsOf(fixture('binary.bin'))).toEqual([
      {
        line: 1,
        message: 'found a NUL byte: this looks like a binary file',
        expected: 'UTF-8 text copied from the Daily Papers page',
      },
    ]);
    expect(errorsOf(`Title\n\nAbstract\n\u0000`).map((error) => error.line)).toEqual([4]);
    const noise = Array.from({ length: 400 }, (_, i) => String.fromCharCode(1 + (i % 8))).join('');
    expect(errorsOf(`A title\n${noise}`).map((error) => [error.line, error.message])).toEqual([
      [2, 'found mostly control characters or undecodable bytes: this looks like a binary file'],
    ]);
    expect(errorsOf(fixture('../../../public/icon-192.png')).map((error) => error.message)).toEqual(
      ['found a NUL byte: this looks like a binary file'],
    );
  });

  it('a capture date that is not a date', () => {
    expect(errorsOf(raw, '2025-02-30')).toEqual([
      { line: 0, message: 'capturedAt "2025-02-30" is not a date', expected: 'YYYY-MM-DD' },
    ]);
  });

  it('several problems at once, in line order', () => {
    const text = raw.replace('Apr 22, 2023', 'Aprl 22, 2023').replace('Nov 21, 2023', '21/11/2023');
    expect(errorsOf(text).map((error) => error.line)).toEqual([23, 71]);
  });
});
