import { parseImport } from '@/features/transfer/import/parse-import';
import type { ImportSource } from '@/features/transfer/import/read-import';

// Runs the parsers off the main thread, so a 20 MB file does not freeze the page.
self.onmessage = async (event: MessageEvent<ImportSource>) => {
  const source = event.data;
  const text = source.kind === 'file' ? await source.file.text() : source.text;
  self.postMessage(
    await parseImport(text, source.kind === 'file' ? { fileName: source.file.name } : {}),
  );
};
