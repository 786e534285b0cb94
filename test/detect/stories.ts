/** A second story after the first in both articles: a school strike, using words the tests' budget story does too. */
export const EN_OTHER_STORY =
  'Teachers in the next town went on strike. The strike lasted three days. Parents kept their children at home. Their schools have old buildings. Repairs were delayed again. Money for them was promised in the spring. The strike ended on Friday. The town mayor did not comment.';
export const DE_OTHER_STORY =
  'Lehrer in der Nachbarstadt streikten. Der Streik dauerte drei Tage. Eltern behielten ihre Kinder zu Hause. Ihre Schulen haben alte Gebäude. Reparaturen wurden erneut verschoben. Geld dafür wurde im Frühjahr versprochen. Der Streik endete am Freitag. Der Bürgermeister der Stadt äußerte sich nicht.';
