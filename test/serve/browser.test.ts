/**
 * The web page end to end in Debian's Chromium (playwright-core): served by `zman serve`, and
 * the static build opened from files. Screenshots of each view go to .tmp/screenshots/.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { analyzeDocument } from '../../src/analyze/index.js';
import { openIndex, type SearchIndex } from '../../src/search-index/index.js';
import { startServer, type RunningServer } from '../../src/serve/index.js';
import { buildSampleIndex } from './sample-docs.js';
import { ROOT } from '../helpers/cli.js';
import { CHROMIUM, CHROMIUM_ARGS, chromiumSkip } from '../helpers/services.js';

export const SCREENSHOTS = join(ROOT, '.tmp', 'screenshots');
const article = readFileSync(join(ROOT, 'examples', 'news-ckb.txt'), 'utf8');
const REFERENCE = '2026-11-23';

/** Waits (up to 10 s) until `check` resolves to true. */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const end = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Pastes the article, analyzes it, checks the marks, the word card, the script toggle, the labels, phone width and the JSON download. */
async function analyzeFlow(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.fill('#text', article);
  await page.fill('[data-testid=reference]', REFERENCE);
  await page.click('[data-testid=analyze]');
  await page.waitForSelector('mark.ent');
  for (const type of ['PER', 'LOC', 'ORG', 'DATE', 'NUM']) assert.ok((await page.locator(`mark.ent.${type}`).count()) > 0, `${name}: ${type} marked`);
  assert.equal(await page.locator('mark.ent.PER').first().textContent(), 'ئازاد محەمەد');
  assert.match((await page.textContent('[data-testid=list-entities]')) ?? '', /حکوومەتی هەرێمی کوردستان/);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-analyze.png`), fullPage: true });

  // hover a word: its lemma, part of speech, Latin and pronunciation
  const word = page.locator('.marked .w', { hasText: 'پرۆژەکەی' }).first();
  await word.hover();
  assert.equal(await page.textContent('[data-testid=lemma]'), 'پرۆژە');
  assert.equal(await page.textContent('[data-testid=pos]'), 'noun');
  assert.equal(await page.textContent('[data-testid=latin]'), 'pirojekey');
  assert.match((await page.textContent('[data-testid=word-card]')) ?? '', /\/.+\//);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-hover.png`) });

  // keyboard: focus a word, the arrow key reading onwards moves to the next word
  await word.focus();
  await page.keyboard.press('ArrowLeft');
  const focused = await page.evaluate<string>("document.activeElement?.textContent ?? ''");
  assert.notEqual(focused, 'پرۆژەکەی');
  assert.equal(await page.evaluate<boolean>("document.activeElement?.classList.contains('w') ?? false"), true);

  // the whole view in Latin script
  await page.click('[data-testid=script-latn]');
  assert.match((await page.textContent('[data-testid=marked]')) ?? '', /ḧikûmetî herêmî kurdistan/);
  assert.equal(await page.locator('mark.ent.PER').first().textContent(), 'azad miḧemed');
  assert.equal(await page.getAttribute('[data-testid=marked]', 'dir'), 'ltr');
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-latin.png`), fullPage: true });

  // English labels
  await page.click('[data-testid=labels]');
  assert.equal((await page.textContent('[data-testid=analyze]'))?.trim(), 'Analyze');
  await page.click('[data-testid=script-arab]');
  await page.click('[data-testid=labels]');
  await page.waitForFunction("document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ckb'");

  // phone width: nothing wider than the screen
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
  assert.ok(overflow <= 0, `${name}: ${overflow}px wider than a phone screen`);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize({ width: 1200, height: 900 });

  // a misspelled word is underlined; clicking it offers suggestions; one replaces it and the text is analyzed again
  await page.fill('#text', 'ئەم بریارە لە باشور درا.');
  await page.click('[data-testid=analyze]');
  await page.waitForSelector('.marked .w.miss');
  assert.deepEqual(await page.locator('.marked .w.miss').allTextContents(), ['بریارە', 'باشور']);
  await page.click('.marked .w.miss >> text=باشور');
  await page.waitForSelector('[data-testid=suggestions]');
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-spell.png`) });
  await page.click('[data-testid=suggestion] >> text=باشوور');
  await until(async () => (await page.inputValue('#text')) === 'ئەم بریارە لە باشوور درا.', 'the suggestion replaced the word');
  await until(async () => (await page.locator('.marked .w.miss').allTextContents()).join() === 'بریارە', 'only بریارە is underlined');
  await page.fill('#text', article);
  await page.click('[data-testid=analyze]');
  await until(async () => (await page.locator('mark.ent').count()) > 10 && (await page.locator('.marked .w.miss').count()) === 0, 'the article is analyzed again');

  // the JSON download holds the same analysis as Node's analyzeDocument (Chromium has no ckb Intl data)
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download]')]);
  const path = await download.path();
  const json = JSON.parse(readFileSync(path, 'utf8')) as { entities: unknown; reference: string };
  assert.equal(json.reference, REFERENCE);
  const node = JSON.parse(JSON.stringify(analyzeDocument(article, { reference: REFERENCE }))) as { entities: unknown };
  assert.deepEqual(json.entities, node.entities);
}

describe('the web page in Chromium', { skip: chromiumSkip() }, () => {
  let browser: Browser;
  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-web.js')], { cwd: ROOT, stdio: 'ignore' });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  });
  after(() => browser?.close());

  const newPage = async () => {
    // Playwright polls a string predicate of waitForFunction with eval inside the page, which the
    // page's own Content-Security-Policy (no 'unsafe-eval') forbids: the test harness bypasses it
    const page = await browser.newPage({ acceptDownloads: true, bypassCSP: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // nothing may be fetched from outside
    const outside: string[] = [];
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith('http://127.0.0.1') && !u.startsWith('file://') && !u.startsWith('blob:') && !u.startsWith('data:')) outside.push(u);
    });
    return { page, errors, outside };
  };

  describe('served by zman serve', () => {
    let server: RunningServer;
    let index: SearchIndex;
    before(async () => {
      index = await openIndex(await buildSampleIndex(), { readOnly: true });
      server = await startServer({ port: 0, workers: 1, log: false, index });
    });
    after(async () => {
      await server?.close();
      await index?.close();
    });

    it('analyzes the pasted article: marks, word card, Latin, labels, phone width, download', async () => {
      const { page, errors, outside } = await newPage();
      await page.goto(`${server.url}/`);
      await analyzeFlow(page, 'served');
      assert.deepEqual(errors, []);
      assert.deepEqual(outside, []);
      await page.close();
    });

    it('searches the index in Latin script, filters by an entity facet, opens a hit and analyzes it', async () => {
      const { page, errors, outside } = await newPage();
      await page.setViewportSize({ width: 1200, height: 900 });
      await page.goto(`${server.url}/`);
      await page.click('[data-testid=tab-search]');
      await page.fill('[data-testid=query]', 'silêmanî');
      await page.press('[data-testid=query]', 'Enter');
      await page.waitForSelector('[data-testid=hit]');
      assert.ok((await page.locator('[data-testid=hit]').count()) >= 4);
      assert.equal(await page.locator('.snippet mark').first().textContent(), 'سلێمانی');
      assert.match((await page.textContent('[data-testid=total]')) ?? '', /^1–\d+ لە \d+ ئەنجام$/);
      await page.screenshot({ path: join(SCREENSHOTS, 'served-search.png'), fullPage: true });
      // the entity facet narrows the hits to the one document naming him
      await page.click('[data-testid=facet] >> text=ئازاد محەمەد');
      await page.waitForFunction("document.querySelectorAll('[data-testid=hit]').length === 1");
      assert.equal(await page.textContent('[data-testid=hit]'), 'ئازاد محەمەد دەربارەی بازاڕ');
      await page.screenshot({ path: join(SCREENSHOTS, 'served-search-facet.png'), fullPage: true });
      await page.click('[data-testid=hit]');
      await page.waitForSelector('[data-testid=document]');
      assert.match((await page.textContent('[data-testid=document]')) ?? '', /بەرپرسی پڕۆژەکە/);
      await page.screenshot({ path: join(SCREENSHOTS, 'served-document.png'), fullPage: true });
      await page.click('[data-testid=open-analyze]');
      await page.waitForSelector('mark.ent.PER');
      assert.equal(await page.locator('mark.ent.PER').first().textContent(), 'ئازاد محەمەد');
      assert.deepEqual(errors, []);
      assert.deepEqual(outside, []);
      await page.close();
    });
  });

  describe('the static build from files', () => {
    it('runs zman in the page with no server: the same flow and the same entities as Node', async () => {
      const { page, errors, outside } = await newPage();
      await page.goto(pathToFileURL(join(ROOT, 'dist', 'web', 'index.html')).href);
      assert.equal(await page.locator('[data-testid=tab-search]').count(), 0);
      await analyzeFlow(page, 'static');
      assert.deepEqual(errors, []);
      assert.deepEqual(outside, []);
      await page.close();
    });
  });
});
