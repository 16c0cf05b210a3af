import { lambdaHandler } from '../core/lambda.ts';
import { timeRoutes } from './routes.ts';

export const handler = lambdaHandler(timeRoutes);
