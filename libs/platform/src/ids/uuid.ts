import { v7 } from 'uuid';

/** Time-ordered UUIDv7: index-friendly primary keys that still reveal nothing sequential. */
export const newId = (): string => v7();
