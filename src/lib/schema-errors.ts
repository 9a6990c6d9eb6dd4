import type { z } from 'zod/mini';

// The one translation from schema errors to what a person reads, for every boundary: the catalogue file, a
// backup, an imported file, the papers API.

type Issue = z.core.$ZodIssue;

/** One located problem: where (`papers[3].title`) and what is wrong there. */
export type SchemaIssue = { path: string; message: string };

const NOUNS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'a list',
  null: 'null',
};

/** `papers[3].title`, `library.entries["2305.07922"].status` */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(top level)';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}

const MAX_QUOTED = 60;

/** The offending value as JSON, cut short: it is shown to the user and may be long or hostile. */
function shortJson(value: unknown): string {
  const json = JSON.stringify(value) ?? 'nothing';
  return json.length > MAX_QUOTED ? `${json.slice(0, MAX_QUOTED)}…` : json;
}

function describe(issue: Issue, received: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (received === undefined)
        return `missing (expected ${NOUNS[issue.expected] ?? issue.expected})`;
      return `expected ${NOUNS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}, found ${JSON.stringify(received) ?? 'nothing'}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} items`
        : `must be at least ${issue.minimum}`;
    case 'too_big':
      return `must be at most ${issue.maximum}`;
    case 'invalid_format':
      if (issue.format !== 'regex') return `is not a valid ${issue.format}`;
      // A schema that names the rule (an arXiv id) says so; zod's own message is a bare "Invalid input".
      return issue.message && issue.message !== 'Invalid input'
        ? `${issue.message}, found ${shortJson(received)}`
        : `has an unexpected format (${shortJson(received)})`;
    case 'custom':
      // Custom checks carry their own wording ("must be a date and time …"); show what was found.
      return `${issue.message}, found ${(JSON.stringify(received) ?? 'nothing').slice(0, 80)}`;
    default:
      return 'is not valid';
  }
}

/** Schema errors as located messages (`papers[3].title: expected a string`), at most `limit` of them. */
export function schemaIssues(
  error: z.core.$ZodError,
  data: unknown,
  prefix = '',
  limit = 10,
): SchemaIssue[] {
  return error.issues.slice(0, limit).map((issue) => ({
    path: formatPath(issue.path, prefix),
    message: describe(issue, valueAt(data, issue.path)),
  }));
}

/** The first few problems in one sentence: `papers[3].title: expected a string; … (and 4 more)`. */
export function describeSchemaError(error: z.core.$ZodError, data: unknown, max = 3): string {
  const shown = schemaIssues(error, data, '', max).map(
    ({ path, message }) => `${path}: ${message}`,
  );
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : '';
  return `${shown.join('; ')}${more}`;
}
