import { type BrowserContext, expect } from '@playwright/test';

/** POSTs to the API of the server at `base` as the context's signed-in person; fails on an error. */
export async function post(context: BrowserContext, base: string, path: string, data: unknown) {
  const response = await context.request.post(`${base}/api${path}`, {
    data,
    headers: { origin: base },
  });
  expect(response.ok(), `${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json();
}
