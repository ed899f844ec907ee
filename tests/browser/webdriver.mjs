// A W3C WebDriver client shaped like the part of Playwright's API the
// browser tests use, so the same test drives Firefox (through geckodriver)
// and WebKit (through WebKitWebDriver) as it drives Chromium through
// Playwright. Only what the tests use is here; anything else throws, so a
// test can't silently lean on an engine feature this client lacks.
import fs from 'node:fs';

/** Thrown for a Playwright feature this client can't give in an engine. */
export class Unsupported extends Error {}

/**
 * What open contexts asked to run before each page's first script: WebDriver
 * has no init scripts, so the test servers put these in every page they
 * serve (harness.mjs), in every frame.
 */
export const INIT_SCRIPTS = new Set();

/** Open WebDriver pages, which the test servers hand what the pages' recorders report. */
export const OPEN_PAGES = new Set();

const KEYS = {
  Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', Space: '\uE00D', ' ': '\uE00D',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015',
  Home: '\uE011', End: '\uE010', PageUp: '\uE00E', PageDown: '\uE00F',
  Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D',
  Backspace: '\uE003', Delete: '\uE017',
};

const keyCode = (name) => {
  if (KEYS[name]) return KEYS[name];
  if ([...name].length === 1) return name;
  throw new Unsupported(`key ${name}`);
};

/** The keyDown/keyUp actions Playwright's `press('Shift+Tab')` means. */
function pressActions(combo) {
  const keys = combo === '+' ? ['+'] : combo.split('+').map(keyCode);
  return [
    ...keys.map((value) => ({ type: 'keyDown', value })),
    ...keys.slice().reverse().map((value) => ({ type: 'keyUp', value })),
  ];
}

/** One WebDriver session; every command runs after the one before it ends. */
class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
    this.queue = Promise.resolve();
  }

  static async create(base, capabilities) {
    const value = await send(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new Session(base, value.sessionId);
  }

  /** Runs `body` alone: a frame switch and what runs in the frame can't interleave with another command. */
  exclusive(body) {
    const run = this.queue.then(body, body);
    this.queue = run.catch(() => {});
    return run;
  }

  cmd(method, path, body) {
    return send(this.base, method, `/session/${this.id}${path}`, body);
  }
}

async function send(base, method, path, body) {
  const r = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await r.json();
  if (json.value?.error) throw new Error(`WebDriver ${path}: ${json.value.error}: ${json.value.message}`);
  return json.value;
}

// Runs in the page: finds a locator's elements through open shadow roots, as
// Playwright's CSS and role locators do. `steps` is the locator's chain.
function resolveInPage(steps) {
  const IMPLICIT = { BUTTON: 'button', TABLE: 'table', SELECT: 'combobox', H1: 'heading', H2: 'heading', H3: 'heading', IMG: 'img', FIGURE: 'figure' };
  const role = (el) => el.getAttribute('role') || (el.tagName === 'A' && el.hasAttribute('href') ? 'link' : IMPLICIT[el.tagName]) || '';
  const text = (el) => (el.textContent || '').replace(/\s+/g, ' ').trim();
  const byIds = (el, ids) => ids.split(/\s+/).map((id) => el.getRootNode().getElementById(id)).filter(Boolean).map(text).join(' ');
  const name = (el) => (el.getAttribute('aria-labelledby') && byIds(el, el.getAttribute('aria-labelledby')))
    || el.getAttribute('aria-label') || (el.tagName === 'IMG' ? el.getAttribute('alt') || '' : text(el)) || el.getAttribute('title') || '';
  const hidden = (el) => el.closest('[aria-hidden="true"]') || el.getClientRects().length === 0 || getComputedStyle(el).visibility !== 'visible';
  const nameMatches = (el, step) => {
    if (step.name === undefined) return true;
    const n = name(el).replace(/\s+/g, ' ').trim();
    if (step.name.regex) return new RegExp(step.name.regex, step.name.flags).test(n);
    return step.exact ? n === step.name : n.toLowerCase().includes(step.name.toLowerCase());
  };
  const deep = (sel, root, out) => {
    out.push(...root.querySelectorAll(sel));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) deep(sel, el.shadowRoot, out);
    return out;
  };
  let set = [document];
  for (const step of steps) {
    if (step.nth !== undefined) {
      const i = step.nth < 0 ? set.length + step.nth : step.nth;
      set = set[i] ? [set[i]] : [];
      continue;
    }
    const next = new Set();
    for (const root of set) {
      const roots = root === document ? [document] : [root, ...(root.shadowRoot ? [root.shadowRoot] : [])];
      for (const r of roots) {
        for (const el of deep(step.css ?? '*', r, [])) {
          if (step.role && (role(el) !== step.role || hidden(el) || !nameMatches(el, step))) continue;
          if (step.hasText && !(el.textContent || '').includes(step.hasText)) continue;
          next.add(el);
        }
      }
    }
    set = [...next];
  }
  return set;
}

/**
 * A CSS selector as locator steps. Playwright's CSS pierces open shadow
 * roots at each descendant combinator (`[data-chart] .title` finds a title
 * in the element's shadow root): a selector of plain descendant parts is
 * searched part by part, each through shadow roots.
 */
function cssSteps(css, hasText) {
  const parts = [];
  let depth = 0;
  let quote = null;
  let cur = '';
  for (const c of css.trim()) {
    if (quote) { if (c === quote) quote = null; } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    if (!quote && depth === 0 && /\s/.test(c)) {
      if (cur) parts.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) parts.push(cur);
  if (parts.some((p) => /^[>+~]$/.test(p)) || css.includes(',')) return [{ css, hasText }];
  return parts.map((p, i) => ({ css: p, hasText: i === parts.length - 1 ? hasText : undefined }));
}

/** Playwright's `getByRole` name option, in a form that crosses into the page. */
const nameOption = (name) => (name instanceof RegExp ? { regex: name.source, flags: name.flags } : name);

/** A locator: a chain of CSS, role and index steps, resolved in the page each time it's used. */
class Locator {
  constructor(frame, steps) {
    this.frame = frame;
    this.steps = steps;
  }

  locator(css, { hasText } = {}) { return new Locator(this.frame, [...this.steps, ...cssSteps(css, hasText)]); }
  getByRole(role, { name, exact } = {}) { return new Locator(this.frame, [...this.steps, { role, name: nameOption(name), exact }]); }
  first() { return new Locator(this.frame, [...this.steps, { nth: 0 }]); }
  last() { return new Locator(this.frame, [...this.steps, { nth: -1 }]); }
  nth(i) { return new Locator(this.frame, [...this.steps, { nth: i }]); }

  /** Runs `fn(elements, arg)` in the page. */
  all_(fn, arg) {
    return this.frame.evaluate(
      `([steps, arg]) => (${fn})((${resolveInPage})(steps), arg)`,
      [this.steps, arg],
    );
  }

  /** Runs `fn(element, arg)` on the one element, waiting for it as Playwright does. */
  async one(fn, arg, { visible = false, timeout = 10000 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const r = await this.all_(`(els, [arg, visible]) => {
        if (els.length > 1) return { error: 'strict mode violation: ' + els.length + ' elements' };
        const el = els[0];
        if (!el) return { wait: 'no element' };
        const box = el.getBoundingClientRect();
        if (visible && (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility !== 'visible')) return { wait: 'not visible' };
        return { value: (${fn})(el, arg) };
      }`, [arg, visible]);
      if (r.error) throw new Error(`${JSON.stringify(this.steps)}: ${r.error}`);
      if (!r.wait) return r.value;
      if (Date.now() > deadline) throw new Error(`${JSON.stringify(this.steps)}: ${r.wait} after ${timeout} ms`);
      await sleep(50);
    }
  }

  count() { return this.all_('(els) => els.length'); }
  allTextContents() { return this.all_('(els) => els.map((e) => e.textContent)'); }
  textContent() { return this.one('(el) => el.textContent'); }
  innerText() { return this.one('(el) => el.innerText'); }
  inputValue() { return this.one('(el) => el.value'); }
  getAttribute(name) { return this.one('(el, n) => el.getAttribute(n)', name); }
  focus() { return this.one('(el) => { el.focus(); }'); }
  evaluate(fn, arg) { return this.one(`(el, arg) => (${fn})(el, arg)`, arg); }

  async isVisible() {
    return this.all_(`(els) => {
      if (els.length > 1) throw new Error('strict mode violation: ' + els.length + ' elements');
      const el = els[0];
      if (!el) return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility === 'visible';
    }`);
  }

  async isHidden() { return !(await this.isVisible()); }

  /** The box in the main frame's viewport, as Playwright gives it. */
  async boundingBox() {
    const box = await this.one('(el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }');
    const offset = await this.frame.offset();
    return { ...box, x: box.x + offset.x, y: box.y + offset.y };
  }

  async waitFor({ state = 'visible', timeout = 10000 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const n = await this.count();
      const visible = n === 1 && (await this.isVisible());
      const done = { visible, hidden: !visible, attached: n > 0, detached: n === 0 }[state];
      if (done) return;
      if (Date.now() > deadline) throw new Error(`${JSON.stringify(this.steps)}: not ${state} after ${timeout} ms`);
      await sleep(50);
    }
  }

  /** The element's centre in its frame's viewport, after scrolling it into view. */
  centre() {
    return this.one('(el) => { el.scrollIntoView({ block: "center", inline: "center" }); const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }', undefined, { visible: true });
  }

  /** Scrolls the element into view and clicks its centre with the pointer. */
  async click() {
    const { x, y } = await this.centre();
    await this.frame.pointer([
      { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' },
      { type: 'pointerDown', button: 0 },
      { type: 'pointerUp', button: 0 },
    ]);
  }

  async hover() {
    const { x, y } = await this.centre();
    await this.frame.pointer([{ type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' }]);
  }

  async press(key) {
    await this.focus();
    await this.frame.page.keyboard.press(key);
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn(arg)` in a frame until it returns something truthy. */
async function poll(frame, fn, arg, { timeout = 30000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    let v;
    try {
      v = await frame.evaluate(fn, arg);
    } catch (e) {
      // WebKitWebDriver now and then fails to read back a script's result
      // ("Could not parse script result"; once in a clean-clone run, on
      // the poll for two charts' ink): a transport hiccup, not the page's
      // answer, so the poll asks again. Any other error stands.
      if (!/Could not parse script result/.test(e.message)) throw e;
    }
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`waitForFunction timed out after ${timeout} ms: ${String(fn).slice(0, 200)}`);
    await sleep(50);
  }
}

/** The script WebDriver runs for `evaluate`: the function's source, called with its argument, awaited. */
function script(fn) {
  const source = typeof fn === 'function' ? String(fn) : fn;
  const call = typeof fn === 'string' && !/^\s*(async\s*)?(\(|function\b|[A-Za-z_$][\w$]*\s*=>)/.test(fn)
    ? `(() => (${source}))`
    : `(${source})`;
  return `const done = arguments[arguments.length - 1];
    Promise.resolve().then(() => ${call}(arguments[0]))
      .then((value) => done({ ok: true, value: value === undefined ? null : value }), (e) => done({ ok: false, error: String(e && e.stack || e) }));`;
}

/** A frame of the page: the main one (`index` null) or a child iframe by its index in `window.frames`. */
class Frame {
  constructor(page, index) {
    this.page = page;
    this.index = index;
  }

  /** Runs a WebDriver command in this frame: switched into it, and back to the top after. */
  inFrame(method, path, body) {
    const s = this.page.session;
    return s.exclusive(async () => {
      if (this.index !== null) await s.cmd('POST', '/frame', { id: this.index });
      try {
        return await s.cmd(method, path, body);
      } finally {
        if (this.index !== null) await s.cmd('POST', '/frame', { id: null });
      }
    });
  }

  async evaluate(fn, arg) {
    const r = await this.inFrame('POST', '/execute/async', { script: script(fn), args: [arg === undefined ? null : arg] });
    if (!r.ok) throw new Error(`evaluate failed in the page: ${r.error}`);
    return r.value;
  }

  /**
   * Pointer actions at coordinates in this frame's viewport, dispatched in
   * the frame: Firefox delivers a top-level pointer to the <iframe> element
   * itself, not into a cross-origin document inside it.
   */
  async pointer(list) {
    const actions = (l) => ({ actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: l }] });
    if (this.index === null || this.page.context.engine !== 'webkit') return this.inFrame('POST', '/actions', actions(list));
    // WebKit reads pointer coordinates in the top viewport even from inside
    // a frame: move them by where the frame sits, and dispatch at the top.
    const { x, y } = await this.offset();
    const moved = list.map((a) => (a.type === 'pointerMove' ? { ...a, x: Math.round(a.x + x), y: Math.round(a.y + y) } : a));
    return this.page.session.exclusive(() => this.page.session.cmd('POST', '/actions', actions(moved)));
  }

  waitForFunction(fn, arg, options) { return poll(this, fn, arg, options); }
  locator(css, { hasText } = {}) { return new Locator(this, cssSteps(css, hasText)); }
  getByRole(role, options) { return new Locator(this, []).getByRole(role, options); }
  url() { return this.evaluate(() => location.href); }

  /** Where this frame's viewport sits in the main frame's viewport. */
  async offset() {
    if (this.index === null) return { x: 0, y: 0 };
    return this.page.evaluate((i) => {
      const el = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === window.frames[i]);
      const r = el.getBoundingClientRect();
      return { x: r.x + el.clientLeft, y: r.y + el.clientTop };
    }, this.index);
  }

  /** Adds a script by running its text in the page (not subject to the page's CSP). */
  async addScriptTag({ path, content }) {
    const text = content ?? fs.readFileSync(path, 'utf8');
    await this.evaluate(`() => { (0, eval)(${JSON.stringify(text)}); }`);
  }
}

/** A page: one WebDriver session's window. */
export class Page extends Frame {
  constructor(session, context) {
    super(null, null);
    this.page = this;
    this.session = session;
    this.context = context;
    this.listeners = { console: [], pageerror: [] };
    this.keyboard = {
      press: (key) => this.actions([{ type: 'key', id: 'keyboard', actions: pressActions(key) }]),
      type: (text) => this.actions([{ type: 'key', id: 'keyboard', actions: [...text].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c }]) }]),
    };
    this.mouse = {
      move: (x, y) => this.pointer([{ type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' }]),
      click: (x, y) => this.pointer([
        { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' },
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ]),
    };
    const unsupported = (what) => () => { throw new Unsupported(`${what} in ${context.engine}`); };
    this.touchscreen = { tap: unsupported('touchscreen') };
    this.emulateMedia = unsupported('emulateMedia');
  }

  actions(actions) {
    return this.session.exclusive(() => this.session.cmd('POST', '/actions', { actions }));
  }


  on(event, fn) {
    if (!this.listeners[event]) throw new Unsupported(`page.on('${event}') in ${this.context.engine}`);
    this.listeners[event].push(fn);
  }

  /** What the page's recorder reported (harness.mjs), handed to this page's listeners. */
  report({ kind, message }) {
    if (kind === 'console') for (const fn of this.listeners.console) fn({ type: () => 'error', text: () => message });
    else for (const fn of this.listeners.pageerror) fn(new Error(message));
  }

  async goto(url) {
    await this.session.exclusive(() => this.session.cmd('POST', '/url', { url }));
  }

  async reload() {
    await this.session.exclusive(() => this.session.cmd('POST', '/refresh', {}));
  }

  waitForTimeout(ms) { return sleep(ms); }

  /** The main frame and its children, each with its address (one level, which is all the tests embed). */
  async frames() {
    const n = await this.evaluate(() => window.frames.length);
    const frames = [new Frame(this, null)];
    for (let i = 0; i < n; i++) frames.push(new Frame(this, i));
    const urls = await Promise.all(frames.map((f) => f.url().catch(() => '')));
    // Playwright's frame.url() answers at once: give each frame its address.
    return frames.map((f, i) => Object.assign(f, { url: () => urls[i] }));
  }

  /**
   * Sets the viewport (the window's inside) to exactly this size: the window
   * is resized, then corrected by what its frame takes.
   */
  async setViewportSize({ width, height }) {
    let w = width;
    let h = height;
    for (let i = 0; i < 3; i++) {
      await this.session.exclusive(() => this.session.cmd('POST', '/window/rect', { x: 0, y: 0, width: w, height: h }));
      const inner = await this.evaluate(() => [window.innerWidth, window.innerHeight]);
      if (process.env.WD_DEBUG) console.log("viewport", w, h, inner);
      if (inner[0] === width && inner[1] === height) return;
      w += width - inner[0];
      h += height - inner[1];
    }
    throw new Error(`the ${this.context.engine} window won't give a ${width}×${height} viewport`);
  }

  async screenshot({ path } = {}) {
    const png = Buffer.from(await this.session.exclusive(() => this.session.cmd('GET', '/screenshot')), 'base64');
    if (path) fs.writeFileSync(path, png);
    return png;
  }

  /** Closing the page closes its context (one page each). */
  close() {
    return this.context.close();
  }
}

/**
 * A browser behind WebDriver. Each context is a window of its own with a
 * fresh page. geckodriver and WebKitWebDriver each hold one session at a
 * time, so every session has a driver of its own; and since starting a
 * browser takes seconds (Firefox about ten on two cores), a closed context's
 * session is kept, emptied (about:blank, input released), for the next
 * context that asks for the same settings.
 */
export class WebDriverBrowser {
  /**
   * `startDriver()` starts a WebDriver server and gives `{ base, stop }`;
   * `capabilities(options)` gives a session's capabilities for Playwright's
   * context options, throwing Unsupported for what the engine can't set.
   */
  constructor({ engine, startDriver, capabilities, onClose }) {
    this.engine = engine;
    this.startDriver = startDriver;
    this.capabilities = capabilities;
    this.onClose = onClose;
    this.idle = new Map();
    this.sessions = new Set();
  }

  /** A session for these context options: an idle one, or a new one with its own driver. */
  async session(options) {
    const key = JSON.stringify(options);
    const idle = this.idle.get(key) ?? [];
    this.idle.set(key, idle);
    if (idle.length) return { key, session: idle.pop() };
    const caps = this.capabilities(options);
    const driver = await this.startDriver();
    try {
      const session = await Session.create(driver.base, caps);
      session.stopDriver = driver.stop;
      this.sessions.add(session);
      return { key, session };
    } catch (e) {
      await driver.stop();
      throw e;
    }
  }

  /** Ends a session and its driver. */
  async end(session) {
    this.sessions.delete(session);
    await session.cmd('DELETE', '').catch(() => {});
    await session.stopDriver();
  }

  /** Empties a session and keeps it for the next context with the same settings. */
  async release(key, session) {
    try {
      await session.exclusive(async () => {
        await session.cmd('DELETE', '/actions');
        await session.cmd('POST', '/url', { url: 'about:blank' });
      });
      this.idle.get(key).push(session);
    } catch {
      await this.end(session);
    }
  }

  async newContext(options = {}) {
    const browser = this;
    const viewport = options.viewport ?? { width: 1280, height: 720 };
    const { viewport: _, ...settings } = options;
    let page = null;
    let lease = null;
    const context = {
      engine: this.engine,
      initScripts: [],
      async newPage() {
        if (page) throw new Unsupported(`a second page in one ${browser.engine} context`);
        lease = await browser.session(settings);
        page = new Page(lease.session, context);
        OPEN_PAGES.add(page);
        await page.setViewportSize(viewport);
        return page;
      },
      async addInitScript(fn) {
        const source = typeof fn === 'function' ? `(${fn})();` : fn;
        context.initScripts.push(source);
        INIT_SCRIPTS.add(source);
      },
      route() { throw new Unsupported(`route in ${browser.engine}`); },
      newCDPSession() { throw new Unsupported(`CDP in ${browser.engine}`); },
      async close() {
        for (const source of context.initScripts) INIT_SCRIPTS.delete(source);
        if (page) {
          OPEN_PAGES.delete(page);
          await browser.release(lease.key, lease.session);
          page = null;
        }
      },
    };
    return context;
  }

  async newPage(options) {
    const context = await this.newContext(options);
    return context.newPage();
  }

  async close() {
    for (const s of [...this.sessions]) await this.end(s);
    await this.onClose();
  }
}
