import { describe, expect, test } from 'vitest';
import { classifyDirection, classifyFormat, classifyKind, detectAgreementSigned } from '@/lib/ingest/classify';
import type { EventKind, ResolvedPlace } from '@/lib/ingest/types';

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

  test.each<[string, EventKind]>([
    // What follows "в рамках" is the setting, not the event.
    ['Рабочая встреча Губернатора с инвесторами в рамках Петербургского международного экономического форума', 'working_meeting'],
    ['Переговоры с делегацией провинции Хэйлунцзян в рамках выставки «Иннопром»', 'working_meeting'],
    // A quoted name says nothing of the kind.
    ['Участие в конференции «Форум регионов: экспорт»', 'conference'],
    ['Международный фестиваль «Конкурс чтецов»', 'festival'],
    ['Проект «Выставка достижений»', 'exhibition'],
    // A format phrase is not a kind: a meeting held by videoconference is a meeting.
    ['Рабочая встреча в режиме видеоконференцсвязи с представителями Витебского облисполкома', 'working_meeting'],
    ['Переговоры по ВКС с партнерами из Китайской Народной Республики', 'working_meeting'],
    ['Телемост «Смоленск – Минск»', 'videoconference'],
    // General words of each kind, in any form.
    ['Дни белорусской культуры в Смоленской области', 'festival'],
    ['Открытый Кубок Смоленской области по самбо', 'competition'],
    ['Первенство по мини-футболу среди студентов', 'competition'],
    ['Региональный этап международной олимпиады', 'competition'],
    ['Вебинар для экспортеров', 'conference'],
    ['Семинар-совещание по вопросам экспорта', 'conference'],
    ['Дискуссионная площадка «Молодежь Союзного государства»', 'conference'],
    ['Торговая миссия в Республику Узбекистан', 'business_mission'],
    ['Экспортный семинар для предприятий области', 'conference'],
    ['Международный съезд краеведов', 'forum'],
    ['Концерт белорусских исполнителей', 'performance'],
    ['Поздравление партнеров с Новым годом', 'other'],
    ['Совещание с представителями Посольства Республики Беларусь', 'working_meeting'],
    ['Заседание Совета по межрегиональному сотрудничеству', 'working_meeting'],
  ])('%j is %s', (title, kind) => {
    expect(classifyKind(title)).toBe(kind);
  });
});

describe('format', () => {
  const format = (remotePlace: boolean, otherText: string, title = 'Круглый стол') => classifyFormat({ remotePlace, title, otherText });

  test('a remote place cell makes the event remote', () => {
    expect(format(true, '')).toBe('remote');
  });
  test('both in-person and remote participation is hybrid', () => {
    expect(format(false, 'В Форуме в очном и дистанционном формате приняли участие')).toBe('hybrid');
    expect(format(false, 'В дистанционном формате в мероприятии участвовало 325 участников')).toBe('hybrid');
    expect(format(true, 'Участники приняли участие очно и заочно')).toBe('hybrid');
  });
  test.each([
    ['председатель правления (в формате видеоконференцсвязи)'],
    ['часть участников подключилась по ВКС'],
    ['эксперты выступили онлайн'],
    ['представители Витебской области участвовали дистанционно'],
    ['к обсуждению посредством видеосвязи присоединились партнеры'],
  ])('a physical venue with %j is hybrid', (text) => {
    expect(format(false, text)).toBe('hybrid');
  });
  test('a broadcast is not remote participation', () => {
    expect(format(false, 'Велась онлайн-трансляция мероприятия')).toBe('in_person');
  });
  test.each([['Региональный заочный конкурс рисунков'], ['Вебинар для экспортеров'], ['Участие в видеоконференции'], ['Онлайн-викторина']])(
    'the title %j names a remote event',
    (title) => {
      expect(format(false, '', title)).toBe('remote');
    },
  );
  test('nothing said means in person', () => {
    expect(format(false, 'Выставка в Минске')).toBe('in_person');
  });
});

describe('direction', () => {
  const direction = (places: ResolvedPlace[], placeCell: string, title: string, kind: EventKind = classifyKind(title)) =>
    classifyDirection({ places, placeCell, title, kind });

  test.each<[rule: string, places: ResolvedPlace[], placeCell: string, title: string, expected: ReturnType<typeof classifyDirection>]>([
    ['a venue abroad is outbound', [place('Минск', 'BY')], 'г. Минск, Республика Беларусь', 'Участие в выставке', 'outbound'],
    ['a venue in another Russian region is outbound', [place('Москва', 'RU')], 'г. Москва', 'Участие в конференции', 'outbound'],
    ['a venue in another Russian region is outbound', [place('Брянск', 'RU')], 'г. Брянск', 'Участие в форуме', 'outbound'],
    ['any settlement of the region is home, with or without the oblast named', [place('Вязьма', 'RU')], 'г. Вязьма', 'Международный фестиваль', 'hosted'],
    ['any settlement of the region is home, with or without the oblast named', [place('Десногорск', 'RU')], 'г. Десногорск', 'Международная конференция', 'hosted'],
    ['any settlement of the region is home, with or without the oblast named', [place('Мощинки', 'RU')], 'дер. Мощинки, Смоленский район', 'Конкурс', 'hosted'],
    ['the seat of a Belarusian district is abroad', [place('Орша', 'BY', 'seat')], 'Оршанский район', 'Участие в конкурсе', 'outbound'],
    ['a foreign delegation coming to the region is inbound', [place('Смоленск', 'RU')], 'г. Смоленск', 'Реверсная бизнес-миссия из ОАЭ', 'inbound'],
    ['a foreign delegation coming to the region is inbound', [place('Десногорск', 'RU')], 'г. Десногорск, Смоленская область', 'Рабочая встреча с делегацией из Республики Беларусь', 'inbound'],
    ['a foreign delegation coming to the region is inbound', [place('Смоленск', 'RU')], 'г. Смоленск', 'Прием Чрезвычайного и Полномочного Посла КНР', 'inbound'],
    ['a foreign delegation coming to the region is inbound', [place('Смоленск', 'RU')], 'г. Смоленск', 'Приезд творческого коллектива из г. Витебска', 'inbound'],
    ['a meeting, show, festival or tour of a foreign party named in the title is inbound', [place('Смоленск', 'RU')], 'г. Смоленск', 'Дни культуры Республики Казахстан в Смоленской области', 'inbound'],
    ['a meeting, show, festival or tour of a foreign party named in the title is inbound', [place('Смоленск', 'RU')], 'г. Смоленск', 'Концерт ансамбля «Хорошки» (Республика Беларусь)', 'inbound'],
    ['a meeting, show, festival or tour of a foreign party named in the title is inbound', [place('Смоленск', 'RU')], 'г. Смоленск', 'Экскурсия для студентов из Китайской Народной Республики', 'inbound'],
    ['an international event held in the region is hosted', [place('Смоленск', 'RU')], 'г. Смоленск', 'Международный конкурс «Скрытые таланты»', 'hosted'],
    ['an international event held in the region is hosted', [place('Смоленск', 'RU', 'seat')], 'Министерство', 'Участие в видеоконференции', 'hosted'],
    // A country in a quoted name or in "с участием …" does not make the event a foreign party's.
    ['an international event held in the region is hosted', [place('Смоленск', 'RU')], 'г. Смоленск', 'Олимпиада «Россия и Беларусь: историческая общность»', 'hosted'],
    ['an international event held in the region is hosted', [place('Смоленск', 'RU')], 'г. Смоленск', 'Концерт с участием артистов Республики Беларусь', 'hosted'],
    // A conference names its theme, not a visiting party.
    ['an international event held in the region is hosted', [place('Смоленск', 'RU')], 'г. Смоленск', 'Конференция «Смоленщина и Беларусь» о сотрудничестве с Республикой Беларусь', 'hosted'],
    ['a remote event with one end in the region is hosted', [place('Смоленск', 'RU'), place('Крагуевац', 'RS')], 'г. Смоленск; г. Крагуевац', 'Круглый стол', 'hosted'],
  ])('%s (case %#)', (_rule, places, placeCell, title, expected) => {
    expect(direction(places, placeCell, title)).toBe(expected);
  });
});

describe('agreement signed', () => {
  test.each([
    ['состоялось подписание соглашения между Правительством Смоленской области и …', true],
    ['По итогам переговоров подписано Соглашение о сотрудничестве', true],
    ['состоялось подписание Плана мероприятий по реализации Соглашения', true],
    ['Меморандум о взаимопонимании был подписан сторонами', true],
    ['Стороны подписали протокол о намерениях', true],
    ['Прошла торжественная церемония подписания дорожной карты', true],
    ['Подписание соглашения о сотрудничестве между вузами', true],
    ['В соответствии с Соглашением, подписанным в 2019 году, подписан план мероприятий на 2026 год', true],
    ['Обсуждены вопросы сотрудничества, подписано соглашение о подготовке кадров', true],
    ['Достигнуты предварительные договоренности', false],
    ['Намечен план дальнейшего взаимодействия', false],
    ['Работа ведется в рамках подписанного ранее соглашения', false],
    ['В соответствии с Соглашением, подписанным в 2019 году, стороны обменялись опытом', false],
    ['Соглашение было подписано в 2019 году и действует до 2029 года', false],
    ['Соглашение, которое было подписано ранее, продлено', false],
    ['Планируется подписание соглашения о сотрудничестве', false],
    ['Стороны договорились о подписании меморандума в 2026 году', false],
    ['Достигнута договоренность о подписании соглашения', false],
    ['Рассмотрен проект соглашения о сотрудничестве; его подписание запланировано на I квартал', false],
    ['Соглашение будет подписано в ходе следующего визита', false],
    ['Подготовлен к подписанию проект меморандума', false],
  ])('%j → %s', (text, expected) => {
    expect(detectAgreementSigned(text, 2025)).toBe(expected);
  });
});
