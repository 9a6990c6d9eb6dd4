import type {
  ExportFile,
  ExportItem,
  ExportOptions,
} from '@/features/transfer/export/export-types';

export type ListFormat = 'markdown' | 'bibtex' | 'ris' | 'csl-json' | 'csv';
export type ListExporter = (items: ExportItem[], options?: ExportOptions) => ExportFile;

/** The formats that export a list of papers, in menu order; `copy` offers the clipboard as well. */
export const LIST_FORMATS: ReadonlyArray<{ id: ListFormat; label: string; copy: boolean }> = [
  { id: 'markdown', label: 'Markdown', copy: true },
  { id: 'bibtex', label: 'BibTeX', copy: true },
  { id: 'ris', label: 'RIS', copy: false },
  { id: 'csl-json', label: 'CSL-JSON', copy: false },
  { id: 'csv', label: 'CSV', copy: false },
];

/** Exporters load on first use (dynamic import), so none of them is in the first bundle. */
export async function loadListExporter(format: ListFormat): Promise<ListExporter> {
  switch (format) {
    case 'markdown':
      return (await import('@/features/transfer/export/markdown-export')).exportMarkdown;
    case 'bibtex':
      return (await import('@/features/transfer/export/bibtex-export')).exportBibtex;
    case 'ris':
      return (await import('@/features/transfer/export/ris-export')).exportRis;
    case 'csl-json':
      return (await import('@/features/transfer/export/csl-json-export')).exportCslJson;
    case 'csv':
      return (await import('@/features/transfer/export/csv-export')).exportCsv;
  }
}
