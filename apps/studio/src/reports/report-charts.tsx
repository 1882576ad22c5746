import type { LeadSummary } from '@switchyard/reporting';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type FlowReport, funnelStages, touchDistributionShares } from './report-tables';

const height = 220;
const blue = 'var(--mantine-color-blue-8)';
const grape = 'var(--mantine-color-grape-7)';
const minuteMs = 60_000;

/** Conversion of each version with its 95 % interval as error bars. */
export function ConversionChart(props: { report: FlowReport }) {
  const data = [...props.report.versions].reverse().map(({ version, summary }) => {
    const { rate, low, high } = summary.conversion;
    const percent = rate === null ? 0 : rate * 100;
    return {
      name: `v${version}`,
      conversion: Math.round(percent * 10) / 10,
      interval: rate === null ? [0, 0] : [percent - low * 100, high * 100 - percent],
    };
  });
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" />
        <YAxis unit="%" />
        <Tooltip formatter={(value) => [`${value}%`, 'Conversion']} />
        <Bar dataKey="conversion" fill={blue} isAnimationActive={false}>
          <ErrorBar dataKey="interval" width={8} stroke="var(--mantine-color-dark-7)" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Captured → converted, as horizontal bars. */
export function FunnelChart(props: { summary: LeadSummary }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={funnelStages(props.summary)} layout="vertical" accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="stage" width={80} />
        <Tooltip />
        <Bar dataKey="leads" fill={blue} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Median and p90 minutes to the first touch, per version. */
export function TouchChart(props: { report: FlowReport }) {
  const minutes = (ms: number | null) => (ms === null ? 0 : Math.round(ms / minuteMs));
  const data = [...props.report.versions].reverse().map(({ version, summary }) => ({
    name: `v${version}`,
    median: minutes(summary.timeToFirstTouch.median),
    p90: minutes(summary.timeToFirstTouch.p90),
  }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" />
        <YAxis unit=" min" />
        <Tooltip />
        <Legend />
        <Bar dataKey="median" name="Median" fill={blue} isAnimationActive={false} />
        <Bar dataKey="p90" name="p90" fill={grape} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Leads per rep. */
export function RepChart(props: {
  summary: LeadSummary;
  repNames: Readonly<Record<string, string>>;
}) {
  const data = props.summary.reps.map((rep) => ({
    name: props.repNames[rep.repId] ?? rep.repId,
    leads: rep.leads,
  }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" interval={0} tick={{ fontSize: 11 }} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Bar dataKey="leads" fill={blue} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Share of touched leads per time-to-first-touch bin, for the two versions compared. */
export function TouchDistributionChart(props: { report: FlowReport }) {
  const { series, data } = touchDistributionShares(props.report);
  const colors = [blue, grape];
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={data}
        accessibilityLayer
        title="Time-to-touch distribution"
        desc={`Share of touched leads by time to first touch, for ${series.map((s) => s.name).join(' and ')}.`}
      >
        <CartesianGrid strokeDasharray="3 3" />
        {/* Nine bins in a half-width card: slanted labels, or they run into each other. */}
        <XAxis
          dataKey="bin"
          interval={0}
          angle={-35}
          textAnchor="end"
          height={56}
          tick={{ fontSize: 10 }}
        />
        <YAxis unit="%" />
        <Tooltip formatter={(value, name) => [`${value}%`, name]} />
        <Legend />
        {series.map(({ key, name }, index) => (
          <Bar key={key} dataKey={key} name={name} fill={colors[index]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
