import { randomBytes } from 'node:crypto';
import type { JWK } from 'jose';
import { inject } from 'vitest';
import { createGateway, type Gateway } from '../../local/gateway.ts';

/**
 * Requests go through the local gateway: token verification, the API Gateway v2 event, and the
 * module's deployed Lambda handler, exactly as `npm start` serves them, without opening a port.
 */
let gateway: Promise<Gateway> | undefined;
function theGateway(): Promise<Gateway> {
  gateway ??= createGateway({ publicJwk: JSON.parse(inject('publicJwk')) as JWK, webRoot: '/nonexistent' });
  return gateway;
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

export async function api<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await (await theGateway()).fetch(
    new Request(`http://localhost${path}`, { method, headers, ...(body !== undefined ? { body } : {}) }),
  );
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON (the docs page): leave the text.
  }
  return { status: response.status, body: parsed as T, headers: response.headers };
}

export const PASSWORD = 'test-password-1';

export function uniqueEmail(label: string): string {
  return `${label}-${randomBytes(5).toString('hex')}@example.test`;
}

export function expectError(response: ApiResponse, status: number, code?: string): void {
  if (response.status !== status || typeof response.body?.error?.code !== 'string' || typeof response.body?.error?.message !== 'string') {
    throw new Error(`Expected ${status} with the contract's error JSON, got ${response.status}: ${JSON.stringify(response.body)}`);
  }
  if (code && response.body.error.code !== code) {
    throw new Error(`Expected error code ${code}, got ${response.body.error.code}`);
  }
}

/** A download's raw bytes (PDFs), through the same gateway; `api()` reads bodies as text. */
export async function apiBytes(path: string, token: string): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const response = await (await theGateway()).fetch(
    new Request(`http://localhost${path}`, { method: 'GET', headers: { authorization: `Bearer ${token}` } }),
  );
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
}
