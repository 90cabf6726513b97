/** What makes a syntactically parseable JSON text unacceptable as a request body. */
export type JsonStructureProblem =
  | { readonly kind: 'too_deep'; readonly maxDepth: number }
  | { readonly kind: 'duplicate_key'; readonly key: string }
  | { readonly kind: 'forbidden_key'; readonly key: string }
  | { readonly kind: 'nul_character' };

interface Frame {
  readonly isObject: boolean;
  readonly keys: Set<string>;
  /** In an object: the next string is a key (after `{` or `,`), not a value. */
  expectingKey: boolean;
}

/**
 * Keys of prototype pollution (`__proto__`, `constructor`, `prototype`) and the names every object
 * inherits (`toString`, `hasOwnProperty`…). No request field is named so; Nest's validation pipe and
 * class-transformer drop such a field silently, where any other unknown field is refused.
 */
const FORBIDDEN_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Finds, in one pass and without recursion, what JSON.parse would silently accept but the API
 * must refuse: nesting deeper than `maxDepth` (which would exhaust the stack of the recursive
 * transformers and validators behind the parser) and a key repeated in one object (which parsers
 * resolve differently, so a proxy or log could read another value than the handler), and the keys
 * of prototype pollution or inherited names (see FORBIDDEN_KEYS), named plainly; and the NUL character
 * (`\u0000`), which PostgreSQL cannot store in text or jsonb and no field means. It does not
 * check the syntax: the real parser runs afterwards and refuses malformed text itself.
 */
export function findJsonStructureProblem(text: string, maxDepth: number): JsonStructureProblem | null {
  const frames: Frame[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      const { end, hasNul } = scanString(text, index);
      if (hasNul) return { kind: 'nul_character' };
      const frame = frames.at(-1);
      if (frame?.isObject && frame.expectingKey) {
        const key = decodeKey(text.slice(index + 1, end));
        if (frame.keys.has(key)) return { kind: 'duplicate_key', key };
        if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden_key', key };
        frame.keys.add(key);
        frame.expectingKey = false;
      }
      index = end + 1;
      continue;
    }
    switch (text[index]) {
      case '{':
      case '[':
        if (frames.length === maxDepth) return { kind: 'too_deep', maxDepth };
        frames.push({ isObject: text[index] === '{', keys: new Set(), expectingKey: text[index] === '{' });
        break;
      case '}':
      case ']':
        frames.pop();
        break;
      case ',': {
        const frame = frames.at(-1);
        if (frame?.isObject) frame.expectingKey = true;
        break;
      }
    }
    index++;
  }
  return null;
}

/** The index of the quote closing the string opened at `start` (or the text's end if unclosed), and whether it escapes a NUL. */
function scanString(text: string, start: number): { end: number; hasNul: boolean } {
  let index = start + 1;
  let hasNul = false;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) return { end: index, hasNul };
    if (code === BACKSLASH) {
      hasNul ||= text.startsWith('u0000', index + 1);
      index += 2;
    } else index++;
  }
  return { end: text.length, hasNul };
}

/** Keys are compared decoded, so `"a"` and `"\u0061"` count as the same key. */
function decodeKey(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    // A malformed escape: the real parser refuses the body, so the raw text serves as the key.
    return raw;
  }
}
