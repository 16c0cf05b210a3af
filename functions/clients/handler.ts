import { lambdaHandler } from '../core/lambda.ts';
import { clientRoutes } from './routes.ts';

export const handler = lambdaHandler(clientRoutes);
