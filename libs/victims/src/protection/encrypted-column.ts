import { Column } from 'typeorm';

type EntityClass = abstract new (...args: never[]) => unknown;

const encryptedProperties = new Map<EntityClass, string[]>();

/**
 * A text column holding a DataCipher payload (`v1.<keyId>...`). Declaring encrypted columns this way
 * lets key rotation find every one of them, so a new column can never be left behind on an old key.
 */
export function EncryptedColumn(options: { nullable?: boolean } = {}): PropertyDecorator {
  const column = Column({ type: 'text', nullable: options.nullable ?? false });
  return (target, propertyKey) => {
    column(target, propertyKey);
    const entity = target.constructor as EntityClass;
    encryptedProperties.set(entity, [...(encryptedProperties.get(entity) ?? []), String(propertyKey)]);
  };
}

/** Every entity with encrypted columns, and the properties that hold them. */
export const encryptedColumnsByEntity = (): ReadonlyMap<EntityClass, readonly string[]> => encryptedProperties;
