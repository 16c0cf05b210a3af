import { type ReactNode, useEffect, useState } from 'react';
import type { Role } from '../api/client';
import { Link, useRouter } from '../router';
import { isFirm, useMe, useSession } from '../session';
import { TimerBar } from './TimerBar';

export const ROLE_LABEL: Record<Role, string> = {
  owner: 'Owner',
  manager: 'Manager',
  agent: 'Agent',
  client: 'Client reviewer',
};

/** Each role's navigation: only what the role may use. */
export const NAVIGATION: Record<Role, { to: string; label: string }[]> = {
  owner: [
    { to: '/', label: 'Dashboard' },
    { to: '/clients', label: 'Clients' },
    { to: '/tickets', label: 'Tickets' },
    { to: '/time', label: 'Time approval' },
    { to: '/billing', label: 'Billing' },
    { to: '/team', label: 'Team' },
    { to: '/audit', label: 'Audit log' },
    { to: '/timesheet', label: 'Timesheet' },
  ],
  manager: [
    { to: '/', label: 'Dashboard' },
    { to: '/clients', label: 'Clients' },
    { to: '/tickets', label: 'Tickets' },
    { to: '/time', label: 'Time approval' },
    { to: '/billing', label: 'Billing' },
    { to: '/team', label: 'Team' },
    { to: '/timesheet', label: 'Timesheet' },
  ],
  agent: [
    { to: '/', label: 'My work' },
    { to: '/clients', label: 'My clients' },
    { to: '/tickets', label: 'Tickets' },
    { to: '/timesheet', label: 'Timesheet' },
  ],
  client: [
    { to: '/', label: 'Awaiting your approval' },
    { to: '/tickets', label: 'Tickets' },
    { to: '/hours', label: 'Hours' },
    { to: '/billing', label: 'Billing' },
    { to: '/documents', label: 'Documents' },
    { to: '/audit', label: 'Activity' },
  ],
};

function isCurrent(to: string, path: string, role: Role): boolean {
  if (to === '/') return path === '/';
  if (path === to || path.startsWith(`${to}/`)) return true;
  // A reviewer's ticket, bill or document lives under their client's path: its section is current.
  return role === 'client' && new RegExp(`^/clients/[^/]+${to}(/|$)`).test(path);
}

/** The signed-in frame: who and which firm, the role's navigation, the timer bar, and the screen. */
export function Shell({ children }: { children: ReactNode }) {
  const me = useMe();
  const { signOut } = useSession();
  const { path } = useRouter();
  const [menuOpen, setMenuOpen] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the menu closes whenever the screen changes.
  useEffect(() => setMenuOpen(false), [path]);
  const items = NAVIGATION[me.user.role];
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="identity">
          <Link to="/" className="brand" aria-label="Backdesk home">
            <span className="brand-mark" aria-hidden="true">
              B
            </span>
            <span className="brand-name">Backdesk</span>
          </Link>
          <span className="firm">{me.tenant.name}</span>
        </div>
        <div className="account">
          <span className="who">
            <span className="user">{me.user.name}</span>
            <span className="role">{ROLE_LABEL[me.user.role]}</span>
          </span>
          <button type="button" className="secondary small" onClick={signOut}>
            Sign out
          </button>
          <button
            type="button"
            className="secondary small menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="primary-navigation"
            onClick={() => setMenuOpen((open) => !open)}
          >
            Menu
          </button>
        </div>
      </header>
      <nav id="primary-navigation" aria-label="Main" className={`primary-nav${menuOpen ? ' open' : ''}`}>
        <ul>
          {items.map((item) => (
            <li key={item.to}>
              <Link to={item.to} aria-current={isCurrent(item.to, path, me.user.role) ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {isFirm(me.user.role) ? <TimerBar /> : null}
      <main id="main" className="content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
