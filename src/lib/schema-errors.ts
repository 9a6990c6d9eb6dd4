import type { z } from 'zod/mini';

type Issue = z.core.$ZodIssue;

/** `papers[3].title` from an issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** A plain-language description of one schema issue, e.g. `papers[3].title: expected a string`. */
export function describeIssue(issue: Issue): string {
  const where = formatPath(issue.path) || 'the top level';
  return `${where}: ${describeProblem(issue)}`;
}

function describeProblem(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${article(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? 'must not be empty'
        : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return `has the wrong format (${issue.format})`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'not_multiple_of':
      return 'must be a whole number';
    case 'unrecognized_keys':
      return `has unknown fields ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

function article(type: string): string {
  if (type === 'array' || type === 'object') return `an ${type}`;
  if (type === 'int') return 'a whole number';
  return `a ${type}`;
}

/** The first few issues, described; for error messages that name the field. */
export function describeIssues(issues: readonly Issue[], max = 3): string {
  const shown = issues.slice(0, max).map(describeIssue);
  const more = issues.length > max ? ` (and ${issues.length - max} more)` : '';
  return `${shown.join('; ')}${more}`;
}
