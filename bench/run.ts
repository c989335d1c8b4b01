// npm run bench: Inkwell's reader pages, a comment POST and the production recipe, against
// baselines measured in the same run (bench/README.md says what each row and column means).
// `npm run bench -- --scale` (npm run bench:scale): the reader pages at 1,000 and 100,000 posts.
//
// One run: a database in a temporary folder, filled by the scale seed (npm run seed:scale), one
// `next build` into .next-bench, the production server as `npm start` runs it (scripts/serve.ts),
// loaded over loopback with wrk (bench/lib/wrk.ts), baselines interleaved with the scenarios.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { startNginx, type RunningNginx } from '../e2e/support/nginx';
import { freePort, nextBin, root, serverEnv, startServer, type RunningServer } from '../e2e/support/server';
import { ACKNOWLEDGED, actionFields, actionHeaders, actionId, callAction, commentFields, signInCookie } from './lib/actions';
import { minimalPageText, startMinimalNext, startNginxStatic, startNodeHttp, type Baseline } from './lib/baselines';
import { nextVersion, shortCommit, treeRssMb } from './lib/machine';
import {
  checkTargets,
  targetSection,
  toMarkdown,
  withRatios,
  writeResult,
  type BenchResult,
  type Machine,
  type Row,
  type Section,
} from './lib/results';
import { commentStorm, readersAtRate, type RateResult } from './lib/storm';
import { wrk, wrkVersion, type WrkLoad } from './lib/wrk';
import { measurePageWeight } from './page-weight';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const POSTS = Number(process.env.BENCH_POSTS ?? 1000);
const COMMENTS_PER_POST = Number(process.env.BENCH_COMMENTS_PER_POST ?? 10);
const SCALE_POSTS = (process.env.BENCH_SCALE_POSTS ?? '1000,100000').split(',').map(Number);
/** A build still running after this long is stopped and reported (one that prerenders every page grows with the blog). */
const BUILD_LIMIT_S = Number(process.env.BENCH_BUILD_LIMIT ?? 900);
const DIST_DIR = '.next-bench';
const RESULTS_DIR = path.join(root, 'bench', 'results');

/** The issue's write target: 200 comments/s for 30 s from 50 clients, p99 under 100 ms. */
const STORM = { ratePerSecond: 200, connections: 50, durationSeconds: 30, p99TargetMs: 100 };
/** Readers during the storm (and on the quiet server before it): a fixed, modest rate. */
const READERS = { ratePerSecond: 50, connections: 10 };
const ADMIN = { email: 'bench-admin@example.com', password: 'a long benchmark passphrase of quotes', name: 'Bench Admin' };

const distDir = path.join(root, DIST_DIR);
/** The comment form's server action, as the build names it. */
const postCommentId = () => actionId(distDir, 'app/(site)/posts/[slug]/actions.ts', 'postComment');

const seconds = (from: number) => Math.round((performance.now() - from) / 100) / 10;
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function run(command: string, args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}`);
  return result.stdout;
}

class BuildTooSlow extends Error {
  constructor(
    readonly seedSeconds: number,
    readonly pagesWritten: number,
  ) {
    super(`next build did not finish within ${BUILD_LIMIT_S} s (${pagesWritten} HTML pages prerendered by then)`);
  }
}

const prerenderedPages = () => {
  const dir = path.join(distDir, 'server', 'app');
  if (!fs.existsSync(dir)) return 0;
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length;
};

/** `next build` in a process group of its own, stopped with its workers after BUILD_LIMIT_S; false if it was. */
function buildWithin(env: NodeJS.ProcessEnv): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(nextBin, ['build'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid!, 'SIGKILL');
    }, BUILD_LIMIT_S * 1000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (timedOut) resolve(false);
      else if (code === 0) resolve(true);
      else reject(new Error(`next build failed with ${code}`));
    });
  });
}

/** What the scenarios need to find in the database: the seed's summary. */
interface Targets {
  postWithComments: string;
  label: string;
  searchTerm: string;
  year: number;
  month: number;
}

interface Site {
  dataDir: string;
  databaseFile: string;
  env: NodeJS.ProcessEnv;
  targets: Targets;
  seededWith: string;
  seedSeconds: number;
  buildSeconds: number | null;
  server: RunningServer;
}

const seedScript = path.join(root, 'scripts', 'seed-scale.ts');

/**
 * A database in a temporary folder, filled, a build on it (pages are prerendered from it) and
 * the production server. The seed is `npm run seed:scale`; a checkout without it gets the
 * welcome content and one post with 50 comments (said in the results).
 */
async function startSite(posts: number, options: { build: boolean; admin: boolean }): Promise<Site> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-bench-'));
  const databaseFile = path.join(dataDir, 'blog.db');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...serverEnv(dataDir, port, DIST_DIR),
    // The documented switch for load tests (README, Configuration): no sign-in or comment limits.
    RATE_LIMIT: 'off',
    // nginx (deploy/nginx/try.sh) on loopback is the trusted proxy, as in production.
    TRUSTED_PROXIES: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  // The comment form's minimum time stays at its default: the harness's form token is fetched
  // long before its first comment, as a reader's is.
  delete env.COMMENT_MIN_SECONDS;

  const seedStarted = performance.now();
  let targets: Targets;
  let seededWith: string;
  if (fs.existsSync(seedScript)) {
    const comments = Math.max(50, posts * COMMENTS_PER_POST);
    console.log(`Seeding ${posts} posts and ${comments} comments…`);
    const out = run(
      tsx,
      ['--conditions=react-server', seedScript, '--posts', String(posts), '--comments', String(comments), '--db', databaseFile],
      env,
    );
    targets = JSON.parse(out.trim().split('\n').at(-1)!) as Targets;
    seededWith = `npm run seed:scale -- --posts ${posts} --comments ${comments}`;
  } else {
    const out = run(tsx, ['--conditions=react-server', 'bench/welcome-with-comments.ts'], env);
    targets = JSON.parse(out.trim().split('\n').at(-1)!) as Targets;
    seededWith = 'welcome content + 50 comments (scripts/seed-scale.ts not in this checkout)';
  }
  const seedSeconds = seconds(seedStarted);
  if (options.admin) {
    run(
      tsx,
      [
        '--conditions=react-server',
        'scripts/user-create.ts',
        '--email',
        ADMIN.email,
        '--password',
        ADMIN.password,
        '--name',
        ADMIN.name,
        '--role',
        'admin',
      ],
      env,
    );
  }

  let buildSeconds: number | null = null;
  if (options.build || !fs.existsSync(path.join(root, DIST_DIR, 'BUILD_ID'))) {
    console.log(`next build (into .next-bench, at most ${BUILD_LIMIT_S} s)…`);
    const started = performance.now();
    const finished = await buildWithin(env);
    buildSeconds = seconds(started);
    if (!finished) {
      const pages = prerenderedPages();
      fs.rmSync(dataDir, { recursive: true, force: true });
      throw new BuildTooSlow(seedSeconds, pages);
    }
  }
  const server = await startServer(dataDir, port, env);
  return { dataDir, databaseFile, env, targets, seededWith, seedSeconds, buildSeconds, server };
}

async function stopSite(site: Site) {
  const exited = new Promise<void>((resolve) => site.server.process.once('exit', () => resolve()));
  if (site.server.process.exitCode === null) site.server.process.kill('SIGTERM');
  await exited;
  fs.rmSync(site.dataDir, { recursive: true, force: true });
}

function readerPaths(t: Targets) {
  const month = String(t.month).padStart(2, '0');
  return [
    { scenario: 'home', path: '/' },
    { scenario: 'post (50 comments)', path: `/posts/${t.postWithComments}` },
    { scenario: `label (${t.label})`, path: `/labels/${t.label}` },
    { scenario: `archive (${t.year}-${month})`, path: `/archive/${t.year}/${month}` },
    { scenario: `search (${t.searchTerm})`, path: `/search?q=${encodeURIComponent(t.searchTerm)}` },
    { scenario: '/feed.xml', path: '/feed.xml' },
  ];
}

type Spec = Omit<Row, keyof import('./lib/results').Measurement | 'ratio'> & {
  load: Omit<WrkLoad, 'connections' | 'durationSeconds'>;
};

/** One row: a warm-up (discarded), then the measured load. */
async function measure(spec: Spec): Promise<Row> {
  const { load, ...row } = spec;
  const check = load.post ? null : await fetch(load.url, { headers: load.headers });
  if (check && !check.ok) throw new Error(`${spec.scenario}: ${load.url} answered ${check.status}`);
  await check?.arrayBuffer();
  const warmRun = load.post ? { ...load.post, runId: `${load.post.runId}w` } : undefined;
  if (WARMUP_S > 0) await wrk({ ...load, post: warmRun, connections: CONNECTIONS, durationSeconds: WARMUP_S });
  const measured = await wrk({ ...load, connections: CONNECTIONS, durationSeconds: DURATION_S });
  const { acknowledged, ...figures } = measured;
  const note = acknowledged !== undefined ? `${acknowledged} of ${measured.requests} acknowledged` : row.note;
  const result: Row = { ...row, ...figures, ...(note && { note }) };
  console.log(
    `${result.scenario}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.latencyP50Ms} ms, p99 ${result.latencyP99Ms} ms, ` +
      `${result.errors} errors, ${Math.round(result.bytesPerRequest)} bytes/req${note ? ` (${note})` : ''}`,
  );
  return result;
}

/**
 * What a browser's comment form fetches when its reader starts writing: the form token, and the
 * commenter key cookie it carries from then on (without it, every comment would be a first one).
 */
async function formToken(origin: string): Promise<{ token: string; cookie: string | undefined }> {
  const response = await fetch(`${origin}/api/comments/token`);
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
  return { token: ((await response.json()) as { token: string }).token, cookie };
}

async function countComments(databaseFile: string, bodyPrefix: string): Promise<number> {
  const client = createClient({ url: `file:${databaseFile}` });
  try {
    const result = await client.execute({
      sql: 'SELECT count(*) AS n FROM comments WHERE body_source LIKE ?',
      args: [`${bodyPrefix}%`],
    });
    return Number(result.rows[0].n);
  } finally {
    client.close();
  }
}

async function commentIdByBody(databaseFile: string, body: string): Promise<{ id: number; status: string } | null> {
  const client = createClient({ url: `file:${databaseFile}` });
  try {
    const result = await client.execute({ sql: 'SELECT id, status FROM comments WHERE body_source = ?', args: [body] });
    const row = result.rows[0];
    return row ? { id: Number(row.id), status: String(row.status) } : null;
  } finally {
    client.close();
  }
}

/**
 * A reader posts a comment through nginx, the admin approves it through the moderation action,
 * and a reader polls the post page through nginx until it shows: the seconds from the approval's
 * answer to the first page that has it.
 */
async function approvedCommentVisible(site: Site, nginx: RunningNginx, token: string, runId: string): Promise<Section> {
  const slug = site.targets.postWithComments;
  const page = `${nginx.url}/posts/${slug}`;
  const body = `${runId} approval check: is this visible within two seconds?`;
  const rows: (string | number)[][] = [];
  // The page is in nginx's cache and Next's before anything changes.
  for (let i = 0; i < 3; i++) await (await fetch(page)).text();
  const posted = await callAction(page, postCommentId(), commentFields(slug, token, body));
  if (!posted.body.includes(ACKNOWLEDGED))
    throw new Error(`the approval check's comment was not acknowledged: ${posted.body.slice(0, 300)}`);
  const stored = await commentIdByBody(site.databaseFile, body);
  if (!stored) throw new Error('the approval check comment is not in the database');
  rows.push(['comment posted through nginx, stored as', stored.status, '']);
  let approvedAt = performance.now();
  if (stored.status !== 'approved') {
    const cookie = await signInCookie(nginx.url, distDir, ADMIN.email, ADMIN.password);
    const id = actionId(distDir, 'app/admin/comments/actions.ts', 'moderateComments');
    const approved = await callAction(`${nginx.url}/admin/comments`, id, { ids: String(stored.id), action: 'approve' }, cookie);
    approvedAt = performance.now();
    if (!approved.body.includes(ACKNOWLEDGED))
      throw new Error(`approving failed (${approved.status}): ${approved.body.slice(0, 300)}`);
  }
  let visibleAfter: number | null = null;
  while (performance.now() - approvedAt < 10_000) {
    const html = await (await fetch(page)).text();
    if (html.includes(body)) {
      visibleAfter = (performance.now() - approvedAt) / 1000;
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  rows.push([
    'approved comment visible to readers through nginx',
    visibleAfter === null ? 'not within 10 s' : `${visibleAfter.toFixed(2)} s`,
    '≤ 2 s',
  ]);
  return { title: 'Production recipe: an approved comment reaching readers', columns: ['measure', 'figure', 'target'], rows };
}

/** The write target, and readers' p99 during it against the same reader load before it. */
async function writeStorm(site: Site, token: string, cookie: string | undefined, runId: string): Promise<Section> {
  const origin = site.server.url;
  const slug = site.targets.postWithComments;
  const paths = ['/', `/posts/${slug}`];
  const readers = { origin, ...READERS, paths };
  console.log(`Readers alone: ${READERS.ratePerSecond} req/s for 10 s…`);
  const quiet = await readersAtRate({ ...readers, durationSeconds: 10 });
  console.log(
    `Comment storm: ${STORM.ratePerSecond}/s for ${STORM.durationSeconds} s from ${STORM.connections} clients, readers alongside…`,
  );
  const id = postCommentId();
  const [storm, during] = await Promise.all([
    commentStorm({
      origin,
      ...STORM,
      actionId: id,
      postSlug: slug,
      runId,
      cookie,
      fields: (body) => commentFields(slug, token, body),
    }),
    readersAtRate({ ...readers, durationSeconds: STORM.durationSeconds }),
  ]);
  const stored = await countComments(site.databaseFile, `${runId} storm comment `);
  // With no answer at all, autocannon's percentiles are 0: say so rather than print a fast p99.
  const p99 = (r: RateResult) => (r.requests > 0 ? `${r.latencyP99Ms}` : 'no answers');
  const ratio = quiet.requests > 0 && during.requests > 0 ? `${(during.latencyP99Ms / quiet.latencyP99Ms).toFixed(2)}×` : '—';
  return {
    title: `Writes: ${STORM.ratePerSecond} comments/s for ${STORM.durationSeconds} s from ${STORM.connections} clients`,
    columns: ['measure', 'figure', 'target'],
    rows: [
      ['comments answered per second', Math.round(storm.requestsPerSecond), `${STORM.ratePerSecond}`],
      [
        'comment p50 / p99 ms',
        storm.requests > 0 ? `${storm.latencyP50Ms} / ${storm.latencyP99Ms}` : 'no answers',
        `p99 < ${STORM.p99TargetMs}`,
      ],
      ['errors (non-2xx, socket errors, timeouts)', storm.errors, '0'],
      [
        'acknowledged / stored in the database',
        `${storm.acknowledged} / ${stored} (${stored >= storm.acknowledged ? 'every acknowledged one is stored' : `${storm.acknowledged - stored} missing`})`,
        'every acknowledged one stored',
      ],
      [
        `reader p99 ms, ${READERS.ratePerSecond} req/s alone → during the storm`,
        `${p99(quiet)} → ${p99(during)} (${ratio})`,
        '≤ 2×',
      ],
      [
        'reader answers / errors alone; during',
        `${quiet.requests} / ${quiet.errors}; ${during.requests} / ${during.errors}`,
        '0 errors',
      ],
    ],
    notes: [
      `Sent ${storm.sent} comments (${storm.requests} answered); stored counts every comment with the run's marker, answered or not. Readers: home and the post page, alternating, ${READERS.connections} connections.`,
    ],
  };
}

async function pageWeightSection(origin: string, t: Targets, nginx: RunningNginx | null): Promise<Section> {
  const pages = [
    ['home', `${origin}/`],
    ['post (50 comments)', `${origin}/posts/${t.postWithComments}`],
    [`label (${t.label})`, `${origin}/labels/${t.label}`],
    [`search (${t.searchTerm})`, `${origin}/search?q=${encodeURIComponent(t.searchTerm)}`],
    ...(nginx ? [['post, through nginx', `${nginx.url}/posts/${t.postWithComments}`]] : []),
  ];
  const kb = (n: number) => (n / 1024).toFixed(1);
  const rows: (string | number)[][] = [];
  for (const [name, url] of pages) {
    const w = await measurePageWeight(url);
    const sent = (kind: string) => w.assets.filter((a) => a.kind === kind).reduce((n, a) => n + a.transferredBytes, 0);
    rows.push([
      name,
      kb(w.htmlBytes),
      kb(sent('html')),
      kb(w.jsBytes),
      kb(w.jsGzipBytes),
      kb(sent('js')),
      kb(w.cssGzipBytes),
      kb(w.transferredBytes),
    ]);
  }
  return {
    title: 'Page weight (first visit, KiB)',
    columns: ['page', 'HTML', 'HTML sent', 'JS', 'JS gzip', 'JS sent', 'CSS gzip', 'total sent'],
    rows,
    notes: [
      '"sent": the bytes on the wire to a browser saying Accept-Encoding: gzip, br. Targets: a post under 150 KB sent in total, JS gzip under 100 KB on reader pages.',
    ],
  };
}

function machine(loadAverageBefore: number[], generator: string): Machine {
  return {
    cores: os.cpus().length,
    loadAverageBefore,
    node: process.version,
    next: nextVersion(),
    loadGenerator: `${generator} (2 threads); autocannon for the fixed-rate write storm`,
    connections: CONNECTIONS,
    durationSeconds: DURATION_S,
    warmupSeconds: WARMUP_S,
  };
}

function finish(result: BenchResult) {
  const files = writeResult(RESULTS_DIR, result);
  console.log(`\n${toMarkdown(result)}`);
  console.log(`Written: ${path.relative(root, files.json)} and ${path.relative(root, files.markdown)}`);
  console.log(`Total time: ${Math.round(result.totalSeconds)} s`);
}

async function benchmark(generator: string) {
  const started = performance.now();
  const startedAt = new Date();
  const loadAverageBefore = os.loadavg();
  const runId = `bench-${startedAt.getTime()}`;
  const stops: (() => Promise<void>)[] = [];
  const sections: Section[] = [];
  const specs: Spec[] = [];
  let rows: Row[] = [];
  let site: Site | null = null;
  try {
    site = await startSite(POSTS, { build: !process.env.BENCH_SKIP_BUILD, admin: true });
    const s = site;
    stops.push(() => stopSite(s));
    const origin = site.server.url;
    const { token, cookie } = await formToken(origin);
    const postPath = `/posts/${site.targets.postWithComments}`;
    const postHtml = Buffer.from(await (await fetch(`${origin}${postPath}`)).arrayBuffer());

    const nodeHttp = await startNodeHttp(postHtml);
    stops.push(() => nodeHttp.stop());
    console.log('Building the minimal Next.js app (baseline b)…');
    const minimal = await startMinimalNext(minimalPageText(postHtml.toString(), postHtml.byteLength));
    stops.push(() => minimal.stop());
    const nginxStatic: Baseline | null = await startNginxStatic(postHtml);
    if (nginxStatic) stops.push(() => nginxStatic.stop());
    const nginx = nginxStatic ? await startNginx(origin) : null;
    if (nginx) stops.push(() => nginx.stop());

    const b: Spec = { scenario: 'baseline (b): minimal Next.js, same HTML size', baseline: 'b', load: { url: minimal.url } };
    const readers = readerPaths(site.targets).map((r): Spec => ({
      scenario: r.scenario,
      against: 'b',
      load: { url: `${origin}${r.path}` },
    }));
    const commentPost: Spec = {
      scenario: 'comment POST (server action)',
      against: 'b',
      checked: false,
      load: {
        url: `${origin}${postPath}`,
        headers: actionHeaders(postCommentId(), origin, cookie),
        post: { fields: actionFields(commentFields(site.targets.postWithComments, token, `${runId} load comment {n}`)), runId },
        acknowledgedWhen: ACKNOWLEDGED,
      },
    };
    // Baseline (b) between every few scenarios: each row is compared with the runs around it.
    specs.push(
      b,
      { scenario: 'baseline (a): node:http, the post HTML from memory', baseline: 'a', load: { url: nodeHttp.url } },
      ...readers.slice(0, 3),
      b,
      ...readers.slice(3),
      b,
      commentPost,
    );
    if (nginxStatic && nginx) {
      specs.push(
        { scenario: 'baseline (c): nginx, the post HTML as a file', baseline: 'c', load: { url: nginxStatic.url } },
        { scenario: 'post (50 comments) through deploy/nginx', against: 'c', load: { url: `${nginx.url}${postPath}` } },
        { scenario: 'baseline (c): nginx, the post HTML as a file', baseline: 'c', load: { url: nginxStatic.url } },
      );
    }
    specs.push(b);
    for (const spec of specs) rows.push(await measure(spec));
    rows = withRatios(rows);
    if (!nginxStatic)
      sections.push({
        title: 'Baseline (c)',
        columns: ['note'],
        rows: [['nginx is not installed: baseline (c) and the production recipe were skipped']],
      });

    sections.push(targetSection(checkTargets(rows)));
    if (nginx) sections.push(await approvedCommentVisible(site, nginx, token, runId));
    sections.push(await writeStorm(site, token, cookie, runId));
    sections.push(await pageWeightSection(origin, site.targets, nginx));
    sections.push({
      title: 'The run',
      columns: ['what', 'figure'],
      rows: [
        ['database', site.seededWith],
        ['seeding', `${site.seedSeconds} s`],
        ['Inkwell `next build`', site.buildSeconds === null ? 'reused (BENCH_SKIP_BUILD)' : `${site.buildSeconds} s`],
        ['minimal app `next build` (b)', `${minimal.buildSeconds} s`],
        [
          'post HTML (a, c) / minimal page HTML (b)',
          `${postHtml.byteLength} / ${(await (await fetch(minimal.url)).arrayBuffer()).byteLength} bytes`,
        ],
        ['server RSS after the run (with children)', `${treeRssMb(site.server.process.pid!) ?? '—'} MB`],
      ],
    });
  } finally {
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => console.error(error));
  }
  finish({
    startedAt: startedAt.toISOString(),
    commit: shortCommit(),
    machine: { ...machine(loadAverageBefore, generator), loadAverageAfter: os.loadavg() },
    rows,
    sections,
    totalSeconds: seconds(started),
  });
}

/** The reader pages at each size in SCALE_POSTS: one database and one build each. */
async function scale(generator: string) {
  if (!fs.existsSync(seedScript)) {
    console.error(
      'bench --scale needs the scale seed (scripts/seed-scale.ts, npm run seed:scale), which this checkout does not have.',
    );
    process.exit(1);
  }
  const started = performance.now();
  const startedAt = new Date();
  const loadAverageBefore = os.loadavg();
  const perSize: { posts: number; rows: Row[]; buildSeconds: number | null; seedSeconds: number; rssMb: (number | null)[] }[] =
    [];
  const tooSlow: (string | number)[][] = [];
  for (const posts of SCALE_POSTS) {
    let site: Site;
    try {
      site = await startSite(posts, { build: true, admin: false });
    } catch (error) {
      if (!(error instanceof BuildTooSlow)) throw error;
      console.error(`${posts} posts: ${error.message}`);
      tooSlow.push([posts, error.seedSeconds, `> ${BUILD_LIMIT_S} (stopped; ${error.pagesWritten} pages prerendered)`]);
      continue;
    }
    const rows: Row[] = [];
    const rssMb: (number | null)[] = [];
    try {
      for (const r of readerPaths(site.targets)) {
        rows.push(await measure({ scenario: r.scenario.replace(/ \(.*\)$/, ''), load: { url: `${site.server.url}${r.path}` } }));
        rssMb.push(treeRssMb(site.server.process.pid!));
      }
    } finally {
      await stopSite(site);
    }
    perSize.push({ posts, rows, buildSeconds: site.buildSeconds, seedSeconds: site.seedSeconds, rssMb });
  }
  if (perSize.length === 0) throw new Error('no size of the scale run got a build');
  const [small, large] = [perSize[0], perSize.at(-1)!];
  const table: Section = {
    title: `Growth: ${perSize.map((s) => s.posts.toLocaleString('en')).join(' → ')} posts`,
    columns: [
      'page',
      ...perSize.flatMap((s) => [`p50 ms @${s.posts}`, `p99 ms @${s.posts}`, `req/s @${s.posts}`, `RSS MB @${s.posts}`]),
      'p50 ratio (target ≤ 1.3)',
    ],
    rows: small.rows.map((row, i) => [
      row.scenario,
      ...perSize.flatMap((s) => [
        s.rows[i].latencyP50Ms,
        s.rows[i].latencyP99Ms,
        Math.round(s.rows[i].requestsPerSecond),
        s.rssMb[i] ?? '—',
      ]),
      perSize.length > 1 && row.latencyP50Ms > 0 ? `${(large.rows[i].latencyP50Ms / row.latencyP50Ms).toFixed(2)}×` : '—',
    ]),
    notes: [
      "RSS: VmRSS of the server process and its children after each page's run (target under 300 MB at 100,000 posts). Search p99 target at 100,000 posts: under 50 ms.",
    ],
  };
  const builds: Section = {
    title: 'Seeding and `next build` per size',
    columns: ['posts', 'seed s', 'build s'],
    rows: [...perSize.map((s) => [s.posts, s.seedSeconds, s.buildSeconds ?? '—']), ...tooSlow],
    notes: [
      `A build still running after ${BUILD_LIMIT_S} s (BENCH_BUILD_LIMIT) is stopped: its size has no row in the growth table.`,
    ],
  };
  finish({
    startedAt: startedAt.toISOString(),
    commit: `${shortCommit()}-scale`,
    machine: { ...machine(loadAverageBefore, generator), loadAverageAfter: os.loadavg() },
    rows: [],
    sections: [table, builds],
    totalSeconds: seconds(started),
  });
}

async function main() {
  const generator = wrkVersion();
  if (!generator) {
    console.error(
      'bench: wrk is not installed, and the harness measures with it (bench/README.md says why). Debian: apt-get install wrk.',
    );
    process.exit(1);
  }
  if (process.argv.includes('--scale')) await scale(generator);
  else await benchmark(generator);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
