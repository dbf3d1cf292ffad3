'use client';

import { useSearchParams } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { parseFilters } from '@/lib/filters/filters';
import { phoneText } from '@/lib/i18n/ru';
import { filterChips } from '@/lib/filters/chips';

/**
 * On phones the filter bar is folded behind one button, "Фильтры (3)", and opens as a sheet from
 * the bottom of the screen; on wider screens (CSS, app/phone.css) the bar shows as always.
 */
export function FilterPanel({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const params = useSearchParams();
  const { filters } = parseFilters(new URLSearchParams(params.toString()));
  const active = filterChips(filters, { spheres: {}, countries: {} }).filter((chip) => chip.key !== 'q').length;
  return (
    <div className={`filter-panel${open ? ' open' : ''}`}>
      <button type="button" className="button filter-toggle" aria-expanded={open} aria-controls="filter-sheet" onClick={() => setOpen(!open)}>
        {phoneText.filters(active)}
      </button>
      <div id="filter-sheet" className="filter-sheet">
        {children}
        <button type="button" className="button primary filter-close" onClick={() => setOpen(false)}>
          {phoneText.close}
        </button>
      </div>
    </div>
  );
}
