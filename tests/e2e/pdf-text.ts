/**
 * Text of a PDF printed by Chromium, page by page, with each item's height on its page — read with
 * Mozilla's pdf.js (pdfjs-dist, legacy build for Node), since pdftotext is not on a fresh machine.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfItem {
  text: string;
  /** Distance from the bottom of the page, in points: larger is higher. */
  y: number;
}

export async function readPdfPages(bytes: Buffer): Promise<PdfItem[][]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfItem[][] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.flatMap((item) => ('str' in item && item.str.trim() ? [{ text: item.str.trim(), y: item.transform[5] as number }] : [])));
  }
  await pdf.destroy();
  return pages;
}
