// Guids: one pattern for the whole codebase and one rule, lower case from the moment a guid
// enters (user input through guidSchema, FinerWorks answers through wireGuidSchema), so every
// comparison after that is a plain ===.
import { z } from "zod";

/** A normalised (lower-case) guid, for patterns that embed one, such as a media path. */
export const GUID_SOURCE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
/** A guid as input may spell it, in either case. */
export const GUID_PATTERN = new RegExp(`^${GUID_SOURCE}$`, "i");

/** A guid typed or sent by a user: checked, then lower-cased. */
export const guidSchema = z
  .string({ error: "must be text" })
  .regex(GUID_PATTERN, "must be a guid")
  .transform((guid) => guid.toLowerCase());

/** A guid in a FinerWorks answer: lower-cased, not checked (one odd id must not fail a whole page). */
export const wireGuidSchema = z.string().transform((guid) => guid.toLowerCase());
