import { Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { lookOf, stageColours } from '../nodes/kind-looks';
import type { TemplateEntry } from './template-catalogue';

const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

/** One template of the gallery: what it does, what it needs mapped, its steps in order. */
export function TemplateCard(props: { entry: TemplateEntry; onUse: () => void }) {
  const { entry } = props;
  const titleId = useId();
  return (
    <Card withBorder component="article" aria-labelledby={titleId} h="100%">
      <Stack gap="xs" h="100%">
        <Title order={3} size="h4" id={titleId}>
          {entry.name}
        </Title>
        <Group gap={6}>
          <Badge variant="light" color="gray">
            {plural(entry.nodeCount, 'step')}
          </Badge>
          <Badge variant="light" color="gray">
            {plural(entry.sampleCount, 'sample lead')}
          </Badge>
          {entry.strategies.map((strategy) => (
            <Badge key={strategy} variant="light">
              {strategy}
            </Badge>
          ))}
        </Group>
        <Text size="sm">{entry.description}</Text>
        <Text size="sm">
          <Text span fw={600}>
            Teams to map:{' '}
          </Text>
          {entry.teams.map((team) => team.label).join(', ') || 'none'}
        </Text>
        {entry.repPlaceholders.length > 0 && (
          <Text size="sm">
            <Text span fw={600}>
              Reps to choose:{' '}
            </Text>
            {plural(entry.repPlaceholders.length, 'placeholder')}
          </Text>
        )}
        <Text size="sm" fw={600} id={`${titleId}-steps`}>
          Steps
        </Text>
        <List type="ordered" size="sm" spacing={2} aria-labelledby={`${titleId}-steps`}>
          {entry.steps.map((step) => {
            const look = lookOf(step.kind);
            return (
              <List.Item key={step.id}>
                <Text span size="sm" fw={600} c={stageColours[look.stage]}>
                  {look.title}
                </Text>{' '}
                {step.label}
              </List.Item>
            );
          })}
        </List>
        <Group justify="flex-end" mt="auto">
          <Button onClick={props.onUse} aria-label={`Use the template ${entry.name}`}>
            Use this template
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
