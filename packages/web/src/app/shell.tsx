import {
  AppShell,
  Burger,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Select,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBook,
  IconChecklist,
  IconCloud,
  IconFileCertificate,
  IconGauge,
  IconHistory,
  IconKey,
  IconLogout,
  IconSearch,
  IconUsers,
} from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Outlet, NavLink as RouterLink, useLocation, useNavigate } from 'react-router';
import { api } from '../api/client.js';
import { queryKeys } from '../api/queries/keys.js';
import { useCurrentOrg, useSession } from '../api/session.js';
import { PageLoader } from '../components/page-loader.js';
import { openCommandPalette } from '../features/catalog/command-palette.js';

const NAV = [
  { to: '', label: 'Dashboard', icon: IconGauge, end: true },
  { to: 'assessments', label: 'Assessments', icon: IconChecklist },
  { to: 'evidence', label: 'Evidence', icon: IconFileCertificate },
  { to: 'services', label: 'Cloud services', icon: IconCloud },
  { to: 'catalog', label: 'Catalog', icon: IconBook },
];
const ADMIN = [
  { to: 'admin/members', label: 'Members', icon: IconUsers, permission: 'members:read' as const },
  { to: 'admin/tokens', label: 'API tokens', icon: IconKey, permission: 'tokens:manage' as const },
  { to: 'admin/audit', label: 'Audit log', icon: IconHistory, permission: 'audit:read' as const },
];

/** The frame of every signed-in page: navigation, organization switcher, user menu, search. */
export function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  const { data: session } = useSession();
  const org = useCurrentOrg();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  const base = `/o/${org?.id ?? ''}`;

  const signOut = async () => {
    // Stop the signed-in pages' fetches before the session ends (one still in flight would come back 401 for
    // nothing), end it, mark the cached session signed out so the sign-in page stays, leave, then drop the rest.
    await client.cancelQueries();
    await api('/api/v1/auth/logout', { method: 'POST' }).catch(() => {});
    client.setQueryData(queryKeys.session, null);
    navigate('/sign-in', { replace: true });
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.session[0] });
  };

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Text fw={700} size="lg" c="blue.9">
              Nimbus
            </Text>
            {session && session.organizations.length > 0 ? (
              <Select
                aria-label="Organization"
                size="xs"
                w={220}
                allowDeselect={false}
                value={org?.id ?? null}
                data={session.organizations.map((o) => ({ value: o.id, label: o.name }))}
                onChange={(id) => id && navigate(`/o/${id}`)}
              />
            ) : null}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {/* Named by its text (hidden text on narrow screens), so the visible label and the name agree. */}
            <UnstyledButton onClick={openCommandPalette} aria-keyshortcuts="Control+K">
              <Group gap={6} c="dimmed">
                <IconSearch size={16} aria-hidden />
                <Text size="sm" visibleFrom="md">
                  Search controls
                </Text>
                <VisuallyHidden hiddenFrom="md">Search controls</VisuallyHidden>
                <Text size="xs" visibleFrom="md" c="dimmed" aria-hidden>
                  Ctrl+K
                </Text>
              </Group>
            </UnstyledButton>
            <Menu position="bottom-end">
              <Menu.Target>
                <UnstyledButton>
                  <Text size="sm">{session?.user.name}</Text>
                  <Text size="xs" c="dimmed">
                    {org ? org.role : ''}
                  </Text>
                  <VisuallyHidden>user menu</VisuallyHidden>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{session?.user.email}</Menu.Label>
                <Menu.Item leftSection={<IconLogout size={14} />} onClick={signOut}>
                  Sign out
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        <ScrollArea>
          {NAV.map((item) => (
            <NavLink
              key={item.label}
              component={RouterLink}
              to={item.to ? `${base}/${item.to}` : base}
              end={item.end}
              label={item.label}
              leftSection={<item.icon size={18} />}
              active={
                item.end ? location.pathname === base : location.pathname.startsWith(`${base}/${item.to}`)
              }
              onClick={close}
            />
          ))}
          <Text size="xs" fw={600} c="dimmed" mt="md" mb={4} px="sm">
            Administration
          </Text>
          {ADMIN.filter((a) => org?.can(a.permission)).map((item) => (
            <NavLink
              key={item.label}
              component={RouterLink}
              to={`${base}/${item.to}`}
              label={item.label}
              leftSection={<item.icon size={18} />}
              active={location.pathname.startsWith(`${base}/${item.to}`)}
              onClick={close}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
