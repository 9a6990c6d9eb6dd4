import { z } from 'zod/mini';
import { keyedRecord, type KeyedRecord } from '@/lib/keyed-record';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The issue, located under `key`. A finalised issue is a raw issue with its message filled in (zod's types
 * cannot say so per issue code), so it goes back in as it is, with only its path moved. */
function atKey(issue: z.core.$ZodIssue, key: string): z.core.$ZodRawIssue {
  const moved = { ...issue, path: [key, ...issue.path] };
  return moved as z.core.$ZodRawIssue;
}

/**
 * Like `z.record(z.string(), value)`, but every key survives: zod's record silently drops a `__proto__`
 * key (which JSON.parse creates as an ordinary property), and builds its output on a plain object.
 * This one keeps every own key and returns a record without a prototype.
 */
export function keyedRecordSchema<T extends z.ZodMiniType>(value: T) {
  return z.transform((input: unknown, ctx): KeyedRecord<z.output<T>> => {
    const out = keyedRecord<z.output<T>>();
    if (!isObject(input)) {
      ctx.issues.push({ code: 'invalid_type', expected: 'record', input });
      return out;
    }
    for (const key of Object.keys(input)) {
      const result = value.safeParse(input[key]);
      if (result.success) out[key] = result.data;
      else for (const issue of result.error.issues) ctx.issues.push(atKey(issue, key));
    }
    return out;
  });
}
