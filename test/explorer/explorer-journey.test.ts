import fs from 'node:fs';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';
import { CHROMIUM, openBrowser, type BrowserSession } from './browser-session.js';
import { listenOnLoopback } from '../support/listen-on-loopback.js';

let app: Awaited<ReturnType<typeof seededApp>>;
let server: Server;
let origin: string;
let browser: BrowserSession;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this)`);
  app = await seededApp();
  ({ server, origin } = await listenOnLoopback(app.app));
  browser = await openBrowser({ origin, locale: 'ja-JP' });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await app?.close();
});

/** A whole journey: a dozen page loads, each checked by axe-core, on a machine shared by several runs. */
const JOURNEY_TIMEOUT_MS = 300_000;

/** Waits for a view to settle; a shared 2-core machine can take seconds where a laptop takes milliseconds. */
function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 20_000 });
}

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

/** Whether the served schema has SearchHit.confidence, and the first hit of a search for `q` as GraphQL answers it. */
async function searchAsTheExplorerDoes(q: string): Promise<{ confidence: boolean; first: { score: number; confidence?: number } }> {
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return ((await res.json()) as { data: Record<string, unknown> }).data;
  };
  const type = (await post('{ __type(name: "SearchHit") { fields { name } } }')).__type as { fields: { name: string }[] };
  const confidence = type.fields.some((field) => field.name === 'confidence');
  const hits = (await post(`query($q: String!) { search(q: $q, lang: ja, limit: 1) { score${confidence ? ' confidence' : ''} } }`, { q })).search as { score: number; confidence?: number }[];
  return { confidence, first: hits[0]! };
}

describe('the explorer in a real browser', () => {
  it('finds DaemonSet by its Japanese name, draws its graph, follows a node, speaks English, compares, opens a field, checks a manifest and runs GraphiQL', async () => {
    const { page } = browser;
    await page.goto(`${origin}/`);
    await eventually(() => page.locator('.card').count()).toBeGreaterThan(3);
    await settle('01-home');

    await page.getByRole('searchbox').fill('デーモンセット');
    const hit = page.locator('#search-results a.hit-link').first();
    await eventually(() => hit.textContent()).toBe('DaemonSet');
    await eventually(() => page.locator('.strength').count()).toBeGreaterThan(0);
    // Each hit shows the server's calibrated confidence once the schema has SearchHit.confidence, and a
    // relative match strength until then: the same assertion holds before and after that field lands.
    const { confidence, first } = await searchAsTheExplorerDoes('デーモンセット');
    const strength = (await page.locator('#search-results .hit').first().locator('.strength > span').textContent()) ?? '';
    if (confidence) expect(strength).toMatch(new RegExp(`^確からしさ: ${Math.round(first.confidence! * 100)}%`));
    else expect(strength).toBe('一致の強さ(この検索内で相対): 100%');
    await settle('02-search');

    await hit.click();
    await page.waitForURL(/\/resources\/workloads\/DaemonSet/);
    await eventually(() => page.locator('h1').textContent()).toContain('DaemonSet');
    const nodes = page.locator('.graph-nodes a.graph-node');
    await eventually(() => nodes.count()).toBeGreaterThan(1);
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
    await eventually(() => page.locator('h1').textContent()).toMatch(/^Pod/);
    await settle('04-pod-from-graph');

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    await eventually(() => page.locator('html').getAttribute('lang')).toBe('en');
    await eventually(() => page.locator('#description-heading').textContent()).toBe('Description');
    await settle('05-pod-in-english');

    // Remembered: a URL without ?lang= opens in English now.
    await page.goto(`${origin}/comparisons`);
    const comparison = page.locator('main ul.comparison-list a').first();
    await eventually(() => comparison.count()).toBe(1);
    await comparison.click();
    await page.waitForURL(/\/comparisons\/[^/?]+\?lang=en/);
    await eventually(() => page.locator('main table tbody tr').count()).toBeGreaterThan(1);
    await settle('06-comparison');

    await page.goBack();
    await page.waitForURL(/\/comparisons\?lang=en/);
    await eventually(() => page.locator('main h1').textContent()).toBe('Comparisons');

    await page.goto(`${origin}/resources/workloads/Deployment`);
    const spec = page.locator('.field-tree details > summary', { has: page.locator('.field-name', { hasText: /^spec$/ }) });
    await eventually(() => spec.count()).toBe(1);
    await spec.click();
    const strategy = page.locator('.field-tree details[open] .field-list .field-name', { hasText: /^strategy$/ });
    await eventually(() => strategy.count()).toBe(1);
    await strategy.scrollIntoViewIfNeeded();
    await settle('07-field-tree');

    // An add-on API's fields come from its CRD schema, and the page says whose text it is.
    await page.goto(`${origin}/resources/service/HTTPRoute`);
    await eventually(() => page.locator('.field-tree > p.muted').textContent()).toContain('Gateway API v1.5.1, add-on CRD schema (@kubernetes-models/gateway-api 2.0.0)');
    const parentRefs = page.locator('.field-tree details > summary', { has: page.locator('.field-name', { hasText: /^spec$/ }) });
    await parentRefs.click();
    await eventually(() => page.locator('.field-tree .field-list .field-name', { hasText: /^parentRefs$/ }).count()).toBe(1);
    await eventually(() => page.locator('.field-tree .field-source').first().textContent()).toBe('Upstream description:');
    await settle('07b-addon-field-tree');

    await page.goto(`${origin}/compare?resources=Deployment,StatefulSet,DaemonSet`);
    await eventually(() => page.locator('main table thead th').count()).toBe(4);
    await settle('08-compare-three');

    await page.goto(`${origin}/check`);
    await page.getByRole('button', { name: 'Check' }).click();
    await eventually(() => page.locator('main .severity-removed').count()).toBeGreaterThan(0);
    await settle('09-check');

    await page.goto(`${origin}/graphql`);
    await eventually(() => page.locator('.graphiql-query-editor .CodeMirror-code').innerText()).toContain('query Resource');
    await page.locator('.graphiql-execute-button').click();
    await eventually(() => page.locator('.result-window').innerText()).toContain('DaemonSet');
    await browser.screenshot('10-graphiql');
    // GraphiQL 4 draws each tab as a role="tab" holding its own buttons (select, close): its markup, not ours.
    expect(await browser.accessibilityViolations({ skipRules: ['nested-interactive'] }), 'GraphiQL accessibility').toEqual([]);
    expect(browser.problems, 'GraphiQL: errors or foreign requests').toEqual([]);
  }, JOURNEY_TIMEOUT_MS);

  it('works from the keyboard alone on a phone-sized screen, and says plainly what is not covered or not there', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${origin}/?lang=en`);
    await eventually(() => page.locator('.card').count()).toBeGreaterThan(3);
    const focused = () => page.evaluate(() => ({ id: document.activeElement?.id, text: document.activeElement?.textContent?.trim(), outline: getComputedStyle(document.activeElement as Element).outlineStyle }));

    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ text: 'Skip to content' });
    expect((await focused()).outline, 'focus is visible').not.toBe('none');
    for (let i = 0; i < 5 && (await focused()).id !== 'search-input'; i++) await page.keyboard.press('Tab');
    expect((await focused()).id).toBe('search-input');
    await page.keyboard.type('deamonset');
    await eventually(() => page.locator('#search-results a.hit-link').first().textContent()).toBe('DaemonSet');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toMatchObject({ text: 'DaemonSet' });
    expect((await focused()).outline, 'focus is visible').not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/resources\/workloads\/DaemonSet/);
    await eventually(() => page.locator('.graph-nodes a.graph-node').count()).toBeGreaterThan(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling on a phone').toBe(true);
    await settle('11-phone-daemonset');

    await page.goBack();
    await page.waitForURL(/\/search\?q=deamonset/);
    await eventually(() => page.locator('#search-input').inputValue()).toBe('deamonset');

    await page.goto(`${origin}/search?q=${encodeURIComponent('quantum banana smoothie')}&lang=en`);
    await eventually(() => page.locator('main .state-empty h2').textContent()).toBe('kubedex does not cover this');
    await settle('12-not-covered');
    // Words the knowledge shares but a question it does not cover: declined as /ask declines it, the hits shown as the closest topics.
    await page.goto(`${origin}/search?q=${encodeURIComponent('how do I write a cover letter for a job')}&lang=en`);
    await eventually(() => page.locator('main .state-empty h2').textContent()).toBe('kubedex does not cover this');
    await eventually(() => page.locator('#closest-topics').textContent()).toBe('The closest topics kubedex covers');
    await eventually(() => page.locator('#search-results .hit').count()).toBeGreaterThan(0);

    const notFoundUrl = `${origin}/resources/workloads/DaemonSett?lang=en`;
    const notFound = await page.goto(notFoundUrl);
    expect(notFound?.status(), 'an unknown resource answers 404, page and all').toBe(404);
    // Chromium reports the document's own 404 as a console error: that one is the answer asked for.
    const own404 = browser.problems.indexOf(`console error: Failed to load resource: the server responded with a status of 404 (Not Found) at ${notFoundUrl}`);
    expect(own404, `the document's 404 among ${JSON.stringify(browser.problems)}`).toBeGreaterThanOrEqual(0);
    browser.problems.splice(own404, 1);
    const suggestion = page.locator('main .state-error a', { hasText: 'DaemonSet' });
    await eventually(() => suggestion.count()).toBe(1);
    await browser.screenshot('13-not-found');
    expect(await browser.accessibilityViolations(), 'not-found accessibility').toEqual([]);
    await suggestion.click();
    await page.waitForURL(/\/resources\/workloads\/DaemonSet\?/);
    expect(browser.problems).toEqual([]);
  }, JOURNEY_TIMEOUT_MS);
});
