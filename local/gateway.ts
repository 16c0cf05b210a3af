import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { importJWK, type JWK, jwtVerify } from 'jose';
import { API_SECURITY_HEADERS, CORS_ALLOW_HEADERS, CORS_ALLOW_METHODS, isAllowedOrigin } from '../functions/core/http.ts';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../functions/core/identity/claims.ts';
import { type LambdaHandler, modules } from '../functions/manifest.ts';

/**
 * The local stand-in for API Gateway: matches a request to a module's route as API Gateway would,
 * verifies the bearer token as the JWT authorizer would (ES256 only, issuer, audience, expiry), puts
 * the verified claims at `requestContext.authorizer.jwt.claims` of an HTTP API v2 event and calls the
 * same Lambda handler that deploys. Anything outside `/api` is the portal's static files.
 */
const API_GATEWAY_MAX_BODY_BYTES = 10 * 1024 * 1024;

interface CompiledRoute {
  routeKey: string;
  method: string;
  pattern: RegExp;
  paramNames: string[];
  staticSegments: number;
  module: (typeof modules)[number];
}

function compile(routeKey: string, module: (typeof modules)[number]): CompiledRoute {
  const [method = 'ANY', path = '/'] = routeKey.split(' ');
  const paramNames: string[] = [];
  const segments = path.split('/').filter(Boolean);
  const source = segments
    .map((segment) => {
      const param = /^\{(.+?)(\+)?\}$/.exec(segment);
      if (!param) return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
      paramNames.push(param[1] ?? '');
      return param[2] ? '/(.+)' : '/([^/]+)';
    })
    .join('');
  return {
    routeKey,
    method,
    pattern: new RegExp(`^${source}/?$`),
    paramNames,
    staticSegments: segments.filter((segment) => !segment.startsWith('{')).length,
    module,
  };
}

const routes = modules
  .flatMap((module) => module.routes.map((routeKey) => compile(routeKey, module)))
  // API Gateway prefers the most specific route: more literal segments first.
  .sort((a, b) => b.staticSegments - a.staticSegments);

const handlers = new Map<string, Promise<LambdaHandler>>();
function handlerOf(module: (typeof modules)[number]): Promise<LambdaHandler> {
  let handler = handlers.get(module.name);
  if (!handler) {
    handler = module.load().then((loaded) => loaded.handler);
    handlers.set(module.name, handler);
  }
  return handler;
}

const json = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ error: { code, message } }), {
    status,
    headers: { 'content-type': 'application/json', ...API_SECURITY_HEADERS, ...headers },
  });

/**
 * The portal's headers: its own scripts and styles only (inline styles for style attributes), no
 * plugins, no framing, no referrer, HTTPS from the first visit on. It talks to the API on its own
 * origin and to S3 for presigned uploads and downloads. In AWS, CloudFront's response headers policy
 * sets the same (infra).
 */
function portalHeaders(s3Origin: string | undefined): Record<string, string> {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${s3Origin ? ` ${s3Origin}` : ''}`,
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'Strict-Transport-Security': API_SECURITY_HEADERS['Strict-Transport-Security'] as string,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

function serveStatic(webRoot: string, pathname: string, headers: Record<string, string>): Response {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(webRoot, relative);
  if (!file.startsWith(webRoot) || !existsSync(file) || statSync(file).isDirectory()) file = join(webRoot, 'index.html');
  if (!existsSync(file)) return new Response('The portal has not been built', { status: 404, headers });
  return new Response(readFileSync(file), {
    headers: { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', ...headers },
  });
}

/**
 * A CORS preflight, as API Gateway's CORS configuration answers it: the allow-list's origins get the
 * methods and headers they may use; any other origin gets no CORS headers, so the browser stops.
 */
function preflight(request: Request): Response {
  const origin = request.headers.get('origin') ?? undefined;
  const headers: Record<string, string> = { ...API_SECURITY_HEADERS, vary: 'Origin' };
  if (isAllowedOrigin(origin)) {
    Object.assign(headers, {
      'access-control-allow-origin': origin,
      'access-control-allow-methods': CORS_ALLOW_METHODS,
      'access-control-allow-headers': CORS_ALLOW_HEADERS,
      'access-control-max-age': '600',
    });
  }
  return new Response(null, { status: 204, headers });
}

function isTextual(contentType: string | null): boolean {
  return !contentType || /json|text|xml|x-www-form-urlencoded/.test(contentType);
}

export interface Gateway {
  fetch: (request: Request) => Promise<Response>;
}

export async function createGateway(options: { publicJwk: JWK; webRoot: string }): Promise<Gateway> {
  const publicKey = await importJWK(options.publicJwk, 'ES256');

  async function verify(authorization: string | null): Promise<Record<string, string> | undefined> {
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    if (!token) return undefined;
    try {
      const { payload } = await jwtVerify(token, publicKey, {
        algorithms: ['ES256'],
        issuer: LOCAL_ISSUER,
        audience: LOCAL_AUDIENCE,
      });
      // API Gateway hands claims to the function as strings.
      return Object.fromEntries(Object.entries(payload).map(([name, value]) => [name, String(value)]));
    } catch {
      return undefined;
    }
  }

  const staticHeaders = portalHeaders(process.env.S3_ENDPOINT ? new URL(process.env.S3_ENDPOINT).origin : undefined);

  return {
    async fetch(request) {
      const url = new URL(request.url);
      if (url.pathname !== '/api' && !url.pathname.startsWith('/api/')) return serveStatic(options.webRoot, url.pathname, staticHeaders);

      const method = request.method.toUpperCase();
      if (method === 'OPTIONS') return preflight(request);
      let matched: { route: CompiledRoute; params: Record<string, string> } | undefined;
      for (const route of routes) {
        if (route.method !== 'ANY' && route.method !== method) continue;
        const found = route.pattern.exec(url.pathname);
        if (!found) continue;
        const params = Object.fromEntries(route.paramNames.map((name, index) => [name, decodeURIComponent(found[index + 1] ?? '')]));
        matched = { route, params };
        break;
      }
      if (!matched) return json(404, 'not_found', 'No such route');

      let claims: Record<string, string> | undefined;
      if (!matched.route.module.public) {
        claims = await verify(request.headers.get('authorization'));
        if (!claims) return json(401, 'unauthorized', 'A valid bearer token is required', { 'www-authenticate': 'Bearer' });
      }

      const bytes = Buffer.from(await request.arrayBuffer());
      if (bytes.length > API_GATEWAY_MAX_BODY_BYTES) return json(413, 'payload_too_large', 'The request body is too large');
      const textual = isTextual(request.headers.get('content-type'));
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      const now = new Date();
      const event: APIGatewayProxyEventV2 = {
        version: '2.0',
        routeKey: matched.route.routeKey,
        rawPath: url.pathname,
        rawQueryString: url.search.replace(/^\?/, ''),
        headers,
        ...(url.search ? { queryStringParameters: Object.fromEntries(url.searchParams) } : {}),
        ...(Object.keys(matched.params).length ? { pathParameters: matched.params } : {}),
        requestContext: {
          accountId: 'local',
          apiId: 'local',
          domainName: url.host,
          domainPrefix: url.hostname,
          http: {
            method,
            path: url.pathname,
            protocol: 'HTTP/1.1',
            sourceIp: '127.0.0.1',
            userAgent: request.headers.get('user-agent') ?? '',
          },
          requestId: randomUUID(),
          routeKey: matched.route.routeKey,
          stage: '$default',
          time: now.toUTCString(),
          timeEpoch: now.getTime(),
          ...(claims ? { authorizer: { jwt: { claims, scopes: [] } } } : {}),
        } as APIGatewayProxyEventV2['requestContext'],
        ...(bytes.length ? { body: textual ? bytes.toString('utf8') : bytes.toString('base64') } : {}),
        isBase64Encoded: bytes.length > 0 && !textual,
      };
      const context = {
        awsRequestId: event.requestContext.requestId,
        functionName: `backdesk-${matched.route.module.name}`,
        getRemainingTimeInMillis: () => 29_000,
      } as unknown as Context;

      const handler = await handlerOf(matched.route.module);
      const result = (await handler(event, context)) as APIGatewayProxyStructuredResultV2;
      const responseHeaders = new Headers();
      for (const [name, value] of Object.entries(result.headers ?? {})) responseHeaders.set(name, String(value));
      for (const cookie of result.cookies ?? []) responseHeaders.append('set-cookie', cookie);
      const body = result.body === undefined ? null : result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body;
      return new Response(result.statusCode === 204 || result.statusCode === 304 ? null : body, {
        status: result.statusCode ?? 200,
        headers: responseHeaders,
      });
    },
  };
}
