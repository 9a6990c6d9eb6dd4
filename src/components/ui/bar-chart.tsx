type Bar = { label: string; count: number };

type BarChartProps = {
  title: string;
  data: Bar[];
  /** Column heading for the labels in the table alternative. */
  labelHeading: string;
  orientation?: 'vertical' | 'horizontal';
  formatLabel?: (label: string) => string;
};

/** A small SVG bar chart; screen readers get the same numbers as a table. */
export function BarChart({
  title,
  data,
  labelHeading,
  orientation = 'horizontal',
  formatLabel = (l) => l,
}: BarChartProps) {
  const max = Math.max(1, ...data.map((bar) => bar.count));
  return (
    <figure className="rounded-xl border border-line bg-surface-raised p-4">
      <figcaption className="mb-3 font-semibold">{title}</figcaption>
      {data.length === 0 ? (
        <p className="text-sm text-ink-muted">Nothing to show yet.</p>
      ) : orientation === 'horizontal' ? (
        <svg
          aria-hidden="true"
          viewBox={`0 0 300 ${data.length * 28}`}
          className="w-full"
          preserveAspectRatio="xMinYMin meet"
        >
          {data.map((bar, index) => (
            <g key={bar.label} transform={`translate(0 ${index * 28})`}>
              <text x="0" y="15" className="fill-ink-muted text-[11px]">
                {truncate(formatLabel(bar.label), 22)}
              </text>
              <rect
                x="130"
                y="4"
                height="16"
                rx="3"
                width={(bar.count / max) * 140}
                className="fill-accent"
              />
              <text x={136 + (bar.count / max) * 140} y="16" className="fill-ink text-[11px]">
                {bar.count}
              </text>
            </g>
          ))}
        </svg>
      ) : (
        <svg
          aria-hidden="true"
          viewBox={`0 0 ${data.length * 24} 120`}
          className="h-40 w-full"
          preserveAspectRatio="none"
        >
          {data.map((bar, index) => {
            const height = (bar.count / max) * 100;
            return (
              <rect
                key={bar.label}
                x={index * 24 + 4}
                y={105 - height}
                width="16"
                height={Math.max(height, 1)}
                rx="2"
                className="fill-accent"
              />
            );
          })}
          <line x1="0" x2={data.length * 24} y1="105.5" y2="105.5" className="stroke-line" />
        </svg>
      )}
      {orientation === 'vertical' && data.length > 0 && (
        <p aria-hidden="true" className="mt-1 flex justify-between text-xs text-ink-muted">
          <span>{formatLabel(data[0].label)}</span>
          <span>{formatLabel(data[data.length - 1].label)}</span>
        </p>
      )}
      {/* sr-only clips a block, not a table: the wrapper keeps long labels from widening the page. */}
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeading}</th>
              <th scope="col">Papers</th>
            </tr>
          </thead>
          <tbody>
            {data.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{formatLabel(bar.label)}</th>
                <td>{bar.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

const truncate = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;
