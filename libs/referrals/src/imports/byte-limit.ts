import { Transform } from 'node:stream';

/** Passes bytes through until more than `maxBytes` went by, then fails with `tooLarge()`. */
export function byteLimit(maxBytes: number, tooLarge: () => Error): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      callback(seen > maxBytes ? tooLarge() : null, seen > maxBytes ? undefined : chunk);
    },
  });
}
