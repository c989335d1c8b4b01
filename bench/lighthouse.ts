// npm run bench:lighthouse: Lighthouse (mobile, its default: a mid-range phone on slow 4G, simulated)
// on the reader pages of a production build, the four category scores per page and every audit
// that keeps a score below 100, with its details. Builds into .next-lighthouse on a fresh seeded
// database and starts the production server (`scripts/serve.ts`, as `npm start` does), as
// bench/run.ts does. LIGHTHOUSE_URL measures a server that is already running instead.
//
// Lighthouse's throttling is simulated from a trace taken at full speed: a loaded CPU (another
// build, a test run) lowers the performance score. The load average is printed with the table.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import type { Result as LighthouseResult } from 'lighthouse';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/chromium';
import { freePort, nextBin, root, serverEnv, startServer } from '../e2e/support/server';

const DIST_DIR = '.next-lighthouse';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const pages = [
  { name: 'home', path: '/' },
  { name: 'post with comments', path: '/posts/comments-that-add-something' },
  { name: 'label', path: '/labels/quotes' },
  { name: 'search', path: '/search?q=quote' },
];

interface FailingAudit {
  id: string;
  category: string;
  title: string;
  score: number | null;
  displayValue?: string;
  /** The first items of the audit's table: which element, resource or message. */
  items: string[];
}

interface PageResult {
  name: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: Record<string, string>;
  /** What the largest contentful paint was: the element, as Lighthouse names it. */
  lcpElement: string;
  failing: FailingAudit[];
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** The same browser the end-to-end tests use (e2e/support/chromium.ts decides). */
function chromePath(): string {
  return chromiumExecutable() ?? chromium.executablePath();
}

// An item of an audit's details table, in one line: the element's selector and snippet, a URL, or text.
function describeItem(item: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const value of Object.values(item)) {
    if (value && typeof value === 'object') {
      const v = value as Record<string, unknown>;
      if (v.type === 'node') parts.push(`${v.selector ?? ''} ${String(v.snippet ?? '').slice(0, 120)}`.trim());
      else if (v.type === 'source-location') parts.push(`${v.url}:${v.line}`);
      else if (v.type === 'url' || v.type === 'link') parts.push(String(v.value ?? v.url ?? v.text));
    } else if (typeof value === 'string' && value.length < 200) parts.push(value);
    else if (typeof value === 'number') parts.push(String(Math.round(value)));
  }
  return parts.join(' · ');
}

// The LCP breakdown insight lists a table of the LCP's phases (time to first byte, render delay…)
// and the LCP's element.
function lcpElement(lhr: LighthouseResult): string {
  const details = lhr.audits['lcp-breakdown-insight']?.details as
    { items?: ({ type: string; items?: Record<string, unknown>[] } & Record<string, unknown>)[] } | undefined;
  const parts = details?.items ?? [];
  const node = parts.find((p) => p.type === 'node');
  const phases = parts.find((p) => p.type === 'table')?.items ?? [];
  const phaseText = phases.map((ph) => `${ph.label ?? ph.subpart}: ${Math.round(Number(ph.duration))} ms`).join(', ');
  return [node ? describeItem({ node }) : '', phaseText].filter(Boolean).join(' · ');
}

function audit(url: string, port: number): Omit<PageResult, 'name' | 'path'> {
  const child = spawnSync(
    process.execPath,
    [path.join(root, 'bench', 'lighthouse-audit.mjs'), url, String(port), CATEGORIES.join(',')],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (child.status !== 0) throw new Error(`Lighthouse on ${url} exited with ${child.status}`);
  const lhr = JSON.parse(child.stdout) as LighthouseResult;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]),
  ) as PageResult['scores'];
  const failing: FailingAudit[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category].auditRefs) {
      const a = lhr.audits[ref.id];
      // Only what keeps a score below 100: weight-0 audits are diagnostics, except performance's
      // opportunities (render-blocking CSS, image sizes…), which say what to change.
      if (a.score === null || a.score === 1) continue;
      if (['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode)) continue;
      if (ref.weight === 0 && category !== 'performance') continue;
      const details = a.details as { items?: Record<string, unknown>[] } | undefined;
      failing.push({
        id: a.id,
        category,
        title: a.title,
        score: a.score,
        displayValue: a.displayValue,
        items: (details?.items ?? []).slice(0, 5).map(describeItem),
      });
    }
  }
  const metric = (id: string) => lhr.audits[id]?.displayValue ?? '';
  const metrics = {
    FCP: metric('first-contentful-paint'),
    LCP: metric('largest-contentful-paint'),
    TBT: metric('total-blocking-time'),
    CLS: metric('cumulative-layout-shift'),
    SI: metric('speed-index'),
  };
  return { scores, metrics, lcpElement: lcpElement(lhr), failing };
}

function lighthouseVersion(): string {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
}

function markdown(results: PageResult[], header: string): string {
  const lines = [header, '', '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |'];
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const s = r.scores;
    const m = r.metrics;
    lines.push(
      `| ${r.name} (${r.path}) | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${m.FCP} | ${m.LCP} | ${m.TBT} | ${m.CLS} |`,
    );
  }
  lines.push('', 'LCP elements:');
  for (const r of results) lines.push(`- ${r.name}: ${r.lcpElement.replace(/\|/g, '/')}`);
  for (const r of results) {
    if (r.failing.length === 0) continue;
    lines.push('', `### ${r.name}: audits below full marks`, '');
    for (const f of r.failing) {
      const score = f.score === null ? '' : ` (score ${f.score})`;
      lines.push(`- ${f.category} · \`${f.id}\` ${f.title}${score}${f.displayValue ? `: ${f.displayValue}` : ''}`);
      for (const item of f.items) lines.push(`  - ${item}`);
    }
  }
  return lines.join('\n');
}

async function main() {
  let baseUrl = process.env.LIGHTHOUSE_URL;
  let stop = () => {};
  if (!baseUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-lighthouse-'));
    const port = await freePort();
    const env = { ...serverEnv(dataDir, port, DIST_DIR), RATE_LIMIT: 'off' };
    run(path.join(root, 'node_modules', '.bin', 'tsx'), ['--conditions=react-server', 'scripts/prepare-db.ts'], env);
    if (!process.env.LIGHTHOUSE_SKIP_BUILD) run(nextBin, ['build'], env);
    const server = await startServer(dataDir, port, env);
    baseUrl = server.url;
    stop = () => {
      server.process.kill('SIGTERM');
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
  }

  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const results: PageResult[] = [];
  const loadBefore = os.loadavg();
  try {
    // One unmeasured visit each, so Next's cache is warm and the figures are about the page, not the first render.
    for (const { path: pagePath } of pages) await fetch(`${baseUrl}${pagePath}`);
    for (const { name, path: pagePath } of pages) {
      const result = { name, path: pagePath, ...audit(`${baseUrl}${pagePath}`, chrome.port) };
      results.push(result);
      console.log(name, result.scores);
    }
  } finally {
    await chrome.kill();
    stop();
  }

  const load = [loadBefore, os.loadavg()].map((l) => l.map((n) => n.toFixed(2)).join(' ')).join(' → ');
  const header = [
    `# Lighthouse ${lighthouseVersion()}, mobile preset (simulated throttling)`,
    '',
    `${new Date().toISOString()} · ${os.cpus().length} cores · load average ${load} (1, 5, 15 min; before → after) · Node ${process.version}`,
  ].join('\n');
  const report = markdown(results, header);
  console.log(`\n${report}`);

  const resultsDir = path.join(root, 'bench', 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  fs.writeFileSync(path.join(resultsDir, `lighthouse-${stamp}.md`), `${report}\n`);
  fs.writeFileSync(
    path.join(resultsDir, `lighthouse-${stamp}.json`),
    `${JSON.stringify({ date: new Date().toISOString(), loadAverage: { before: loadBefore, after: os.loadavg() }, results }, null, 2)}\n`,
  );
  console.log(`\nWritten to bench/results/lighthouse-${stamp}.md and .json`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
