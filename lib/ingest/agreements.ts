/**
 * Whether a document was signed at the event.
 *
 * agreementSigned — a document was signed at this event. A clause (sentence or ";"-part) must hold
 * a signing predicate — "подписано / подписан(а/ы)", "подписали", "состоялось / прошло подписание",
 * "церемония подписания", a clause opening with "Подписание" — and a document word (соглашение,
 * меморандум, план, договор, протокол, контракт, дорожная карта, программа, декларация, документ).
 * Not when the signing is said to be planned or intended — "планируется / намечено / предстоит /
 * будет подписание", "подписание запланировано", "к подписанию", "договорились (достигнута
 * договоренность) о подписании", "проект соглашения", "возможность подписания" — nor when the
 * document was signed before: "ранее подписано", or a year before the event's in the comma-part
 * holding the signing ("Соглашение было подписано в 2019 году"). Participles in oblique cases ("в
 * рамках подписанного ранее соглашения", "Соглашением, подписанным в 2019 году") refer to an
 * existing document and are no signing predicate.
 */
import { lower } from './classify-rules';

const SIGNING =
  /(?<![а-я])подписан[оаы]?(?![а-я])|(?<![а-я])подписал[аио]?(?![а-я])|(?:состоял|прошл|проведен|организован|осуществлен)[а-я]* (?:[а-я]+ )?(?:церемони[а-я]* )?подписани|церемони[а-я]* подписани|^\s*подписание/;

const DOCUMENT = /соглашени|меморандум|(?<![а-я])план|договор(?!енност)|протокол|контракт|дорожн[а-я]* карт|программ|декларац|документ/;

/** Intent or a plan, said of the signing: the document is not signed yet. */
const INTENT = new RegExp(
  [
    '(?:планир|запланир|намеч|предстоит|предполага|будет|будут|должн|готовит|готов[аоы]? к)[а-я]*\\s+(?:[а-я]+\\s+){0,2}?подпис',
    'подписани[а-я]*\\s+(?:[а-я]+\\s+){0,3}?(?:планир|запланир|намеч|ожида|предполага|перенес)',
    'к подписанию|для подписания',
    '(?:договорил|договорен|договоренност|согласил)[а-я]*\\s+(?:[а-я]+\\s+){0,2}?о\\s+(?:[а-я]+\\s+)?подписани',
    'проект[а-я]*\\s+(?:соглашени|меморандум|договор|план|программ|протокол|документ)',
    '(?:возможност|перспектив|вопрос)[а-я]*\\s+(?:[а-я]+\\s+)?подписани',
  ].join('|'),
);

/** A document signed before, referred to: "ранее подписано", "подписано в 2019 году" (checked in the signing's comma-part). */
const EARLIER = /ранее\s+(?:[а-я]+\s+)?подписан|подписан[а-я]*\s+(?:[а-я]+\s+)?ранее/;

export function detectAgreementSigned(rowText: string, year?: number, trace?: string[]): boolean {
  for (const clause of clauses(lower(rowText))) {
    if (!SIGNING.test(clause) || !DOCUMENT.test(clause)) continue;
    if (INTENT.test(clause)) {
      trace?.push('agreement.not_intent');
      continue;
    }
    if (EARLIER.test(clause) || (year !== undefined && signedInEarlierYear(clause, year))) {
      trace?.push('agreement.not_earlier');
      continue;
    }
    trace?.push('agreement.signed');
    return true;
  }
  return false;
}

/** The comma-part that holds the signing predicate names a year before the event's. */
function signedInEarlierYear(clause: string, year: number): boolean {
  return clause
    .split(',')
    .filter((part) => SIGNING.test(part))
    .some((part) => [...part.matchAll(/(?<!\d)(19\d\d|20\d\d)(?!\d)/g)].some((match) => Number(match[1]) < year));
}

/** Sentences and ";"-parts; initials ("В.Н. Анохин") and abbreviations ("г.", "т.ч.") end none. */
function clauses(text: string): string[] {
  return text
    .replace(/(?<![а-яa-z])([а-яa-z])\.\s*/g, '$1 ')
    .split(/[.;!?\n]+/)
    .map((clause) => clause.trim())
    .filter(Boolean);
}
