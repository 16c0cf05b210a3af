import { readFileSync } from 'node:fs';
import { swaggerUI } from '@hono/swagger-ui';
import { createModuleApp } from '../core/http.ts';

/**
 * The document `npm run api-types` wrote, beside this file here and beside the bundle in AWS (the
 * manifest's `assets`): read once and sent as it is, never bundled as code or serialised per request.
 */
const openApiJson = JSON.stringify(JSON.parse(readFileSync(new URL('./openapi.json', import.meta.url), 'utf8')));

export const apiDocsRoutes = createModuleApp();
apiDocsRoutes.get('/api/openapi.json', (c) => c.body(openApiJson, 200, { 'content-type': 'application/json' }));
/**
 * The one HTML page the API serves: Swagger UI, its script and styles from jsDelivr and a small inline
 * bootstrap script. Its CSP allows exactly that, and still no framing.
 */
const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self' https://cdn.jsdelivr.net 'unsafe-inline'",
  "style-src 'self' https://cdn.jsdelivr.net 'unsafe-inline'",
  "img-src 'self' data: https://cdn.jsdelivr.net",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
apiDocsRoutes.use('/api/docs', async (c, next) => {
  await next();
  c.res.headers.set('Content-Security-Policy', DOCS_CSP);
});
apiDocsRoutes.get('/api/docs', swaggerUI({ url: '/api/openapi.json', title: 'Backdesk API' }));
