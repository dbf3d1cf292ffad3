/**
 * The off-screen "slide" a picture export is taken from: a 1600×900 frame with the figure's title,
 * the period and filters, a copy of the chart or map scaled to fill the space, its note and the
 * source line. The copy is a clone of the live DOM, so the picture is exactly what is on screen.
 */
import { exportText } from '@/lib/i18n/ru';
import { readSlideText } from './export-target';

export const SLIDE = { width: 1600, height: 900 } as const;

/** What a figure draws: a recharts chart or the events map (with its legend). */
const PICTURE = '.chart, .events-map';
/** Interactive parts that have no place on a slide. */
const LEFT_OUT = ['.recharts-tooltip-wrapper', '.map-layers', '.leaflet-control-container', '.leaflet-tooltip-pane', '.leaflet-popup-pane'];

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** A slide cannot be clicked: sentences telling the reader to click ("Нажмите …") stay on the page. */
export function withoutHints(note: string | undefined): string {
  return (note ?? '')
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !/^нажмите\s/i.test(sentence))
    .join(' ');
}

/** Builds the frame for `target` and attaches it to the page (off screen); remove it when done. */
export function buildSlideFrame(target: HTMLElement): HTMLElement {
  const picture = target.querySelector<HTMLElement>(PICTURE);
  if (!picture) throw new Error('The export target holds no chart or map');
  const text = readSlideText(target);
  const credit = target.querySelector('.leaflet-control-attribution')?.textContent?.trim();
  const frame = element('div', 'slide-frame');
  const body = element('div', 'slide-body');
  frame.append(element('h2', 'slide-title', text.title), element('p', 'slide-subtitle', text.subtitle), body);
  const note = withoutHints(text.note);
  if (note) frame.append(element('p', 'slide-note', note));
  frame.append(element('p', 'slide-source', credit ? `${text.source} · ${exportText.mapCredit(credit)}` : text.source));
  document.body.append(frame);
  placeCopy(body, picture);
  return frame;
}

/**
 * A clone of the picture at its on-screen width, scaled (keeping its proportions) to fit the box.
 * Its HTML legend may be set larger first (--slide-scale, globals.css), so the height is measured
 * after that.
 */
function placeCopy(body: HTMLElement, picture: HTMLElement): void {
  const { width, height } = picture.getBoundingClientRect();
  const fit = (h: number) => Math.min(body.clientWidth / width, body.clientHeight / h);
  const copy = picture.cloneNode(true) as HTMLElement;
  copy.querySelectorAll(LEFT_OUT.join(', ')).forEach((node) => node.remove());
  Object.assign(copy.style, { width: `${width}px`, margin: '0', transformOrigin: '0 0' });
  const holder = element('div', 'slide-picture');
  holder.style.setProperty('--slide-scale', String(fit(height)));
  holder.append(copy);
  body.append(holder);
  const scale = fit(copy.offsetHeight);
  copy.style.transform = `scale(${scale})`;
  Object.assign(holder.style, { width: `${width * scale}px`, height: `${copy.offsetHeight * scale}px` });
  holder.dataset.scale = String(scale);
}
