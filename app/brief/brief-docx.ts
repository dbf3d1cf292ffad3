/**
 * The Word download, assembled in the browser: the page's charts and map are already drawn here
 * (recharts and Leaflet render only on the client), so they are captured with html-to-image — as
 * the PNG exports do — at print resolution and laid into the document that lib/brief/docx.ts builds
 * from the page's own BriefData. Both libraries load on the first click only.
 */
import { saveBlob } from '@/app/_components/export/capture';
import type { BriefData, BriefImage } from '@/lib/brief/types';

/** ~300 dpi over the 165 mm text width of the page. */
const PIXEL_RATIO = 3;

async function captureFigures(root: ParentNode): Promise<BriefImage[]> {
  const { toPng } = await import('html-to-image');
  const nodes = [...root.querySelectorAll<HTMLElement>('[data-brief-figure]')];
  const images: BriefImage[] = [];
  for (const node of nodes) {
    const dataUrl = await toPng(node, { pixelRatio: PIXEL_RATIO, backgroundColor: '#ffffff', skipFonts: true });
    const base64 = dataUrl.split(',')[1] ?? '';
    images.push({
      title: node.dataset.briefFigure ?? '',
      data: Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)),
      width: node.offsetWidth,
      height: node.offsetHeight,
    });
  }
  return images;
}

export async function downloadBriefDocx(brief: BriefData, root: ParentNode): Promise<void> {
  const [{ Packer }, { buildBriefDocument }, images] = await Promise.all([import('docx'), import('@/lib/brief/docx'), captureFigures(root)]);
  const blob = await Packer.toBlob(buildBriefDocument(brief, images));
  saveBlob(blob, `spravka-${brief.filePeriod}.docx`);
}
