import { ValidateIf } from 'class-validator';

/**
 * A request field that may be left out but, when sent, must be valid: unlike class-validator's
 * IsOptional, which lets null through unchecked, null is validated like any value (and so refused
 * by the field's type rule). For fields whose column cannot hold null, where null would otherwise
 * reach the database and fail there as a 500.
 */
export const Omittable = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);
