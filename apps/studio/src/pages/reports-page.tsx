import {
  Alert,
  Badge,
  Card,
  Center,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatCount } from '../lib/format';
import { PageHeader } from '../lib/page-header';
import { messageOf, useTRPC } from '../lib/trpc';
import {
  ConversionChart,
  FunnelChart,
  RepChart,
  TouchChart,
  TouchDistributionChart,
} from '../reports/report-charts';
import {
  type FlowReport,
  funnelTable,
  outcomeTable,
  reasonTable,
  repTable,
  timingTable,
  touchDistributionTable,
  versionTable,
} from '../reports/report-tables';
import { TableCard } from '../reports/table-card';

const dayMs = 86_400_000;
const dateOnly = (date: Date) => date.toISOString().slice(0, 10);

/** [from, to) for two picked days, the end day included; null while a day is missing. */
function periodOf(from: string, to: string) {
  if (!from || !to) return null;
  const start = new Date(`${from}T00:00:00`);
  const end = new Date(new Date(`${to}T00:00:00`).getTime() + dayMs);
  return { from: start.toISOString(), to: end.toISOString() };
}

/**
 * Which flow version (or experiment arm) converts better, and is it real: conversion with its
 * interval per version, a verdict in words, the funnel, time to first touch and its
 * distribution, how leads spread over reps; every table exports as CSV.
 */
export function ReportsPage() {
  const trpc = useTRPC();
  const flows = useQuery(trpc.flow.list.queryOptions());
  const [picked, setPicked] = useState<string | null>(null);
  const [from, setFrom] = useState(() => dateOnly(new Date(Date.now() - 29 * dayMs)));
  const [to, setTo] = useState(() => dateOnly(new Date()));
  const flowId = picked ?? flows.data?.find((f) => f.liveVersionId)?.id ?? flows.data?.[0]?.id;
  const period = periodOf(from, to);
  const report = useQuery({
    ...trpc.report.flow.queryOptions({ flowId: flowId ?? '', ...(period ?? {}) }),
    enabled: Boolean(flowId && period),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title="Reports"
        description="Which version converts better, and whether the difference is real."
      />
      <Stack p="md" pt={0} gap="md">
        <Group align="flex-end">
          <Select
            label="Flow"
            data={(flows.data ?? []).map((f) => ({ value: f.id, label: f.name }))}
            value={flowId ?? null}
            onChange={setPicked}
            allowDeselect={false}
            w={280}
          />
          <TextInput
            type="date"
            label="From"
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label="To"
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
          />
          {report.isFetching && <Loader size="sm" aria-label="Updating the report" />}
        </Group>
        {flows.data?.length === 0 ? (
          <Card withBorder p="xl">
            <Text fw={600}>No flows yet</Text>
            <Text c="dimmed" size="sm">
              Reports appear once a flow has routed leads.
            </Text>
          </Card>
        ) : report.isError ? (
          <Alert color="red" role="alert">
            {messageOf(report.error)}
          </Alert>
        ) : !report.data ? (
          <Center p="xl">
            <Loader aria-label="Loading the report" />
          </Center>
        ) : (
          <ReportBody report={report.data} />
        )}
      </Stack>
    </>
  );
}

function ReportBody({ report }: { report: FlowReport }) {
  const { overall, repNames } = report;
  if (overall.leads === 0) {
    return (
      <Card withBorder p="xl">
        <Text fw={600}>No leads in this period</Text>
        <Text c="dimmed" size="sm">
          Pick a longer period or another flow.
        </Text>
      </Card>
    );
  }
  return (
    <Stack gap="md">
      <Card withBorder data-testid="verdict">
        <Title order={3} size="h5">
          Versions compared
        </Title>
        <Text mt={4}>
          {report.comparison
            ? report.comparison.verdict.sentence
            : 'Only one version routed leads in this period: nothing to compare yet.'}
        </Text>
      </Card>
      {report.experiments.map((experiment) => (
        <Card withBorder key={experiment.id} data-testid="experiment">
          <Group gap="xs">
            <Title order={3} size="h5">
              Experiment: {experiment.name}
            </Title>
            <Badge variant="light">{experiment.status}</Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {experiment.arms
              .map(
                (arm) =>
                  `Arm ${arm.key.toUpperCase()} — version ${arm.version ?? '?'}, ${arm.weight}% of leads: ${formatCount(arm.summary.converted)} of ${formatCount(arm.summary.leads)} converted`,
              )
              .join(' · ')}
          </Text>
          {experiment.comparison && <Text mt={4}>{experiment.comparison.verdict.sentence}</Text>}
        </Card>
      ))}
      <TableCard
        title="Conversion by version"
        fileName="conversion-by-version"
        table={versionTable(report)}
        chart={<ConversionChart report={report} />}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <TableCard
          title="Funnel"
          fileName="funnel"
          table={funnelTable(overall)}
          chart={<FunnelChart summary={overall} />}
        />
        <TableCard
          title="Time to first touch"
          fileName="time-to-first-touch"
          table={timingTable(report)}
          chart={<TouchChart report={report} />}
        />
        <TableCard
          title="Time-to-touch distribution"
          fileName="time-to-touch-distribution"
          table={touchDistributionTable(report)}
          chart={<TouchDistributionChart report={report} />}
        />
        <TableCard
          title="Leads per rep"
          fileName="leads-per-rep"
          table={repTable(overall, repNames)}
          chart={<RepChart summary={overall} repNames={repNames} />}
          footer={
            <Text size="sm" mt="xs" data-testid="fairness">
              Gini {overall.fairness.gini.toFixed(2)} (0 is perfectly even)
              {overall.fairness.maxMinShareRatio !== null &&
                ` · the busiest rep got ${overall.fairness.maxMinShareRatio.toFixed(1)}× the quietest's share`}
              {overall.fairness.repsWithoutLeads > 0 &&
                ` · ${overall.fairness.repsWithoutLeads} rep(s) got none`}
            </Text>
          }
        />
        <Stack gap="md">
          <TableCard title="Outcomes by version" fileName="outcomes" table={outcomeTable(report)} />
          <TableCard
            title="Disqualified by reason"
            fileName="disqualified"
            table={reasonTable(overall)}
          />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
