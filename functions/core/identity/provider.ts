import type { Role } from '../context.ts';

export interface IdentityUser {
  email: string;
  userId: string;
  tenantId: string;
  role: Role;
  clientId?: string;
}

/**
 * What the product needs from an identity provider. The local provider keeps users in the table;
 * a Cognito provider (issue 7) implements the same calls with AdminCreateUser and friends.
 */
export interface IdentityProvider {
  /** Creates a user who can sign in. Throws Conflict when the email is taken in any tenant. */
  createUser(user: IdentityUser, password?: string): Promise<{ temporaryPassword?: string }>;
  /** Keeps the claims a token carries in step with the member record. */
  updateUser(email: string, changes: { role: Role; clientId?: string; enabled: boolean }): Promise<void>;
  /** Undoes a `createUser` whose tenant-side write failed. */
  deleteUser(email: string): Promise<void>;
}
