import { Card, Center, Loader, Text } from '@mantine/core';

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
