import JSZip from 'jszip';
import { Packer } from 'docx';
import { describe, expect, test } from 'vitest';
import { buildBriefDocument } from '@/lib/brief/docx';
import type { BriefData } from '@/lib/brief/types';

/** A 1×1 white PNG. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

const brief: BriefData = {
  title: 'Справка о международной деятельности Смоленской области',
  region: 'Смоленская область',
  periodLabel: 'IV квартал 2025 г.',
  filtersLabel: 'Фильтры: не выбраны',
  preparedOn: '15 января 2026 г.',
  coverage: 'Источник: отчёт, IV квартал 2025 г.',
  changeHead: 'Изменение к III квартал 2025 г.',
  figures: [
    { key: 'events', label: 'Мероприятия', value: 70, change: 12 },
    { key: 'documentsSigned', label: 'Подписанные документы', value: 3, change: -1 },
  ],
  summary: 'Проведено 70 мероприятий.',
  events: [{ dates: '9–10 декабря 2025', title: 'Реверсная бизнес-миссия из Республики Беларусь', sphere: 'Экономика', countries: 'Беларусь', sme: '71' }],
  eventsNote: 'Мероприятия с наибольшим участием субъектов МСП: 1 из 70.',
  filePeriod: '2025-Q4',
};

async function documentXml(images = [{ title: 'Страны-партнёры', data: PNG, width: 600, height: 400 }]): Promise<{ xml: string; zip: JSZip }> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(buildBriefDocument(brief, images)));
  return { xml: (await zip.file('word/document.xml')?.async('string')) ?? '', zip };
}

describe('the справка as Word', () => {
  test('Word heading styles, a key-figures table with signed changes and an events table', async () => {
    const { xml } = await documentXml();
    expect(xml).toContain('w:pStyle w:val="Title"');
    expect(xml.match(/w:pStyle w:val="Heading1"/g)?.length).toBe(4);
    expect(xml.match(/<w:tbl>/g)?.length).toBe(2);
    expect(xml).toContain('+12');
    expect(xml).toContain('−1');
    expect(xml).toContain('Реверсная бизнес-миссия из Республики Беларусь');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:cantSplit/>');
  });

  test('each chart picture is embedded as a PNG at the text width, keeping its proportions', async () => {
    const { xml, zip } = await documentXml();
    expect(Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(xml) ?? [];
    expect(Number(cx) / Number(cy)).toBeCloseTo(1.5, 2);
    expect(Number(cx) / 36_000).toBeCloseTo(165, 0);
  });

  test('without a previous quarter the figures table has two columns', async () => {
    const zip = await JSZip.loadAsync(await Packer.toBuffer(buildBriefDocument({ ...brief, changeHead: undefined }, [])));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const firstTable = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    expect(firstTable.match(/<w:tc>/g)?.length).toBe(2 * 3);
  });
});
