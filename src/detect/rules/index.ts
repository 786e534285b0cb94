import { addition } from './addition.js';
import { attribution } from './attribution.js';
import { certainty } from './certainty.js';
import { dateTime } from './date-time.js';
import { entity } from './entity.js';
import { eventStatus } from './event-status.js';
import { framing } from './framing.js';
import { modality } from './modality.js';
import { negation } from './negation.js';
import { number } from './number.js';
import { omission } from './omission.js';
import { quoteAltered } from './quote-altered.js';
import { quoteUnsupported } from './quote-unsupported.js';
import { roleChange } from './role-change.js';

/** Every detector. A new finding type is a new file here and one line in this list. */
export const rules = [
  roleChange,
  eventStatus,
  modality,
  certainty,
  quoteAltered,
  quoteUnsupported,
  attribution,
  number,
  dateTime,
  entity,
  negation,
  addition,
  omission,
  framing,
] as const;

/** The kinds of drift factdiff reports: one per rule, in the order of the list. */
export type FindingType = (typeof rules)[number]['meta']['id'];
export const FINDING_TYPES: readonly FindingType[] = rules.map((rule) => rule.meta.id);
