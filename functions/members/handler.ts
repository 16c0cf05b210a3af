import { lambdaHandler } from '../core/lambda.ts';
import { memberRoutes } from './routes.ts';

export const handler = lambdaHandler(memberRoutes);
