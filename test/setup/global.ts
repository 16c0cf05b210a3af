import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { boot } from '../../local/boot.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    backdeskEnv: Record<string, string>;
    publicJwk: string;
    dataDir: string;
  }
}

/** Starts DynamoDB Local (in memory) and s3rver once per run and hands their endpoints to the workers. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'backdesk-test-'));
  const before = { ...process.env };
  const { stack, secrets } = await boot({ dataDir, inMemory: true });
  const names = [
    'TABLE_NAME',
    'BUCKET_NAME',
    'AWS_REGION',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'DYNAMODB_ENDPOINT',
    'S3_ENDPOINT',
    'CURSOR_SECRET',
    'LOCAL_JWT_PRIVATE_KEY',
  ];
  project.provide('backdeskEnv', Object.fromEntries(names.map((name) => [name, process.env[name] ?? ''])));
  project.provide('publicJwk', JSON.stringify(secrets.publicJwk));
  project.provide('dataDir', dataDir);
  process.env = before;
  return async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
