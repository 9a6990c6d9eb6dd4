import type { ImportIssue } from '@/features/transfer/import/import-types';

class JsonFault extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const CUT_SHORT = ' (is the file cut short?)';
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_DEPTH = 2000;

/**
 * Finds where and why `text` is not JSON. Browsers word (and in Safari, omit) the position of JSON.parse errors
 * differently, so this scans the text itself; it only runs after JSON.parse has failed.
 */
export function findJsonSyntaxError(text: string): { offset: number; message: string } | null {
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw new JsonFault(at, message);
  };
  const found = () => (i >= text.length ? 'the end of the text' : `'${text[i]}'`);
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i])) i += 1;
  };

  function string() {
    const start = i;
    for (i += 1; ; i += 1) {
      if (i >= text.length) fail(`a string is not closed${CUT_SHORT}`, start);
      const char = text[i];
      if (char === '"') return void (i += 1);
      if (char === '\\') {
        const escape = text[i + 1] ?? '';
        if (escape === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
          fail('invalid \\u escape in a string');
        else if (!'"\\/bfnrtu'.includes(escape) || escape === '')
          fail(`invalid escape '\\${escape}' in a string`);
        i += escape === 'u' ? 5 : 1;
      } else if (char.charCodeAt(0) < 0x20) {
        fail('a line break or control character inside a string');
      }
    }
  }

  function container(close: '}' | ']', depth: number) {
    if (depth > MAX_DEPTH) fail('the data is nested too deeply');
    const inside = close === '}' ? 'an object' : 'an array';
    i += 1;
    skip();
    if (text[i] === close) return void (i += 1);
    for (;;) {
      skip();
      if (close === '}') {
        if (i >= text.length) fail(`the text ends inside ${inside}${CUT_SHORT}`);
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${found()}`);
        string();
        skip();
        if (text[i] !== ':') fail(`expected ':' after the property name, found ${found()}`);
        i += 1;
      }
      value(depth);
      skip();
      if (i >= text.length) fail(`the text ends inside ${inside}${CUT_SHORT}`);
      if (text[i] === close) return void (i += 1);
      if (text[i] !== ',')
        fail(
          `expected ',' or '${close}' after ${close === '}' ? 'a property value' : 'an element'}, found ${found()}`,
        );
      i += 1;
      skip();
      if (text[i] === close) fail(`a trailing comma before '${close}' is not allowed in JSON`);
    }
  }

  function value(depth: number) {
    skip();
    if (i >= text.length) return fail(`the text ends where a value should be${CUT_SHORT}`);
    const char = text[i];
    if (char === '{') return container('}', depth + 1);
    if (char === '[') return container(']', depth + 1);
    if (char === '"') return string();
    for (const word of ['true', 'false', 'null'])
      if (text.startsWith(word, i)) return void (i += word.length);
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number && number[0] !== '-') return void (i += number[0].length);
    fail(`unexpected ${found()} where a value should be`);
  }

  try {
    value(0);
    skip();
    if (i < text.length) fail(`unexpected ${found()} after the end of the JSON data`);
    return null;
  } catch (error) {
    if (error instanceof JsonFault) return { offset: error.offset, message: error.message };
    if (error instanceof RangeError) return { offset: i, message: 'the data is nested too deeply' };
    throw error;
  }
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** JSON.parse, with a located message when the text is not JSON. */
export function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; issue: ImportIssue } {
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, value };
  } catch {
    const fault = findJsonSyntaxError(text) ?? { offset: 0, message: 'the text is not valid JSON' };
    return {
      ok: false,
      issue: { message: `JSON syntax error: ${fault.message}.`, ...lineColumn(text, fault.offset) },
    };
  }
}
