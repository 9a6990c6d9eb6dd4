/**
 * `array` with room for at least `size` elements: itself when it has room, else a copy at least twice as
 * long (so appending one at a time stays linear). `make` allocates the same kind of array.
 */
export function grown<T extends Int32Array | Uint16Array | Uint8Array>(
  array: T,
  size: number,
  make: (n: number) => T,
): T {
  if (array.length >= size) return array;
  const next = make(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}
