type Comparator = (a: number, b: number) => number;

/** Elements per run sorted natively before the merging starts. */
const RUN = 1024;

/**
 * Sorts the numbers 0..n-1 a bounded amount at a time: a bottom-up merge sort whose runs and merges can stop
 * and resume anywhere, so an expensive order (titles, compared as strings) can be computed beside the index build
 * in slices that never hold a request up for long. The order is stable, like `TypedArray.prototype.sort`.
 */
export class StepwiseSort {
  private src: Int32Array;
  private dst: Int32Array;
  /** Runs sorted so far: everything before it is sorted in runs of `RUN`. */
  private sortedUpTo = 0;
  /** The merge pass: runs of `width` are merged in pairs from `src` into `dst`. */
  private width = RUN;
  // The merge in progress: [i, mid) and [j, end) into dst from k.
  private mid = 0;
  private end = 0;
  private i = 0;
  private j = 0;
  private k = 0;

  constructor(
    readonly count: number,
    private readonly compare: Comparator,
  ) {
    this.src = new Int32Array(count);
    for (let doc = 0; doc < count; doc++) this.src[doc] = doc;
    this.dst = new Int32Array(count);
    this.startMerge(0);
  }

  get done(): boolean {
    return this.sortedUpTo >= this.count && this.width >= this.count;
  }

  /** Does about `work` comparisons' worth of sorting; true once the order is complete. */
  step(work: number): boolean {
    let budget = work;
    while (budget > 0 && !this.done) {
      if (this.sortedUpTo < this.count) {
        const end = Math.min(this.sortedUpTo + RUN, this.count);
        this.src.subarray(this.sortedUpTo, end).sort(this.compare);
        budget -= (end - this.sortedUpTo) * Math.log2(RUN);
        this.sortedUpTo = end;
        continue;
      }
      budget = this.merge(budget);
    }
    return this.done;
  }

  /** The order, finishing whatever is left first. */
  finish(): Int32Array {
    while (!this.step(Number.MAX_SAFE_INTEGER));
    return this.src;
  }

  private startMerge(lo: number) {
    this.mid = Math.min(lo + this.width, this.count);
    this.end = Math.min(lo + 2 * this.width, this.count);
    this.i = lo;
    this.j = this.mid;
    this.k = lo;
  }

  /** Merges until the budget runs out; returns what is left of it. */
  private merge(budget: number): number {
    const { src, dst, compare } = this;
    let { i, j, k } = this;
    const { mid, end } = this;
    while (budget > 0 && k < end) {
      if (j >= end || (i < mid && compare(src[i], src[j]) <= 0)) dst[k++] = src[i++];
      else dst[k++] = src[j++];
      budget--;
    }
    this.i = i;
    this.j = j;
    this.k = k;
    if (k < end) return budget;
    if (end < this.count) {
      this.startMerge(end);
    } else {
      // A pass is complete: its output is the next pass's input.
      [this.src, this.dst] = [this.dst, this.src];
      this.width *= 2;
      this.startMerge(0);
    }
    return budget;
  }
}
