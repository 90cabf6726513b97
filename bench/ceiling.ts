import Fastify, { FastifyInstance } from 'fastify';
import { Pool } from 'pg';

export interface Ceiling {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The most any endpoint of ours could do on this machine: a bare Fastify route (no Nest, no guards,
 * no validation, no logging) that runs `SELECT 1` on the same database through a pool as large as
 * the API's. Every scenario is reported as a ratio to it.
 */
export async function startCeiling(databaseUrl: string, port = 0, poolSize = 20): Promise<Ceiling> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
  const server: FastifyInstance = Fastify({ logger: false });
  server.get('/ceiling', async () => {
    const { rows } = await pool.query<{ one: number }>('SELECT 1 AS one');
    return { one: rows[0].one };
  });
  await server.listen({ host: '127.0.0.1', port });
  const address = server.server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}/ceiling`,
    close: async () => {
      await server.close();
      await pool.end();
    },
  };
}
