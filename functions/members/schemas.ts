import * as z from 'zod';
import { ROLES } from '../core/context.ts';
import { ResourceFields, UlidSchema } from '../core/openapi.ts';

export const MemberSchema = z
  .object({
    ...ResourceFields,
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    clientId: UlidSchema.optional().meta({ description: 'For a client reviewer: the client they belong to' }),
    active: z.boolean(),
    assignedClientIds: z.array(UlidSchema).meta({ description: 'For an agent: the clients assigned to them' }),
  })
  .meta({id: 'Member'});

export type Member = z.infer<typeof MemberSchema>;

const PasswordSchema = z.string().min(10, 'At least 10 characters').max(200);

export const InviteMemberSchema = z
  .strictObject({
    email: z.email().max(320),
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    clientId: UlidSchema.optional().meta({ description: 'Required for the client role, refused for any other' }),
    password: PasswordSchema.optional().meta({
      description: 'Initial password (local identity provider). Without it a temporary one is made and returned once.',
    }),
  })
  .meta({id: 'InviteMember'});

export type InviteMemberInput = z.infer<typeof InviteMemberSchema>;

export const InvitedMemberSchema = MemberSchema.extend({
  temporaryPassword: z.string().optional().meta({ description: 'Shown once, when no password was given' }),
}).meta({id: 'InvitedMember'});

export const UpdateMemberSchema = z
  .strictObject({
    version: z.number().int().min(1),
    name: z.string().trim().min(1).max(200).optional(),
    role: z.enum(ROLES).optional(),
    clientId: UlidSchema.optional(),
    active: z.boolean().optional().meta({ description: "false deactivates the member: their tokens stop working at once" }),
  })
  .meta({id: 'UpdateMember'});

export type UpdateMemberInput = z.infer<typeof UpdateMemberSchema>;

export const UserSchema = z
  .object({
    id: UlidSchema,
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    tenantId: UlidSchema,
    clientId: UlidSchema.optional(),
  })
  .meta({id: 'User'});

export const MeSchema = z
  .object({
    user: UserSchema,
    tenant: z.object({ id: UlidSchema, name: z.string() }),
  })
  .meta({id: 'Me'});

export const AssignmentsSchema = z
  .object({
    clientId: UlidSchema,
    agentIds: z.array(UlidSchema),
    updatedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({id: 'Assignments'});

export type Assignments = z.infer<typeof AssignmentsSchema>;

export const PutAssignmentsSchema = z
  .strictObject({
    agentIds: z
      .array(z.string())
      .max(50)
      .refine((ids) => new Set(ids).size === ids.length, 'Each agent may appear once'),
  })
  .meta({id: 'PutAssignments'});

export interface Tenant {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}
