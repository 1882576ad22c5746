import { AppShell, Burger, Button, Group, Loader, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconRoute } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { NavLink as RouterLink, useLocation } from 'react-router';
import { notifyError } from '../lib/notify';
import { useMe } from '../lib/use-me';
import { BusyBar } from './busy-bar';
import { navItems } from './nav-items';

async function signOut() {
  const response = await fetch('/api/auth/sign-out', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  if (!response.ok) return notifyError(new Error('Signing out did not work; try again.'));
  location.assign('/sign-in');
}

/** The frame of every page: the header with the organisation and account, the navigation. */
export function StudioShell({ children }: { children: ReactNode }) {
  const [opened, { toggle }] = useDisclosure();
  const me = useMe();
  const { pathname } = useLocation();
  if (!me.data) {
    return (
      <Group justify="center" h="100vh" aria-busy="true">
        <Loader aria-label="Loading Switchyard" />
      </Group>
    );
  }
  const who = me.data.type === 'user' ? me.data.email : me.data.name;
  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 170, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={0}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <IconRoute aria-hidden />
            <Title order={1} size="h4">
              Switchyard
            </Title>
            <Text c="dimmed" size="sm">
              {me.data.organization.name}
            </Text>
          </Group>
          <Group gap="sm">
            <Text size="sm" data-testid="who">
              {who} · {me.data.role}
            </Text>
            <Button variant="default" size="xs" onClick={signOut}>
              Sign out
            </Button>
          </Group>
        </Group>
        <BusyBar />
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        {navItems
          .filter((item) => item.roles === undefined || item.roles.includes(me.data.role))
          .map((item) => (
            <NavLink
              key={item.to}
              component={RouterLink}
              to={item.to}
              label={item.label}
              leftSection={<item.icon size={18} aria-hidden />}
              active={pathname === item.to || pathname.startsWith(`${item.to}/`)}
            />
          ))}
      </AppShell.Navbar>
      <AppShell.Main h="100vh" style={{ display: 'flex', flexDirection: 'column' }}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
