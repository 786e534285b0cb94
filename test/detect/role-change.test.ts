import { roleChange } from '../../src/detect/rules/role-change.js';
import { ruleTable } from './harness.js';

ruleTable(roleChange, {
  valid: [
    // "Coach" is a German title too, the same office as "Trainer" (one OpenThesaurus set).
    {
      lang: 'de',
      source: 'Auch Hartberg-Coach Markus Schopp wählte Arnautovic an die erste Stelle.',
      rewrite: 'Auch Markus Schopp, Trainer von Hartberg, wählte Arnautovic an die erste Stelle.',
    },
    {
      lang: 'en',
      source: 'Hartberg coach Markus Schopp also put Arnautovic first.',
      rewrite: 'Markus Schopp, the Hartberg coach, also put Arnautovic first.',
    },
    // A word put before the verb is no subject where one follows it: "Bekannt wurde sie als …" names no one.
    {
      lang: 'de',
      source: 'Anna Roth ist Ministerin. Einen Namen machte sie sich als Kämpferin gegen Korruption.',
      rewrite: 'Anna Roth ist Ministerin. Bekannt wurde sie als Kämpferin gegen Korruption.',
    },
    // A rank left out says less, not something else: "Erster Vizepräsident" → "Vizepräsident".
    {
      lang: 'de',
      source: 'Jonas Weber ist Erster Vizepräsident des Landtags.',
      rewrite: 'Jonas Weber ist Vizepräsident des Landtags.',
    },
    {
      lang: 'en',
      source: 'Jonas Weber is the First Vice-President of the assembly.',
      rewrite: 'Jonas Weber serves as vice-president of the assembly.',
    },
    // Someone or something named by a city holds no office by it: another city is the entity rule's.
    {
      lang: 'de',
      source: 'Das Essen ist gut. Der Eintopf stammt aus dem Stuttgarter Stadtteil Gaisburg.',
      rewrite: 'Das Essen ist gut. Der Eintopf stammt aus dem Münchner Stadtteil Gaisburg.',
    },
    {
      lang: 'en',
      source: 'The food is good. The stew comes from the Stuttgart district of Gaisburg.',
      rewrite: 'The food is good. The stew comes from the Munich district of Gaisburg.',
    },
    // An office alone, its status kept in other words, or its body left unsaid: no change of status.
    {
      lang: 'de',
      source: 'Der frühere Bürgermeister von Calw sagte, der Kurs sei voll.',
      rewrite: 'Der ehemalige Bürgermeister von Calw sagte, der Kurs sei voll.',
    },
    {
      lang: 'en',
      source: 'The head of the Calw adult education centre had added a course.',
      rewrite: 'The head had added a course.',
    },
    // Without a name, a milder status is too loosely told to compare.
    {
      lang: 'de',
      source: 'Der Verein stellte am Montag den Neo-Trainer vor.',
      rewrite: 'Der Verein stellte am Montag den neuen Trainer vor.',
    },
    {
      lang: 'en',
      source: 'The club presented the incoming coach on Monday.',
      rewrite: 'The club presented the new coach on Monday.',
    },
    // Another holder of the office, told as such in the source too.
    {
      lang: 'en',
      source: 'The mayor of Calw and the former mayor of Calw opened the course.',
      rewrite: 'The course was opened by the former mayor of Calw and the mayor of Calw.',
    },
    // The source says the role in words the role reader does not take for one: its title word is no addition.
    {
      lang: 'de',
      source: 'Jana Koller leitet als Präsidentin die Universität Graz und untersucht den Wohnungsmarkt.',
      rewrite: 'Jana Koller, Präsidentin der Universität Graz, untersucht den Wohnungsmarkt.',
    },
    {
      lang: 'en',
      source: 'Jana Koller, who serves as president at the University of Graz, studies the housing market.',
      rewrite: 'Jana Koller, the president of the University of Graz, studies the housing market.',
    },
    // A title before the name and a role after it ("als Staatssekretär") are both the person's: keeping one is no
    // change.
    {
      lang: 'de',
      source: 'Die Ministerin holt ihren Vertrauten Peter Lang als Staatssekretär ins Ministerium.',
      rewrite: 'Als Staatssekretär holt die Ministerin ihren Vertrauten Peter Lang ins Ministerium.',
    },
    // A body is a noun phrase: it ends where a clause begins, so the role before the comma is "her rival".
    {
      lang: 'en',
      source:
        'Voters decide whether Jane Doe is re-elected Governor for a second term or whether her rival, Tom Baker, wins.',
      rewrite:
        'Voters decide whether Jane Doe is re-elected Governor for a second term or whether her rival, Tom Baker, wins the race.',
    },
    // A nominalised participle declines as an adjective: strong after no article, weak after one. One title.
    {
      lang: 'de',
      source: 'Der Landtagsabgeordnete Peter Huber stimmte am Montag gegen den Antrag.',
      rewrite: 'Landtagsabgeordneter Peter Huber stimmte am Montag gegen den Antrag.',
    },
    {
      lang: 'de',
      source: 'Vorsitzender Karl Brandl eröffnete die Sitzung, ein Angestellter der Stadt las das Protokoll.',
      rewrite:
        'Der Vorsitzende Karl Brandl eröffnete die Sitzung, ein Angestellter der Stadt las das Protokoll.',
    },
    // A vague title that does not say the holder leads stands for a serving one too.
    {
      lang: 'en',
      source: 'Maria Lopez, a city official, said the road would reopen on Monday.',
      rewrite: 'Maria Lopez, a city spokesperson, said the road would reopen on Monday.',
    },
    {
      lang: 'de',
      source: 'Jonas Keller, Vertreter des Landes, sagte, die Straße werde am Montag geöffnet.',
      rewrite: 'Jonas Keller, Sprecher des Landes, sagte, die Straße werde am Montag geöffnet.',
    },
    // Two roles joined by "and" are both his: the rewrite keeps both, in another order.
    {
      lang: 'en',
      source:
        'Tom Hale, a survey team member and an associate professor of geology at Leeds, said the cliff was moving.',
      rewrite:
        'Tom Hale, an associate professor of geology at Leeds and a survey team member, said the cliff was moving.',
    },
    {
      lang: 'de',
      source:
        'Lena Vogt, Mitglied des Vorstands und Sprecherin der Initiative, sagte, der Bau beginne im Mai.',
      rewrite:
        'Lena Vogt, Sprecherin der Initiative und Mitglied des Vorstands, sagte, der Bau beginne im Mai.',
    },
    // The possessive and the attributive name the same office of the same body.
    {
      lang: 'en',
      source: "Lawmakers questioned TikTok's CEO Shou Zi Chew for five hours on Thursday.",
      rewrite: 'Lawmakers questioned TikTok CEO Shou Zi Chew for five hours on Thursday.',
    },
    {
      lang: 'en',
      source: 'French Foreign Minister Jean-Noël Barrot met his counterparts in Brussels on Friday.',
      rewrite: 'Foreign Minister Jean-Noël Barrot met his counterparts in Brussels on Friday.',
    },
    {
      lang: 'de',
      source: 'Präsident Wladimir Putin lehnte die Waffenruhe ab.',
      rewrite: 'Kremlchef Wladimir Putin lehnte die Waffenruhe ab.',
    },
    {
      lang: 'de',
      source: 'EU-Chefdiplomatin Kaja Kallas warnte vor Zugeständnissen.',
      rewrite: 'Die EU-Außenbeauftragte Kaja Kallas warnte vor Zugeständnissen.',
    },
    {
      lang: 'en',
      source: 'Chief Executive Officer Jane Doe said sales rose.',
      rewrite: 'CEO Jane Doe said sales rose.',
    },
    {
      lang: 'de',
      source: 'US-Präsident Donald Trump traf am Montag Kanzler Friedrich Merz in Berlin.',
      rewrite: 'Am Montag traf US-Präsident Donald Trump in Berlin Kanzler Friedrich Merz.',
    },
    {
      lang: 'de',
      source: 'Der ehemalige Kanzler Olaf Scholz sprach in Hamburg vor Studenten.',
      rewrite: 'Ex-Kanzler Olaf Scholz hielt in Hamburg eine Rede vor Studenten.',
    },
    {
      lang: 'en',
      source: 'President Joe Biden met Chancellor Olaf Scholz in Washington on Friday.',
      rewrite: 'On Friday, President Joe Biden hosted Chancellor Olaf Scholz in Washington.',
    },
    {
      lang: 'en',
      source: 'Former President Barack Obama spoke at the rally in Chicago.',
      rewrite: 'Ex-President Barack Obama addressed the rally in Chicago.',
    },
    // A role told in an apposition, before or after the name, or as a title: the same role.
    {
      lang: 'de',
      source: 'Oswald Wagner, Vizerektor der MedUni Wien, nahm an den Beratungen im Kanzleramt teil.',
      rewrite: 'An den Beratungen im Kanzleramt nahm der Vizerektor der Med Uni Wien, Oswald Wagner, teil.',
    },
    {
      lang: 'en',
      source: "Mam Bunheng, Cambodia's health minister, said the virus poses a threat to children.",
      rewrite: "Cambodia's health minister, Mam Bunheng, said the virus poses a threat to children.",
    },
    {
      lang: 'en',
      source: "Mark Rutte, NATO's secretary general, warned of new threats on Tuesday.",
      rewrite: 'NATO Secretary General Mark Rutte warned of new threats on Tuesday.',
    },
    // A vaguer title for the same office of the same body.
    {
      lang: 'de',
      source: 'Die Vorsitzende der Bioethikkommission, Christiane Druml, warnte vor einer Impfpflicht.',
      rewrite: 'Christiane Druml, die Leiterin der Bioethikkommission, warnte vor einer Impfpflicht.',
    },
    // The role told once, the person named by surname later: nothing changed.
    {
      lang: 'de',
      source:
        'Hermann Greylinger, Vorsitzender der Polizeigewerkschaft, kritisierte die Pläne.\n\nGreylinger sagte, die Kontrollen seien sinnlos.',
      rewrite:
        'Die Pläne kritisierte Hermann Greylinger.\n\nGreylinger, der Vorsitzende der Polizeigewerkschaft, sagte, die Kontrollen seien sinnlos.',
    },
    {
      lang: 'en',
      source:
        "Jane Roe, a spokesperson for the governor's office, confirmed the date.\n\nRoe said talks begin Monday.",
      rewrite: "Jane Roe confirmed the date.\n\nRoe, the governor's spokesperson, said talks begin Monday.",
    },
    // A role in a copular clause ("ist einer der …", "is one of the …") is the same role told as a title elsewhere.
    {
      lang: 'de',
      source:
        'Die Abgeordnete Petra Lindner ist seit 2021 eine der Vizepräsidentinnen des Landtags. Lindner sprach am Mittwoch.',
      rewrite: 'Die Vizepräsidentin des Landtags, Petra Lindner, sprach am Mittwoch.',
    },
    {
      lang: 'en',
      source: 'Tom Archer is one of the vice-chairs of the council. Archer spoke on Wednesday.',
      rewrite: 'Vice-chair Tom Archer spoke to the council on Wednesday.',
    },
    // A bracket between a name and its apposition (a party) leaves the role the same.
    {
      lang: 'de',
      source: 'Die Ministerin Anna Roth (SPD) reiste am Montag nach Wien.',
      rewrite: 'Anna Roth (SPD), die Ministerin, reiste am Montag nach Wien.',
    },
    // A more general title for the same person (OpenThesaurus: a "Trainer" is a kind of "Betreuer") is vaguer.
    {
      lang: 'de',
      source: 'Der Sieg gelang unter Trainer Markus Feld, teilte der Verein mit.',
      rewrite: 'Der Sieg gelang unter Betreuer Markus Feld, teilte der Verein mit.',
    },
    {
      lang: 'en',
      source: 'The save came from goalkeeper Jordan Pickford in the final minute.',
      rewrite: 'The save came from player Jordan Pickford in the final minute.',
    },
  ],
  invalid: [
    // The club's coach made its president.
    {
      lang: 'de',
      source: 'Auch Hartberg-Coach Markus Schopp wählte Arnautovic an die erste Stelle.',
      rewrite: 'Auch Markus Schopp, Präsident von Hartberg, wählte Arnautovic an die erste Stelle.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'high',
          source: 'Hartberg-Coach',
          rewrite: 'Präsident von Hartberg',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Hartberg coach Markus Schopp also put Arnautovic first.',
      rewrite: 'Markus Schopp, the Hartberg president, also put Arnautovic first.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'high',
          source: 'Hartberg coach',
          rewrite: 'the Hartberg president',
        },
      ],
    },
    // A rank the source does not give is another post: "one of the vice-presidents" → "First Vice-President", told
    // by a copula, by a verb with the predicative word ("serves as", "fungiert als") or with a possessive body.
    {
      lang: 'de',
      source: 'Jonas Weber ist einer der Vizepräsidenten des Landtags.',
      rewrite: 'Jonas Weber fungiert als Erster Vizepräsident des Landtags.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'high',
          source: 'der Vizepräsidenten des Landtags',
          rewrite: 'Erster Vizepräsident des Landtags',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Jonas Weber is one of the vice-presidents of the assembly.',
      rewrite: "Jonas Weber already serves as the assembly's First Vice-President.",
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'high',
          source: 'the vice-presidents of the assembly',
          rewrite: "the assembly's First Vice-President",
        },
      ],
    },
    // A post told by a copula's predicate with the body it is held in: another post at the same place.
    {
      lang: 'de',
      source: 'Nicola Townsend ist die Wirtin des Tan Hill Inn. Die Gäste sangen Karaoke.',
      rewrite: 'Nicola Townsend ist die Kellnerin des Tan Hill Inn. Die Gäste sangen Karaoke.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'medium',
          source: 'die Wirtin des Tan Hill Inn',
          rewrite: 'die Kellnerin des Tan Hill Inn',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Nicola Townsend is the landlady of the Tan Hill Inn. The guests sang karaoke.',
      rewrite: 'Nicola Townsend is the waitress of the Tan Hill Inn. The guests sang karaoke.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'medium',
          source: 'the landlady of the Tan Hill Inn',
          rewrite: 'the waitress of the Tan Hill Inn',
        },
      ],
    },
    // Someone named by office alone, their status changed: the same office in the same body, paired.
    {
      lang: 'de',
      source: 'Der Leiter der Volkshochschule Calw hatte einen Kurs ins Programm genommen.',
      rewrite: 'Der stellvertretende Leiter der Volkshochschule Calw hatte einen Kurs ins Programm genommen.',
      errors: [
        {
          messageId: 'unnamedStatusChanged',
          severity: 'high',
          source: 'Der Leiter der Volkshochschule Calw',
          rewrite: 'Der stellvertretende Leiter der Volkshochschule Calw',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The mayor of Calw said the course was full.',
      rewrite: 'The former mayor of Calw said the course was full.',
      errors: [
        {
          messageId: 'unnamedStatusChanged',
          severity: 'high',
          source: 'The mayor of Calw',
          rewrite: 'The former mayor of Calw',
        },
      ],
    },
    // A nationality before a name is no office (OpenThesaurus: below "Staatsangehöriger"): the source gives no role,
    // so the rewrite's is one it adds, not one it changes.
    {
      lang: 'de',
      source: 'Russland schulde den USA eine Antwort, sagte etwa der Franzose Jean-Noël Barrot.',
      rewrite:
        'Russland schulde den USA eine Antwort, sagte etwa der französische Außenminister Jean-Noël Barrot.',
      errors: [
        {
          messageId: 'roleNotInSource',
          severity: 'medium',
          source: 'Jean-Noël Barrot',
          rewrite: 'Außenminister',
        },
      ],
    },
    // A role given to someone the source names without one: the rewrite tells what the source never says.
    {
      lang: 'de',
      source: 'Dr. Jana Koller von der Universität Graz untersucht seit Jahren den Wohnungsmarkt.',
      rewrite: 'Dr. Jana Koller, Präsidentin der Universität Graz, untersucht seit Jahren den Wohnungsmarkt.',
      errors: [
        {
          messageId: 'roleNotInSource',
          severity: 'medium',
          source: 'Jana Koller',
          rewrite: 'Präsidentin der Universität Graz',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Dr. Jana Koller of the University of Graz has studied the housing market for years.',
      rewrite:
        'Dr. Jana Koller, the president of the University of Graz, has studied the housing market for years.',
      errors: [
        {
          messageId: 'roleNotInSource',
          severity: 'medium',
          source: 'Jana Koller',
          rewrite: 'the president of the University of Graz',
        },
      ],
    },
    // A role before the name whose body ends in a bracket: "… (ÖGAM), Susanne Rabady".
    {
      lang: 'de',
      source:
        'Die Vizepräsidentin der Gesellschaft für Medizin (GfM), Susanne Berger, sagte, es gehe um die Vermeidung eines Kollapses.',
      rewrite:
        'Die Präsidentin der Gesellschaft für Medizin (GfM), Susanne Berger, sagte, es gehe um die Vermeidung eines Kollapses.',
      errors: [
        {
          messageId: 'statusChanged',
          severity: 'high',
          source: 'Die Vizepräsidentin der Gesellschaft für Medizin (GfM)',
          rewrite: 'Die Präsidentin der Gesellschaft für Medizin (GfM)',
        },
      ],
    },
    {
      lang: 'en',
      source:
        'The vice-president of the Society for Medicine (SfM), Susan Berger, said the aim was to avoid a collapse.',
      rewrite:
        'The president of the Society for Medicine (SfM), Susan Berger, said the aim was to avoid a collapse.',
      errors: [
        {
          messageId: 'statusChanged',
          severity: 'high',
          source: 'The vice-president of the Society for Medicine (SfM)',
          rewrite: 'The president of the Society for Medicine (SfM)',
        },
      ],
    },
    // The predicative word right after a name gives an office ("mit … als Bürgermeister", "with … as Mayor").
    {
      lang: 'de',
      source:
        'Die Stadt wird weiter mit Olaf Berger als Bürgermeister regiert, teilte die Partei am Montag mit.',
      rewrite:
        'Die Stadt wird weiter mit dem früheren Bürgermeister Olaf Berger regiert, teilte die Partei am Montag mit.',
      errors: [
        {
          messageId: 'statusChanged',
          severity: 'high',
          source: 'Bürgermeister',
          rewrite: 'früheren Bürgermeister',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The city is still run by a coalition, with Jane Doe as Mayor, the party said on Monday.',
      rewrite: 'The city is still run by a coalition, with former Mayor Jane Doe, the party said on Monday.',
      errors: [{ messageId: 'statusChanged', severity: 'high', source: 'Mayor', rewrite: 'former Mayor' }],
    },
    // A possessive opens a role as an article does; a status word may stand alone as the office ("her deputy").
    {
      lang: 'en',
      source: 'Tom Baker, her challenger, could win the vote on Sunday, the polls show.',
      rewrite: 'Her deputy, Tom Baker, could win the vote on Sunday, the polls show.',
      errors: [
        { messageId: 'titleChanged', severity: 'medium', source: 'her challenger', rewrite: 'Her deputy' },
      ],
    },
    {
      lang: 'de',
      source: 'Tom Berger, ihr Gegenkandidat, könnte die Wahl am Sonntag gewinnen, zeigen Umfragen.',
      rewrite: 'Ihr Berater, Tom Berger, könnte die Wahl am Sonntag gewinnen, zeigen Umfragen.',
      errors: [
        { messageId: 'titleChanged', severity: 'high', source: 'ihr Gegenkandidat', rewrite: 'Ihr Berater' },
      ],
    },
    // Deputy made head, both written with the strong ending of the nominalised participle.
    {
      lang: 'de',
      source: 'Stellvertretender Landtagsabgeordneter Peter Huber stimmte am Montag gegen den Antrag.',
      rewrite: 'Landtagsabgeordneter Peter Huber stimmte am Montag gegen den Antrag.',
      errors: [
        {
          messageId: 'statusChanged',
          severity: 'high',
          source: 'Stellvertretender Landtagsabgeordneter',
          rewrite: 'Landtagsabgeordneter',
        },
      ],
    },
    // A time before the title is no word of the office: the titles compared are the offices alone.
    {
      lang: 'en',
      source: 'Last week Climate Minister Leonore Gewessler announced the cut in Vienna.',
      rewrite: 'Last week Economy Minister Leonore Gewessler announced the cut in Vienna.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'high',
          source: 'Climate Minister',
          rewrite: 'Economy Minister',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Vorige Woche kündigte Klimaschutzministerin Leonore Gewessler die Senkung an.',
      rewrite: 'Vorige Woche kündigte Wirtschaftsministerin Leonore Gewessler die Senkung an.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'high',
          source: 'Klimaschutzministerin',
          rewrite: 'Wirtschaftsministerin',
        },
      ],
    },
    // A head made the body's spokesperson, a member made its head: another post, whatever the vague title.
    {
      lang: 'de',
      source: 'Laut Paul Moser, Leiter des Krisenstabes, wurden alle Kontaktpersonen abgesondert.',
      rewrite: 'Alle Kontaktpersonen wurden laut Paul Moser, dem Sprecher des Krisenstabes, abgesondert.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'high',
          source: 'Leiter des Krisenstabes',
          rewrite: 'dem Sprecher des Krisenstabes',
        },
      ],
    },
    {
      lang: 'en',
      source:
        'Tom Hale, a survey team member and an associate professor of geology at Leeds, said the cliff was moving.',
      rewrite:
        'Tom Hale, the survey team leader and an associate professor of geology at Leeds, said the cliff was moving.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'high',
          source: 'a survey team member',
          rewrite: 'the survey team leader',
        },
      ],
    },
    {
      lang: 'de',
      source:
        'Lena Vogt, Mitglied des Vorstands und Sprecherin der Initiative, sagte, der Bau beginne im Mai.',
      rewrite:
        'Lena Vogt, Vorsitzende des Vorstands und Sprecherin der Initiative, sagte, der Bau beginne im Mai.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'high',
          source: 'Mitglied des Vorstands',
          rewrite: 'Vorsitzende des Vorstands',
        },
      ],
    },
    // The possessive split from its body, as detokenised wire copy writes it.
    {
      lang: 'en',
      source: '"Rates will rise," said Ana Reyes, Harbor Capital Management \'s chief economist.',
      rewrite: '"Rates will rise," said Ana Reyes, chief executive of Harbor Capital Management.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'medium',
          source: "Harbor Capital Management 's chief economist",
          rewrite: 'chief executive of Harbor Capital Management',
        },
      ],
    },
    {
      lang: 'en',
      source: '"Rates will rise," said Ana Reyes, Harbor Capital Management \'s global strategist.',
      rewrite: '"Rates will rise," said Ana Reyes, chief executive of Harbor Capital Management.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'high',
          source: "Harbor Capital Management 's global strategist",
          rewrite: 'chief executive of Harbor Capital Management',
        },
      ],
    },
    // The status before such a body: "a former Commission spokesperson".
    {
      lang: 'en',
      source: 'Eric Mamer, a Commission spokesperson, confirmed the ban.',
      rewrite: 'Eric Mamer, a former Commission spokesperson, confirmed the ban.',
      errors: [
        {
          messageId: 'statusChanged',
          severity: 'high',
          source: 'a Commission spokesperson',
          rewrite: 'a former Commission spokesperson',
        },
      ],
    },
    // A body named before the office after an article: "a Commission spokesperson".
    {
      lang: 'en',
      source: 'Eric Mamer, a Commission spokesperson, confirmed the ban.',
      rewrite: 'Eric Mamer, the Commission president, confirmed the ban.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'high',
          source: 'a Commission spokesperson',
          rewrite: 'the Commission president',
        },
      ],
    },
    // Two titles of different heads may name one office where one is vague ("Chefdiplomatin", "Außenbeauftragte"):
    // a change worth a look, medium. Two of one head told apart by their first part are two offices, and so are two
    // listed posts of different heads in the paired statement ("Governor", "Senator"): high (the rows below).
    {
      lang: 'de',
      source: 'Zum Abschluss kamen die Minister mit EU-Chefdiplomatin Kaja Kallas zusammen.',
      rewrite: 'Zum Abschluss kamen die Minister mit der EU-Außenbeauftragten Kaja Kallas zusammen.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'medium',
          source: 'EU-Chefdiplomatin',
          rewrite: 'EU-Außenbeauftragten',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Tesla chief executive Elon Musk said sales fell in the fourth quarter.',
      rewrite: 'Tesla chairman Elon Musk said sales fell in the fourth quarter.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'medium',
          source: 'Tesla chief executive',
          rewrite: 'Tesla chairman',
        },
      ],
    },
    {
      lang: 'en',
      source: 'French Foreign Minister Jean-Noël Barrot met his counterparts in Brussels on Friday.',
      rewrite: 'French Defence Minister Jean-Noël Barrot met his counterparts in Brussels on Friday.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'high',
          source: 'French Foreign Minister',
          rewrite: 'French Defence Minister',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Außenministerin Annalena Baerbock reiste am Montag nach Kiew.',
      rewrite: 'Verteidigungsministerin Annalena Baerbock reiste am Montag nach Kiew.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'high',
          source: 'Außenministerin',
          rewrite: 'Verteidigungsministerin',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Governor Maria Lopez signed the budget bill on Friday.',
      rewrite: 'Senator Maria Lopez signed the budget bill on Friday.',
      errors: [{ messageId: 'titleChanged', severity: 'high', source: 'Governor', rewrite: 'Senator' }],
    },
    {
      lang: 'de',
      source: 'Richterin Anna Roth eröffnete am Montag die neue Brücke.',
      rewrite: 'Bürgermeisterin Anna Roth eröffnete am Montag die neue Brücke.',
      errors: [
        { messageId: 'titleChanged', severity: 'high', source: 'Richterin', rewrite: 'Bürgermeisterin' },
      ],
    },
    // Told in another statement, the other post may be one more the person holds: medium.
    {
      lang: 'en',
      source: 'Governor Maria Lopez signed the budget bill on Friday. The state has a new budget.',
      rewrite:
        'The state has a new budget. On Friday, it was signed by Maria Lopez. Senator Lopez praised it.',
      errors: [{ messageId: 'titleChanged', severity: 'medium', source: 'Governor', rewrite: 'Senator' }],
    },
    {
      lang: 'de',
      source: 'Der Prozess wurde von US-Präsident Donald Trump initiiert und läuft seit Wochen.',
      rewrite:
        'Der Prozess wurde von dem ehemaligen US-Präsidenten Donald Trump initiiert und läuft seit Wochen.',
      errors: [
        {
          messageId: 'statusChanged',
          severity: 'high',
          source: 'US-Präsident',
          rewrite: 'ehemaligen US-Präsidenten',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die frühere Außenministerin Annalena Baerbock reiste nach Kiew.',
      rewrite: 'Außenministerin Annalena Baerbock reiste nach Kiew.',
      errors: [
        {
          messageId: 'statusChanged',
          severity: 'high',
          source: 'frühere Außenministerin',
          rewrite: 'Außenministerin',
        },
      ],
    },
    {
      lang: 'en',
      source: 'NATO Secretary General Mark Rutte warned of new threats on Tuesday.',
      rewrite: 'Former NATO Secretary General Mark Rutte warned of new threats on Tuesday.',
      errors: [
        {
          messageId: 'statusChanged',
          severity: 'high',
          source: 'NATO Secretary General',
          rewrite: 'Former NATO Secretary General',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The talks were led by President-elect Maria Lopez in the capital.',
      rewrite: 'The talks were led by President Maria Lopez in the capital.',
      errors: [
        { messageId: 'statusChanged', severity: 'medium', source: 'President-elect', rewrite: 'President' },
      ],
    },
    // Vice ↔ full office, deputy ↔ head: high, wherever the role stands.
    {
      lang: 'de',
      source: 'Oswald Wagner, Vizerektor der MedUni Wien, nahm an den Beratungen im Kanzleramt teil.',
      rewrite: 'Oswald Wagner, Rektor der MedUni Wien, nahm an den Beratungen im Kanzleramt teil.',
      errors: [
        {
          messageId: 'statusChanged',
          severity: 'high',
          source: 'Vizerektor der MedUni Wien',
          rewrite: 'Rektor der MedUni Wien',
        },
      ],
    },
    {
      lang: 'de',
      source:
        'Hermann Greylinger, Vorsitzender der Polizeigewerkschaft, kritisierte die Pläne der Regierung.',
      rewrite:
        'Hermann Greylinger, stellvertretender Vorsitzender der Polizeigewerkschaft, kritisierte die Pläne der Regierung.',
      errors: [
        {
          messageId: 'statusChanged',
          severity: 'high',
          source: 'Vorsitzender der Polizeigewerkschaft',
          rewrite: 'stellvertretender Vorsitzender der Polizeigewerkschaft',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Deputy Mayor Tom Reed opened the new bridge on Saturday.',
      rewrite: 'Mayor Tom Reed opened the new bridge on Saturday.',
      errors: [{ messageId: 'statusChanged', severity: 'high', source: 'Deputy Mayor', rewrite: 'Mayor' }],
    },
    // A relative clause in the past tense makes a sitting official a former one.
    {
      lang: 'en',
      source: "Maria Lopez, Chile's finance minister, said the budget would be balanced.",
      rewrite: "Maria Lopez, who served as Chile's finance minister, said the budget would be balanced.",
      errors: [
        {
          messageId: 'statusChanged',
          severity: 'high',
          source: "Chile's finance minister",
          rewrite: "served as Chile's finance minister",
        },
      ],
    },
    {
      lang: 'de',
      source: 'Sabine Berg, die Bürgermeisterin von Linz, eröffnete die neue Brücke.',
      rewrite: 'Sabine Berg, die Bürgermeisterin von Linz war, eröffnete die neue Brücke.',
      errors: [
        {
          messageId: 'statusChanged',
          severity: 'high',
          source: 'die Bürgermeisterin von Linz',
          rewrite: 'Bürgermeisterin von Linz war',
        },
      ],
    },
    // Another office, told in an apposition in one paragraph and compared with the source's in another.
    {
      lang: 'de',
      source:
        'Anna Berg, die Sprecherin des Ministeriums, bestätigte den Termin.\n\nBerg sagte, die Gespräche würden am Montag beginnen.',
      rewrite:
        'Anna Berg bestätigte den Termin.\n\nBerg, die Staatssekretärin des Ministeriums, sagte, die Gespräche würden am Montag beginnen.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'high',
          source: 'die Sprecherin des Ministeriums',
          rewrite: 'die Staatssekretärin des Ministeriums',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Pfizer chief financial officer David Denton said sales fell in the fourth quarter.',
      rewrite: 'Pfizer chief scientific officer David Denton said sales fell in the fourth quarter.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'high',
          source: 'Pfizer chief financial officer',
          rewrite: 'Pfizer chief scientific officer',
        },
      ],
    },
    // The same office in another body.
    {
      lang: 'en',
      source: "Volvo's chief executive Jim Rowan said the new plant would open in May.",
      rewrite: "Scania's chief executive Jim Rowan said the new plant would open in May.",
      errors: [
        {
          messageId: 'bodyChanged',
          severity: 'medium',
          source: "Volvo's chief executive",
          rewrite: "Scania's chief executive",
        },
      ],
    },
    {
      lang: 'de',
      source: 'Peter Huber, der Klimaexperte von Global 2000, warnte vor den Folgen der Dürre.',
      rewrite: 'Peter Huber, der Klimaexperte von Greenpeace, warnte vor den Folgen der Dürre.',
      errors: [
        {
          messageId: 'bodyChanged',
          severity: 'medium',
          source: 'der Klimaexperte von Global 2000',
          rewrite: 'der Klimaexperte von Greenpeace',
        },
      ],
    },
    // Of the source's roles for the person, the same title is the evidence, not a vaguer one in the paired statement.
    {
      lang: 'de',
      source:
        'Hermann Greylinger, Vorsitzender der Polizeigewerkschaft, kritisierte die Pläne der Regierung.\n\nDie Gewerkschafter Hermann Greylinger und Werner Herbert forderten am Dienstag mehr Personal.',
      rewrite:
        'Greylinger kritisierte die Pläne der Regierung.\n\nHermann Greylinger, stellvertretender Vorsitzender der Polizeigewerkschaft, und Werner Herbert forderten am Dienstag mehr Personal.',
      errors: [
        {
          messageId: 'statusChanged',
          severity: 'high',
          source: 'Vorsitzender der Polizeigewerkschaft',
          rewrite: 'stellvertretender Vorsitzender der Polizeigewerkschaft',
        },
      ],
    },
    // A body before the hyphen, the status joined to the title after it: "DFB-Vizepräsident" is a deputy.
    {
      lang: 'de',
      source: 'Die Vergabe hat laut DFB-Präsident Bernd Neuendorf einen würdigen Gastgeber gefunden.',
      rewrite: 'Die Vergabe hat laut DFB-Vizepräsident Bernd Neuendorf einen würdigen Gastgeber gefunden.',
      errors: [
        {
          messageId: 'statusChanged',
          severity: 'high',
          source: 'DFB-Präsident',
          rewrite: 'DFB-Vizepräsident',
        },
      ],
    },
    // A role given in a copular clause in one paragraph, changed in an apposition after a bracketed party in another.
    {
      lang: 'de',
      source:
        'Meier ist bereits jetzt einer der Vizepräsidenten des Bundesrats.\n\nFür das Amt kandidieren Jonas Meier (CDU) und Lea Brandt (SPD).',
      rewrite:
        'Für das Amt kandidieren Jonas Meier (CDU), ein ehemaliger Vizepräsident, und Lea Brandt (SPD).',
      errors: [
        {
          messageId: 'statusChanged',
          severity: 'high',
          source: 'der Vizepräsidenten des Bundesrats',
          rewrite: 'ein ehemaliger Vizepräsident',
        },
      ],
    },
    {
      lang: 'en',
      source:
        'Okafor is already one of the vice-presidents of the assembly.\n\nNgozi Okafor (PDP) and Musa Bello (APC) are standing for the post.',
      rewrite: 'Ngozi Okafor (PDP), a former vice-president, and Musa Bello (APC) are standing for the post.',
      errors: [
        {
          messageId: 'statusChanged',
          severity: 'high',
          source: 'the vice-presidents of the assembly',
          rewrite: 'a former vice-president',
        },
      ],
    },
    // A more specific title of the same kind says more than the source, nothing against it: low.
    {
      lang: 'de',
      source: 'Der Sieg gelang unter Betreuer Markus Feld, teilte der Verein mit.',
      rewrite: 'Der Sieg gelang unter Trainer Markus Feld, teilte der Verein mit.',
      errors: [{ messageId: 'titleChanged', severity: 'low', source: 'Betreuer', rewrite: 'Trainer' }],
    },
  ],
});
