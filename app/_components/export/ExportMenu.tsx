'use client';

import { useRef } from 'react';
import { dataHref, exportFileName, hasPicture, type FigureId } from '@/lib/export/figure-ids';
import { exportText as t } from '@/lib/i18n/ru';
import { captureSlidePng, captureSlideSvg, dataUrlToBlob, saveBlob } from './capture';
import { useExportTask } from './use-export-task';

interface Props {
  figure: FigureId;
  /** The figure's title: the menu's accessible name is "Скачать <title>". */
  title: string;
  /** The page's filters as a query string. */
  query: string;
  /** File-name part of the period ("2025-Q4"). */
  period: string;
}

/** "Скачать": the figure as a slide picture (PNG, SVG) and its data (XLSX, CSV). */
export function ExportMenu({ figure, title, query, period }: Props) {
  const menu = useRef<HTMLDetailsElement>(null);
  const { state, run } = useExportTask();
  const busy = state === 'busy';
  // The menu closes on a choice; the summary, which keeps the focus, shows the busy state.
  const close = () => {
    if (!menu.current) return;
    menu.current.open = false;
    menu.current.querySelector('summary')?.focus();
  };
  const savePicture = (format: 'png' | 'svg') =>
    run(async () => {
      close();
      const target = menu.current?.closest<HTMLElement>('[data-export-id]');
      if (!target) throw new Error(`No export target around the ${figure} menu`);
      const blob = format === 'png' ? dataUrlToBlob(await captureSlidePng(target)) : new Blob([await captureSlideSvg(target)], { type: 'image/svg+xml' });
      saveBlob(blob, exportFileName(figure, period, format));
    });
  return (
    <div className="export-menu" data-testid={`export-${figure}`}>
      <details ref={menu} aria-busy={busy}>
        <summary className="button">
          {busy ? t.busy : t.menu}
          <span className="visually-hidden"> {title}</span>
        </summary>
        <ul className="export-menu-list">
          {hasPicture(figure) && (
            <>
              <li>
                <button type="button" disabled={busy} onClick={() => savePicture('png')}>
                  {t.png}
                </button>
              </li>
              <li>
                <button type="button" disabled={busy} onClick={() => savePicture('svg')}>
                  {t.svg}
                </button>
              </li>
            </>
          )}
          <li>
            <a href={dataHref(figure, query, 'xlsx')} download onClick={close}>
              {t.xlsx}
            </a>
          </li>
          <li>
            <a href={dataHref(figure, query, 'csv')} download onClick={close}>
              {t.csv}
            </a>
          </li>
        </ul>
      </details>
      <span role="status" className="export-status">
        {state === 'failed' ? t.failed : ''}
      </span>
    </div>
  );
}
