/**
 * Capitals and the names of their countries ("capital|other name:country|other name"), folded, written by
 * bench/lexicons/capitals.ts from WordNet: do not edit by hand.
 *
 * WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS
 * PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.
 * https://wordnet.princeton.edu/license-and-commercial-use
 */
export const capitals = `
abu dhabi:united arab emirates
abuja:nigeria|federal republic of nigeria
accra:ghana|republic of ghana|gold coast
addis ababa|new flower:ethiopia|federal democratic republic of ethiopia|yaltopya|abyssinia
algiers:algeria|algerie|democratic and popular republic of algeria
amman:jordan|hashemite kingdom of jordan
amsterdam:netherlands|the netherlands|kingdom of the netherlands|nederland|holland
ankara|angora:turkey|republic of turkey
antananarivo:madagascar|republic of madagascar|malagasy republic
apia:samoa|independent state of samoa|western samoa|samoa i sisifo
ashkhabad:turkmenistan|turkomen|turkmen|turkmenia
asmara|asmera:eritrea|state of eritrea
asuncion:paraguay|republic of paraguay
athens|athinai:greece|hellenic republic|ellas
baghdad|bagdad:iraq|republic of iraq|al-iraq|irak
baku:azerbaijan|azerbaijani republic|azerbajdzhan|azerbajdzhan republic
bamako:mali|republic of mali|french sudan
bangkok|krung thep:thailand|kingdom of thailand|siam
bangui:central african republic|central africa
banjul:gambia|the gambia|republic of the gambia
basseterre:saint kitts and nevis|federation of saint kitts and nevis|saint christopher-nevis|st. christopher-nevis|st. kitts and nevis
bayrut|beirut:lebanon|lebanese republic
beijing|peking|peiping:china|people's republic of china|mainland china|communist china|red china|prc|cathay
belfast:northern ireland|united kingdom|uk|u.k.|britain|united kingdom of great britain and northern ireland|great britain
belgrade|beograd:serbia and montenegro|union of serbia and montenegro|yugoslavia|federal republic of yugoslavia|jugoslavija
berlin:germany|federal republic of germany|deutschland|frg
bern|berne:switzerland|swiss confederation|suisse|schweiz|svizzera
bishkek|biskek|frunze:kyrgyzstan|kyrgyz republic|kirghizia|kirgizia|kirghiz|kirgiz|kirghizstan|kirgizstan
bissau:guinea-bissau|republic of guinea-bissau|guine-bissau|portuguese guinea
bogota:colombia|republic of colombia
brasilia:brazil|federative republic of brazil|brasil
bratislava|pressburg|pozsony:slovakia|slovak republic
brazzaville:congo|republic of the congo|french congo
bridgetown:barbados
bruxelles|brussels:belgium|kingdom of belgium|belgique
bucharest|bucharesti|bucuresti:romania|roumania|rumania
budapest:hungary|republic of hungary|magyarorszag
buenos aires:argentina|argentine republic
bujumbura|usumbura:burundi|republic of burundi
cairo|al qahira|el qahira:egypt|arab republic of egypt|united arab republic
canberra:australia|commonwealth of australia
caracas:venezuela|republic of venezuela
cardiff:united kingdom|uk|u.k.|britain|united kingdom of great britain and northern ireland|great britain
castries:saint lucia|st. lucia
colombo:sri lanka|democratic socialist republic of sri lanka|ceylon
conakry|konakri:guinea|republic of guinea|french guinea
copenhagen|kobenhavn:denmark|kingdom of denmark|danmark
dakar:senegal|republic of senegal
dar es salaam:tanzania|united republic of tanzania
dhaka|dacca:bangladesh|people's republic of bangladesh|bangla desh|east pakistan
dimash|damascus:syria|syrian arab republic
djibouti:djibouti|republic of djibouti|afars and issas
doha|bida|el beda:qatar|state of qatar|katar|state of katar
dublin:ireland|republic of ireland|irish republic|eire
dushanbe|dusanbe|dyushambe|stalinabad:tajikistan|republic of tajikistan|tadzhikistan|tadzhik|tadjik|tajik
edinburgh:scotland
freetown:sierra leone|republic of sierra leone
funafuti:tuvalu
gaborone:botswana|republic of botswana
georgetown|stabroek:guyana|co-operative republic of guyana|british guiana
gran santiago|santiago|santiago de chile:chile|republic of chile
guatemala city:guatemala|republic of guatemala
hanoi:vietnam|socialist republic of vietnam|viet nam|annam
harare|salisbury:zimbabwe|republic of zimbabwe|rhodesia|southern rhodesia
havana:cuba|republic of cuba
helsinki|helsingfors:finland|republic of finland|suomi
honiara:solomon islands
islamabad:pakistan|islamic republic of pakistan|west pakistan
jakarta|djakarta:indonesia|republic of indonesia|dutch east indies
jerusalem:israel|state of israel|yisrael|zion|sion
kabul:afghanistan|islamic state of afghanistan
kampala:uganda|republic of uganda
kathmandu|katmandu:nepal|kingdom of nepal
khartoum:sudan|republic of the sudan|soudan
kigali:rwanda|rwandese republic|ruanda
kingston:jamaica
kingstown:saint vincent and the grenadines|st. vincent and the grenadines
kinshasa|leopoldville:congo|democratic republic of the congo|zaire|belgian congo
kishinev|chisinau:moldova|republic of moldova|moldavia
kolonia:micronesia|federated states of micronesia|tt
kuwait|kuwait city|koweit:kuwait|state of kuwait|koweit
kyyiv|kiev:ukraine|ukrayina
la paz:bolivia|republic of bolivia
lhasa|lassa|forbidden city:tibet|thibet|xizang|sitsang
libreville:gabon|gabonese republic|gabun
lilongwe:malawi|republic of malawi|nyasaland
lima:peru|republic of peru
lisbon|lisboa:portugal|portuguese republic
ljubljana:slovenia|republic of slovenia|slovenija
lome:togo|togolese republic
london|greater london:england|united kingdom|uk|u.k.|britain|united kingdom of great britain and northern ireland|great britain
luanda:angola|republic of angola
lusaka:zambia|republic of zambia|northern rhodesia
luxembourg-ville|luxembourg|luxemburg|luxembourg city:luxembourg|grand duchy of luxembourg|luxemburg
madrid:spain|kingdom of spain|espana
malabo:equatorial guinea|republic of equatorial guinea|spanish guinea
male:maldives|republic of maldives
managua:nicaragua|republic of nicaragua
manama:bahrain|state of bahrain|bahrein
manila:philippines|republic of the philippines
maputo:mozambique|republic of mozambique|mocambique
maseru:lesotho|kingdom of lesotho|basutoland
mbabane:swaziland|kingdom of swaziland
mexico city|ciudad de mexico:mexico|united mexican states
minsk:belarus|republic of belarus|byelarus|byelorussia|belorussia|white russia
mogadishu|mogadiscio:somalia
monaco-ville:monaco|principality of monaco
monrovia:liberia|republic of liberia
montevideo:uruguay
moscow:russia|russian federation
muscat|masqat:oman|sultanate of oman|muscat and oman
n'djamena|ndjamena|fort-lamy:chad|republic of chad|tchad
nairobi:kenya|republic of kenya
nassau:bahamas|commonwealth of the bahamas|bahama islands
niamey:niger|republic of niger
nicosia:cyprus|republic of cyprus
nouakchott:mauritania|islamic republic of mauritania|mauritanie|muritaniya
oslo|christiania:norway|kingdom of norway|norge|noreg
ottawa:canada
panama city:panama|republic of panama
paramaribo:suriname|republic of suriname|surinam|dutch guiana|netherlands guiana
paris|city of light:france|french republic
phnom penh|pnom penh:cambodia|kingdom of cambodia|kampuchea
port louis:mauritius|republic of mauritius
port moresby:papua new guinea|independent state of papua new guinea
port of spain|port-of-spain:trinidad and tobago|republic of trinidad and tobago
port vila|vila:vanuatu|republic of vanuatu|new hebrides
port-au-prince:haiti|republic of haiti
porto novo:benin|republic of benin|dahomey
prague|praha|prag:czech republic
praia|cidade de praia:cape verde|republic of cape verde
pretoria:south africa|republic of south africa
putrajaya:malaysia|federation of malaysia
pyongyang:north korea|democratic people's republic of korea|d.p.r.k.|dprk
quito:ecuador|republic of ecuador
rabat:morocco|kingdom of morocco|maroc|marruecos|al-magrib
reykjavik:iceland|republic of iceland
riyadh:saudi arabia|kingdom of saudi arabia
rome|roma|eternal city:italy|italian republic|italia
roseau:dominica|commonwealth of dominica
san jose:costa rica|republic of costa rica
san marino:san marino|republic of san marino
san salvador:el salvador|republic of el salvador|salvador
sana|sanaa|sana'a:yemen|republic of yemen
santo domingo|ciudad trujillo:dominican republic
sao tome:sao tome and principe|democratic republic of sao tome and principe|sao tome e principe|sao thome e principe|st. thomas and principe
seoul:south korea|republic of korea
singapore:singapore|republic of singapore
skopje|skoplje|uskub:macedonia
sofia|serdica:bulgaria|republic of bulgaria
st. george's:grenada
st. john's|saint john's:antigua and barbuda
stockholm:sweden|kingdom of sweden|sverige
suva:fiji|republic of fiji
tarawa|bairiki:kiribati|republic of kiribati|micronesia|federated states of micronesia|tt
tashkent|taskent:uzbekistan|republic of uzbekistan|uzbek
tbilisi|tiflis:georgia|sakartvelo
tegucigalpa:honduras|republic of honduras
teheran|tehran:iran|islamic republic of iran|persia
tirana:albania|republic of albania
tokyo|tokio|yeddo|yedo|edo:japan|nippon|nihon
tripoli|tarabulus al-gharb:libya|socialist people's libyan arab jamahiriya
tunis:tunisia|republic of tunisia
ulan bator|ulaanbaatar|urga|kulun:mongolia|mongolian people's republic|outer mongolia
vaduz:liechtenstein|principality of liechtenstein
valletta|valetta:malta|republic of malta
victoria:seychelles|republic of seychelles
vienna:austria|republic of austria|oesterreich
vientiane:laos|lao people's democratic republic
warszawa|warsaw:poland|republic of poland|polska
washington|washington d.c.:united states|united states of america|america|the states|us|u.s.|usa|u.s.a.
wellington:new zealand
windhoek:namibia|republic of namibia|south west africa
yangon|rangoon:myanmar|union of burma|burma
yaounde:cameroon|republic of cameroon|cameroun
yerevan|jerevan|erivan:armenia|republic of armenia|hayastan
zagreb:croatia|republic of croatia|hrvatska
`;
