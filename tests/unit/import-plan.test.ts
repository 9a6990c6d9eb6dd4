import { describe, expect, it } from 'vitest';
import type { Paper } from '@/features/papers/schema';
import { applyImport } from '@/features/transfer/import/apply-import';
import { parseImport } from '@/features/transfer/import/parse-import';
import {
  planImport,
  type ImportCurrent,
  type PapersPlan,
} from '@/features/transfer/import/plan-import';
import type { ParsedImport } from '@/features/transfer/import/import-types';
import { datasetPapers, fixture, makeLibrary, makePaper } from '../fixtures/import/papers';

const catalogueOf = (papers: Paper[]) => new Map(papers.map((paper) => [paper.id, paper]));
const current = (papers: Paper[]): ImportCurrent => ({
  catalogue: catalogueOf(papers),
  library: makeLibrary(),
});

async function parsed(text: string): Promise<ParsedImport> {
  const result = await parseImport(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

async function papersPlan(text: string, papers: Paper[]): Promise<PapersPlan> {
  const plan = planImport(await parsed(text), current(papers));
  if (plan.kind !== 'papers') throw new Error('expected a papers plan');
  return plan;
}

const bib = (id: string, title: string) =>
  `@misc{k${id.replace('.', '')}, title = {${title}}, author = {Ada Lovelace}, year = {2023}, eprint = {${id}}, archivePrefix = {arXiv}}\n`;

describe('planImport for papers', () => {
  it('merges a paper the catalogue has under the same title instead of adding it twice', async () => {
    const dataset = datasetPapers();
    const plan = await papersPlan(fixture('arxiv.bib'), dataset);
    expect(plan.added.map((paper) => paper.id)).toEqual(['1706.03762']);
    expect(plan.merged).toHaveLength(1);
    const [{ existing, paper }] = plan.merged as [PapersPlan['merged'][number]];
    expect(existing.title).toBe(
      'CodeT5+: Open Code Large Language Models for Code Understanding and Generation',
    );
    // The catalogue's id stays, so the user's entry for it stays attached; the import adds what was missing.
    expect(paper).toMatchObject({
      id: existing.id,
      arxivId: '2305.07922',
      comments: existing.comments,
      publishedAt: existing.publishedAt,
    });
    expect(paper.authors).toHaveLength(6);
  });

  it('matches the same arXiv id with or without a version suffix', async () => {
    const known = makePaper({ id: '2305.07922', title: 'Some other wording of the title' });
    const plan = await papersPlan(bib('2305.07922v3', 'CodeT5+ (v3)'), [known]);
    expect(plan.added).toEqual([]);
    expect(plan.merged.length + plan.unchanged.length).toBe(1);
    const versioned = makePaper({
      id: 'codet5-plus',
      arxivId: '2305.07922v2',
      title: 'Yet another wording',
    });
    const reverse = await papersPlan(bib('2305.07922', 'CodeT5+'), [versioned]);
    expect(reverse.added).toEqual([]);
    // A dataset file is taken as it is, version suffix and all.
    const dataset = JSON.stringify({
      version: 1,
      capturedAt: '2026-11-01',
      source: 'test',
      papers: [{ ...known, id: 'x', arxivId: '2305.07922v4', title: 'A fourth wording' }],
    });
    expect((await papersPlan(dataset, [known])).added).toEqual([]);
  });

  it('matches titles that differ only in case, accents, punctuation and spacing', async () => {
    const known = makePaper({
      id: 'attention',
      arxivId: null,
      title: 'Attention Is All You Need',
      authors: [],
    });
    const plan = await papersPlan(
      '@misc{v, title = {ATTENTION is all   you need!}, author = {Ashish Vaswani}}',
      [known],
    );
    expect(plan.added).toEqual([]);
    expect(plan.merged[0].paper).toMatchObject({ id: 'attention', authors: ['Ashish Vaswani'] });
  });

  it('keeps two different arXiv ids apart even when the titles match', async () => {
    const known = makePaper({ id: '2001.00001', arxivId: '2001.00001', title: 'Survey' });
    const plan = await papersPlan(bib('2002.00002', 'Survey'), [known]);
    expect(plan.added.map((paper) => paper.id)).toEqual(['2002.00002']);
  });

  it('finds nothing new when the same file is imported again', async () => {
    const first = await papersPlan(fixture('zotero.bib'), datasetPapers());
    const result = applyImport(first);
    expect(result.importedPapers).toHaveLength(4);
    const catalogue = [...datasetPapers(), ...result.importedPapers];
    const again = await papersPlan(fixture('zotero.bib'), catalogue);
    expect([again.added.length, again.merged.length, again.unchanged.length]).toEqual([0, 0, 4]);
    expect(applyImport(again).importedPapers).toEqual([]);
  });

  it('counts a paper repeated within one file once', async () => {
    const plan = await papersPlan(
      bib('2305.07922', 'CodeT5+') + bib('2305.07922v2', 'CodeT5+ again'),
      [],
    );
    expect(plan.added).toHaveLength(1);
    expect(plan.repeats).toBe(1);
  });

  it('never gives a new paper the id of a different paper already present', async () => {
    // Slugs are cut at 80 characters, so two long titles can share one.
    const title =
      'A very long title that goes on and on about encoders, decoders and everything in between';
    const [alone] = (await papersPlan(`@misc{a, title = {${title}: part two}}`, [])).added;
    const known = makePaper({ id: alone.id, arxivId: null, title: `${title}: part one` });
    const plan = await papersPlan(`@misc{a, title = {${title}: part two}}`, [known]);
    expect(plan.added).toHaveLength(1);
    expect(plan.added[0].id).toMatch(new RegExp(`^${alone.id}-[0-9a-z]{6}$`));
  });
});
