import type { Context } from 'hono';
import type { LambdaContext, LambdaEvent } from 'hono/aws-lambda';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import type { TenantContext } from './context.ts';
import { env } from './env.ts';
import { DomainError, PayloadTooLarge } from './errors.ts';
import { logger } from './logger.ts';
import { ModuleApp } from './module-app.ts';
import { serverTiming } from './request-metrics.ts';

export type AppEnv = {
  Bindings: { event: LambdaEvent; lambdaContext: LambdaContext };
  Variables: { ctx: TenantContext };
};

export const MAX_BODY_BYTES = 1024 * 1024;

/** The one place a thrown error becomes the contract's error JSON. Unknown errors are 500s, logged. */
export function errorResponse(error: unknown, c: Context): Response {
  if (error instanceof DomainError) {
    const headers: Record<string, string> = error.retryAfterSeconds ? { 'Retry-After': String(error.retryAfterSeconds) } : {};
    const details = error.details ? { details: error.details } : {};
    return c.json({ error: { code: error.code, message: error.message, ...details } }, error.status, headers);
  }
  if (error instanceof HTTPException && error.status < 500) {
    const code = error.status === 415 ? 'unsupported_media_type' : error.status === 413 ? 'payload_too_large' : 'bad_request';
    return c.json({ error: { code, message: error.message || 'Bad request' } }, error.status);
  }
  logger.error('Unhandled error', { error: error as Error, path: c.req.path, method: c.req.method });
  return c.json({ error: { code: 'internal_error', message: 'Something went wrong on our side' } }, 500);
}

/**
 * Headers on every API response. The API answers JSON and files: nothing in it is a page to run
 * scripts in or to frame, no browser should sniff a type, cache it in a shared cache or leak its URL
 * as a referrer, and every visit after the first is HTTPS only. A response that sets one of these
 * itself (the interactive docs page, its CSP) keeps its own.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** What a browser on an allowed origin may send and read (CORS). */
export const CORS_ALLOW_METHODS = 'GET,POST,PUT,PATCH,DELETE';
export const CORS_ALLOW_HEADERS = 'authorization,content-type,idempotency-key';
export const CORS_EXPOSE_HEADERS = 'retry-after,idempotent-replayed,server-timing,content-disposition';

/** Whether a browser page on `origin` may call the API: only the origins in CORS_ORIGINS (none by default). */
export function isAllowedOrigin(origin: string | undefined): origin is string {
  return origin !== undefined && env.CORS_ORIGINS.includes(origin);
}

/** Security headers and CORS, set after the response is made, errors included. */
const responseHeaders = createMiddleware(async (c, next) => {
  await next();
  const headers = c.res.headers;
  for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) if (!headers.has(name)) headers.set(name, value);
  const origin = c.req.header('origin');
  if (isAllowedOrigin(origin)) {
    headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Expose-Headers', CORS_EXPOSE_HEADERS);
  }
  headers.append('Vary', 'Origin');
});

/**
 * A module's hono app: zod validation failures become 400s naming each field, bodies over 1 MB
 * become 413s, and every error leaves through `errorResponse`.
 */
export function createModuleApp(): ModuleApp {
  const app = new ModuleApp();
  app.use(responseHeaders);
  app.use(serverTiming);
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new PayloadTooLarge('The request body is larger than 1 MB');
      },
    }),
  );
  app.onError(errorResponse);
  app.notFound((c) => c.json({ error: { code: 'not_found', message: 'No such route' } }, 404));
  return app;
}

export function tenantContext(c: Context<AppEnv>): TenantContext {
  return c.get('ctx');
}
