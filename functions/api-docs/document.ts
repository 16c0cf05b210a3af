import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { billingRoutes } from '../billing/routes.ts';
import { activityRoutes } from '../activity/routes.ts';
import { clientRoutes } from '../clients/routes.ts';
import { controlPlaneRoutes } from '../control-plane/routes.ts';
import { invoicePdfRoutes } from '../invoice-pdfs/routes.ts';
import { invoiceRoutes } from '../invoices/routes.ts';
import { memberRoutes } from '../members/routes.ts';
import { timeRoutes } from '../time/routes.ts';
import { payrollRoutes } from '../payroll/routes.ts';
import { documentRoutes } from '../documents/routes.ts';
import { dataEntryRoutes } from '../data-entry/routes.ts';
import { supportRoutes } from '../support/routes.ts';

/**
 * The OpenAPI 3.1 document, generated from the route configs every module's app declares: the same
 * configs (and zod schemas) that validate its requests. A module added to Backdesk is added here too.
 * `npm run api-types` writes it to openapi.json, which the api-docs function serves: generated at
 * build time, so no function bundles the document generator or every module's code. It is built from
 * the bundle scripts/api-types/generate.ts makes, where the schemas are classic zod: the configs' zod/mini
 * types say otherwise, hence the cast.
 */
const everyModule = [
  controlPlaneRoutes,
  memberRoutes,
  clientRoutes,
  timeRoutes,
  billingRoutes,
  invoiceRoutes,
  invoicePdfRoutes,
  payrollRoutes,
  activityRoutes,
  documentRoutes,
  dataEntryRoutes,
  supportRoutes,
];
const registry = new OpenAPIRegistry();
for (const moduleApp of everyModule) for (const route of moduleApp.routeConfigs) registry.registerPath(route as unknown as RouteConfig);
registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });

export const openApiDocument = new OpenApiGeneratorV31(registry.definitions).generateDocument({
  openapi: '3.1.0',
  info: {
    title: 'Backdesk API',
    version: '1.0.0',
    description: 'Back-office work, tracked time and billing for outsourced firms and their clients.',
  },
  security: [{ bearer: [] }],
});

