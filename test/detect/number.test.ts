import { number } from '../../src/detect/rules/number.js';
import { ruleTable } from './harness.js';

ruleTable(number, {
  valid: [
    {
      lang: 'de',
      source: 'Bio-Produkte müssen mindestens zu 95 Prozent Zutaten aus ökologischer Erzeugung enthalten.',
      rewrite: 'Bio-Produkte müssen zu mindestens 95 Prozent Zutaten aus ökologischer Erzeugung enthalten.',
    },
    // The article and the count on different nouns: nothing counted twice.
    {
      lang: 'en',
      source: 'He bought a car and two bikes.',
      rewrite: 'He bought two bikes and a car.',
    },
    {
      lang: 'en',
      source: 'They had a lot of fun with lots of friends.',
      rewrite: 'They had a lot of fun with many friends.',
    },
    // A verb of exceeding bounds its figure: denied, from above; said, from below.
    {
      lang: 'en',
      source: 'A single dose should not exceed 200 milligrams, the agency says.',
      rewrite: 'A single dose should contain no more than 200 milligrams, the agency says.',
    },
    {
      lang: 'en',
      source: 'Sales of the new model exceeded 300,000 cars in its first year.',
      rewrite: 'More than 300,000 cars of the new model were sold in its first year.',
    },
    // German multiplicatives count the same times as adverb or adjective: "dreifach", "dreimal so", "dreimalig".
    {
      lang: 'de',
      source: 'Die Mieten in der Innenstadt sind dreifach so hoch wie auf dem Land.',
      rewrite: 'Die Mieten in der Innenstadt sind dreimal so hoch wie auf dem Land.',
    },
    {
      lang: 'de',
      source: 'Die Läuferin ist dreimalige Europameisterin im Marathon.',
      rewrite: 'Die Läuferin wurde dreimal Europameisterin im Marathon.',
    },
    // A negated comparative is the other bound: "no more than" is "at most", "nicht weniger als" is "mindestens".
    {
      lang: 'en',
      source: 'Each household may burn at most 40 kilograms of wood a month.',
      rewrite: 'Each household may burn no more than 40 kilograms of wood a month.',
    },
    {
      lang: 'de',
      source: 'Jeder Haushalt darf mindestens 40 Kilogramm Holz im Monat abholen.',
      rewrite: 'Jeder Haushalt darf nicht weniger als 40 Kilogramm Holz im Monat abholen.',
    },
    // Four bare digits against a statement that gives them as a year: a year, for the date rule, not a figure.
    {
      lang: 'de',
      source: 'Im Jahr 1871 gründete der Apotheker Karl Weber in Kassel eine kleine Fabrik.',
      rewrite: 'Der Apotheker Karl Weber gründete 1881 in Kassel eine kleine Fabrik.',
    },
    {
      lang: 'en',
      source: 'The pharmacist Karl Weber set up a small factory in Kassel in 1871.',
      rewrite: 'The small factory, set up 1871 in Kassel, belonged to the pharmacist Karl Weber.',
    },
    // The same period said before the figure or after it; a period in another clause is not the figure's.
    {
      lang: 'de',
      source: 'Jährlich halten sich rund 3,5 Millionen Besucher im Englischen Garten auf.',
      rewrite: 'Rund 3,5 Millionen Besucher kommen jedes Jahr in den Englischen Garten.',
    },
    {
      lang: 'en',
      source: 'Some 300 people work at the plant, which ships cars every day.',
      rewrite: 'Some 300 people work at the plant, which ships cars every week.',
    },
    // The same period in other words; a period phrase before "ago" or a year names a time, not a rate's period.
    {
      lang: 'de',
      source: 'Die Roboter kosten nach Angaben des Herstellers drei bis sechs Euro pro Stunde.',
      rewrite: 'Die Roboter kosten nach Angaben des Herstellers drei bis sechs Euro in der Stunde.',
    },
    {
      lang: 'en',
      source: 'According to the maker, the robots cost three to six euros per hour.',
      rewrite: 'According to the maker, the robots cost three to six euros an hour.',
    },
    {
      lang: 'en',
      source: 'Exports were 5 percent a year ago, the office said.',
      rewrite: 'Exports were 5 percent a month ago, the office said.',
    },
    {
      lang: 'de',
      source: 'Der Umsatz lag bei 300 Euro im Jahr 2010, teilte das Amt mit.',
      rewrite: 'Der Umsatz lag bei 300 Euro im Monat 2010, teilte das Amt mit.',
    },
    {
      lang: 'de',
      source: 'Ausnahmen gelten für Genesene (bis sechs Monate nach der Genesung).',
      rewrite: 'Ausnahmen gelten für Genesene für bis zu sechs Monate nach der Genesung.',
    },
    {
      lang: 'en',
      source: 'The employers offered a 3.5% pay rise over two years, the union said on Monday.',
      rewrite: 'The employers offered a pay rise of 3.5% over two years, the union said on Monday.',
    },
    {
      lang: 'de',
      source: 'Die Preise stiegen im Mai um 3 bis 6 Prozent, teilte das Statistikamt mit.',
      rewrite: 'Die Preise stiegen im Mai um zwischen 3 und 6 Prozent, teilte das Statistikamt mit.',
    },
    // An order of magnitude ("in Millionenhöhe", "the millions", "multimillion") holds a figure of that magnitude: a
    // rewrite may say less precisely what the source counts.
    {
      lang: 'de',
      source:
        'Der Sturm verursachte Schäden von rund fünf Millionen Euro, teilte der Versicherungsverband am Freitag mit.',
      rewrite:
        'Der Sturm verursachte Schäden in Millionenhöhe, teilte der Versicherungsverband am Freitag mit.',
    },
    {
      lang: 'en',
      source:
        'The storm caused damage of about five million dollars, the insurers’ association said on Friday.',
      rewrite: 'The storm caused damage running into the millions, the insurers’ association said on Friday.',
    },
    {
      lang: 'en',
      source: 'The city signed a contract worth several million dollars with the builder on Friday.',
      rewrite: 'The city signed a multimillion-dollar contract with the builder on Friday.',
    },
    // A share told by its noun is the percentage: "die Hälfte" is 50 %, "ein Fünftel" 20 %.
    {
      lang: 'de',
      source:
        'Die Hälfte der Befragten denkt vermehrt über Krankheit nach, ein Fünftel hatte suizidale Gedanken.',
      rewrite:
        '50 Prozent der Befragten denken vermehrt über Krankheit nach, 20 Prozent hatten suizidale Gedanken.',
    },
    {
      lang: 'en',
      source: 'Half of those asked worry more about illness, and a fifth of them have had suicidal thoughts.',
      rewrite:
        '50 percent of those asked worry more about illness, and 20 percent have had suicidal thoughts.',
    },
    // A span's count is a figure the source gives: "over the next four years" → "over four years".
    {
      lang: 'en',
      source:
        'The ministers will discuss the plan to raise 800 billion euros for defence over the next four years.',
      rewrite: 'The ministers will discuss the plan to raise 800 billion euros for defence over four years.',
    },
    {
      lang: 'de',
      source:
        'Die Minister beraten über den Plan, in den kommenden vier Jahren 800 Milliarden Euro zu mobilisieren.',
      rewrite: 'Die Minister beraten über den Plan, über vier Jahre 800 Milliarden Euro zu mobilisieren.',
    },
    // A fraction written as a sign, a slash, words or one German word: the same figure.
    {
      lang: 'en',
      source: 'The company sold 2 1/2 million cars last year.',
      rewrite: 'The company sold 2.5 million cars last year.',
    },
    {
      lang: 'en',
      source: 'The company sold 1½ million cars last year.',
      rewrite: 'The company sold one and a half million cars last year.',
    },
    {
      lang: 'de',
      source: 'Die Firma verkaufte im vergangenen Jahr zweieinhalb Millionen Autos.',
      rewrite: 'Die Firma verkaufte im vergangenen Jahr 2,5 Millionen Autos.',
    },
    {
      lang: 'de',
      source: 'Die Firma verkaufte im vergangenen Jahr eineinhalb Millionen Autos.',
      rewrite: 'Die Firma verkaufte im vergangenen Jahr anderthalb Millionen Autos.',
    },
    // A day of the month is a date (the date-time rule's), not a figure, with or without its year.
    {
      lang: 'en',
      source: 'Employees have until March 15 to remove the video-sharing app.',
      rewrite: 'Employees have until March 5 to remove the video-sharing app.',
    },
    {
      lang: 'de',
      source: 'Das Mädchen erkrankte am 16. Februar und starb am Mittwoch.',
      rewrite: 'Das Mädchen erkrankte am 6. Februar und starb am Mittwoch.',
    },
    {
      lang: 'en',
      source: 'Analysts estimated the cost of the recall at up to 60 million francs.',
      rewrite: 'Analysts put the cost of the recall at as much as 60 million francs.',
    },
    {
      lang: 'en',
      source: 'The two companies will invest 5 and 7 billion dollars respectively.',
      rewrite: 'The two companies will invest 5 and 7 billion dollars, respectively.',
    },
    {
      lang: 'en',
      source: 'Some 300 people attended the rally, and several speakers called for new elections.',
      rewrite: 'About 300 people attended the rally, where several speakers called for new elections.',
    },
    {
      lang: 'de',
      source: 'Mehrere Minister lobten den Plan. Alle Details sollen im Mai folgen.',
      rewrite: 'Einige Minister lobten den Plan. Alle Details sollen im Mai folgen.',
    },
    {
      lang: 'de',
      source: 'Die Minister trafen sich zu einem zweitägigen Gipfel in Brüssel.',
      rewrite: 'In Brüssel kamen die Minister zu einem 2-tägigen Gipfel zusammen.',
    },
    {
      lang: 'en',
      source: 'Twenty-five people were injured in the blast on Monday.',
      rewrite: 'On Monday, 25 people were injured in the blast.',
    },
    {
      lang: 'de',
      source:
        'Der Konzern beschäftigt 2.000 Menschen in Sachsen. Der Umsatz stieg im vergangenen Jahr auf 5 Milliarden Euro.',
      rewrite:
        'Der Umsatz des Konzerns mit 2.000 Beschäftigten stieg im vergangenen Jahr auf 5 Milliarden Euro.',
    },
    {
      lang: 'en',
      source: 'Since then, around 870 infections have been reported worldwide.',
      rewrite: 'Since then, about 870 infections have been reported worldwide.',
    },
    {
      lang: 'de',
      source: 'Mehr als 800 Menschen kamen zu der Kundgebung in Leipzig.',
      rewrite: 'Zu der Kundgebung in Leipzig kamen über 800 Menschen.',
    },
    {
      lang: 'de',
      source: 'Die Länder wollen eine Armee von 800.000 Soldaten unterstützen.',
      rewrite: 'Eine Armee von 800.000 Soldaten wollen die Länder unterstützen.',
    },
    {
      lang: 'de',
      source: 'Die Inflation stieg auf 3,4 Prozent, sagte das Amt.',
      rewrite: 'Das Amt meldete eine Inflation von 3,4 %.',
    },
    {
      lang: 'en',
      source: 'Two people were injured and 1,200 residents were evacuated.',
      rewrite: '1,200 residents were evacuated and 2 people were injured.',
    },
    {
      lang: 'en',
      source: 'Revenue reached $5.1bn in the fourth quarter.',
      rewrite: 'Fourth-quarter revenue reached $5.1 billion.',
    },
    {
      lang: 'de',
      source: 'Der Umsatz ist im dritten Quartal um 3,4 Prozent gestiegen.',
      rewrite: 'Im 3. Quartal stieg der Umsatz um 3,4 Prozent.',
    },
    // A rank said by a count ("Platz acht", "number three") is the ordinal; "jeder Zweite" is a share, not a rank changed.
    {
      lang: 'de',
      source: 'Sechs Runden vor dem Ende ist Rapid mit 20 Punkten nur Achter.',
      rewrite: 'Sechs Runden vor dem Ende liegt Rapid mit 20 Punkten nur auf Platz acht.',
    },
    {
      lang: 'en',
      source: 'Six rounds before the end, the club is only eighth with 20 points.',
      rewrite: 'Six rounds before the end, the club is only at number eight with 20 points.',
    },
    {
      lang: 'de',
      source: 'Die Hälfte der Befragten denkt vermehrt über Krankheit nach.',
      rewrite: 'Jeder Zweite der Befragten denkt vermehrt über Krankheit nach.',
    },
    {
      lang: 'en',
      source: 'Half of those asked think more often about illness.',
      rewrite: 'Every second person asked thinks more often about illness.',
    },
    // A rank at the head of a compound is a rank: "Zweite-Liga-Verein" is the "2. Liga".
    {
      lang: 'de',
      source: 'Er trainierte zuerst einen Regionalligisten und dann einen Zweite-Liga-Verein.',
      rewrite: 'Er trainierte zuerst in der Regionalliga und dann in der 2. Liga.',
    },
    {
      lang: 'en',
      source: 'Lyon is the second-largest city in France.',
      rewrite: 'Lyon is the 2nd largest city in France.',
    },
    // A figure joined to its unit in a compound ("6-Tage-Woche", "64-jährigen", "6-day week") counts that unit.
    {
      lang: 'de',
      source: 'Früher galt eine 6-Tage-Woche. 45 Prozent der 20- bis 64-jährigen Frauen arbeiten.',
      rewrite:
        'Früher arbeitete man an sechs Tagen in der Woche. 45 Prozent der Frauen zwischen 20 und 64 Jahren arbeiten.',
    },
    {
      lang: 'en',
      source: 'A 6-day week used to be the rule. 45 percent of 20- to 64-year-old women work.',
      rewrite: 'People used to work six days a week. 45 percent of women aged between 20 and 64 years work.',
    },
    {
      lang: 'en',
      source: 'Sales rose by 3.4 percent in the third quarter.',
      rewrite: 'In the 3rd quarter, sales rose by 3.4 percent.',
    },
    {
      lang: 'en',
      source: 'The team won the title for the third time in a row.',
      rewrite: 'For the third straight time, the team won the title.',
    },
    // A quantifier quantifies what follows it: not as an adverb's degree ("most importantly"), before a pause, or inside
    // a phrase that singles something out ("above all", "vor allem").
    {
      lang: 'en',
      source: 'They contain flour, nuts or almonds and, most importantly, vanilla.',
      rewrite: 'Their ingredients are flour, nuts or almonds and, above all, vanilla.',
    },
    {
      lang: 'en',
      source: 'Most importantly, the town kept its library.',
      rewrite: 'Above all, the town kept its library.',
    },
    {
      lang: 'de',
      source: 'Die Kinder mögen Vanille, am meisten im Winter.',
      rewrite: 'Die Kinder mögen Vanille, vor allem im Winter.',
    },
    // A count of something else than the source's quantity counts: the small count in words is no new figure.
    {
      lang: 'de',
      source: 'Beim Quiz bekommen mehrere Teams kuriose Fragen.',
      rewrite: 'Beim Quiz bekommen mehrere Teams je zwei kuriose Fragen.',
    },
    {
      lang: 'en',
      source: 'Several teams get curious questions.',
      rewrite: 'Several teams get two curious questions each.',
    },
    // A quantifier opening a fixed expression the lexical database lists quantifies nothing: "all over Germany".
    {
      lang: 'en',
      source: 'Dialect societies all over Germany are involved in a wide range of projects.',
      rewrite: 'Dialect societies throughout Germany run many projects.',
    },
    {
      lang: 'en',
      source: 'All told, the museum shows works of art from the region.',
      rewrite: 'The museum shows many works of art from the region.',
    },
    // "The most" before a word that is only an adjective grades it: a superlative, not an amount.
    {
      lang: 'en',
      source: 'The page shows pictures of the most varied works of art in public space.',
      rewrite: 'The page shows pictures of all kinds of artworks in public spaces.',
    },
    {
      lang: 'en',
      source:
        'With visitors from all over the world, the cathedral is one of the most popular buildings in Germany.',
      rewrite: "With visitors from around the world, it is among Germany's most popular buildings.",
    },
    {
      lang: 'en',
      source: 'The museum holds the most important paintings of the region.',
      rewrite: 'The museum holds all important paintings of the region.',
    },
    // A share's noun in the plural with no count before it names pieces, not a share: "almond halves".
    {
      lang: 'en',
      source: 'Three almond halves are pressed onto the sides.',
      rewrite: 'Three half almonds are pressed onto the sides of each.',
    },
    // The singular half needs no count to be one.
    {
      lang: 'de',
      source: 'Die Hälfte der Wähler stimmte zu.',
      rewrite: '50 Prozent der Wähler stimmten zu.',
    },
    // A figure said to be exact is the bare figure: nothing qualified differently.
    {
      lang: 'en',
      source: 'Exactly 20 miners died in the accident at the mine.',
      rewrite: 'Twenty miners died in the accident at the mine.',
    },
    {
      lang: 'de',
      source: 'Bei dem Unglück in der Mine starben genau 20 Menschen.',
      rewrite: 'Bei dem Unglück in der Mine starben 20 Menschen.',
    },
  ],
  invalid: [
    // A bound with a preposition between it and its figure: "mindestens zu 95 Prozent".
    {
      lang: 'de',
      source: 'Bio-Produkte müssen mindestens zu 95 Prozent Zutaten aus ökologischer Erzeugung enthalten.',
      rewrite: 'Bio-Produkte müssen höchstens zu 95 Prozent Zutaten aus ökologischer Erzeugung enthalten.',
      errors: [{ messageId: 'qualified', severity: 'high', source: '95', rewrite: '95' }],
    },
    // The indefinite article before the noun a figure counts says one of it.
    {
      lang: 'de',
      source: 'Eine Handvoll frische Kräuter wertet das Gericht zusätzlich auf.',
      rewrite: 'Zwei Handvoll frische Kräuter werten das Gericht zusätzlich auf.',
      errors: [{ messageId: 'changed', severity: 'medium', source: 'Eine Handvoll', rewrite: 'Zwei' }],
    },
    {
      lang: 'en',
      source: 'A handful of fresh herbs improves the dish.',
      rewrite: 'Two handfuls of fresh herbs improve the dish.',
      errors: [{ messageId: 'changed', severity: 'medium', source: 'A handful', rewrite: 'Two' }],
    },
    // "a lot of", "lots of", "plenty of" count as many do.
    {
      lang: 'en',
      source: 'Anyone who eats the peel can already save a lot of kitchen waste.',
      rewrite: 'Anyone who eats the peel can already save most of their kitchen waste.',
      errors: [{ messageId: 'quantityChanged', severity: 'medium', source: 'lot', rewrite: 'most' }],
    },
    // The new figure is one the source gives for something else: a multiple ("dreimal") against a bare count ("Drei
    // von vier") is still that figure displaced, though only one of the two names a unit.
    {
      lang: 'de',
      source:
        'Die Mieten in der Innenstadt sind mehr als doppelt so hoch wie auf dem Land. Drei von vier Mietern zahlen mehr als früher.',
      rewrite:
        'Die Mieten in der Innenstadt sind fast dreimal so hoch wie auf dem Land. Drei von vier Mietern zahlen mehr als früher.',
      errors: [{ messageId: 'displaced', severity: 'medium', source: 'doppelt', rewrite: 'dreimal' }],
    },
    {
      lang: 'en',
      source:
        'Rents in the city centre are more than twice as high as in the countryside. Three in four tenants pay more than before.',
      rewrite:
        'Rents in the city centre are almost three times as high as in the countryside. Three in four tenants pay more than before.',
      errors: [{ messageId: 'displaced', severity: 'medium', source: 'twice', rewrite: 'three' }],
    },
    // A multiple changed: "doppelt" → "dreimal", "twice" → "three times".
    {
      lang: 'de',
      source: 'Die Mieten in der Innenstadt sind mehr als doppelt so hoch wie auf dem Land.',
      rewrite: 'Die Mieten in der Innenstadt sind fast dreimal so hoch wie auf dem Land.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'doppelt', rewrite: 'dreimal' }],
    },
    {
      lang: 'en',
      source: 'Rents in the city centre are more than twice as high as in the countryside.',
      rewrite: 'Rents in the city centre are almost three times as high as in the countryside.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'twice', rewrite: 'three' }],
    },
    // "more than" ends "no more than" too, but the longer phrase is the bound meant: a floor turned into a ceiling.
    {
      lang: 'en',
      source: 'Each household may burn more than 40 kilograms of wood a month.',
      rewrite: 'Each household may burn no more than 40 kilograms of wood a month.',
      errors: [{ messageId: 'qualified', severity: 'high', source: '40', rewrite: '40' }],
    },
    {
      lang: 'de',
      source: 'Jeder Haushalt darf mehr als 40 Kilogramm Holz im Monat abholen.',
      rewrite: 'Jeder Haushalt darf nicht mehr als 40 Kilogramm Holz im Monat abholen.',
      errors: [{ messageId: 'qualified', severity: 'high', source: '40', rewrite: '40' }],
    },
    {
      lang: 'de',
      source: 'Die Hälfte der Wähler stimmte zu.',
      rewrite: 'Ein Drittel der Wähler stimmte zu.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'Hälfte', rewrite: 'Ein Drittel' }],
    },
    // Beside such a phrase a quantifier of the subject still counts.
    {
      lang: 'de',
      source: 'Die meisten Kinder mögen Vanille, vor allem im Winter.',
      rewrite: 'Alle Kinder mögen Vanille, vor allem im Winter.',
      errors: [{ messageId: 'quantityChanged', severity: 'medium', source: 'meisten', rewrite: 'Alle' }],
    },
    {
      lang: 'en',
      source: 'Most large banks agreed, above all in Europe.',
      rewrite: 'All large banks agreed, above all in Europe.',
      errors: [{ messageId: 'quantityChanged', severity: 'medium', source: 'Most', rewrite: 'All' }],
    },
    // A count where the source gives only a quantity of the same thing; small counts in words too.
    {
      lang: 'de',
      source: 'Beim Quiz bekommen mehrere Teams kuriose Fragen.',
      rewrite: 'Beim Quiz bekommen zwei Teams kuriose Fragen.',
      errors: [{ messageId: 'countForQuantity', severity: 'medium', source: 'mehrere', rewrite: 'zwei' }],
    },
    {
      lang: 'en',
      source: 'Many dialects are spoken in the region.',
      rewrite: 'About 250 dialects are spoken in the region.',
      errors: [{ messageId: 'countForQuantity', severity: 'medium', source: 'Many', rewrite: '250' }],
    },
    // Without the article, or before a noun, "most" is an amount: "most young artists", "the most votes".
    {
      lang: 'en',
      source: 'The gallery shows the works of most young artists in the city.',
      rewrite: 'The gallery shows the works of all young artists in the city.',
      errors: [{ messageId: 'quantityChanged', severity: 'medium', source: 'most', rewrite: 'all' }],
    },
    {
      lang: 'de',
      source: 'Die Galerie zeigt die Werke der meisten jungen Künstler der Stadt.',
      rewrite: 'Die Galerie zeigt die Werke aller jungen Künstler der Stadt.',
      errors: [{ messageId: 'quantityChanged', severity: 'medium', source: 'meisten', rewrite: 'aller' }],
    },
    {
      lang: 'en',
      source: 'The party that wins the most votes forms the government.',
      rewrite: 'The party that wins some votes forms the government.',
      errors: [{ messageId: 'quantityChanged', severity: 'medium', source: 'most', rewrite: 'some' }],
    },
    // A rate's period said elsewhere in the figure's clause, before or after it, counts as one said beside it.
    {
      lang: 'en',
      source: 'Around 3.5 million visitors spend time in the English Garden every year, the city says.',
      rewrite: 'Some 3.5 million people visit the English Garden each month, the city says.',
      errors: [
        {
          messageId: 'periodChanged',
          severity: 'high',
          source: '3.5 million visitors spend time in the English Garden every year',
          rewrite: '3.5 million people visit the English Garden each month',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Jährlich halten sich rund 3,5 Millionen Besucher im Englischen Garten auf.',
      rewrite: 'Rund 3,5 Millionen Besucher kommen jeden Monat in den Englischen Garten.',
      errors: [
        {
          messageId: 'periodChanged',
          severity: 'high',
          source: 'Jährlich halten sich rund 3,5 Millionen',
          rewrite: '3,5 Millionen Besucher kommen jeden Monat',
        },
      ],
    },
    // Four digits before a counted noun count it, though a time word may lead a year: "in 1500 cases", "bis 1500 Euro".
    {
      lang: 'en',
      source: 'In 1500 cases the test failed, the report said.',
      rewrite: 'In 1600 cases the test failed, the report said.',
      errors: [{ messageId: 'changed', severity: 'high', source: '1500', rewrite: '1600' }],
    },
    {
      lang: 'de',
      source: 'Bis 1500 Euro übernimmt die Kasse, teilte das Ministerium mit.',
      rewrite: 'Bis 1800 Euro übernimmt die Kasse, teilte das Ministerium mit.',
      errors: [{ messageId: 'changed', severity: 'high', source: '1500', rewrite: '1800' }],
    },
    // The same figure counted per another period: a rate per hour is not one per day.
    {
      lang: 'de',
      source: 'Die Roboter kosten nach Angaben des Herstellers drei bis sechs Euro pro Stunde.',
      rewrite: 'Die Roboter kosten nach Angaben des Herstellers drei bis sechs Euro am Tag.',
      errors: [
        {
          messageId: 'periodChanged',
          severity: 'high',
          source: 'sechs Euro pro Stunde',
          rewrite: 'sechs Euro am Tag',
        },
      ],
    },
    {
      lang: 'en',
      source: 'According to the maker, the robots cost between three and six euros an hour.',
      rewrite: 'According to the maker, the robots cost between three and six euros a day.',
      errors: [
        {
          messageId: 'periodChanged',
          severity: 'high',
          source: 'six euros an hour',
          rewrite: 'six euros a day',
        },
      ],
    },
    // A scale inside a compound, or told without a count, is a figure: millions are not billions.
    // A figure beside a magnitude of its own unit is still compared with the source's figure.
    {
      lang: 'en',
      source: 'The billion-dollar company said its sales crossed $10bn last year.',
      rewrite: 'The billion-dollar company said its sales crossed $13bn last year.',
      errors: [{ messageId: 'changed', severity: 'high', source: '$10bn', rewrite: '$13bn' }],
    },
    {
      lang: 'de',
      source: 'Der Milliardenkonzern steigerte seinen Umsatz im vergangenen Jahr auf 10 Milliarden Euro.',
      rewrite: 'Der Milliardenkonzern steigerte seinen Umsatz im vergangenen Jahr auf 13 Milliarden Euro.',
      errors: [{ messageId: 'changed', severity: 'high', source: '10 Milliarden', rewrite: '13 Milliarden' }],
    },
    {
      lang: 'de',
      source:
        'Der Sturm verursachte Schäden in Millionenhöhe, teilte der Versicherungsverband am Freitag mit.',
      rewrite:
        'Der Sturm verursachte Schäden in Milliardenhöhe, teilte der Versicherungsverband am Freitag mit.',
      errors: [
        { messageId: 'changed', severity: 'high', source: 'Millionenhöhe', rewrite: 'Milliardenhöhe' },
      ],
    },
    {
      lang: 'de',
      source: 'Die Regierung stellt Millionen Euro für die Hilfe nach dem Sturm bereit.',
      rewrite: 'Die Regierung stellt Milliarden Euro für die Hilfe nach dem Sturm bereit.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'Millionen', rewrite: 'Milliarden' }],
    },
    {
      lang: 'en',
      source: 'The city signed a multimillion-dollar contract with the builder on Friday.',
      rewrite: 'The city signed a multibillion-dollar contract with the builder on Friday.',
      errors: [
        {
          messageId: 'changed',
          severity: 'high',
          source: 'multimillion-dollar',
          rewrite: 'multibillion-dollar',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The storm caused damage running into the millions, the insurers’ association said on Friday.',
      rewrite: 'The storm caused damage running into the billions, the insurers’ association said on Friday.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'millions', rewrite: 'billions' }],
    },
    {
      lang: 'de',
      source: 'Ein Fünftel der jungen Österreicher hegte schon suizidale Gedanken.',
      rewrite: 'Ein Viertel der jungen Österreicher hegte schon suizidale Gedanken.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'Ein Fünftel', rewrite: 'Ein Viertel' }],
    },
    {
      lang: 'en',
      source: 'A fifth of young Austrians have had suicidal thoughts.',
      rewrite: 'A quarter of young Austrians have had suicidal thoughts.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'A fifth', rewrite: 'A quarter' }],
    },
    // Another count than the span's is not in the source.
    {
      lang: 'en',
      source:
        'The ministers will discuss the plan to raise 800 billion euros for defence over the next four years.',
      rewrite: 'The ministers will discuss the plan to raise 800 billion euros for defence over five years.',
      errors: [{ messageId: 'notInSource', severity: 'medium', rewrite: 'five' }],
    },
    {
      lang: 'de',
      source:
        'Die Minister beraten über den Plan, in den kommenden vier Jahren 800 Milliarden Euro zu mobilisieren.',
      rewrite: 'Die Minister beraten über den Plan, über fünf Jahre 800 Milliarden Euro zu mobilisieren.',
      errors: [{ messageId: 'notInSource', severity: 'medium', rewrite: 'fünf' }],
    },
    // "über" after a noun may be its preposition ("ein Vertrag über eineinhalb Jahre"): low, not medium; after a verb it
    // is a bound (medium); "unter" → "über" is a bound reversed either way (high).
    {
      lang: 'de',
      source: 'Der Trainer unterschrieb einen Vertrag für eineinhalb Jahre mit Option auf Verlängerung.',
      rewrite: 'Der Trainer unterschrieb einen Vertrag über eineinhalb Jahre mit Option auf Verlängerung.',
      errors: [{ messageId: 'qualified', severity: 'low', source: 'eineinhalb', rewrite: 'eineinhalb' }],
    },
    // "bis" before a quantity bounds it as "bis zu" does; after a number it ends a range and bounds nothing alone.
    {
      lang: 'de',
      source: 'Ausnahmen gelten für Genesene bis sechs Monate nach der Genesung.',
      rewrite: 'Ausnahmen gelten für Genesene genau sechs Monate nach der Genesung.',
      errors: [{ messageId: 'qualified', severity: 'medium', source: 'sechs', rewrite: 'sechs' }],
    },
    // A lower bound dropped for the bare figure says less than the source, worth a look; a ceiling made the figure, or a
    // bound added, claims more.
    {
      lang: 'en',
      source: 'Over 190,000 people visited the fair last year.',
      rewrite: 'The fair drew 190,000 visitors last year.',
      errors: [{ messageId: 'qualified', severity: 'low', source: '190,000', rewrite: '190,000' }],
    },
    {
      lang: 'de',
      source: 'Über 190.000 Menschen besuchten im vergangenen Jahr die Messe.',
      rewrite: 'Die Messe zählte im vergangenen Jahr 190.000 Besucher.',
      errors: [{ messageId: 'qualified', severity: 'low', source: '190.000', rewrite: '190.000' }],
    },
    {
      lang: 'en',
      source: 'Analysts put the cost of the recall at up to 60 million francs.',
      rewrite: 'Analysts put the cost of the recall at 60 million francs.',
      errors: [{ messageId: 'qualified', severity: 'medium', source: '60 million', rewrite: '60 million' }],
    },
    {
      lang: 'de',
      source: 'Analysten schätzen die Kosten des Rückrufs auf bis zu 60 Millionen Franken.',
      rewrite: 'Analysten schätzen die Kosten des Rückrufs auf 60 Millionen Franken.',
      errors: [
        { messageId: 'qualified', severity: 'medium', source: '60 Millionen', rewrite: '60 Millionen' },
      ],
    },
    {
      lang: 'de',
      source: 'Bei dem Unglück in der Mine starben 20 Menschen.',
      rewrite: 'Bei dem Unglück in der Mine starben über 20 Menschen.',
      errors: [{ messageId: 'qualified', severity: 'medium', source: '20', rewrite: '20' }],
    },
    {
      lang: 'de',
      source: 'Der Eintritt ist für Kinder unter 12 Jahren frei.',
      rewrite: 'Der Eintritt ist für Kinder über 12 Jahren frei.',
      errors: [{ messageId: 'qualified', severity: 'high', source: '12', rewrite: '12' }],
    },
    {
      lang: 'en',
      source: 'Twenty miners died in the accident at the mine.',
      rewrite: 'More than twenty miners died in the accident at the mine.',
      errors: [{ messageId: 'qualified', severity: 'medium', source: 'Twenty', rewrite: 'twenty' }],
    },
    // The fraction is part of the figure: "2 1/2" is not "2", and "zweieinhalb" not "zwei".
    {
      lang: 'en',
      source: 'The company sold 2 1/2 million cars last year.',
      rewrite: 'The company sold 3.5 million cars last year.',
      errors: [{ messageId: 'changed', severity: 'high', source: '2 1/2 million', rewrite: '3.5 million' }],
    },
    {
      lang: 'de',
      source: 'Die Firma verkaufte im vergangenen Jahr zweieinhalb Millionen Autos.',
      rewrite: 'Die Firma verkaufte im vergangenen Jahr 3,5 Millionen Autos.',
      errors: [
        { messageId: 'changed', severity: 'high', source: 'zweieinhalb Millionen', rewrite: '3,5 Millionen' },
      ],
    },
    {
      lang: 'en',
      source: "Yields touched 0.505% on Wednesday, breaching the bank's 0.5% cap for a second day.",
      rewrite: "Yields touched 0.5% on Wednesday, breaching the bank's 0.505% cap for a second day.",
      errors: [{ messageId: 'figuresSwapped', severity: 'high', source: '0.505%', rewrite: '0.505%' }],
    },
    {
      lang: 'de',
      source: 'Die Partei kam auf 31 Prozent der Stimmen, ihr Koalitionspartner auf 12 Prozent.',
      rewrite: 'Die Partei kam auf 12 Prozent der Stimmen, ihr Koalitionspartner auf 31 Prozent.',
      errors: [{ messageId: 'figuresSwapped', severity: 'high', source: '31', rewrite: '31' }],
    },
    {
      lang: 'de',
      source: 'Mehrere europäische NATO-Länder warfen Russland vor, die Gespräche zu torpedieren.',
      rewrite: 'Alle europäischen NATO-Länder warfen Russland vor, die Gespräche zu torpedieren.',
      errors: [{ messageId: 'quantityChanged', severity: 'medium', source: 'Mehrere', rewrite: 'Alle' }],
    },
    {
      lang: 'en',
      source: 'Some analysts expect the central bank to raise rates again in June.',
      rewrite: 'Most analysts expect the central bank to raise rates again in June.',
      errors: [{ messageId: 'quantityChanged', severity: 'medium', source: 'Some', rewrite: 'Most' }],
    },
    {
      lang: 'de',
      source: 'Zum Abschluss eines zweitägigen Treffens in Brüssel berieten die Minister über die Lage.',
      rewrite: 'Zum Abschluss eines dreitägigen Treffens in Brüssel berieten die Minister über die Lage.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'zweitägigen', rewrite: 'dreitägigen' }],
    },
    {
      lang: 'en',
      source: 'The ministers met for a two-day summit in Brussels to discuss the war.',
      rewrite: 'The ministers met for a three-day summit in Brussels to discuss the war.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'two-day', rewrite: 'three-day' }],
    },
    {
      lang: 'en',
      source:
        'In total, 870 people have been infected, and 457 deaths have been reported in 21 countries. The region has 25 hospitals.',
      rewrite:
        'In total, 870 people have been infected, and 457 deaths have been reported in 25 countries. The region has 25 hospitals.',
      errors: [{ messageId: 'displaced', severity: 'medium', source: '21', rewrite: '25' }],
    },
    {
      lang: 'en',
      source: 'Since then, around 870 infections have been reported worldwide.',
      rewrite: 'Since then, less than 870 infections have been reported worldwide.',
      errors: [{ messageId: 'qualified', severity: 'medium', source: '870', rewrite: '870' }],
    },
    {
      lang: 'de',
      source: 'Mehr als 800 Menschen kamen zu der Kundgebung in Leipzig.',
      rewrite: 'Bis zu 800 Menschen kamen zu der Kundgebung in Leipzig.',
      errors: [{ messageId: 'qualified', severity: 'high', source: '800', rewrite: '800' }],
    },
    {
      lang: 'de',
      source: 'Die Länder wollen eine Armee von 800.000 Soldaten unterstützen.',
      rewrite: 'Die Länder wollen eine Armee von 600.000 Soldaten unterstützen.',
      errors: [{ messageId: 'changed', severity: 'high', source: '800.000', rewrite: '600.000' }],
    },
    {
      lang: 'de',
      source: 'Bei dem Unglück starben zwei Menschen in der Altstadt.',
      rewrite: 'Bei dem Unglück starben fünf Menschen in der Altstadt.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'zwei', rewrite: 'fünf' }],
    },
    {
      lang: 'en',
      source: 'Profit for the year was $8.4bn, a decrease of 31%.',
      rewrite: 'Profit for the year was $8.4bn, a decrease of 13%.',
      errors: [{ messageId: 'changed', severity: 'high', source: '31%', rewrite: '13%' }],
    },
    {
      lang: 'en',
      source: 'The company employs workers at its plant in Ohio.',
      rewrite: 'The company employs 4,000 workers at its plant in Ohio.',
      errors: [{ messageId: 'notInSource', severity: 'medium', rewrite: '4,000' }],
    },
    // An ordinal ranks and a cardinal counts: "one" elsewhere in the source does not stand behind "the first".
    {
      lang: 'de',
      source:
        'Der Feiertag fällt auf den zweiten Sonntag im Mai. Viele Familien feiern ihn nur an einem Tag im Jahr.',
      rewrite:
        'Der Feiertag fällt auf den ersten Sonntag im Mai. Viele Familien feiern ihn nur an einem Tag im Jahr.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'zweiten', rewrite: 'ersten' }],
    },
    {
      lang: 'en',
      source: 'The holiday falls on the second Sunday in May. Many families mark it on one day a year only.',
      rewrite: 'The holiday falls on the first Sunday in May. Many families mark it on one day a year only.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'second', rewrite: 'first' }],
    },
    // A figure the source gives twice is kept only as often as the rewrite gives it: the "second" of the war does
    // not stand behind the Sunday's.
    {
      lang: 'de',
      source:
        'Der Feiertag fällt auf den zweiten Sonntag im Mai. Nach dem Zweiten Weltkrieg wurde er weiter gefeiert.',
      rewrite:
        'Der Feiertag fällt auf den ersten Sonntag im Mai. Nach dem Zweiten Weltkrieg wurde er weiter gefeiert.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'zweiten', rewrite: 'ersten' }],
    },
    {
      lang: 'en',
      source:
        'The holiday falls on the second Sunday in May. After the Second World War it was still celebrated.',
      rewrite:
        'The holiday falls on the first Sunday in May. After the Second World War it was still celebrated.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'second', rewrite: 'first' }],
    },
    // A figure replaced in its statement, though the rewrite gives the source's figure elsewhere for another thing.
    {
      lang: 'de',
      source:
        'Die Abgeordneten wählten sie im ersten Wahlgang. Seit 2020 war sie die erste Vizepräsidentin des Parlaments.',
      rewrite:
        'Die Abgeordneten wählten sie im zweiten Wahlgang. Sie ist die erste Frau und die erste Malteserin in diesem Amt.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'ersten', rewrite: 'zweiten' }],
    },
    {
      lang: 'en',
      source:
        'Lawmakers elected her in the first round. Since 2020 she had been the first vice-president of parliament.',
      rewrite:
        'Lawmakers elected her in the second round. She is the first woman and the first Maltese in the post.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'first', rewrite: 'second' }],
    },
    {
      lang: 'de',
      source: 'Seit den 1960er Jahren gilt in den meisten Betrieben die 5-Tage-Woche.',
      rewrite: 'Seit den 1960er Jahren gilt in den meisten Betrieben die 4-Tage-Woche.',
      errors: [{ messageId: 'changed', severity: 'high', source: '5-Tage-Woche', rewrite: '4-Tage-Woche' }],
    },
    {
      lang: 'en',
      source: 'Since the 1960s most firms have kept to the 5-day week.',
      rewrite: 'Since the 1960s most firms have kept to the 4-day week.',
      errors: [{ messageId: 'changed', severity: 'high', source: '5-day', rewrite: '4-day' }],
    },
    // A ranked figure written in digits is an ordinal too: "3." and "3rd" are not the count three.
    {
      lang: 'de',
      source: 'Im 3. Quartal stieg der Umsatz um drei Prozent.',
      rewrite: 'Im 4. Quartal stieg der Umsatz um drei Prozent.',
      errors: [{ messageId: 'changed', severity: 'high', source: '3.', rewrite: '4.' }],
    },
    {
      lang: 'en',
      source: 'Sales rose by three percent in the 3rd quarter.',
      rewrite: 'Sales rose by three percent in the 4th quarter.',
      errors: [{ messageId: 'changed', severity: 'high', source: '3rd', rewrite: '4th' }],
    },
    {
      lang: 'en',
      source: 'The company reported a decline in sales for the fourth quarter.',
      rewrite: 'The company reported a decline in sales for the third quarter.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'fourth', rewrite: 'third' }],
    },
    {
      lang: 'de',
      source: 'Das Parlament stimmte zum zweiten Mal über das Gesetz ab.',
      rewrite: 'Das Parlament stimmte zum dritten Mal über das Gesetz ab.',
      errors: [{ messageId: 'changed', severity: 'high', source: 'zweiten', rewrite: 'dritten' }],
    },
  ],
});
