import { DataSource } from 'typeorm';
import { countQueries } from '@vs/testing';
import autocannon from 'autocannon';

export interface LoadFigures {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
}

/** One request of a load: what varies from one request to the next. */
export interface LoadRequest {
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly method?: 'GET' | 'POST';
  readonly body?: string;
}

/**
 * A bounded load on a loopback server: `connections` clients for `seconds`, request n (from 1) made
 * by `request(n)`, so a scenario can spread its requests over many users, cases or keys.
 */
export async function loadOf(
  origin: string,
  request: (n: number) => LoadRequest,
  seconds: number,
  connections = 20,
): Promise<LoadFigures> {
  let sent = 0;
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (defaults) => ({ ...defaults, method: 'GET', ...request(++sent) }) }],
  });
  return {
    // One decimal: a slow scenario (the year-wide report) makes one or two requests a second.
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
  };
}

/** A bounded load of one GET on a loopback URL: `connections` clients for `seconds`. */
export function measure(
  url: string,
  headers: Record<string, string>,
  seconds: number,
  connections = 20,
): Promise<LoadFigures> {
  const { origin, pathname, search } = new URL(url);
  return loadOf(origin, () => ({ path: `${pathname}${search}`, headers }), seconds, connections);
}

export interface EndpointFigures extends LoadFigures {
  readonly sqlQueriesPerRequest: number;
}

/**
 * The figures of one GET endpoint: the SQL statements of a single request, then a warm-up
 * (JIT, connection pool) and the measured run.
 */
export async function measureGet(
  dataSource: DataSource,
  url: string,
  headers: Record<string, string>,
  seconds: number,
): Promise<EndpointFigures> {
  const sqlQueriesPerRequest = await countQueries(dataSource, async () => {
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    await response.arrayBuffer();
  });
  await measure(url, headers, 3);
  return { ...(await measure(url, headers, seconds)), sqlQueriesPerRequest };
}
