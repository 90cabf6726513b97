import { startCeiling } from './ceiling';

/** `node dist/bench/ceiling-process.js`: the ceiling in a process of its own, on DATABASE_URL and PORT. */
startCeiling(process.env.DATABASE_URL ?? '', Number(process.env.PORT ?? 0)).then(
  (ceiling) => process.stdout.write(`ceiling listening at ${ceiling.url}\n`),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
