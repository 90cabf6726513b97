/** Stops what global setup started, in reverse order. */
export default async function globalTeardown(): Promise<void> {
  for (const service of (globalThis.__VS_TEST_SERVICES__ ?? []).reverse()) await service.stop();
}
