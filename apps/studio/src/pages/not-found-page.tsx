import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

/** An address the studio does not know. */
export function NotFoundPage() {
  return (
    <Stack p="xl" align="flex-start">
      <Title order={2}>Nothing here</Title>
      <Text>This page does not exist. It may have moved, or the link was mistyped.</Text>
      <Button component={Link} to="/">
        Go to the start page
      </Button>
    </Stack>
  );
}
