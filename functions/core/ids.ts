import { monotonicFactory } from 'ulid';

const ULID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** Monotonic within a process, so ids made in one millisecond still sort in creation order. */
export const newId: () => string = monotonicFactory();

export function isUlid(value: string): boolean {
  return ULID_PATTERN.test(value);
}

export function nowIso(): string {
  return new Date().toISOString();
}
