/**
 * How long the editor takes to show the demo flow's first step, in Chromium, against the built
 * runtime with 30 days of demo history (so the counts bar has its real sample of leads).
 *
 *   pnpm build && pnpm --filter @switchyard/e2e bench   (part of `pnpm bench`)
 *
 * "cold" is a fresh browser profile (empty HTTP cache); "warm" is the same tab opened again.
 * Each is run on localhost and behind a throttled link (20 Mbit/s, 40 ms round trip), since
 * compression saves little on loopback and much on a real network. Prints a table; asserts
 * nothing. Results go in docs/benchmarks.md. To compare builds, name each one's `main.js`:
 *   EDITOR_BENCH_BUILDS="before=/tmp/before/apps/runtime/dist/main.js,after=apps/runtime/dist/main.js"
 * (one runtime each; the runs alternate between them). EDITOR_BENCH_LIST=1 prints every request
 * of each opening (start, end, bytes): the waterfall.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { runtimeEnv } from '../support/runtime-env';

const thisBuild = fileURLToPath(new URL('../../apps/runtime/dist/main.js', import.meta.url));
const runs = Number(process.env.EDITOR_BENCH_RUNS ?? 5);
const throttled = { latency: 40, downloadThroughput: 2_500_000, uploadThroughput: 2_500_000 };

type Runtime = { url: string; email: string; password: string; child: ChildProcess };

/** The built runtime with the demo and `days` of history; resolves once the history is in. */
function startRuntime(mainJs: string, dir: string, days: number): Promise<Runtime> {
  const child = spawn(process.execPath, [mainJs], {
    cwd: dir,
    // Info: the bench waits for the "demo history ready" line.
    env: runtimeEnv(dir, { demo: true, historyDays: days, logLevel: 'info' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No demo history:\n${output}`)), 600_000);
    child.once('exit', (code) => reject(new Error(`The runtime exited (${code}):\n${output}`)));
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
      const url = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output)?.[1];
      const owner = / as (\S+@\S+) with password (\S+)/.exec(output);
      if (!url || !owner?.[1] || !owner[2] || !output.includes('demo history ready')) return;
      clearTimeout(timer);
      resolve({ url, email: owner[1], password: owner[2], child });
    });
  });
}

type Opening = { ms: number; transferred: number; decoded: number; largest: string };

/** Opens the flow in a tab and measures the time to its capture step and the bytes loaded. */
async function openEditor(context: BrowserContext, url: string, slow: boolean): Promise<Opening> {
  const page = await context.newPage();
  if (slow) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...throttled });
  }
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.getByTestId('node-start').waitFor();
  const ms = Date.now() - started;
  await page.waitForLoadState('networkidle');
  const entries = await page.evaluate(() =>
    [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ].map((entry) => {
      const timing = entry as PerformanceResourceTiming;
      return {
        name: timing.name,
        transfer: timing.transferSize,
        decoded: timing.decodedBodySize,
        start: Math.round(timing.startTime),
        end: Math.round(timing.responseEnd),
      };
    }),
  );
  await page.close();
  if (process.env.EDITOR_BENCH_LIST)
    for (const entry of entries)
      console.log(entry.start, entry.end, entry.transfer, entry.name.slice(21, 90));
  const largest = [...entries].sort((a, b) => b.decoded - a.decoded)[0];
  return {
    ms,
    transferred: entries.reduce((sum, entry) => sum + entry.transfer, 0),
    decoded: entries.reduce((sum, entry) => sum + entry.decoded, 0),
    largest: largest ? `${new URL(largest.name).pathname.slice(0, 40)} ${kb(largest.decoded)}` : '',
  };
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} kB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

/** The builds to compare: `EDITOR_BENCH_BUILDS="before=/path/main.js,after=/path/main.js"`. */
function buildsToCompare(): Array<{ name: string; mainJs: string }> {
  const listed = process.env.EDITOR_BENCH_BUILDS;
  if (!listed) return [{ name: 'this build', mainJs: thisBuild }];
  return listed.split(',').map((entry) => {
    const [name = '', path = ''] = entry.split('=');
    return { name, mainJs: path };
  });
}

type Session = Awaited<ReturnType<BrowserContext['storageState']>>;

/** Signs the demo owner in; the session to open pages with and the demo flow's address. */
async function signInOwner(browser: Browser, runtime: Runtime) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${runtime.url}/flows`);
  await page.locator('#sign-in').getByLabel('E-mail').fill(runtime.email);
  await page.locator('#sign-in').getByLabel('Password').fill(runtime.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('who').waitFor();
  const list = await context.request.get(`${runtime.url}/trpc/flow.list?input=%7B%7D`);
  const flows = (await list.json()) as { result: { data: Array<{ id: string }> } };
  const flowUrl = `${runtime.url}/flows/${flows.result.data[0]?.id}`;
  const session = await context.storageState();
  await context.close();
  return { session, flowUrl };
}

async function main() {
  const builds = buildsToCompare();
  const missing = builds.find((build) => !existsSync(build.mainJs));
  if (missing) throw new Error(`Build first (pnpm build): ${missing.mainJs} is missing`);
  const browser = await launchChromium();
  const started: Array<{ dir: string; runtime: Runtime }> = [];
  try {
    const targets: Array<{ build: { name: string }; session: Session; flowUrl: string }> = [];
    for (const build of builds) {
      const dir = mkdtempSync(join(tmpdir(), 'switchyard-editor-bench-'));
      const runtime = await startRuntime(build.mainJs, dir, 30);
      started.push({ dir, runtime });
      targets.push({ build, ...(await signInOwner(browser, runtime)) });
    }
    const cases = [false, true].flatMap((slow) =>
      targets.map((target) => ({ ...target, slow, cold: [] as Opening[], warm: [] as Opening[] })),
    );
    // Builds alternate run by run, so a busy moment of the machine hits each of them alike.
    for (let run = 0; run < runs; run++)
      for (const each of cases) {
        const context = await browser.newContext({
          storageState: each.session,
          viewport: { width: 1440, height: 900 },
        });
        each.cold.push(await openEditor(context, each.flowUrl, each.slow));
        each.warm.push(await openEditor(context, each.flowUrl, each.slow));
        await context.close();
      }
    const rows = cases.flatMap((each) =>
      (['cold', 'warm'] as const).map((cache) => [
        `${each.build.name} · ${each.slow ? '20 Mbit/s, 40 ms' : 'localhost'} · ${cache}`,
        `${median(each[cache].map((o) => o.ms))} ms`,
        kb(median(each[cache].map((o) => o.transferred))),
        kb(median(each[cache].map((o) => o.decoded))),
        each[cache][0]?.largest ?? '',
      ]),
    );
    console.log(`Editor: time to the demo flow's first step (median of ${runs})`);
    const header = ['build · network · cache', 'first step', 'transferred', 'decoded', 'largest'];
    for (const row of [header, ...rows])
      console.log(row.map((cell, i) => cell.padEnd(i === 0 ? 40 : i === 4 ? 0 : 13)).join(''));
  } finally {
    await browser.close();
    for (const { dir, runtime } of started) {
      runtime.child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

await main();
