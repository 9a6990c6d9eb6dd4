import type { DocStore } from './doc-store';
import { invert, type ForwardLists } from './invert';
import type { InvertedIndex } from './inverted-index';
import * as terms from './term-table';
import type { TermTable } from './term-table';
import type { WordSequences } from './word-sequences';
import * as tokenize from '@/features/search/text/tokenize';
import { grown } from './grown';

// Local copies: module bindings can compile to getters (dev servers, test runners), which
// costs a call per character in the loops below.
const { isWordCode } = terms;
const { fold, hasNonAscii } = tokenize;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

// Term frequencies of one document packed in 16 bits: title (4 bits), meta (4), abstract (8).
const TITLE = 0;
const META = 1;
const ABSTRACT = 2;
const SHIFT = [0, 4, 8] as const;
const CAP = [15, 15, 255] as const;

/** For ASCII text: 0 separates words, 1 is a lowercase letter or digit, 2 an uppercase letter. */
const ASCII_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) ASCII_CLASS[code] = 1;
  else if (code >= 65 && code <= 90) ASCII_CLASS[code] = 2;
}

/**
 * Builds the inverted index in steps (so a worker can answer messages in between): each step
 * turns documents into forward lists (term, packed frequencies); `finish` inverts them.
 */
export class IndexBuilder {
  next: number;
  private fwdTerms = new Int32Array(1 << 16);
  private fwdTf = new Uint16Array(1 << 16);
  private fwdLength = 0;
  /** Per document since `first`: end of its forward list, and its title and abstract lengths. */
  private docEnd = new Int32Array(1024);
  private titleLength = new Uint16Array(1024);
  private abstractLength = new Uint16Array(1024);
  private scratch = new Uint16Array(1024);
  private touched: number[] = [];

  constructor(
    private readonly store: DocStore,
    private readonly table: TermTable,
    readonly first: number,
  ) {
    this.next = first;
  }

  get done(): boolean {
    return this.next >= this.store.count;
  }

  /** Term numbers of the forward lists built so far (see `forwardRange`). */
  get forwardTerms(): Int32Array {
    return this.fwdTerms;
  }

  /** Packed frequencies beside `forwardTerms`: title in the low 4 bits. */
  get forwardTf(): Uint16Array {
    return this.fwdTf;
  }

  /** Where a tokenized document's forward list is, or null if it is not tokenized yet. */
  forwardRange(doc: number): [number, number] | null {
    if (doc < this.first || doc >= this.next) return null;
    const local = doc - this.first;
    return [local === 0 ? 0 : this.docEnd[local - 1], this.docEnd[local]];
  }

  /** Tokenizes up to `maxDocs` more documents. */
  step(maxDocs: number): void {
    const end = Math.min(this.store.count, this.next + maxDocs);
    const size = end - this.first;
    this.docEnd = grown(this.docEnd, size, (n) => new Int32Array(n));
    this.titleLength = grown(this.titleLength, size, (n) => new Uint16Array(n));
    this.abstractLength = grown(this.abstractLength, size, (n) => new Uint16Array(n));
    for (let doc = this.next; doc < end; doc++) {
      const local = doc - this.first;
      this.titleLength[local] = Math.min(65535, this.accumulate(this.store.titles[doc], TITLE));
      this.accumulate(this.store.metas[doc], META);
      const words = this.store.abstractWords;
      words.begin(doc);
      this.abstractLength[local] = Math.min(
        65535,
        this.accumulate(this.store.abstracts[doc], ABSTRACT, words),
      );
      words.end(doc);
      // The word sequence now stands for the text; in a worker that halves the memory held.
      this.store.abstracts[doc] = '';
      this.flush();
      this.docEnd[local] = this.fwdLength;
    }
    this.next = end;
  }

  /**
   * Adds the terms of one field to the scratch counts; returns how many terms it has. With
   * `record`, also appends every word (indexed or not) to the document's word sequence.
   */
  private accumulate(raw: string, field: 0 | 1 | 2, record: WordSequences | null = null): number {
    const text = hasNonAscii(raw) ? fold(raw) : raw;
    const table = this.table;
    const shift = SHIFT[field];
    const cap = CAP[field];
    const n = text.length;
    let count = 0;
    let i = 0;
    while (i < n) {
      let code = text.charCodeAt(i);
      while (i < n && (code < 128 ? ASCII_CLASS[code] === 0 : !isWordCode(code)))
        code = text.charCodeAt(++i);
      const start = i;
      let hash = FNV_OFFSET;
      while (i < n) {
        const kind = code < 128 ? ASCII_CLASS[code] : isWordCode(code) ? 1 : 0;
        if (kind === 0) break;
        if (kind === 2) code += 32;
        hash = Math.imul(hash ^ code, FNV_PRIME);
        code = text.charCodeAt(++i);
      }
      if (i === start) continue;
      const term = table.internSlice(text, start, i, hash);
      record?.push(term);
      if (table.stop[term] === 1) continue;
      count++;
      if (term >= this.scratch.length)
        this.scratch = grown(this.scratch, table.size, (k) => new Uint16Array(k));
      const packed = this.scratch[term];
      if (packed === 0) this.touched.push(term);
      if (((packed >> shift) & cap) < cap) this.scratch[term] = packed + (1 << shift);
    }
    return count;
  }

  private flush(): void {
    const need = this.fwdLength + this.touched.length;
    if (need > this.fwdTerms.length) {
      this.fwdTerms = grown(this.fwdTerms, need, (n) => new Int32Array(n));
      this.fwdTf = grown(this.fwdTf, need, (n) => new Uint16Array(n));
    }
    for (const term of this.touched) {
      this.fwdTerms[this.fwdLength] = term;
      this.fwdTf[this.fwdLength++] = this.scratch[term];
      this.scratch[term] = 0;
    }
    this.touched.length = 0;
  }

  /** Inverts the forward lists, keeping the live postings of `previous` in front of the new ones. */
  finish(previous: InvertedIndex | null): InvertedIndex {
    if (!this.done) this.step(this.store.count);
    const forward: ForwardLists = {
      first: this.first,
      count: this.next - this.first,
      terms: this.fwdTerms,
      tf: this.fwdTf,
      docEnd: this.docEnd,
      titleLength: this.titleLength,
      abstractLength: this.abstractLength,
    };
    return invert(forward, this.store, this.table, previous);
  }
}
