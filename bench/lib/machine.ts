// What the figures were measured on, and the server's memory.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root } from '../../e2e/support/server';

export function nextVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'next', 'package.json'), 'utf8')) as { version: string })
    .version;
}

export function shortCommit(): string {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd: root,
    encoding: 'utf8',
  }).stdout.trim();
  return `${head || 'unknown'}${dirty ? '-dirty' : ''}`;
}

function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the 4th field, after the command name in parentheses (which may hold spaces).
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) found.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

/** VmRSS of a process and all its descendants, in MB (Linux /proc; null elsewhere). */
export function treeRssMb(pid: number): number | null {
  if (!fs.existsSync('/proc/self/status')) return null;
  let kb = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.shift()!;
    try {
      const status = fs.readFileSync(`/proc/${current}/status`, 'utf8');
      kb += Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0);
    } catch {
      continue;
    }
    queue.push(...childrenOf(current));
  }
  return Math.round(kb / 1024);
}
