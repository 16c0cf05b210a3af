import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../functions/demo.ts';
import { type RunningServer, startServer } from '../support/server.ts';

let server: RunningServer;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'backdesk-browser-'));
  server = await startServer(dataDir);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function openPortal(): Promise<{ page: Page; consoleErrors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(`${server.url}/`);
  return { page, consoleErrors };
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('portal shell', () => {
  it('signs an owner in, shows the firm, the user and their clients, and signs out', async () => {
    const { page, consoleErrors } = await openPortal();
    await signIn(page, 'owner@northwind.test', DEMO_PASSWORD);
    await page.locator('.firm').waitFor();
    expect(await page.locator('.firm').textContent()).toBe('Northwind Outsourcing');
    expect(await page.locator('.user').textContent()).toBe('Olivia Grant');
    expect((await page.locator('.clients li').allTextContents()).sort()).toEqual(['Acme Dental', 'Brightside Realty']);
    expect(await page.getByRole('navigation').getByRole('link').allTextContents()).toContain('Audit');

    await page.reload();
    await page.locator('.firm').waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email').waitFor();
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows an agent only their clients and the agent navigation', async () => {
    const { page } = await openPortal();
    await signIn(page, 'jon@northwind.test', DEMO_PASSWORD);
    await page.locator('.firm').waitFor();
    expect(await page.locator('.clients li').allTextContents()).toEqual(['Brightside Realty']);
    const nav = await page.getByRole('navigation').getByRole('link').allTextContents();
    expect(nav).toContain('Timesheet');
    expect(nav).not.toContain('Audit');
    await page.close();
  });

  it('says why a sign-in failed and keeps what was typed', async () => {
    const { page } = await openPortal();
    await signIn(page, 'owner@northwind.test', 'wrong-password');
    await page.getByRole('alert').filter({ hasText: 'incorrect' }).waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe('owner@northwind.test');
    await page.close();
  });
});
