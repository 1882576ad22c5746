import { Alert, Group, Loader, Text } from '@mantine/core';
import { messageOf } from './trpc';

/** A side panel's request in flight ("Running… ") or refused (the server's sentence). */
export function RunState(props: {
  running: boolean;
  runningText: string;
  error: unknown;
  errorTitle: string;
}) {
  return (
    <>
      {props.running && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{props.runningText}</Text>
        </Group>
      )}
      {props.error != null && (
        <Alert color="orange" role="alert" title={props.errorTitle}>
          {messageOf(props.error)}
        </Alert>
      )}
    </>
  );
}
