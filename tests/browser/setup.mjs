// The setup every browser test file shares (kept apart from harness.mjs,
// which the benchmark also imports and which must not load node:test).
import { before, after } from 'node:test';
import { serve, launch, DIST } from './harness.mjs';

/**
 * For a test file: serves the release build and launches Chromium once,
 * before its tests, and closes both after. Read `env.server` and
 * `env.browser` inside the tests.
 */
export function useBuildAndBrowser(root = DIST) {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await serve(root);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
