import { DeleteTableCommand, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import {
  ensureBucket,
  ensureTable,
  LOCAL_CREDENTIALS,
  type LocalSecrets,
  type LocalStack,
  loadOrCreateSecrets,
  localEnvironment,
  startLocalStack,
} from './stack.ts';

export interface Booted {
  stack: LocalStack | undefined;
  secrets: LocalSecrets;
}

/**
 * Starts (or finds) the stores, sets the environment the handlers read, and makes sure the table and
 * bucket exist. With BACKDESK_TARGET=aws nothing local starts: the SDK's default credentials and
 * TABLE_NAME / BUCKET_NAME point the same code at real AWS.
 */
export async function boot(options: { dataDir: string; inMemory?: boolean }): Promise<Booted> {
  const secrets = await loadOrCreateSecrets(options.dataDir);
  if (process.env.BACKDESK_TARGET === 'aws') {
    process.env.CURSOR_SECRET ??= secrets.cursorSecret;
    process.env.LOCAL_JWT_PRIVATE_KEY ??= JSON.stringify(secrets.privateJwk);
    return { stack: undefined, secrets };
  }
  const stack = await startLocalStack(options);
  Object.assign(process.env, localEnvironment(stack, secrets));
  await ensureTable(stack.dynamodbEndpoint, process.env.TABLE_NAME ?? 'backdesk');
  await ensureBucket(stack.s3Endpoint, process.env.BUCKET_NAME ?? 'backdesk-documents');
  return { stack, secrets };
}

function tableClient() {
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  return new DynamoDBClient({
    region: process.env.AWS_REGION ?? 'us-east-1',
    ...(endpoint ? { endpoint, credentials: LOCAL_CREDENTIALS } : {}),
  });
}

/** Local tooling only (never a request path): one item is enough to know the store is not empty. */
export async function storeIsEmpty(): Promise<boolean> {
  const result = await tableClient().send(new ScanCommand({ TableName: process.env.TABLE_NAME, Limit: 1 }));
  return (result.Items ?? []).length === 0;
}

export async function resetTable(): Promise<void> {
  const tableName = process.env.TABLE_NAME ?? 'backdesk';
  await tableClient().send(new DeleteTableCommand({ TableName: tableName }));
  await ensureTable(process.env.DYNAMODB_ENDPOINT, tableName);
}
