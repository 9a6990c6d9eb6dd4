import { useEffect, useRef, useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { Button } from '@/components/ui/button';
import type { RestoreMode } from '@/features/library/state/restore';
import { applyImport, type ImportResult } from '@/features/transfer/import/apply-import';
import {
  FORMAT_LABELS,
  type ImportFormat,
  type ImportIssue,
} from '@/features/transfer/import/import-types';
import {
  planImport,
  type ImportCurrent,
  type ImportPlan,
} from '@/features/transfer/import/plan-import';
import { readImport, type ImportSource } from '@/features/transfer/import/read-import';
import { BackupPreview } from '@/features/transfer/components/backup-preview';
import { ImportIssues } from '@/features/transfer/components/import-issues';
import { ImportSourceStep } from '@/features/transfer/components/import-source-step';
import { PapersPreview } from '@/features/transfer/components/papers-preview';

export type ImportDialogProps = {
  open: boolean;
  onClose: () => void;
  /** The catalogue and library the import is compared with. */
  current: ImportCurrent;
  /** Called once the user confirms: pass `importedPapers` to `importPapers`, and `library` to `restore(library, mode)`. */
  onConfirm: (result: ImportResult, plan: ImportPlan) => void;
};

type Stage =
  | { step: 'source' }
  | { step: 'reading'; from: string }
  | { step: 'failed'; from: string; format: ImportFormat | null; errors: ImportIssue[] }
  | { step: 'preview'; from: string; plan: ImportPlan };

function ImportFlow({ current, onClose, onConfirm }: Omit<ImportDialogProps, 'open'>) {
  const [stage, setStage] = useState<Stage>({ step: 'source' });
  const [text, setText] = useState('');
  const [mode, setMode] = useState<RestoreMode>('merge');
  const request = useRef(0);
  // Aborting stops the parse that is running: Back, Cancel and closing the dialog must not leave it busy.
  const reading = useRef<AbortController | null>(null);
  useEffect(() => () => reading.current?.abort(), []);
  const heading = useRef<HTMLHeadingElement>(null);
  // The control that started the preview is gone now: keep keyboard and screen-reader users in the dialog.
  useEffect(() => {
    if (stage.step !== 'source') heading.current?.focus();
  }, [stage.step]);

  async function preview(source: ImportSource, from: string) {
    const id = ++request.current;
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    setStage({ step: 'reading', from });
    let result;
    try {
      result = await readImport(source, controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return;
      result = {
        ok: false as const,
        format: null,
        errors: [{ message: `The input could not be read: ${String(error)}` }],
      };
    }
    if (id !== request.current) return;
    setStage(
      result.ok
        ? { step: 'preview', from, plan: planImport(result.value, current) }
        : { step: 'failed', from, format: result.format, errors: result.errors },
    );
  }
  const back = () => {
    request.current += 1;
    reading.current?.abort();
    setStage({ step: 'source' });
  };
  // Stop the parse before closing, not only when the dialog unmounts: closing may keep it mounted a moment.
  const cancel = () => {
    request.current += 1;
    reading.current?.abort();
    onClose();
  };
  const confirm = (plan: ImportPlan) => {
    onConfirm(applyImport(plan, mode), plan);
    onClose();
  };

  if (stage.step === 'source') {
    return (
      <ImportSourceStep
        text={text}
        onTextChange={setText}
        onFile={(file) => void preview({ kind: 'file', file }, file.name)}
        onPreviewText={() => void preview({ kind: 'text', text }, 'pasted text')}
        onCancel={cancel}
      />
    );
  }
  const format =
    stage.step === 'preview' ? stage.plan.format : stage.step === 'failed' ? stage.format : null;
  return (
    <div className="flex flex-col gap-4">
      <h3 ref={heading} tabIndex={-1} className="text-base font-semibold focus:outline-none">
        Preview
      </h3>
      <p aria-live="polite" className="text-sm text-ink-muted">
        {stage.step === 'reading'
          ? `Reading ${stage.from}…`
          : `${format ? FORMAT_LABELS[format] : 'Unrecognised input'}, from ${stage.from}.`}
      </p>
      {stage.step === 'failed' && (
        <div role="alert" className="flex flex-col gap-2">
          <p className="text-sm font-medium text-danger">
            Nothing was imported. Fix the problem and try again:
          </p>
          <ImportIssues issues={stage.errors} tone="error" />
        </div>
      )}
      {stage.step === 'preview' && stage.plan.kind === 'papers' && (
        <PapersPreview
          plan={stage.plan}
          onConfirm={() => confirm(stage.plan)}
          onBack={back}
          onCancel={cancel}
        />
      )}
      {stage.step === 'preview' && stage.plan.kind === 'backup' && (
        <BackupPreview
          plan={stage.plan}
          mode={mode}
          onModeChange={setMode}
          onConfirm={() => confirm(stage.plan)}
          onBack={back}
          onCancel={cancel}
        />
      )}
      {stage.step !== 'preview' && (
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={back}>
            Back
          </Button>
          <Button variant="ghost" onClick={cancel}>
            Cancel
          </Button>
        </div>
      )}
    </div>
  );
}

/** The "Import" dialog: choose a file or paste text, see a preview, and only then confirm. */
export function ImportDialog({ open, onClose, current, onConfirm }: ImportDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Import" className="max-w-xl">
      <ImportFlow current={current} onClose={onClose} onConfirm={onConfirm} />
    </Dialog>
  );
}
