import { lambdaHandler } from '../core/lambda.ts';
import { controlPlaneRoutes } from './routes.ts';

export const handler = lambdaHandler(controlPlaneRoutes);
