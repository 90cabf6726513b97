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
