import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { downloadFile } from '../lib/download';
import { notifyError } from '../lib/notify';
import { useTRPC } from '../lib/trpc';
import { useMe } from '../lib/use-me';
import { templateFileName, templateFileText } from './template-file';

// template.export is open to these roles (packages/api/src/access.ts).
const exportRoles = ['owner', 'manager', 'consultant'];

/** Downloads a flow's draft as a template file (`<name>.flow.json`), placeholders kept. */
export function ExportFlowButton(props: { flowId: string; name: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useMe();
  const [busy, setBusy] = useState(false);
  if (!exportRoles.includes(me.data?.role ?? '')) return null;
  const exportFlow = async () => {
    setBusy(true);
    try {
      // Always fresh: the draft may have changed since the list was loaded.
      const exported = await queryClient.fetchQuery({
        ...trpc.template.export.queryOptions({ flowId: props.flowId }),
        staleTime: 0,
      });
      downloadFile(templateFileName(exported.name), templateFileText(exported.document));
    } catch (error) {
      notifyError(error, 'The flow was not exported');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="compact-sm"
      variant="subtle"
      leftSection={<IconDownload size={14} aria-hidden />}
      loading={busy}
      onClick={exportFlow}
      aria-label={`Export ${props.name}`}
    >
      Export
    </Button>
  );
}
