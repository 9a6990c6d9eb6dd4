import { BarChart } from '@/components/ui/bar-chart';
import { formatDay } from '@/lib/format-date';
import type { ReadingStats } from '@/features/stats/reading-stats';

export function StatsView({ stats }: { stats: ReadingStats }) {
  const { byStatus } = stats;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Reading stats</h1>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Figure term="In your list" value={stats.inList} />
        <Figure term="To read" value={byStatus.toRead} />
        <Figure term="Reading" value={byStatus.reading} />
        <Figure term="Read" value={byStatus.read} />
      </dl>
      <p className="text-ink-muted">
        {stats.medianDaysToRead === null
          ? 'Finish a paper to see how long papers wait before you read them.'
          : `Median time from “To read” to “Read”: ${stats.medianDaysToRead} day${stats.medianDaysToRead === 1 ? '' : 's'}.`}
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <BarChart
          title="Papers finished per week"
          labelHeading="Week starting"
          orientation="vertical"
          data={stats.finishedPerWeek}
          formatLabel={(label) => formatDay(label) ?? label}
        />
        <BarChart title="Backlog by age" labelHeading="Waiting for" data={stats.backlogAge} />
        <BarChart title="Reading list by topic" labelHeading="Topic" data={stats.byTopic} />
        <BarChart
          title="Reading list by organisation"
          labelHeading="Organisation"
          data={stats.byOrganization}
        />
      </div>
    </div>
  );
}

function Figure({ term, value }: { term: string; value: number }) {
  return (
    <div className="rounded-xl border border-line bg-surface-raised p-4">
      <dt className="text-sm text-ink-muted">{term}</dt>
      <dd className="text-2xl font-bold">{value}</dd>
    </div>
  );
}
