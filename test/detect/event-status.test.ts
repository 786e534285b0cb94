import { eventStatus } from '../../src/detect/rules/event-status.js';
import { ruleTable } from './harness.js';

ruleTable(eventStatus, {
  valid: [
    // "ahead of" a person ranks, it looks ahead to no event: the past after it is no plan carried out.
    {
      lang: 'en',
      source:
        "The 48-year-old came out ahead of Italy's European Championship-winning coach Roberto Mancini.",
      rewrite: 'The 48-year-old beat Roberto Mancini, who coached Italy to the European title.',
    },
    {
      lang: 'de',
      source: 'Der 48-Jährige landete vor dem italienischen Europameistercoach Roberto Mancini.',
      rewrite:
        'Der 48-Jährige setzte sich gegen Roberto Mancini durch, der Italien zum EM-Titel geführt hatte.',
    },
    // Still going on on both sides; "Still," opening a sentence weighs against what came before, it tells no phase.
    {
      lang: 'en',
      source: 'On Tuesday the crime scene unit was still carrying out investigations in the flat.',
      rewrite: 'On Tuesday the crime scene team was still examining the flat.',
    },
    {
      lang: 'de',
      source: 'Am Dienstag war die Tatortgruppe weiterhin mit Erhebungen in der Wohnung beschäftigt.',
      rewrite: 'Am Dienstag war die Tatortgruppe immer noch mit Erhebungen in der Wohnung beschäftigt.',
    },
    {
      lang: 'en',
      source: 'The rain went on. Still, the unit examined the flat on Tuesday.',
      rewrite: 'The rain went on. The unit completed its examination of the flat on Tuesday.',
    },
    // A present placed after another event of the story may look ahead: made a plan, nothing changed.
    {
      lang: 'de',
      source: 'Die Vorstandsmitglieder werden im Anschluss gewählt.',
      rewrite: 'Die Vorstandsmitglieder sollen im Anschluss gewählt werden.',
    },
    {
      lang: 'en',
      source: 'The board members are elected afterwards.',
      rewrite: 'The board members are to be elected afterwards.',
    },
    // "sollten … lesen" with no time set for it advises: told as what is done, the modality rule's advice stated as
    // fact, no plan.
    {
      lang: 'de',
      source: 'Eltern sollten das Etikett genau lesen.',
      rewrite: 'Eltern lesen das Etikett genau.',
    },
    // Reported speech restated in other tenses of the same status.
    {
      lang: 'de',
      source: 'Die Wirtin sagte, eine Gruppe mit einem Baby sei inzwischen mit Spezialfahrzeugen abgereist.',
      rewrite:
        'Eine Gruppe mit einem Baby habe inzwischen mit Spezialfahrzeugen die Abreise geschafft und sei abgereist, sagte die Wirtin.',
    },
    // Hearsay about the past is no plan: "is thought to have formed", "soll … entstanden sein".
    {
      lang: 'en',
      source: 'The rock was formed 400 million years ago.',
      rewrite: 'The rock is thought to have formed 400 million years ago.',
    },
    {
      lang: 'de',
      source: 'Der Fels entstand vor 400 Millionen Jahren.',
      rewrite: 'Der Fels soll vor 400 Millionen Jahren entstanden sein.',
    },
    // The same phase in other words, both phases told on each side, and a phase denied.
    {
      lang: 'en',
      source: 'In June a group at the adult education centre began a qualification as care workers.',
      rewrite: 'In June a group at the adult education centre started a qualification as care workers.',
    },
    {
      lang: 'de',
      source: 'Im Juni begann eine Gruppe an der Volkshochschule eine Qualifikation zur Betreuungskraft.',
      rewrite: 'Im Juni startete eine Gruppe an der Volkshochschule eine Qualifikation zur Betreuungskraft.',
    },
    {
      lang: 'de',
      source: 'Die Gruppe begann im Juni die Qualifikation und schloss sie im Dezember ab.',
      rewrite: 'Die Gruppe schloss die Qualifikation im Dezember ab, nachdem sie im Juni begonnen hatte.',
    },
    {
      lang: 'en',
      source: 'The group did not finish the qualification in June.',
      rewrite: 'The group began the qualification in June.',
    },
    // The rewrite's verb names an event the source gives as a noun ("zum Greifen"): that event, not the source
    // clause's own, whatever thesaurus link the two verbs have.
    {
      lang: 'de',
      source:
        'Die Schule hatte einen Kurs ins Programm genommen, darunter Übungen zum Greifen und Werfen der Bälle.',
      rewrite:
        'Die Schule hatte einen Kurs ins Programm aufgenommen, dazu Übungen, um die Bälle zu greifen und zu werfen.',
    },
    {
      lang: 'en',
      source: 'The firm bought two plants last year, with land for the purchase of new machines.',
      rewrite: 'The firm took on two plants last year, with land in order to purchase new machines.',
    },
    // The source plans the same thing itself: the rewrite's plan is the source's, told of the other clause's words.
    {
      lang: 'de',
      source: 'Die Stadtwerke betreiben ein Solarkraftwerk und wollen ein zweites Solarkraftwerk errichten.',
      rewrite: 'Die Stadtwerke planen ein zweites Solarkraftwerk.',
    },
    {
      lang: 'en',
      source: 'The club runs a youth academy, and it wants to build a second youth academy.',
      rewrite: 'The club plans a second youth academy.',
    },
    // The plan of another event, told of the same things, is no plan in place of what the source tells.
    {
      lang: 'en',
      source: 'Local clubs across the region are involved in many youth projects.',
      rewrite: 'Local clubs across the region will launch many youth projects.',
    },
    {
      lang: 'de',
      source: 'Die Vereine der Region sind an vielen Jugendprojekten beteiligt.',
      rewrite: 'Die Vereine der Region werden viele Jugendprojekte starten.',
    },
    // An intention told in the past says nothing of what became of its object: it was acted on, or not. No plan of now
    // is claimed, so none is reported (a past plan for a deed claims less than the source, not something else).
    {
      lang: 'en',
      source: 'She went to a hospital in the capital, where she was diagnosed with the flu.',
      rewrite: 'She sought treatment at a hospital in the capital, where she was diagnosed with the flu.',
    },
    {
      lang: 'de',
      source: 'Die Gemeinde eröffnete eine Bibliothek für Kinder und Jugendliche.',
      rewrite: 'Die Gemeinde plante eine Bibliothek für Kinder und Jugendliche.',
    },
    // A verb of opinion's passive judges, it plans nothing.
    {
      lang: 'en',
      source: 'The club runs the best youth academy in the region.',
      rewrite: 'The youth academy of the club is considered the best in the region.',
    },
    {
      lang: 'de',
      source: 'Der Verein betreibt die beste Jugendakademie der Region.',
      rewrite: 'Die Jugendakademie des Vereins gilt als die beste der Region.',
    },
    // An aim kept as an aim, in other words.
    {
      lang: 'de',
      source: 'So verfasste er einen Brief mit seinen Thesen, um eine Erneuerung der Kirche auszulösen.',
      rewrite: 'Mit dem Brief und seinen Thesen wollte er eine Erneuerung der Kirche auslösen.',
    },
    {
      lang: 'en',
      source: 'He wrote a letter with his theses in order to start a renewal of the church.',
      rewrite: 'He wrote a letter with his theses to start a renewal of the church.',
    },
    // A present after a conjunction supposes or looks ahead, and a German passive of process may too: no fact of today.
    {
      lang: 'en',
      source: 'When monotonous work disappears, there is time and space for more creativity.',
      rewrite: 'Monotonous work will disappear, leaving time and space for more creativity.',
    },
    {
      lang: 'de',
      source: 'Im Herbst wird das Konzept vorgestellt, in das auch die Schulen eingebunden werden.',
      rewrite: 'Im Herbst wird das Konzept vorgestellt, in das die Stadt auch die Schulen einbinden will.',
    },
    // A present placed in time is an arrangement, as a plan is: "meets on Monday" and "is to meet on Monday".
    {
      lang: 'de',
      source: 'Der Ausschuss trifft sich am Montag in Wien, um über das Gesetz zu beraten.',
      rewrite: 'Der Ausschuss soll sich am Montag in Wien treffen, um über das Gesetz zu beraten.',
    },
    {
      lang: 'en',
      source: 'The committee meets in Vienna on Monday to discuss the bill.',
      rewrite: 'The committee is to meet in Vienna on Monday to discuss the bill.',
    },
    // The present without a word of now may tell the past ("produces" in a headline); saying is no state.
    {
      lang: 'en',
      source: 'The plant produced masks for hospitals in the region.',
      rewrite: 'The plant produces masks for hospitals in the region.',
    },
    {
      lang: 'de',
      source: 'Der Bürgermeister sagte am Montag, die Lage in der Stadt sei ernst.',
      rewrite: 'Der Bürgermeister sagt jetzt, die Lage in der Stadt sei ernst.',
    },
    // A synonym in the same status is a paraphrase; a synonym with other arguments may tell another event.
    {
      lang: 'de',
      source: 'Die Notenbank erhöhte am Mittwoch die Leitzinsen.',
      rewrite: 'Die Notenbank hat die Leitzinsen am Mittwoch angehoben.',
    },
    {
      lang: 'en',
      source: 'The central bank raised interest rates on Wednesday.',
      rewrite: 'The central bank lifted interest rates on Wednesday.',
    },
    {
      lang: 'de',
      source:
        'Die Regierung erhöhte im Mai die Tabaksteuer, teilte das Finanzministerium am Montag in Wien mit.',
      rewrite:
        'Die Regierung will im Herbst die Mehrwertsteuer anheben, teilte das Finanzministerium am Montag in Wien mit.',
    },
    // The state the process leads to is no report that it is done ("sind … erlaubt": a state passive); English
    // makes its passive with the copula, so "is focused" tells a state as often as a process; an active present
    // may be a headline's past.
    {
      lang: 'de',
      source: 'Ab Samstag werden Veranstaltungen mit bis zu 500 Gästen wieder erlaubt.',
      rewrite: 'Ab Samstag sind Veranstaltungen mit bis zu 500 Gästen wieder erlaubt.',
    },
    {
      lang: 'en',
      source: 'The exhibition is focused on women painters of the 1920s.',
      rewrite: 'The exhibition was focused on women painters of the 1920s.',
    },
    {
      lang: 'de',
      source: 'Der Gemeinderat beschließt den Haushalt mit knapper Mehrheit.',
      rewrite: 'Der Gemeinderat beschloss den Haushalt mit knapper Mehrheit.',
    },
    // Hearsay is no plan: "soll sich um … handeln", "is said to have taken place" tell a state or a past event
    // someone reports; the rewrite stating it is the attribution rule's.
    {
      lang: 'de',
      source: 'Bei dem Fund soll es sich um eine Fliegerbombe handeln.',
      rewrite: 'Bei dem Fund handelte es sich um eine Fliegerbombe.',
    },
    {
      lang: 'en',
      source: 'The inspection is said to have taken place on Wednesday.',
      rewrite: 'The inspection took place on Wednesday.',
    },
    // A verb inside quotation marks is the speaker's word: the quote rules compare it, not the writer's status.
    {
      lang: 'de',
      source: 'Als Partei werde es notwendig sein, zu sagen „Lasst euch impfen“.',
      rewrite: 'Als Partei werde man sagen müssen: „Lasst euch impfen“.',
    },
    {
      lang: 'de',
      source: 'Huber sagte am Montag: „Wir werden dem Gesetz im Plenum zustimmen.“',
      rewrite: 'Huber sagte am Montag: „Wir haben dem Gesetz im Plenum zugestimmt.“',
    },
    {
      lang: 'en',
      source: 'Huber said on Monday: "We will approve the law in the plenary."',
      rewrite: 'Huber said on Monday: "We approved the law in the plenary."',
    },
    // A done marker and a future one in one pair, said of two events: neither changed its status.
    {
      lang: 'en',
      source: 'A flood of complaints about price increases already imposed makes a full assessment harder.',
      rewrite: 'A flood of complaints about price rises makes it harder to assess how prices will develop.',
    },
    {
      lang: 'de',
      source: 'Beschwerden über bereits erfolgte Preiserhöhungen erschweren eine umfassende Einschätzung.',
      rewrite:
        'Beschwerden über Preiserhöhungen erschweren eine Einschätzung der Preise in den nächsten Monaten.',
    },
    // The present for the future: with a time that places it, or in a subordinate clause.
    {
      lang: 'de',
      source: 'Das Treffen der Außenminister soll am Montag in Brüssel stattfinden.',
      rewrite: 'Das Treffen der Außenminister findet am Montag in Brüssel statt.',
    },
    {
      lang: 'de',
      source: 'Noch weiß niemand, ob die Äffin im Wald zurechtkommen wird.',
      rewrite: 'Ob die Äffin im Wald zurechtkommt, weiß noch niemand.',
    },
    {
      lang: 'en',
      source: 'The meeting of foreign ministers will take place in Brussels on Monday.',
      rewrite: 'The meeting of foreign ministers takes place in Brussels on Monday.',
    },
    // An infinitive after a plan is not the past auxiliary's participle: nothing is reported as done.
    {
      lang: 'en',
      source: 'The ministry said there were no plans to raise taxes next year.',
      rewrite: 'The ministry said it was not planning to raise taxes next year.',
    },
    {
      lang: 'de',
      source: 'Das Ministerium sagte, es gebe keine Pläne, die Steuern im nächsten Jahr zu erhöhen.',
      rewrite:
        'Das Ministerium sagte, es sei nicht geplant gewesen, die Steuern im nächsten Jahr zu erhöhen.',
    },
    // Faithful tense paraphrases: the same status in another form.
    {
      lang: 'de',
      source: 'Die Regierung hat das Gesetz beschlossen.',
      rewrite: 'Die Regierung beschloss das Gesetz.',
    },
    {
      lang: 'en',
      source: 'The minister said the plan was ready.',
      rewrite: 'The minister has said the plan was ready.',
    },
    {
      lang: 'de',
      source: 'Lauterbach will im Herbst einen Entwurf vorlegen.',
      rewrite: 'Lauterbach wird im Herbst einen Entwurf vorlegen.',
    },
    {
      lang: 'en',
      source: 'Staff was ordered to remove the app.',
      rewrite: 'Staff had been ordered to remove the app.',
    },
    {
      lang: 'en',
      source: 'Lordstown said it would suspend production to address the defect.',
      rewrite: 'Lordstown will suspend production to address the defect, it said.',
    },
    {
      lang: 'de',
      source: 'Ursprünglich war geplant, das Tier schrittweise an die Freiheit zu gewöhnen.',
      rewrite: 'Ursprünglich sollte das Tier schrittweise an die Freiheit gewöhnt werden.',
    },
    {
      lang: 'de',
      source: 'Die Gespräche sollen am kommenden Montag in Berlin fortgesetzt werden.',
      rewrite: 'Am kommenden Montag sollen die Gespräche in Berlin weitergehen.',
    },
    {
      lang: 'en',
      source: 'The ministers will hold talks in Brussels on Friday.',
      rewrite: 'The ministers are holding talks in Brussels on Friday.',
    },
    // A forecast looks ahead at nothing anyone will do, and saying it is no work under way.
    {
      lang: 'en',
      source: 'The company expects vaccine sales of $5bn in 2023.',
      rewrite: 'The company reported falling revenue and guided for vaccine sales of $5bn in 2023.',
    },
    {
      lang: 'en',
      source: 'The company is forecasting vaccine sales of $5bn in 2023.',
      rewrite: 'The company reported falling revenue and forecast vaccine sales of $5bn in 2023.',
    },
    {
      lang: 'de',
      source: 'Der Konzern erwartet für 2023 einen Impfstoffumsatz von fünf Milliarden Dollar.',
      rewrite:
        'Der Konzern meldete sinkende Erlöse und prognostizierte für 2023 einen Impfstoffumsatz von fünf Milliarden Dollar.',
    },
    {
      lang: 'en',
      source: 'Moderna plans regulatory filings for the RSV vaccine in the first half of 2023.',
      rewrite: 'In the first half of 2023, Moderna intends to file for approval of the RSV vaccine.',
    },
    {
      lang: 'de',
      source: 'Mit Blick auf Gespräche mit US-Vertretern in München sagte Kallas, sie sei skeptisch.',
      rewrite: 'Vor den geplanten Gesprächen mit US-Vertretern in München zeigte sich Kallas skeptisch.',
    },
    {
      lang: 'de',
      source: 'Die Minister trafen sich bereits am Montag in Brüssel zu Gesprächen.',
      rewrite: 'Schon am Montag kamen die Minister in Brüssel zu Gesprächen zusammen.',
    },
    {
      lang: 'en',
      source: 'The leaders will meet next week in Geneva to discuss the ceasefire.',
      rewrite: 'The leaders plan to meet in Geneva next week to discuss the ceasefire.',
    },
    // A plan told with another verb of planning; a plan told in the passive of an intention verb.
    {
      lang: 'en',
      source: 'The company plans to provide an update on the recall at its earnings call in March.',
      rewrite: 'The company intends to give an update on the recall at its earnings call in March.',
    },
    {
      lang: 'de',
      source: 'Für die Tiere sollten ein eigenes Gehege und eine Insel angelegt werden.',
      rewrite: 'Für die Tiere war ein eigenes Gehege und eine Insel vorgesehen.',
    },
    {
      lang: 'de',
      source: 'Die Regierung plant, den Entwurf zur Reform im Herbst vorzulegen.',
      rewrite: 'Im Herbst will die Regierung den Entwurf zur Reform vorlegen.',
    },
    // The planned verb kept: the event is still an aim, whatever else is done.
    {
      lang: 'en',
      source: 'The agency will deploy a traffic system for small drones in 2025.',
      rewrite:
        'The agency has moved into the delivery phase of its effort to deploy a traffic system for small drones.',
    },
    // The same plan in another participle of planning.
    {
      lang: 'de',
      source: 'Greenpeace fordert strenge Ziele im angekündigten Aktionsplan.',
      rewrite: 'Greenpeace fordert strenge Ziele im geplanten Aktionsplan.',
    },
    {
      lang: 'en',
      source: 'Civil rights groups attacked the proposed law on data retention.',
      rewrite: 'Civil rights groups attacked the planned law on data retention.',
    },
    // Still under way in both: the perfect progressive has not finished.
    {
      lang: 'en',
      source: 'Airports and the army are jointly developing the new radar system.',
      rewrite: 'Airports and the army have been developing the new radar system together.',
    },
    {
      lang: 'de',
      source: 'Die beiden Länder verhandeln derzeit über ein neues Abkommen.',
      rewrite: 'Derzeit verhandeln die beiden Länder über ein neues Abkommen.',
    },
    {
      lang: 'en',
      source: 'The summit took place in Rome and ended with a joint statement.',
      rewrite: 'The summit was held in Rome and ended with a joint statement.',
    },
  ],
  invalid: [
    // A process in the present passive with no time goes on today: made a plan.
    {
      lang: 'de',
      source: 'Mit exotischen Zutaten wird das Image der Getränke aufpoliert.',
      rewrite: 'Mit exotischen Zutaten soll das Image der Getränke aufpoliert werden.',
      errors: [{ messageId: 'currentAsPlanned', severity: 'medium', source: 'wird', rewrite: 'soll' }],
    },
    {
      lang: 'en',
      source: 'The board members are elected by the staff.',
      rewrite: 'The board members are to be elected by the staff.',
      errors: [{ messageId: 'currentAsPlanned', severity: 'medium', source: 'are', rewrite: 'are' }],
    },
    // In the reported speech the source tells it in: the same speaker's report, another status. English reports in
    // the indicative ("said … had left" → "said … was to leave").
    {
      lang: 'de',
      source: 'Die Wirtin sagte, eine Gruppe mit einem Baby sei inzwischen mit Spezialfahrzeugen abgereist.',
      rewrite: 'Die Wirtin sagte, eine Gruppe mit einem Baby solle in Kürze mit Spezialfahrzeugen abreisen.',
      errors: [{ messageId: 'doneAsPlanned', severity: 'high', source: 'sei', rewrite: 'solle' }],
    },
    {
      lang: 'de',
      source: 'Er sagte, die Regierung werde den Entwurf im Herbst vorlegen.',
      rewrite: 'Er sagte, die Regierung habe den Entwurf im Herbst vorgelegt.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'werde', rewrite: 'habe' }],
    },
    {
      lang: 'en',
      source: 'The landlady said a group with a baby had left in special vehicles.',
      rewrite: 'The landlady said a group with a baby is to leave soon in special vehicles.',
      errors: [{ messageId: 'doneAsPlanned', severity: 'high', source: 'had', rewrite: 'is' }],
    },
    // Adverbs inside the verb group ("has more than tripled", "to more than triple") leave its reading whole.
    {
      lang: 'en',
      source: 'The area has more than tripled in ten years.',
      rewrite: 'The area is expected to more than triple in ten years.',
      errors: [{ messageId: 'doneAsPlanned', severity: 'high', source: 'has', rewrite: 'is' }],
    },
    {
      lang: 'de',
      source: 'Die Fläche hat sich in zehn Jahren mehr als verdreifacht.',
      rewrite: 'Die Fläche soll sich in zehn Jahren mehr als verdreifachen.',
      errors: [{ messageId: 'doneAsPlanned', severity: 'high', source: 'hat', rewrite: 'soll' }],
    },
    // How far an activity got, told by its aspectual verb: completed reported as begun, begun as completed.
    {
      lang: 'de',
      source:
        'Im Juni absolvierte eine Gruppe an der Volkshochschule erfolgreich eine Qualifikation zur Betreuungskraft.',
      rewrite: 'Im Juni begann eine Gruppe an der Volkshochschule eine Qualifikation zur Betreuungskraft.',
      errors: [{ messageId: 'finishedAsBegun', severity: 'high', source: 'absolvierte', rewrite: 'begann' }],
    },
    {
      lang: 'en',
      source:
        'In June a group at the adult education centre successfully completed a qualification as care workers.',
      rewrite: 'In June a group at the adult education centre began a qualification as care workers.',
      errors: [{ messageId: 'finishedAsBegun', severity: 'high', source: 'completed', rewrite: 'began' }],
    },
    {
      lang: 'de',
      source: 'Die Bauarbeiten an der Brücke begannen im März.',
      rewrite: 'Die Bauarbeiten an der Brücke wurden im März beendet.',
      errors: [
        {
          messageId: 'begunAsFinished',
          severity: 'high',
          source: 'begannen',
          rewrite: 'wurden im März beendet',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Work on the bridge started in March.',
      rewrite: 'Work on the bridge was finished in March.',
      errors: [
        { messageId: 'begunAsFinished', severity: 'high', source: 'started', rewrite: 'was finished' },
      ],
    },
    // Work still going on told as completed: a particle of continuation against a verb of completion.
    {
      lang: 'de',
      source: 'Am Dienstag war die Tatortgruppe weiterhin mit Erhebungen in der Wohnung beschäftigt.',
      rewrite: 'Am Dienstag schloss die Tatortgruppe ihre Erhebungen in der Wohnung ab.',
      errors: [
        {
          messageId: 'underwayDone',
          severity: 'high',
          source: 'war die Tatortgruppe weiterhin mit Erhebungen in der Wohnung beschäftigt',
          rewrite: 'schloss die Tatortgruppe ihre Erhebungen in der Wohnung ab',
        },
      ],
    },
    {
      lang: 'en',
      source: 'On Tuesday the crime scene unit was still carrying out investigations in the flat.',
      rewrite: 'On Tuesday the crime scene team completed its examination of the flat.',
      errors: [
        { messageId: 'underwayDone', severity: 'high', source: 'was still carrying', rewrite: 'completed' },
      ],
    },
    // The same verb with a particle added, governing the same words: one event, now only planned.
    {
      lang: 'de',
      source: 'Die Schule hatte im Mai zwei neue Kurse ins Programm genommen.',
      rewrite: 'Die Schule will im Mai zwei neue Kurse ins Programm aufnehmen.',
      errors: [{ messageId: 'doneAsPlanned', severity: 'high', source: 'hatte', rewrite: 'will' }],
    },
    {
      lang: 'en',
      source: 'The school had taken two new courses into its programme in May.',
      rewrite: 'The school wants to take up two new courses into its programme in May.',
      errors: [{ messageId: 'doneAsPlanned', severity: 'high', source: 'had', rewrite: 'wants' }],
    },
    // An aim (a purpose clause) reported as achieved.
    {
      lang: 'de',
      source: 'So verfasste er einen Brief mit seinen Thesen, um eine Erneuerung der Kirche auszulösen.',
      rewrite:
        'So verfasste er einen Brief mit seinen Thesen und löste damit eine Erneuerung der Kirche aus.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'auszulösen', rewrite: 'löste' }],
    },
    {
      lang: 'en',
      source: 'He wrote a letter with his theses in order to start a renewal of the church.',
      rewrite: 'He wrote a letter with his theses and started a renewal of the church.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'to', rewrite: 'started' }],
    },
    // What the source states as a fact of today, the rewrite reports as only planned.
    {
      lang: 'de',
      source: 'Außerdem gibt es einen Musikpavillon, in dem im Sommer Konzerte stattfinden.',
      rewrite: 'Außerdem gibt es einen Musikpavillon, in dem im Sommer Konzerte stattfinden sollen.',
      errors: [
        { messageId: 'currentAsPlanned', severity: 'medium', source: 'stattfinden', rewrite: 'stattfinden' },
      ],
    },
    {
      lang: 'en',
      source: 'The museum shows the paintings in a new hall, the city said.',
      rewrite: 'The museum plans to show the paintings in a new hall, the city said.',
      errors: [{ messageId: 'currentAsPlanned', severity: 'medium', source: 'shows', rewrite: 'plans' }],
    },
    // What is, or what was done, told as a plan by a verb of intention: known as one event by its arguments (medium).
    {
      lang: 'de',
      source: 'Die Stadtwerke betreiben im Hafen ein Solarkraftwerk mit vierzig Modulen.',
      rewrite: 'Die Stadtwerke planen im Hafen ein Solarkraftwerk mit vierzig Modulen.',
      errors: [{ messageId: 'currentAsPlanned', severity: 'medium', source: 'betreiben', rewrite: 'planen' }],
    },
    {
      lang: 'en',
      source: 'The club runs a youth academy with three pitches near the stadium.',
      rewrite: 'The club plans a youth academy with three pitches near the stadium.',
      errors: [{ messageId: 'currentAsPlanned', severity: 'medium', source: 'runs', rewrite: 'plans' }],
    },
    // The present passive of a verb of intention names its subject as planned.
    {
      lang: 'en',
      source: 'A footbridge with a glass floor crosses the gorge.',
      rewrite: 'A footbridge with a glass floor across the gorge is planned.',
      errors: [{ messageId: 'currentAsPlanned', severity: 'medium', source: 'crosses', rewrite: 'is' }],
    },
    {
      lang: 'de',
      source: 'Die Gemeinde eröffnete eine Bibliothek für Kinder und Jugendliche.',
      rewrite: 'Eine Bibliothek für Kinder und Jugendliche ist in der Gemeinde geplant.',
      errors: [{ messageId: 'doneAsPlanned', severity: 'medium', source: 'eröffnete', rewrite: 'ist' }],
    },
    {
      lang: 'en',
      source: 'The council opened a library for children and teenagers.',
      rewrite: 'The council is planning a library for children and teenagers.',
      errors: [{ messageId: 'doneAsPlanned', severity: 'medium', source: 'opened', rewrite: 'is' }],
    },
    // A verb the lexicon lacks ("verfünffachen", "quintuple") is read by its shape where the bracket shows it.
    {
      lang: 'de',
      source: 'Die Offshore-Leistung wird sich bis 2020 verfünffachen, sagten Experten am Montag.',
      rewrite: 'Die Offshore-Leistung hat sich bis 2020 verfünffacht, sagten Experten am Montag.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'wird', rewrite: 'hat' }],
    },
    {
      lang: 'en',
      source: 'Offshore wind capacity will quintuple by 2020, experts said on Monday.',
      rewrite: 'Offshore wind capacity has quintupled by 2020, experts said on Monday.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'will', rewrite: 'has' }],
    },
    // The verb bracket closes after a relative clause set into the main clause.
    {
      lang: 'de',
      source:
        'Der Minister will den Plan, den er selbst ausgearbeitet hat, am Montag dem Kabinett vorstellen.',
      rewrite: 'Der Minister stellte den Plan, den er selbst ausgearbeitet hat, am Montag dem Kabinett vor.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'will', rewrite: 'stellte' }],
    },
    {
      lang: 'en',
      source: 'The minister will present the plan, which he drafted himself, to the cabinet on Monday.',
      rewrite: 'The minister presented the plan, which he drafted himself, to the cabinet on Monday.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'will', rewrite: 'presented' }],
    },
    // A plan stated in the present of a main clause, with no time to place it ahead: a fact of today. Medium: the
    // present may still mean the future.
    {
      lang: 'en',
      source: 'The state government will raise the property tax for owners.',
      rewrite: 'The state government raises the property tax for owners.',
      errors: [{ messageId: 'plannedPresent', severity: 'medium', source: 'will', rewrite: 'raises' }],
    },
    {
      lang: 'de',
      source: 'Die Landesregierung will die Grundsteuer für Eigentümer erhöhen.',
      rewrite: 'Die Landesregierung erhöht die Grundsteuer für Eigentümer.',
      errors: [{ messageId: 'plannedPresent', severity: 'medium', source: 'will', rewrite: 'erhöht' }],
    },
    {
      lang: 'de',
      source: 'Die Stadt werde sparen müssen, sagte der Kämmerer.',
      rewrite: 'Die Stadt spart, sagte der Kämmerer.',
      errors: [{ messageId: 'plannedPresent', severity: 'medium', source: 'werde', rewrite: 'spart' }],
    },
    // The same event told with a synonym (a WordNet synset among both verbs' main senses, an OpenThesaurus set)
    // and the same arguments.
    {
      lang: 'en',
      source: 'The central bank raised interest rates by half a point on Wednesday.',
      rewrite: 'The central bank is expected to lift interest rates by half a point.',
      errors: [{ messageId: 'doneAsPlanned', severity: 'high', source: 'raised', rewrite: 'is' }],
    },
    {
      lang: 'de',
      source: 'Die Stadt will die Gebühren für das Parken im Mai anheben.',
      rewrite: 'Die Stadt erhöhte die Gebühren für das Parken im Mai.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'will', rewrite: 'erhöhte' }],
    },
    // A past event told in the present with a word of now is told as going on (medium: a past state may hold).
    {
      lang: 'de',
      source: 'Jeder Fünfte hegte schon einmal solche Gedanken, heißt es in der Studie der Universität.',
      rewrite: 'Jeder Fünfte hegt derzeit solche Gedanken, heißt es in der Studie der Universität.',
      errors: [{ messageId: 'doneAsCurrent', severity: 'medium', source: 'hegte', rewrite: 'hegt' }],
    },
    {
      lang: 'en',
      source: 'The plant produced masks for hospitals in the region.',
      rewrite: 'The plant currently produces masks for hospitals in the region.',
      errors: [{ messageId: 'doneAsCurrent', severity: 'medium', source: 'produced', rewrite: 'produces' }],
    },
    // German tells a process in the passive with "werden", no copula: in the present of a main clause it is still
    // to come or going on, and the past reports it done. Medium: a headline may tell the past in the present.
    {
      lang: 'de',
      source: 'Über den Haushalt wird am Ende der Sitzung abgestimmt.',
      rewrite: 'Über den Haushalt wurde am Ende der Sitzung abgestimmt.',
      errors: [{ messageId: 'presentDone', severity: 'medium', source: 'wird', rewrite: 'wurde' }],
    },
    {
      lang: 'de',
      source: 'Die freien Stellen im Vorstand werden im Frühjahr neu besetzt.',
      rewrite: 'Die freien Stellen im Vorstand sind im Frühjahr neu besetzt worden.',
      errors: [{ messageId: 'presentDone', severity: 'medium', source: 'werden', rewrite: 'sind' }],
    },
    // The status read from the verb group's grammar, whatever the verb: future, modal + infinitive, Präteritum,
    // Perfekt, separable verbs, the passive.
    {
      lang: 'en',
      source: 'The minister will present the plan to parliament.',
      rewrite: 'The minister presented the plan to parliament.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'will', rewrite: 'presented' }],
    },
    {
      lang: 'de',
      source: 'Lauterbach will im Herbst einen Entwurf vorlegen.',
      rewrite: 'Lauterbach hat im Herbst einen Entwurf vorgelegt.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'will', rewrite: 'hat' }],
    },
    {
      lang: 'de',
      source: 'Lauterbach will im Herbst einen Entwurf vorlegen.',
      rewrite: 'Lauterbach legte im Herbst einen Entwurf vor.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'will', rewrite: 'legte' }],
    },
    {
      lang: 'de',
      source: 'Das Treffen der Minister soll am Montag in Wien stattfinden.',
      rewrite: 'Das Treffen der Minister fand am Montag in Wien statt.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'soll', rewrite: 'fand' }],
    },
    {
      lang: 'de',
      source: 'Die Regierung will die Steuern für Unternehmen erhöhen.',
      rewrite: 'Die Regierung hat die Steuern für Unternehmen erhöht.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'will', rewrite: 'hat' }],
    },
    {
      lang: 'de',
      source: 'Der Hauptausschuss tagt am Dienstag, bei dem die Ausgangssperre verlängert werden soll.',
      rewrite: 'Der Hauptausschuss tagt am Dienstag, bei dem die Ausgangssperre verlängert wurde.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'verlängert', rewrite: 'verlängert' }],
    },
    {
      lang: 'en',
      source: 'The board is expected to approve the merger in March.',
      rewrite: 'The board has approved the merger in March.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'is', rewrite: 'has' }],
    },
    {
      lang: 'de',
      source: 'Die Regierung beschloss das Gesetz im Mai nach langer Debatte.',
      rewrite: 'Die Regierung wird das Gesetz im Mai nach langer Debatte beschließen.',
      errors: [{ messageId: 'doneAsPlanned', severity: 'high', source: 'beschloss', rewrite: 'wird' }],
    },
    {
      lang: 'de',
      source: 'Die Gespräche sollen am kommenden Montag in Berlin fortgesetzt werden.',
      rewrite: 'Die Gespräche wurden am Montag in Berlin fortgesetzt.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'sollen', rewrite: 'wurden' }],
    },
    {
      lang: 'en',
      source: 'The company plans to start production at the Ohio plant.',
      rewrite: 'The company is starting production at the Ohio plant.',
      errors: [{ messageId: 'plannedUnderway', severity: 'medium', source: 'plans', rewrite: 'is' }],
    },
    {
      lang: 'en',
      source: 'Moderna plans regulatory filings for the RSV vaccine in the first half of 2023.',
      rewrite: 'Moderna filed for regulatory approval of the RSV vaccine in the first half of 2023.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'plans', rewrite: 'filed' }],
    },
    {
      lang: 'de',
      source: 'Die beiden Länder wollen das Abkommen im Sommer in Genf unterzeichnen.',
      rewrite: 'Die beiden Länder unterzeichneten das Abkommen im Sommer in Genf.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'wollen', rewrite: 'unterzeichneten' }],
    },
    {
      lang: 'de',
      source:
        'Mit Blick auf Gespräche mit US-Vertretern bei der Münchner Sicherheitskonferenz sagte Kallas, sie habe keine großen Erwartungen.',
      rewrite:
        'Bei der Münchner Sicherheitskonferenz führte Kallas bereits Gespräche mit US-Vertretern und hatte keine großen Erwartungen.',
      errors: [
        { messageId: 'plannedHappened', severity: 'high', source: 'Mit Blick auf', rewrite: 'führte' },
      ],
    },
    {
      lang: 'de',
      source: 'Das geplante Treffen der Außenminister soll in zwei Wochen in Brüssel stattfinden.',
      rewrite: 'Das Treffen der Außenminister fand bereits in Brüssel statt.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'soll', rewrite: 'fand' }],
    },
    {
      lang: 'en',
      source: 'The ministers are scheduled to sign the agreement in Paris next month.',
      rewrite: 'The ministers already signed the agreement in Paris.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'are', rewrite: 'signed' }],
    },
    // What an intention or an announcement governs, reported done: with the same verb, or with another verb that
    // is done to the same things (medium: the verbs are no proof it is the same event).
    {
      lang: 'en',
      source: 'The company agreed to pay a fine of five million dollars to the regulator.',
      rewrite: 'The company paid a fine of five million dollars to the regulator.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'agreed', rewrite: 'paid' }],
    },
    {
      lang: 'de',
      source: 'Die Regierung kündigte am Dienstag an, dass die Maskenpflicht in Geschäften ab Samstag fällt.',
      rewrite: 'Die Regierung teilte am Dienstag mit, dass die Maskenpflicht in Geschäften gefallen ist.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'fällt', rewrite: 'gefallen' }],
    },
    {
      lang: 'en',
      source: 'The company plans to provide a detailed update on the recall at its earnings call in March.',
      rewrite: 'The company went on to give a detailed update on the recall at its earnings call in March.',
      errors: [{ messageId: 'plannedDone', severity: 'medium', source: 'plans', rewrite: 'went' }],
    },
    {
      lang: 'de',
      source:
        'Die Regierung plant, im Frühjahr einen Aktionsplan gegen Lebensmittelverschwendung vorzulegen.',
      rewrite: 'Die Regierung präsentierte im Frühjahr einen Aktionsplan gegen Lebensmittelverschwendung.',
      errors: [{ messageId: 'plannedDone', severity: 'medium', source: 'plant', rewrite: 'präsentierte' }],
    },
    // A noun qualified by a participle of planning, then by one of a deed: high; after one of announcement,
    // medium, since what was announced may be a deed ("the announced results").
    {
      lang: 'de',
      source: 'Die Opposition kritisiert die von der Regierung geplante Reform der Pensionen.',
      rewrite: 'Die Opposition kritisiert die von der Regierung umgesetzte Reform der Pensionen.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'geplante', rewrite: 'umgesetzte' }],
    },
    {
      lang: 'de',
      source: 'Greenpeace fordert strenge Ziele im von der Regierung angekündigten Aktionsplan.',
      rewrite: 'Greenpeace fordert strenge Ziele im von der Regierung vorgelegten Aktionsplan.',
      errors: [
        { messageId: 'plannedDone', severity: 'medium', source: 'angekündigten', rewrite: 'vorgelegten' },
      ],
    },
    {
      lang: 'en',
      source: 'Unions criticised the announced job cuts at the steel plant in Ohio.',
      rewrite: 'Unions criticised the completed job cuts at the steel plant in Ohio.',
      errors: [{ messageId: 'plannedDone', severity: 'medium', source: 'announced', rewrite: 'completed' }],
    },
    {
      lang: 'en',
      source: 'Civil rights groups attacked the proposed law on data retention.',
      rewrite: 'Civil rights groups attacked the passed law on data retention.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'proposed', rewrite: 'passed' }],
    },
    // Work under way reported as finished: the progressive against the perfect or the past.
    {
      lang: 'en',
      source: 'Airports and the army are jointly developing the new radar system.',
      rewrite: 'The new radar system has been developed jointly by airports and the army.',
      errors: [{ messageId: 'underwayDone', severity: 'high', source: 'are', rewrite: 'has' }],
    },
    {
      lang: 'en',
      source: 'Engineers are repairing the damaged bridge over the river.',
      rewrite: 'Engineers repaired the damaged bridge over the river.',
      errors: [{ messageId: 'underwayDone', severity: 'high', source: 'are', rewrite: 'repaired' }],
    },
    // Two verb groups on one future auxiliary; the rewrite's "um" before a time is no particle of "leitete".
    {
      lang: 'de',
      source: 'Die neue Trainerin wird am Montag ihre erste Einheit leiten und danach offiziell vorgestellt.',
      rewrite: 'Am Montag leitete die neue Trainerin ihre erste Einheit, um 14 Uhr wurde sie vorgestellt.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'wird', rewrite: 'leitete' }],
    },
    // The future's passive ("will be dropped") looks ahead as its active does.
    {
      lang: 'en',
      source: 'The subsidy contribution will be dropped in 2022, the minister announced last week.',
      rewrite: 'The minister announced last week that the subsidy contribution has been dropped.',
      errors: [
        {
          messageId: 'plannedDone',
          severity: 'high',
          source: 'will',
          rewrite: 'has',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The subsidy contribution will be dropped in 2022, the minister announced last week.',
      rewrite: 'The minister announced last week that the subsidy contribution has been scrapped.',
      errors: [
        {
          messageId: 'plannedDone',
          severity: 'medium',
          source: 'will',
          rewrite: 'has',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Der Förderbeitrag wird 2022 gestrichen werden, kündigte die Ministerin vorige Woche an.',
      rewrite: 'Die Ministerin kündigte vorige Woche an, dass der Förderbeitrag gestrichen wurde.',
      errors: [
        {
          messageId: 'plannedDone',
          severity: 'high',
          source: 'wird',
          rewrite: 'gestrichen',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Dazu kommt die bereits fixe Aussetzung der Ökostrompauschale für heuer.',
      rewrite: 'Dazu kommt die für heuer geplante Aussetzung der Ökostrompauschale.',
      errors: [{ messageId: 'doneAsPlanned', severity: 'medium', source: 'bereits', rewrite: 'geplante' }],
    },
    {
      lang: 'en',
      source: 'The two presidents already held talks in Vienna on the border dispute.',
      rewrite: 'The two presidents will hold talks in Vienna on the border dispute next week.',
      errors: [{ messageId: 'doneAsPlanned', severity: 'high', source: 'held', rewrite: 'will' }],
    },
    {
      lang: 'en',
      source: 'The striker scored twice and was named the best player of the season by the fans.',
      rewrite:
        'The striker scored twice and is expected to be named the best player of the season by the fans.',
      errors: [{ messageId: 'doneAsPlanned', severity: 'high', source: 'was', rewrite: 'is' }],
    },
    {
      lang: 'de',
      source: 'Die Bürgermeisterin ist am Sonntag zur Ehrenbürgerin der Stadt ernannt worden.',
      rewrite: 'Die Bürgermeisterin soll am Sonntag zur Ehrenbürgerin der Stadt ernannt werden.',
      errors: [{ messageId: 'doneAsPlanned', severity: 'high', source: 'ist', rewrite: 'soll' }],
    },
    {
      lang: 'en',
      source: 'The ministers held talks in Brussels and will find a compromise on the budget.',
      rewrite: 'The ministers held talks in Brussels and found a compromise on the budget.',
      errors: [{ messageId: 'plannedDone', severity: 'high', source: 'will', rewrite: 'found' }],
    },
  ],
});
