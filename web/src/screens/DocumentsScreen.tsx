import { Documents } from '../components/Documents';
import { Page } from '../components/ui';
import { useClient } from '../directory';
import { isFirm, useMe } from '../session';
import { ClientPage, NotVisible } from './Clients';

/** A client's documents: the reviewer's own, or one client's for the firm. */
export function DocumentsScreen({ clientId }: { clientId: string }) {
  const me = useMe();
  const client = useClient(clientId);
  if (!client) return <NotVisible />;
  if (!isFirm(me.user.role)) {
    return (
      <Page title="Documents" meta={<span>Files shared between {client.name} and the firm</span>}>
        <Documents clientId={clientId} title="Your documents" />
      </Page>
    );
  }
  return (
    <ClientPage clientId={clientId} title={`${client.name}: documents`} section={{ to: `/clients/${clientId}/documents`, label: 'Documents' }}>
      <Documents clientId={clientId} />
    </ClientPage>
  );
}
