import {
  MAX_IMPORT_BYTES,
  parseImport,
  tooLargeMessage,
} from '@/features/transfer/import/parse-import';
import { failure, type ParseResult } from '@/features/transfer/import/import-types';

export type ImportSource = { kind: 'file'; file: File } | { kind: 'text'; text: string };

const sizeOf = (source: ImportSource) =>
  source.kind === 'file' ? source.file.size : source.text.length;

/** Rejects with this when the reader gave up on the import (Back, Cancel, the dialog closed). */
export const abortError = () => new DOMException('The import was cancelled.', 'AbortError');

function inWorker(source: ImportSource, signal?: AbortSignal): Promise<ParseResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    // Terminating is the only way to stop a parser that is busy: it never yields to read a message.
    const stop = () => {
      worker.terminate();
      reject(abortError());
    };
    signal?.addEventListener('abort', stop, { once: true });
    const done = () => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<ParseResult>) => {
      done();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      done();
      reject(new WorkerStartError(event.message));
    };
    worker.postMessage(source);
  });
}

class WorkerStartError extends Error {}

async function inPlace(source: ImportSource): Promise<ParseResult> {
  if (source.kind === 'text') return parseImport(source.text);
  return parseImport(await source.file.text(), { fileName: source.file.name });
}

/**
 * Reads and parses a file or pasted text. Every input goes to a worker when the browser has one, so
 * the page never waits on a parser, and aborting `signal` stops the parse at once.
 */
export async function readImport(source: ImportSource, signal?: AbortSignal): Promise<ParseResult> {
  const size = sizeOf(source);
  if (size > MAX_IMPORT_BYTES) return failure(null, { message: tooLargeMessage(size) });
  if (signal?.aborted) throw abortError();
  if (typeof Worker === 'undefined') return inPlace(source);
  try {
    return await inWorker(source, signal);
  } catch (error) {
    // A worker that cannot start (blocked by policy, say) must not block the import.
    if (error instanceof WorkerStartError) return inPlace(source);
    throw error;
  }
}
