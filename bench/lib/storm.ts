// The write target: comments at a fixed rate from many clients, with readers at a fixed, modest
// rate alongside, so their p99 can be compared with the same reader load on a quiet server.
// autocannon here, not wrk: wrk has no way to hold a rate (it sends as fast as answers come);
// at a few hundred requests per second the in-process generator's CPU share is small.
import autocannon from 'autocannon';
import { ACKNOWLEDGED, actionFields, actionHeaders } from './actions';

export interface RateLoad {
  origin: string;
  ratePerSecond: number;
  connections: number;
  durationSeconds: number;
}

export interface RateResult {
  /** Requests sent; `requests` is those answered. */
  sent: number;
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  errors: number;
  acknowledged: number;
}

function multipart(fields: [string, string][], boundary: string): string {
  return (
    fields
      .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join('') + `--${boundary}--\r\n`
  );
}

function summarise(result: autocannon.Result, acknowledged: number): RateResult {
  return {
    sent: result.requests.sent,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / (result.duration || 1),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    // autocannon's `errors` already counts timeouts.
    errors: result.errors + result.non2xx,
    acknowledged,
  };
}

/** Comments posted through the comment form's action, each with a body unique to `runId`. */
export async function commentStorm(
  load: RateLoad & {
    actionId: string;
    postSlug: string;
    fields: (body: string) => Record<string, string>;
    runId: string;
    /** The commenter cookie a browser got with its form token. */
    cookie?: string;
  },
): Promise<RateResult> {
  const boundary = '----inkwellstorm7MA4YWxkTrZu0gW';
  let n = 0;
  let acknowledged = 0;
  const result = await autocannon({
    url: load.origin,
    connections: load.connections,
    overallRate: load.ratePerSecond,
    duration: load.durationSeconds,
    requests: [
      {
        method: 'POST',
        path: `/posts/${load.postSlug}`,
        headers: {
          ...actionHeaders(load.actionId, load.origin, load.cookie),
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        setupRequest: (request) => ({
          ...request,
          body: multipart(actionFields(load.fields(`${load.runId} storm comment ${++n}`)), boundary),
        }),
        onResponse: (status, body) => {
          if (status === 200 && body.includes(ACKNOWLEDGED)) acknowledged++;
        },
      },
    ],
  });
  return summarise(result, acknowledged);
}

/** Readers at a fixed rate, cycling through `paths`. */
export async function readersAtRate(load: RateLoad & { paths: string[] }): Promise<RateResult> {
  const result = await autocannon({
    url: load.origin,
    connections: load.connections,
    overallRate: load.ratePerSecond,
    duration: load.durationSeconds,
    requests: load.paths.map((path) => ({ method: 'GET', path })),
  });
  return summarise(result, result.requests.total - result.non2xx);
}
