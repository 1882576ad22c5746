import { Alert, Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { FlowIssue } from '@switchyard/flow';
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from '@tabler/icons-react';

/** Every problem of the draft in plain words; pressing one selects the step it is about. */
export function ProblemsPanel(props: { issues: FlowIssue[]; onSelect: (nodeId: string) => void }) {
  const { issues, onSelect } = props;
  if (issues.length === 0) {
    return (
      <Alert color="teal" icon={<IconCircleCheck />} title="No problems">
        This flow can be published.
      </Alert>
    );
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  return (
    <Stack gap="xs" aria-label="Problems">
      <Group gap="xs">
        <Badge color="red" variant="light">
          {errors} error{errors === 1 ? '' : 's'}
        </Badge>
        <Badge color="yellow" variant="light">
          {issues.length - errors} warning{issues.length - errors === 1 ? '' : 's'}
        </Badge>
      </Group>
      <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {issues.map((issue) => {
          const Icon = issue.severity === 'error' ? IconCircleX : IconAlertTriangle;
          const content = (
            <Group gap={6} wrap="nowrap" align="flex-start">
              <Icon
                size={16}
                color={
                  issue.severity === 'error'
                    ? 'var(--mantine-color-red-6)'
                    : 'var(--mantine-color-yellow-7)'
                }
                aria-label={issue.severity}
                style={{ flexShrink: 0, marginTop: 2 }}
              />
              <Text size="sm">{issue.message}</Text>
            </Group>
          );
          const key = `${issue.code}:${issue.nodeId ?? ''}:${issue.edgeId ?? ''}:${issue.message}`;
          return (
            <li key={key} data-testid="problem" data-code={issue.code}>
              {issue.nodeId ? (
                <UnstyledButton onClick={() => onSelect(issue.nodeId as string)} w="100%">
                  {content}
                </UnstyledButton>
              ) : (
                content
              )}
            </li>
          );
        })}
      </Stack>
    </Stack>
  );
}
