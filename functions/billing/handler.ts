import { lambdaHandler } from '../core/lambda.ts';
import { billingRoutes } from './routes.ts';

export const handler = lambdaHandler(billingRoutes);
