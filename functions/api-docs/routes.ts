import { swaggerUI } from '@hono/swagger-ui';
import { createModuleApp } from '../core/http.ts';
import openApiDocument from './openapi.json' with { type: 'json' };

export const apiDocsRoutes = createModuleApp();
apiDocsRoutes.get('/api/openapi.json', (c) => c.json(openApiDocument));
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
