import { DataSource } from 'typeorm';
import { countQueries } from '@vs/testing';
import autocannon from 'autocannon';

export interface LoadFigures {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
}

/** A bounded load on a loopback URL: `connections` clients for `seconds`. */
export async function measure(
  url: string,
  headers: Record<string, string>,
  seconds: number,
  connections = 20,
): Promise<LoadFigures> {
  const result = await autocannon({ url, headers, connections, duration: seconds });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
  };
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
