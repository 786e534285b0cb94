import type { Rule } from '../rule.js';
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
export const rules: readonly Rule[] = [
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
];
