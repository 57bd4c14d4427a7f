import type * as z from 'zod/mini';

// Errors the interface can explain: a code that maps to a translated message, plus the detail
// (field path, offending value) a person needs to fix the input.
export type DomainErrorCode = 'invalid' | 'not-found' | 'last-column' | 'cycle' | 'conflict';

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly field: string | null;

  constructor(code: DomainErrorCode, message: string, field: string | null = null) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = field;
  }
}

/** Parses a record with its schema, turning the first issue into a DomainError that names the field. */
export function validateRecord<S extends z.ZodMiniType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new DomainError('invalid', 'invalid record');
  throw invalidField(issue.path.length > 0 ? issue.path.join('.') : null, issue.message);
}

/** The refusal of a record whose `field` (null: the record as a whole) breaks a rule, named in the message. */
export function invalidField(field: string | null, message: string): DomainError {
  return new DomainError('invalid', `${field ?? 'record'}: ${message}`, field);
}
