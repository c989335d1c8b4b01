// The production server (`npm start` runs it after preparing the database and the build; so does
// the e2e suite): Next's own request handler, with one step in front of it. Route handlers and
// server actions cannot see the socket, so the client's address is decided here, where the request
// enters, and written into X-Forwarded-For and X-Real-IP before Next or the app reads them
// (lib/rate-limit/client-ip.ts). Everything else is `next start`: the same handler, the same build.
import { createServer } from 'node:http';
import next from 'next';
import { env } from '@/lib/env';
import { clientAddress, trustedProxies } from '@/lib/rate-limit/client-address';

const proxies = trustedProxies(env.TRUSTED_PROXIES);

// Repeated headers are one list, in order (as Node already joins repeated X-Forwarded-For lines).
const oneHeader = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(', ') : value);

const httpServer = createServer();
const app = next({ dev: false, dir: process.cwd(), port: env.PORT, httpServer });
const handle = app.getRequestHandler();

httpServer.on('request', (request, response) => {
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
  void handle(request, response);
});

async function main() {
  await app.prepare();
  httpServer.listen(env.PORT, () => {
    const trusting = proxies.size
      ? `X-Forwarded-For from ${env.TRUSTED_PROXIES.join(', ')}`
      : 'socket addresses only (TRUSTED_PROXIES is empty)';
    // Worded like `next start`'s banner, which operators (and e2e/setup.spec.ts) look for.
    console.log(`✓ Ready on http://localhost:${env.PORT} — client addresses: ${trusting}`);
  });
}

// Set by lib/mail/worker.ts in this same process (Next runs instrumentation.ts in it).
const background = globalThis as unknown as { inkwellMailWorker?: { stop(): Promise<void> } };

async function stop() {
  // No new mail is taken; one being sent finishes (docs/email.md).
  await background.inkwellMailWorker?.stop();
  httpServer.close();
  httpServer.closeAllConnections();
  await app.close();
  process.exit(0);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop());

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
