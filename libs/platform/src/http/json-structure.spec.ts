import { findJsonStructureProblem } from './json-structure';

const nestedArrays = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const nestedObjects = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('findJsonStructureProblem', () => {
  it.each([
    '{"name":"A","tags":["x",{"y":[1,2]}],"n":null}',
    '[]',
    '"just a string"',
    '{"a":{"a":{"a":1}},"b":{"a":2}}',
    // Brackets, braces, quotes and commas inside strings are text, not structure.
    '{"text":"[[[{{{\\"a\\":1,\\"a\\":2}}}]]]","other":"\\\\"}',
    '{"proto":2,"text":"__proto__ constructor prototype toString"}',
  ])('accepts %s', (text) => {
    expect(findJsonStructureProblem(text, 4)).toBeNull();
  });

  it('accepts nesting up to the limit and refuses one level more, arrays and objects alike', () => {
    expect(findJsonStructureProblem(nestedArrays(4), 4)).toBeNull();
    expect(findJsonStructureProblem(nestedObjects(4), 4)).toBeNull();
    expect(findJsonStructureProblem(nestedArrays(5), 4)).toEqual({ kind: 'too_deep', maxDepth: 4 });
    expect(findJsonStructureProblem(nestedObjects(5), 4)).toEqual({ kind: 'too_deep', maxDepth: 4 });
  });

  it('stops at the limit on very deep input without recursing', () => {
    expect(findJsonStructureProblem(nestedArrays(1_000_000), 32)).toEqual({ kind: 'too_deep', maxDepth: 32 });
  });

  it('refuses a key repeated in one object, also when spelt with escapes', () => {
    expect(findJsonStructureProblem('{"role":"referrer","role":"admin"}', 4)).toEqual({
      kind: 'duplicate_key',
      key: 'role',
    });
    expect(findJsonStructureProblem('{"a":{"role":1,"\\u0072ole":2}}', 4)).toEqual({
      kind: 'duplicate_key',
      key: 'role',
    });
  });

  it('allows the same key in different objects', () => {
    expect(findJsonStructureProblem('[{"a":1},{"a":2}]', 4)).toBeNull();
  });

  it.each(['prototype', 'toString', 'hasOwnProperty', 'valueOf'])(
    'refuses the inherited or prototype key %s',
    (key) => {
      expect(findJsonStructureProblem(`{"a":{"${key}":1}}`, 4)).toEqual({ kind: 'forbidden_key', key });
    },
  );

  it('refuses prototype-pollution keys', () => {
    expect(findJsonStructureProblem('{"x":{"__proto__":{"isAdmin":true}}}', 4)).toEqual({
      kind: 'forbidden_key',
      key: '__proto__',
    });
    expect(findJsonStructureProblem('{"\\u005f_proto__":{}}', 4)).toEqual({ kind: 'forbidden_key', key: '__proto__' });
    expect(findJsonStructureProblem('[{"constructor":{"prototype":{"isAdmin":true}}}]', 4)).toEqual({
      kind: 'forbidden_key',
      key: 'constructor',
    });
  });

  it('refuses a NUL character in a key or a value, but not an escaped backslash before "u0000"', () => {
    expect(findJsonStructureProblem('{"note":"a\\u0000b"}', 4)).toEqual({ kind: 'nul_character' });
    expect(findJsonStructureProblem('{"\\u0000":1}', 4)).toEqual({ kind: 'nul_character' });
    expect(findJsonStructureProblem('{"path":"C:\\\\u0000"}', 4)).toBeNull();
  });

  it('does not fail on malformed text, leaving it to the parser', () => {
    for (const text of ['{"a":', '"unclosed', '{"a\\', ']]]}}}', '{,,"a":1,"a"']) {
      expect(() => findJsonStructureProblem(text, 4)).not.toThrow();
    }
  });
});
