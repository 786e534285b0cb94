import { dateTime } from '../../src/detect/rules/date-time.js';
import { ruleTable } from './harness.js';

ruleTable(dateTime, {
  valid: [
    // The same part of the day in other words: a clock time within it, a weekday joined to it, "overnight".
    {
      lang: 'en',
      source: 'The fire broke out at 10 p.m. in the old town.',
      rewrite: 'The fire broke out in the evening in the old town.',
    },
    {
      lang: 'de',
      source: 'Die Ministerin traf am Montag am Morgen in Kiew ein.',
      rewrite: 'Die Ministerin traf am Montagmorgen in Kiew ein.',
    },
    {
      lang: 'en',
      source: 'Germany has many options for staying overnight at low cost.',
      rewrite: 'Germany has many cheap options for spending the night.',
    },
    {
      lang: 'en',
      source: 'The talks went on for months.',
      rewrite: 'For months, the talks went on.',
    },
    {
      lang: 'de',
      source: 'Die Gespräche zogen sich über Monate hin.',
      rewrite: 'Die Gespräche dauerten monatelang.',
    },
    // "today" for a word of the present that needs no date: "these days", "heutzutage" (nowadays).
    {
      lang: 'en',
      source: 'These days most commuters in the city pay their fares by phone.',
      rewrite: 'Today most commuters in the city pay their fares by phone.',
    },
    {
      lang: 'de',
      source: 'Heutzutage zahlen die meisten Pendler in der Stadt ihre Fahrkarten mit dem Handy.',
      rewrite: 'Heute zahlen die meisten Pendler in der Stadt ihre Fahrkarten mit dem Handy.',
    },
    // A part of the day as a noun ("am Morgen") is no "morgen" (tomorrow).
    {
      lang: 'de',
      source: 'Das Frühstück ist wichtig. Die Deutschen trinken ihren Kaffee am liebsten morgens.',
      rewrite: 'Das Frühstück ist wichtig. Die Deutschen trinken ihren Kaffee am liebsten am Morgen.',
    },
    {
      lang: 'en',
      source: 'Breakfast matters. Germans drink most of their coffee in the mornings.',
      rewrite: 'Breakfast matters. Germans drink most of their coffee in the morning.',
    },
    // A season said for a month within it says less, not otherwise; a day within the source's season says more.
    {
      lang: 'de',
      source: 'Im Oktober 2013 feierten die Gastronomen ihre Küche.',
      rewrite: 'Im Herbst 2013 feierten die Gastronomen ihre Küche.',
    },
    {
      lang: 'en',
      source: 'The museum opened in December.',
      rewrite: 'The museum opened in winter.',
    },
    // The same era, written another way.
    {
      lang: 'de',
      source: 'Köln wurde im Jahr 38 v. Chr. gegründet, sagen Historiker.',
      rewrite: 'Köln wurde 38 vor Christus gegründet, sagen Historiker.',
    },
    {
      lang: 'en',
      source: 'The church was built in AD 800, the historians say.',
      rewrite: 'The church was built in 800 AD, the historians say.',
    },
    // Four bare digits read against a statement that gives them as a year are that year.
    {
      lang: 'de',
      source: 'Im Jahr 1871 gründete der Apotheker Karl Weber in Kassel eine kleine Fabrik.',
      rewrite: 'Der Apotheker Karl Weber gründete 1871 in Kassel eine kleine Fabrik.',
    },
    {
      lang: 'en',
      source: 'The pharmacist Karl Weber set up a small factory in Kassel in 1871.',
      rewrite: 'The small factory, set up 1871 in Kassel, belonged to the pharmacist Karl Weber.',
    },
    // One unit of time made whole is a length, however "whole" is said.
    {
      lang: 'en',
      source: 'In a workshop, participants spent a whole day with a robot dinosaur.',
      rewrite: 'In a workshop, participants spent an entire day with a robot dinosaur.',
    },
    {
      lang: 'de',
      source: 'In einem Workshop verbrachten Teilnehmer einen ganzen Tag mit einem Dino-Roboter.',
      rewrite: 'In einem Workshop verbrachten die Teilnehmer einen vollen Tag mit einem Dino-Roboter.',
    },
    // The same early year led by another time word or an approximation.
    {
      lang: 'en',
      source: 'From about 1720, a new and quite different style of garden developed in England.',
      rewrite: 'Around 1720, England developed a new and entirely different garden style.',
    },
    {
      lang: 'de',
      source: 'Ab etwa 1720 entstand in England ein neuer, ganz anderer Gartenstil.',
      rewrite: 'Um 1720 entwickelte sich in England ein neuer, ganz anderer Gartenstil.',
    },
    {
      lang: 'en',
      source: 'From 1789, the gardener created the English Garden in Munich.',
      rewrite: 'Starting in 1789, the gardener laid out the English Garden in Munich.',
    },
    // "now" and "today" both name the moment of writing, whichever side says which.
    {
      lang: 'en',
      source: 'Where planes once took off and landed, visitors from all over the world now throng.',
      rewrite: 'Planes used to take off and land there; today visitors from around the world crowd the site.',
    },
    {
      lang: 'de',
      source: 'Wo früher Flugzeuge starteten und landeten, tummeln sich heute Besucher aus aller Welt.',
      rewrite: 'Wo früher Flugzeuge starteten und landeten, tummeln sich jetzt Besucher aus aller Welt.',
    },
    {
      lang: 'de',
      source: 'Derzeit warten rund 300 Familien auf eine Wohnung, teilte die Stadt mit.',
      rewrite: 'Heute warten rund 300 Familien auf eine Wohnung, teilte die Stadt mit.',
    },
    // The same time of day on a 24-hour and a 12-hour clock, or with minutes told.
    {
      lang: 'en',
      source: 'At around 1 p.m. a neighbour on the third floor noticed a smell of burning, police said.',
      rewrite: 'At around 1:00 pm a neighbour on the third floor noticed a smell of burning, police said.',
    },
    {
      lang: 'de',
      source: 'Gegen 13 Uhr hatte ein Nachbar im dritten Stock Brandgeruch bemerkt, teilte die Polizei mit.',
      rewrite:
        'Gegen 13.00 Uhr hatte ein Nachbar im dritten Stock Brandgeruch bemerkt, teilte die Polizei mit.',
    },
    // The same weekday, told with a part of the day joined to it or apart.
    {
      lang: 'de',
      source: 'Der erste Verdachtsfall wurde am Samstagabend vom Land Tirol bekanntgegeben.',
      rewrite: 'Der erste Verdachtsfall wurde am Samstag am Abend vom Land Tirol bekanntgegeben.',
    },
    // A part joined to the century's ordinal ("the mid-19th century"), and the present said as today.
    {
      lang: 'en',
      source: 'LeMO is a journey through German history from the middle of the 19th century to the present.',
      rewrite: 'LeMO takes users through German history from the mid-19th century to today.',
    },
    {
      lang: 'de',
      source:
        'LeMO ist ein Gang durch die deutsche Geschichte von der Mitte des 19. Jahrhunderts bis zur Gegenwart.',
      rewrite: 'LeMO führt durch die deutsche Geschichte von der Mitte des 19. Jahrhunderts bis heute.',
    },
    // A century read as a time, with its part: the same century said otherwise is no change.
    {
      lang: 'en',
      source: 'The painting was made in the late 15th or early 16th century in Florence, the expert said.',
      rewrite:
        'The painting dates from the late 15th or early 16th century and was made in Florence, the expert said.',
    },
    {
      lang: 'de',
      source:
        'Das Gemälde entstand Ende des 15. oder Anfang des 16. Jahrhunderts in Florenz, sagte der Experte.',
      rewrite:
        'Das Gemälde wurde Ende des 15. oder Anfang des 16. Jahrhunderts in Florenz gemalt, sagte der Experte.',
    },
    // A day as its possessive is that day: "Monday's talks".
    {
      lang: 'en',
      source: 'The mood in the chancellery was upbeat when the talks on Ukraine ended on Monday.',
      rewrite: "Optimism reigned at the chancellery after Monday's talks on Ukraine.",
    },
    {
      lang: 'de',
      source: 'Die Stimmung im Kanzleramt war optimistisch, als die Gespräche am Montag endeten.',
      rewrite: 'Nach den Gesprächen vom Montag herrschte im Kanzleramt Zuversicht.',
    },
    // A part of a year or a month in other words, or a month made more precise: the same time.
    {
      lang: 'de',
      source: 'Bis Jahresende sollen alle Schulen saniert sein.',
      rewrite: 'Bis Ende des Jahres sollen alle Schulen saniert sein.',
    },
    {
      lang: 'en',
      source: 'All schools are to be renovated by the end of the year.',
      rewrite: 'All schools are to be renovated by the end of this year.',
    },
    {
      lang: 'de',
      source: 'Die Wahl findet im März statt.',
      rewrite: 'Die Wahl findet Anfang März statt.',
    },
    {
      lang: 'en',
      source: 'The vote will take place in March.',
      rewrite: 'The vote will take place in early March.',
    },
    // A span with a fraction, in figures or in words: the same time.
    {
      lang: 'en',
      source: 'Lordstown has struggled since it went public nearly 2 1/2 years ago.',
      rewrite: 'Lordstown has struggled since it went public nearly two and a half years ago.',
    },
    {
      lang: 'de',
      source: 'Die Firma kämpft, seit sie vor zweieinhalb Jahren an die Börse ging.',
      rewrite: 'Die Firma kämpft, seit sie vor 2,5 Jahren an die Börse ging.',
    },
    // A day named without its year is the same day as the article's full date for it, in either direction.
    {
      lang: 'en',
      source: 'Staff have until March 15, 2023 to remove the app from their phones.',
      rewrite: 'Staff have until March 15 to remove the app from their phones.',
    },
    {
      lang: 'de',
      source: 'Die Mitarbeiter haben bis 15. März Zeit, die App zu löschen.',
      rewrite: 'Die Mitarbeiter haben bis zum 15. März 2023 Zeit, die App zu löschen.',
    },
    {
      lang: 'en',
      source: 'The girl fell ill on 16 February and died on Wednesday.',
      rewrite: 'The girl, who fell ill on February 16, died on Wednesday.',
    },
    // A weekday is the day of the article's week it names: "Monday" is 10 March in an article of that date.
    {
      lang: 'en',
      source: '10 March 2025\n\nThe ministers met on Monday in Brussels to discuss the grain deal.',
      rewrite: '10 March 2025\n\nThe ministers met on March 10 in Brussels to discuss the grain deal.',
    },
    {
      lang: 'de',
      source:
        '10. März 2025\n\nDie Minister trafen sich am Montag in Brüssel, um über das Abkommen zu beraten.',
      rewrite:
        '10. März 2025\n\nDie Minister trafen sich am 10. März in Brüssel, um über das Abkommen zu beraten.',
    },
    // A month without its year is the month the article's date places it in; "last year" is the year before it.
    {
      lang: 'en',
      source: '10 April 2025\n\nUnemployment rose to 5 percent in March, the statistics office said.',
      rewrite: '10 April 2025\n\nUnemployment rose to 5 percent in March 2025, the statistics office said.',
    },
    {
      lang: 'de',
      source: '10. April 2025\n\nDie Arbeitslosigkeit stieg im März 2025 auf 5 Prozent, teilte das Amt mit.',
      rewrite: '10. April 2025\n\nDie Arbeitslosigkeit stieg im März auf 5 Prozent, teilte das Amt mit.',
    },
    {
      lang: 'en',
      source: '10 April 2025\n\nThe airline carried 12 million passengers last year.',
      rewrite: '10 April 2025\n\nThe airline carried 12 million passengers in 2024.',
    },
    {
      lang: 'de',
      source: '10. April 2025\n\nDie Fluglinie beförderte im vergangenen Jahr 12 Millionen Passagiere.',
      rewrite: '10. April 2025\n\nDie Fluglinie beförderte 2024 12 Millionen Passagiere.',
    },
    {
      lang: 'en',
      source: '10 April 2025\n\nSales at the chain fell last month, the company said.',
      rewrite: '10 April 2025\n\nSales at the chain fell in March, the company said.',
    },
    // With no date to place it, a month is that month of any year: the rewrite only says more.
    {
      lang: 'de',
      source: 'Die Arbeitslosigkeit stieg im März auf 5 Prozent, teilte das Amt mit.',
      rewrite: 'Die Arbeitslosigkeit stieg im März 2025 auf 5 Prozent, teilte das Amt mit.',
    },
    // German writes the day first: "im März 2 Millionen" is a month and a figure, not 2 March.
    {
      lang: 'de',
      source: 'Im März kamen 2 Millionen Besucher in die Ausstellung.',
      rewrite: 'In die Ausstellung kamen im März 2 Millionen Besucher.',
    },
    {
      lang: 'en',
      source: 'Prime Minister Theresa May said the talks may resume.',
      rewrite: 'Prime Minister Theresa May said that the talks may resume.',
    },
    {
      lang: 'en',
      source: 'Prices rose by a fifth over the past two years, the office said.',
      rewrite: 'In the last two years prices rose by a fifth, the office said.',
    },
    {
      lang: 'de',
      source:
        '2. März 2026\n\nDie Minister der Europäischen Union treffen sich in drei Wochen in Rom, um über das Getreideabkommen zu beraten.',
      rewrite:
        '2. März 2026\n\nDie Minister der Europäischen Union treffen sich am 23. März 2026 in Rom, um über das Getreideabkommen zu beraten.',
    },
    {
      lang: 'en',
      source: 'The ministers will meet in a week in Rome to sign the deal.',
      rewrite: 'In a week the ministers will meet in Rome to sign the deal.',
    },
    {
      lang: 'de',
      source: 'Das Treffen findet am 10. Februar 2026 in Brüssel statt.',
      rewrite: 'In Brüssel findet das Treffen am 10.02.2026 statt.',
    },
    {
      lang: 'de',
      source: 'Am Montag kamen die Minister in Brüssel zusammen.',
      rewrite: 'Die Minister kamen am Montag in Brüssel zusammen.',
    },
    {
      lang: 'en',
      source: 'The company expects sales of $5bn in 2023.',
      rewrite: 'The company expects $5bn in sales by 2023.',
    },
    {
      lang: 'en',
      source: 'date 2026-02-10 Talks resume tomorrow in Geneva.',
      rewrite: 'Feb. 10, 2026\n\nTalks resume on February 11, 2026 in Geneva.',
    },
    // A day with no year inside the source's month says more, as a month inside its season does.
    {
      lang: 'de',
      source: 'Vielerorts beginnt die Saison schon im November.',
      rewrite: 'Vielerorts beginnt die Saison schon am 11. November.',
    },
    {
      lang: 'en',
      source: 'In many places the season starts as early as November.',
      rewrite: 'In many places the season starts as early as 11 November.',
    },
  ],
  invalid: [
    // A part of the day changed, alone or joined to a weekday; "morgen" is tomorrow, "am Morgen" in the morning.
    {
      lang: 'en',
      source: 'The minister arrived in Kyiv on Monday morning.',
      rewrite: 'The minister arrived in Kyiv on Monday evening.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'morning', rewrite: 'evening' }],
    },
    {
      lang: 'de',
      source: 'Die Ministerin traf am Montagmorgen in Kiew ein.',
      rewrite: 'Die Ministerin traf am Montagabend in Kiew ein.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'Montagmorgen', rewrite: 'Montagabend' }],
    },
    {
      lang: 'de',
      source: 'Der Minister reist morgen nach Kiew.',
      rewrite: 'Der Minister reist am Morgen nach Kiew.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'morgen', rewrite: 'Morgen' }],
    },
    // A length of time with no number added to a kept statement, or changed.
    {
      lang: 'en',
      source: 'Made into pesto, the leaves keep longer in the fridge.',
      rewrite: 'Made into pesto, the leaves keep for months in the fridge.',
      errors: [{ messageId: 'notInSource', severity: 'medium', rewrite: 'for months' }],
    },
    {
      lang: 'de',
      source: 'Zu Pesto verarbeitet, halten die Blätter gekühlt länger.',
      rewrite: 'Zu Pesto verarbeitet, halten die Blätter gekühlt monatelang.',
      errors: [{ messageId: 'notInSource', severity: 'medium', rewrite: 'monatelang' }],
    },
    {
      lang: 'de',
      source: 'Die Verhandlungen dauerten mehrere Wochen.',
      rewrite: 'Die Verhandlungen dauerten mehrere Monate.',
      errors: [
        { messageId: 'changed', severity: 'high', source: 'mehrere Wochen', rewrite: 'mehrere Monate' },
      ],
    },
    // A day of a month the source names only for something else is no more precise version of it.
    {
      lang: 'de',
      source: 'Die Saison beginnt am 6. Januar. Höhepunkt ist die Woche im Februar.',
      rewrite: 'Die Saison beginnt am 6. Februar. Höhepunkt ist die Woche im Februar.',
      errors: [{ messageId: 'changed', severity: 'high', source: '6. Januar', rewrite: '6. Februar' }],
    },
    {
      lang: 'en',
      source: 'The season starts on 6 January. Its high point is a week in February.',
      rewrite: 'The season starts on 6 February. Its high point is a week in February.',
      errors: [{ messageId: 'changed', severity: 'high', source: '6 January', rewrite: '6 February' }],
    },
    // One outside it changes the time.
    {
      lang: 'de',
      source: 'Vielerorts beginnt die Saison schon im November.',
      rewrite: 'Vielerorts beginnt die Saison schon am 11. Dezember.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'November', rewrite: '11. Dezember' }],
    },
    {
      lang: 'en',
      source: 'In many places the season starts as early as November.',
      rewrite: 'In many places the season starts as early as 11 December.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'November', rewrite: '11 December' }],
    },
    // A season replaced by another, or by a month outside it.
    {
      lang: 'de',
      source: 'Im Herbst kommen viele Touristen in die Weinregionen.',
      rewrite: 'Im Frühling kommen viele Touristen in die Weinregionen.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'Herbst', rewrite: 'Frühling' }],
    },
    {
      lang: 'en',
      source: 'In autumn, many tourists visit the wine regions.',
      rewrite: 'In spring, many tourists visit the wine regions.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'autumn', rewrite: 'spring' }],
    },
    {
      lang: 'de',
      source: 'Das Museum öffnete im Sommer 2019.',
      rewrite: 'Das Museum öffnete im Dezember 2019.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'Sommer', rewrite: 'Dezember 2019' }],
    },
    {
      lang: 'en',
      source: 'The festival took place in summer.',
      rewrite: 'The festival took place on 21 June.',
      errors: [{ messageId: 'notInSource', severity: 'medium', rewrite: '21 June' }],
    },
    // A year or a century moved across the start of the era.
    {
      lang: 'en',
      source: 'Cologne was founded by the Romans in 38 BC, the historians say.',
      rewrite: 'Cologne was founded by the Romans in 38 AD, the historians say.',
      errors: [{ messageId: 'changed', severity: 'high', source: '38 BC', rewrite: '38 AD' }],
    },
    {
      lang: 'de',
      source: 'Köln wurde im Jahr 38 vor Christus von den Römern gegründet, sagen Historiker.',
      rewrite: 'Köln wurde im Jahr 38 nach Christus von den Römern gegründet, sagen Historiker.',
      errors: [
        { messageId: 'changed', severity: 'high', source: '38 vor Christus', rewrite: '38 nach Christus' },
      ],
    },
    {
      lang: 'de',
      source: 'Die Siedlung entstand im 5. Jahrhundert v. Chr. am Ufer des Flusses, sagen Historiker.',
      rewrite: 'Die Siedlung entstand im 5. Jahrhundert n. Chr. am Ufer des Flusses, sagen Historiker.',
      errors: [
        {
          messageId: 'changed',
          severity: 'high',
          source: '5. Jahrhundert v. Chr',
          rewrite: '5. Jahrhundert n. Chr',
        },
      ],
    },
    // Four bare digits in place of the source's year: a year changed, not a figure added.
    {
      lang: 'de',
      source: 'Im Jahr 1871 gründete der Apotheker Karl Weber in Kassel eine kleine Fabrik.',
      rewrite: 'Der Apotheker Karl Weber gründete 1881 in Kassel eine kleine Fabrik.',
      errors: [{ messageId: 'changed', severity: 'high', source: '1871', rewrite: '1881' }],
    },
    {
      lang: 'en',
      source: 'The pharmacist Karl Weber set up a small factory in Kassel in 1871.',
      rewrite: 'The small factory, set up 1881 in Kassel, belonged to the pharmacist Karl Weber.',
      errors: [{ messageId: 'changed', severity: 'high', source: '1871', rewrite: '1881' }],
    },
    // A length of one whole unit changed: "a whole day" → "a full week".
    {
      lang: 'en',
      source: 'In a workshop, participants spent a whole day with a robot dinosaur.',
      rewrite: 'In a workshop, participants spent a full week with a robot dinosaur.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'a whole day', rewrite: 'a full week' }],
    },
    {
      lang: 'de',
      source: 'In einem Workshop verbrachten Teilnehmer einen ganzen Tag mit einem Dino-Roboter.',
      rewrite: 'In einem Workshop verbrachten Teilnehmer eine ganze Woche mit einem Dino-Roboter.',
      errors: [
        { messageId: 'changed', severity: 'high', source: 'einen ganzen Tag', rewrite: 'eine ganze Woche' },
      ],
    },
    // A year before 1900 is a year where a time word leads it or a range joins it to one, not a figure.
    {
      lang: 'en',
      source: 'From 1789, the gardener created one of the best-known parks in Munich, the English Garden.',
      rewrite:
        'Starting in 1829, the gardener laid out the English Garden in Munich, one of the best-known parks.',
      errors: [{ messageId: 'changed', severity: 'high', source: '1789', rewrite: '1829' }],
    },
    {
      lang: 'de',
      source:
        'Ab 1789 schuf der Gärtner in München eine der bekanntesten Parkanlagen, den Englischen Garten.',
      rewrite:
        'Ab 1829 legte der Gärtner in München den Englischen Garten an, eine der bekanntesten Parkanlagen.',
      errors: [{ messageId: 'changed', severity: 'high', source: '1789', rewrite: '1829' }],
    },
    {
      lang: 'de',
      source: 'In der Zeit von 1575 bis 1770 entstanden formal sehr strenge Barockgärten.',
      rewrite: 'In der Zeit von 1575 bis 1790 entstanden formal sehr strenge Barockgärten.',
      errors: [{ messageId: 'changed', severity: 'high', source: '1770', rewrite: '1790' }],
    },
    {
      lang: 'en',
      source: 'Between 1575 and 1770, formally very strict Baroque gardens emerged.',
      rewrite: 'Between 1575 and 1790, formally very strict Baroque gardens emerged.',
      errors: [{ messageId: 'changed', severity: 'high', source: '1770', rewrite: '1790' }],
    },
    // A time of day with a clock word is a time, not a figure: "11.00 Uhr" → "13.00 Uhr", "11 a.m." → "1 p.m.".
    {
      lang: 'de',
      source:
        'Gegen 11.00 Uhr hatte ein Nachbar im dritten Stock Brandgeruch bemerkt, teilte die Polizei mit.',
      rewrite:
        'Gegen 13.00 Uhr hatte ein Nachbar im dritten Stock Brandgeruch bemerkt, teilte die Polizei mit.',
      errors: [{ messageId: 'changed', severity: 'high', source: '11.00 Uhr', rewrite: '13.00 Uhr' }],
    },
    {
      lang: 'en',
      source: 'At around 11 a.m. a neighbour on the third floor noticed a smell of burning, police said.',
      rewrite: 'At around 1 p.m. a neighbour on the third floor noticed a smell of burning, police said.',
      errors: [{ messageId: 'changed', severity: 'high', source: '11 a.m.', rewrite: '1 p.m.' }],
    },
    // A weekday with a part of the day joined to it names the weekday: "Samstagabend" is Saturday.
    {
      lang: 'de',
      source: 'Der erste Verdachtsfall wurde am Samstagabend vom Land Tirol bekanntgegeben.',
      rewrite: 'Der erste Verdachtsfall wurde am Sonntagabend vom Land Tirol bekanntgegeben.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'Samstagabend', rewrite: 'Sonntagabend' }],
    },
    {
      lang: 'en',
      source: 'The first suspected case was announced by the state of Tyrol on Saturday evening.',
      rewrite: 'The first suspected case was announced by the state of Tyrol on Sunday evening.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'Saturday', rewrite: 'Sunday' }],
    },
    {
      lang: 'en',
      source: 'LeMO is a journey through German history from the middle of the 19th century to the present.',
      rewrite: 'LeMO takes users through German history from the mid-18th century to today.',
      errors: [
        {
          messageId: 'changed',
          severity: 'high',
          source: 'middle of the 19th century',
          rewrite: 'mid-18th century',
        },
      ],
    },
    {
      lang: 'de',
      source:
        'LeMO ist ein Gang durch die deutsche Geschichte von der Mitte des 19. Jahrhunderts bis zur Gegenwart.',
      rewrite: 'LeMO führt durch die deutsche Geschichte von der Mitte des 18. Jahrhunderts bis heute.',
      errors: [
        {
          messageId: 'changed',
          severity: 'high',
          source: 'Mitte des 19. Jahrhunderts',
          rewrite: 'Mitte des 18. Jahrhunderts',
        },
      ],
    },
    // Another century, or another part of one: "late 15th" is not "early 15th".
    {
      lang: 'en',
      source: 'The painting was made in the late 15th or early 16th century in Florence, the expert said.',
      rewrite: 'The painting was made in the early 15th century in Florence, the expert said.',
      errors: [
        { messageId: 'changed', severity: 'high', source: 'late 15th', rewrite: 'early 15th century' },
        {
          messageId: 'dropped',
          severity: 'low',
          source: 'early 16th century',
          rewrite: 'The painting was made in the early 15th century in Florence, the expert said.',
        },
      ],
    },
    {
      lang: 'de',
      source:
        'Das Gemälde entstand Ende des 15. oder Anfang des 16. Jahrhunderts in Florenz, sagte der Experte.',
      rewrite: 'Das Gemälde entstand Anfang des 15. Jahrhunderts in Florenz, sagte der Experte.',
      errors: [
        {
          messageId: 'changed',
          severity: 'high',
          source: 'Ende des 15.',
          rewrite: 'Anfang des 15. Jahrhunderts',
        },
        {
          messageId: 'dropped',
          severity: 'low',
          source: 'Anfang des 16. Jahrhunderts',
          rewrite: 'Das Gemälde entstand Anfang des 15. Jahrhunderts in Florenz, sagte der Experte.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The church was built in the 12th century, the city said on Monday.',
      rewrite: 'The church was built in the 13th century, the city said on Monday.',
      errors: [{ messageId: 'changed', severity: 'high', source: '12th century', rewrite: '13th century' }],
    },
    {
      lang: 'de',
      source: 'Die Kirche wurde im 12. Jahrhundert erbaut, teilte die Stadt am Montag mit.',
      rewrite: 'Die Kirche wurde im 13. Jahrhundert erbaut, teilte die Stadt am Montag mit.',
      errors: [
        { messageId: 'changed', severity: 'high', source: '12. Jahrhundert', rewrite: '13. Jahrhundert' },
      ],
    },
    // Another part of the same month or year is another time.
    {
      lang: 'de',
      source: 'Die Wahl findet Anfang März statt.',
      rewrite: 'Die Wahl findet Ende März statt.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'Anfang März', rewrite: 'Ende März' }],
    },
    {
      lang: 'en',
      source: 'The vote will take place in early March.',
      rewrite: 'The vote will take place in late March.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'early March', rewrite: 'late March' }],
    },
    {
      lang: 'de',
      source: 'Bis Jahresende sollen alle Schulen saniert sein.',
      rewrite: 'Bis Mitte des Jahres sollen alle Schulen saniert sein.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'Jahresende', rewrite: 'Mitte des Jahres' }],
    },
    {
      lang: 'en',
      source: 'All schools are to be renovated by the end of the year.',
      rewrite: 'All schools are to be renovated by the middle of the year.',
      errors: [
        { messageId: 'changed', severity: 'high', source: 'end of the year', rewrite: 'middle of the year' },
      ],
    },
    {
      lang: 'en',
      source: 'The plant closed at the end of 2023.',
      rewrite: 'The plant closed in early 2023.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'end of 2023', rewrite: 'early 2023' }],
    },
    {
      lang: 'en',
      source: 'Lordstown has struggled since it went public nearly 2 1/2 years ago.',
      rewrite: 'Lordstown has struggled since it went public nearly three and a half years ago.',
      errors: [
        {
          messageId: 'changed',
          severity: 'high',
          source: '2 1/2 years ago',
          rewrite: 'three and a half years ago',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Firma kämpft, seit sie vor zweieinhalb Jahren an die Börse ging.',
      rewrite: 'Die Firma kämpft, seit sie vor drei Jahren an die Börse ging.',
      errors: [
        {
          messageId: 'changed',
          severity: 'high',
          source: 'vor zweieinhalb Jahren',
          rewrite: 'vor drei Jahren',
        },
      ],
    },
    // The year the article's date suggests for a bare month is likely, not certain: medium.
    {
      lang: 'en',
      source: '10 April 2025\n\nUnemployment rose to 5 percent in March, the statistics office said.',
      rewrite: '10 April 2025\n\nUnemployment rose to 5 percent in March 2024, the statistics office said.',
      errors: [{ messageId: 'changed', severity: 'medium', source: 'March', rewrite: 'March 2024' }],
    },
    {
      lang: 'de',
      source: 'Die Arbeitslosigkeit stieg im März auf 5 Prozent, teilte das Amt mit.',
      rewrite: 'Die Arbeitslosigkeit stieg im Mai 2025 auf 5 Prozent, teilte das Amt mit.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'März', rewrite: 'Mai 2025' }],
    },
    {
      lang: 'de',
      source: '10. April 2025\n\nDie Fluglinie beförderte im vergangenen Jahr 12 Millionen Passagiere.',
      rewrite: '10. April 2025\n\nDie Fluglinie beförderte 2023 12 Millionen Passagiere.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'vergangenen Jahr', rewrite: '2023' }],
    },
    {
      lang: 'en',
      source: '10 April 2025\n\nThe airline carried 12 million passengers last year.',
      rewrite: '10 April 2025\n\nThe airline carried 12 million passengers in 2023.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'last year', rewrite: '2023' }],
    },
    // A weekday against a date with no article date to place it: worth a look, not a correction.
    {
      lang: 'en',
      source: 'The ministers met on Monday in Brussels to discuss the grain deal.',
      rewrite: 'The ministers met on March 7 in Brussels to discuss the grain deal.',
      errors: [{ messageId: 'changed', severity: 'medium', source: 'Monday', rewrite: 'March 7' }],
    },
    // A day named without its year changed: a date, not a number, whichever order the language allows.
    {
      lang: 'en',
      source: 'The girl became ill on 16 February, officials said.',
      rewrite: 'The girl had been unwell since 6 February, officials said.',
      errors: [{ messageId: 'changed', severity: 'high', source: '16 February', rewrite: '6 February' }],
    },
    {
      lang: 'en',
      source: 'Employees have until March 15 to remove the video-sharing app.',
      rewrite: 'Employees have until March 5 to remove the video-sharing app.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'March 15', rewrite: 'March 5' }],
    },
    {
      lang: 'de',
      source: 'Die Mitarbeiter haben bis 15. März Zeit, die App zu löschen.',
      rewrite: 'Die Mitarbeiter haben bis 5. März Zeit, die App zu löschen.',
      errors: [{ messageId: 'changed', severity: 'high', source: '15. März', rewrite: '5. März' }],
    },
    {
      lang: 'en',
      source: 'The ministers will meet in Rome to discuss the grain deal.',
      rewrite: 'The ministers will meet in Rome on Friday to discuss the grain deal.',
      errors: [{ messageId: 'notInSource', severity: 'medium', rewrite: 'Friday' }],
    },
    {
      lang: 'de',
      source: 'Die Minister treffen sich in Rom, um über das Getreideabkommen zu beraten.',
      rewrite: 'Die Minister treffen sich am Freitag in Rom, um über das Getreideabkommen zu beraten.',
      errors: [{ messageId: 'notInSource', severity: 'medium', rewrite: 'Freitag' }],
    },
    {
      lang: 'en',
      source: 'The recall covers tablets made at the plant between January and March, a spokeswoman said.',
      rewrite: 'The recall covers tablets made at the plant between January and May, a spokeswoman said.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'March', rewrite: 'May' }],
    },
    {
      lang: 'en',
      source:
        'Lordstown said Thursday it will suspend production. Its shares fell in early trading Thursday.',
      rewrite:
        'Lordstown said Tuesday it will suspend production. Its shares fell in early trading Thursday.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'Thursday', rewrite: 'Tuesday' }],
    },
    {
      lang: 'de',
      source: 'So sollen in den kommenden vier Jahren insgesamt 800 Milliarden Euro mobilisiert werden.',
      rewrite: 'So wurden in den vergangenen vier Jahren insgesamt 800 Milliarden Euro mobilisiert.',
      errors: [
        {
          messageId: 'changed',
          severity: 'high',
          source: 'kommenden vier Jahren',
          rewrite: 'vergangenen vier Jahren',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The ministers met on Friday to close their summit. On Thursday they had discussed the budget.',
      rewrite:
        'The ministers met on Thursday to close their summit. On Thursday they had discussed the budget.',
      errors: [{ messageId: 'displaced', severity: 'medium', source: 'Friday', rewrite: 'Thursday' }],
    },
    {
      lang: 'de',
      source: 'Die Vorschläge sollen in knapp zwei Wochen beim Treffen der Minister diskutiert werden.',
      rewrite: 'Die Vorschläge sollen in drei Monaten beim Treffen der Minister diskutiert werden.',
      errors: [
        {
          messageId: 'changed',
          severity: 'high',
          source: 'in knapp zwei Wochen',
          rewrite: 'in drei Monaten',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The plant closed three days ago after the storm hit the coast.',
      rewrite: 'The plant closed two weeks ago after the storm hit the coast.',
      errors: [
        { messageId: 'changed', severity: 'high', source: 'three days ago', rewrite: 'two weeks ago' },
      ],
    },
    {
      lang: 'de',
      source: 'Das Treffen findet am 10. Februar 2026 in Brüssel statt.',
      rewrite: 'Das Treffen findet am 12. Februar 2026 in Brüssel statt.',
      errors: [
        { messageId: 'changed', severity: 'high', source: '10. Februar 2026', rewrite: '12. Februar 2026' },
      ],
    },
    {
      lang: 'de',
      source: 'Am Montag kamen die Minister in Brüssel zusammen.',
      rewrite: 'Am Freitag kamen die Minister in Brüssel zusammen.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'Montag', rewrite: 'Freitag' }],
    },
    {
      lang: 'en',
      source: 'The company guided for sales of $5bn in 2023.',
      rewrite: 'The company guided for sales of $5bn in 2024.',
      errors: [{ messageId: 'changed', severity: 'high', source: '2023', rewrite: '2024' }],
    },
    {
      lang: 'en',
      source: 'Vorschläge: the ministers will discuss the proposals next week in Brussels.',
      rewrite: 'The ministers will discuss the proposals in Brussels.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'low',
          source: 'next week',
          rewrite: 'The ministers will discuss the proposals in Brussels.',
        },
      ],
    },
  ],
});
