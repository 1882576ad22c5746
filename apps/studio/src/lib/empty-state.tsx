import { Anchor, Card, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { messageOf } from './trpc';

/** A list with nothing in it yet: what is missing and how to get it. */
export function EmptyState(props: { title: string; hint: string }) {
  return (
    <Card withBorder p="xl">
      <Text fw={600}>{props.title}</Text>
      <Text c="dimmed" size="sm">
        {props.hint}
      </Text>
    </Card>
  );
}

/** A page section still loading; the label is what a screen reader announces. */
export function SectionLoader(props: { label: string }) {
  return (
    <Center p="xl">
      <Loader aria-label={props.label} />
    </Center>
  );
}

/** A page whose data could not be loaded: what failed, the server's sentence, a way back. */
export function PageFailed(props: { title: string; error: unknown }) {
  return (
    <Stack p="xl" align="flex-start">
      <Title order={2}>{props.title}</Title>
      <Text>{messageOf(props.error)}</Text>
      <Anchor component={Link} to="/flows">
        Back to flows
      </Anchor>
    </Stack>
  );
}
