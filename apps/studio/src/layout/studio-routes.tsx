import { Group, Loader } from '@mantine/core';
import { type ComponentType, lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useMe } from '../lib/use-me';
import { NotFoundPage } from '../pages/not-found-page';
import { homeFor } from './nav-items';
import { StudioShell } from './studio-shell';

// Each page is its own chunk: the canvas (React Flow, elkjs, the query builder) loads only
// when a flow is opened, so a rep's inbox does not download the editor.
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const FlowsPage = page(() => import('../pages/flows-page'), 'FlowsPage');
const FlowEditorPage = page(() => import('../editor/flow-editor-page'), 'FlowEditorPage');
const FlowHistoryPage = page(() => import('../pages/flow-history-page'), 'FlowHistoryPage');
const ExperimentsPage = page(() => import('../experiments/experiments-page'), 'ExperimentsPage');
const InboxPage = page(() => import('../pages/inbox-page'), 'InboxPage');
const LeadsPage = page(() => import('../pages/leads-page'), 'LeadsPage');
const LeadPage = page(() => import('../pages/lead-page'), 'LeadPage');
const PoolsPage = page(() => import('../pages/pools-page'), 'PoolsPage');
const TemplatesPage = page(() => import('../pages/templates-page'), 'TemplatesPage');
const TeamPage = page(() => import('../pages/team-page'), 'TeamPage');
const SourcesPage = page(() => import('../pages/sources-page'), 'SourcesPage');
const ReportsPage = page(() => import('../pages/reports-page'), 'ReportsPage');

function Home() {
  const me = useMe();
  return me.data ? <Navigate to={homeFor(me.data.role)} replace /> : null;
}

const loadingPage = (
  <Group justify="center" p="xl" aria-busy="true">
    <Loader aria-label="Loading the page" />
  </Group>
);

/** Every page of the studio by its address. */
export function StudioRoutes() {
  return (
    <StudioShell>
      <Suspense fallback={loadingPage}>
        <Routes>
          <Route path="/" element={<Home />} />
          <Route path="/flows" element={<FlowsPage />} />
          <Route path="/flows/:flowId" element={<FlowEditorPage />} />
          <Route path="/flows/:flowId/versions" element={<FlowHistoryPage />} />
          <Route path="/flows/:flowId/experiments" element={<ExperimentsPage />} />
          <Route path="/inbox" element={<InboxPage />} />
          <Route path="/leads" element={<LeadsPage />} />
          <Route path="/leads/:leadId" element={<LeadPage />} />
          <Route path="/pools" element={<PoolsPage />} />
          <Route path="/templates" element={<TemplatesPage />} />
          <Route path="/team" element={<TeamPage />} />
          <Route path="/reps" element={<Navigate to="/team" replace />} />
          <Route path="/sources" element={<SourcesPage />} />
          <Route path="/reports" element={<ReportsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </StudioShell>
  );
}
