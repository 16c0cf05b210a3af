import { swaggerUI } from '@hono/swagger-ui';
import { billingRoutes } from '../billing/routes.ts';
import { activityRoutes } from '../activity/routes.ts';
import { clientRoutes } from '../clients/routes.ts';
import { controlPlaneRoutes } from '../control-plane/routes.ts';
import { createModuleApp } from '../core/http.ts';
import { invoiceRoutes } from '../invoices/routes.ts';
import { memberRoutes } from '../members/routes.ts';
import { timeRoutes } from '../time/routes.ts';
import { payrollRoutes } from '../payroll/routes.ts';
import { documentRoutes } from '../documents/routes.ts';
import { dataEntryRoutes } from '../data-entry/routes.ts';
import { supportRoutes } from '../support/routes.ts';

/**
 * The OpenAPI 3.1 document, generated from every module's zod schemas: each module's app is mounted
 * here only so its route definitions join one registry. A module added to Backdesk is added here too.
 */
const everyModule = createModuleApp();
everyModule.route('/', controlPlaneRoutes);
everyModule.route('/', memberRoutes);
everyModule.route('/', clientRoutes);
everyModule.route('/', timeRoutes);
everyModule.route('/', billingRoutes);
everyModule.route('/', invoiceRoutes);
everyModule.route('/', payrollRoutes);
everyModule.route('/', activityRoutes);
everyModule.route('/', documentRoutes);
everyModule.route('/', dataEntryRoutes);
everyModule.route('/', supportRoutes);
everyModule.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
  type: 'http',
  scheme: 'bearer',
  bearerFormat: 'JWT',
});

export const openApiDocument = everyModule.getOpenAPI31Document({
  openapi: '3.1.0',
  info: {
    title: 'Backdesk API',
    version: '1.0.0',
    description: 'Back-office work, tracked time and billing for outsourced firms and their clients.',
  },
  security: [{ bearer: [] }],
});

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
