import { Alert, Button, Card, FileButton, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { PageHeader } from '../lib/page-header';
import { useMe } from '../lib/use-me';
import { type ImportSource, importSourceOf, readTemplateFile } from '../templates/import-mapping';
import { ImportTemplateDialog } from '../templates/import-template-dialog';
import { TemplateCard } from '../templates/template-card';
import { templateCatalogue } from '../templates/template-catalogue';

// template.import and team.list are open to these roles (packages/api/src/access.ts).
export const templateRoles = ['owner', 'manager', 'consultant'];

/** `/templates`: the bundled templates as cards, and a `.flow.json` file to import. */
export function TemplatesPage() {
  const me = useMe();
  const [source, setSource] = useState<ImportSource | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const readFile = async (file: File | null) => {
    if (!file) return;
    const read = readTemplateFile(await file.text());
    setFileError(read.ok ? null : `${file.name}: ${read.error.message}`);
    if (read.ok) setSource(read.value);
  };
  if (!templateRoles.includes(me.data?.role ?? '')) {
    return (
      <>
        <PageHeader title="Templates" />
        <Card withBorder m="md" p="xl">
          <Text fw={600}>Templates are for owners, managers and consultants</Text>
        </Card>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Templates"
        description="Ready-made flows: pick one, map its teams to yours, and adapt it in the editor."
        actions={
          <FileButton onChange={readFile} accept=".json,application/json">
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconFileImport size={16} />}>
                Import from file
              </Button>
            )}
          </FileButton>
        }
      />
      <Stack p="md" pt={0}>
        {fileError && (
          <Alert
            color="red"
            title="This file cannot be imported"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setFileError(null)}
          >
            {fileError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
          {templateCatalogue().map((entry) => (
            <TemplateCard
              key={entry.id}
              entry={entry}
              onUse={() => setSource(importSourceOf(entry.document, entry.flow))}
            />
          ))}
        </SimpleGrid>
      </Stack>
      <ImportTemplateDialog source={source} onClose={() => setSource(null)} />
    </>
  );
}
