// The three engines the browser tests run in. BROWSER_ENGINE picks one:
// `chromium` (Debian's Chromium through Playwright, the default), `firefox`
// (Debian's firefox-esr through geckodriver) or `webkit` (Debian's WebKitGTK,
// the engine of Safari, through WebKitWebDriver). scripts/check.sh runs the
// browser tests once per engine.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { WebDriverBrowser, Unsupported } from './webdriver.mjs';

/** The engine this run of the tests drives. */
export const ENGINE = process.env.BROWSER_ENGINE ?? 'chromium';
if (!['chromium', 'firefox', 'webkit'].includes(ENGINE)) throw new Error(`BROWSER_ENGINE=${ENGINE}: use chromium, firefox or webkit`);

/**
 * For `test(name, onlyIn('chromium', why), fn)`: the test runs in the named
 * engines and is reported as skipped, with why, in the others.
 */
export function onlyIn(engines, why) {
  const list = Array.isArray(engines) ? engines : [engines];
  return list.includes(ENGINE) ? {} : { skip: `${ENGINE}: ${why}` };
}

const HERE = path.dirname(new URL(import.meta.url).pathname);

/** Launches this run's engine, headless. */
export function launch() {
  if (ENGINE === 'firefox') return launchFirefox();
  if (ENGINE === 'webkit') return launchWebKit();
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    // Scrollbars that take room, as on Windows: a page that grows a
    // scrollbar narrows, which is how a chart that sets its own height can
    // feed back into what it observes. Headless Chromium hides them.
    ignoreDefaultArgs: ['--hide-scrollbars'],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

async function freePort() {
  const server = net.createServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  await new Promise((r) => server.close(r));
  return port;
}

/** Starts a WebDriver server and waits until it answers. */
async function startDriver(command, args, env = process.env) {
  const port = await freePort();
  const child = spawn(command, [...args, `--port=${port}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`${command} exited: ${stderr}`);
    try {
      const r = await fetch(`${base}/status`);
      if (r.ok) return { base, child };
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${command} did not start: ${stderr}`);
}

const stop = (child) => new Promise((r) => {
  if (child.exitCode !== null) { r(); return; }
  child.once('exit', r);
  child.kill();
});

/** Firefox's settings for Playwright's context options (prefs apply per session: each is a new profile). */
function firefoxCapabilities(options) {
  const prefs = {
    // Quiet: no update checks, telemetry or first-run pages on a machine with no internet.
    'app.update.disabledForTesting': true,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'browser.shell.checkDefaultBrowser': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/',
    'app.normandy.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'browser.region.update.enabled': false,
    'browser.region.network.url': '',
    'media.gmp-manager.url': 'http://127.0.0.1:9/',
    'toolkit.telemetry.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'browser.newtabpage.enabled': false,
    'browser.startup.page': 0,
    // Scrollbars that take room, as on Windows (see launch()).
    'widget.gtk.overlay-scrollbars.enabled': false,
    'widget.non-native-theme.scrollbar.style': 4,
  };
  if (options.deviceScaleFactor) prefs['layout.css.devPixelsPerPx'] = String(options.deviceScaleFactor);
  if (options.colorScheme) prefs['layout.css.prefers-color-scheme.content-override'] = options.colorScheme === 'dark' ? 0 : 1;
  if (options.reducedMotion) prefs['ui.prefersReducedMotion'] = options.reducedMotion === 'reduce' ? 1 : 0;
  if (options.javaScriptEnabled === false) prefs['javascript.enabled'] = false;
  if (options.locale) prefs['intl.accept_languages'] = options.locale;
  refuse('firefox', options, ['hasTouch', 'isMobile', 'forcedColors']);
  // The browser's own window keeps itself 500 px wide or more; a profile
  // whose userChrome.css lifts that lets a 280 px phone viewport fit.
  prefs['toolkit.legacyUserProfileCustomizations.stylesheets'] = true;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kpop-firefox-'));
  PROFILES.push(profile);
  fs.mkdirSync(path.join(profile, 'chrome'));
  fs.writeFileSync(path.join(profile, 'chrome', 'userChrome.css'), ':root, #main-window, #navigator-toolbox, #nav-bar, toolbar { min-width: 0 !important; min-height: 0 !important; }\n');
  return {
    browserName: 'firefox',
    'moz:firefoxOptions': { binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr', args: ['-headless', '-kiosk', '-profile', profile], prefs },
  };
}

function refuse(engine, options, names) {
  for (const n of names) if (options[n]) throw new Unsupported(`context option ${n} in ${engine}`);
}

/** The profiles this process made, removed when its browser closes. */
const PROFILES = [];

/** A started driver as WebDriverBrowser wants it: its address and how to stop it. */
async function driver(command, args, env) {
  const { base, child } = await startDriver(command, args, env);
  return { base, stop: () => stop(child) };
}

async function launchFirefox() {
  return new WebDriverBrowser({
    engine: 'firefox',
    startDriver: () => driver(process.env.GECKODRIVER ?? 'geckodriver', ['--log=error']),
    capabilities: firefoxCapabilities,
    onClose: async () => {
      for (const p of PROFILES.splice(0)) fs.rmSync(p, { recursive: true, force: true });
    },
  });
}

/** An X display for WebKitGTK (it has no headless mode): Xvfb picks a free display number. */
async function startXvfb() {
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '3400x2400x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const display = await new Promise((resolve, reject) => {
    let out = '';
    child.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  return { display, child };
}

function webkitCapabilities(options) {
  refuse('webkit', options, ['hasTouch', 'isMobile', 'forcedColors', 'reducedMotion']);
  const args = ['--automation'];
  if (options.deviceScaleFactor && options.deviceScaleFactor !== 1) {
    if (!Number.isInteger(options.deviceScaleFactor)) throw new Unsupported('a fractional device pixel ratio in webkit');
    args.push(`--scale=${options.deviceScaleFactor}`);
  }
  if (options.colorScheme === 'dark') args.push('--dark');
  if (options.javaScriptEnabled === false) args.push('--no-javascript');
  return {
    browserName: 'KpopShell',
    'webkitgtk:browserOptions': { binary: path.join(HERE, 'webkit-shell.py'), args },
  };
}

async function launchWebKit() {
  const x = await startXvfb();
  // GTK_OVERLAY_SCROLLING=0: scrollbars that take room, as on Windows (see
  // launch()). A private settings folder: the shell's GTK reads nothing of
  // the machine's.
  const env = { ...process.env, DISPLAY: x.display, GTK_OVERLAY_SCROLLING: '0', XDG_CONFIG_HOME: path.join(os.tmpdir(), `kpop-webkit-${process.pid}`) };
  return new WebDriverBrowser({
    engine: 'webkit',
    startDriver: () => driver(process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver', [], env),
    capabilities: webkitCapabilities,
    onClose: () => stop(x.child),
  });
}
