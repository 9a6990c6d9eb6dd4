/**
 * Decodes one percent-encoded path segment, or returns null when the escapes are malformed
 * (`%E0%A4%A`, a lone `%`): a hand-edited or truncated link must not throw during render.
 */
export function decodePathSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
