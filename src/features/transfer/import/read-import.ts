import {
  MAX_IMPORT_BYTES,
  parseImport,
  tooLargeMessage,
} from '@/features/transfer/import/parse-import';
import { failure, type ParseResult } from '@/features/transfer/import/import-types';

export type ImportSource = { kind: 'file'; file: File } | { kind: 'text'; text: string };

// Below this, starting a worker costs more than parsing in place.
const WORKER_THRESHOLD = 256 * 1024;

const sizeOf = (source: ImportSource) =>
  source.kind === 'file' ? source.file.size : source.text.length;

function inWorker(source: ImportSource): Promise<ParseResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ParseResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(source);
  });
}

async function inPlace(source: ImportSource): Promise<ParseResult> {
  if (source.kind === 'text') return parseImport(source.text);
  return parseImport(await source.file.text(), { fileName: source.file.name });
}

/** Reads and parses a file or pasted text; large inputs go to a worker when the browser has one. */
export async function readImport(source: ImportSource): Promise<ParseResult> {
  const size = sizeOf(source);
  if (size > MAX_IMPORT_BYTES) return failure(null, { message: tooLargeMessage(size) });
  if (size < WORKER_THRESHOLD || typeof Worker === 'undefined') return inPlace(source);
  try {
    return await inWorker(source);
  } catch {
    // A worker that cannot start (blocked by policy, say) must not block the import.
    return inPlace(source);
  }
}
