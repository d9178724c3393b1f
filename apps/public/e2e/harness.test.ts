import { launchBrowser, startRegister, type Browser, type Register } from '@irr/e2e';
import { afterAll, beforeAll, expect, it } from 'vitest';

let register: Register;
let browser: Browser;
beforeAll(async () => {
  register = await startRegister({ demo: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await register?.dispose();
});

it('the real server serves the built portal to Chromium, with demo users', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${register.url}/`);
  await expect.poll(() => page.locator('h1').textContent()).toContain('Inspection Response Register');
  expect(register.demoUsers.length).toBeGreaterThan(4);
});
