/**
 * The shared data table (app/_components/tables/DataTable.tsx) rendered to HTML: the markup the
 * dashboard's CSS (table.data, .num, .table-scroll, .wide-only, app/phone.css) and the browser
 * tests' selectors rely on.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { type Column, DataTable } from '@/app/_components/tables/DataTable';

interface Row {
  id: number;
  name: string;
  events: number;
}

const ROWS: Row[] = [
  { id: 1, name: 'Беларусь', events: 39 },
  { id: 2, name: 'Узбекистан', events: 6 },
];
const NAME: Column<Row> = { header: 'Страна', cell: (row) => row.name };
const EVENTS: Column<Row> = { header: 'Мероприятия', numeric: true, cell: (row) => row.events };

type Props = Parameters<typeof DataTable<Row>>[0];

const html = (props: Partial<Props> = {}) => renderToStaticMarkup(createElement(DataTable<Row>, { rows: ROWS, rowKey: (row: Row) => row.id, columns: [NAME, EVENTS], ...props }));

const HEAD = '<thead><tr><th scope="col">Страна</th><th scope="col" class="num">Мероприятия</th></tr></thead>';
const BODY = '<tbody><tr><td>Беларусь</td><td class="num">39</td></tr><tr><td>Узбекистан</td><td class="num">6</td></tr></tbody>';

describe('DataTable', () => {
  test('table.data with a header cell per column and a row per item; a numeric column is right-aligned in header and cells', () => {
    expect(html()).toBe(`<table class="data">${HEAD}${BODY}</table>`);
  });

  test('a left-out column (false) has neither header nor cells', () => {
    expect(html({ columns: [NAME, false, EVENTS] })).toBe(`<table class="data">${HEAD}${BODY}</table>`);
  });

  test('column classes and per-row cell attributes are added to "num"', () => {
    const columns: Column<Row>[] = [
      { ...NAME, className: 'nowrap', cellProps: (row) => ({ className: row.id === 2 ? 'uncovered' : undefined, title: row.name }) },
      { ...EVENTS, cellProps: (row) => ({ 'data-testid': `events-${row.id}` }) },
    ];
    expect(html({ columns })).toContain('<tr><td class="nowrap" title="Беларусь">Беларусь</td><td class="num" data-testid="events-1">39</td></tr>');
    expect(html({ columns })).toContain('<tr><td class="nowrap uncovered" title="Узбекистан">Узбекистан</td><td class="num" data-testid="events-2">6</td></tr>');
  });

  test('classes beside "data", the test id, a hidden caption and row attributes', () => {
    const markup = html({ className: 'brief-table', testId: 'countries-table', caption: 'Страны', rowProps: (row) => ({ 'data-testid': `country-row-${row.id}` }) });
    expect(markup.startsWith('<table class="data brief-table" data-testid="countries-table"><caption class="visually-hidden">Страны</caption><thead>')).toBe(true);
    expect(markup).toContain('<tr data-testid="country-row-1"><td>Беларусь</td>');
  });

  test('no rows: the empty state instead of the table; without one, a table with an empty body', () => {
    expect(html({ rows: [], empty: createElement('p', { className: 'muted' }, 'Нет данных') })).toBe('<p class="muted">Нет данных</p>');
    expect(html({ rows: [] })).toBe(`<table class="data">${HEAD}<tbody></tbody></table>`);
    expect(html({ empty: 'Нет данных' })).toBe(`<table class="data">${HEAD}${BODY}</table>`);
  });

  test('a row header heads its row; a spanning one heads its group, and the rows it covers leave the cell out', () => {
    expect(html({ columns: [{ ...NAME, rowHeader: true }, EVENTS] })).toContain('<tr><th scope="row">Беларусь</th><td class="num">39</td></tr>');
    const grouped = html({ columns: [{ ...NAME, rowHeader: true, rowSpan: (row) => (row.id === 1 ? 2 : 0) }, EVENTS] });
    expect(grouped).toContain('<tbody><tr><th scope="rowgroup" rowSpan="2">Беларусь</th><td class="num">39</td></tr><tr><td class="num">6</td></tr></tbody>');
  });

  test('column widths make a colgroup', () => {
    expect(html({ columns: [{ ...NAME, width: '70%' }, { ...EVENTS, width: '30%' }] })).toContain('<colgroup><col style="width:70%"/><col style="width:30%"/></colgroup><thead>');
  });

  test('scrolling: a plain wrapper, or a labelled keyboard-focusable region with extra classes', () => {
    expect(html({ scroll: true })).toBe(`<div class="table-scroll"><table class="data">${HEAD}${BODY}</table></div>`);
    expect(html({ scroll: { label: 'Отчёты', className: 'compare-levels' } })).toBe(
      `<div class="table-scroll compare-levels" tabindex="0" role="region" aria-label="Отчёты"><table class="data">${HEAD}${BODY}</table></div>`,
    );
  });

  test('phone cards: the table is for wide screens only, and the cards follow it', () => {
    const cards = createElement('ul', { className: 'event-cards' });
    expect(html({ scroll: true, cards })).toBe(`<div class="table-scroll wide-only"><table class="data">${HEAD}${BODY}</table></div><ul class="event-cards"></ul>`);
  });

  test('sorting: the active column states its order, and each sortable header links to the next order', () => {
    const columns: Column<Row>[] = [
      { ...NAME, sort: { key: 'name' } },
      { ...EVENTS, sort: { key: 'events', firstDescending: true } },
    ];
    const hrefOf = (sort: string) => `/list?sort=${sort}`;
    const ascending = html({ columns, sorting: { current: 'name', hrefOf } });
    // A second click reverses the active column; another column starts in its first direction.
    expect(ascending).toMatch(/<th scope="col" aria-sort="ascending"><a [^>]*href="\/list\?sort=-name"[^>]*>Страна<span aria-hidden="true" class="sort-mark"> ▲<\/span><\/a><\/th>/);
    expect(ascending).toMatch(/<th scope="col" aria-sort="none" class="num"><a [^>]*href="\/list\?sort=-events"[^>]*>Мероприятия<span aria-hidden="true" class="sort-mark"> ↕<\/span><\/a><\/th>/);
    const descending = html({ columns, sorting: { current: '-name', hrefOf } });
    expect(descending).toMatch(/<th scope="col" aria-sort="descending"><a [^>]*href="\/list\?sort=name"[^>]*>Страна<span aria-hidden="true" class="sort-mark"> ▼<\/span>/);
    expect(descending).toMatch(/<th scope="col" aria-sort="none" class="num"><a [^>]*href="\/list\?sort=-events"/);
  });
});
