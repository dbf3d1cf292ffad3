/**
 * Word list numbering as Word displays it (ECMA-376 part 1, §17.9).
 *
 * A numbered paragraph names a numbering instance (w:numId) and a level (w:ilvl), directly or
 * through its paragraph style. Instances that share an abstract list share its counters, so a list
 * continues across tables and sections; an instance with a w:startOverride restarts at that value.
 * Entering a level resets the levels below it. The label is the level's w:lvlText with each "%N"
 * replaced by level N's counter in that level's w:numFmt.
 */
import { attr, childElements, firstChild, type XmlElement } from './docx-xml';

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Instance {
  abstractId: string;
  startOverrides: Map<number, number>;
}

export interface NumberingRef {
  numId: string;
  level: number;
}

export class ListNumbering {
  private readonly counters = new Map<string, number[]>();

  constructor(
    private readonly abstracts: Map<string, Level[]>,
    private readonly instances: Map<string, Instance>,
  ) {}

  /** The label of the next paragraph numbered by `ref` ("1.", "IV.", "а)"), or null when none. */
  next(ref: NumberingRef): string | null {
    const instance = this.instances.get(ref.numId);
    const levels = instance && this.abstracts.get(instance.abstractId);
    if (!instance || !levels?.[ref.level]) return null;
    const key = instance.startOverrides.size > 0 ? `num:${ref.numId}` : `abstract:${instance.abstractId}`;
    const counters = this.counters.get(key) ?? [];
    for (let level = 0; level < ref.level; level += 1) counters[level] ??= startOf(levels, instance, level);
    counters[ref.level] = counters[ref.level] === undefined ? startOf(levels, instance, ref.level) : (counters[ref.level] ?? 0) + 1;
    counters.length = ref.level + 1;
    this.counters.set(key, counters);
    return label(levels, counters, ref.level);
  }
}

function startOf(levels: Level[], instance: Instance, level: number): number {
  return instance.startOverrides.get(level) ?? levels[level]?.start ?? 1;
}

function label(levels: Level[], counters: number[], level: number): string | null {
  const definition = levels[level];
  if (!definition || definition.format === 'none') return null;
  if (definition.format === 'bullet') return null;
  return definition.text.replace(/%([1-9])/g, (_, n: string) => {
    const index = Number(n) - 1;
    return formatCounter(counters[index] ?? levels[index]?.start ?? 1, levels[index]?.format ?? 'decimal');
  });
}

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
const RUSSIAN_LETTERS = 'абвгдежзиклмнопрстуфхцчшщэюя';

function formatCounter(value: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperLetter':
      return letters(value, 'abcdefghijklmnopqrstuvwxyz').toUpperCase();
    case 'lowerLetter':
      return letters(value, 'abcdefghijklmnopqrstuvwxyz');
    case 'russianUpper':
      return letters(value, RUSSIAN_LETTERS).toUpperCase();
    case 'russianLower':
      return letters(value, RUSSIAN_LETTERS);
    case 'decimalZero':
      return String(value).padStart(2, '0');
    default:
      return String(value);
  }
}

function roman(value: number): string {
  let rest = value;
  let out = '';
  for (const [size, symbol] of ROMAN) {
    while (rest >= size) {
      out += symbol;
      rest -= size;
    }
  }
  return out;
}

/** Word's letter lists repeat the letter past the alphabet: a … z, aa … zz. */
function letters(value: number, alphabet: string): string {
  if (value < 1) return String(value);
  const letter = alphabet[(value - 1) % alphabet.length] ?? '';
  return letter.repeat(Math.floor((value - 1) / alphabet.length) + 1);
}

/** Reads numbering.xml (its root element); a document without one numbers nothing. */
export function readNumbering(root: XmlElement | null): ListNumbering {
  const abstracts = new Map<string, Level[]>();
  const instances = new Map<string, Instance>();
  for (const element of root ? childElements(root) : []) {
    if (element.localName === 'abstractNum') abstracts.set(attr(element, 'abstractNumId') ?? '', readLevels(element));
    if (element.localName === 'num') instances.set(attr(element, 'numId') ?? '', readInstance(element));
  }
  return new ListNumbering(abstracts, instances);
}

function readLevels(abstractNum: XmlElement): Level[] {
  const levels: Level[] = [];
  for (const lvl of childElements(abstractNum).filter((element) => element.localName === 'lvl')) {
    levels[Number(attr(lvl, 'ilvl') ?? 0)] = {
      start: Number(attr(firstChild(lvl, 'start'), 'val') ?? 1),
      format: attr(firstChild(lvl, 'numFmt'), 'val') ?? 'decimal',
      text: attr(firstChild(lvl, 'lvlText'), 'val') ?? '',
    };
  }
  return levels;
}

function readInstance(num: XmlElement): Instance {
  const startOverrides = new Map<number, number>();
  for (const override of childElements(num).filter((element) => element.localName === 'lvlOverride')) {
    const start = attr(firstChild(override, 'startOverride'), 'val');
    if (start !== null) startOverrides.set(Number(attr(override, 'ilvl') ?? 0), Number(start));
  }
  return { abstractId: attr(firstChild(num, 'abstractNumId'), 'val') ?? '', startOverrides };
}
