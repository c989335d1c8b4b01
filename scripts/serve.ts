// The production server (`npm start` runs it after preparing the database and the build; so does
// the e2e suite): Next's own request handler, with one step in front of it. Route handlers and
// server actions cannot see the socket, so the client's address is decided here, where the request
// enters, and written into X-Forwarded-For and X-Real-IP before Next or the app reads them
// (lib/rate-limit/client-ip.ts). Then the front door (lib/http/front-door.ts): unknown reader URLs
// get the prebuilt 404, old addresses their 301, before Next spends anything on them; and whole
// responses get a cheap ETag (lib/http/etag.ts). Everything else is `next start`: the same handler,
// the same build. `--dev` (npm run dev) runs Next's development server behind the same steps.
// It also owns the process's life: the pid file a restore looks for, and the orderly stop on SIGTERM.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import compression from 'compression';
import zlib from 'node:zlib';
import next from 'next';
import { writeServerPid } from '@/lib/backup/server-lock';
import { env } from '@/lib/env';
import { sendWithEtag } from '@/lib/http/etag';
import { answeredAtFrontDoor } from '@/lib/http/front-door';
import { closeDatabase } from '@/lib/lifecycle/database';
import { stopAllTimers } from '@/lib/lifecycle/timers';
import { log } from '@/lib/logging/logger';
import { clientAddress, trustedProxies } from '@/lib/rate-limit/client-address';

/** How long a stop waits for requests in flight before it cuts them off. */
const DRAIN_MS = 10_000;

const proxies = trustedProxies(env.TRUSTED_PROXIES);

// Repeated headers are one list, in order (as Node already joins repeated X-Forwarded-For lines).
const oneHeader = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(', ') : value);

const httpServer = createServer();
const development = process.argv.includes('--dev');
const app = next({ dev: development, turbopack: development, dir: process.cwd(), port: env.PORT, httpServer });
const handle = app.getRequestHandler();

let inFlight = 0;
let stopping = false;

// Next's own compression is off (next.config.ts): it would write the headers before the ETag
// could be set. This is the middleware Next bundles, in its current version. Behind nginx
// (deploy/nginx) nothing arrives with Accept-Encoding, and nginx compresses once per cached page.
// Brotli (quality 4, the middleware's default) makes a post 15 % smaller than gzip for the same
// CPU, but with zlib's default 4 MB window every response allocated and cleared megabytes: 7 ms
// of CPU per page under load. A 256 KB window holds any page whole (docs/performance.md).
const compress = compression({ brotli: { params: { [zlib.constants.BROTLI_PARAM_LGWIN]: 18 } } });

async function serve(request: IncomingMessage, response: ServerResponse) {
  if (await answeredAtFrontDoor(request, response, { development })) return;
  await new Promise<void>((resolve, reject) =>
    compress(request as never, response as never, (error?: unknown) => (error ? reject(error) : resolve())),
  );
  sendWithEtag(request, response);
  await handle(request, response);
}

httpServer.on('request', (request, response) => {
  inFlight++;
  response.once('close', () => {
    inFlight--;
    // Keep-alive connections are closed as soon as their last response is out.
    if (stopping) httpServer.closeIdleConnections();
  });
  if (stopping) response.setHeader('Connection', 'close');
  const address = clientAddress(
    {
      socketAddress: request.socket.remoteAddress,
      forwardedFor: oneHeader(request.headers['x-forwarded-for']),
      realIp: oneHeader(request.headers['x-real-ip']),
    },
    proxies,
  );
  request.headers['x-forwarded-for'] = address;
  request.headers['x-real-ip'] = address;
  // What a trusted proxy says about the scheme and host is believed (HSTS, the same-origin rule,
  // absolute URLs); what a client says of itself is not: Next fills them in from the connection.
  const socket = request.socket.remoteAddress;
  if (!socket || !proxies.includes(socket)) {
    delete request.headers['x-forwarded-proto'];
    delete request.headers['x-forwarded-host'];
  }
  serve(request, response).catch((error: unknown) => {
    log.error({ event: 'server.request_failed', err: error }, 'request failed before Next answered it');
    if (!response.headersSent) response.writeHead(500);
    response.end();
  });
});

let removePid = () => {};

async function main() {
  await app.prepare();
  httpServer.listen(env.PORT, env.LISTEN_ADDRESS, () => {
    removePid = writeServerPid(env.DATA_DIR);
    log.info({ event: 'server.started', port: env.PORT, pid: process.pid, node: process.version }, 'server started');
    const trusting = proxies.size
      ? `X-Forwarded-For from ${env.TRUSTED_PROXIES.join(', ')}`
      : 'socket addresses only (TRUSTED_PROXIES is empty)';
    // Worded like `next start`'s banner, which operators (and e2e/setup.spec.ts) look for.
    console.log(`✓ Ready on http://localhost:${env.PORT} — client addresses: ${trusting}`);
  });
}

// Set by lib/mail/worker.ts in this same process (Next runs instrumentation.ts in it).
const background = globalThis as unknown as { inkwellMailWorker?: { stop(): Promise<void> } };

/**
 * SIGTERM (systemd, `docker stop`, Ctrl-C): stop accepting connections, let the requests in flight
 * finish (at most DRAIN_MS, then they are cut off), stop the background timers, close the
 * database (a clean WAL checkpoint), exit 0.
 */
async function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  const started = Date.now();
  log.info({ event: 'server.stopping', signal, inFlight }, 'stopping: no new connections, finishing requests in flight');
  const drained = new Promise<void>((resolve) => httpServer.close(() => resolve()));
  httpServer.closeIdleConnections();
  let cutOff = 0;
  const deadline = setTimeout(() => {
    cutOff = inFlight;
    log.warn({ event: 'server.drain_timeout', inFlight, ms: DRAIN_MS }, 'requests still in flight after the drain time: cut off');
    httpServer.closeAllConnections();
  }, DRAIN_MS);
  await drained;
  clearTimeout(deadline);
  // The mail worker finishes the mail it is sending before the database closes (docs/email.md).
  await background.inkwellMailWorker?.stop();
  const timers = stopAllTimers();
  await app.close();
  closeDatabase();
  removePid();
  log.info({ event: 'server.stopped', signal, ms: Date.now() - started, cutOff, timers }, 'server stopped');
  process.exit(0);
}

// `on`, not `once`: Ctrl-C or systemd signal the whole process group, so the server gets the
// signal directly and again through `npm start`'s relay; a repeat must not kill it mid-drain.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal));

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
