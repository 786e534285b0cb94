import { quoteAltered } from '../../src/detect/rules/quote-altered.js';
import { ruleTable } from './harness.js';

ruleTable(quoteAltered, {
  valid: [
    {
      lang: 'de',
      source: '«Russland gewinnt nicht», sagte Kallas in Brüssel am Montag.',
      rewrite: 'Kallas sagte am Montag in Brüssel: „Russland gewinnt nicht.“',
    },
    {
      lang: 'de',
      source: '«Wir haben jetzt die Chance auf einen echten Friedensprozess», sagte Merz.',
      rewrite: 'Merz sagte, man habe «jetzt die Chance auf einen echten Friedensprozess».',
    },
    {
      lang: 'en',
      source: '"We will rebuild every home," the governor said on Monday.',
      rewrite: 'The governor said on Monday: "We will rebuild every home."',
    },
    {
      lang: 'en',
      source: 'The mayor promised change in the city.',
      rewrite: 'The mayor promised change in the city.',
    },
    // A short quote kept word for word, or one that shares no word with the source's (another term, not these words).
    {
      lang: 'de',
      source:
        'Die Vergangenheit des Trainers sei kein Kriterium, sondern nur ein „schöner Nebenaspekt“ gewesen.',
      rewrite: 'Die Vergangenheit des Trainers sei nur ein „schöner Nebenaspekt“ und kein Kriterium gewesen.',
    },
    {
      lang: 'en',
      source: 'The minister called the plan a "historic step" for the region on Monday.',
      rewrite: 'On Monday the minister called the plan "long overdue" for the region.',
    },
  ],
  invalid: [
    // One word added to a long quote barely moves its similarity, but a quotation is verbatim.
    {
      lang: 'de',
      source:
        '„Trotz der für diese Zeit des Jahres üblichen saisonalen Effekte verzeichnen wir derzeit sinkende Arbeitslosenzahlen, und bemerkenswert ist, dass die Arbeitslosigkeit mit derzeit 406.987 arbeitslos gemeldeten Personen inklusive der Teilnehmerinnen und Teilnehmer an Schulungen um knapp 23.700 Personen unter dem Niveau der Vergleichswoche des Jahres 2019 liegt“, erklärte der Minister am Dienstag.',
      rewrite:
        '„Trotz der für diese Zeit des Jahres üblichen saisonalen Effekte verzeichnen wir derzeit stark sinkende Arbeitslosenzahlen, und bemerkenswert ist, dass die Arbeitslosigkeit mit derzeit 406.987 arbeitslos gemeldeten Personen inklusive der Teilnehmerinnen und Teilnehmer an Schulungen um knapp 23.700 Personen unter dem Niveau der Vergleichswoche des Jahres 2019 liegt“, erklärte der Minister am Dienstag.',
      errors: [
        {
          messageId: 'reworded',
          severity: 'high',
          source:
            '„Trotz der für diese Zeit des Jahres üblichen saisonalen Effekte verzeichnen wir derzeit sinkende Arbeitslosenzahlen, und bemerkenswert ist, dass die Arbeitslosigkeit mit derzeit 406.987 arbeitslos gemeldeten Personen inklusive der Teilnehmerinnen und Teilnehmer an Schulungen um knapp 23.700 Personen unter dem Niveau der Vergleichswoche des Jahres 2019 liegt“',
          rewrite:
            '„Trotz der für diese Zeit des Jahres üblichen saisonalen Effekte verzeichnen wir derzeit stark sinkende Arbeitslosenzahlen, und bemerkenswert ist, dass die Arbeitslosigkeit mit derzeit 406.987 arbeitslos gemeldeten Personen inklusive der Teilnehmerinnen und Teilnehmer an Schulungen um knapp 23.700 Personen unter dem Niveau der Vergleichswoche des Jahres 2019 liegt“',
        },
      ],
    },
    {
      lang: 'en',
      source:
        '"Despite the usual seasonal effects at this time of year we are currently seeing falling unemployment, and it is remarkable that unemployment, with 406,987 people currently registered as unemployed including the participants in training courses, is almost 23,700 people below the level of the same week in 2019, which shows that the effects of the pandemic now shape the labour market only in certain areas such as long-term unemployment," the minister said on Tuesday.',
      rewrite:
        '"Despite the usual seasonal effects at this time of year we are currently seeing fast falling unemployment, and it is remarkable that unemployment, with 406,987 people currently registered as unemployed including the participants in training courses, is almost 23,700 people below the level of the same week in 2019, which shows that the effects of the pandemic now shape the labour market only in certain areas such as long-term unemployment," the minister said on Tuesday.',
      errors: [
        {
          messageId: 'reworded',
          severity: 'high',
          source:
            '"Despite the usual seasonal effects at this time of year we are currently seeing falling unemployment, and it is remarkable that unemployment, with 406,987 people currently registered as unemployed including the participants in training courses, is almost 23,700 people below the level of the same week in 2019, which shows that the effects of the pandemic now shape the labour market only in certain areas such as long-term unemployment,"',
          rewrite:
            '"Despite the usual seasonal effects at this time of year we are currently seeing fast falling unemployment, and it is remarkable that unemployment, with 406,987 people currently registered as unemployed including the participants in training courses, is almost 23,700 people below the level of the same week in 2019, which shows that the effects of the pandemic now shape the labour market only in certain areas such as long-term unemployment,"',
        },
      ],
    },
    {
      lang: 'de',
      source: '«Sie sind in einer schwierigen Lage», sagte Kallas über die Russen.',
      rewrite: '«Sie sind in einer aussichtslosen Lage», sagte Kallas über die Russen.',
      errors: [
        {
          messageId: 'wordsReplaced',
          severity: 'high',
          source: '«Sie sind in einer schwierigen Lage»',
          rewrite: '«Sie sind in einer aussichtslosen Lage»',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Merz sagte: „Wir werden die Ukraine weiter unterstützen.“',
      rewrite: 'Merz sagte: „Wir werden die Ukraine nicht weiter unterstützen.“',
      errors: [
        {
          messageId: 'reworded',
          severity: 'high',
          source: '„Wir werden die Ukraine weiter unterstützen.“',
          rewrite: '„Wir werden die Ukraine nicht weiter unterstützen.“',
        },
      ],
    },
    {
      lang: 'en',
      source: '"We will rebuild every home," the governor said on Monday.',
      rewrite: '"We will rebuild most homes," the governor said on Monday.',
      errors: [
        {
          messageId: 'wordsReplaced',
          severity: 'high',
          source: '"We will rebuild every home,"',
          rewrite: '"We will rebuild most homes,"',
        },
      ],
    },
    {
      lang: 'en',
      source: 'She said: "The budget is balanced and the debt is falling."',
      rewrite: 'She said: "The budget is balanced and the debt is rising."',
      errors: [
        {
          messageId: 'wordsReplaced',
          severity: 'high',
          source: '"The budget is balanced and the debt is falling."',
          rewrite: '"The budget is balanced and the debt is rising."',
        },
      ],
    },
    // A short quote with one word changed: still someone's words, medium.
    {
      lang: 'de',
      source:
        'Die Vergangenheit des Trainers sei kein Kriterium, sondern nur ein „schöner Nebenaspekt“ gewesen.',
      rewrite:
        'Die Vergangenheit des Trainers sei kein Kriterium, sondern nur ein „wichtiger Nebenaspekt“ gewesen.',
      errors: [
        {
          messageId: 'wordsReplaced',
          severity: 'medium',
          source: '„schöner Nebenaspekt“',
          rewrite: '„wichtiger Nebenaspekt“',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The minister called the plan a "historic step" for the region on Monday.',
      rewrite: 'The minister called the plan a "cautious step" for the region on Monday.',
      errors: [
        {
          messageId: 'wordsReplaced',
          severity: 'medium',
          source: '"historic step"',
          rewrite: '"cautious step"',
        },
      ],
    },
    // A quote the rewrite moved into a sentence of its own, beside the statement that holds it in the source.
    {
      lang: 'de',
      source:
        'Kanzler Karl Nehammer betonte am Montag in Wien, man habe ein Paket geschnürt, man wolle „schnell helfen“. Die Opposition kritisierte das Paket als zu klein.',
      rewrite:
        'Kanzler Karl Nehammer betonte am Montag in Wien, man habe ein Paket geschnürt. Man wolle „rasch und unbürokratisch helfen“. Die Opposition kritisierte das Paket als zu klein.',
      errors: [
        {
          messageId: 'wordsReplaced',
          severity: 'high',
          source: '„schnell helfen“',
          rewrite: '„rasch und unbürokratisch helfen“',
        },
      ],
    },
    {
      lang: 'en',
      source:
        'The mayor said on Monday that the city would act on rents, and that it wanted to "help tenants quickly". Critics called the plan too small.',
      rewrite:
        'The mayor said on Monday that the city would act on rents. It wanted to "help tenants without red tape". Critics called the plan too small.',
      errors: [
        {
          messageId: 'wordsReplaced',
          severity: 'high',
          source: '"help tenants quickly"',
          rewrite: '"help tenants without red tape"',
        },
      ],
    },
  ],
});
