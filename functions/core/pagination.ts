import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { TenantContext } from './context.ts';
import { env } from './env.ts';
import { Invalid } from './errors.ts';
import type { Item } from './db.ts';

/**
 * Opaque list cursors: the position (a DynamoDB key) signed with HMAC and bound to the caller's
 * tenant and user and to the list's query, so a cursor that was edited, or taken from another
 * tenant, user or filter, answers 400 instead of reading from somewhere else.
 */
export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

function signature(ctx: TenantContext, query: string, payload: string): Buffer {
  return createHmac('sha256', env.CURSOR_SECRET)
    .update(`${ctx.tenantId}\n${ctx.userId}\n${query}\n${payload}`)
    .digest();
}

/** A stable description of a list query: the route plus its filters in key order. */
export function queryBinding(route: string, filters: Record<string, unknown>): string {
  const normalized = Object.keys(filters)
    .sort()
    .filter((name) => filters[name] !== undefined)
    .map((name) => `${name}=${String(filters[name])}`)
    .join('&');
  return createHash('sha256').update(`${route}?${normalized}`).digest('base64url');
}

export function encodeCursor(ctx: TenantContext, query: string, position: Item | undefined): string | null {
  if (!position) return null;
  const payload = Buffer.from(JSON.stringify(position)).toString('base64url');
  return `${payload}.${signature(ctx, query, payload).toString('base64url')}`;
}

export function decodeCursor(ctx: TenantContext, query: string, cursor: string | undefined): Item | undefined {
  if (cursor === undefined) return undefined;
  const invalid = () => new Invalid('The cursor is not valid for this list', [{ field: 'cursor', message: 'Invalid cursor' }]);
  const [payload, mac, extra] = cursor.split('.');
  if (!payload || !mac || extra !== undefined) throw invalid();
  const expected = signature(ctx, query, payload);
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  try {
    const position = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof position !== 'object' || position === null || Array.isArray(position)) throw invalid();
    return position as Item;
  } catch {
    throw invalid();
  }
}

/**
 * A page of what is kept under a parent (a client, a ticket, a batch), read before the parent: an item
 * found under the parent's key proves the parent exists where the caller named it, so the parent is read
 * (`confirmParent`, which throws the parent's 404) only when the page is empty, or when the list is
 * refused (a bad cursor, say), so that a missing parent still answers its 404 first.
 */
export async function pageUnderParent<P extends { items: readonly unknown[] }>(list: () => Promise<P>, confirmParent: () => Promise<unknown>): Promise<P> {
  let page: P;
  try {
    page = await list();
  } catch (error) {
    await confirmParent();
    throw error;
  }
  if (page.items.length === 0) await confirmParent();
  return page;
}
