// The setup every browser test file shares (kept apart from harness.mjs,
// which the benchmark also imports and which must not load node:test).
import { before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, DIST, takeHostErrors, closeAllServers } from './harness.mjs';

/**
 * Fails each test of the file on any `error` or `unhandledrejection` event
 * that reached `window` in any frame of any page the test servers served
 * during it: what a host page's error monitor would log.
 */
export function failOnHostErrors() {
  afterEach(() => {
    assert.deepEqual(takeHostErrors(), [], 'window error events (what a host page\'s error monitor logs)');
  });
  after(closeAllServers);
}

/**
 * For a test file: serves the release build and launches this run's engine
 * once, before its tests, and closes both after; each test fails on any
 * window error event. Read `env.server` and `env.browser` inside the tests;
 * `others` names more servers of the same build, each with its headers
 * (`{ strict: { 'content-security-policy': ... } }` gives `env.strict`).
 */
export function useBuildAndBrowser(root = DIST, headers = {}, others = {}) {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await serve(root, headers, { record: true });
    for (const [name, h] of Object.entries(others)) env[name] = await serve(root, h, { record: true });
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
    for (const name of Object.keys(others)) await env[name]?.close();
  });
  failOnHostErrors();
  return env;
}
