import { type FormEvent, useId } from 'react';
import { allPages, api, ok, type WorkItemRef } from '../api/client';
import { useClient } from '../directory';
import { useDraft } from '../lib/drafts';
import { dateTime } from '../lib/format';
import { useLoad } from '../lib/load';
import { ROLE_LABEL } from './Shell';
import { Async } from './States';
import { ActionButton, ActionNotice, useAction } from './ui';

/** Comments on a work item, between the firm and the client's reviewer, oldest first. */
export function Comments({ clientId, on }: { clientId: string; on: WorkItemRef }) {
  const client = useClient(clientId);
  const ref = `${on.type}:${on.id}`;
  const comments = useLoad(
    async () =>
      (
        await allPages((cursor) =>
          ok(api.GET('/api/clients/{clientId}/comments', { params: { path: { clientId }, query: { on: ref, limit: 100, ...(cursor ? { cursor } : {}) } } })),
        )
      ).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    `comments:${ref}`,
  );
  const [body, setBody, clearBody] = useDraft(`comment:${ref}`, '');
  const { busy, notice, run } = useAction();
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    const sent = await run('comment', () => ok(api.POST('/api/clients/{clientId}/comments', { params: { path: { clientId } }, body: { on: ref, body: body.trim() } })));
    if (sent) {
      clearBody();
      comments.reload();
    }
  };
  return (
    <section className="panel comments" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Comments</h2>
      <Async state={comments.state} retry={comments.reload} label="comments" isEmpty={(list) => list.length === 0} empty="No comments yet.">
        {(list) => (
          <ol className="thread">
            {list.map((comment) => (
              <li key={comment.id} className={`message ${comment.author.role === 'client' ? 'from-client' : 'from-firm'}`}>
                <p className="message-head">
                  <strong>{comment.author.name}</strong> <span className="muted">({ROLE_LABEL[comment.author.role]})</span>{' '}
                  <time dateTime={comment.createdAt}>{dateTime(comment.createdAt, client?.timeZone)}</time>
                </p>
                <p className="message-body">{comment.body}</p>
              </li>
            ))}
          </ol>
        )}
      </Async>
      <form onSubmit={submit} className="stack">
        <label htmlFor={id}>Add a comment</label>
        <textarea id={id} value={body} onChange={(event) => setBody(event.target.value)} rows={3} maxLength={4000} />
        <div className="row">
          <ActionButton name="comment" busy={busy} type="submit" disabled={!body.trim()}>
            Post comment
          </ActionButton>
        </div>
        <ActionNotice notice={notice} />
      </form>
    </section>
  );
}
