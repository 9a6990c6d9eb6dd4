import { z } from 'zod/mini';
import { keyedRecord, type KeyedRecord } from '@/lib/keyed-record';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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
      else
        for (const issue of result.error.issues)
          // A finalised issue is a raw issue with its message filled in; only the path moves.
          ctx.issues.push({ ...issue, path: [key, ...issue.path] } as z.core.$ZodRawIssue);
    }
    return out;
  });
}
