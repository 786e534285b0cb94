import { framing } from '../../src/detect/rules/framing.js';
import { ruleTable } from './harness.js';

ruleTable(framing, {
  valid: [
    // "allein" after the verb it follows is "alone", no restriction of anything.
    {
      lang: 'de',
      source: 'Gesichert sei, dass die Frau allein gelebt habe und keine Kinder hatte.',
      rewrite: 'Gesichert sei, dass die Frau alleine gelebt habe und keine Kinder hatte.',
    },
    {
      lang: 'en',
      source: 'It was certain that the woman had lived alone and had no children.',
      rewrite: 'It was certain that the woman had lived on her own and had no children.',
    },
    // "not only" adds to what it bears on: all of it is still said.
    {
      lang: 'en',
      source: 'Every meal comes with a drink.',
      rewrite: 'A drink comes with every meal, not only the main meal.',
    },
    {
      lang: 'de',
      source: 'Zu jeder Mahlzeit gehört ein Getränk.',
      rewrite: 'Ein Getränk gehört zu jeder Mahlzeit, nicht nur zur Hauptmahlzeit.',
    },
    // One word of equal degree for another.
    {
      lang: 'de',
      source: 'Ebenso wichtig ist Ihr Verhalten beim Frühstück.',
      rewrite: 'Genauso wichtig ist, wie Sie sich beim Frühstück verhalten.',
    },
    {
      lang: 'en',
      source: 'Your behaviour at breakfast is just as important.',
      rewrite: 'How you behave at breakfast is equally important.',
    },
    // The whole list kept under the particle, or the source restricting it too.
    {
      lang: 'de',
      source: 'Das Angebot gilt nur für Kinder und Erwachsene aus der Stadt.',
      rewrite: 'Nur Kinder und Erwachsene aus der Stadt können das Angebot nutzen.',
    },
    {
      lang: 'en',
      source: 'The offer is open exclusively to children, not to parents and teachers.',
      rewrite: 'Only children can take up the offer.',
    },
    // No exception, said two ways.
    {
      lang: 'de',
      source: 'Ausnahmslos sind das die nördlichsten Weinbaugebiete der Welt, schreibt das Institut.',
      rewrite: 'Ohne Ausnahme sind das die nördlichsten Weinbaugebiete der Welt, schreibt das Institut.',
    },
    {
      lang: 'en',
      source: 'With few exceptions, these are the northernmost wine regions on earth, the institute writes.',
      rewrite:
        'With very few exceptions, these are the northernmost wine regions on earth, the institute writes.',
    },
    // The same first place, fixed by an article or by a genitive.
    {
      lang: 'de',
      source: 'Die Pfalz ist das größte Weinanbaugebiet, teilte das Ministerium mit.',
      rewrite: 'Die Pfalz ist Deutschlands größtes Weinanbaugebiet, teilte das Ministerium mit.',
    },
    {
      lang: 'en',
      source: 'The Palatinate is the third-largest wine region, the ministry said.',
      rewrite: 'The Palatinate is the third largest wine region, the ministry said.',
    },
    // "Nearly" in other words, and a universal kept as it was.
    {
      lang: 'de',
      source: 'Fast alle Schüler der Klasse bestanden die Prüfung im Juni.',
      rewrite: 'Nahezu alle Schüler der Klasse bestanden im Juni die Prüfung.',
    },
    {
      lang: 'en',
      source: 'Almost everyone in the village agreed with the plan.',
      rewrite: 'Nearly everyone in the village agreed with the plan.',
    },
    // A superlative the source has in other words, a quantifier, an ordinal: no rank added.
    {
      lang: 'de',
      source: 'Die Zugspitze ist der höchste Berg Deutschlands.',
      rewrite: 'Die Zugspitze ist der größte Berg Deutschlands.',
    },
    {
      lang: 'de',
      source: 'Viele Menschen mögen den Park, am Anfang des Sommers.',
      rewrite: 'Die meisten Menschen mögen den Park, am ersten Tag des Sommers.',
    },
    {
      lang: 'en',
      source: 'Many people like the park at the start of summer.',
      rewrite: 'Most people like the park on the first day of summer.',
    },
    // Two particularizing particles, or two restrictive ones, on the same words say the same.
    {
      lang: 'de',
      source: 'Vor allem kleine Höfe im Norden sind von den neuen Regeln betroffen.',
      rewrite: 'Besonders kleine Höfe im Norden sind von den neuen Regeln betroffen.',
    },
    {
      lang: 'en',
      source: 'The new rules mainly affect small farms in the north.',
      rewrite: 'The new rules above all affect small farms in the north.',
    },
    // An ordinal before a superlative gives a rank among several, no claim to be the only one.
    {
      lang: 'en',
      source: 'According to the survey, the museum ranks eighth among the most visited museums in Europe.',
      rewrite: 'The survey says the museum is the eighth most visited museum in Europe.',
    },
    {
      lang: 'de',
      source: 'Laut der Umfrage zählt das Museum zu den größten Museen Europas, es liegt auf Platz acht.',
      rewrite: 'Laut der Umfrage ist das Museum das achte größte Museum Europas.',
    },
    // "only" before a figure is a particle of focus; "einzige" after an adverb keeps the thing the only one.
    {
      lang: 'en',
      source: 'The firm made 4 percent of its sales abroad last year, the report says.',
      rewrite: 'The firm made only 4 percent of its sales abroad last year, the report says.',
    },
    {
      lang: 'de',
      source: 'Die Stiftung ist wohl die einzige Eigentümerin des Gebäudes in der Innenstadt.',
      rewrite: 'Die Stiftung ist die einzige Eigentümerin des Gebäudes in der Innenstadt.',
    },
    // The only one kept in other words, or "only" as a particle of focus after a negation.
    {
      lang: 'de',
      source: 'Die Stiftung ist die einzige Eigentümerin des Gebäudes in der Innenstadt.',
      rewrite: 'Die Stiftung ist die alleinige Eigentümerin des Gebäudes in der Innenstadt.',
    },
    {
      lang: 'en',
      source: 'The foundation is the owner of the building in the city centre, the mayor said.',
      rewrite: 'Not only the foundation owns the building in the city centre, the mayor said.',
    },
    // One of several said as one of several, however it is worded; "one of the protest leaders" ranks nothing.
    {
      lang: 'en',
      source: 'With its 375 hectares, the English Garden is one of the largest urban parks in the world.',
      rewrite: 'At 375 hectares, the English Garden ranks among the largest city parks in the world.',
    },
    {
      lang: 'de',
      source: 'Mit seinen 375 Hektar ist der Englische Garten einer der größten städtischen Parks der Welt.',
      rewrite: 'Mit 375 Hektar zählt der Englische Garten zu den größten Stadtparks der Welt.',
    },
    {
      lang: 'en',
      source: 'He was one of the protest leaders in the city, police said.',
      rewrite: 'He was the protest leader in the city, police said.',
    },
    {
      lang: 'en',
      source:
        'The vaccine was slightly better than the rival shot and significantly better than the older one.',
      rewrite: 'The vaccine was slightly better than the rival shot and well ahead of the older one.',
    },
    {
      lang: 'de',
      source: 'Die Verluste der Armee seien deutlich gestiegen.',
      rewrite: 'Die Verluste der Armee seien erheblich gestiegen.',
    },
    {
      lang: 'de',
      source: 'Russland führt seit 2022 einen Angriffskrieg gegen die Ukraine.',
      rewrite: 'Seit 2022 führt Russland einen Angriffskrieg gegen die Ukraine.',
    },
    {
      lang: 'en',
      source: 'Police said the protesters blocked the main road for hours.',
      rewrite: 'The protesters blocked the main road for hours, police said.',
    },
    // A part and the whole said alike on both sides, or of different things, change nothing.
    {
      lang: 'de',
      source: 'In Teilen Bayerns sagt man Fasching, in ganz Hessen Fastnacht.',
      rewrite: 'Fasching sagt man in Teilen Bayerns, Fastnacht in ganz Hessen.',
    },
    {
      lang: 'en',
      source: 'People say Fasching in parts of Bavaria and Fastnacht throughout Hesse.',
      rewrite: 'Fasching is said in parts of Bavaria, Fastnacht all over Hesse.',
    },
  ],
  invalid: [
    // Largely responsible made solely responsible: the other causes the source leaves in are excluded.
    {
      lang: 'de',
      source: 'Für die Inflation waren die Energiepreise ganz wesentlich verantwortlich.',
      rewrite: 'Für die Inflation waren die Energiepreise allein verantwortlich.',
      errors: [{ messageId: 'restricted', severity: 'medium', source: 'wesentlich', rewrite: 'allein' }],
    },
    {
      lang: 'en',
      source: 'Energy prices were largely responsible for the inflation.',
      rewrite: 'Energy prices were solely responsible for the inflation.',
      errors: [{ messageId: 'restricted', severity: 'medium', source: 'largely', rewrite: 'solely' }],
    },
    // All of a kind narrowed to some of it by a restrictive particle.
    {
      lang: 'en',
      source: 'Every meal comes with a drink.',
      rewrite: 'Only the main meal comes with a drink.',
      errors: [{ messageId: 'allRestricted', severity: 'medium', source: 'Every meal', rewrite: 'Only' }],
    },
    {
      lang: 'de',
      source: 'Zu jeder Mahlzeit gehört ein Getränk.',
      rewrite: 'Nur zur Hauptmahlzeit gehört ein Getränk.',
      errors: [{ messageId: 'allRestricted', severity: 'medium', source: 'jeder Mahlzeit', rewrite: 'Nur' }],
    },
    // Equals made unequal, or the reverse: the same quality, another comparison.
    {
      lang: 'de',
      source: 'Ebenso wichtig ist Ihr Verhalten beim Frühstück.',
      rewrite: 'Weniger wichtig ist Ihr Verhalten beim Frühstück.',
      errors: [
        {
          messageId: 'comparisonChanged',
          severity: 'medium',
          source: 'Ebenso wichtig',
          rewrite: 'Weniger wichtig',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Your behaviour at breakfast is more important.',
      rewrite: 'Your behaviour at breakfast is equally important.',
      errors: [
        {
          messageId: 'comparisonChanged',
          severity: 'medium',
          source: 'more important',
          rewrite: 'equally important',
        },
      ],
    },
    // A list cut to one member under a restrictive particle: the others the source names are excluded.
    {
      lang: 'en',
      source: 'Inositol is present in plant and animal foods.',
      rewrite: 'Inositol is found only in animal foods.',
      errors: [{ messageId: 'restricted', severity: 'medium', source: 'plant and animal', rewrite: 'only' }],
    },
    {
      lang: 'de',
      source: 'Das Angebot gilt für Kinder und Erwachsene.',
      rewrite: 'Das Angebot gilt nur für Kinder.',
      errors: [
        { messageId: 'restricted', severity: 'medium', source: 'Kinder und Erwachsene', rewrite: 'nur' },
      ],
    },
    // A part of something made the whole of it (medium), the whole made a part (low).
    {
      lang: 'de',
      source: 'In Teilen Bayerns und in Norddeutschland sagt man Fasching.',
      rewrite: 'Von Fasching spricht man in ganz Bayern und in Norddeutschland.',
      errors: [
        { messageId: 'madeWhole', severity: 'medium', source: 'Teilen Bayerns', rewrite: 'ganz Bayern' },
      ],
    },
    {
      lang: 'en',
      source: 'People say Fasching in parts of Bavaria and in northern Germany.',
      rewrite: 'People say Fasching throughout Bavaria and in northern Germany.',
      errors: [
        {
          messageId: 'madeWhole',
          severity: 'medium',
          source: 'parts of Bavaria',
          rewrite: 'throughout Bavaria',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Storms cut power in all of Scotland on Friday.',
      rewrite: 'Storms cut power in parts of Scotland on Friday.',
      errors: [
        { messageId: 'madePart', severity: 'low', source: 'all of Scotland', rewrite: 'parts of Scotland' },
      ],
    },
    // A few exceptions made none.
    {
      lang: 'de',
      source:
        'Mit wenigen Ausnahmen sind das die nördlichsten Weinbaugebiete der Welt, schreibt das Institut.',
      rewrite: 'Ausnahmslos sind das die nördlichsten Weinbaugebiete der Welt, schreibt das Institut.',
      errors: [
        {
          messageId: 'madeUniversal',
          severity: 'medium',
          source: 'Mit wenigen Ausnahmen',
          rewrite: 'Ausnahmslos',
        },
      ],
    },
    {
      lang: 'en',
      source:
        'With very few exceptions, these are the northernmost wine regions on earth, the institute writes.',
      rewrite: 'Without exception, these are the northernmost wine regions on earth, the institute writes.',
      errors: [
        {
          messageId: 'madeUniversal',
          severity: 'medium',
          source: 'With very few exceptions',
          rewrite: 'Without exception',
        },
      ],
    },
    // Another place in the same order: an ordinal inside the word or before it.
    {
      lang: 'de',
      source: 'Die Pfalz ist das größte Weinanbaugebiet Deutschlands, teilte das Ministerium mit.',
      rewrite: 'Die Pfalz ist das zweitgrößte Weinanbaugebiet Deutschlands, teilte das Ministerium mit.',
      errors: [
        { messageId: 'rankChanged', severity: 'high', source: 'das größte', rewrite: 'das zweitgrößte' },
      ],
    },
    {
      lang: 'en',
      source: 'The Palatinate is the largest wine region in Germany, the ministry said.',
      rewrite: 'The Palatinate is the second-largest wine region in Germany, the ministry said.',
      errors: [
        { messageId: 'rankChanged', severity: 'high', source: 'the largest', rewrite: 'the second-largest' },
      ],
    },
    // "Nearly" before a whole, with its article between.
    {
      lang: 'de',
      source: 'Der Weinanbau bietet fast das ganze Jahr über Anlass für Feste, sagte der Verband.',
      rewrite: 'Der Weinanbau bietet das ganze Jahr über Anlass für Feste, sagte der Verband.',
      errors: [
        { messageId: 'madeUniversal', severity: 'medium', source: 'fast das ganze', rewrite: 'ganze' },
      ],
    },
    {
      lang: 'en',
      source: 'Wine growing offers occasions for festivals almost the entire year, the association said.',
      rewrite: 'Wine growing offers occasions for festivals the entire year, the association said.',
      errors: [
        { messageId: 'madeUniversal', severity: 'medium', source: 'almost the entire', rewrite: 'entire' },
      ],
    },
    // A claim that holds nearly always made one without exception, and the reverse.
    {
      lang: 'de',
      source: 'Beinahe alles, was sich zur Weiterbildung eignet, bieten die Volkshochschulen an.',
      rewrite: 'Die Volkshochschulen bieten schlichtweg alles an, was sich zur Weiterbildung eignet.',
      errors: [{ messageId: 'madeUniversal', severity: 'medium', source: 'Beinahe alles', rewrite: 'alles' }],
    },
    {
      lang: 'en',
      source: 'Almost everyone in the village agreed with the plan, the mayor said.',
      rewrite: 'Everyone in the village agreed with the plan, the mayor said.',
      errors: [
        { messageId: 'madeUniversal', severity: 'medium', source: 'Almost everyone', rewrite: 'Everyone' },
      ],
    },
    {
      lang: 'de',
      source: 'Alle Schüler der Klasse bestanden die Prüfung im Juni.',
      rewrite: 'Fast alle Schüler der Klasse bestanden im Juni die Prüfung.',
      errors: [{ messageId: 'universalQualified', severity: 'low', source: 'Alle', rewrite: 'Fast alle' }],
    },
    {
      lang: 'en',
      source: 'Everyone in the village agreed with the plan, the mayor said.',
      rewrite: 'Nearly everyone in the village agreed with the plan, the mayor said.',
      errors: [
        { messageId: 'universalQualified', severity: 'low', source: 'Everyone', rewrite: 'Nearly everyone' },
      ],
    },
    // A rank the source gives no one in the statement.
    {
      lang: 'de',
      source: 'Der Reformationstag ist für die evangelische Kirche ein wichtiger Feiertag.',
      rewrite: 'Der Reformationstag ist für die evangelische Kirche der wichtigste Feiertag.',
      errors: [
        {
          messageId: 'rankAdded',
          severity: 'medium',
          source: 'Der Reformationstag ist für die evangelische Kirche ein wichtiger Feiertag.',
          rewrite: 'der wichtigste',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Loriot, who died in 2011, is very German and a cult figure.',
      rewrite: 'Loriot, who died in 2011, is the most successful German comedian of all time.',
      errors: [
        {
          messageId: 'rankAdded',
          severity: 'medium',
          source: 'Loriot, who died in 2011, is very German and a cult figure.',
          rewrite: 'the most successful',
        },
      ],
    },
    // "mainly those" made "those alone", and the reverse: the others the source leaves in excluded, or let in.
    {
      lang: 'de',
      source: 'Auf das Fest freuen sich vor allem Kinder und Jugendliche aus der Stadt.',
      rewrite: 'Auf das Fest freuen sich ausschließlich Kinder und Jugendliche aus der Stadt.',
      errors: [
        { messageId: 'restricted', severity: 'medium', source: 'vor allem', rewrite: 'ausschließlich' },
      ],
    },
    {
      lang: 'en',
      source: 'The new rules mainly affect small farms in the north.',
      rewrite: 'The new rules only affect small farms in the north.',
      errors: [{ messageId: 'restricted', severity: 'medium', source: 'mainly', rewrite: 'only' }],
    },
    {
      lang: 'en',
      source: 'Only small farms in the north are affected by the new rules.',
      rewrite: 'Especially small farms in the north are affected by the new rules.',
      errors: [{ messageId: 'restrictionLoosened', severity: 'low', source: 'Only', rewrite: 'Especially' }],
    },
    {
      lang: 'de',
      source: 'Nur kleine Höfe im Norden sind von den neuen Regeln betroffen.',
      rewrite: 'Hauptsächlich kleine Höfe im Norden sind von den neuen Regeln betroffen.',
      errors: [
        { messageId: 'restrictionLoosened', severity: 'low', source: 'Nur', rewrite: 'Hauptsächlich' },
      ],
    },
    // A thing made the only one of its kind, or no longer so.
    {
      lang: 'de',
      source: 'Die Stiftung ist die Eigentümerin des Gebäudes in der Innenstadt, sagte die Bürgermeisterin.',
      rewrite:
        'Die Stiftung ist die einzige Eigentümerin des Gebäudes in der Innenstadt, sagte die Bürgermeisterin.',
      errors: [
        {
          messageId: 'madeExclusive',
          severity: 'medium',
          source: 'Eigentümerin',
          rewrite: 'einzige Eigentümerin',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The foundation is the owner of the building in the city centre, the mayor said.',
      rewrite: 'The foundation is the sole owner of the building in the city centre, the mayor said.',
      errors: [{ messageId: 'madeExclusive', severity: 'medium', source: 'owner', rewrite: 'sole owner' }],
    },
    {
      lang: 'en',
      source: 'She is the only woman on the board of the company, the report says.',
      rewrite: 'She is a woman on the board of the company, the report says.',
      errors: [{ messageId: 'exclusiveDropped', severity: 'low', source: 'only woman', rewrite: 'woman' }],
    },
    // A superlative said of one of several made the only one, and the reverse.
    {
      lang: 'en',
      source: 'With its 375 hectares, the English Garden is one of the largest urban parks in the world.',
      rewrite: 'At 375 hectares, the English Garden is the largest city park in the world.',
      errors: [
        {
          messageId: 'madeAbsolute',
          severity: 'medium',
          source: 'one of the largest',
          rewrite: 'the largest',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Mit seinen 375 Hektar ist der Englische Garten einer der größten städtischen Parks der Welt.',
      rewrite: 'Mit seinen 375 Hektar ist der Englische Garten der größte städtische Park der Welt.',
      errors: [
        { messageId: 'madeAbsolute', severity: 'medium', source: 'einer der größten', rewrite: 'der größte' },
      ],
    },
    {
      lang: 'en',
      source: 'The Louvre is one of the most visited museums in Europe, the ministry said.',
      rewrite: 'The Louvre is the most visited museum in Europe, the ministry said.',
      errors: [
        {
          messageId: 'madeAbsolute',
          severity: 'medium',
          source: 'one of the most visited',
          rewrite: 'the most visited',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Tokio ist derzeit die größte Stadt der Welt.',
      rewrite: 'Tokio gehört derzeit zu den größten Städten der Welt.',
      errors: [
        { messageId: 'madeOneOfSeveral', severity: 'low', source: 'die größte', rewrite: 'zu den größten' },
      ],
    },
    // A percentage measures the change on both sides: the verb's strength is worth a look, not an alarm. (The German
    // pack has no scale of change verbs; its counterpart cases below keep their severity.)
    {
      lang: 'en',
      source: "Hong Kong's Hang Seng index dropped 0.27% on Wednesday.",
      rewrite: "Hong Kong's Hang Seng slipped 0.27% on Wednesday.",
      errors: [{ messageId: 'softened', severity: 'low', source: 'dropped', rewrite: 'slipped' }],
    },
    {
      lang: 'en',
      source: "Hong Kong's Hang Seng index plunged on Wednesday.",
      rewrite: "Hong Kong's Hang Seng slipped on Wednesday.",
      errors: [{ messageId: 'softened', severity: 'medium', source: 'plunged', rewrite: 'slipped' }],
    },
    // A word that only judges the figure, or a verb beside a count of whom it befell, still frames.
    {
      lang: 'en',
      source: 'Prices rose sharply by 5 percent in March.',
      rewrite: 'Prices rose slightly by 5 percent in March.',
      errors: [{ messageId: 'softened', severity: 'medium', source: 'sharply', rewrite: 'slightly' }],
    },
    {
      lang: 'de',
      source: 'Die Preise stiegen im März deutlich um 5 Prozent.',
      rewrite: 'Die Preise stiegen im März leicht um 5 Prozent.',
      errors: [{ messageId: 'softened', severity: 'medium', source: 'deutlich', rewrite: 'leicht' }],
    },
    {
      lang: 'en',
      source: 'Twelve people were murdered in the village on Sunday.',
      rewrite: 'Twelve people were killed in the village on Sunday.',
      errors: [{ messageId: 'softened', severity: 'medium', source: 'murdered', rewrite: 'killed' }],
    },
    {
      lang: 'de',
      source: 'Zwölf Menschen wurden am Sonntag in dem Dorf ermordet.',
      rewrite: 'Zwölf Menschen wurden am Sonntag in dem Dorf getötet.',
      errors: [{ messageId: 'softened', severity: 'medium', source: 'ermordet', rewrite: 'getötet' }],
    },
    {
      lang: 'en',
      source:
        'The vaccine was slightly better than the rival shot and significantly better than the older one.',
      rewrite: 'The vaccine was slightly better than the rival shot and slightly better than the older one.',
      errors: [{ messageId: 'softened', severity: 'medium', source: 'significantly', rewrite: 'slightly' }],
    },
    {
      lang: 'de',
      source: 'Russland habe im Angriffskrieg gegen die Ukraine keine Fortschritte gemacht.',
      rewrite: 'Russland habe im Konflikt in der Ukraine keine Fortschritte gemacht.',
      errors: [{ messageId: 'softened', severity: 'medium', source: 'Angriffskrieg', rewrite: 'Konflikt' }],
    },
    {
      lang: 'en',
      source: 'Police said the protesters blocked the main road for hours.',
      rewrite: 'Police said the rioters blocked the main road for hours.',
      errors: [{ messageId: 'sharpened', severity: 'medium', source: 'protesters', rewrite: 'rioters' }],
    },
    {
      lang: 'en',
      source: 'The invasion of the country began in February.',
      rewrite: 'The conflict in the country began in February.',
      errors: [{ messageId: 'softened', severity: 'medium', source: 'invasion', rewrite: 'conflict' }],
    },
  ],
});
