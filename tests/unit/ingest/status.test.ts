import { describe, expect, test } from 'vitest';
import { detectStatus } from '@/lib/ingest/status';

const cells = (partial: Partial<{ title: string; place: string; dates: string; goal: string; participants: string }>) => ({
  title: 'Выставка',
  place: 'г. Минск',
  dates: '12 ноября 2025 года',
  goal: '',
  participants: '',
  ...partial,
});

describe('event status', () => {
  test.each([
    ['отменено', 'cancelled'],
    ['Отменено', 'cancelled'],
    ['Мероприятие отменено', 'cancelled'],
    ['отменён', 'cancelled'],
    ['12 ноября 2025 года (отменено)', 'cancelled'],
    ['не состоялось', 'cancelled'],
    ['перенесено на 2026 год', 'postponed'],
    ['Перенесено на I квартал 2026 г.', 'postponed'],
    ['перенесен', 'postponed'],
    ['12 ноября 2025 года\n(перенесено на 15 января 2026 года)', 'postponed'],
    ['перенесено на 5 декабря, позднее отменено', 'cancelled'],
    ['12 ноября 2025 года', 'held'],
  ])('dates cell %j → %s', (dates, status) => {
    expect(detectStatus(cells({ dates })).status).toBe(status);
  });

  test.each([
    [{ goal: 'Мероприятие перенесено на 2026 год по инициативе белорусской стороны' }, 'postponed'],
    [{ goal: 'Визит отменен в связи с изменением графика' }, 'cancelled'],
    [{ goal: 'Мероприятие, запланированное на 5 ноября, перенесено' }, 'postponed'],
    [{ title: 'Участие в выставке «Иннопром» (отменено)' }, 'cancelled'],
    [{ participants: 'Отменено' }, 'cancelled'],
    [{ goal: 'Стороны обсудили отмену пошлин на поставки' }, 'held'],
    [{ goal: 'В рамках встречи перенесены сроки поставки оборудования' }, 'held'],
    [{ goal: 'Опыт перенесен в практику смоленских школ' }, 'held'],
    [{ goal: 'Мероприятие перенесено в онлайн-формат' }, 'held'],
    [{ goal: 'Перенос сроков поставки обсуждался сторонами' }, 'held'],
    [{ goal: 'Перенесение опыта белорусских коллег в практику' }, 'held'],
    [{ goal: 'Отмена визового режима для студентов' }, 'held'],
    [{ participants: 'Мероприятие не состоялось' }, 'cancelled'],
    [{ goal: 'Обсуждены вопросы торговли. Отменены ограничения на поставки молочной продукции' }, 'held'],
    [{ goal: 'Отменено в связи с эпидемиологической обстановкой' }, 'cancelled'],
    [{ goal: 'Перенесено решением организаторов' }, 'postponed'],
    [{ goal: 'Заседание перенесено в дистанционный формат' }, 'held'],
  ])('%j → %s', (partial, status) => {
    expect(detectStatus(cells(partial)).status).toBe(status);
  });
});
