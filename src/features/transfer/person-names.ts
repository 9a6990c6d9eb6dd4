export type PersonName = { family: string; given: string; suffix?: string } | { literal: string };

// Lowercase particles that belong to the family name ("Ludwig van Beethoven").
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'dos',
  'das',
  'la',
  'le',
  'ten',
  'ter',
  'zu',
]);
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;

/**
 * Splits a display name ("Yue Wang", "Ludwig van Beethoven", "Wang, Yue") into family and given
 * names the way citation managers store them. A single word stays a literal name.
 */
export function splitName(fullName: string): PersonName {
  const name = fullName.trim().replace(/\s+/g, ' ');
  if (name.includes(',')) {
    const [family = '', ...rest] = name.split(',');
    return { family: family.trim(), given: rest.join(',').trim() };
  }
  const parts = name.split(' ');
  const suffix = parts.length > 2 && SUFFIX.test(parts.at(-1)!) ? parts.pop() : undefined;
  if (parts.length < 2) return { literal: name };
  let start = parts.length - 1;
  for (let i = 1; i < parts.length - 1; i += 1) {
    if (PARTICLES.has(parts[i])) {
      start = i;
      break;
    }
  }
  const split = { family: parts.slice(start).join(' '), given: parts.slice(0, start).join(' ') };
  return suffix ? { ...split, suffix } : split;
}
