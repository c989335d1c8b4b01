import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

// How a restore knows the server is running: the server writes its process id into
// DATA_DIR/server.pid while it serves (scripts/serve.ts), and something answering on PORT counts too.

export const serverPidFile = (dataDir: string) => path.join(dataDir, 'server.pid');

/** Written at start; removed at a clean stop. A file left by a killed server names a dead process. */
export function writeServerPid(dataDir: string): () => void {
  const file = serverPidFile(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `${process.pid}\n`);
  return () => {
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.rmSync(file, { force: true });
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}

/** Why the server seems to be running, or null. */
export async function runningServer(dataDir: string, port: number): Promise<string | null> {
  const file = serverPidFile(dataDir);
  const pid = fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8').trim()) : NaN;
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) return `the Inkwell server is running (process ${pid}, ${file})`;
  if (await answers(port)) return `something answers on port ${port}`;
  return null;
}
