import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGETS_KB } from '../../bench/bundle-budgets.ts';
import { buildBundles, kilobytes } from '../../scripts/bundles.ts';

describe('bundle budgets', () => {
  it('every function has a budget and stays within it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'backdesk-bundles-'));
    try {
      const sizes = await buildBundles(out);
      expect(sizes.map((size) => size.name).sort()).toEqual(Object.keys(BUNDLE_BUDGETS_KB).sort());
      const over = sizes
        .filter((size) => kilobytes(size.bytes) > (BUNDLE_BUDGETS_KB[size.name] ?? 0))
        .map((size) => `${size.name}: ${kilobytes(size.bytes)} KB, budget ${BUNDLE_BUDGETS_KB[size.name]} KB`);
      expect(over).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
