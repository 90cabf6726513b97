import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { PartnerEventDto, SENDER_IDENTITY_FIELDS } from '../dto/partner-event.dto';
import type { JsonObject, JsonValue } from '../json-value';

export interface SenderIdentity {
  readonly senderSystem: string;
  readonly senderEventId: string;
}

/** One item of a partner's request, checked on its own so that one bad event never sinks a batch. */
export interface ParsedPartnerEvent {
  /** Null when the item lacks a usable sender system or event id: it cannot be deduplicated. */
  readonly identity: SenderIdentity | null;
  /** Null when the item is not a valid event. */
  readonly event: PartnerEventDto | null;
  /** What is wrong with it, field by field. */
  readonly problems: string[];
}

export const isPlainObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const messagesOf = (error: ValidationError): string[] => Object.values(error.constraints ?? {});

/** Validates an item with the same rules the API applies to a staff-recorded event. */
export function parsePartnerEvent(raw: JsonValue): ParsedPartnerEvent {
  if (!isPlainObject(raw)) return { identity: null, event: null, problems: ['an event must be a JSON object'] };
  const event = plainToInstance(PartnerEventDto, raw);
  const errors = validateSync(event, { whitelist: true, forbidNonWhitelisted: true });
  const identityValid = !errors.some((error) => SENDER_IDENTITY_FIELDS.includes(error.property));
  return {
    identity: identityValid ? { senderSystem: event.senderSystem, senderEventId: event.senderEventId } : null,
    event: errors.length === 0 ? event : null,
    problems: errors.flatMap(messagesOf),
  };
}
