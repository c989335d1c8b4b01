// Throughput and latency with wrk (C, event-driven): on a 2-core machine shared with the server,
// a generator in the harness's own Node process would take a large share of the CPU the server
// is measured on (see bench/README.md). A small Lua script prints wrk's summary as JSON.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Measurement } from './results';

export function wrkVersion(): string | null {
  const found = spawnSync('wrk', ['-v'], { encoding: 'utf8' });
  if (found.error) return null;
  return (found.stdout + found.stderr).match(/wrk [^\s]+/)?.[0] ?? 'wrk';
}

export interface WrkLoad {
  url: string;
  connections: number;
  durationSeconds: number;
  threads?: number;
  headers?: Record<string, string>;
  /**
   * A POST whose body is made per request: multipart form fields, `{n}` in a value replaced by a
   * number unique in the run (each comment differs: the duplicate check would refuse the rest).
   */
  post?: { fields: [string, string][]; runId: string };
  /** Count an answer as acknowledged when its body contains this (wrk then reads every body). */
  acknowledgedWhen?: string;
}

export interface WrkMeasurement extends Measurement {
  acknowledged?: number;
}

const luaString = (s: string) => JSON.stringify(s); // a JSON string literal is a valid Lua one here

/** The Lua script: per-thread counters (non-2xx, acknowledged), per-request bodies, JSON at the end. */
export function wrkScript(load: Pick<WrkLoad, 'post' | 'acknowledgedWhen' | 'headers'>): string {
  const needsResponse = Boolean(load.post || load.acknowledgedWhen);
  const lines = [
    'local threads = {}',
    'local counter = 0',
    'function setup(thread)',
    '  thread:set("tid", #threads + 1)',
    '  table.insert(threads, thread)',
    'end',
    'non2xx = 0',
    'acked = 0',
  ];
  if (load.post) {
    const boundary = '----inkwellbench7MA4YWxkTrZu0gW';
    lines.push(
      `local boundary = ${luaString(boundary)}`,
      'local fields = {',
      ...load.post.fields.map(([name, value]) => `  {${luaString(name)}, ${luaString(value)}},`),
      '}',
      'function request()',
      '  counter = counter + 1',
      `  local n = ${luaString(load.post.runId)} .. "-" .. tid .. "-" .. counter`,
      '  local parts = {}',
      '  for _, f in ipairs(fields) do',
      '    local value = string.gsub(f[2], "{n}", n)',
      '    table.insert(parts, "--" .. boundary .. "\\r\\nContent-Disposition: form-data; name=\\"" .. f[1] .. "\\"\\r\\n\\r\\n" .. value .. "\\r\\n")',
      '  end',
      '  local body = table.concat(parts) .. "--" .. boundary .. "--\\r\\n"',
      // wrk.format replaces wrk.headers (the -H headers) with the table it is given: copy them in.
      '  local headers = {}',
      '  for name, value in pairs(wrk.headers) do headers[name] = value end',
      '  headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary',
      '  return wrk.format("POST", nil, headers, body)',
      'end',
    );
  }
  if (needsResponse) {
    lines.push(
      'function response(status, headers, body)',
      '  if status < 200 or status > 299 then non2xx = non2xx + 1 end',
      load.acknowledgedWhen
        ? `  if status == 200 and body and string.find(body, ${luaString(load.acknowledgedWhen)}, 1, true) then acked = acked + 1 end`
        : '',
      'end',
    );
  }
  lines.push(
    'function done(summary, latency, requests)',
    '  local n, a = 0, 0',
    '  for _, t in ipairs(threads) do n = n + (t:get("non2xx") or 0); a = a + (t:get("acked") or 0) end',
    '  local e = summary.errors',
    '  io.write(string.format("WRK_JSON {\\"requests\\":%d,\\"durationUs\\":%d,\\"bytes\\":%d,' +
      '\\"connect\\":%d,\\"read\\":%d,\\"write\\":%d,\\"status\\":%d,\\"timeout\\":%d,' +
      '\\"non2xx\\":%d,\\"acked\\":%d,\\"p50Us\\":%d,\\"p99Us\\":%d}\\n",',
    '    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,',
    '    n, a, latency:percentile(50), latency:percentile(99)))',
    'end',
  );
  return lines.filter((l) => l !== '').join('\n') + '\n';
}

interface WrkJson {
  requests: number;
  durationUs: number;
  bytes: number;
  connect: number;
  read: number;
  write: number;
  status: number;
  timeout: number;
  non2xx: number;
  acked: number;
  p50Us: number;
  p99Us: number;
}

/** wrk's summary line, as measurements. Without a response() hook non-2xx is wrk's own count (status ≥ 400). */
export function parseWrkOutput(output: string, countedResponses: boolean): WrkMeasurement {
  const line = output.split('\n').find((l) => l.startsWith('WRK_JSON '));
  if (!line) throw new Error(`wrk printed no summary:\n${output}`);
  const s = JSON.parse(line.slice('WRK_JSON '.length)) as WrkJson;
  const seconds = s.durationUs / 1e6;
  const socketErrors = s.connect + s.read + s.write + s.timeout;
  return {
    requests: s.requests,
    requestsPerSecond: seconds > 0 ? s.requests / seconds : 0,
    latencyP50Ms: s.p50Us / 1000,
    latencyP99Ms: s.p99Us / 1000,
    errors: socketErrors + (countedResponses ? s.non2xx : s.status),
    bytesPerRequest: s.requests > 0 ? s.bytes / s.requests : 0,
    ...(countedResponses && { acknowledged: s.acked }),
  };
}

export async function wrk(load: WrkLoad): Promise<WrkMeasurement> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-wrk-'));
  const script = path.join(dir, 'bench.lua');
  fs.writeFileSync(script, wrkScript(load));
  const args = [
    `-t${load.threads ?? 2}`,
    `-c${load.connections}`,
    `-d${load.durationSeconds}s`,
    '--timeout',
    '10s',
    '-s',
    script,
    ...Object.entries(load.headers ?? {}).flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
    load.url,
  ];
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`wrk exited with ${code}:\n${out}`))));
    });
    return parseWrkOutput(output, Boolean(load.post || load.acknowledgedWhen));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
