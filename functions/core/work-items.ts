import type { TenantContext } from './context.ts';
import { batchGetItems, getItem, withoutKeys, type WriteOp } from './db.ts';
import { keys } from './keys.ts';

/**
 * The work items of every module (an invoice, a payroll run, a batch, a ticket, a billing invoice)
 * in one small directory per client, so that time entries, comments and documents can check that an
 * item exists under a client and show its title without knowing the module that owns it. Each
 * module puts its directory record in the same transaction as the item itself.
 */
export const WORK_ITEM_TYPES = ['invoice', 'payroll_run', 'batch', 'ticket', 'billing_invoice'] as const;
export type WorkItemType = (typeof WORK_ITEM_TYPES)[number];

/** The `type` of a directory record, which tells it apart from what sorts under it (its comments). */
export const WORK_ITEM_RECORD = 'work_item';

export interface WorkItemRef {
  type: WorkItemType;
  id: string;
}

export interface WorkItemSummary extends WorkItemRef {
  clientId: string;
  title: string;
  status: string;
}

/** The write op that creates or refreshes an item's directory record; add it to the item's transaction. */
export function workItemRecord(ctx: TenantContext, summary: WorkItemSummary): WriteOp {
  const { type: workItemType, ...rest } = summary;
  return { put: { ...keys.workItem(ctx, summary.clientId, workItemType, summary.id), type: WORK_ITEM_RECORD, workItemType, ...rest } };
}

/** Stored records keep the item kind in `type`, as every item does; the work item's own type is `workItemType`. */
export function toSummary(item: Record<string, unknown>): WorkItemSummary {
  const { workItemType, ...rest } = withoutKeys<Omit<WorkItemSummary, 'type'> & { workItemType: WorkItemType }>(item);
  return { ...rest, type: workItemType };
}

export async function findWorkItem(ctx: TenantContext, clientId: string, ref: WorkItemRef): Promise<WorkItemSummary | undefined> {
  const item = await getItem(ctx, keys.workItem(ctx, clientId, ref.type, ref.id));
  return item ? toSummary(item) : undefined;
}

export async function findWorkItems(ctx: TenantContext, clientId: string, refs: WorkItemRef[]): Promise<WorkItemSummary[]> {
  const unique = [...new Map(refs.map((ref) => [`${ref.type}#${ref.id}`, ref])).values()];
  const items = await batchGetItems(
    ctx,
    unique.map((ref) => keys.workItem(ctx, clientId, ref.type, ref.id)),
  );
  return items.map(toSummary);
}
