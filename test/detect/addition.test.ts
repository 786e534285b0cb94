import { addition } from '../../src/detect/rules/addition.js';
import { DE_OTHER_STORY, EN_OTHER_STORY } from './stories.js';
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
    // A new sentence of the source's words with a figure the source never gives: the figure is the claim.
    {
      lang: 'de',
      source:
        'Heizöl und Diesel wurden im Oktober deutlich teurer. Strom blieb dagegen fast gleich teuer. Auch Gas wurde teurer, teilte die Energieagentur mit.',
      rewrite:
        'Heizöl und Diesel wurden im Oktober deutlich teurer. Strom blieb dagegen fast gleich teuer. Diesel kostete im Oktober um 34 Prozent mehr als Heizöl. Auch Gas wurde teurer, teilte die Energieagentur mit.',
      errors: [
        {
          messageId: 'figuresNotInSource',
          severity: 'medium',
          rewrite: 'Diesel kostete im Oktober um 34 Prozent mehr als Heizöl.',
        },
      ],
    },
    {
      lang: 'en',
      source:
        'Heating oil and diesel became much dearer in October. Electricity stayed almost as cheap. Gas also rose, the energy agency said.',
      rewrite:
        'Heating oil and diesel became much dearer in October. Electricity stayed almost as cheap. In October diesel rose 34 percent more than heating oil. Gas also rose, the energy agency said.',
      errors: [
        {
          messageId: 'figuresNotInSource',
          severity: 'medium',
          rewrite: 'In October diesel rose 34 percent more than heating oil.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The council approved the new budget on Tuesday. The vote was close.',
      rewrite:
        'The council approved the new budget on Tuesday. The vote was close. Critics fear the plan will hurt small businesses across the region.',
      errors: [
        {
          messageId: 'claim',
          severity: 'low',
          rewrite: 'Critics fear the plan will hurt small businesses across the region.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen. Die Abstimmung war knapp.',
      rewrite:
        'Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen. Die Abstimmung war knapp. Kritiker befürchten Nachteile für kleine Betriebe in der ganzen Region.',
      errors: [
        {
          messageId: 'claim',
          severity: 'low',
          rewrite: 'Kritiker befürchten Nachteile für kleine Betriebe in der ganzen Region.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Bahn erhöht die Preise im Fernverkehr. Der Fahrgastverband kritisiert das.',
      rewrite:
        'Die Bahn erhöht die Preise im Fernverkehr. Der Fahrgastverband kritisiert das. Im nächsten Jahr sollen 500 neue Züge bestellt werden.',
      errors: [
        {
          messageId: 'claimWithFacts',
          severity: 'medium',
          rewrite: 'Im nächsten Jahr sollen 500 neue Züge bestellt werden.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The plant will close in June. About 300 jobs are affected.',
      rewrite:
        'The plant will close in June. About 300 jobs are affected. Workers plan a protest march to the state capital on Friday.',
      errors: [
        {
          messageId: 'claimWithFacts',
          severity: 'medium',
          rewrite: 'Workers plan a protest march to the state capital on Friday.',
        },
      ],
    },
    // The added claim's words stand in the source's second story, one here and one there: no passage says it.
    {
      lang: 'en',
      source: `The city council approved the new budget on Tuesday. ${EN_OTHER_STORY}`,
      rewrite: `The city council approved the new budget on Tuesday. The mayor said schools would receive more money for teachers and buildings. ${EN_OTHER_STORY}`,
      errors: [
        {
          messageId: 'claim',
          severity: 'low',
          rewrite: 'The mayor said schools would receive more money for teachers and buildings.',
        },
      ],
    },
    {
      lang: 'de',
      source: `Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen. ${DE_OTHER_STORY}`,
      rewrite: `Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen. Der Bürgermeister sagte, die Schulen bekämen mehr Geld für Lehrer und Gebäude. ${DE_OTHER_STORY}`,
      errors: [
        {
          messageId: 'claim',
          severity: 'low',
          rewrite: 'Der Bürgermeister sagte, die Schulen bekämen mehr Geld für Lehrer und Gebäude.',
        },
      ],
    },
  ],
});
