import { lambdaHandler } from '../core/lambda.ts';
import { documentRoutes } from './routes.ts';

export const handler = lambdaHandler(documentRoutes);
