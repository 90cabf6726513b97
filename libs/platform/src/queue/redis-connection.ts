import type { ConnectionOptions } from 'bullmq';

/** BullMQ's connection from a redis:// or rediss:// URL. */
export function bullConnection(url: string): ConnectionOptions {
  // Workers block on Redis; they must wait for it to return rather than fail their commands.
  return { url, maxRetriesPerRequest: null };
}
