import { DEMO_PASSWORD, type SeededFirm } from '../demo.ts';
import { inviteMember, setAssignments } from './service.ts';

/** The firm's team and client reviewers, then each client's agents. */
export async function seedMembers(firm: SeededFirm): Promise<void> {
  const clientId = (name: string) => {
    const id = firm.clientIds.get(name);
    if (!id) throw new Error(`Seed: unknown client ${name}`);
    return id;
  };
  for (const user of firm.definition.users) {
    const member = await inviteMember(firm.owner, {
      email: user.email,
      name: user.name,
      role: user.role,
      password: DEMO_PASSWORD,
      ...(user.role === 'client' ? { clientId: clientId(user.clients[0] ?? '') } : {}),
    });
    firm.userIds.set(user.email, member.id);
  }
  for (const [clientName, id] of firm.clientIds) {
    const agentIds = firm.definition.users
      .filter((user) => user.role === 'agent' && user.clients.includes(clientName))
      .map((user) => firm.userIds.get(user.email) ?? '');
    if (agentIds.length > 0) await setAssignments(firm.owner, id, agentIds);
  }
}
