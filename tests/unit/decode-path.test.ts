import { describe, expect, it } from 'vitest';
import { decodePathSegment } from '@/lib/decode-path';

describe('decodePathSegment', () => {
  it('decodes well-formed escapes', () => {
    expect(decodePathSegment('2401.00001')).toBe('2401.00001');
    expect(decodePathSegment('caf%C3%A9')).toBe('café');
    expect(decodePathSegment('hep-th%2F9901001')).toBe('hep-th/9901001');
  });

  it('returns null instead of throwing on malformed escapes', () => {
    for (const raw of ['%E0%A4%A', '%', 'a%zz', '%C3', '%ED%A0%80'])
      expect(decodePathSegment(raw)).toBeNull();
  });
});
