import { useId, type ChangeEvent } from 'react';
import { Button } from '@/components/ui/button';

type ImportSourceStepProps = {
  text: string;
  onTextChange: (text: string) => void;
  onFile: (file: File) => void;
  onPreviewText: () => void;
  onCancel: () => void;
};

const FIELD = 'w-full rounded-lg border border-line bg-surface px-3 py-2 text-sm text-ink';

/** Where the import comes from: a file (previewed as soon as it is chosen) or pasted text. */
export function ImportSourceStep({
  text,
  onTextChange,
  onFile,
  onPreviewText,
  onCancel,
}: ImportSourceStepProps) {
  const fileId = useId();
  const textId = useId();
  const hintId = useId();
  const onFileChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <div className="flex flex-col gap-4">
      <p id={hintId} className="text-sm text-ink-muted">
        A Papershelf backup, BibTeX (from arXiv, Zotero or elsewhere), Hugging Face papers API JSON,
        or a listing copied from huggingface.co/papers. You will see what changes before anything
        does.
      </p>
      <div className="flex flex-col gap-1">
        <label htmlFor={fileId} className="text-sm font-medium">
          Choose file
        </label>
        <input
          id={fileId}
          type="file"
          accept=".json,.bib,.bibtex,.txt,application/json,application/x-bibtex,text/plain"
          aria-describedby={hintId}
          onChange={onFileChange}
          className="min-h-11 text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-line file:bg-surface-raised file:px-3 file:text-ink sm:min-h-9 sm:file:min-h-9"
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={textId} className="text-sm font-medium">
          Paste text
        </label>
        <textarea
          id={textId}
          value={text}
          onChange={(event) => onTextChange(event.target.value)}
          rows={8}
          spellCheck={false}
          className={`${FIELD} font-mono`}
        />
      </div>
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button variant="primary" onClick={onPreviewText} disabled={text.trim() === ''}>
          Preview
        </Button>
      </div>
    </div>
  );
}
