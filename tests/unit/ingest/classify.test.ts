import { describe, expect, test } from 'vitest';
import { classifyDirection, classifyFormat, classifyKind, detectAgreementSigned } from '@/lib/ingest/classify';
import type { ResolvedPlace } from '@/lib/ingest/types';

const place = (name: string, country: string, source: ResolvedPlace['source'] = 'gazetteer'): ResolvedPlace => ({ name, country, lat: 0, lon: 0, source });

describe('kind', () => {
  test.each([
    ['Участие в Международном выставочно-ярмарочном мероприятии «CantonFair»', 'exhibition'],
    ['Реверсная бизнес-миссия из Республики Узбекистан', 'business_mission'],
    ['Служебная командировка министра … для участия в бизнес-миссии', 'business_mission'],
    ['Участие в Конкурсе профессионального мастерства в рамках Минского форума', 'competition'],
    ['Служебная командировка … для участия в III Молодежном форуме', 'forum'],
    ['Участие в международном круглом столе по обсуждению результатов проекта', 'conference'],
    ['XIV Будаевские чтения: Международная научная конференция', 'conference'],
    ['Гастроли Заслуженного коллектива Республики Беларусь', 'performance'],
    ['Дни культуры Республики Беларусь в Смоленской области', 'festival'],
    ['Участие в видеоконференции, проводимой в рамках Государственной программы', 'videoconference'],
    ['Рабочая встреча заместителя председателя Правительства с делегацией', 'working_meeting'],
    ['Визит делегации Республики Беларусь в г. Смоленск', 'working_meeting'],
    ['Промышленная экскурсия на кондитерское производство', 'other'],
    ['Что-то совсем иное', 'other'],
  ])('%j is %s', (title, kind) => {
    expect(classifyKind(title)).toBe(kind);
  });
});

describe('format', () => {
  test('a remote place cell makes the event remote', () => {
    expect(classifyFormat(true, 'Круглый стол')).toBe('remote');
  });
  test('both in-person and remote participation is hybrid', () => {
    expect(classifyFormat(false, 'В Форуме в очном и дистанционном формате приняли участие')).toBe('hybrid');
    expect(classifyFormat(false, 'В дистанционном формате в мероприятии участвовало 325 участников')).toBe('hybrid');
  });
  test('nothing said means in person', () => {
    expect(classifyFormat(false, 'Выставка в Минске')).toBe('in_person');
  });
});

describe('direction', () => {
  test('a venue abroad is outbound', () => {
    expect(classifyDirection([place('Минск', 'BY')], 'г. Минск, Республика Беларусь', 'Участие в выставке')).toBe('outbound');
  });
  test('a venue in another Russian region is outbound', () => {
    expect(classifyDirection([place('Москва', 'RU')], 'г. Москва', 'Участие в конференции')).toBe('outbound');
  });
  test('a foreign delegation coming to the region is inbound', () => {
    expect(classifyDirection([place('Смоленск', 'RU')], 'г. Смоленск', 'Реверсная бизнес-миссия из ОАЭ')).toBe('inbound');
    expect(classifyDirection([place('Десногорск', 'RU')], 'г. Десногорск, Смоленская область', 'Рабочая встреча с делегацией из Республики Беларусь')).toBe('inbound');
  });
  test('an international event held in the region is hosted', () => {
    expect(classifyDirection([place('Смоленск', 'RU')], 'г. Смоленск', 'Международный конкурс «Скрытые таланты»')).toBe('hosted');
    expect(classifyDirection([place('Смоленск', 'RU', 'seat')], 'Министерство', 'Участие в видеоконференции')).toBe('hosted');
  });
  test('a remote event with one end in the region is hosted', () => {
    expect(classifyDirection([place('Смоленск', 'RU'), place('Крагуевац', 'RS')], 'г. Смоленск; г. Крагуевац', 'Круглый стол')).toBe('hosted');
  });
});

describe('agreement signed', () => {
  test.each([
    ['состоялось подписание соглашения между Правительством Смоленской области и …', true],
    ['По итогам переговоров подписано Соглашение о сотрудничестве', true],
    ['состоялось подписание Плана мероприятий по реализации Соглашения', true],
    ['Меморандум о взаимопонимании был подписан сторонами', true],
    ['Достигнуты предварительные договоренности', false],
    ['Намечен план дальнейшего взаимодействия', false],
  ])('%j → %s', (text, expected) => {
    expect(detectAgreementSigned(text)).toBe(expected);
  });
});
