import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** A source's credentials as create and rotateKey answer them, with the address to post to. */
export type ShownCredentials = {
  sourceName: string;
  webhookUrl: string;
  credentials: { apiKey?: string | undefined; secret?: string | undefined };
};

function CopyLine(props: { label: string; value: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {props.label}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Code block style={{ flex: 1, wordBreak: 'break-all' }} aria-label={props.label}>
          {props.value}
        </Code>
        <CopyButton value={props.value}>
          {({ copied, copy }) => (
            <Button
              size="compact-sm"
              variant="light"
              color={copied ? 'teal' : 'blue'}
              onClick={copy}
            >
              {copied ? 'Copied' : `Copy ${props.label.toLowerCase()}`}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

/**
 * Shows a new key or secret exactly once: the server keeps only its hash or a sealed copy, so
 * closing this dialog is the last chance to copy it. Clicking outside does not close it.
 */
export function CredentialsDialog(props: { shown: ShownCredentials | null; onClose: () => void }) {
  const shown = props.shown;
  const { apiKey, secret } = shown?.credentials ?? {};
  return (
    <Modal
      opened={shown !== null}
      onClose={props.onClose}
      title={shown ? `Connect ${shown.sourceName}` : ''}
      size="lg"
      closeOnClickOutside={false}
    >
      {shown && (
        <Stack>
          <CopyLine label="Webhook URL" value={shown.webhookUrl} />
          {apiKey && <CopyLine label="API key" value={apiKey} />}
          {secret && <CopyLine label="Signing secret" value={secret} />}
          {(apiKey || secret) && (
            <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="Shown only once">
              Copy the {apiKey ? 'API key' : 'signing secret'} now: it will not be shown again.
              Switchyard keeps only a fingerprint of it. If it is lost, rotate the key.
            </Alert>
          )}
          {!apiKey && !secret && (
            <Text size="sm" c="dimmed">
              This source takes no key: point the form's action at the URL.
            </Text>
          )}
          <Group justify="flex-end">
            <Button onClick={props.onClose}>I have stored it</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
