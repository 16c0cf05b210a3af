import { type AttributeValue, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { type AuditEvent, auditItem } from './audit.ts';
import type { TenantContext } from './context.ts';
import { env } from './env.ts';
import { Conflict, type DomainError, ServiceUnavailable } from './errors.ts';
import { type ItemKey, isTenantKey } from './keys.ts';
import { countDynamoCalls, countDynamoCallsOptions, serverTimingEnabled } from './request-metrics.ts';
import { tenantCredentials, usesTenantCredentials } from './tenant-credentials.ts';

/**
 * The data-access layer: the only code that holds the DynamoDB client. Repositories describe reads
 * and writes with keys from `keys.ts`; this layer refuses any key outside the caller's tenant, maps
 * failed conditions to typed errors and puts each change and its audit record in one transaction.
 */
function documentClient(credentials?: ReturnType<typeof tenantCredentials>) {
  const base = new DynamoDBClient({
    region: env.AWS_REGION,
    maxAttempts: 4,
    ...(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {}),
    ...(credentials ? { credentials } : {}),
  });
  if (serverTimingEnabled()) base.middlewareStack.add(countDynamoCalls as never, countDynamoCallsOptions);
  return DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
}

/** The function's own client: locally for everything; in AWS only for the identity provider's records. */
const client = documentClient();
const tenantClients = new Map<string, DynamoDBDocumentClient>();

/** In AWS, each tenant's requests go through a client whose credentials only reach that tenant's keys. */
function clientFor(ctx: TenantContext | null): DynamoDBDocumentClient {
  if (ctx === null || !usesTenantCredentials()) return client;
  let found = tenantClients.get(ctx.tenantId);
  if (!found) {
    found = documentClient(tenantCredentials(ctx.tenantId));
    tenantClients.set(ctx.tenantId, found);
  }
  return found;
}

const TableName = env.TABLE_NAME;

export type Item = Record<string, unknown>;
export type StoredItem = Item & ItemKey;

/**
 * A condition on an item's current state. `version` is the optimistic-concurrency check; `matches` is
 * the same check on other attributes: the item exists and each still has the value given (null: absent
 * or null), e.g. a counter read before the transaction that moves it on, or a copy kept elsewhere.
 */
export type Condition =
  | 'absent'
  | 'present'
  | { version: number }
  | { matches: Record<string, string | number | null> }
  /** The item exists and holds a map at this attribute (a nested path into a map is valid only then). */
  | { mapAt: string };

export type WriteOp =
  | { put: StoredItem; condition?: Condition; onConflict?: () => DomainError }
  /** Atomic counters (ADD), e.g. a month's tracked seconds kept in step with the entries. */
  | { add: ItemKey; values: Record<string, number>; condition?: Condition; onConflict?: () => DomainError }
  /** Sets attributes and leaves the rest of the item alone (a flag on a counter that ADDs keep moving). */
  | { set: ItemKey; values: Record<string, unknown>; condition?: Condition; onConflict?: () => DomainError }
  /**
   * Removes attributes or map entries (each a document path, e.g. `['intervals', entryId]`) and ADDs to
   * counters, leaving the rest of the item alone: a blind change that needs no read of the item first.
   */
  | { remove: ItemKey; paths: string[][]; increment?: Record<string, number>; condition?: Condition; onConflict?: () => DomainError }
  | { delete: ItemKey; condition?: Condition; onConflict?: () => DomainError }
  | { check: ItemKey; condition: Condition; onConflict?: () => DomainError };

/** The identity provider's own records (`IDP#...`) are the one non-tenant space it may write. */
function assertKeyInScope(ctx: TenantContext | null, key: ItemKey): void {
  if (key.pk.startsWith('IDP#')) return;
  if (ctx === null || !isTenantKey(ctx, key.pk)) {
    throw new Error(`Refused a key outside the caller's tenant: ${key.pk.slice(0, 2)}…`);
  }
}

function conditionExpression(condition: Condition | undefined): { ConditionExpression?: string; ExpressionAttributeNames?: Record<string, string>; ExpressionAttributeValues?: Item } {
  if (condition === undefined) return {};
  if (condition === 'absent') return { ConditionExpression: 'attribute_not_exists(pk)' };
  if (condition === 'present') return { ConditionExpression: 'attribute_exists(pk)' };
  if ('matches' in condition) {
    const entries = Object.entries(condition.matches);
    return {
      ConditionExpression: ['attribute_exists(pk)', ...entries.map(([, value], index) =>
        value === null ? `(attribute_not_exists(#m${index}) OR #m${index} = :m${index})` : `#m${index} = :m${index}`,
      )].join(' AND '),
      ExpressionAttributeNames: Object.fromEntries(entries.map(([name], index) => [`#m${index}`, name])),
      ExpressionAttributeValues: Object.fromEntries(entries.map(([, value], index) => [`:m${index}`, value])),
    };
  }
  if ('mapAt' in condition) {
    return {
      ConditionExpression: 'attribute_type(#mapAt, :mapType)',
      ExpressionAttributeNames: { '#mapAt': condition.mapAt },
      ExpressionAttributeValues: { ':mapType': 'M' },
    };
  }
  return {
    ConditionExpression: 'attribute_exists(pk) AND #version = :expectedVersion',
    ExpressionAttributeNames: { '#version': 'version' },
    ExpressionAttributeValues: { ':expectedVersion': condition.version },
  };
}

const staleVersion = () =>
  new Conflict('This resource was changed by someone else; reload it and try again', 'version_conflict');

/**
 * Errors the SDK treats as transient and retries (throttling, timeouts, dropped connections; the codes
 * follow @smithy's retry classification). Once its retries are spent they are still transient: 503.
 */
const TRANSIENT_NAMES = [
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'TransactionConflictException',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
];
const TRANSIENT_CODES = ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'];

function isTransient(error: unknown): boolean {
  const { name = '', code = '' } = error as { name?: string; code?: string };
  return TRANSIENT_NAMES.includes(name) || TRANSIENT_CODES.includes(code);
}

/** Errors the SDK's own retries (backoff with jitter) could not clear become a 503 with Retry-After. */
function mapSdkError(error: unknown): never {
  if (isTransient(error)) throw new ServiceUnavailable('The database is busy; retry shortly', 1);
  throw error;
}

export async function getItem<T = Item>(
  ctx: TenantContext | null,
  key: ItemKey,
  options: { consistent?: boolean } = {},
): Promise<T | undefined> {
  assertKeyInScope(ctx, key);
  const result = await clientFor(ctx)
    .send(new GetCommand({ TableName, Key: { pk: key.pk, sk: key.sk }, ConsistentRead: options.consistent ?? true }))
    .catch(mapSdkError);
  return result.Item as T | undefined;
}

/** BatchGetItem in chunks of 100 (the DynamoDB limit), retrying unprocessed keys. Order follows `keyList`. */
export async function batchGetItems<T = Item>(ctx: TenantContext, keyList: ItemKey[]): Promise<T[]> {
  for (const key of keyList) assertKeyInScope(ctx, key);
  const found = new Map<string, T>();
  for (let start = 0; start < keyList.length; start += 100) {
    let pending: Item[] | undefined = keyList.slice(start, start + 100).map(({ pk, sk }) => ({ pk, sk }));
    for (let attempt = 0; pending && pending.length > 0; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 25 * Math.random()));
      if (attempt > 5) throw new ServiceUnavailable('The database is busy; retry shortly', 1);
      const result: { Responses?: Record<string, Item[]>; UnprocessedKeys?: Record<string, { Keys?: Item[] }> } = await clientFor(ctx)
        .send(new BatchGetCommand({ RequestItems: { [TableName]: { Keys: pending, ConsistentRead: true } } }))
        .catch(mapSdkError);
      for (const item of result.Responses?.[TableName] ?? []) found.set(`${item.pk}|${item.sk}`, item as T);
      pending = result.UnprocessedKeys?.[TableName]?.Keys;
    }
  }
  return keyList.flatMap((key) => found.get(`${key.pk}|${key.sk}`) ?? []);
}

export interface QueryInput {
  index?: 'gsi1' | 'gsi2' | 'gsi3' | 'gsi4';
  pk: string;
  skPrefix?: string;
  skBetween?: [string, string];
  limit: number;
  startKey?: Item;
  newestFirst?: boolean;
  filter?: { expression: string; names?: Record<string, string>; values?: Item };
}

export interface QueryPage<T> {
  items: T[];
  lastKey?: Item;
}

/** The most reads one filtered page may take before it answers with what it found and a cursor. */
const MAX_FILTERED_READS = 10;

/**
 * A page of a Query. Without a filter it is one call. With a filter, DynamoDB applies it after
 * reading, so one call may return few or none of the matching items; the page is then filled with
 * further calls (at most MAX_FILTERED_READS), and the position after the last item returned becomes
 * the cursor, so no page comes back empty while matches remain close behind it.
 */
export async function queryItems<T = Item>(ctx: TenantContext, input: QueryInput): Promise<QueryPage<T>> {
  assertKeyInScope(ctx, { pk: input.pk, sk: '' });
  if (input.startKey && !isTenantKey(ctx, String(input.startKey.pk ?? ''))) {
    throw new Error("Refused a start key outside the caller's tenant");
  }
  const pkName = input.index ? `${input.index}pk` : 'pk';
  const skName = input.index ? `${input.index}sk` : 'sk';
  const names: Record<string, string> = { '#pk': pkName, ...input.filter?.names };
  const values: Item = { ':pk': input.pk, ...input.filter?.values };
  let keyCondition = '#pk = :pk';
  if (input.skPrefix !== undefined) {
    names['#sk'] = skName;
    values[':skPrefix'] = input.skPrefix;
    keyCondition += ' AND begins_with(#sk, :skPrefix)';
  } else if (input.skBetween) {
    names['#sk'] = skName;
    values[':skFrom'] = input.skBetween[0];
    values[':skTo'] = input.skBetween[1];
    keyCondition += ' AND #sk BETWEEN :skFrom AND :skTo';
  }
  const items: Item[] = [];
  let startKey = input.startKey;
  for (let read = 0; read < (input.filter ? MAX_FILTERED_READS : 1); read++) {
    const result = await clientFor(ctx)
      .send(
        new QueryCommand({
          TableName,
          ...(input.index ? { IndexName: input.index } : { ConsistentRead: true }),
          KeyConditionExpression: keyCondition,
          ...(input.filter ? { FilterExpression: input.filter.expression } : {}),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          Limit: input.limit,
          ScanIndexForward: !input.newestFirst,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      )
      .catch(mapSdkError);
    const found = result.Items ?? [];
    const room = input.limit - items.length;
    items.push(...found.slice(0, room));
    if (found.length > room) {
      return { items: items as T[], lastKey: positionOf(items[items.length - 1] as Item, input.index) };
    }
    startKey = result.LastEvaluatedKey;
    if (!startKey || items.length === input.limit) break;
  }
  return { items: items as T[], ...(startKey ? { lastKey: startKey } : {}) };
}

/** The ExclusiveStartKey that resumes a query right after `item`: the table key plus the index key. */
function positionOf(item: Item, index: QueryInput['index']): Item {
  const position: Item = { pk: item.pk, sk: item.sk };
  if (index) {
    position[`${index}pk`] = item[`${index}pk`];
    position[`${index}sk`] = item[`${index}sk`];
  }
  return position;
}

/**
 * An UpdateItem on one item, leaving the rest of it alone: attributes SET, document paths REMOVEd (a map
 * entry is `['intervals', entryId]`), counters ADDed, on the condition given.
 */
function updateExpression(
  key: ItemKey,
  clauses: { set?: Record<string, unknown>; remove?: string[][]; add?: Record<string, number> },
  condition: Condition | undefined,
) {
  const names: Record<string, string> = {};
  const values: Item = {};
  const set = Object.entries(clauses.set ?? {}).map(([name, value], index) => {
    names[`#s${index}`] = name;
    values[`:s${index}`] = value;
    return `#s${index} = :s${index}`;
  });
  const remove = (clauses.remove ?? []).map((path, i) =>
    path
      .map((segment, j) => {
        names[`#r${i}_${j}`] = segment;
        return `#r${i}_${j}`;
      })
      .join('.'),
  );
  const add = Object.entries(clauses.add ?? {}).map(([name, value], index) => {
    names[`#a${index}`] = name;
    values[`:a${index}`] = value;
    return `#a${index} :a${index}`;
  });
  const parts = [
    set.length ? `SET ${set.join(', ')}` : '',
    remove.length ? `REMOVE ${remove.join(', ')}` : '',
    add.length ? `ADD ${add.join(', ')}` : '',
  ];
  const checked = conditionExpression(condition);
  const allValues = { ...values, ...checked.ExpressionAttributeValues };
  return {
    TableName,
    Key: { pk: key.pk, sk: key.sk },
    UpdateExpression: parts.filter(Boolean).join(' '),
    ...(checked.ConditionExpression ? { ConditionExpression: checked.ConditionExpression } : {}),
    ExpressionAttributeNames: { ...names, ...checked.ExpressionAttributeNames },
    ...(Object.keys(allValues).length ? { ExpressionAttributeValues: allValues } : {}),
  };
}

function toTransactItem(op: WriteOp): NonNullable<TransactWriteCommandInput['TransactItems']>[number] {
  if ('put' in op) return { Put: { TableName, Item: op.put, ...conditionExpression(op.condition) } };
  if ('add' in op) return { Update: updateExpression(op.add, { add: op.values }, op.condition) };
  if ('set' in op) return { Update: updateExpression(op.set, { set: op.values }, op.condition) };
  if ('remove' in op) return { Update: updateExpression(op.remove, { remove: op.paths, add: op.increment ?? {} }, op.condition) };
  if ('delete' in op) {
    return { Delete: { TableName, Key: { pk: op.delete.pk, sk: op.delete.sk }, ...conditionExpression(op.condition) } };
  }
  return {
    ConditionCheck: {
      TableName,
      Key: { pk: op.check.pk, sk: op.check.sk },
      ...(conditionExpression(op.condition) as { ConditionExpression: string }),
    },
  };
}

function opKey(op: WriteOp): ItemKey {
  if ('put' in op) return op.put;
  if ('add' in op) return op.add;
  if ('set' in op) return op.set;
  if ('remove' in op) return op.remove;
  if ('delete' in op) return op.delete;
  return op.check;
}

/**
 * Writes that must agree, in one TransactWriteItems: the change, its conditions and, when given,
 * its audit record. A failed condition throws that op's own error (a version conflict by default),
 * and nothing is written.
 */
export async function writeItems(ctx: TenantContext | null, ops: WriteOp[], audit?: AuditEvent | AuditEvent[]): Promise<void> {
  for (const op of ops) assertKeyInScope(ctx, opKey(op));
  const events = audit === undefined ? [] : Array.isArray(audit) ? audit : [audit];
  const all: WriteOp[] = ctx ? [...ops, ...events.map((event): WriteOp => ({ put: auditItem(ctx, event), condition: 'absent' }))] : ops;
  if (all.length > 100) throw new Error('A transaction holds at most 100 items');
  const command = new TransactWriteCommand({ TableName, TransactItems: all.map(toTransactItem) } as never);
  for (let attempt = 1; ; attempt++) {
    try {
      await clientFor(ctx).send(command);
      return;
    } catch (error) {
      const reasons = (error as { CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons;
      if (!reasons) mapSdkError(error);
      const failed = reasons.findIndex((reason) => reason.Code === 'ConditionalCheckFailed');
      if (failed >= 0) throw (all[failed]?.onConflict ?? staleVersion)();
      // Another transaction held one of the items (two people's time on one client's usage counter,
      // say). A transaction applies whole or not at all, so trying again is safe; the SDK does not.
      const conflictOnly = reasons.every((reason) => reason.Code === 'TransactionConflict' || reason.Code === 'None' || !reason.Code);
      if (!conflictOnly || attempt >= TRANSACTION_ATTEMPTS) throw new ServiceUnavailable('The database is busy; retry shortly', 1);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** attempt));
    }
  }
}

const TRANSACTION_ATTEMPTS = 4;

/** An atomic counter (ADD), for sequences that must never hand out a number twice. */
export async function incrementCounter(ctx: TenantContext, key: ItemKey, attribute: string): Promise<number> {
  assertKeyInScope(ctx, key);
  const result = await clientFor(ctx)
    .send(
      new UpdateCommand({
        TableName,
        Key: { pk: key.pk, sk: key.sk },
        UpdateExpression: 'ADD #counter :one',
        ExpressionAttributeNames: { '#counter': attribute },
        ExpressionAttributeValues: { ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
      }),
    )
    .catch(mapSdkError);
  return Number(result.Attributes?.[attribute]);
}

/** An UpdateItem's expressions. */
export interface UpdateInput {
  update: string;
  condition?: string;
  names?: Record<string, string>;
  values?: Item;
}

/**
 * One UpdateItem. When its condition fails nothing is written and the item as it was comes back with
 * `applied: false` (ReturnValuesOnConditionCheckFailure), so the caller learns why without another read.
 */
export async function updateItem(
  ctx: TenantContext | null,
  key: ItemKey,
  input: UpdateInput,
  returnValues: 'ALL_NEW' | 'UPDATED_NEW' | 'NONE' = 'ALL_NEW',
): Promise<{ applied: boolean; item?: Item }> {
  assertKeyInScope(ctx, key);
  try {
    const result = await clientFor(ctx).send(
      new UpdateCommand({
        TableName,
        Key: { pk: key.pk, sk: key.sk },
        UpdateExpression: input.update,
        ...(input.condition ? { ConditionExpression: input.condition, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } : {}),
        ...(input.names ? { ExpressionAttributeNames: input.names } : {}),
        ...(input.values ? { ExpressionAttributeValues: input.values } : {}),
        ReturnValues: returnValues,
      }),
    );
    return { applied: true, ...(result.Attributes ? { item: result.Attributes } : {}) };
  } catch (error) {
    return notApplied(error);
  }
}

/**
 * One conditional PutItem. When the condition fails nothing is written and the item as it was comes
 * back with `applied: false`, so a claim learns who holds the item without a read first.
 */
export async function putItemIf(
  ctx: TenantContext | null,
  item: StoredItem,
  condition: Omit<UpdateInput, 'update' | 'condition'> & { expression: string },
): Promise<{ applied: boolean; item?: Item }> {
  assertKeyInScope(ctx, item);
  try {
    await clientFor(ctx).send(
      new PutCommand({
        TableName,
        Item: item,
        ConditionExpression: condition.expression,
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        ...(condition.names ? { ExpressionAttributeNames: condition.names } : {}),
        ...(condition.values ? { ExpressionAttributeValues: condition.values } : {}),
      }),
    );
    return { applied: true };
  } catch (error) {
    return notApplied(error);
  }
}

/**
 * A failed condition: the item as it was (ReturnValuesOnConditionCheckFailure), which comes in DynamoDB's
 * wire format (the document client converts results, not errors). Any other error is the SDK's.
 */
function notApplied(error: unknown): { applied: false; item?: Item } {
  if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') mapSdkError(error);
  const old = (error as { Item?: Record<string, AttributeValue> }).Item;
  return { applied: false, ...(old ? { item: unmarshall(old) } : {}) };
}

/**
 * A fixed-window counter for the identity provider's rate limits: counts one attempt and returns the
 * count and window start. A new window starts once the old one has passed.
 */
export async function countAttempt(
  key: ItemKey,
  windowSeconds: number,
  nowSeconds: number,
): Promise<{ count: number; windowStart: number }> {
  assertKeyInScope(null, key);
  const windowFloor = nowSeconds - windowSeconds;
  try {
    const result = await client.send(
      new UpdateCommand({
        TableName,
        Key: { pk: key.pk, sk: key.sk },
        UpdateExpression: 'ADD #count :one',
        ConditionExpression: 'attribute_exists(#windowStart) AND #windowStart > :windowFloor',
        ExpressionAttributeNames: { '#count': 'count', '#windowStart': 'windowStart' },
        ExpressionAttributeValues: { ':one': 1, ':windowFloor': windowFloor },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return { count: Number(result.Attributes?.count), windowStart: Number(result.Attributes?.windowStart) };
  } catch (error) {
    if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') mapSdkError(error);
    await client
      .send(
        new UpdateCommand({
          TableName,
          Key: { pk: key.pk, sk: key.sk },
          UpdateExpression: 'SET #count = :one, #windowStart = :now, expiresAt = :expiresAt',
          ExpressionAttributeNames: { '#count': 'count', '#windowStart': 'windowStart' },
          ExpressionAttributeValues: { ':one': 1, ':now': nowSeconds, ':expiresAt': nowSeconds + windowSeconds * 2 },
        }),
      )
      .catch(mapSdkError);
    return { count: 1, windowStart: nowSeconds };
  }
}

/**
 * Drops the storage attributes (keys, index keys, item type, and the rate-limit counter authentication
 * keeps on a member record) before an item leaves the data layer.
 */
export function withoutKeys<T>(item: Item): T {
  const {
    pk: _pk,
    sk: _sk,
    gsi1pk: _g1,
    gsi1sk: _g1s,
    gsi2pk: _g2,
    gsi2sk: _g2s,
    gsi3pk: _g3,
    gsi3sk: _g3s,
    gsi4pk: _g4,
    gsi4sk: _g4s,
    sweepPk: _sp,
    sweepSk: _ss,
    type: _type,
    expiresAt: _e,
    rateWindow: _rw,
    rateCount: _rc,
    rateAllowance: _ra,
    ...rest
  } = item;
  return rest as T;
}

/** Removes one of the identity provider's own records (a compensation step; tenant data is never deleted here). */
export async function deleteIdentityItem(key: ItemKey): Promise<void> {
  if (!key.pk.startsWith('IDP#')) throw new Error('Only identity records are deleted this way');
  await writeItems(null, [{ delete: key }]);
}

/**
 * The one read across tenants: a Query on the `sweep` index (keyed by time, see `sweepKeys`), for
 * scheduled system functions only. It returns the index's key attributes and nothing else, so what a
 * sweep does next goes back through a tenant's context and the usual tenant-scoped reads and writes.
 */
export async function querySweepIndex(input: {
  pk: string;
  skBetween: [string, string];
  limit: number;
  startKey?: Item;
}): Promise<{ items: Array<{ sweepPk: string; sweepSk: string }>; lastKey?: Item }> {
  if (!/^[A-Z]+#/.test(input.pk) || input.pk.startsWith('T#') || input.pk.startsWith('IDP#')) {
    throw new Error('The sweep index is keyed by time buckets only');
  }
  const result = await client
    .send(
      new QueryCommand({
        TableName,
        IndexName: 'sweep',
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
        ProjectionExpression: '#pk, #sk',
        ExpressionAttributeNames: { '#pk': 'sweepPk', '#sk': 'sweepSk' },
        ExpressionAttributeValues: { ':pk': input.pk, ':from': input.skBetween[0], ':to': input.skBetween[1] },
        Limit: input.limit,
        ...(input.startKey ? { ExclusiveStartKey: input.startKey } : {}),
      }),
    )
    .catch(mapSdkError);
  return {
    items: (result.Items ?? []) as Array<{ sweepPk: string; sweepSk: string }>,
    ...(result.LastEvaluatedKey ? { lastKey: result.LastEvaluatedKey } : {}),
  };
}
