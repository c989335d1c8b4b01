// How SQLite in WAL mode behaves with several processes writing one file, as several instances on
// one host do (docs/scale-out.md): each worker opens the file as db/client.ts does (busy timeout
// 5000 ms) and commits small write transactions as fast as it can; the parent reports the commit
// latencies and any SQLITE_BUSY. `tsx bench/sqlite-writers.ts [workers] [writes] [holdMs]`:
// with holdMs, one extra worker keeps a write transaction open that long, to show the timeout.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';

const [workers = 4, writes = 300, holdMs = 0] = process.argv.slice(2).map(Number);

async function worker(url: string, count: number, hold: number) {
  const db = createClient({ url, timeout: 5000 });
  const latencies: number[] = [];
  let busy = 0;
  if (hold) {
    const tx = await db.transaction('write');
    await tx.execute({ sql: 'insert into t (v) values (?)', args: ['holder'] });
    process.send!({ holding: true });
    await new Promise((resolve) => setTimeout(resolve, hold));
    await tx.commit();
  } else {
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      try {
        await db.batch([{ sql: 'insert into t (v) values (?)', args: [`w${process.pid}-${i}`] }], 'write');
      } catch (error) {
        if (String(error).includes('SQLITE_BUSY')) busy++;
        else throw error;
      }
      latencies.push(performance.now() - started);
    }
  }
  process.send!({ latencies, busy });
  db.close();
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-writers-'));
  const url = `file:${path.join(dir, 'w.db')}`;
  const setup = createClient({ url });
  await setup.execute('PRAGMA journal_mode = WAL');
  await setup.execute('create table t (id integer primary key, v text)');
  setup.close();

  let holding: () => void = () => {};
  const held = new Promise<void>((resolve) => (holding = resolve));
  const run = (hold: number) =>
    new Promise<{ latencies: number[]; busy: number }>((resolve, reject) => {
      const child = fork(process.argv[1], ['--worker', url, String(writes), String(hold)], { execArgv: process.execArgv });
      child.on('message', (message: { latencies?: number[]; busy?: number; holding?: boolean }) => {
        if (message.holding) holding();
        if (message.latencies) resolve({ latencies: message.latencies, busy: message.busy ?? 0 });
      });
      child.on('error', reject);
    });
  const holder = holdMs ? run(holdMs) : null;
  if (holder) await held;
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: workers }, () => run(0)));
  const seconds = (performance.now() - started) / 1000;
  await holder;
  const all = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const at = (q: number) => all[Math.min(all.length - 1, Math.floor(q * all.length))].toFixed(1);
  const busy = results.reduce((sum, r) => sum + r.busy, 0);
  console.log(
    `${workers} processes × ${writes} write transactions${holdMs ? `, one transaction held ${holdMs} ms` : ''}: ` +
      `${Math.round(all.length / seconds)} commits/s, latency p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms, SQLITE_BUSY ${busy}`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

if (process.argv[2] === '--worker') void worker(process.argv[3], Number(process.argv[4]), Number(process.argv[5]));
else void main();
