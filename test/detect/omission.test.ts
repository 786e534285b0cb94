import { omission } from '../../src/detect/rules/omission.js';
import { ruleTable } from './harness.js';

ruleTable(omission, {
  valid: [
    {
      lang: 'de',
      source: 'Die Bahn erhöht die Preise. Der Fahrgastverband kritisiert das.',
      rewrite: 'Der Fahrgastverband kritisiert, dass die Bahn die Preise erhöht.',
    },
    {
      lang: 'en',
      source: 'The plant will close in June. About 300 jobs are affected.',
      rewrite: 'About 300 jobs are affected when the plant closes in June.',
    },
  ],
  invalid: [
    {
      lang: 'de',
      source:
        'Die Bahn erhöht die Preise im Fernverkehr. «Das ist eine Zumutung für alle Pendler», sagte der Verbandschef.',
      rewrite: 'Die Bahn erhöht die Preise im Fernverkehr.',
      mentions: ['quote'],
    },
    {
      lang: 'en',
      source: 'The plant will close in June. About 300 jobs are affected, the union said.',
      rewrite: 'The plant will close in June.',
      mentions: ['figures'],
    },
  ],
});
