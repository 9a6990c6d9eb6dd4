import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { DatasetError, fetchDataset } from '@/features/papers/query';
import { importJson } from '@/features/transfer/import/json-import';

type Json = Record<string, unknown>;
const dataset = JSON.parse(readFileSync('public/papers.json', 'utf8')) as Json & { papers: Json[] };

/** The bundled dataset with a missing title and a wrong kind of value: two different schema problems. */
function brokenDataset(): string {
  const [first, second, ...rest] = dataset.papers;
  const untitled = { ...first };
  delete untitled.title;
  return JSON.stringify({
    ...dataset,
    papers: [untitled, { ...second, topics: 'speech' }, ...rest],
  });
}

async function catalogueMessage(text: string): Promise<string> {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(text, { status: 200 }))),
  );
  try {
    await fetchDataset('/papers.json');
  } catch (error) {
    if (error instanceof DatasetError) return error.message;
    throw error;
  } finally {
    vi.unstubAllGlobals();
  }
  throw new Error('the broken catalogue loaded');
}

describe('schema errors', () => {
  it('read the same whether the catalogue file or an imported copy of it is wrong', async () => {
    const text = brokenDataset();
    const imported = importJson(text);
    expect(imported.ok).toBe(false);
    if (imported.ok) return;
    const described = imported.errors.map(({ path, message }) => `${path}: ${message}`);
    expect(described).toEqual([
      'papers[0].title: missing (expected a string)',
      'papers[1].topics: expected a list',
    ]);
    expect(await catalogueMessage(text)).toBe(
      `The catalogue file has an unexpected shape: ${described.join('; ')}.`,
    );
  });
});
