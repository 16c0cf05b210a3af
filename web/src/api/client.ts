import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

/** Every schema of the API, by its OpenAPI name: `Schema<'Invoice'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
export type Role = Schema<'User'>['role'];
export type WorkItemRef = Schema<'WorkItemRef'>;
export type WorkItemType = WorkItemRef['type'];

/** The contract's error, thrown by `ok()` so screens show the API's own message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}

let token: string | null = null;
let onExpired: (() => void) | undefined;

/** The session's bearer token; the session module owns it, every request carries it. */
export function setToken(next: string | null): void {
  token = next;
}

export function currentToken(): string | null {
  return token;
}

/** Called once when a signed-in request answers 401: the token expired or was revoked. */
export function onSessionExpired(handler: () => void): void {
  onExpired = handler;
}

const auth: Middleware = {
  onRequest({ request }) {
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has('authorization')) onExpired?.();
    return response;
  },
};

/** The typed API client: paths, parameters, bodies and responses all come from the OpenAPI document. */
export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '' });
api.use(auth);

async function errorFrom(response: Response, body: unknown): Promise<ApiError> {
  const error = (body as { error?: { code?: string; message?: string; details?: { field: string; message: string }[] } } | undefined)?.error;
  if (error?.message) return new ApiError(response.status, error.code ?? 'error', error.message, error.details ?? []);
  if (response.status === 401) return new ApiError(401, 'unauthorized', 'Your session has expired.');
  return new ApiError(response.status, 'error', `The server answered ${response.status}. Try again in a moment.`);
}

/** The response's data, or the API's error thrown as an `ApiError`. */
export async function ok<Data>(request: Promise<{ data?: Data; error?: unknown; response: Response }>): Promise<Data> {
  let result: { data?: Data; error?: unknown; response: Response };
  try {
    result = await request;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', 'Backdesk cannot be reached. Check your connection and try again.');
  }
  if (!result.response.ok) throw await errorFrom(result.response, result.error);
  return result.data as Data;
}

/** Every page of a list route, following `nextCursor` (bounded, so a runaway list cannot hang a screen). */
export async function allPages<Item>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: Item[]; nextCursor: string | null }>,
  maxPages = 20,
): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const result = await fetchPage(cursor);
    items.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return items;
}

/** A file from an authenticated route (PDF, CSV), saved under the name the server gives. */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new ApiError(0, 'network', 'Backdesk cannot be reached. Check your connection and try again.');
  }
  if (response.status === 401 && token) onExpired?.();
  if (!response.ok) throw await errorFrom(response, await response.json().catch(() => undefined));
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ?? /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name ? decodeURIComponent(name) : fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A value for the Idempotency-Key header: a retried click never makes a second invoice. */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}
