import { createHash } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { Context } from 'hono';
import { putItemIf, writeItems } from './db.ts';
import { Conflict, IdempotencyKeyReused, Invalid } from './errors.ts';
import type { AppEnv } from './http.ts';
import { identityKeys, type ItemKey, keys } from './keys.ts';
import { logger } from './logger.ts';

const RETENTION_SECONDS = 24 * 3600;
/** How long a first request may hold its key; after that a retry may take over (its Lambda died). */
const LEASE_MS = 30_000;
/** Tries at recording a completed response (each after the SDK's own retries). */
const COMPLETION_ATTEMPTS = 3;

interface IdempotencyRecord {
  state: 'in_progress' | 'completed';
  requestHash: string;
  lockedUntil: number;
  expiresAt: number;
  version: number;
  response?: { status: number; body: string; contentType: string };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

function recordKey(c: Context<AppEnv>, idempotencyKey: string): { key: ItemKey; scoped: boolean } {
  const keyHash = sha256(idempotencyKey);
  const ctx = c.get('ctx');
  return ctx ? { key: keys.idempotency(ctx, keyHash), scoped: true } : { key: identityKeys.signupIdempotency(keyHash), scoped: false };
}

/** How long a repeat waits for the first request with its key to finish before answering 409. */
const WAIT_MS = 10_000;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const inProgress = () => new Conflict('A request with this Idempotency-Key is still in progress; retry shortly', 'idempotency_in_progress');

/**
 * `Idempotency-Key` on POST: the first request claims the key with a conditional put (one call, which
 * hands back the record when the key is taken, so no read comes first); a repeat with the
 * same body gets the first response back and changes nothing, a repeat with another body gets 422.
 * A repeat that arrives while the first is still running waits for it (polling the record, at most
 * WAIT_MS) and then answers what it answered, so concurrent duplicates all see one response; if the
 * first fails and frees the key, or its lease runs out, one waiter claims the key and runs instead.
 * Only a first request still running after WAIT_MS leaves a repeat with 409. Keys are kept 24 hours (TTL).
 */
export const idempotent = createMiddleware<AppEnv>(async (c, next) => {
  const idempotencyKey = c.req.header('idempotency-key');
  if (c.req.method !== 'POST' || idempotencyKey === undefined) return next();
  if (idempotencyKey.length === 0 || idempotencyKey.length > 255) {
    throw new Invalid('Idempotency-Key must be 1 to 255 characters', [{ field: 'Idempotency-Key', message: 'Invalid length' }]);
  }
  const ctx = c.get('ctx') ?? null;
  const { key } = recordKey(c, idempotencyKey);
  const requestHash = sha256(`${c.req.method} ${c.req.path}\n${await c.req.text()}`);
  const deadline = Date.now() + WAIT_MS;

  let now = Date.now();
  let claimed: IdempotencyRecord | undefined;
  for (let poll = 0; !claimed; poll++) {
    now = Date.now();
    const record: IdempotencyRecord = {
      state: 'in_progress',
      requestHash,
      lockedUntil: now + LEASE_MS,
      expiresAt: Math.floor(now / 1000) + RETENTION_SECONDS,
      version: 1,
    };
    // One call claims the key, or hands back who holds it: absent or expired (TTL deletion lags) is
    // free; so is a lease run out on the same request (its Lambda died before it finished).
    const claim = await putItemIf(ctx, { ...key, ...record }, {
      expression:
        'attribute_not_exists(pk) OR expiresAt <= :nowSeconds OR (requestHash = :requestHash AND #state = :inProgress AND lockedUntil <= :now)',
      names: { '#state': 'state' },
      values: { ':nowSeconds': Math.floor(now / 1000), ':requestHash': requestHash, ':inProgress': 'in_progress', ':now': now },
    });
    if (claim.applied) {
      claimed = record;
      break;
    }
    const held = claim.item as IdempotencyRecord | undefined;
    if (held && held.requestHash !== requestHash) throw new IdempotencyKeyReused();
    if (held?.state === 'completed' && held.response) {
      return new Response(held.response.body, {
        status: held.response.status,
        headers: { 'content-type': held.response.contentType, 'idempotent-replayed': 'true' },
      });
    }
    // Still running elsewhere: wait for it, polling with the same claim.
    if (Date.now() >= deadline) throw inProgress();
    await sleep(Math.min(25 * 2 ** poll, 250));
  }

  await next();

  const response = c.res;
  if (response.status >= 500) {
    // Nothing was done (every change is one transaction, or undone when a later step fails): free the key for a retry.
    await writeItems(ctx, [{ delete: key }]).catch((error) => logger.error('Could not free an Idempotency-Key after a failure', { error }));
    return;
  }
  const body = await response.clone().text();
  const completed = {
    put: {
      ...key,
      state: 'completed',
      requestHash,
      lockedUntil: 0,
      expiresAt: Math.floor(now / 1000) + RETENTION_SECONDS,
      version: claimed.version + 1,
      response: { status: response.status, body, contentType: response.headers.get('content-type') ?? 'application/json' },
    },
  };
  // The change has happened: answering 503 now would invite a retry that, once the lease ran out, would
  // do it again. So the record of it gets a few more tries than the SDK's own, and if it still cannot be
  // written the caller gets the real answer (and a retry with this key gets 409 until the lease ends).
  for (let attempt = 1; ; attempt++) {
    try {
      await writeItems(ctx, [completed]);
      return;
    } catch (error) {
      if (attempt >= COMPLETION_ATTEMPTS) {
        logger.error('Could not record an idempotent response; answering it anyway', { error, path: c.req.path });
        return;
      }
      await new Promise((done) => setTimeout(done, Math.random() * 100 * 2 ** attempt));
    }
  }
});
