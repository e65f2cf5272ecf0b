import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PACKAGE_ROOT } from '../../src/package-root.js';

/** Debian's Chromium; `.ci/run` installs it when missing. */
export const CHROMIUM = '/usr/bin/chromium';

/** What these machines need to run Chromium headless, offline and without side trips. */
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Where each step's screenshot goes (gitignored). */
export const ARTIFACTS_DIR = path.join(PACKAGE_ROOT, 'test', 'artifacts');

/** A page in a fresh Chromium profile that records everything a journey must not meet. */
export interface BrowserSession {
  page: Page;
  /** Page errors, console errors and requests to any other host, as they happened. */
  problems: string[];
  screenshot: (name: string, options?: { fullPage?: boolean }) => Promise<void>;
  /** Serious and critical axe-core violations on the page as it is now. */
  accessibilityViolations: (options?: { skipRules?: string[] }) => Promise<string[]>;
  close: () => Promise<void>;
}

/** Opens Chromium on a fresh user-data dir, watching for errors and for requests that leave `origin`. */
export async function openBrowser(options: { origin: string; locale: string; viewport?: { width: number; height: number } }): Promise<BrowserSession> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'kubedex-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    headless: true,
    locale: options.locale,
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const problems: string[] = [];
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}${message.location().url ? ` at ${message.location().url}` : ''}`);
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${options.origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request to another host: ${url}`);
  });
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return {
    page,
    problems,
    screenshot: async (name, { fullPage = false } = {}) => {
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage });
    },
    accessibilityViolations: async ({ skipRules = [] } = {}) => {
      // Evaluated through the DevTools protocol, which the page's CSP does not govern.
      await page.evaluate(axe.source);
      const options: axe.RunOptions = { resultTypes: ['violations'], rules: Object.fromEntries(skipRules.map((id) => [id, { enabled: false }])) };
      const result = await page.evaluate((o) => (window as unknown as { axe: typeof axe }).axe.run(document, o), options);
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
    },
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
