/**
 * The values the document page offers for the contract's enum fields, read from the zod
 * schema so that the page never holds a second copy that could drift from it.
 */
import { BodyType, DocumentKind, Outcome, Person } from '../schema/minutes.ts';

export const FIELD_CHOICES = {
  kinds: DocumentKind.options,
  bodyTypes: BodyType.options,
  outcomes: Outcome.options,
  civilities: Person.shape.civility.unwrap().options,
} as const;
