import * as z from 'zod';
import { UserSchema } from '../members/schemas.ts';
import { UlidSchema } from '../core/openapi.ts';


export const LoginSchema = z
  .strictObject({ email: z.email().max(320), password: z.string().min(1).max(200) })
  .meta({id: 'Login'});

export const SessionSchema = z
  .object({ token: z.string().meta({ description: 'ES256 JWT, valid for one hour' }), user: UserSchema })
  .meta({id: 'Session'});

export const SignupSchema = z
  .strictObject({
    firmName: z.string().trim().min(1).max(200),
    name: z.string().trim().min(1).max(200),
    email: z.email().max(320),
    password: z.string().min(10, 'At least 10 characters').max(200),
  })
  .meta({id: 'Signup'});

export const SignupResultSchema = SessionSchema.extend({
  tenant: z.object({ id: UlidSchema, name: z.string() }),
}).meta({id: 'SignupResult'});
