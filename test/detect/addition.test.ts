import { addition } from '../../src/detect/rules/addition.js';
import { ruleTable } from './harness.js';

ruleTable(addition, {
  valid: [
    {
      lang: 'de',
      source: 'Die Bahn erhöht die Preise. Der Fahrgastverband kritisiert das.',
      rewrite: 'Der Fahrgastverband kritisiert die Bahn. Sie erhöht die Preise.',
    },
    {
      lang: 'en',
      source: 'The plant will close in June. About 300 jobs are affected.',
      rewrite: 'About 300 jobs are affected. The plant will close in June.',
    },
  ],
  invalid: [
    {
      lang: 'de',
      source: 'Die Bahn erhöht die Preise im Fernverkehr. Der Fahrgastverband kritisiert das.',
      rewrite:
        'Die Bahn erhöht die Preise im Fernverkehr. Der Fahrgastverband kritisiert das. Im nächsten Jahr sollen 500 neue Züge bestellt werden.',
      mentions: ['not in the source'],
    },
    {
      lang: 'en',
      source: 'The plant will close in June. About 300 jobs are affected.',
      rewrite:
        'The plant will close in June. About 300 jobs are affected. Workers plan a protest march to the state capital on Friday.',
    },
  ],
});
