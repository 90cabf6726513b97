import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { CreateReferralDto } from '../dto/create-referral.dto';
import { intakeProblems } from '../intake/intake-rules';

export type RowValidation =
  { readonly dto: CreateReferralDto; readonly problems: null } | { readonly problems: string[] };

/**
 * The same rules as the API's validation pipe (unknown fields refused, nested fields checked), with
 * Nest's own flattening, whose messages name nested fields by their path ("risk.level must be ...").
 */
const pipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  validationError: { target: false, value: false },
});

const messagesOf = (error: BadRequestException): string[] => {
  const { message } = error.getResponse() as { message: string | string[] };
  return Array.isArray(message) ? message : [message];
};

/** A row's body as a referral request, or why it is not one. */
export async function validateRow(body: Record<string, unknown>): Promise<RowValidation> {
  let dto: CreateReferralDto;
  try {
    dto = (await pipe.transform(body, { type: 'body', metatype: CreateReferralDto })) as CreateReferralDto;
  } catch (error) {
    if (error instanceof BadRequestException) return { problems: messagesOf(error) };
    throw error;
  }
  const problems = intakeProblems(dto).flatMap(({ field, messages }) => messages.map((text) => `${field}: ${text}`));
  return problems.length > 0 ? { problems } : { dto, problems: null };
}
