import type { FastifyInstance } from 'fastify';

export const CSV_MEDIA_TYPE = 'text/csv';

/**
 * Hands text/csv request bodies to the route as the raw stream, unread: an import is parsed row by
 * row as it arrives instead of being buffered whole (the general body limit does not apply; the
 * import sets its own).
 */
export function acceptCsvBodiesAsStreams(fastify: FastifyInstance): void {
  if (fastify.hasContentTypeParser(CSV_MEDIA_TYPE)) return;
  fastify.addContentTypeParser(CSV_MEDIA_TYPE, (_request, payload, done) => done(null, payload));
}
