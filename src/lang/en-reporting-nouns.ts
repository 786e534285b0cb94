/**
 * English reporting-verb forms whose most frequent reading is a noun, from the pos-js lexicon (Eric Brill's tagger
 * lexicon) as natural ships it, written by bench/lexicons/english-reporting-nouns.ts: do not edit by hand.
 *
 * pos-js (jspos) by Percy Wegmann, after Mark Watson's FastTag and Eric Brill's lexicon: GNU LGPL 3.0.
 */
export const englishReportingNouns = `answer answers claim claims comments demand demands estimate estimates forecast forecasting forecasts
note notes point points project projects publishing remark remarks reply report reports
signal signals state states stress stresses warning`;
