import { negation } from '../../src/detect/rules/negation.js';
import { ruleTable } from './harness.js';

ruleTable(negation, {
  valid: [
    {
      lang: 'en',
      source: 'The council did not approve the new budget on Tuesday.',
      rewrite: 'On Tuesday the council failed to approve the new budget.',
    },
    {
      lang: 'de',
      source: 'Die Geheimdienste deuten nicht auf einen bevorstehenden russischen Durchbruch hin.',
      rewrite: 'Russland wird laut Geheimdiensten keinen strategischen Durchbruch erzielen.',
    },
    {
      lang: 'de',
      source: 'Die Preise sind im März deutlich gestiegen.',
      rewrite: 'Im März sind die Preise deutlich gestiegen.',
    },
    {
      lang: 'en',
      source: 'The council did not approve the new budget on Tuesday.',
      rewrite: 'On Tuesday the council did not approve the new budget.',
    },
    {
      lang: 'en',
      source: 'Sales rose sharply in the second quarter.',
      rewrite: 'In the second quarter, sales rose sharply.',
    },
  ],
  invalid: [
    {
      lang: 'en',
      source: 'The council failed to approve the new budget on Tuesday.',
      rewrite: 'The council approved the new budget on Tuesday.',
      mentions: ['failed to'],
    },
    {
      lang: 'de',
      source: 'Die Regierung wird die Steuern im Herbst erhöhen.',
      rewrite: 'Die Regierung wird die Steuern im Herbst nicht erhöhen.',
      mentions: ['Negation inserted', 'nicht'],
    },
    {
      lang: 'de',
      source: 'Die Verluste der Armee sind deutlich gestiegen.',
      rewrite: 'Die Verluste der Armee sind deutlich gesunken.',
      mentions: ['gestiegen', 'gesunken'],
    },
    {
      lang: 'en',
      source: 'The council did not approve the new budget on Tuesday.',
      rewrite: 'The council approved the new budget on Tuesday.',
      mentions: ['Negation removed'],
    },
    {
      lang: 'en',
      source: 'The company reported a decline in vaccine sales.',
      rewrite: 'The company reported an increase in vaccine sales.',
      mentions: ['decline', 'increase'],
    },
  ],
});
