import {
  type Icon,
  IconBucket,
  IconChartBar,
  IconGitBranch,
  IconInbox,
  IconPlugConnected,
  IconTemplate,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';

/** One entry of the main navigation; `roles` limits it to members who may use the page. */
export type NavItem = { to: string; label: string; icon: Icon; roles?: readonly string[] };

// Each page is offered to the roles the API lets call what the page needs (access.ts).
const builders = ['owner', 'manager', 'consultant'];

/** The studio's pages, in the order the navigation shows them. */
export const navItems: readonly NavItem[] = [
  // flow.list is for readers: everyone but reps.
  {
    to: '/flows',
    label: 'Flows',
    icon: IconGitBranch,
    roles: ['owner', 'manager', 'consultant', 'viewer'],
  },
  { to: '/leads', label: 'Leads', icon: IconUsers },
  // report.flow is for readers; flow.list too.
  {
    to: '/reports',
    label: 'Reports',
    icon: IconChartBar,
    roles: ['owner', 'manager', 'consultant', 'viewer'],
  },
  // event.record is open to these roles; the page itself asks for a rep linked to the account.
  { to: '/inbox', label: 'My leads', icon: IconInbox, roles: ['owner', 'manager', 'rep'] },
  // pool.mine is open to these roles: a rep sees their own teams' pools and claims as themselves.
  { to: '/pools', label: 'Pools', icon: IconBucket, roles: ['owner', 'manager', 'rep'] },
  { to: '/templates', label: 'Templates', icon: IconTemplate, roles: builders },
  // team.list, rep.list and source.list are open to builders; changes to managers only.
  { to: '/team', label: 'Teams & reps', icon: IconUsersGroup, roles: builders },
  { to: '/sources', label: 'Sources', icon: IconPlugConnected, roles: builders },
];

/** Where a member lands: the first page of the navigation their role may use. */
export function homeFor(role: string): string {
  return (
    navItems.find((item) => item.roles === undefined || item.roles.includes(role))?.to ?? '/leads'
  );
}
