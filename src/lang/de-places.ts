/**
 * German one-word names of countries, regions and cities that the news names most. German capitalises
 * every noun, so a single capitalised word is no name by itself ("nach Kiew" reads like "nach Hause");
 * these are. Words that are also common nouns ("Essen", "Halle", "Münster") are left out. Folded.
 */
export const germanPlaceNames = `
afghanistan ägypten albanien algerien andorra angola argentinien armenien aserbaidschan äthiopien australien
bahrain bangladesch belarus weissrussland belgien benin bhutan bolivien bosnien-herzegowina botsuana brasilien
brunei bulgarien burundi chile china dänemark deutschland dschibuti ecuador eritrea estland eswatini fidschi
finnland frankreich gabun gambia georgien ghana griechenland grönland guatemala guinea guyana haiti honduras
indien indonesien irak iran irland island israel italien jamaika japan jemen jordanien kambodscha kamerun
kanada kasachstan katar kenia kirgistan kolumbien kongo kosovo kroatien kuba kuwait laos lesotho lettland
libanon liberia libyen liechtenstein litauen luxemburg madagaskar malawi malaysia malediven mali malta
marokko mauretanien mauritius mexiko moldau moldawien monaco mongolei montenegro mosambik myanmar namibia
nepal neuseeland nicaragua niederlande niger nigeria nordkorea nordmazedonien norwegen oman österreich
pakistan palästina panama paraguay peru philippinen polen portugal ruanda rumänien russland sambia
saudi-arabien schweden schweiz senegal serbien simbabwe singapur slowakei slowenien somalia spanien sudan
südafrika südkorea südsudan syrien tadschikistan taiwan tansania thailand togo tschad tschechien tunesien
türkei turkmenistan uganda ukraine ungarn uruguay usbekistan vatikan venezuela vietnam zypern
grossbritannien england schottland wales nordirland tibet tschetschenien krim donbass gaza gazastreifen
westjordanland kaschmir kurdistan grönland europa afrika asien amerika nordamerika südamerika lateinamerika
ozeanien antarktis arktis nahost skandinavien balkan kaukasus sibirien bayern sachsen thüringen brandenburg
hessen niedersachsen baden-württemberg nordrhein-westfalen rheinland-pfalz saarland schleswig-holstein
mecklenburg-vorpommern sachsen-anhalt tirol südtirol kalifornien texas florida
berlin hamburg münchen köln frankfurt stuttgart düsseldorf leipzig dortmund bremen dresden hannover nürnberg
duisburg bochum wuppertal bielefeld bonn karlsruhe mannheim augsburg wiesbaden magdeburg mainz erfurt
rostock potsdam saarbrücken schwerin freiburg heidelberg regensburg ramstein wien graz linz salzburg
innsbruck zürich genf basel bern lausanne luzern davos brüssel paris lyon marseille strassburg london
manchester edinburgh dublin madrid barcelona lissabon rom mailand neapel venedig florenz athen amsterdam
rotterdam kopenhagen stockholm oslo helsinki reykjavik warschau krakau danzig prag budapest bratislava
bukarest sofia belgrad zagreb ljubljana sarajevo tirana skopje podgorica pristina chisinau kischinau vilnius
riga tallinn minsk moskau kiew kyjiw lwiw lemberg charkiw odessa odesa dnipro saporischschja cherson
mariupol bachmut donezk luhansk sumy poltawa tschernihiw mykolajiw kursk belgorod istanbul ankara teheran
bagdad damaskus beirut amman jerusalem riad dschidda doha dubai kairo tripolis tunis algier rabat khartum
nairobi lagos abuja johannesburg kapstadt pretoria peking beijing schanghai shanghai hongkong taipeh tokio
osaka seoul pjöngjang delhi neu-delhi mumbai islamabad kabul dhaka bangkok hanoi manila jakarta sydney
melbourne canberra washington boston chicago miami houston seattle atlanta detroit ottawa toronto montreal
vancouver mexiko-stadt havanna caracas bogotá lima santiago brasília baku eriwan tiflis astana taschkent
duschanbe bischkek aschgabat
`;
