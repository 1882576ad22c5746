import { Group, Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ComponentType, Suspense, useEffect } from 'react';
import { matchPath, Navigate, Route, Routes, useLocation } from 'react-router';
import { editorQueries } from '../editor/editor-queries';
import { type Preloadable, preloadable } from '../lib/preloadable';
import { useTRPC } from '../lib/trpc';
import { useMe } from '../lib/use-me';
import { NotFoundPage } from '../pages/not-found-page';
import { homeFor } from './nav-items';
import { StudioShell } from './studio-shell';

type Page = Preloadable<Record<string, never>>;

/**
 * Each page is its own chunk: the canvas (React Flow, elkjs, the query builder) loads only when
 * a flow is opened, so a rep's inbox does not download the editor.
 */
const page = <K extends string>(
  load: () => Promise<Record<K, ComponentType<Record<string, never>>>>,
  name: K,
): Page => preloadable(load, name);

const FlowEditorPage = page(() => import('../editor/flow-editor-page'), 'FlowEditorPage');

/** The studio's pages by address, most specific first where two could match. */
const pages: ReadonlyArray<readonly [path: string, Page]> = [
  ['/flows', page(() => import('../pages/flows-page'), 'FlowsPage')],
  ['/flows/:flowId', FlowEditorPage],
  ['/flows/:flowId/versions', page(() => import('../pages/flow-history-page'), 'FlowHistoryPage')],
  [
    '/flows/:flowId/experiments',
    page(() => import('../experiments/experiments-page'), 'ExperimentsPage'),
  ],
  ['/inbox', page(() => import('../pages/inbox-page'), 'InboxPage')],
  ['/leads', page(() => import('../pages/leads-page'), 'LeadsPage')],
  ['/leads/:leadId', page(() => import('../pages/lead-page'), 'LeadPage')],
  ['/pools', page(() => import('../pages/pools-page'), 'PoolsPage')],
  ['/templates', page(() => import('../pages/templates-page'), 'TemplatesPage')],
  ['/team', page(() => import('../pages/team-page'), 'TeamPage')],
  ['/sources', page(() => import('../pages/sources-page'), 'SourcesPage')],
  ['/reports', page(() => import('../pages/reports-page'), 'ReportsPage')],
];

function Home() {
  const me = useMe();
  return me.data ? <Navigate to={homeFor(me.data.role)} replace /> : null;
}

const loadingPage = (
  <Group justify="center" p="xl" aria-busy="true">
    <Loader aria-label="Loading the page" />
  </Group>
);

/**
 * The page at this address starts loading its code (and, for a flow, its data) at once, while
 * the shell still waits for `account.me`: one after the other, they held the editor's first step
 * back by about 0.3 s more (issue 20).
 */
function useEarlyStart() {
  const { pathname } = useLocation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useEffect(() => {
    for (const [path, Page] of pages) if (matchPath(path, pathname)) void Page.preload();
    const flowId = matchPath('/flows/:flowId', pathname)?.params.flowId;
    if (!flowId) return;
    const [flow, teams, reps, sources] = editorQueries(trpc, flowId);
    void queryClient.prefetchQuery(flow);
    void queryClient.prefetchQuery(teams);
    void queryClient.prefetchQuery(reps);
    void queryClient.prefetchQuery(sources);
  }, [pathname, trpc, queryClient]);
}

/** Every page of the studio by its address. */
export function StudioRoutes() {
  useEarlyStart();
  return (
    <StudioShell>
      <Suspense fallback={loadingPage}>
        <Routes>
          <Route path="/" element={<Home />} />
          {pages.map(([path, Page]) => (
            <Route key={path} path={path} element={<Page />} />
          ))}
          <Route path="/reps" element={<Navigate to="/team" replace />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </StudioShell>
  );
}
