import * as z from 'zod/mini';
import { UserSchema } from '../members/schemas.ts';
import { UlidSchema } from '../core/openapi.ts';

export const LoginSchema = z
  .strictObject({ email: z.email().check(z.maxLength(320)), password: z.string().check(z.minLength(1), z.maxLength(200)) })
  .check(z.meta({ id: 'Login' }));

export const SessionSchema = z
  .object({ token: z.string().check(z.meta({ description: 'ES256 JWT, valid for one hour' })), user: UserSchema })
  .check(z.meta({ id: 'Session' }));

export const SignupSchema = z
  .strictObject({
    firmName: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    email: z.email().check(z.maxLength(320)),
    password: z.string().check(z.minLength(10, 'At least 10 characters'), z.maxLength(200)),
  })
  .check(z.meta({ id: 'Signup' }));

export const SignupResultSchema = z
  .extend(SessionSchema, {
    tenant: z.object({ id: UlidSchema, name: z.string() }),
  })
  .check(z.meta({ id: 'SignupResult' }));
