import { freedictAntonymStems } from './de-antonyms.js';
import type { DayPart, LanguagePack, RatePeriod, RoleStatus } from './pack.js';
import { germanPlaceNames } from './de-places.js';
import { germanVerbLines } from './de-verbs.js';
import { pairs, table } from './table.js';
import { capitals } from './de-capitals.js';

const words = (s: string): string[] => s.trim().split(/\s+/);
const set = (s: string): ReadonlySet<string> => new Set(words(s));

const months = table(`januar:1 jänner:1 jan:1 februar:2 feber:2 feb:2 märz:3 mär:3 april:4 apr:4 mai:5 juni:6
  jun:6 juli:7 jul:7 august:8 aug:8 september:9 sept:9 sep:9 oktober:10 okt:10 november:11 nov:11 dezember:12
  dez:12`);

const numberWords = table(`null:0 eins:1 zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9 zehn:10
  elf:11 zwölf:12 dreizehn:13 vierzehn:14 fünfzehn:15 sechzehn:16 siebzehn:17 achtzehn:18 neunzehn:19 zwanzig:20
  dreißig:30 dreissig:30 vierzig:40 fünfzig:50 sechzig:60 siebzig:70 achtzig:80 neunzig:90 hundert:100
  tausend:1000 dutzend:12 beide:2 beiden:2 halb:0.5 anderthalb:1.5 doppelt:2`);

// Ordinal stems take the adjective endings: "dritte", "dritten", "dritter" … ("achten" is also a verb: left out).
const ordinalStems = table(`erst:1 zweit:2 dritt:3 viert:4 fünft:5 sechst:6 siebt:7 siebent:7 acht:8 neunt:9
  zehnt:10 elft:11 zwölft:12 dreizehnt:13 vierzehnt:14 fünfzehnt:15 sechzehnt:16 siebzehnt:17 achtzehnt:18
  neunzehnt:19 zwanzigst:20 dreißigst:30 vierzigst:40 fünfzigst:50 hundertst:100`);
// A share's noun is its ordinal's stem with "-el" ("Drittel", "Fünftel", "Hundertstel"), the same in the plural.
const proportionNouns = new Map([
  ['hälfte', 2],
  ['hälften', 2],
  ...[...ordinalStems]
    .filter(([, value]) => value >= 3)
    .map(([stem, value]) => [`${stem}el`, value] as const),
]);
const ordinalWords = new Map(
  [...ordinalStems].flatMap(([stem, value]) =>
    ['e', 'en', 'er', 'es', 'em']
      .map((ending) => stem + ending)
      .filter((word) => word !== 'achten')
      .map((word) => [word, value] as const),
  ),
);

const roleModifiers: [string, RoleStatus][] = [
  ['ehemalig', 'former'],
  ['früher', 'former'],
  ['ex-', 'former'],
  ['damalig', 'former'],
  ['vormalig', 'former'],
  ['alt-', 'former'],
  ['scheidend', 'former'],
  ['abgewählt', 'former'],
  ['zurückgetreten', 'former'],
  ['amtierend', 'current'],
  ['derzeitig', 'current'],
  ['aktuell', 'current'],
  ['jetzig', 'current'],
  ['designiert', 'designate'],
  ['künftig', 'designate'],
  ['neu', 'designate'],
  ['gewählt', 'designate'],
  ['kommissarisch', 'acting'],
  ['stellvertretend', 'deputy'],
  ['vize-', 'deputy'],
  ['geschäftsführend', 'acting'],
  ['interims', 'acting'],
  ['verstorben', 'deceased'],
  ['verstorbene', 'deceased'],
  ['verstorbenen', 'deceased'],
  ['verstorbener', 'deceased'],
  ['verstorbenes', 'deceased'],
];

export const de: LanguagePack = {
  code: 'de',
  nounsCapitalized: true,
  verbSecond: true,
  stopwords:
    set(`der die das den dem des ein eine einen einem einer eines und oder aber auch als an auf aus bei
    bis durch für gegen in im ins mit nach über um unter von vom vor zu zum zur ist sind war waren wird werden wurde
    wurden hat haben hatte hatten sein seine seiner ihr ihre ihrem ihren ihrer es er sie wir ich du man sich dass
    daß wie wenn so noch nur schon sehr mehr dies diese dieser dieses diesem jetzt dann da hier nun doch denn ob
    was wer wo weil zwar sowie bereits beim am dabei dazu damit darauf davon dafür kann können soll sollen muss
    müssen will wollen habe sei seien laut wegen trotz seit während zwischen neben gegenüber innerhalb außerhalb
    zufolge samt mitsamt nebst gemäß angesichts aufgrund infolge mittels bezüglich hinsichtlich binnen`),
  abbreviations:
    set(`z b bzw ca dr prof u a usw vgl etc d h s o.ä ggf inkl evtl bspw sog str tel jh jhd mio mrd
    hr fr st gebr geb gest mr ms mrs sen rep gen zit vs v chr n u.a z.b d.h o.ä i.d.r u.u z.t a.d o.g
    ff bzgl einschl max min rd zzgl u.s jr sr co ltd inc dipl ing mag phil med jur rer nat univ`),
  numeralAbbreviations: set('nr art abs s bd ziff'),
  months: months,
  seasons:
    table(`frühling:1 frühlings:1 frühjahr:1 frühjahrs:1 sommer:2 sommers:2 herbst:3 herbstes:3 herbsts:3
    winter:4 winters:4`),
  monthBeforeDay: false,
  weekdays: new Map([
    ['sonntag', 0],
    ['montag', 1],
    ['dienstag', 2],
    ['mittwoch', 3],
    ['donnerstag', 4],
    ['freitag', 5],
    ['samstag', 6],
    ['sonnabend', 6],
  ]),
  dayParts: {
    nouns: new Map<string, DayPart>([
      ['morgen', 'morning'],
      ['früh', 'morning'],
      ['vormittag', 'forenoon'],
      ['mittag', 'noon'],
      ['nachmittag', 'afternoon'],
      ['abend', 'evening'],
      ['nacht', 'night'],
    ]),
    adverbs: new Map<string, DayPart>([
      ['morgens', 'morning'],
      ['vormittags', 'forenoon'],
      ['mittags', 'noon'],
      ['nachmittags', 'afternoon'],
      ['abends', 'evening'],
      ['nachts', 'night'],
    ]),
    joinsWeekday: true,
  },
  clockWords: new Map([['uhr', 0]]),
  numberWords: numberWords,
  ordinalWords,
  proportions: { nouns: proportionNouns, countless: 'hälfte' },
  quantifiers:
    table(`wenige:1 wenigen:1 weniger:1 einige:2 einigen:2 einiger:2 mehrere:2 mehreren:2 mehrerer:2
    manche:2 manchen:2 viele:3 vielen:3 vieler:3 zahlreiche:3 zahlreichen:3 etliche:3 etlichen:3 meisten:4
    alle:5 allen:5 aller:5 sämtliche:5 sämtlichen:5`),
  nearUniversals: {
    nearly: set('fast beinahe nahezu annähernd praktisch'),
    universals:
      set(`alle allen aller alles jeder jede jedes jeden jedem immer nie niemals niemand nichts überall
    sämtliche sämtlichen ganze ganzen ganzer ganzes gesamte gesamten gesamter gesamtes`),
    exceptions: {
      none: ['ausnahmslos', 'ohne ausnahme'],
      few: [
        'mit wenigen ausnahmen',
        'mit sehr wenigen ausnahmen',
        'bis auf wenige ausnahmen',
        'bis auf sehr wenige ausnahmen',
        'mit einigen ausnahmen',
      ],
    },
  },
  frequencies: {
    levels:
      table(`selten:1 manchmal:2 gelegentlich:2 mitunter:2 zuweilen:2 bisweilen:2 oft:3 oftmals:3 öfters:3 häufig:3
      meist:4 meistens:4 überwiegend:4
      normalerweise:4 gewöhnlich:4 immer:5 stets:5 ausnahmslos:5`),
    notAlone: [
      'immer noch',
      'noch immer',
      'immer wieder',
      'immer mehr',
      'immer weniger',
      'für immer',
      'wie immer',
    ],
  },
  // "zweieinhalb", "eineinhalb" are one word; "anderthalb" is a number word of its own.
  fractions: {
    after: new Map([['und ein halb', 0.5]]),
    joined: new Map([
      ['einhalb', 0.5],
      ['einviertel', 0.25],
      ['dreiviertel', 0.75],
    ]),
  },
  numberCompounds:
    words(`tägig wöchig monatig jährig stündig minütig fach mal malig stellig köpfig teilig seitig
    sprachig stöckig prozentig`),
  scaleWords: new Map([
    ['tausend', 1e3],
    ['million', 1e6],
    ['millionen', 1e6],
    ['mio', 1e6],
    ['milliarde', 1e9],
    ['milliarden', 1e9],
    ['mrd', 1e9],
    ['billion', 1e12],
    ['billionen', 1e12],
  ]),
  scalePrefixes: ['multi'],
  unitWords: new Map([
    // Multiplicatives count the same times, as adverb or adjective: "dreimal so hoch", "dreifach", "dreimalig".
    ['mal', '×'],
    ['malig', '×'],
    ['fach', '×'],
    ['prozent', '%'],
    ['%', '%'],
    ['prozentpunkte', 'pp'],
    ['euro', 'EUR'],
    ['€', 'EUR'],
    ['dollar', 'USD'],
    ['$', 'USD'],
    ['franken', 'CHF'],
    ['pfund', 'GBP'],
    ['jahre', 'years'],
    ['jahren', 'years'],
    ['jahr', 'years'],
    ['tage', 'days'],
    ['tagen', 'days'],
    ['wochen', 'weeks'],
    ['woche', 'weeks'],
    ['monate', 'months'],
    ['monaten', 'months'],
    ['stunden', 'hours'],
    // The adjectives of a span ("64-jährig", "dreitägig") count the same units.
    ['jährig', 'years'],
    ['tägig', 'days'],
    ['wöchig', 'weeks'],
    ['monatig', 'months'],
    ['stündig', 'hours'],
    ['kilometer', 'km'],
    ['km', 'km'],
    ['meter', 'm'],
    ['soldaten', 'soldiers'],
    ['menschen', 'people'],
    ['tote', 'dead'],
    ['toten', 'dead'],
    ['verletzte', 'injured'],
  ]),
  centuries: {
    nouns: ['jahrhundert', 'jahrhunderts', 'jahrhunderte', 'jahrhunderten'],
    ordinalSuffixes: ['.'],
  },
  eras: {
    before: ['v chr', 'vor christus', 'v u z', 'vor unserer zeitrechnung'],
    after: ['n chr', 'nach christus', 'u z', 'unserer zeitrechnung'],
    leading: [],
  },
  timeParts: {
    words: new Map([
      ['anfang', 'start'],
      ['beginn', 'start'],
      ['mitte', 'mid'],
      ['ende', 'end'],
    ]),
    links: [],
    // "Wochenende" is the weekend, not the end of this week: weeks are left out.
    periods: new Map([
      ['jahres', 'year'],
      ['monats', 'month'],
    ]),
    periodLinks: ['des', 'dieses'],
    compounds: true,
  },
  relativeTimes: new Map([
    ['heute', 'day+0'],
    // "bis zur Gegenwart" reaches today ("in Gegenwart der Zeugen" is no time).
    ['bis zur gegenwart', 'day+0'],
    ['gestern', 'day-1'],
    ['vorgestern', 'day-2'],
    ['morgen', 'day+1'],
    ['übermorgen', 'day+2'],
    ['nächste woche', 'week+1'],
    ['nächsten woche', 'week+1'],
    ['vergangene woche', 'week-1'],
    ['vergangenen woche', 'week-1'],
    ['letzte woche', 'week-1'],
    ['letzten woche', 'week-1'],
    ['diese woche', 'week+0'],
    ['dieser woche', 'week+0'],
    ['nächsten monat', 'month+1'],
    ['vergangenen monat', 'month-1'],
    ['letzten monat', 'month-1'],
    ['nächstes jahr', 'year+1'],
    ['nächsten jahr', 'year+1'],
    ['vergangenes jahr', 'year-1'],
    ['vergangenen jahr', 'year-1'],
    ['letztes jahr', 'year-1'],
    ['letzten jahr', 'year-1'],
    ['vor wochen', 'past'],
    ['seit wochen', 'past'],
    ['demnächst', 'future'],
    ['bald', 'future'],
    ['kürzlich', 'past'],
    ['jüngst', 'past'],
    ['bislang', 'past'],
  ]),
  sequenceWords: ['anschließend', 'im anschluss', 'danach', 'daraufhin', 'später', 'dann', 'zunächst'],
  vagueLengths: { prepositions: ['über'], suffix: 'lang' },
  durationUnits: new Map([
    ['tag', 'day'],
    ['tage', 'day'],
    ['tagen', 'day'],
    ['woche', 'week'],
    ['wochen', 'week'],
    ['monat', 'month'],
    ['monate', 'month'],
    ['monaten', 'month'],
    ['jahr', 'year'],
    ['jahre', 'year'],
    ['jahren', 'year'],
  ]),
  ratePeriods: {
    phrases: new Map<string, RatePeriod>([
      ['pro stunde', 'hour'],
      ['in der stunde', 'hour'],
      ['die stunde', 'hour'],
      ['je stunde', 'hour'],
      ['jede stunde', 'hour'],
      ['stündlich', 'hour'],
      ['pro tag', 'day'],
      ['am tag', 'day'],
      ['je tag', 'day'],
      ['jeden tag', 'day'],
      ['täglich', 'day'],
      ['tagtäglich', 'day'],
      ['pro woche', 'week'],
      ['in der woche', 'week'],
      ['die woche', 'week'],
      ['je woche', 'week'],
      ['jede woche', 'week'],
      ['wöchentlich', 'week'],
      ['pro monat', 'month'],
      ['im monat', 'month'],
      ['je monat', 'month'],
      ['jeden monat', 'month'],
      ['monatlich', 'month'],
      ['pro jahr', 'year'],
      ['im jahr', 'year'],
      ['je jahr', 'year'],
      ['jedes jahr', 'year'],
      ['jährlich', 'year'],
      ['jahr für jahr', 'year'],
    ]),
    notBefore: new Set(words('zuvor davor früher später danach')),
  },
  durationDirections: new Map([
    ['in', 1],
    ['binnen', 1],
    ['innerhalb', 1],
    ['vor', -1],
  ]),
  durationAgo: [],
  periodDirections: new Map([
    ['kommenden', 1],
    ['nächsten', 1],
    ['folgenden', 1],
    ['vergangenen', -1],
    ['letzten', -1],
    ['zurückliegenden', -1],
    ['vorigen', -1],
  ]),
  oneWords: ['ein', 'eine', 'einer', 'einem', 'einen', 'eines'],
  reportingVerbs:
    set(`sagte sagt sagten sagen gesagt erklärte erklärt erklären erklärten betonte betont betonten
    kündigte kündigt ankündigte angekündigt ergänzte ergänzt fügte meinte meint warnte warnt warnten forderte
    fordert forderten nannte nennt teilte teilt berichtete berichtet berichten bestätigte bestätigt räumte
    unterstrich unterstreicht kritisierte kritisiert hob hebt verwies verweist versicherte versichert sprach
    spricht behauptete behauptet behaupten mahnte mahnt kommentierte kommentiert äußerte äußert schrieb schreibt
    zitiert zitierte bekräftigte bekräftigt argumentierte argumentiert erläuterte erläutert antwortete
    bezieht beruft worten verkündete verkündet mitgeteilt schätzte schätzt
    prognostizierte prognostiziert beschrieb beschreibt einräumte bekanntgegeben
    veröffentlichte veröffentlicht informierte informiert meldete meldet meldeten gemeldet verlautete
    twitterte postete sicherte zugesichert beteuerte beteuert angegeben`),
  impersonalReporting: { lemma: 'heißen', subject: 'es' },
  attributionPhrases: [
    'nach angaben von',
    'nach angaben',
    'laut',
    'zufolge',
    'nach informationen',
    'wie aus',
    'nach einschätzung',
    'nach ansicht',
    'nach aussage',
    'nach worten',
    'nach darstellung',
    'nach mitteilung',
    'in einer mitteilung',
    'nach auskunft',
    'nach schätzung',
    'nach schätzungen',
    'berichten zufolge',
    'heißt es',
    // The own account of the listed ones (the subject's, "eigen-"): "nach eigener Aussage".
    'nach eigenen angaben',
    'nach eigener aussage',
    'nach eigener darstellung',
    'nach einem bericht',
    'nach berichten',
    'so der',
    'so die',
  ],
  attributionPostpositions: ['zufolge'],
  ownAccountWords: new Set(words('eigenen eigener eigene')),
  roleTitleEndings: ['', 'e', 'en', 'er', 'es', 'em', 'n', 's', 'in', 'innen'],
  titlePluralEndings: ['en', 'n'],
  feminineEndings: ['innen', 'in'],
  feminineBase: {
    umlauts: new Map([
      ['ä', 'a'],
      ['ö', 'o'],
      ['ü', 'u'],
    ]),
    droppedEndings: ['e'],
  },
  modifierEndings: ['e', 'en', 'er', 'es', 'em', 'n', 's', 'in', 'innen'],
  compoundNouns: true,
  inflectionEndings: ['s', 'e', 'en', 'es', 'n'],
  ordinalDot: true,
  anonymousSpeakerWords: set('ungenannt anonym'),
  subjectPronouns: new Set(['er', 'sie', 'ich', 'wir']),
  // "sie", "uns", "euch" are left out: a subject, or a reflexive after a noun as well.
  objectPronouns: new Set(['ihn', 'ihm', 'ihnen', 'mich', 'mir', 'dich', 'dir']),
  indefiniteArticles: new Set(words('ein eine einen einem einer eines')),
  bylineMarkers: ['Von'],
  passiveAuxiliaries: new Set(['wurde', 'wurden', 'wird', 'werden', 'worden']),
  roleModifiers: new Map(roleModifiers),
  roleTitles: words(`präsident präsidentin kanzler kanzlerin minister ministerin premier premierminister
    premierministerin chef chefin diplomat diplomatin beauftragte beauftragter sekretär sekretärin sprecher
    sprecherin direktor direktorin vorsitzende vorsitzender leiter leiterin botschafter botschafterin general
    gouverneur gouverneurin bürgermeister bürgermeisterin könig königin papst senator senatorin abgeordnete
    abgeordneter kommissar kommissarin regierungschef regierungschefin staatschef staatschefin oberhaupt
    vorstand trainer coach bischof richter richterin ceo cfo coo cto`),
  demonyms: {
    // "-ien" drops before "-isch": Tschechien, tschechisch; Slowenien, slowenisch. "-and" drops where the "l"
    // stays in the adjective: England, englisch; Holland, holländisch.
    nameEndings: ['land', 'and', 'en', 'ien', 'a', 'e'],
    // With "-ese"/"-eser" German names the people of a country ending in a vowel or "-am": "Malteserin" (Malta),
    // "Chinese" (China), "Vietnamesin" (Vietnam).
    // "-aner" for the people of a name in "-ien" or "-a": Brasilianer, Mexikaner, Amerikaner. A weak noun in "-e"
    // names a man of a name in "-en" or "-land", "-in" a woman: Schwede, Schwedin (Schweden), Finnin (Finnland).
    // A city in "-en" drops its "e" before "-er": München, Münchner; Dresden, Dresdner.
    adjectiveEndings: words(`isch ische ischen ischer isches er erin ern ier e en äisch äische äischen äischer
      äisches äer äerin ese esin esen eser eserin aner anerin anern anisch anische anischen anischer
      anisches ner nerin nern in innen`).concat(''),
    attributiveEndings:
      words(`isch ische ischen ischer isches äisch äische äischen äischer äisches anisch anische
      anischen anischer anisches`),
    // A stem the place's name does not give, with the endings of adjective and people: "dän" (dänisch, Däne, Dänin).
    irregular: pairs(`frankreich:französ frankreich:franzose spanien:spanisch dänemark:dän
      schweden:schwed niederlande:niederländisch grossbritannien:brit usa:amerikanisch
      türkei:türk griechenland:griech`),
  },
  roleSynonyms: [
    words('präsident präsidentin staatschef staatschefin staatsoberhaupt staatspräsident staatspräsidentin'),
    words(`kanzler kanzlerin regierungschef regierungschefin premier premierminister premierministerin
      ministerpräsident ministerpräsidentin`),
    words(`aussenbeauftragte aussenbeauftragter chefdiplomatin chefdiplomat aussenministerin aussenminister
      aussenpolitikchefin`),
    words('sprecher sprecherin pressesprecher pressesprecherin regierungssprecher regierungssprecherin'),
  ],
  genericTitles: words(`chef chefin leiter leiterin vorsitzende vorsitzender politiker politikerin vertreter
    vertreterin beauftragte beauftragter`),
  headTitles: words('chef chefin leiter leiterin vorsitzende vorsitzender'),
  servingTitles:
    words(`sprecher sprecherin berater beraterin mitglied mitarbeiter mitarbeiterin assistent assistentin
    referent referentin analyst analystin stratege strategin`),
  roleGrammar: {
    // Articles and possessive determiners: "der Herausforderer", "ihre Stellvertreterin".
    determiners: set(`der die das den dem des ein eine einen einem einer eines sein seine seinem seinen seiner
      seines ihr ihre ihrem ihren ihrer ihres`),
    bodyLinks: set('der des von vom bei beim im in für an am'),
    predicative: 'als',
    copulas: set('sein werden bleiben'),
  },
  plannedMarkers: [
    'geplant',
    'geplante',
    'geplanten',
    'geplanter',
    'plant',
    'planen',
    'soll',
    'sollen',
    'sollten',
    'will',
    'wollen',
    'bevorstehend',
    'bevorstehenden',
    'bevorstehende',
    'nächsten',
    'nächste',
    'künftig',
    'künftigen',
    'vorgesehen',
    'angekündigt',
    'mit blick auf',
    'anstehend',
    'anstehenden',
    'demnächst',
    'ansteht',
  ],
  pastEndings: ['te', 'ten'],
  pastAuxiliaries: ['wurde', 'wurden', 'worden', 'war', 'waren'],
  happenedMarkers: [
    'bereits',
    'schon',
    'fand statt',
    'fanden statt',
    'stattgefunden',
    'stattfand',
    'führte',
    'führten',
    'geführt',
    'hielt',
    'abgehalten',
    'traf',
    'trafen',
    'getroffen',
    'kamen zusammen',
    'zusammengekommen',
    'abgeschlossen',
    'beendet',
    'gingen zu ende',
    'zu ende gegangen',
    'beschlossen',
    'unterzeichnet',
    'unterzeichnete',
    'vereinbart',
    'vereinbarten',
    'erzielt',
    'erzielte',
  ],
  conditionalMarkers: [
    'wenn',
    'falls',
    'sofern',
    'im fall',
    'im falle',
    'für den fall',
    'vorausgesetzt',
    'unter der bedingung',
    // A condition named but not told: what holds only "unter bestimmten Bedingungen" does not hold always.
    'unter bestimmten bedingungen',
    'unter bestimmten voraussetzungen',
    'unter gewissen bedingungen',
    'unter gewissen voraussetzungen',
  ],
  conditionNoun: 'bedingung',
  possibilityMarkers: [
    'möglich',
    'mögliche',
    'möglichen',
    'möglicherweise',
    'eventuell',
    'eventuellen',
    'denkbar',
    'die möglichkeit',
    'potenziell',
    'potentiell',
    'womöglich',
    'vielleicht',
  ],
  demandVerbs: [
    'fordern',
    'verlangen',
    'appellieren',
    'drängen',
    'aufrufen',
    'auffordern',
    'mahnen',
    'ermahnen',
  ],
  demandMarkers: ['forderung', 'forderungen'],
  hedges: [
    'möglicherweise',
    'potenziell',
    'potentiell',
    'voraussichtlich',
    'offenbar',
    'offensichtlich',
    'angeblich',
    'vermutlich',
    'wohl',
    'womöglich',
    'scheinbar',
    'anscheinend',
    'mutmaßlich',
    'mutmasslich',
    'vielleicht',
    'eventuell',
    'wahrscheinlich',
    'dürfte',
    'dürften',
    'unbestätigt',
    'schätzungsweise',
    // A negation hedged by an adverb of necessity or degree denies only that it must or fully holds: "nicht
    // unbedingt positiv", "nicht wirklich vermutet".
    'nicht unbedingt',
    'nicht zwangsläufig',
    'nicht notwendigerweise',
    'nicht wirklich',
  ],
  restrictiveParticles: ['nur', 'ausschließlich'],
  freeRelatives: ['wer'],
  genericTimeOpeners: ['sobald', 'immer wenn', 'jedes mal wenn', 'jedesmal wenn'],
  bindingWords: {
    necessary: ['verpflichtend', 'vorgeschrieben', 'obligatorisch', 'pflicht'],
    advised: ['empfohlen', 'ratsam', 'empfehlenswert'],
    optional: ['freiwillig', 'optional'],
  },
  adviceAdverbs: ['am besten', 'idealerweise', 'vorzugsweise'],
  proofMarkers: [
    'nachweislich',
    'erwiesenermaßen',
    'nachgewiesenermaßen',
    'bewiesenermaßen',
    'zweifelsfrei',
    'unbestreitbar',
    'unbestritten',
    'unzweifelhaft',
  ],
  claimHedges: [
    'angeblich',
    'mutmaßlich',
    'mutmasslich',
    'offenbar',
    'anscheinend',
    'unbestätigt',
    'vermutlich',
    'wahrscheinlich',
  ],
  approximators: ['rund', 'etwa', 'ungefähr', 'circa', 'ca', 'schätzungsweise'],
  exactMarkers: ['genau', 'exakt'],
  lowerBounds: ['mehr als', 'über', 'mindestens', 'gut', 'wenigstens', 'nicht weniger als'],
  prepositionalBounds: ['über', 'unter'],
  upperBounds: [
    'weniger als',
    'unter',
    'bis zu',
    'bis',
    'knapp',
    'fast',
    'nahezu',
    'höchstens',
    'maximal',
    'kaum',
    'nicht mehr als',
  ],
  privativePrepositions: ['außer', 'frei von'],
  negations: [
    'nicht',
    'kein',
    'keine',
    'keinen',
    'keinem',
    'keiner',
    'keines',
    'nie',
    'niemals',
    'weder',
    'nichts',
    'niemand',
    'nirgends',
    'ohne',
    'keineswegs',
    'mitnichten',
    // "kaum" denies nearly all, as "hardly" and "barely" do.
    'kaum',
    'weigerte sich',
    'weigern sich',
    'verweigerte',
    'versäumte',
  ],
  negationExceptions: ['nicht zuletzt', 'im gegenteil'],
  framingScales: [
    ['angriffskrieg|invasion|überfall|aggression', 'krieg', 'konflikt|krise|auseinandersetzung|spannungen'],
    ['terroristen|terrorist|terrormiliz', 'kämpfer|milizionäre|miliz', 'aktivisten|rebellen'],
    ['regime', 'regierung|führung|administration'],
    ['massaker|gemetzel', 'tötung|tötungen', 'tod|todesfälle'],
    ['ermordet|hingerichtet', 'getötet', 'gestorben|umgekommen'],
    ['randalierer|mob|krawallmacher', 'demonstranten|protestierende|protestierenden'],
    ['annexion|annektiert', 'eingliederung|angliederung|anschluss'],
    ['besatzung|besetzung|besetzt', 'präsenz|kontrolle'],
    ['flüchtlingswelle|flüchtlingsflut|ansturm', 'zuwanderung|migration|flüchtlinge'],
    ['deutlich|erheblich|stark|massiv|drastisch', 'leicht|etwas|geringfügig|moderat'],
  ],
  // A stand for or against, and an order in time: "nach dem Krieg" → "vor dem Krieg" reverses which came first
  // (English has "before"/"after" from WordNet's antonyms; German has no such resource).
  opposedFunctionWords: [
    ['für', 'gegen'],
    ['dafür', 'dagegen'],
    ['vor', 'nach'],
    ['bevor', 'nachdem'],
    ['davor', 'danach'],
  ],
  // Opposites the generated list (de-antonyms.ts: adjectives and adverbs) leaves out: verbs and nouns of change and
  // of stance, which WordNet's own verb and noun antonyms cover too loosely (see bench/lexicons/wordnet-antonyms.ts),
  // and "gut"/"schlecht", whose other translations ("proficient", "wicked") place neither in the sense of WordNet's
  // "good"/"bad" the generator asks for.
  antonyms: [
    ['steigen', 'sinken'],
    ['gestiegen', 'gesunken'],
    ['stieg', 'sank'],
    ['steigt', 'sinkt'],
    ['steigen', 'fallen'],
    ['gestiegen', 'gefallen'],
    ['erhöhen', 'senken'],
    ['erhöht', 'gesenkt'],
    ['zunahme', 'abnahme'],
    ['zunahme', 'rückgang'],
    ['anstieg', 'rückgang'],
    ['wachstum', 'schrumpfung'],
    ['gewinnen', 'verlieren'],
    ['gewinnt', 'verliert'],
    ['gewonnen', 'verloren'],
    ['sieg', 'niederlage'],
    ['mehr', 'weniger'],
    // The nouns a change in figures is told by: "ein Plus von 0,6 Prozent", "ein Minus von 2 Prozent".
    ['plus', 'minus'],
    ['erfolg', 'misserfolg'],
    ['zustimmung', 'ablehnung'],
    ['stimmte zu', 'lehnte ab'],
    // Verbs by lemma as well: a split verb ("stimmte … zu") is found by its verb group's lemma.
    ['zustimmen', 'ablehnen'],
    ['akzeptieren', 'ablehnen'],
    ['akzeptiert', 'abgelehnt'],
    ['vorteilhaft', 'nachteilig'],
    ['vorteil', 'nachteil'],
    ['beginn', 'ende'],
    ['begann', 'endete'],
    ['öffnen', 'schließen'],
    ['gut', 'schlecht'],
    ['besser', 'schlechter'],
    ['legal', 'illegal'],
    ['erlaubt', 'verboten'],
    ['bestätigt', 'dementiert'],
    ['unterstützt', 'kritisiert'],
    ['frieden', 'krieg'],
  ],
  antonymStems: freedictAntonymStems,
  capitals,
  opposingCamps: [
    [
      words(`steigen steigt stieg stiegen gestiegen zulegen legte zugelegt anstieg wachsen wächst wuchs
        gewachsen höher`),
      words(`sinken sinkt sank sanken gesunken fallen fällt fiel fielen gefallen rückgang schrumpfen schrumpfte
        geschrumpft niedriger`),
    ],
    [
      words(`zuversichtlich optimistisch hoffnungsvoll erfreut zufrieden erleichtert begeistert begrüßte
        begrüßt begrüßen`),
      words(`pessimistisch frustriert enttäuscht besorgt beunruhigt alarmiert skeptisch verärgert kritisierte
        kritisiert verurteilte verurteilt`),
    ],
    [
      words(`wenig geringe geringen geringer verhalten verhaltene verhaltener mäßige mäßigen`),
      words(`große großen großer viel enorme enormen breite breiten starke starken`),
    ],
    [
      words(`gezwungen verpflichtet verpflichten verboten untersagt angeordnet`),
      words(`erlaubt gestattet freigestellt befreit`),
    ],
    [
      words(`löschen gelöscht entfernen entfernt streichen gestrichen abschaffen abgeschafft`),
      words(`behalten behielt beibehalten bewahren bewahrt erhalten`),
    ],
    [
      words(`eindämmen eingedämmt dämpfen dämpft gedämpft bremsen bremst gebremst zügeln gezügelt
        drosseln gedrosselt`),
      words(`anheizen angeheizt ankurbeln angekurbelt befeuern befeuert steigern gesteigert erhöhen erhöht`),
    ],
  ],
  negatingPrefixes: ['un', 'nicht-', 'nicht'],
  antonymPrefixes: ['in', 'im', 'il', 'ir'],
  oppositeSuffixes: [
    ['los', 'voll'],
    ['los', 'reich'],
    ['los', 'pflichtig'],
    ['frei', 'pflichtig'],
    ['frei', 'haltig'],
    ['arm', 'reich'],
  ],
  privativeSuffixes: ['los', 'frei'],
  negatingPrepositions: ['ohne'],
  // "inzwischen", "mittlerweile": by now, the state reached as "bereits" says it.
  phaseParticles: {
    notYet: { word: 'noch', after: false },
    already: ['bereits', 'schon', 'inzwischen', 'mittlerweile'],
    // "noch" alone is left out: it bounds figures and times as often ("noch 5 Tage", "noch am selben Tag").
    still: ['weiterhin', 'immer noch', 'noch immer'],
  },
  everComparison: { never: ['nie', 'niemals'], ever: ['je', 'jemals'], than: ['als'] },
  privativeVerbs: set(
    'entfallen wegfallen fehlen ausbleiben abschaffen aufheben streichen beseitigen aufhören einstellen beenden verhindern vermeiden kappen',
  ),
  // Keeping silent: OpenThesaurus's sets headed "schweigen" and "(sich) ausschweigen", the latter with "(sich) bedeckt
  // halten" (and "nichts sagen", "keine Aussage machen", which the negations read already).
  silencePredicates: [
    { verb: 'schweigen' },
    { verb: 'ausschweigen' },
    { verb: 'halten', complement: 'bedeckt' },
  ],
  negatedEquality: {
    equal: ['so viel', 'so viele', 'ebenso viel', 'ebenso viele'],
    lesser: ['weniger'],
    greater: ['mehr'],
  },
  wholeWords: ['ganzen', 'ganze', 'ganzer', 'ganzes', 'vollen', 'volle', 'volles', 'gesamten', 'gesamte'],
  partOfWhole: { partNouns: ['teil'], wholeMarkers: ['ganz', 'gesamt'] },
  // "allein" as "solely" ("allein verantwortlich", "allein in Wien"); "lebte allein" bears on nothing after it.
  focusParticles: ['nur', 'bloß', 'lediglich', 'ausschließlich', 'allein'],
  particularizers: [
    'vor allem',
    'besonders',
    'insbesondere',
    'hauptsächlich',
    'vorwiegend',
    'überwiegend',
    'vornehmlich',
    'größtenteils',
    'in erster linie',
    // As "largely", "substantially": "ganz wesentlich verantwortlich", "weitgehend zerstört".
    'weitgehend',
    'wesentlich',
  ],
  exclusives: words(`einzige einzigen einziger einziges einzigem alleinige alleinigen alleiniger alleiniges
    alleinigem`),
  reputationVerbs: {
    lemmas: [
      'gelten',
      'sehen',
      'ansehen',
      'betrachten',
      'empfinden',
      'einstufen',
      'bewerten',
      'einschätzen',
      'beurteilen',
    ],
    particle: 'als',
  },
  nowAdverbs: ['derzeit', 'zurzeit', 'momentan', 'gegenwärtig', 'jetzt', 'aktuell', 'heutzutage'],
  years: {
    leads: new Set(words('im seit ab bis vor nach um von zwischen anno jahr jahre jahres')),
    rangeWords: new Set(words('bis und')),
  },
  placePrepositions: new Set(words('in nach aus bei')),
  placeNames: new Set(words(germanPlaceNames)),
  nameVariants: [
    ['kiew', 'kyjiw', 'kyiv', 'kiev'],
    ['odessa', 'odesa'],
    ['lwiw', 'lemberg', 'lviv'],
    ['charkiw', 'charkow', 'kharkiv'],
    ['peking', 'beijing'],
    ['schanghai', 'shanghai'],
    ['belarus', 'weissrussland'],
    ['moldau', 'moldawien', 'moldova'],
    ['kischinau', 'chisinau'],
    ['usa', 'us', 'vereinigte staaten', 'amerika'],
    ['grossbritannien', 'vereinigtes königreich', 'uk'],
    ['delhi', 'neu-delhi'],
    ['niederlande', 'holland'],
    ['tschechien', 'tschechische republik'],
    ['gaza', 'gazastreifen'],
    ['riad', 'riyadh'],
  ],
  genitiveAttribute: {
    nounEndings: words(
      `ung ungen heit heiten keit keiten schaft schaften ion ionen tät täten ismus nis nisse tum`,
    ),
    genitiveEnding: 's',
  },
  superlatives: {
    endings: ['sten', 'ste', 'ster', 'stes', 'stem'],
    irregular: [],
    gradeWords: [],
    oneOf: ['einer der', 'eine der', 'eines der', 'einem der', 'einen der', 'zu den', 'unter den'],
  },
  comparison: {
    lesser: ['weniger'],
    greater: ['mehr'],
    equal: ['ebenso', 'genauso', 'gleich', 'gleichermaßen'],
    equative: { opens: 'so', closes: 'wie' },
    comparativeEndings: ['eren', 'erer', 'eres', 'erem', 'ere', 'er'],
  },
  degreeEndings: [
    ['sten', ''],
    ['ste', ''],
    ['ster', ''],
    ['stes', ''],
    ['stem', ''],
    ['eren', ''],
    ['erer', ''],
    ['eres', ''],
    ['erem', ''],
    ['ere', ''],
    ['er', ''],
  ],
  thesaurus: {
    sets: 'de-thesaurus-sets.txt',
    words: 'de-thesaurus-words.txt',
    nouns: 'de-nouns.txt',
    // The Fugenelemente of German word formation, longest first.
    linkingElements: ['ens', 'es', 'en', 'er', 'e', 'n', 's'],
    personRoots: ['person', 'mensch'],
    personNouns: 'de-person-nouns.txt',
    translatedNouns: { file: 'de-en-nouns.txt', into: 'en' },
    nationalityRoots: ['staatsangehöriger', 'staatsbürger'],
  },
  verbGrammar: {
    lexicon: germanVerbLines,
    verbBracket: true,
    // The participle of a weak verb: "ge…t", or an inseparable prefix and "-t"; of a verb in "-ieren", "-iert".
    bracketShapes: {
      participles: [
        ['ge', 't', 'en'],
        ['be', 't', 'en'],
        ['er', 't', 'en'],
        ['ver', 't', 'en'],
        ['zer', 't', 'en'],
        ['ent', 't', 'en'],
        ['emp', 't', 'en'],
        ['miss', 't', 'en'],
        ['', 'iert', 'ieren'],
      ],
      dropPrefix: 'ge',
      infinitiveEndings: ['en', 'ern', 'eln'],
    },
    infinitiveMarker: 'zu',
    copula: 'sein',
    // The Konjunktiv I of the third person singular is the first person's indicative ("er habe" / "ich habe").
    subjunctiveLookalikeSubjects: new Set(['ich']),
    subjunctiveFormulas: ['sei es', 'es sei denn', 'gott sei dank'],
    perfect: ['haben', 'sein'],
    statePassive: { auxiliary: 'sein', otherAuxiliaryVerbs: 'de-haben-verbs.txt' },
    future: ['werden'],
    passive: ['werden'],
    agentPrepositions: new Set(['von']),
    accordance: 'wie',
    hypothetical: ['werden'],
    advisoryModal: 'sollen',
    modals: new Map([
      ['wollen', 'intended'],
      ['sollen', 'expected'],
      ['können', 'possible'],
      ['müssen', 'necessary'],
      ['dürfen', 'permitted'],
    ]),
    // "könnte nicht" (Konjunktiv II) hedges as often as it denies: "das könnte nicht reichen".
    negatedAbility: { modal: 'können', moods: ['indicative', 'reported'] },
    genericSubjects: new Set(['man']),
    addressPronoun: 'Sie',
    meansPreposition: 'durch',
    purposeOpeners: ['um'],
    degreeWords: new Set(words('genug genügend ausreichend ausreichen reichen genügen')),
    phaseVerbs: {
      begin: new Set(words('beginnen anfangen starten')),
      finish: new Set(words('beenden abschließen absolvieren vollenden fertigstellen')),
    },
    contributionVerbs: new Set(words('helfen beitragen')),
    modalPredicates: new Map([
      ['möglich', 'possible'],
      ['erlaubt', 'permitted'],
      ['gestattet', 'permitted'],
      ['zulässig', 'permitted'],
    ]),
    opinionVerbs: {
      lemmas: new Set(words('finden glauben denken meinen annehmen vermuten')),
      contentClause: 'dass',
      factive: new Set(words('wissen erkennen beweisen')),
      // "annehmen" is left out: it accepts an offer or a prize as often ("nahm den Preis an").
      conjectures: new Set(words('vermuten mutmaßen spekulieren')),
      confirming: new Set(words('bestätigen verifizieren')),
    },
    reflexiveModal: { verb: 'lassen', reflexive: 'sich', modal: 'possible' },
    // Folded as the tokens are (ß → ss); "als" and "während" are left out: they are prepositions as often.
    subordinators: new Set(
      words('dass ob weil wenn falls obwohl obgleich nachdem bevor ehe sobald solange damit sodass indem'),
    ),
    // The interrogative and relative adverbs and pronouns open an indirect question or a relative clause after a
    // comma ("unklar, wann …", "…, wodurch die Kosten stiegen").
    clauseOpenersAfterComma: new Set(
      words(
        'wie wo wann warum weshalb wieso weswegen wohin woher wer was wodurch womit wofür worauf worüber wozu',
      ),
    ),
    // "sich handeln um" names what a thing is, a state like the copula's.
    hearsay: { modal: 'sollen', states: ['sein', 'haben'], reflexiveStates: ['handeln'] },
    // Verbs whose object or infinitive is an aim, not a fact; and those that announce or promise what they govern.
    intentionVerbs: new Set(words('planen beabsichtigen vorhaben anstreben erwägen vorsehen')),
    announcementVerbs: new Set(
      words('ankündigen versprechen zusagen beschließen vereinbaren androhen drohen'),
    ),
    coordinators: new Set(words('und oder sowie aber sondern doch denn')),
    contrastCoordinators: new Set(words('aber sondern doch denn')),
    adjectiveEndings: ['e', 'en', 'er', 'es', 'em'],
    relativePronouns: new Set(
      words('der die das dem den deren dessen denen welche welcher welches welchem welchen'),
    ),
  },
};
