import {
  emptyFilters,
  withFacetValue,
  type FacetKey,
  type Filters,
} from '@/features/search/facets/filters';
import { readField } from './fields';
import type { QueryHint } from '@/features/search/types';
import { fold, isIndexable, words } from '@/features/search/text/tokenize';

/** A field filter written in the query text, with its span so a chip can remove it again. */
export interface FieldClause {
  facet: FacetKey;
  /** Canonical value, as in `Filters`. */
  value: string;
  start: number;
  end: number;
}

export interface ParsedQuery {
  /** Folded search terms; every one must match (AND). */
  terms: string[];
  /** Whether the last term is still being typed, so it also matches as a prefix. */
  prefix: boolean;
  /** Each phrase as its folded words joined by single spaces. */
  phrases: string[];
  /** Terms no result may contain. */
  excluded: string[];
  filters: Filters;
  clauses: FieldClause[];
  hints: QueryHint[];
}

interface Token {
  body: string;
  start: number;
  end: number;
  negated: boolean;
  /** The text inside quotes, when the token is (or its field value is) quoted. */
  quoted: boolean;
  field: string | null;
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
const FIELD_WITH_QUOTE = /^([A-Za-z]+):"/;

/** Splits the text into words, "quoted phrases" and field:values, tracking spans and bad quotes. */
function scan(text: string, hints: QueryHint[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const closeQuote = (openAt: number) => {
    const close = text.indexOf('"', openAt + 1);
    if (close >= 0) return close;
    hints.push({
      message: 'Closing quote missing: the words after it are searched one by one',
      start: openAt,
      end: openAt + 1,
    });
    return -1;
  };
  while (i < text.length) {
    if (isSpace(text[i])) {
      i++;
      continue;
    }
    const start = i;
    const negated = text[i] === '-' && i + 1 < text.length && !isSpace(text[i + 1]);
    if (negated) i++;
    const fieldMatch = FIELD_WITH_QUOTE.exec(text.slice(i, i + 40));
    if (text[i] === '"' || fieldMatch) {
      const quoteAt = fieldMatch ? i + fieldMatch[0].length - 1 : i;
      const close = closeQuote(quoteAt);
      const end = close < 0 ? text.length : close + 1;
      const body = text.slice(quoteAt + 1, close < 0 ? text.length : close);
      // An unclosed quote degrades to plain words, so typing a phrase searches as you go.
      tokens.push({
        body,
        start,
        end,
        negated,
        quoted: close >= 0,
        field: fieldMatch?.[1] ?? null,
      });
      i = end;
      continue;
    }
    while (i < text.length && !isSpace(text[i])) i++;
    const raw = text.slice(negated ? start + 1 : start, i);
    const field = /^([A-Za-z]+):(?!\/\/)(.*)$/s.exec(raw);
    tokens.push({
      body: field ? field[2] : raw,
      start,
      end: i,
      negated,
      quoted: false,
      field: field ? field[1] : null,
    });
  }
  return tokens;
}

/** Parses the search box text. Never throws: problems become hints and the rest still applies. */
export function parseQuery(text: string): ParsedQuery {
  const hints: QueryHint[] = [];
  const parsed: ParsedQuery = {
    terms: [],
    prefix: false,
    phrases: [],
    excluded: [],
    filters: emptyFilters(),
    clauses: [],
    hints,
  };
  const tokens = scan(text, hints);
  const typingAtEnd = text.length > 0 && !isSpace(text[text.length - 1]) && !text.endsWith('"');
  tokens.forEach((token, index) => {
    const span = { start: token.start, end: token.end };
    if (token.field !== null) {
      addField(parsed, token.field, token, span);
      return;
    }
    if (token.negated) {
      if (token.quoted) hints.push({ message: 'Exclude single words, e.g. -survey', ...span });
      else parsed.excluded.push(...words(fold(token.body)).filter(isIndexable));
      return;
    }
    const folded = words(fold(token.body));
    if (token.quoted) {
      if (folded.length > 0) parsed.phrases.push(folded.join(' '));
      return;
    }
    const isLast = index === tokens.length - 1 && typingAtEnd;
    const lastWord = folded[folded.length - 1];
    const typing =
      isLast && lastWord !== undefined && lastWord.length >= 2 && /[\p{L}\p{N}]$/u.test(token.body);
    // The word being typed stays even when it is a stop word so far: "the" may become "theory".
    const kept = folded.filter(
      (word, i) => isIndexable(word) || (typing && i === folded.length - 1),
    );
    parsed.terms.push(...kept);
    if (typing && kept[kept.length - 1] === lastWord) parsed.prefix = true;
  });
  // A repeated word counts once; if the word being typed repeats an earlier one, that one suffices.
  const typed = parsed.prefix ? parsed.terms.pop() : undefined;
  parsed.terms = [...new Set(parsed.terms)];
  if (typed !== undefined && parsed.terms.includes(typed)) parsed.prefix = false;
  else if (typed !== undefined) parsed.terms.push(typed);
  parsed.excluded = [...new Set(parsed.excluded)];
  return parsed;
}

function addField(
  parsed: ParsedQuery,
  field: string,
  token: Token,
  span: { start: number; end: number },
): void {
  const reading = readField(field, token.body, token.negated);
  if ('hint' in reading) {
    parsed.hints.push({ message: reading.hint, ...span });
    return;
  }
  parsed.filters = withFacetValue(parsed.filters, reading.facet, reading.value);
  parsed.clauses.push({ ...reading, ...span });
}
