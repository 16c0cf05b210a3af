import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import type { InitializeHandlerOptions, InitializeMiddleware } from '@smithy/types';
import { createMiddleware } from 'hono/factory';

/**
 * Per-request DynamoDB accounting: an SDK middleware counts every call a request makes and the
 * capacity DynamoDB reports for it, and the response carries them in `Server-Timing`
 * (`db;dur=…;desc="n calls, r RCU, w WCU", app;dur=…`). On by default locally; in AWS only when
 * SERVER_TIMING=on, since it asks DynamoDB for capacity on every call.
 */
export interface RequestMetrics {
  calls: number;
  readUnits: number;
  writeUnits: number;
  dbMs: number;
}

const current = new AsyncLocalStorage<RequestMetrics>();

export function serverTimingEnabled(): boolean {
  const setting = process.env.SERVER_TIMING;
  if (setting) return setting === 'on';
  return !process.env.AWS_LAMBDA_FUNCTION_NAME;
}

interface Capacity {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

function addCapacity(metrics: RequestMetrics, reported: Capacity | Capacity[] | undefined, writes: boolean) {
  for (const capacity of Array.isArray(reported) ? reported : reported ? [reported] : []) {
    const read = capacity.ReadCapacityUnits ?? 0;
    const write = capacity.WriteCapacityUnits ?? 0;
    if (read || write) {
      metrics.readUnits += read;
      metrics.writeUnits += write;
    } else if (writes) metrics.writeUnits += capacity.CapacityUnits ?? 0;
    else metrics.readUnits += capacity.CapacityUnits ?? 0;
  }
}

const WRITE_COMMANDS = /Put|Update|Delete|TransactWrite|BatchWrite/;

/**
 * The SDK middleware that counts a request's calls and capacity (installed on the DynamoDB client by
 * db.ts); calls made outside a request are not counted.
 */
export const countDynamoCalls: InitializeMiddleware<object, object> = (next, context) => async (args) => {
  const metrics = current.getStore();
  if (!metrics) return next(args);
  const input = args.input as { ReturnConsumedCapacity?: string };
  input.ReturnConsumedCapacity ??= 'TOTAL';
  const started = performance.now();
  try {
    const result = await next(args);
    addCapacity(metrics, (result.output as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity, WRITE_COMMANDS.test(context.commandName ?? ''));
    return result;
  } finally {
    metrics.calls += 1;
    metrics.dbMs += performance.now() - started;
  }
};

export const countDynamoCallsOptions: InitializeHandlerOptions = { step: 'initialize', name: 'backdeskRequestMetrics' };

/** Runs work outside a request (benchmarks, seeds) with its DynamoDB calls counted. */
export async function measureDynamoCalls<T>(work: () => Promise<T>): Promise<{ result: T; metrics: RequestMetrics }> {
  const metrics: RequestMetrics = { calls: 0, readUnits: 0, writeUnits: 0, dbMs: 0 };
  const result = await current.run(metrics, work);
  return { result, metrics };
}

const round = (value: number) => Math.round(value * 10) / 10;

export const serverTiming = createMiddleware(async (c, next) => {
  if (!serverTimingEnabled()) return next();
  const metrics: RequestMetrics = { calls: 0, readUnits: 0, writeUnits: 0, dbMs: 0 };
  const started = performance.now();
  await current.run(metrics, () => next());
  const total = performance.now() - started;
  c.res.headers.append(
    'Server-Timing',
    `db;dur=${round(metrics.dbMs)};desc="${metrics.calls} calls, ${round(metrics.readUnits)} RCU, ${round(metrics.writeUnits)} WCU", app;dur=${round(Math.max(0, total - metrics.dbMs))}`,
  );
});
