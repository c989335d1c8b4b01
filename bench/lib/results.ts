// The harness's table: rows of measurements, their ratios to a baseline measured in the same run,
// and the files they are kept in (bench/results/<date>-<sha>.json and .md). No timing here: pure
// functions of the figures, so they are unit-tested (bench/lib/results.test.ts).
import fs from 'node:fs';
import path from 'node:path';

/** One load of one URL: what the load generator reported. */
export interface Measurement {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Non-2xx answers plus socket errors (connect, read, write, timeout). */
  errors: number;
  /** Response bytes per request as measured (headers and body, as the generator read them). */
  bytesPerRequest: number;
  requests: number;
}

export interface Row extends Measurement {
  /** What was loaded, e.g. "post (50 comments)" or "baseline (b) minimal Next.js". */
  scenario: string;
  /** Which baseline this row is, if it is one: a, b, c (see bench/README.md). */
  baseline?: 'a' | 'b' | 'c';
  /** The baseline its ratios are against, when the targets compare it to one. */
  against?: 'b' | 'c';
  /** Filled by withRatios: this row's req/s and p99 over its baseline's (mean of the runs around it). */
  ratio?: { requestsPerSecond: number; latencyP99: number };
  /** false: shown with its ratio, but not a reader page the targets cover (the comment POST). */
  checked?: boolean;
  note?: string;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Each row's ratio to its baseline. A baseline runs several times, interleaved with the scenarios;
 * a row is compared with the mean of the nearest run of that baseline before it and the nearest
 * after it (only one when it is at an end), so a slow minute on a shared machine slows both sides.
 */
export function withRatios(rows: Row[]): Row[] {
  return rows.map((row, index) => {
    if (!row.against) return row;
    const isBase = (r: Row) => r.baseline === row.against;
    const before = rows.slice(0, index).findLast(isBase);
    const after = rows.slice(index + 1).find(isBase);
    const around = [before, after].filter((r): r is Row => r !== undefined);
    if (around.length === 0) return { ...row, note: joinNotes(row.note, `no baseline (${row.against}) in this run`) };
    const mean = (pick: (r: Row) => number) => around.reduce((sum, r) => sum + pick(r), 0) / around.length;
    const baseRps = mean((r) => r.requestsPerSecond);
    const baseP99 = mean((r) => r.latencyP99Ms);
    return {
      ...row,
      ratio: {
        requestsPerSecond: baseRps > 0 ? round(row.requestsPerSecond / baseRps) : NaN,
        latencyP99: baseP99 > 0 ? round(row.latencyP99Ms / baseP99) : NaN,
      },
    };
  });
}

function joinNotes(...notes: (string | undefined)[]) {
  return notes.filter(Boolean).join('; ') || undefined;
}

export interface Machine {
  cores: number;
  /** os.loadavg() when the run started: 1, 5 and 15 minutes. */
  loadAverageBefore: number[];
  loadAverageAfter?: number[];
  node: string;
  next: string;
  loadGenerator: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

/** Any further table: a title, its columns, its rows as cells (already formatted). */
export interface Section {
  title: string;
  columns: string[];
  /** Columns after the first are right-aligned in Markdown. */
  rows: (string | number)[][];
  notes?: string[];
}

export interface BenchResult {
  startedAt: string;
  commit: string;
  machine: Machine;
  rows: Row[];
  sections: Section[];
  totalSeconds: number;
}

const cell = (value: number | string | undefined) => (value === undefined || Number.isNaN(value) ? '—' : String(value));

/** "0.72× / 1.9×": req/s ratio, then p99 ratio; what the targets compare. */
export function formatRatio(row: Row): string {
  if (!row.ratio) return '—';
  return `${cell(row.ratio.requestsPerSecond)}× / ${cell(row.ratio.latencyP99)}×`;
}

export function markdownTable(columns: string[], rows: (string | number)[][]): string {
  const escape = (value: string | number) => String(value).replaceAll('|', '\\|');
  return [
    `| ${columns.map(escape).join(' | ')} |`,
    `| ${columns.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(escape).join(' | ')} |`),
  ].join('\n');
}

export function scenarioSection(rows: Row[]): Section {
  return {
    title: 'Scenarios and baselines (in the order they ran)',
    columns: ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'bytes/req', 'vs baseline: req/s / p99'],
    rows: rows.map((r) => [
      r.note ? `${r.scenario} (${r.note})` : r.scenario,
      Math.round(r.requestsPerSecond),
      round(r.latencyP50Ms, 1),
      round(r.latencyP99Ms, 1),
      r.errors,
      Math.round(r.bytesPerRequest),
      r.against ? `${formatRatio(r)} (${r.against})` : '',
    ]),
  };
}

export function toMarkdown(result: BenchResult): string {
  const m = result.machine;
  const lines = [
    `# Benchmark ${result.startedAt} (${result.commit})`,
    '',
    `${m.cores} cores, load average before ${m.loadAverageBefore.map((l) => l.toFixed(2)).join(' ')}` +
      (m.loadAverageAfter ? `, after ${m.loadAverageAfter.map((l) => l.toFixed(2)).join(' ')}` : '') +
      `; Node ${m.node}, Next ${m.next}; ${m.loadGenerator}, ${m.connections} connections, ` +
      `${m.durationSeconds} s per scenario after ${m.warmupSeconds} s of warm-up; whole run ${Math.round(result.totalSeconds)} s.`,
  ];
  const tables = result.rows.length > 0 ? [scenarioSection(result.rows), ...result.sections] : result.sections;
  for (const section of tables) {
    lines.push('', `## ${section.title}`, '', markdownTable(section.columns, section.rows));
    for (const note of section.notes ?? []) lines.push('', note);
  }
  return `${lines.join('\n')}\n`;
}

/** `2026-12-01T15-04-05Z-abc1234`: sorts by time, names the commit measured. */
export function resultBaseName(startedAt: Date, commit: string): string {
  return `${startedAt
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-')}-${commit}`;
}

/** Writes <dir>/<base>.json and .md; returns their paths. */
export function writeResult(dir: string, result: BenchResult): { json: string; markdown: string } {
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, resultBaseName(new Date(result.startedAt), result.commit));
  const json = `${base}.json`;
  const markdown = `${base}.md`;
  fs.writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(markdown, toMarkdown(result));
  return { json, markdown };
}

/** The "served directly" and "through the production recipe" targets, per row with a ratio. */
export const TARGETS = {
  /** Against baseline (b): at least this share of its requests/s… */
  directRequestsPerSecond: 0.9,
  /** …with a p99 at most this multiple of its p99, and no errors. */
  directLatencyP99: 1.5,
  /** Through deploy/nginx, against baseline (c). */
  proxiedRequestsPerSecond: 0.5,
} as const;

export interface TargetCheck {
  scenario: string;
  target: string;
  measured: string;
  met: boolean;
}

/** Each reader row's figures against its target; rows with `checked: false` (the comment POST) are left out. */
export function checkTargets(rows: Row[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const row of rows) {
    if (!row.ratio || row.checked === false) continue;
    const rps = row.ratio.requestsPerSecond;
    const p99 = row.ratio.latencyP99;
    if (row.against === 'b') {
      checks.push({
        scenario: row.scenario,
        target: `≥ ${TARGETS.directRequestsPerSecond}× (b) req/s, p99 ≤ ${TARGETS.directLatencyP99}× (b), 0 errors`,
        measured: `${formatRatio(row)}, ${row.errors} errors`,
        met: rps >= TARGETS.directRequestsPerSecond && p99 <= TARGETS.directLatencyP99 && row.errors === 0,
      });
    } else if (row.against === 'c') {
      checks.push({
        scenario: row.scenario,
        target: `≥ ${TARGETS.proxiedRequestsPerSecond}× (c) req/s`,
        measured: `${cell(rps)}×, ${row.errors} errors`,
        met: rps >= TARGETS.proxiedRequestsPerSecond && row.errors === 0,
      });
    }
  }
  return checks;
}

export function targetSection(checks: TargetCheck[]): Section {
  return {
    title: 'Targets',
    columns: ['scenario', 'target', 'measured', 'met'],
    rows: checks.map((c) => [c.scenario, c.target, c.measured, c.met ? 'yes' : 'no']),
  };
}
