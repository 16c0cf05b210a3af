import { lambdaHandler } from '../core/lambda.ts';
import { invoiceRoutes } from './routes.ts';

export const handler = lambdaHandler(invoiceRoutes);
