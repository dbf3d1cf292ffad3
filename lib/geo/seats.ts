/**
 * Administrative seats (data/gazetteer/districts.json): the settlement that stands for a district
 * ("Рославльский район" → Рославль) or an oblast ("Смоленской области" → Смоленск), keyed by the
 * adjective stem without its ending.
 */
import districtsData from '@/data/gazetteer/districts.json';
import { type GazetteerPlace, resolvePlaceName } from './gazetteer';

const { districts, oblasts }: { districts: Record<string, string>; oblasts: Record<string, string> } =
  districtsData;
const DISTRICT = /([А-ЯЁ][А-Яа-яЁё-]*?)(?:ий|ый|ого|ому|ом|им|ым)\s+(?:район|муниципальн[а-я]*\s+округ)/u;
const OBLAST = /([А-ЯЁ][а-яё-]*?)(?:ая|ой|ую)\s+област(?:ь|и|ью)(?![а-яё])/u;

/** The seat of the first district named in the text, else of the first oblast, else null. */
export function resolveAdministrativeSeat(text: string): GazetteerPlace | null {
  return seatOf(DISTRICT, districts, text) ?? seatOf(OBLAST, oblasts, text);
}

function seatOf(pattern: RegExp, seats: Record<string, string>, text: string): GazetteerPlace | null {
  const stem = pattern.exec(text)?.[1]?.toLowerCase().replace(/ё/g, 'е');
  const seat = stem === undefined ? undefined : seats[stem];
  return seat === undefined ? null : resolvePlaceName(seat);
}
