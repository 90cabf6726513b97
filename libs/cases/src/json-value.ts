/** Anything a JSON body can hold: what jsonb columns store. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type JsonObject = { [key: string]: JsonValue };

/**
 * A JSON value to store as it is. TypeORM's insert types cannot follow the recursion of JsonValue,
 * so columns declare this flat supertype of it.
 */
export type StoredJson = object | string | number | boolean | null;

/** An event's structured facts: flat by design (events/event-details.ts), so queries can reach every one. */
export type EventDetails = Record<string, string | number | boolean | null | string[]>;
