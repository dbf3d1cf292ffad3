/**
 * The off-screen "slide" a picture export is taken from: a 1600×900 frame with the figure's title,
 * the period and filters, a copy of the chart or map scaled to fill the space, its note and the
 * source line. The copy is a clone of the live DOM, so the picture is what is on screen; a chart is
 * first laid out again at the width that lets it fill the frame (see relayout).
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

/**
 * A chart is enlarged at least this much on the slide: its 12 px labels then measure 15.6 px of the
 * 1600 px frame, 14 pt at 1920×1080. Ten bars and "прочие" (lib/figures BAR_LIMIT) stay above it.
 */
const MIN_CHART_SCALE = 1.3;
/** A chart with a few bars is enlarged at most this much, so its bars do not turn into slabs. */
const MAX_CHART_SCALE = 2.4;
const LAYOUT_WAIT_MS = 3_000;
/** Leaflet's default renderer padding: its SVG reaches this share of the map's size beyond each side. */
const LEAFLET_PADDING = 0.1;

/** Builds the frame for `target` and attaches it to the page (off screen); remove it when done. */
export async function buildSlideFrame(target: HTMLElement): Promise<HTMLElement> {
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
  const restore = picture.matches('.chart') ? await relayout(picture, body) : await relayoutMap(picture, body);
  try {
    placeCopy(body, picture);
  } finally {
    await restore();
  }
  return frame;
}

/** Takes the picture out of the page for a new layout, a placeholder keeping its place; returns what puts it back. */
function liftOut(picture: HTMLElement): () => void {
  const placeholder = document.createElement('div');
  placeholder.style.height = `${picture.offsetHeight}px`;
  const saved = picture.getAttribute('style') ?? '';
  picture.before(placeholder);
  Object.assign(picture.style, { position: 'fixed', left: '-40000px', top: '0', width: `${picture.offsetWidth}px` });
  return () => {
    picture.setAttribute('style', saved);
    placeholder.remove();
  };
}

/**
 * The map has its page column's proportions (the overview's 320 px frame and legend in a half
 * column, about 5:3): scaled to the slide it filled about 70 % of its width. It is drawn again off
 * screen at the slide body's proportions: wider at the same height, so the picture fills the body's
 * width at the scale it had and shows more of the world, rather than stretching. The legend may wrap
 * into fewer lines at the new width, so a second pass fits the height it then takes. Leaflet redraws
 * on the window's resize event. Returns what puts it back.
 */
async function relayoutMap(picture: HTMLElement, body: HTMLElement): Promise<() => Promise<void>> {
  const container = picture.querySelector<HTMLElement>('.leaflet-container');
  if (!container) return async () => {};
  const putBack = liftOut(picture);
  // The legend stays on the slide; the layer toggles (LEFT_OUT) do not.
  const toggles = [...picture.querySelectorAll<HTMLElement>('.map-layers')].reduce((sum, node) => sum + node.offsetHeight, 0);
  for (let pass = 0; pass < 2; pass += 1) {
    const width = Math.round(((picture.offsetHeight - toggles) * body.clientWidth) / body.clientHeight);
    if (Math.abs(width - picture.offsetWidth) <= 1) break;
    picture.style.width = `${width}px`;
    await leafletRedrawn(container);
  }
  return async () => {
    putBack();
    await leafletRedrawn(container);
  };
}

/**
 * Tells Leaflet its container changed size (it listens to the window's resize) and waits until its
 * vector layers are drawn for the new size: their SVG is the map's size plus Leaflet's default
 * padding (0.1 of it on each side), set when the debounced moveend fires.
 */
async function leafletRedrawn(container: HTMLElement): Promise<void> {
  window.dispatchEvent(new Event('resize'));
  const deadline = Date.now() + LAYOUT_WAIT_MS;
  const padded = (size: number) => size * (1 + 2 * LEAFLET_PADDING);
  const fits = (svg: SVGSVGElement) =>
    Math.abs(Number(svg.getAttribute('width')) - padded(container.clientWidth)) <= 2 && Math.abs(Number(svg.getAttribute('height')) - padded(container.clientHeight)) <= 2;
  const drawn = () => [...container.querySelectorAll<SVGSVGElement>('.leaflet-overlay-pane svg')].every(fits);
  while (!drawn() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * A chart drawn in a page column is narrow: scaled to the frame's height it would fill a third of its
 * width (issue 14). Its height does not depend on its width (a row per bar), so the scale that fills
 * the frame's height is known first; the chart is then laid out again, off screen, at the frame's
 * width divided by that scale (recharts redraws at its container's width), cloned, and put back.
 * A placeholder keeps its place on the page meanwhile. Returns the function that puts it back.
 */
async function relayout(picture: HTMLElement, body: HTMLElement): Promise<() => Promise<void>> {
  const scaleFor = (height: number) => Math.min(MAX_CHART_SCALE, Math.max(MIN_CHART_SCALE, body.clientHeight / height));
  const putBack = liftOut(picture);
  // Notes under the chart wrap differently at the new width: a second pass fits the height they take.
  let height = picture.offsetHeight;
  for (let pass = 0; pass < 2; pass += 1) {
    const width = Math.floor(body.clientWidth / scaleFor(height));
    picture.style.width = `${width}px`;
    await redrawnAt(picture, width);
    if (picture.offsetHeight === height) break;
    height = picture.offsetHeight;
  }
  return async () => putBack();
}

/** Waits until recharts has drawn the chart at `width` (its ResizeObserver runs after layout). */
async function redrawnAt(picture: HTMLElement, width: number): Promise<void> {
  const deadline = Date.now() + LAYOUT_WAIT_MS;
  const drawn = () => [...picture.querySelectorAll<SVGSVGElement>('svg.recharts-surface')].every((svg) => Math.abs(svg.width.baseVal.value - width) <= 2);
  while (!drawn() && Date.now() < deadline) await new Promise((resolve) => requestAnimationFrame(resolve));
  // One more frame: recharts lays out its ticks and labels in the render after the resize.
  await new Promise((resolve) => requestAnimationFrame(resolve));
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
  // A chart laid out off screen (relayout) carries that placement: the copy sits in the frame.
  Object.assign(copy.style, { position: 'static', left: '', top: '', width: `${width}px`, margin: '0', transformOrigin: '0 0' });
  const holder = element('div', 'slide-picture');
  holder.style.setProperty('--slide-scale', String(fit(height)));
  holder.append(copy);
  body.append(holder);
  const scale = fit(copy.offsetHeight);
  copy.style.transform = `scale(${scale})`;
  Object.assign(holder.style, { width: `${width * scale}px`, height: `${copy.offsetHeight * scale}px` });
  holder.dataset.scale = String(scale);
}
