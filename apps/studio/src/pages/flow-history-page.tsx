import { Anchor, Card, ScrollArea, Stack, Tabs, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageFailed, SectionLoader } from '../lib/empty-state';
import { PageHeader } from '../lib/page-header';
import { type Outputs, useTRPC } from '../lib/trpc';
import { useMe } from '../lib/use-me';
import { DiffPanel } from '../versions/diff-panel';
import { comparisonFor, type DocumentRef, historyView, refName } from '../versions/history-params';
import { RollbackDialog } from '../versions/rollback-dialog';
import { VersionList } from '../versions/version-list';
import { VersionPanel } from '../versions/version-panel';

type Version = Outputs['flow']['versions'][number];

// flow.rollback is for owners and managers; others see the history without the button.
const rollbackRoles = ['owner', 'manager'];

/** `/flows/:flowId/versions`: the published versions, one drawn, two compared, rollback. */
export function FlowHistoryPage() {
  const { flowId = '' } = useParams();
  const trpc = useTRPC();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [rollingBack, setRollingBack] = useState<Version | null>(null);
  const [flow, versions] = useQueries({
    queries: [
      trpc.flow.byId.queryOptions({ id: flowId }),
      trpc.flow.versions.queryOptions({ id: flowId }),
    ],
  });
  const failed = [flow, versions].find((q) => q.isError);
  if (failed) {
    return <PageFailed title="This history could not be opened" error={failed.error} />;
  }
  if (!flow.data || !versions.data) {
    return <SectionLoader label="Loading the version history" />;
  }
  const rows = versions.data;
  const view = historyView(params, rows);
  const showVersion = (versionId: string) => setParams({ version: versionId });
  const compare = (from: DocumentRef | null, to: DocumentRef | null) =>
    setParams({ tab: 'compare', ...(from ? { from } : {}), ...(to ? { to } : {}) });
  return (
    <>
      <PageHeader
        title={`${flow.data.name}: history`}
        description="Every published version, newest first. Show one, compare two (or one with the draft), or make an older one live again."
        actions={
          <>
            <Anchor component={Link} to={`/flows/${flowId}`}>
              Open the editor
            </Anchor>
            <Anchor component={Link} to={`/flows/${flowId}/experiments`}>
              Experiments
            </Anchor>
          </>
        }
      />
      <Stack p="md" pt={0}>
        <Card withBorder p={0}>
          {rows.length === 0 ? (
            <Text p="md" c="dimmed">
              No published versions yet: publish the flow from the editor, and each version will be
              listed here.
            </Text>
          ) : (
            <ScrollArea.Autosize mah={280}>
              <VersionList
                versions={rows}
                selectedId={view.tab === 'version' ? view.versionId : null}
                mayRollBack={rollbackRoles.includes(me.data?.role ?? '')}
                onShow={showVersion}
                onCompare={(id) => {
                  const pair = comparisonFor(rows, id);
                  compare(pair.from, pair.to);
                }}
                onRollBack={setRollingBack}
              />
            </ScrollArea.Autosize>
          )}
        </Card>
        <Tabs
          value={view.tab}
          onChange={(tab) => {
            if (tab === 'compare') compare(null, null);
            else if (view.tab === 'compare') setParams({});
          }}
        >
          <Tabs.List>
            <Tabs.Tab value="version">
              {view.tab === 'version'
                ? `Version ${versionNumber(rows, view.versionId)}`
                : 'Version'}
            </Tabs.Tab>
            <Tabs.Tab value="compare">Compare</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="version" pt="sm">
            {view.tab === 'version' && (
              <VersionPanel
                flowId={flowId}
                versionId={view.versionId}
                name={refName(rows, view.versionId)}
              />
            )}
          </Tabs.Panel>
          <Tabs.Panel value="compare" pt="sm">
            {view.tab === 'compare' && (
              <DiffPanel
                flowId={flowId}
                versions={rows}
                draft={{ document: flow.data.draft, teamMap: flow.data.teamMap }}
                from={view.from}
                to={view.to}
                onPick={(side, ref) =>
                  compare(side === 'from' ? ref : view.from, side === 'to' ? ref : view.to)
                }
              />
            )}
          </Tabs.Panel>
        </Tabs>
      </Stack>
      <RollbackDialog
        flowId={flowId}
        target={rollingBack}
        onClose={() => setRollingBack(null)}
        onDone={showVersion}
      />
    </>
  );
}

const versionNumber = (rows: readonly Version[], id: string | null) =>
  rows.find((row) => row.id === id)?.version ?? '';
