import type { SearchablePaper } from '@/features/search/types';
import { slugKey } from '@/features/search/text/tokenize';
import { dateKeyOf } from '@/features/search/ranking/newest';
import { WordSequences } from './word-sequences';
import { grown } from './grown';

/** A facet value that papers carry: an organisation or a topic. */
export interface NamedValue {
  key: string;
  label: string;
}

const NO_TOPICS: readonly number[] = [];

/**
 * Everything the engine keeps per paper, in flat arrays indexed by document number: the text
 * (the same strings the caller passed, not copies) for phrases, scans and "similar", and facet
 * and sort keys. Documents are only appended;
 * a re-added id retires its old document, so numbers handed out earlier never change meaning.
 */
export class DocStore {
  count = 0;
  aliveCount = 0;
  /** Bumped on every change, so caches built from the store know when to rebuild. */
  version = 0;
  readonly ids: string[] = [];
  readonly docById = new Map<string, number>();
  readonly titles: string[] = [];
  /** Emptied once indexed: `abstractWords` then holds the abstract, compactly. */
  readonly abstracts: string[] = [];
  readonly abstractWords = new WordSequences();
  /** Organisation, authors and topics. */
  readonly metas: string[] = [];
  /** The topic numbers of document d: `topicList[topicStart[d] .. topicStart[d + 1])`. */
  topicStart = new Int32Array(1);
  topicList = new Int32Array(0);
  private topicsUsed = 0;
  readonly orgs: NamedValue[] = [];
  readonly topics: NamedValue[] = [];
  /** Handle and display-name keys -> organisation number. */
  readonly orgByKey = new Map<string, number>();
  readonly topicByKey = new Map<string, number>();
  alive = new Uint8Array(0);
  /** -1: no organisation. */
  orgOf = new Int32Array(0);
  /** 0: unknown. */
  yearOf = new Uint16Array(0);
  /** YYYYMMDD, 0: unknown. */
  dateKey = new Int32Array(0);
  /** -1: unknown. */
  comments = new Int32Array(0);
  /** -1: unknown. */
  upvotes = new Int32Array(0);
  hasCode = new Uint8Array(0);

  /** Appends papers; returns the first new document number. */
  add(papers: readonly SearchablePaper[]): number {
    const first = this.count;
    const size = first + papers.length;
    this.alive = grown(this.alive, size, (n) => new Uint8Array(n));
    this.orgOf = grown(this.orgOf, size, (n) => new Int32Array(n));
    this.yearOf = grown(this.yearOf, size, (n) => new Uint16Array(n));
    this.dateKey = grown(this.dateKey, size, (n) => new Int32Array(n));
    this.comments = grown(this.comments, size, (n) => new Int32Array(n));
    this.upvotes = grown(this.upvotes, size, (n) => new Int32Array(n));
    this.hasCode = grown(this.hasCode, size, (n) => new Uint8Array(n));
    this.topicStart = grown(this.topicStart, size + 1, (n) => new Int32Array(n));
    for (const paper of papers) this.addOne(paper);
    this.version++;
    return first;
  }

  private addOne(paper: SearchablePaper): void {
    const doc = this.count++;
    const previous = this.docById.get(paper.id);
    if (previous !== undefined) this.retire(previous);
    this.docById.set(paper.id, doc);
    this.ids.push(paper.id);
    this.alive[doc] = 1;
    this.aliveCount++;
    this.titles.push(paper.title);
    this.abstracts.push(paper.abstract);
    const org = paper.organization;
    let meta = org ? `${org.handle} \n ${org.name}` : '';
    for (const name of paper.authors) meta += ` \n ${name}`;
    for (const topic of paper.topics) meta += ` \n ${topic}`;
    this.metas.push(meta);
    this.orgOf[doc] = org ? this.orgNumber(org.handle, org.name) : -1;
    const topics = this.topicNumbers(paper.topics);
    this.topicList = grown(
      this.topicList,
      this.topicsUsed + topics.length,
      (n) => new Int32Array(n),
    );
    for (const topic of topics) this.topicList[this.topicsUsed++] = topic;
    this.topicStart[doc + 1] = this.topicsUsed;
    const date = paper.publishedAt;
    const year = date ? Number(date.slice(0, 4)) : 0;
    this.yearOf[doc] = year;
    this.dateKey[doc] = dateKeyOf(date);
    this.comments[doc] = paper.comments ?? -1;
    this.upvotes[doc] = paper.upvotes ?? -1;
    this.hasCode[doc] = paper.codeUrl ? 1 : 0;
  }

  private retire(doc: number): void {
    if (this.alive[doc] === 0) return;
    this.alive[doc] = 0;
    this.aliveCount--;
  }

  /** Raw organisation handle + name or topic -> number: most papers repeat a few of them. */
  private readonly seen = new Map<string, number>();

  private orgNumber(handle: string, name: string): number {
    const raw = `${handle}\n${name}`;
    let known = this.seen.get(raw);
    if (known === undefined) this.seen.set(raw, (known = this.newOrgNumber(handle, name)));
    return known;
  }

  private topicNumbers(topics: readonly string[]): readonly number[] {
    if (topics.length === 0) return NO_TOPICS;
    const numbers: number[] = [];
    for (const topic of topics) {
      const raw = `\t${topic}`;
      let known = this.seen.get(raw);
      if (known === undefined) this.seen.set(raw, (known = this.newTopicNumber(topic)));
      if (known >= 0 && !numbers.includes(known)) numbers.push(known);
    }
    return numbers.length > 0 ? numbers : NO_TOPICS;
  }

  private newOrgNumber(handle: string, name: string): number {
    const key = slugKey(handle) || slugKey(name);
    if (!key) return -1;
    let number = this.orgByKey.get(key);
    if (number === undefined) {
      number = this.orgs.length;
      this.orgs.push({ key, label: name.trim() || handle });
      this.orgByKey.set(key, number);
    }
    const nameKey = slugKey(name);
    if (nameKey && !this.orgByKey.has(nameKey)) this.orgByKey.set(nameKey, number);
    return number;
  }

  private newTopicNumber(topic: string): number {
    const key = slugKey(topic);
    if (!key) return -1;
    let number = this.topicByKey.get(key);
    if (number === undefined) {
      number = this.topics.length;
      this.topics.push({ key, label: topic.trim() });
      this.topicByKey.set(key, number);
    }
    return number;
  }
}
