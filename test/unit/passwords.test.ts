import { describe, expect, it } from 'vitest';
import { hashPassword, temporaryPassword, verifyPassword } from '../../functions/core/identity/passwords.ts';

describe('passwords', () => {
  it('verify only the password that was hashed, with a fresh salt each time', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash.startsWith('scrypt$16384$8$1$')).toBe(true);
    expect(hash).not.toContain('correct horse battery');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await hashPassword('correct horse battery')).not.toBe(hash);
  });

  it('refuse a stored value of an unknown scheme', async () => {
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });

  it('make temporary passwords long enough to pass the password rule', () => {
    const a = temporaryPassword();
    expect(a.length).toBeGreaterThanOrEqual(10);
    expect(temporaryPassword()).not.toBe(a);
  });
});
