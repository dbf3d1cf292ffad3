'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { OptionList } from '@/app/_components/filters/OptionList';
import type { SettlementChoice } from '@/lib/geo/settlement-search';
import { placeAliasText as t } from '@/lib/i18n/ru';
import type { PickedPoint } from './PickerMap';

const PickerMap = dynamic(() => import('./PickerMap'), { ssr: false });
const SEARCH_DELAY_MS = 250;

interface Props {
  text: string;
  /** The country the rows name, if any: the search looks there and the map starts there. */
  country: string | null;
  center: [number, number];
  countries: { code: string; name: string }[];
}

/** The answer to one unresolved place text: a settlement found by name or a point on the map, and a reason. */
export function PlaceResolver({ text, country, center, countries }: Props) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(text);
  const [code, setCode] = useState(country ?? '');
  const [point, setPoint] = useState<{ lat: number; lon: number } | null>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SettlementChoice[] | null>(null);

  useEffect(() => {
    if (query.trim().length < 2) return setResults(null);
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ q: query.trim(), country: code });
      const response = await fetch(`/api/places/search?${params}`, { signal: controller.signal }).catch(() => null);
      if (response?.ok) setResults((await response.json()) as SettlementChoice[]);
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, code]);

  const choose = (choice: SettlementChoice) => {
    setName(choice.name);
    setCode(choice.country);
    setPoint({ lat: choice.lat, lon: choice.lon });
  };
  const pick = (picked: PickedPoint) => {
    setPoint({ lat: round(picked.lat), lon: round(picked.lon) });
    if (picked.country) setCode(picked.country);
  };
  return (
    <details className="place-resolver" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="button">{t.resolve}</summary>
      <label className="place-search">
        {t.search}
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} aria-describedby="place-search-hint" />
        <span className="muted" id="place-search-hint">{t.searchHint}</span>
      </label>
      {results && (
        <ul className="place-results" aria-live="polite">
          {results.length === 0 && <li className="muted">{t.nothingFound}</li>}
          {results.map((choice) => (
            <li key={`${choice.country}-${choice.name}-${choice.lat}`}>
              <button type="button" className="link-button" onClick={() => choose(choice)}>
                {choice.name}, {countries.find((item) => item.code === choice.country)?.name ?? choice.country}
              </button>{' '}
              <span className="muted">{choice.population === null ? t.fromGazetteer : t.population(choice.population)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t.mapHint}</p>
      {open && <PickerMap center={point ? [point.lat, point.lon] : center} point={point} onPick={pick} />}
      <form method="post" action="/api/places/aliases" className="correction-form" data-testid="place-alias-form">
        <input type="hidden" name="text" value={text} />
        <label>
          {t.name}
          <input name="name" value={name} onChange={(event) => setName(event.target.value)} required />
        </label>
        <label>
          {t.country}
          <select name="country" value={code} onChange={(event) => setCode(event.target.value)} required>
            <option value="" />
            <OptionList options={countries.map((item) => ({ value: item.code, label: item.name }))} />
          </select>
        </label>
        <label>
          {t.lat}
          <input name="lat" inputMode="decimal" value={point?.lat ?? ''} onChange={(event) => setPoint({ lat: Number(event.target.value), lon: point?.lon ?? 0 })} required />
        </label>
        <label>
          {t.lon}
          <input name="lon" inputMode="decimal" value={point?.lon ?? ''} onChange={(event) => setPoint({ lat: point?.lat ?? 0, lon: Number(event.target.value) })} required />
        </label>
        <label className="wide">
          {t.reason}
          <textarea name="reason" rows={2} required maxLength={1000} />
        </label>
        <button type="submit" className="button">
          {t.submit}
        </button>
      </form>
    </details>
  );
}

function round(degrees: number): number {
  return Math.round(degrees * 10_000) / 10_000;
}
