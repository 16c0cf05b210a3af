import { lambdaHandler } from '../core/lambda.ts';
import { supportRoutes } from './routes.ts';

export const handler = lambdaHandler(supportRoutes);
