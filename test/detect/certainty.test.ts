import { certainty } from '../../src/detect/rules/certainty.js';
import { ruleTable } from './harness.js';

ruleTable(certainty, {
  valid: [
    {
      lang: 'de',
      source: 'Der Verdächtige ist offenbar nach Frankreich geflohen.',
      rewrite: 'Offenbar floh der Verdächtige nach Frankreich.',
    },
    {
      lang: 'de',
      source: 'Das Museum öffnet im Mai wieder seine Türen.',
      rewrite: 'Im Mai öffnet das Museum seine Türen wieder.',
    },
    {
      lang: 'en',
      source: 'The suspect reportedly fled to France after the robbery.',
      rewrite: 'After the robbery the suspect reportedly fled to France.',
    },
    {
      lang: 'en',
      source: 'The museum reopens its doors in May.',
      rewrite: 'In May the museum reopens its doors.',
    },
  ],
  invalid: [
    {
      lang: 'de',
      source: 'Der Verdächtige ist offenbar nach Frankreich geflohen.',
      rewrite: 'Der Verdächtige ist nach Frankreich geflohen.',
      mentions: ['Hedge removed', 'offenbar'],
    },
    {
      lang: 'de',
      source: 'Die Vorschläge werden beim nächsten Treffen diskutiert.',
      rewrite: 'Die Vorschläge werden voraussichtlich beim nächsten Treffen diskutiert.',
      mentions: ['Hedge added'],
    },
    {
      lang: 'en',
      source: 'The minister allegedly accepted payments from the firm.',
      rewrite: 'The minister accepted payments from the firm.',
      mentions: ['allegedly'],
    },
    {
      lang: 'en',
      source: 'The virus spread through the school in two weeks.',
      rewrite: 'The virus apparently spread through the school in two weeks.',
      mentions: ['Hedge added'],
    },
  ],
});
