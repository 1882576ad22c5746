import {
  type Icon,
  IconBucket,
  IconGitBranch,
  IconInbox,
  IconPlugConnected,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';

/** One entry of the main navigation; `roles` limits it to members who may use the page. */
export type NavItem = { to: string; label: string; icon: Icon; roles?: readonly string[] };

/** The studio's pages, in the order the navigation shows them. */
export const navItems: readonly NavItem[] = [
  { to: '/flows', label: 'Flows', icon: IconGitBranch },
  { to: '/leads', label: 'Leads', icon: IconUsers },
  // event.record is open to these roles; the page itself asks for a rep linked to the account.
  { to: '/inbox', label: 'My leads', icon: IconInbox, roles: ['owner', 'manager', 'rep'] },
  { to: '/pools', label: 'Pools', icon: IconBucket, roles: ['owner', 'manager'] },
  // team.list, rep.list and source.list are open to builders; changes to managers only.
  {
    to: '/team',
    label: 'Teams & reps',
    icon: IconUsersGroup,
    roles: ['owner', 'manager', 'consultant'],
  },
  {
    to: '/sources',
    label: 'Sources',
    icon: IconPlugConnected,
    roles: ['owner', 'manager', 'consultant'],
  },
];
