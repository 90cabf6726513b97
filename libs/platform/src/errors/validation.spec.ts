import { ValidationError } from '@nestjs/common';
import { toFieldProblems } from './validation';

describe('toFieldProblems', () => {
  it('names nested fields by their dotted path', () => {
    const nested: ValidationError = { property: 'postcode', constraints: { maxLength: 'too long' }, children: [] };
    const errors: ValidationError[] = [
      { property: 'name', constraints: { isString: 'name must be a string' }, children: [] },
      { property: 'address', children: [nested] },
    ];
    expect(toFieldProblems(errors)).toEqual([
      { field: 'name', messages: ['name must be a string'] },
      { field: 'address.postcode', messages: ['too long'] },
    ]);
  });
});
