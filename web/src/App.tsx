import type { ReactNode } from 'react';
import type { Role } from './api/client';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Shell } from './components/Shell';
import { Loading } from './components/States';
import { DirectoryProvider } from './directory';
import { matchPath, RouterProvider, useRouter } from './router';
import { Approvals } from './screens/Approvals';
import { Audit } from './screens/Audit';
import { BatchList, BatchScreen } from './screens/Batches';
import { BillingInvoiceScreen, BillingScreen } from './screens/Billing';
import { ClientOverview, ClientSettings, ClientsList, NotVisible } from './screens/Clients';
import { Dashboard } from './screens/Dashboard';
import { DocumentsScreen } from './screens/DocumentsScreen';
import { Hours } from './screens/Hours';
import { InvoiceList, InvoiceScreen, NewInvoice } from './screens/Invoices';
import { MyWork } from './screens/MyWork';
import { PayrollList, PayrollRunScreen } from './screens/Payroll';
import { Rates } from './screens/Rates';
import { SignIn } from './screens/SignIn';
import { Team, Assignments } from './screens/Team';
import { TicketList, TicketScreen } from './screens/Tickets';
import { TimeApproval } from './screens/TimeApproval';
import { TimesheetScreen } from './screens/Timesheet';
import { SessionProvider, useMe, useSession } from './session';
import { TimerProvider } from './timer';

type Params = Record<string, string>;
interface Route {
  path: string;
  roles: readonly Role[];
  render: (params: Params, me: ReturnType<typeof useMe>) => ReactNode;
}

const FIRM: readonly Role[] = ['owner', 'manager', 'agent'];
const ADMIN: readonly Role[] = ['owner', 'manager'];
const ALL: readonly Role[] = ['owner', 'manager', 'agent', 'client'];
const p = (params: Params, name: string) => params[name] ?? '';

/**
 * Every screen, with the roles that may open it. The API decides what each person may see and do;
 * this table only keeps people away from screens that would answer them 403.
 */
const ROUTES: Route[] = [
  { path: '/', roles: ADMIN, render: () => <Dashboard /> },
  { path: '/', roles: ['agent'], render: () => <MyWork /> },
  { path: '/', roles: ['client'], render: () => <Approvals /> },
  { path: '/work', roles: FIRM, render: () => <MyWork /> },
  { path: '/clients', roles: FIRM, render: () => <ClientsList /> },
  { path: '/tickets', roles: FIRM, render: () => <TicketList /> },
  { path: '/tickets', roles: ['client'], render: (_, me) => <TicketList clientId={me.user.clientId ?? ''} /> },
  { path: '/timesheet', roles: FIRM, render: () => <TimesheetScreen /> },
  { path: '/time', roles: ADMIN, render: () => <TimeApproval /> },
  { path: '/billing', roles: [...ADMIN, 'client'], render: () => <BillingScreen /> },
  { path: '/team', roles: ADMIN, render: () => <Team /> },
  { path: '/audit', roles: ['owner', 'client'], render: () => <Audit /> },
  { path: '/hours', roles: ['client'], render: () => <Hours /> },
  { path: '/documents', roles: ['client'], render: (_, me) => <DocumentsScreen clientId={me.user.clientId ?? ''} /> },
  { path: '/clients/:clientId', roles: FIRM, render: (params) => <ClientOverview clientId={p(params, 'clientId')} /> },
  { path: '/clients/:clientId/settings', roles: ADMIN, render: (params) => <ClientSettings clientId={p(params, 'clientId')} /> },
  { path: '/clients/:clientId/rates', roles: ADMIN, render: (params) => <Rates clientId={p(params, 'clientId')} /> },
  { path: '/clients/:clientId/assignments', roles: ADMIN, render: (params) => <Assignments clientId={p(params, 'clientId')} /> },
  { path: '/clients/:clientId/billing', roles: ADMIN, render: (params) => <BillingScreen clientId={p(params, 'clientId')} /> },
  {
    path: '/clients/:clientId/billing/:billingInvoiceId',
    roles: [...ADMIN, 'client'],
    render: (params) => <BillingInvoiceScreen clientId={p(params, 'clientId')} billingInvoiceId={p(params, 'billingInvoiceId')} />,
  },
  { path: '/clients/:clientId/invoices', roles: ALL, render: (params) => <InvoiceList clientId={p(params, 'clientId')} /> },
  { path: '/clients/:clientId/invoices/new', roles: FIRM, render: (params) => <NewInvoice clientId={p(params, 'clientId')} /> },
  { path: '/clients/:clientId/invoices/:invoiceId', roles: ALL, render: (params) => <InvoiceScreen clientId={p(params, 'clientId')} invoiceId={p(params, 'invoiceId')} /> },
  { path: '/clients/:clientId/payroll', roles: ALL, render: (params) => <PayrollList clientId={p(params, 'clientId')} /> },
  { path: '/clients/:clientId/payroll-runs/:runId', roles: ALL, render: (params) => <PayrollRunScreen clientId={p(params, 'clientId')} runId={p(params, 'runId')} /> },
  { path: '/clients/:clientId/batches', roles: ALL, render: (params) => <BatchList clientId={p(params, 'clientId')} /> },
  { path: '/clients/:clientId/batches/:batchId', roles: ALL, render: (params) => <BatchScreen clientId={p(params, 'clientId')} batchId={p(params, 'batchId')} /> },
  { path: '/clients/:clientId/tickets', roles: ALL, render: (params) => <TicketList clientId={p(params, 'clientId')} /> },
  { path: '/clients/:clientId/tickets/:ticketId', roles: ALL, render: (params) => <TicketScreen clientId={p(params, 'clientId')} ticketId={p(params, 'ticketId')} /> },
  { path: '/clients/:clientId/documents', roles: ALL, render: (params) => <DocumentsScreen clientId={p(params, 'clientId')} /> },
];

function Screen() {
  const me = useMe();
  const { path } = useRouter();
  for (const route of ROUTES) {
    if (!route.roles.includes(me.user.role)) continue;
    const params = matchPath(route.path, path);
    // Keyed by path, so moving between two screens of one kind starts the second one afresh.
    if (params) return <ErrorBoundary key={path}>{route.render(params, me)}</ErrorBoundary>;
  }
  return <NotVisible />;
}

function SignedIn() {
  const me = useMe();
  return (
    <DirectoryProvider>
      <TimerProvider enabled={me.user.role !== 'client'}>
        <Shell>
          <Screen />
        </Shell>
      </TimerProvider>
    </DirectoryProvider>
  );
}

function Root() {
  const { state } = useSession();
  if (state.status === 'restoring') {
    return (
      <main id="main" className="sign-in-page">
        <Loading label="your session" />
      </main>
    );
  }
  if (state.status === 'signed-out') return <SignIn {...(state.message ? { message: state.message } : {})} {...(state.email ? { email: state.email } : {})} />;
  return <SignedIn key={state.me.user.id} />;
}

export function App() {
  return (
    <RouterProvider>
      <SessionProvider>
        <Root />
      </SessionProvider>
    </RouterProvider>
  );
}
