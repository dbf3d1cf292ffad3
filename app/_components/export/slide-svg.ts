/**
 * A slide frame as a plain SVG document: text as <text> lines, coloured boxes as <rect>, charts and
 * map layers as nested <svg>. html-to-image's SVG wraps HTML in <foreignObject>, which PowerPoint,
 * Inkscape and Illustrator do not draw; this one opens in all of them.
 */
import { SLIDE } from './slide-frame';

interface Part {
  /** Stacking order (Leaflet panes); everything else is 0 and keeps document order. */
  z: number;
  markup: string;
}

interface Walk {
  origin: DOMRect;
  parts: Part[];
  clips: Map<Element, string>;
}

/** Share of a line box above the baseline, for common sans-serif fonts (DejaVu Sans: 0.928 / 1.164). */
const BASELINE = 0.8;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const round = (n: number) => Math.round(n * 100) / 100;
const visible = (color: string) => color !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(color);

export function frameToSvg(frame: HTMLElement): string {
  const walk: Walk = { origin: frame.getBoundingClientRect(), parts: [], clips: new Map() };
  frame.childNodes.forEach((child) => visit(child, walk));
  const clips = [...walk.clips].map(([node, id]) => `<clipPath id="${id}">${rect(box(node, walk), {})}</clipPath>`);
  const body = [...walk.parts].sort((a, b) => a.z - b.z).map((part) => part.markup);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE.width}" height="${SLIDE.height}" viewBox="0 0 ${SLIDE.width} ${SLIDE.height}">`,
    `<defs>${clips.join('')}</defs>`,
    `<rect width="${SLIDE.width}" height="${SLIDE.height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

function visit(node: Node, walk: Walk): void {
  if (node instanceof Text) return addText(node, walk);
  if (!(node instanceof Element) || getComputedStyle(node).display === 'none') return;
  if (node instanceof SVGSVGElement) return addSvg(node, walk);
  if (node instanceof HTMLImageElement) return add(walk, node, `<image href="${escape(node.src)}" ${position(box(node, walk))} preserveAspectRatio="none"/>`);
  if (node instanceof HTMLElement) addBox(node, walk);
  node.childNodes.forEach((child) => visit(child, walk));
}

function box(node: Element, walk: Walk): DOMRect {
  const r = node.getBoundingClientRect();
  return new DOMRect(r.x - walk.origin.x, r.y - walk.origin.y, r.width, r.height);
}

const position = (r: DOMRect) => `x="${round(r.x)}" y="${round(r.y)}" width="${round(r.width)}" height="${round(r.height)}"`;

function rect(r: DOMRect, paint: { fill?: string; stroke?: string; strokeWidth?: number; radius?: number }): string {
  const stroke = paint.stroke ? ` stroke="${paint.stroke}" stroke-width="${paint.strokeWidth ?? 1}"` : '';
  const radius = paint.radius ? ` rx="${round(paint.radius)}"` : '';
  return `<rect ${position(r)}${radius} fill="${paint.fill ?? 'none'}"${stroke}/>`;
}

/** Scale of the picture copy an element sits in (1 outside it). */
function scaleOf(node: Element): number {
  return Number(node.closest<HTMLElement>('[data-scale]')?.dataset.scale ?? 1);
}

/** Leaflet stacks its panes by z-index, not document order. */
function zOf(node: Element): number {
  const pane = node.closest<HTMLElement>('.leaflet-pane:not(.leaflet-map-pane)');
  return pane ? Number(getComputedStyle(pane).zIndex) || 0 : 0;
}

/** Wraps markup in the clip of the nearest ancestor that hides its overflow (the map frame). */
function add(walk: Walk, node: Element, markup: string): void {
  let clipper: Element | null = node.parentElement;
  while (clipper?.parentElement && getComputedStyle(clipper).overflow === 'visible') clipper = clipper.parentElement;
  if (!clipper?.closest('.slide-picture')) return void walk.parts.push({ z: zOf(node), markup });
  const id = walk.clips.get(clipper) ?? `clip${walk.clips.size + 1}`;
  walk.clips.set(clipper, id);
  walk.parts.push({ z: zOf(node), markup: `<g clip-path="url(#${id})">${markup}</g>` });
}

function addBox(node: HTMLElement, walk: Walk): void {
  const style = getComputedStyle(node);
  const strokeWidth = parseFloat(style.borderTopWidth) * scaleOf(node);
  const fill = visible(style.backgroundColor) ? style.backgroundColor : undefined;
  const stroke = strokeWidth > 0 && style.borderTopStyle !== 'none' && visible(style.borderTopColor) ? style.borderTopColor : undefined;
  if (!fill && !stroke) return;
  const r = box(node, walk);
  const radius = style.borderTopLeftRadius.endsWith('%') ? (Math.min(r.width, r.height) * parseFloat(style.borderTopLeftRadius)) / 100 : parseFloat(style.borderTopLeftRadius) * scaleOf(node);
  add(walk, node, rect(r, { fill, stroke, strokeWidth, radius }));
}

function addSvg(svg: SVGSVGElement, walk: Walk): void {
  const r = box(svg, walk);
  if (r.width === 0 || r.height === 0) return;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const style = getComputedStyle(svg);
  if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${svg.width.baseVal.value} ${svg.height.baseVal.value}`);
  for (const name of ['style', 'class', 'role', 'tabindex']) copy.removeAttribute(name);
  const attributes = { x: r.x, y: r.y, width: r.width, height: r.height, overflow: 'visible', 'font-family': style.fontFamily, 'font-size': style.fontSize, preserveAspectRatio: 'none' };
  for (const [name, value] of Object.entries(attributes)) copy.setAttribute(name, String(typeof value === 'number' ? round(value) : value));
  add(walk, svg, new XMLSerializer().serializeToString(copy));
}

function addText(node: Text, walk: Walk): void {
  const parent = node.parentElement;
  if (!parent || !node.data.trim()) return;
  const style = getComputedStyle(parent);
  if (style.visibility === 'hidden') return;
  const size = parseFloat(style.fontSize) * scaleOf(parent);
  const font = `font-family="${escape(style.fontFamily)}" font-size="${round(size)}" font-weight="${style.fontWeight}" font-style="${style.fontStyle}" fill="${style.color}"`;
  for (const line of textLines(node)) {
    const y = line.top - walk.origin.y + line.height * BASELINE;
    add(walk, parent, `<text x="${round(line.left - walk.origin.x)}" y="${round(y)}" ${font}>${escape(line.text)}</text>`);
  }
}

/** The text node's words grouped into the lines the browser laid out. */
function textLines(node: Text): { text: string; left: number; top: number; height: number }[] {
  const range = document.createRange();
  const lines: { text: string; left: number; top: number; height: number }[] = [];
  for (const word of node.data.matchAll(/\S+/g)) {
    range.setStart(node, word.index);
    range.setEnd(node, word.index + word[0].length);
    const r = range.getBoundingClientRect();
    if (r.width === 0) continue;
    const last = lines.at(-1);
    if (last && Math.abs(last.top - r.top) < r.height / 2) last.text += ` ${word[0]}`;
    else lines.push({ text: word[0], left: r.left, top: r.top, height: r.height });
  }
  return lines;
}
