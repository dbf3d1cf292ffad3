/**
 * Pictures of an export target: the slide frame captured as a PNG at twice its CSS size (html-to-image,
 * loaded on first use) or written out as plain SVG, and the browser download of the result.
 */
import { buildSlideFrame, SLIDE } from './slide-frame';
import { frameToSvg } from './slide-svg';

const PIXEL_RATIO = 2;
const LOAD_WAIT_MS = 10_000;

/** The map and the charts load lazily: a deck asked for right after the page opens waits for them. */
async function figureLoaded(target: HTMLElement): Promise<void> {
  const deadline = Date.now() + LOAD_WAIT_MS;
  while (target.querySelector('.map-skeleton, .chart-skeleton') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}

async function withFrame<T>(target: HTMLElement, capture: (frame: HTMLElement) => Promise<T> | T): Promise<T> {
  await figureLoaded(target);
  const frame = await buildSlideFrame(target);
  try {
    return await capture(frame);
  } finally {
    frame.remove();
  }
}

/** A 3200×1800 PNG as a data URL (the deck embeds the same image). */
export async function captureSlidePng(target: HTMLElement): Promise<string> {
  const { toPng } = await import('html-to-image');
  return withFrame(target, (frame) =>
    toPng(frame, {
      width: SLIDE.width,
      height: SLIDE.height,
      pixelRatio: PIXEL_RATIO,
      backgroundColor: '#ffffff',
      // No web fonts to embed (system fonts), and reading cross-origin style sheets would throw.
      skipFonts: true,
      // The frame sits off screen; its copy inside the picture must not.
      style: { position: 'static', left: '0', top: '0' },
    }),
  );
}

export function captureSlideSvg(target: HTMLElement): Promise<string> {
  return withFrame(target, frameToSvg);
}

export function dataUrlToBlob(dataUrl: string): Blob {
  const [head = '', base64 = ''] = dataUrl.split(',');
  const type = /^data:([^;]+)/.exec(head)?.[1] ?? 'application/octet-stream';
  return new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], { type });
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
