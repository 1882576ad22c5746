import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A page's title, a line saying what it is for, and its main actions on the right. */
export function PageHeader(props: { title: string; description?: string; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" p="md" pb="xs" wrap="nowrap">
      <div>
        <Title order={2}>{props.title}</Title>
        {props.description && (
          <Text c="dimmed" size="sm">
            {props.description}
          </Text>
        )}
      </div>
      <Group gap="xs">{props.actions}</Group>
    </Group>
  );
}
