import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalPageText } from './baselines';
import {
  checkTargets,
  markdownTable,
  resultBaseName,
  toMarkdown,
  withRatios,
  writeResult,
  type BenchResult,
  type Row,
} from './results';
import { parseWrkOutput, wrkScript } from './wrk';

const figures = { latencyP50Ms: 5, errors: 0, bytesPerRequest: 1000, requests: 1000 };
const baseline = (rps: number, p99: number): Row => ({
  scenario: 'b',
  baseline: 'b',
  requestsPerSecond: rps,
  latencyP99Ms: p99,
  ...figures,
});
const scenario = (name: string, rps: number, p99: number, extra: Partial<Row> = {}): Row => ({
  scenario: name,
  against: 'b',
  requestsPerSecond: rps,
  latencyP99Ms: p99,
  ...figures,
  ...extra,
});

describe('withRatios', () => {
  it('compares a row with the mean of the baseline runs just before and just after it', () => {
    const rows = withRatios([baseline(1000, 40), scenario('home', 900, 60), baseline(2000, 80), scenario('feed', 1000, 100)]);
    expect(rows[1].ratio).toEqual({ requestsPerSecond: 0.6, latencyP99: 1 });
    // The last row has a baseline run only before it.
    expect(rows[3].ratio).toEqual({ requestsPerSecond: 0.5, latencyP99: 1.25 });
    expect(rows[0].ratio).toBeUndefined();
  });

  it('uses only the nearest runs, not every run of the baseline', () => {
    const rows = withRatios([
      baseline(100, 10),
      baseline(1000, 40),
      scenario('home', 1000, 40),
      baseline(1000, 40),
      baseline(100, 10),
    ]);
    expect(rows[2].ratio).toEqual({ requestsPerSecond: 1, latencyP99: 1 });
  });

  it('says so when the baseline never ran', () => {
    const [row] = withRatios([scenario('post', 100, 10, { against: 'c' })]);
    expect(row.ratio).toBeUndefined();
    expect(row.note).toBe('no baseline (c) in this run');
  });
});

describe('checkTargets', () => {
  it('meets the direct target at 0.9× req/s and 1.5× p99 with no errors, and misses it otherwise', () => {
    const rows = withRatios([
      baseline(1000, 100),
      scenario('at the limit', 900, 150),
      scenario('slow', 890, 100),
      scenario('late', 1000, 151),
      scenario('failing', 1000, 100, { errors: 1 }),
      scenario('comment POST', 10, 1000, { checked: false }),
    ]);
    const checks = checkTargets(rows);
    expect(checks.map((c) => [c.scenario, c.met])).toEqual([
      ['at the limit', true],
      ['slow', false],
      ['late', false],
      ['failing', false],
    ]);
    expect(checks[0].measured).toBe('0.9× / 1.5×, 0 errors');
  });

  it('checks rows through the production recipe against baseline (c) at 0.5×', () => {
    const c: Row = { ...baseline(60000, 5), baseline: 'c' };
    const checks = checkTargets(withRatios([c, scenario('post through nginx', 30000, 50, { against: 'c' })]));
    expect(checks).toEqual([expect.objectContaining({ met: true, measured: '0.5×, 0 errors' })]);
  });
});

describe('the result files', () => {
  const result: BenchResult = {
    startedAt: '2026-12-01T15:04:05.678Z',
    commit: 'abc1234',
    machine: {
      cores: 2,
      loadAverageBefore: [1.5, 2, 3.25],
      node: 'v24.22.3',
      next: '16.4.6',
      loadGenerator: 'wrk 4.2.0',
      connections: 32,
      durationSeconds: 10,
      warmupSeconds: 3,
    },
    rows: withRatios([baseline(1500, 100), scenario('post | 50 comments', 1050, 200)]),
    sections: [{ title: 'Writes', columns: ['measure', 'figure'], rows: [['comments/s', 200]], notes: ['A note.'] }],
    totalSeconds: 412.4,
  };

  it('are named by the start time and the commit, in an order that sorts by time', () => {
    expect(resultBaseName(new Date(result.startedAt), 'abc1234')).toBe('2026-12-01T15-04-05Z-abc1234');
  });

  it('hold the machine, the ratios and every section in Markdown', () => {
    const markdown = toMarkdown(result);
    expect(markdown).toContain(
      '2 cores, load average before 1.50 2.00 3.25; Node v24.22.3, Next 16.4.6; wrk 4.2.0, 32 connections',
    );
    expect(markdown).toContain('whole run 412 s');
    expect(markdown).toContain('| post \\| 50 comments | 1050 | 5 | 200 | 0 | 1000 | 0.7× / 2× (b) |');
    expect(markdown).toContain('## Writes');
    expect(markdown).toContain('A note.');
  });

  it('are written as JSON and Markdown side by side', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-results-'));
    try {
      const files = writeResult(path.join(dir, 'results'), result);
      expect(path.basename(files.json)).toBe('2026-12-01T15-04-05Z-abc1234.json');
      expect(JSON.parse(fs.readFileSync(files.json, 'utf8'))).toEqual(result);
      expect(fs.readFileSync(files.markdown, 'utf8')).toBe(toMarkdown(result));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('right-align every column after the first', () => {
    expect(markdownTable(['a', 'b', 'c'], [[1, 2, 3]])).toBe('| a | b | c |\n| --- | ---: | ---: |\n| 1 | 2 | 3 |');
  });
});

describe('wrk', () => {
  const line = (over: Record<string, number> = {}) =>
    'Running 10s test\nWRK_JSON ' +
    JSON.stringify({
      requests: 20000,
      durationUs: 10_000_000,
      bytes: 40_000_000,
      connect: 1,
      read: 2,
      write: 0,
      status: 3,
      timeout: 4,
      non2xx: 5,
      acked: 19990,
      p50Us: 12_500,
      p99Us: 180_000,
      ...over,
    });

  it('reads requests/s, latencies in ms and bytes per request from the summary', () => {
    const m = parseWrkOutput(line(), false);
    expect(m).toMatchObject({ requestsPerSecond: 2000, latencyP50Ms: 12.5, latencyP99Ms: 180, bytesPerRequest: 2000 });
  });

  it('counts socket errors plus wrk’s status errors, or every non-2xx when the script counted answers', () => {
    expect(parseWrkOutput(line(), false).errors).toBe(1 + 2 + 0 + 4 + 3);
    const counted = parseWrkOutput(line(), true);
    expect(counted.errors).toBe(1 + 2 + 0 + 4 + 5);
    expect(counted.acknowledged).toBe(19990);
  });

  it('refuses output without a summary', () => {
    expect(() => parseWrkOutput('unable to connect', false)).toThrow(/no summary/);
  });

  it('makes each POST body unique and counts answers only when asked to', () => {
    expect(wrkScript({})).not.toContain('function response');
    const script = wrkScript({ post: { fields: [['body', 'comment {n}']], runId: 'run1' }, acknowledgedWhen: '"ok":true' });
    expect(script).toContain('function request()');
    expect(script).toContain('string.gsub(f[2], "{n}", n)');
    expect(script).toContain('string.find(body, "\\"ok\\":true", 1, true)');
  });
});

describe('minimalPageText', () => {
  it('is half the target less Next’s markup, made of the page’s words without tags or scripts', () => {
    const text = minimalPageText('<p>Quoted <b>words</b></p><script>alert(1)</script>', 20_000, 4_000);
    expect(text).toHaveLength(8_000);
    expect(text).not.toMatch(/[<>]|alert/);
    expect(text.startsWith('Quoted words Quoted words')).toBe(true);
  });
});
