import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_LISTING,
  buildDataset,
  datasetSource,
  serializeDataset,
} from '@/features/papers/listing/dataset';
import { parseListing } from '@/features/papers/listing/parser';
import { datasetSchema } from '@/features/papers/schema';

describe('public/papers.json', () => {
  const shipped = readFileSync(BUNDLED_LISTING.output, 'utf8');

  it('is exactly what the parser builds now from the raw capture (run `npm run ingest` after changing either)', () => {
    const result = parseListing(readFileSync(BUNDLED_LISTING.input, 'utf8'), {
      capturedAt: BUNDLED_LISTING.capturedAt,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const built = buildDataset(
      result.papers,
      result.capturedAt,
      datasetSource(BUNDLED_LISTING.input),
    );
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(shipped).toBe(serializeDataset(built.dataset));
  });

  it('is a valid dataset of 40 papers captured on 2025-12-09', () => {
    const dataset = datasetSchema.parse(JSON.parse(shipped));
    expect([dataset.version, dataset.capturedAt, dataset.papers.length]).toEqual([
      1,
      '2025-12-09',
      40,
    ]);
  });
});
