import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Button } from '@/components/ui/button';
import { libraryActions } from '@/features/library/hooks';
import type { LibraryData } from '@/features/library/schema';
import { queueIds } from '@/features/library/state/counts';
import type { ExportItem, ExportScope } from '@/features/transfer/export/export-types';
import { saveBackup } from '@/features/transfer/export/save-backup';
import { ownValue } from '@/lib/keyed-record';
import { getCurrentResults } from './current-results';
import { selectionActions, useSelectedCount } from './selection';
import { useCatalogue } from './use-catalogue';
import { backupData, importPapers } from './catalogue-writes';

// The export menu is not needed for the first paint: it loads right after, behind a placeholder button.
const ExportMenu = lazy(() =>
  import('@/features/transfer/components/export-menu').then((module) => ({
    default: module.ExportMenu,
  })),
);

// The import dialog brings parsers and the merge planner: loaded when the user first opens it.
const ImportDialog = lazy(() =>
  import('@/features/transfer/components/import-dialog').then((module) => ({
    default: module.ImportDialog,
  })),
);

/** Saves a JSON backup of the whole library and records when it was made. */
export async function downloadBackup(client: QueryClient) {
  await saveBackup(backupData(client));
  libraryActions.markBackedUp();
}

/** Export and Import in the header: composes the transfer dialogs with the catalogue and the library. */
export function TransferControls() {
  const { catalogue } = useCatalogue();
  const queryClient = useQueryClient();
  const selectedCount = useSelectedCount();
  // The library as it was when the dialog opened: what the preview compares with.
  const [snapshot, setSnapshot] = useState<LibraryData | null>(null);
  const setOpen = (open: boolean) => {
    setSnapshot(open ? libraryActions.getData() : null);
  };

  const libraryData = () => libraryActions.getData();

  const getItems = (scope: ExportScope): ExportItem[] => {
    const data = libraryData();
    const entryFor = (id: string) => ownValue(data.entries, id) ?? null;
    if (scope === 'results') {
      return getCurrentResults().map((paper) => ({ paper, entry: entryFor(paper.id) }));
    }
    if (scope === 'selection') {
      return selectionActions.selectedIds().flatMap((id) => {
        const paper = catalogue?.byId.get(id);
        return paper ? [{ paper, entry: entryFor(id) }] : [];
      });
    }
    return queueIds(data.entries).flatMap((id) => {
      const paper = catalogue?.byId.get(id) ?? ownValue(data.importedPapers, id)?.paper;
      return paper ? [{ paper, entry: entryFor(id) }] : [];
    });
  };

  return (
    <>
      <Suspense
        fallback={
          <Button disabled aria-haspopup="true">
            Export
          </Button>
        }
      >
        <ExportMenu
          getItems={getItems}
          getLibrary={() => backupData(queryClient)}
          onBackedUp={() => libraryActions.markBackedUp()}
          hasSelection={selectedCount > 0}
        />
      </Suspense>
      <Button onClick={() => setOpen(true)} aria-haspopup="dialog">
        Import
      </Button>
      {catalogue && snapshot && (
        <Suspense fallback={null}>
          <ImportDialog
            open
            onClose={() => setOpen(false)}
            current={{ catalogue: catalogue.byId, library: snapshot }}
            onConfirm={(result) => {
              if (result.importedPapers.length > 0)
                void importPapers(queryClient, catalogue, result.importedPapers);
              if (result.library) libraryActions.restore(result.library, result.mode ?? 'merge');
            }}
          />
        </Suspense>
      )}
    </>
  );
}
