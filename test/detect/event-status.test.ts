import { eventStatus } from '../../src/detect/rules/event-status.js';
import { ruleTable } from './harness.js';

ruleTable(eventStatus, {
  valid: [
    {
      lang: 'de',
      source: 'Die Gespräche sollen am kommenden Montag in Berlin fortgesetzt werden.',
      rewrite: 'Am kommenden Montag sollen die Gespräche in Berlin weitergehen.',
    },
    {
      lang: 'en',
      source: 'The ministers will hold talks in Brussels on Friday.',
      rewrite: 'The ministers are holding talks in Brussels on Friday.',
    },
    {
      lang: 'en',
      source: 'Moderna plans regulatory filings for the RSV vaccine in the first half of 2023.',
      rewrite: 'In the first half of 2023, Moderna intends to file for approval of the RSV vaccine.',
    },
    {
      lang: 'de',
      source: 'Mit Blick auf Gespräche mit US-Vertretern in München sagte Kallas, sie sei skeptisch.',
      rewrite: 'Vor den geplanten Gesprächen mit US-Vertretern in München zeigte sich Kallas skeptisch.',
    },
    {
      lang: 'de',
      source: 'Die Minister trafen sich bereits am Montag in Brüssel zu Gesprächen.',
      rewrite: 'Schon am Montag kamen die Minister in Brüssel zu Gesprächen zusammen.',
    },
    {
      lang: 'en',
      source: 'The leaders will meet next week in Geneva to discuss the ceasefire.',
      rewrite: 'The leaders plan to meet in Geneva next week to discuss the ceasefire.',
    },
    {
      lang: 'en',
      source: 'The summit took place in Rome and ended with a joint statement.',
      rewrite: 'The summit was held in Rome and ended with a joint statement.',
    },
  ],
  invalid: [
    {
      lang: 'de',
      source: 'Die Gespräche sollen am kommenden Montag in Berlin fortgesetzt werden.',
      rewrite: 'Die Gespräche wurden am Montag in Berlin fortgesetzt.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'sollen', rewrite: 'fortgesetzt' }],
    },
    {
      lang: 'en',
      source: 'The company plans to start production at the Ohio plant.',
      rewrite: 'The company is starting production at the Ohio plant.',
      errors: [{ messageId: 'plannedUnderway', severity: 'medium', source: 'plans', rewrite: 'starting' }],
    },
    {
      lang: 'en',
      source: 'Moderna plans regulatory filings for the RSV vaccine in the first half of 2023.',
      rewrite: 'Moderna filed for regulatory approval of the RSV vaccine in the first half of 2023.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'plans', rewrite: 'filed' }],
    },
    {
      lang: 'de',
      source: 'Die beiden Länder wollen das Abkommen im Sommer in Genf unterzeichnen.',
      rewrite: 'Die beiden Länder unterzeichneten das Abkommen im Sommer in Genf.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'wollen', rewrite: 'unterzeichneten' }],
    },
    {
      lang: 'de',
      source:
        'Mit Blick auf Gespräche mit US-Vertretern bei der Münchner Sicherheitskonferenz sagte Kallas, sie habe keine großen Erwartungen.',
      rewrite:
        'Bei der Münchner Sicherheitskonferenz führte Kallas bereits Gespräche mit US-Vertretern und hatte keine großen Erwartungen.',
      errors: [
        { messageId: 'plannedHappened', severity: 'high', source: 'Mit Blick auf', rewrite: 'führte' },
      ],
    },
    {
      lang: 'de',
      source: 'Das geplante Treffen der Außenminister soll in zwei Wochen in Brüssel stattfinden.',
      rewrite: 'Das Treffen der Außenminister fand bereits in Brüssel statt.',
      errors: [{ messageId: 'plannedHappened', severity: 'high', source: 'geplante', rewrite: 'bereits' }],
    },
    {
      lang: 'en',
      source: 'The ministers are scheduled to sign the agreement in Paris next month.',
      rewrite: 'The ministers already signed the agreement in Paris.',
      errors: [{ messageId: 'plannedHappened', severity: 'high', source: 'scheduled', rewrite: 'already' }],
    },
    {
      lang: 'en',
      source: 'The two presidents already held talks in Vienna on the border dispute.',
      rewrite: 'The two presidents will hold talks in Vienna on the border dispute next week.',
      errors: [{ messageId: 'doneAsPlanned', severity: 'medium', source: 'already', rewrite: 'will' }],
    },
  ],
});
