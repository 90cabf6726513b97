import { HttpStatus } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RawServerDefault } from 'fastify';
import { AppError } from '../errors/app-error';
import { findJsonStructureProblem, JsonStructureProblem } from './json-structure';

/** Far deeper than any request DTO (a handful of levels), far shallower than the recursion limits behind it. */
export const MAX_JSON_DEPTH = 32;

const MAX_KEY_IN_DETAIL = 100;

const quoted = (key: string): string => JSON.stringify(key.slice(0, MAX_KEY_IN_DETAIL));

function toError(problem: JsonStructureProblem): AppError {
  switch (problem.kind) {
    case 'too_deep':
      return new AppError(
        'json_too_deep',
        HttpStatus.BAD_REQUEST,
        'Bad request',
        `The JSON body nests arrays or objects deeper than ${problem.maxDepth} levels`,
      );
    case 'duplicate_key':
      return new AppError(
        'json_duplicate_key',
        HttpStatus.BAD_REQUEST,
        'Bad request',
        `The JSON body repeats the key ${quoted(problem.key)} within one object`,
      );
    case 'forbidden_key':
      return new AppError(
        'json_forbidden_key',
        HttpStatus.BAD_REQUEST,
        'Bad request',
        `The JSON body uses the key ${quoted(problem.key)}, which is refused`,
      );
    case 'nul_character':
      return new AppError(
        'json_nul_character',
        HttpStatus.BAD_REQUEST,
        'Bad request',
        'The JSON body contains a NUL character (\\u0000), which no field accepts',
      );
  }
}

/**
 * Replaces Nest's JSON body parser with one that first refuses bodies too deep, with repeated keys
 * or with prototype-pollution keys (see findJsonStructureProblem), then parses with Fastify's own
 * parser (which refuses malformed JSON). This API takes JSON (and CSV where a feature registers
 * it): Nest's form-urlencoded parser is not registered and Fastify's plain-text one is removed, so
 * such bodies are answered 415 instead of reaching validation as strings or flat forms.
 */
export function useStrictJsonBodyParser(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('text/plain');
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit }, (request, body, done) => {
    const text = body.toString('utf8');
    const problem = findJsonStructureProblem(text, MAX_JSON_DEPTH);
    if (problem) {
      done(toError(problem), undefined);
      return;
    }
    void parse(request, text, done);
  });
}
