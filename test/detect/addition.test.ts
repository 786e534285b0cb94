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
    // A clause the source says in other words: verbs it does not use, one noun at most, synonyms the resources give.
    {
      lang: 'de',
      source: 'Im Sommer verließ der Trainer den Verein. Seit dem Herbst arbeitet er wieder für ihn.',
      rewrite:
        'Im Sommer verließ der Trainer den Verein, doch seit dem Herbst kehrt er zurück an seinen Arbeitsplatz.',
    },
    {
      lang: 'en',
      source: 'The city plans new rules for scooters. Several cities already use such rules.',
      rewrite: 'The city plans new rules for scooters, which several cities have already put in place.',
    },
    {
      lang: 'en',
      source: 'The museum in the town shows old cars from the collection of a doctor.',
      rewrite:
        'The museum in the town shows old vehicles, which belong to the motorcar collection of a physician.',
    },
    {
      lang: 'de',
      source: 'Das Museum der Stadt zeigt alte Autos aus der Sammlung eines Arztes.',
      rewrite:
        'Das Museum der Stadt zeigt alte Fahrzeuge, die zur Sammlung von Wagen eines Mediziners gehören.',
    },
  ],
  invalid: [
    // A clause added to a kept statement, naming things the source names nowhere.
    {
      lang: 'de',
      source: 'Für viel Spaß sorgt auch eine Verlosung besonderer Art: das Schrottwichteln.',
      rewrite:
        'Für viel Spaß sorgt auch eine Verlosung besonderer Art: das Schrottwichteln, das ursprünglich aus den USA stammt.',
      errors: [
        {
          messageId: 'clauseAdded',
          severity: 'low',
          source: 'Für viel Spaß sorgt auch eine Verlosung besonderer Art: das Schrottwichteln.',
          rewrite: 'das ursprünglich aus den USA stammt',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Since 2011 the page has been presenting pictures of works of art in public space.',
      rewrite:
        'Since 2011 the page has been presenting pictures of works of art in public space, and it is now the largest archive of its kind in Europe.',
      errors: [
        {
          messageId: 'clauseAdded',
          severity: 'low',
          source: 'Since 2011 the page has been presenting pictures of works of art in public space.',
          rewrite: 'and it is now the largest archive of its kind in Europe',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Kinder backen im Advent Plätzchen nach einem alten Rezept.',
      rewrite:
        'Die Kinder backen im Advent Plätzchen nach einem alten Rezept, das von der Großmutter aus dem Schwarzwald stammt.',
      errors: [
        {
          messageId: 'clauseAdded',
          severity: 'low',
          source: 'Die Kinder backen im Advent Plätzchen nach einem alten Rezept.',
          rewrite: 'das von der Großmutter aus dem Schwarzwald stammt',
        },
      ],
    },
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
