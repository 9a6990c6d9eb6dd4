/**
 * Every word of each paper's abstract, in order, as term numbers in variable-length bytes
 * (numbers below 128 take one byte; frequent words are numbered first, so most do). Enough
 * to check phrases and to list a paper's terms for "similar", at about a quarter of the
 * memory of the abstracts' text, which the engine can then let go.
 */
export class WordSequences {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  /** Per document: where its bytes start and end; -1 when not recorded. */
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);
  private scratch = new Int32Array(256);

  has(doc: number): boolean {
    return doc < this.starts.length && this.starts[doc] >= 0;
  }

  begin(doc: number): void {
    if (doc >= this.starts.length) {
      const size = Math.max(doc + 1, this.starts.length * 2, 1024);
      const starts = new Int32Array(size).fill(-1);
      starts.set(this.starts);
      const ends = new Int32Array(size).fill(-1);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.starts[doc] = this.used;
  }

  push(term: number): void {
    if (this.used + 5 > this.bytes.length) {
      const bytes = new Uint8Array(this.bytes.length * 2);
      bytes.set(this.bytes);
      this.bytes = bytes;
    }
    let value = term;
    while (value >= 128) {
      this.bytes[this.used++] = (value & 127) | 128;
      value >>>= 7;
    }
    this.bytes[this.used++] = value;
  }

  end(doc: number): void {
    this.ends[doc] = this.used;
  }

  /** Gives back the spare capacity left by growing (up to half the bytes). */
  compact(): void {
    if (this.bytes.length > this.used + (1 << 16))
      this.bytes = this.bytes.slice(0, this.used + (1 << 16));
  }

  /** The document's words as term numbers, in order (a view valid until the next call). */
  read(doc: number): Int32Array {
    if (!this.has(doc)) return this.scratch.subarray(0, 0);
    const { bytes } = this;
    let count = 0;
    for (let p = this.starts[doc], end = this.ends[doc]; p < end;) {
      let value = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = bytes[p++];
        value |= (byte & 127) << shift;
        shift += 7;
      } while (byte >= 128);
      if (count === this.scratch.length) {
        const scratch = new Int32Array(count * 2);
        scratch.set(this.scratch);
        this.scratch = scratch;
      }
      this.scratch[count++] = value;
    }
    return this.scratch.subarray(0, count);
  }

  /** Whether the document's words contain `phrase` (term numbers) consecutively. */
  contains(doc: number, phrase: readonly number[]): boolean {
    const words = this.read(doc);
    const last = words.length - phrase.length;
    outer: for (let i = 0; i <= last; i++) {
      for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) continue outer;
      return true;
    }
    return false;
  }
}
