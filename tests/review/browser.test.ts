/**
 * The review pages in a real browser: Debian's chromium driven by playwright-core, over real
 * pipeline outputs. Without chromium these tests fail on CI and are skipped locally.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer, type ReviewServer } from '../../src/review/server.ts';
import { MinutesDocument } from '../../src/schema/minutes.ts';
import { firstVote, makeRun, pretty, type Run } from './helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const hasChromium = existsSync(CHROMIUM);
const onCi = !!process.env.CI;
if (!hasChromium && !onCi) console.warn(`tests/review/browser.test.ts: skipped, ${CHROMIUM} not found (apt-get install chromium)`);

const PDF = '000.json';
const AUBIN = 'saint-aubin-2023-045.json';
const PLATEAU = 'plateau-comite-2024-02-07.json';
const XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">';
const XSS_NAME = 'x<img src=x onerror=window.__xss=3>.json';

let run: Run;
let server: ReviewServer;
let browser: Browser;

describe.skipIf(!hasChromium && !onCi)('review pages in chromium', () => {
  beforeAll(async () => {
    if (!hasChromium) throw new Error(`${CHROMIUM} not found: the browser tests need Debian's chromium (apt-get install chromium)`);
    run = await makeRun();
    // The other run: one vote count differs on plateau.
    const against = join(run.root, 'against');
    mkdirSync(against);
    for (const [name, doc] of run.docs) {
      const copy = structuredClone(doc);
      if (name === PLATEAU) firstVote(copy).vote.for = (firstVote(copy).vote.for ?? 0) + 3;
      writeFileSync(join(against, name), pretty(copy));
    }
    // A hostile document: markup in its text, a person's name, its body, a warning, its file name.
    const hostile = structuredClone(run.docs.get(AUBIN)!);
    const at = hostile.text.length + 1;
    hostile.text += `\n${XSS}`;
    hostile.id = `sha256:${'a'.repeat(64)}`;
    hostile.meeting.body = XSS;
    hostile.warnings.push(XSS);
    hostile.attendance.present[0] = { ...hostile.attendance.present[0]!, raw: XSS, surname: XSS, span: { start: at, end: at + XSS.length } };
    writeFileSync(join(run.out, XSS_NAME), pretty(hostile));

    server = await startReviewServer({ out: run.out, gold: run.gold, against, inputs: run.inputs, port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    run?.cleanup();
  });

  async function newPage(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    // Any blocked inline script or handler would be reported here (the CSP forbids them).
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    return page;
  }

  const url = (path: string) => new URL(path, server.url).toString();
  const field = (page: Page, path: string) => page.locator(`#fields [data-path="${path}"]`).first();

  it('lists the documents, the most different first, and moves with j/k', async () => {
    const page = await newPage();
    await page.goto(url('/'));
    const rows = page.locator('#rows tr');
    await expect.poll(() => rows.count()).toBe(run.docs.size + 1);
    // No gold yet: sorted by differences with the other run, plateau's vote first.
    expect(await rows.first().getAttribute('data-name')).toBe(PLATEAU);
    expect(await rows.first().locator('td').last().textContent()).toBe('1');

    await page.keyboard.press('j');
    expect(await page.locator('#rows tr.selected').getAttribute('data-name')).toBe(await rows.nth(1).getAttribute('data-name'));
    await page.keyboard.press('k');
    expect(await page.locator('#rows tr.selected').getAttribute('data-name')).toBe(PLATEAU);

    await page.locator('th button[data-sort="date"]').click();
    const dates = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[2]!.textContent));
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates)).toEqual(new Set([...run.docs.values()].map((d) => d.meeting.date)));

    await page.keyboard.press('ArrowDown');
    const selected = await page.locator('#rows tr.selected').getAttribute('data-name');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/document\?name=/);
    expect(new URL(page.url()).searchParams.get('name')).toBe(selected);
    await page.close();
  }, 60_000);

  it('shows page images and highlights a field’s words; a corrected vote count is saved as gold and shown as a difference', async () => {
    const doc = run.docs.get(PDF)!;
    const { index, vote } = firstVote(doc);
    const votePath = `items[${index}].decision.vote.for`;
    const corrected = (vote.for ?? 0) + 14;
    const page = await newPage();
    await page.goto(url(`/document?name=${PDF}`));
    await page.locator('#fields .group').first().waitFor();

    // Page images, drawn from the PDF.
    const firstImage = page.locator('#images figure[data-page="1"] img');
    await expect.poll(() => firstImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 30_000 }).toBeGreaterThan(500);
    expect(await page.locator('#images img').count()).toBe(doc.source.pageCount);

    // Clicking a field highlights the words it was read from.
    const president = doc.meeting.president!;
    await field(page, 'meeting.president.surname').locator('input').click();
    expect(await page.locator('#text mark').allTextContents()).toEqual([doc.text.slice(president.span!.start, president.span!.end)]);

    // Correct the vote count: the difference with this run appears beside the field at once.
    const input = field(page, votePath).locator('input');
    await input.fill(String(corrected));
    await expect.poll(() => field(page, votePath).locator('.diff-gold').textContent()).toMatch(/^this run: /);
    await page.locator('#save').click();
    await expect.poll(() => page.locator('#save-status').textContent()).toMatch(/^saved to /);

    const gold = MinutesDocument.parse(JSON.parse(readFileSync(join(run.gold, PDF), 'utf8')));
    expect(gold.items[index]!.decision!.vote!.for).toBe(corrected);
    expect(gold.id).toBe(doc.id);

    // Opened again: the gold is shown, with its difference against the run; n goes to it.
    await page.reload();
    await page.locator('#fields .group').first().waitFor();
    expect(await field(page, votePath).locator('input').inputValue()).toBe(String(corrected));
    const marker = field(page, votePath).locator('.diff-gold');
    expect(await marker.textContent()).toBe(`this run: ${vote.for ?? '—'}`);
    const markers = await page.locator('#fields .diff').count();
    for (let i = 0; i < markers; i++) {
      await page.keyboard.press('n');
      if (await marker.evaluate((m) => m.classList.contains('current'))) break;
    }
    expect(await marker.evaluate((m) => m.classList.contains('current'))).toBe(true);
    await expect.poll(() => firstImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 30_000 }).toBeGreaterThan(500);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'review-document.png') });

    // The list counts it too.
    await page.goto(url('/'));
    await expect.poll(() => page.locator(`#rows tr[data-name="${PDF}"] td`).nth(7).textContent()).toBe('1');
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    await page.close();
  }, 90_000);

  it('refuses to save an invalid correction, naming the field, and leaves the files alone', async () => {
    const page = await newPage();
    await page.goto(url(`/document?name=${AUBIN}`));
    await page.locator('#fields .group').first().waitFor();
    // A text input: no images, its pages' text instead.
    expect(await page.locator('body').getAttribute('class')).toContain('no-images');
    expect(await page.locator('#text pre').first().textContent()).toBe(run.docs.get(AUBIN)!.text.split('\f')[0]);

    await field(page, 'meeting.date').locator('input').fill('le 12 septembre');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('#problems').isVisible()).toBe(true);
    expect(await page.locator('#problems li').allTextContents()).toEqual([expect.stringMatching(/^meeting\.date: .*YYYY-MM-DD/)]);
    expect(await page.locator('#save-status').textContent()).toBe('not saved');
    expect(existsSync(join(run.gold, AUBIN))).toBe(false);

    // Removing a person and saving works, and the person is gone from the gold.
    await field(page, 'meeting.date').locator('input').fill(run.docs.get(AUBIN)!.meeting.date ?? '');
    const present = run.docs.get(AUBIN)!.attendance.present;
    await field(page, 'attendance.present[0]').locator('button.remove').click();
    await page.locator('#save').click();
    await expect.poll(() => page.locator('#save-status').textContent()).toMatch(/^saved to /);
    const gold = MinutesDocument.parse(JSON.parse(readFileSync(join(run.gold, AUBIN), 'utf8')));
    expect(gold.attendance.present.map((p) => p.raw)).toEqual(present.slice(1).map((p) => p.raw));
    await page.close();
  }, 60_000);

  it('shows markup from a document as text and never runs it', async () => {
    const page = await newPage();
    await page.goto(url('/'));
    const row = page.locator('#rows tr', { hasText: 'x<img' });
    await row.waitFor();
    expect(await row.locator('td').nth(3).textContent()).toBe(XSS);
    expect(await row.locator('a').textContent()).toBe(XSS_NAME);

    await row.locator('a').click();
    await page.waitForURL(/\/document\?name=/);
    await page.locator('#fields .group').first().waitFor();
    expect(await page.locator('#title').textContent()).toBe(XSS_NAME);
    expect(await field(page, 'meeting.body').locator('input').inputValue()).toBe(XSS);
    expect(await field(page, 'attendance.present[0].raw').locator('input').inputValue()).toBe(XSS);
    expect(await page.locator('#fields [data-path="warnings"] li').last().textContent()).toBe(XSS);
    // Clicking the name highlights the markup, as text.
    await field(page, 'attendance.present[0].surname').locator('input').click();
    expect(await page.locator('#text mark').allTextContents()).toEqual([XSS]);
    expect(await page.locator('#text').textContent()).toContain(XSS);

    await page.waitForTimeout(300); // time for an injected handler to fire, if there were one
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    await page.close();
  }, 60_000);
});
