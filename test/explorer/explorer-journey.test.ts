import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isObjectType } from 'graphql/index.js';
import { schema } from '../../src/graphql/schema.js';
import { seededApp } from '../support/seeded-knowledge.js';
import { CHROMIUM, openBrowser, type BrowserSession } from './browser-session.js';

/** The field tree is shown once the schema offers `Resource.fields` (the field reference, issue 10). */
const resourceType = schema.getType('Resource');
const offersFields = isObjectType(resourceType) && 'fields' in resourceType.getFields();

let app: Awaited<ReturnType<typeof seededApp>>;
let server: Server;
let origin: string;
let browser: BrowserSession;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this)`);
  app = await seededApp();
  server = app.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await openBrowser({ origin, locale: 'ja-JP' });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await app?.close();
});

/** After each step: a screenshot, no serious accessibility violation, and a view that shows something. */
async function settle(step: string): Promise<void> {
  const { page } = browser;
  await page.locator('.state-loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
  await browser.screenshot(step, { fullPage: true });
  const text = (await page.locator('main').innerText()).trim();
  expect(text.length, `${step}: the view is empty`).toBeGreaterThan(40);
  expect(await page.locator('main .state-error').count(), `${step}: the view shows an error`).toBe(0);
  expect(await browser.accessibilityViolations(), `${step}: accessibility`).toEqual([]);
  expect(browser.problems, `${step}: errors or foreign requests`).toEqual([]);
}

describe('the explorer in a real browser', () => {
  it('finds DaemonSet by its Japanese name, draws its graph, follows a node, speaks English, compares, and runs GraphiQL', async () => {
    const { page } = browser;
    await page.goto(`${origin}/`);
    await expect.poll(() => page.locator('.card').count()).toBeGreaterThan(3);
    await settle('01-home');

    await page.getByRole('searchbox').fill('デーモンセット');
    const hit = page.locator('#search-results a.hit-link').first();
    await expect.poll(() => hit.textContent()).toBe('DaemonSet');
    await expect.poll(() => page.locator('.strength').count()).toBeGreaterThan(0);
    await settle('02-search');

    await hit.click();
    await page.waitForURL(/\/resources\/workloads\/DaemonSet/);
    await expect.poll(() => page.locator('h1').textContent()).toContain('DaemonSet');
    const nodes = page.locator('.graph-nodes a.graph-node');
    await expect.poll(() => nodes.count()).toBeGreaterThan(1);
    // The canvas holds a drawing: some of its pixels are not the background.
    const drawn = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLCanvasElement>('.graph-canvas canvas')].some((canvas) => {
        const ctx = canvas.getContext('2d');
        if (!ctx || canvas.width === 0 || canvas.height === 0) return false;
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) return true;
        return false;
      }),
    );
    expect(drawn, 'the relation graph is drawn').toBe(true);
    await settle('03-daemonset');

    const podNode = page.locator('.graph-nodes a.graph-node', { hasText: 'Pod' }).first();
    await podNode.click();
    await page.waitForURL(/\/resources\/workloads\/Pod\?/);
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/^Pod/);
    await settle('04-pod-from-graph');

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('#description-heading').textContent()).toBe('Description');
    await settle('05-pod-in-english');

    // Remembered: a URL without ?lang= opens in English now.
    await page.goto(`${origin}/comparisons`);
    const comparison = page.locator('main ul.comparison-list a').first();
    await expect.poll(() => comparison.count()).toBe(1);
    await comparison.click();
    await page.waitForURL(/\/comparisons\/[^/?]+\?lang=en/);
    await expect.poll(() => page.locator('main table tbody tr').count()).toBeGreaterThan(1);
    await settle('06-comparison');

    await page.goBack();
    await page.waitForURL(/\/comparisons\?lang=en/);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Comparisons');

    await page.goto(`${origin}/compare?resources=Deployment,StatefulSet,DaemonSet`);
    await expect.poll(() => page.locator('main table thead th').count()).toBe(4);
    await settle('07-compare-three');

    await page.goto(`${origin}/graphql`);
    await expect.poll(() => page.locator('.graphiql-query-editor .CodeMirror-code').innerText()).toContain('query Resource');
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => page.locator('.result-window').innerText(), { timeout: 20_000 }).toContain('DaemonSet');
    await browser.screenshot('09-graphiql');
    // GraphiQL 4 draws each tab as a role="tab" holding its own buttons (select, close): its markup, not ours.
    expect(await browser.accessibilityViolations({ skipRules: ['nested-interactive'] }), 'GraphiQL accessibility').toEqual([]);
    expect(browser.problems, 'GraphiQL: errors or foreign requests').toEqual([]);
  });

  it('works from the keyboard alone on a phone-sized screen, and says plainly what is not covered or not there', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${origin}/?lang=en`);
    await expect.poll(() => page.locator('.card').count()).toBeGreaterThan(3);
    const focused = () => page.evaluate(() => ({ id: document.activeElement?.id, text: document.activeElement?.textContent?.trim(), outline: getComputedStyle(document.activeElement as Element).outlineStyle }));

    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ text: 'Skip to content' });
    expect((await focused()).outline, 'focus is visible').not.toBe('none');
    for (let i = 0; i < 5 && (await focused()).id !== 'search-input'; i++) await page.keyboard.press('Tab');
    expect((await focused()).id).toBe('search-input');
    await page.keyboard.type('deamonset');
    await expect.poll(() => page.locator('#search-results a.hit-link').first().textContent()).toBe('DaemonSet');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toMatchObject({ text: 'DaemonSet' });
    expect((await focused()).outline, 'focus is visible').not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/resources\/workloads\/DaemonSet/);
    await expect.poll(() => page.locator('.graph-nodes a.graph-node').count()).toBeGreaterThan(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling on a phone').toBe(true);
    await settle('08-phone-daemonset');

    await page.goBack();
    await page.waitForURL(/\/search\?q=deamonset/);
    await expect.poll(() => page.locator('#search-input').inputValue()).toBe('deamonset');

    await page.goto(`${origin}/search?q=${encodeURIComponent('quantum banana smoothie')}&lang=en`);
    await expect.poll(() => page.locator('main .state-empty h2').textContent()).toBe('kubedex does not cover this');
    await settle('10-not-covered');

    await page.goto(`${origin}/resources/workloads/DaemonSett?lang=en`);
    const suggestion = page.locator('main .state-error a', { hasText: 'DaemonSet' });
    await expect.poll(() => suggestion.count()).toBe(1);
    await browser.screenshot('11-not-found');
    expect(await browser.accessibilityViolations(), 'not-found accessibility').toEqual([]);
    await suggestion.click();
    await page.waitForURL(/\/resources\/workloads\/DaemonSet\?/);
    expect(browser.problems).toEqual([]);
  });

  it.runIf(offersFields)('expands a field of the field tree and shows its children with both texts', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${origin}/resources/workloads/Deployment?lang=en`);
    const spec = page.locator('.field-tree details > summary', { hasText: 'spec' }).first();
    await expect.poll(() => spec.count()).toBe(1);
    await spec.click();
    const strategy = page.locator('.field-tree details[open] .field-list .field-name', { hasText: 'strategy' });
    await expect.poll(() => strategy.count()).toBeGreaterThan(0);
    await strategy.first().scrollIntoViewIfNeeded();
    await settle('12-field-tree');
  });
});
