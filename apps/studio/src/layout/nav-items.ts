import {
  type Icon,
  IconBucket,
  IconGitBranch,
  IconInbox,
  IconTemplate,
  IconUsers,
} from '@tabler/icons-react';

/** One entry of the main navigation; `roles` limits it to members who may use the page. */
export type NavItem = { to: string; label: string; icon: Icon; roles?: readonly string[] };

/** The studio's pages, in the order the navigation shows them. */
export const navItems: readonly NavItem[] = [
  { to: '/flows', label: 'Flows', icon: IconGitBranch },
  { to: '/leads', label: 'Leads', icon: IconUsers },
  // event.record is open to these roles; the page itself asks for a rep linked to the account.
  { to: '/inbox', label: 'My leads', icon: IconInbox, roles: ['owner', 'manager', 'rep'] },
  // pool.mine is open to these roles: a rep sees their own teams' pools and claims as themselves.
  { to: '/pools', label: 'Pools', icon: IconBucket, roles: ['owner', 'manager', 'rep'] },
  {
    to: '/templates',
    label: 'Templates',
    icon: IconTemplate,
    roles: ['owner', 'manager', 'consultant'],
  },
];
