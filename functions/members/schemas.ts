import * as z from 'zod/mini';
import { ROLES } from '../core/context.ts';
import { ResourceFields, UlidSchema } from '../core/openapi.ts';

export const MemberSchema = z
  .object({
    ...ResourceFields,
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    clientId: z.optional(UlidSchema).check(z.meta({ description: 'For a client reviewer: the client they belong to' })),
    active: z.boolean(),
    assignedClientIds: z.array(UlidSchema).check(z.meta({ description: 'For an agent: the clients assigned to them' })),
  })
  .check(z.meta({ id: 'Member' }));

export type Member = z.infer<typeof MemberSchema>;

const PasswordSchema = z.string().check(z.minLength(10, 'At least 10 characters'), z.maxLength(200));

export const InviteMemberSchema = z
  .strictObject({
    email: z.email().check(z.maxLength(320)),
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    role: z.enum(ROLES),
    clientId: z.optional(UlidSchema).check(z.meta({ description: 'Required for the client role, refused for any other' })),
    password: z.optional(PasswordSchema).check(
      z.meta({
        description: 'Initial password (local identity provider). Without it a temporary one is made and returned once.',
      }),
    ),
  })
  .check(z.meta({ id: 'InviteMember' }));

export type InviteMemberInput = z.infer<typeof InviteMemberSchema>;

export const InvitedMemberSchema = z
  .extend(MemberSchema, {
    temporaryPassword: z.optional(z.string()).check(z.meta({ description: 'Shown once, when no password was given' })),
  })
  .check(z.meta({ id: 'InvitedMember' }));

export const UpdateMemberSchema = z
  .strictObject({
    version: z.number().check(z.int(), z.gte(1)),
    name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
    role: z.optional(z.enum(ROLES)),
    clientId: z.optional(UlidSchema),
    active: z
      .optional(z.boolean())
      .check(z.meta({ description: 'false deactivates the member: their tokens stop working at once' })),
  })
  .check(z.meta({ id: 'UpdateMember' }));

export type UpdateMemberInput = z.infer<typeof UpdateMemberSchema>;

export const UserSchema = z
  .object({
    id: UlidSchema,
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    tenantId: UlidSchema,
    clientId: z.optional(UlidSchema),
  })
  .check(z.meta({ id: 'User' }));

export const MeSchema = z
  .object({
    user: UserSchema,
    tenant: z.object({ id: UlidSchema, name: z.string() }),
  })
  .check(z.meta({ id: 'Me' }));

export const AssignmentsSchema = z
  .object({
    clientId: UlidSchema,
    agentIds: z.array(UlidSchema),
    updatedAt: z.nullable(z.string()),
    version: z.number().check(z.int()),
  })
  .check(z.meta({ id: 'Assignments' }));

export type Assignments = z.infer<typeof AssignmentsSchema>;

export const PutAssignmentsSchema = z
  .strictObject({
    agentIds: z.array(z.string()).check(
      z.maxLength(50),
      z.refine((ids) => new Set(ids).size === ids.length, 'Each agent may appear once'),
    ),
  })
  .check(z.meta({ id: 'PutAssignments' }));

export interface Tenant {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}
