import { binaryProblem, detectTextKind } from '@/features/transfer/import/detect-format';
import { failure, type ParseResult } from '@/features/transfer/import/import-types';

/** Larger inputs are refused before reading: no real listing, backup or bibliography comes near it. */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const exactly = (bytes: number) => `${bytes.toLocaleString('en')} bytes`;

/** Exact byte counts: rounded megabytes make a file just over the limit read as equal to it. */
export function tooLargeMessage(bytes: number): string {
  return `This is ${exactly(bytes)}; Papershelf imports at most ${exactly(MAX_IMPORT_BYTES)} (${megabytes(MAX_IMPORT_BYTES)}) at a time. Split the file and import the parts.`;
}

export type ParseImportOptions = { fileName?: string };

/**
 * Reads pasted text or a file's text into papers or a backup, detecting the format from the content.
 * Pure apart from loading parsers on demand; never throws for bad input, and changes nothing.
 */
export async function parseImport(
  text: string,
  options: ParseImportOptions = {},
): Promise<ParseResult> {
  if (text.length > MAX_IMPORT_BYTES)
    return failure(null, { message: tooLargeMessage(text.length) });
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    return failure(null, {
      message: options.fileName
        ? `${options.fileName} is empty.`
        : 'There is nothing to import: the text is empty.',
    });
  }
  const binary = binaryProblem(body);
  if (binary) return failure(null, { message: binary });
  switch (detectTextKind(body, options.fileName)) {
    case 'json':
      return (await import('@/features/transfer/import/json-import')).importJson(body);
    case 'bibtex':
      return (await import('@/features/transfer/import/bibtex-import')).importBibtex(body);
    case 'ris':
      return failure(null, {
        message:
          'This is a RIS file, which Papershelf cannot import yet. Export BibTeX from your reference manager instead.',
      });
    case 'listing':
      return (await import('@/features/transfer/import/listing-import')).importListing(
        body,
        options.fileName,
      );
  }
}
