import { fetchPeriod, type ClientOptions } from '@/features/feed/hf-client';
import { dailyPapersUrl, type DailyPeriod } from '@/features/feed/hf-endpoints';
import { HfApiError } from '@/features/feed/hf-errors';
import { buildDataset, serializeDataset } from '@/features/papers/listing/dataset';
import type { Dataset } from '@/features/papers/schema';

export type PeriodIngest =
  { ok: true; dataset: Dataset; text: string } | { ok: false; message: string };

/** `daily_papers?date=2026-03-06`: what the dataset's `source` names. */
const describePeriod = (period: DailyPeriod) =>
  dailyPapersUrl(period).replace(/^https:\/\/huggingface\.co\/api\//, '');

/**
 * A dataset file (the same envelope as the bundled `papers.json`) for one day, ISO week or month of Hugging
 * Face Daily Papers, fetched and mapped by the code the browser uses (paging, retries, the API schema). A
 * failure of any page, or any item not in the expected shape, gives one message and no dataset.
 */
export async function ingestPeriod(
  period: DailyPeriod,
  options: ClientOptions = {},
): Promise<PeriodIngest> {
  let papers;
  try {
    papers = await fetchPeriod(period, options);
  } catch (error) {
    if (error instanceof HfApiError)
      return {
        ok: false,
        message: `${error.details.url ?? describePeriod(period)}: ${error.message}`,
      };
    throw error;
  }
  const capturedAt = new Date((options.now ?? Date.now)()).toISOString().slice(0, 10);
  const built = buildDataset(
    papers,
    capturedAt,
    `Hugging Face Daily Papers API (${describePeriod(period)})`,
  );
  if (!built.ok) return { ok: false, message: `invalid dataset: ${built.problems.join('; ')}` };
  return { ok: true, dataset: built.dataset, text: serializeDataset(built.dataset) };
}
