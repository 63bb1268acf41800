// Drives the real Swagger UI in headless Chromium against a running Bowout:
// the page loads with no console errors and no request leaving localhost, lists the
// operations, and "Try it out" → "Execute" on POST /v1/declines shows a 200 and a message.
//
// Usage: node tests/browser/swagger_ui.mjs http://127.0.0.1:PORT SCREENSHOT.png [API_KEY]

import { chromium } from 'playwright-core';

const base = process.argv[2];
const screenshot = process.argv[3] ?? 'target/swagger-ui.png';
const apiKey = process.argv[4];
if (!base) {
  console.error('usage: node tests/browser/swagger_ui.mjs BASE_URL [SCREENSHOT]');
  process.exit(2);
}

const failures = [];
let paths = [];
const check = (condition, message) => { if (!condition) failures.push(message); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  const consoleErrors = [];
  const external = [];
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && !['127.0.0.1', 'localhost'].includes(url.hostname)) {
      external.push(request.url());
    }
  });

  await page.goto(`${base}/docs`, { waitUntil: 'networkidle' });
  check(page.url() === `${base}/docs/`, `/docs redirects to /docs/ (at ${page.url()})`);
  await page.waitForSelector('.opblock', { timeout: 15000 });

  paths = await page.$$eval('.opblock-summary-path', (nodes) => nodes.map((n) => n.textContent.trim()));
  for (const path of ['/v1/declines', '/v1/tone-checks', '/v1/scenarios', '/v1/locales', '/v1/rules', '/healthz', '/readyz']) {
    check(paths.some((p) => p.replace(/\u200b/g, '') === path), `the operation list shows ${path} (found ${paths.join(', ')})`);
  }

  if (apiKey) {
    // The server asks for a key: enter it the way a person would, through "Authorize".
    await page.locator('.auth-wrapper .authorize').click();
    const dialog = page.locator('.modal-ux');
    await dialog.locator('input').first().fill(apiKey);
    await dialog.locator('button.modal-btn.authorize').click();
    await dialog.locator('button.btn-done').click();
  }

  const operation = page.locator('#operations-declines-post_declines');
  await operation.locator('.opblock-summary').click();
  await operation.getByRole('button', { name: 'Try it out' }).click();
  await operation.getByRole('button', { name: 'Execute' }).click();
  const status = operation.locator('.live-responses-table .response .response-col_status').first();
  await status.waitFor({ timeout: 15000 });
  const statusText = (await status.textContent()).trim();
  check(statusText.startsWith('200'), `Execute shows 200 (got ${statusText})`);
  const body = await operation.locator('.live-responses-table .response-col_description .microlight').first().textContent();
  check(body.includes('"subject"') && body.includes('"body"') && body.includes('"tone_check"'),
    `the response shows a message (got ${body.slice(0, 200)})`);

  await operation.screenshot({ path: screenshot });

  check(consoleErrors.length === 0, `no console errors (got ${consoleErrors.join(' | ')})`);
  check(external.length === 0, `no request leaves localhost (got ${external.join(', ')})`);
} finally {
  await browser.close();
}

if (failures.length > 0) {
  console.error('Swagger UI test failed:\n- ' + failures.join('\n- '));
  process.exit(1);
}
console.log(`Swagger UI: loaded, ${paths.length} operations listed, Try it out → Execute → 200; screenshot at ${screenshot}`);
