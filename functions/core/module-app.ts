import type { Handler, MiddlewareHandler } from 'hono';
import { Hono } from 'hono/tiny';
import { HTTPException } from 'hono/http-exception';
import { validator } from 'hono/validator';
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { type FieldIssue, Invalid } from './errors.ts';
import type { AppEnv } from './http.ts';

// zod/mini carries no error messages of its own: English, as the API's error JSON has always said.
z.config(en());

/** A schema for one media type: a zod schema, validated and documented. */
interface MediaType {
  schema: z.ZodMiniType;
}

/**
 * An OpenAPI operation whose request and response parts are zod schemas, in the shape
 * @asteasolutions/zod-to-openapi reads: `npm run api-types` hands these configs to it, with their
 * schemas built by classic zod (scripts/api-types/generate.ts).
 */
export interface RouteConfig {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  tags: string[];
  summary: string;
  description?: string;
  security?: Record<string, string[]>[];
  request?: {
    params?: z.ZodMiniObject;
    query?: z.ZodMiniObject;
    headers?: z.ZodMiniObject;
    body?: { required?: boolean; description?: string; content: Record<string, MediaType> };
  };
  responses: Record<number, { description: string; content?: Record<string, MediaType> }>;
}

/**
 * A module's hono app, with routes declared once as OpenAPI route configs: the same config validates
 * the request here and documents it in the OpenAPI document (functions/api-docs). Only the route
 * configs' types come from the OpenAPI generator, so a Lambda bundle carries hono and the zod schemas
 * it validates with, never the document generator.
 */
export class ModuleApp extends Hono<AppEnv> {
  readonly routeConfigs: RouteConfig[] = [];

  openapi<R extends RouteConfig>(route: R, handler: Handler<AppEnv, string, RouteInput<R>>): this {
    this.routeConfigs.push(route);
    const { params, query, headers, body } = route.request ?? {};
    const validators: MiddlewareHandler[] = [];
    if (query) validators.push(validator('query', parseWith(query)));
    if (params) validators.push(validator('param', parseWith(params)));
    if (headers) validators.push(validator('header', parseWith(headers)));
    const bodySchema = (body?.content['application/json'] as MediaType | undefined)?.schema;
    if (bodySchema) validators.push(jsonOnly, body?.required ? validator('json', parseWith(bodySchema)) : optionalJson(bodySchema));
    this.on([route.method.toUpperCase()], [route.path.replaceAll(/\/{(.+?)}/g, '/:$1')], ...validators, handler as Handler);
    return this;
  }
}

/** The route's config as typed request data: what `c.req.valid(target)` returns in its handler. */
export type RouteInput<R extends RouteConfig> = {
  out: {
    param: OutputOf<RequestPart<R, 'params'>>;
    query: OutputOf<RequestPart<R, 'query'>>;
    header: OutputOf<RequestPart<R, 'headers'>>;
    json: OutputOf<JsonBodyOf<R>>;
  };
};

type RequestPart<R extends RouteConfig, K extends 'params' | 'query' | 'headers'> = R['request'] extends { [P in K]?: infer S }
  ? S
  : never;
type JsonBodyOf<R extends RouteConfig> = R['request'] extends { body?: { content: { 'application/json': { schema: infer S } } } }
  ? S
  : never;
type OutputOf<S> = S extends z.ZodMiniType ? z.output<S> : never;

/** Declares a route; an identity function that keeps the config's literal types for `openapi()`. */
export const createRoute = <R extends RouteConfig>(route: R): R => route;

export function fieldIssues(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : '(body)',
    message: issue.message,
  }));
}

function parseWith(schema: z.ZodMiniType) {
  return async (value: unknown) => {
    const result = await schema.safeParseAsync(value);
    if (!result.success) throw new Invalid('The request is not valid', fieldIssues(result.error));
    return result.data as never;
  };
}

/** A body the route may go without: none at all is `{}`, unvalidated; one that is sent is validated. */
function optionalJson(schema: z.ZodMiniType): MiddlewareHandler {
  const validate = validator('json', parseWith(schema));
  return async (c, next) => {
    if (c.req.header('content-type')) return validate(c, next);
    c.req.addValidatedData('json', {});
    await next();
  };
}

const JSON_MEDIA_TYPE = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;

/** A body that is not JSON is refused with 415 before it is parsed; so is a body with no content type. */
const jsonOnly: MiddlewareHandler = async (c, next) => {
  const contentType = c.req.header('content-type');
  const refused = contentType
    ? !JSON_MEDIA_TYPE.test(contentType)
    : c.req.raw.body !== null && (await c.req.arrayBuffer()).byteLength > 0;
  if (refused) throw new HTTPException(415, { message: 'Unsupported Media Type' });
  await next();
};
