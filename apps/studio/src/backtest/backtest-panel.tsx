import { Button, FileInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RunState } from '../lib/run-state';
import { type Inputs, useTRPC } from '../lib/trpc';
import { pathOfTrace } from '../simulator/impact';
import { BacktestResult } from './backtest-result';

type Document = Inputs['flow']['backtest']['document'];
type Period = '7' | '30' | '90' | 'csv';

/**
 * "Backtest": replays the flow's leads of the last 7, 30 or 90 days (or an uploaded CSV's)
 * through the editor's current draft and shows where they would have gone instead: the live ×
 * draft matrix, each rep's load, and the leads that move, whose draft path lights up on the
 * canvas through `onPath`. Nothing is written.
 */
export function BacktestPanel(props: {
  flowId: string;
  document: Document;
  teamMap: Record<string, string>;
  onPath: (path: Map<string, string | null> | null) => void;
}) {
  const { onPath } = props;
  const trpc = useTRPC();
  const [period, setPeriod] = useState<Period>('30');
  const [file, setFile] = useState<File | null>(null);
  const [ranOn, setRanOn] = useState<Document | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const backtest = useMutation(trpc.flow.backtest.mutationOptions());
  const result = backtest.isError ? null : backtest.data;

  const change = result?.changes.find((c) => c.leadId === shown);
  useEffect(() => onPath(change ? pathOfTrace(change.trace) : null), [change, onPath]);

  const run = async () => {
    setShown(null);
    setRanOn(props.document);
    const source =
      period === 'csv' ? { csv: file ? await file.text() : '' } : { days: Number(period) };
    backtest.mutate({
      id: props.flowId,
      document: props.document,
      teamMap: props.teamMap,
      ...source,
    });
  };
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Replay real leads through this draft and see which would have gone elsewhere, and how each
        rep’s load would change. Nothing is saved.
      </Text>
      <SegmentedControl
        fullWidth
        size="xs"
        value={period}
        onChange={(value) => setPeriod(value as Period)}
        aria-label="Leads to replay"
        data={[
          { value: '7', label: '7 days' },
          { value: '30', label: '30 days' },
          { value: '90', label: '90 days' },
          { value: 'csv', label: 'CSV file' },
        ]}
      />
      {period === 'csv' && (
        <FileInput
          size="xs"
          label="Leads as CSV"
          description="A header row of lead fields (email, country, employees, custom.seats…), then one lead a row; up to 10 MB."
          accept=".csv,text/csv"
          placeholder="Choose a file"
          value={file}
          onChange={setFile}
          clearable
        />
      )}
      <Button
        size="xs"
        leftSection={<IconHistory size={14} />}
        loading={backtest.isPending}
        disabled={period === 'csv' && !file}
        onClick={run}
      >
        Run backtest
      </Button>
      <RunState
        running={backtest.isPending}
        runningText="Replaying the leads through the draft…"
        error={backtest.error}
        errorTitle="The backtest did not run"
      />
      {result && ranOn !== props.document && (
        <Text size="sm" c="orange.9" role="status">
          The draft changed since this backtest; run it again to see the new numbers.
        </Text>
      )}
      {result && (
        <BacktestResult
          result={result}
          shown={shown}
          onShow={(leadId) => setShown((current) => (current === leadId ? null : leadId))}
        />
      )}
    </Stack>
  );
}
