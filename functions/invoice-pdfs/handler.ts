import { lambdaHandler } from '../core/lambda.ts';
import { invoicePdfRoutes } from './routes.ts';

export const handler = lambdaHandler(invoicePdfRoutes);
