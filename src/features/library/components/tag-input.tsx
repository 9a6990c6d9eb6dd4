import { useId, useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { suggestTags } from '@/features/library/state/counts';
import { normalizeTag, MAX_TAG_LENGTH } from '@/features/library/state/entry';
import { libraryActions, useAllTags, useCanEdit, useTags } from '@/features/library/hooks';

type TagInputProps = { paperId: string };

/**
 * "Add tag": Enter adds what was typed (trimmed, spaces collapsed, lowercased); matching tags from
 * the rest of the library are offered as buttons below while typing.
 */
export function TagInput({ paperId }: TagInputProps) {
  const id = useId();
  const hintId = useId();
  const [value, setValue] = useState('');
  const allTags = useAllTags();
  const present = useTags(paperId);
  const canEdit = useCanEdit();
  const query = normalizeTag(value);
  const suggestions = useMemo(
    () => suggestTags(allTags, present, query),
    [allTags, present, query],
  );

  function add(tag: string) {
    libraryActions.addTag(paperId, tag);
    setValue('');
  }

  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (query) add(query);
      }}
    >
      <label htmlFor={id} className="text-sm font-medium text-ink-muted">
        Add tag
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          type="text"
          value={value}
          maxLength={MAX_TAG_LENGTH}
          disabled={!canEdit}
          autoComplete="off"
          enterKeyHint="done"
          aria-describedby={hintId}
          onChange={(event) => setValue(event.target.value)}
          className="min-h-11 min-w-0 flex-1 rounded-lg border border-line bg-surface-raised px-3 text-sm text-ink sm:min-h-9"
        />
        <Button type="submit" disabled={!canEdit || !query}>
          Add
        </Button>
      </div>
      <p id={hintId} className="sr-only">
        Press Enter to add. Matching tags you already use appear below.
      </p>
      {suggestions.length > 0 && (
        <div role="group" aria-label="Matching tags" className="flex flex-wrap gap-2">
          {suggestions.map((tag) => (
            <Button
              key={tag}
              variant="ghost"
              className="border border-dashed border-line"
              onClick={() => add(tag)}
            >
              {tag}
            </Button>
          ))}
        </div>
      )}
    </form>
  );
}
