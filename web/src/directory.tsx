import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import { allPages, api, ok, type Schema } from './api/client';
import { Async } from './components/States';
import { useLoad } from './lib/load';
import { isAdmin, useMe } from './session';

export type Client = Schema<'Client'>;
export type Member = Schema<'Member'>;

interface Directory {
  /** The clients the signed-in person may see: all (owner, manager), assigned (agent), their own (reviewer). */
  clients: Client[];
  client: (clientId: string) => Client | undefined;
  /** Members of the firm (owners and managers only may list them; others know just themselves). */
  members: Member[];
  personName: (userId: string) => string;
  /** A member's name when the signed-in person may know it. */
  memberName: (userId: string) => string | undefined;
  reloadClients: () => void;
  reloadMembers: () => void;
}

const DirectoryContext = createContext<Directory | undefined>(undefined);

/** Clients and people, read once per session and shared by every screen (names, currencies, time zones). */
export function DirectoryProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const clients = useLoad(
    () => allPages((cursor) => ok(api.GET('/api/clients', { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } }))),
    `clients:${me.user.id}`,
  );
  const members = useLoad(
    async () =>
      isAdmin(me.user.role)
        ? allPages((cursor) => ok(api.GET('/api/members', { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } })))
        : [],
    `members:${me.user.id}`,
  );
  const clientList = clients.state.data;
  const memberList = members.state.data;
  const client = useCallback((clientId: string) => clientList?.find((c) => c.id === clientId), [clientList]);
  const memberName = useCallback(
    (userId: string) => (userId === me.user.id ? me.user.name : memberList?.find((m) => m.id === userId)?.name),
    [memberList, me.user.id, me.user.name],
  );
  const personName = useCallback(
    (userId: string) => {
      if (userId === me.user.id) return me.user.name;
      return memberList?.find((m) => m.id === userId)?.name ?? 'A teammate';
    },
    [memberList, me.user.id, me.user.name],
  );
  const value = useMemo<Directory | undefined>(
    () =>
      clientList && memberList
        ? { clients: clientList, client, members: memberList, personName, memberName, reloadClients: clients.reload, reloadMembers: members.reload }
        : undefined,
    [clientList, memberList, client, personName, memberName, clients.reload, members.reload],
  );
  if (clients.state.status === 'error') return <Async state={clients.state} retry={clients.reload} label="your clients" />;
  if (members.state.status === 'error') return <Async state={members.state} retry={members.reload} label="your team" />;
  if (!value) return <Async state={{ status: 'loading' }} label="your clients" />;
  return <DirectoryContext.Provider value={value}>{children}</DirectoryContext.Provider>;
}

export function useDirectory(): Directory {
  const directory = useContext(DirectoryContext);
  if (!directory) throw new Error('useDirectory outside DirectoryProvider');
  return directory;
}

/** A client the person can see, for its name, currency and time zone. */
export function useClient(clientId: string): Client | undefined {
  return useDirectory().client(clientId);
}
