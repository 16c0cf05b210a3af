import { lambdaHandler } from '../core/lambda.ts';
import { payrollRoutes } from './routes.ts';

export const handler = lambdaHandler(payrollRoutes);
