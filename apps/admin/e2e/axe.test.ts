import { axeViolations, launchBrowser, type Browser } from '@irr/e2e';
import { afterAll, beforeAll, expect, it } from 'vitest';

// Every screen's "no axe violations" rests on this check seeing them: a page with two is caught.
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

it('the accessibility check names each violation on the page, and again after the page changes', async () => {
  const page = await browser.context.newPage();
  await page.setContent(
    '<html lang="en"><title>Check</title><body><main><h1>Check</h1><img src="x.png"><button></button></main></body></html>',
  );
  const found = await axeViolations(page);
  expect(found).toEqual([
    expect.stringMatching(/^critical: button-name .* at button$/),
    expect.stringMatching(/^critical: image-alt .* at img$/),
  ]);
  expect(await axeViolations(page, ['serious'])).toEqual([]);
  // Injected once per document: a screen that changes without a load is checked as it is now.
  await page.evaluate(() => document.querySelector('button')!.append('Save'));
  expect(await axeViolations(page)).toEqual([expect.stringMatching(/^critical: image-alt /)]);
  await page.close();
});
