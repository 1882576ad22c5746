import { Navigate, Route, Routes } from 'react-router';
import { FlowEditorPage } from '../editor/flow-editor-page';
import { FlowHistoryPage } from '../pages/flow-history-page';
import { FlowsPage } from '../pages/flows-page';
import { InboxPage } from '../pages/inbox-page';
import { LeadPage } from '../pages/lead-page';
import { LeadsPage } from '../pages/leads-page';
import { NotFoundPage } from '../pages/not-found-page';
import { PoolsPage } from '../pages/pools-page';
import { StudioShell } from './studio-shell';

/** Every page of the studio by its address. */
export function StudioRoutes() {
  return (
    <StudioShell>
      <Routes>
        <Route path="/" element={<Navigate to="/flows" replace />} />
        <Route path="/flows" element={<FlowsPage />} />
        <Route path="/flows/:flowId" element={<FlowEditorPage />} />
        <Route path="/flows/:flowId/versions" element={<FlowHistoryPage />} />
        <Route path="/inbox" element={<InboxPage />} />
        <Route path="/leads" element={<LeadsPage />} />
        <Route path="/leads/:leadId" element={<LeadPage />} />
        <Route path="/pools" element={<PoolsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </StudioShell>
  );
}
