import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { EmptyState, PageFailed, SectionLoader } from '../lib/empty-state';
import { PageHeader } from '../lib/page-header';
import { messageOf, useTRPC } from '../lib/trpc';
import { useCanManage } from '../lib/use-can-manage';
import { ExperimentCard } from './experiment-card';
import { PromoteDialog, StopExperimentDialog } from './experiment-dialogs';
import { type Experiment, reportedFor, reportStart } from './experiment-rows';
import { StartExperimentDialog } from './start-experiment-dialog';

type Acting = { kind: 'stop' | 'promote'; experiment: Experiment } | null;

/**
 * `/flows/:flowId/experiments`: the flow's A/B experiments newest first, each with its arms'
 * leads and conversion and the verdict in words (from `report.flow`); owners and managers
 * start, stop and promote.
 */
export function ExperimentsPage() {
  const { flowId = '' } = useParams();
  const trpc = useTRPC();
  const canManage = useCanManage();
  const [now] = useState(() => new Date());
  const [starting, setStarting] = useState(false);
  const [acting, setActing] = useState<Acting>(null);
  const [flow, versions, experiments] = useQueries({
    queries: [
      trpc.flow.byId.queryOptions({ id: flowId }),
      trpc.flow.versions.queryOptions({ id: flowId }),
      trpc.experiment.list.queryOptions({ flowId }),
    ],
  });
  const from = experiments.data ? reportStart(experiments.data, now) : null;
  const report = useQuery({
    ...trpc.report.flow.queryOptions({ flowId, from: from ?? undefined }),
    enabled: from !== null,
  });
  const failed = [flow, versions, experiments].find((q) => q.isError);
  if (failed) {
    return <PageFailed title="The experiments could not be opened" error={failed.error} />;
  }
  if (!flow.data || !versions.data || !experiments.data) {
    return <SectionLoader label="Loading the experiments" />;
  }
  const close = () => setActing(null);
  return (
    <>
      <PageHeader
        title={`${flow.data.name}: experiments`}
        description="Split new leads between two published versions and see which converts better."
        actions={
          <>
            <Anchor component={Link} to={`/flows/${flowId}`}>
              Open the editor
            </Anchor>
            <Anchor component={Link} to={`/flows/${flowId}/versions`}>
              History
            </Anchor>
            {canManage && (
              <Button leftSection={<IconFlask size={16} />} onClick={() => setStarting(true)}>
                Start experiment
              </Button>
            )}
          </>
        }
      />
      <Stack p="md" pt={0}>
        {!canManage && (
          <Text size="sm" c="dimmed">
            Owners and managers start, stop and promote experiments; your role can follow their
            results here.
          </Text>
        )}
        {report.isError && (
          <Alert color="orange" role="alert" title="The results could not be read">
            {messageOf(report.error)} The lead counts below come from the experiments themselves.
          </Alert>
        )}
        {experiments.data.length === 0 ? (
          <EmptyState
            title="No experiments yet"
            hint={
              versions.data.length < 2
                ? 'An experiment compares two published versions: publish a second version from the editor first.'
                : 'Start one to split new leads between two published versions.'
            }
          />
        ) : (
          experiments.data.map((experiment) => (
            <ExperimentCard
              key={experiment.id}
              experiment={experiment}
              reported={reportedFor(experiment, from, report.data?.experiments)}
              canManage={canManage}
              onStop={() => setActing({ kind: 'stop', experiment })}
              onPromote={() => setActing({ kind: 'promote', experiment })}
            />
          ))
        )}
      </Stack>
      {starting && (
        <StartExperimentDialog
          flowId={flowId}
          versions={versions.data}
          onClose={() => setStarting(false)}
        />
      )}
      {acting?.kind === 'stop' && (
        <StopExperimentDialog experiment={acting.experiment} onClose={close} />
      )}
      {acting?.kind === 'promote' && (
        <PromoteDialog experiment={acting.experiment} onClose={close} />
      )}
    </>
  );
}
