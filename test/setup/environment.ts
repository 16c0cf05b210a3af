import { inject } from 'vitest';

// Runs in each worker before a test file is imported, so the handlers' env.ts sees the test stack.
Object.assign(process.env, inject('backdeskEnv'));
