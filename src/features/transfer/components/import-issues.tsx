import { describeIssue, type ImportIssue } from '@/features/transfer/import/import-types';

const SHOWN = 20;

/** Problems with where they are: line and column, entry key, or field path. */
export function ImportIssues({
  issues,
  tone,
}: {
  issues: readonly ImportIssue[];
  tone: 'error' | 'warning';
}) {
  const style = tone === 'error' ? 'bg-danger-soft text-danger' : 'bg-warn-soft text-warn';
  return (
    <ul className={`flex flex-col gap-1 rounded-lg px-4 py-3 text-sm ${style}`}>
      {issues.slice(0, SHOWN).map((issue, index) => (
        <li key={index} className="break-words">
          {describeIssue(issue)}
        </li>
      ))}
      {issues.length > SHOWN && <li>…and {issues.length - SHOWN} more.</li>}
    </ul>
  );
}
