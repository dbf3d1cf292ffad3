/**
 * The read edge of an import: bytes → ReportTable. Decides the form by content, not by name:
 * a zip (PK\x03\x04) is read as .docx, anything else must be text — UTF-8 (with or without
 * BOM) or Windows-1251. Binary data, other encodings and corrupt documents are rejected.
 */
import { ReportError } from '@/lib/ingest/errors';
import { readDocxTable } from '@/lib/ingest/table-docx';
import { readTextTable } from '@/lib/ingest/table-text';
import type { ReportTable } from '@/lib/ingest/types';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function readReportBytes(bytes: Uint8Array): Promise<ReportTable> {
  if (bytes.length === 0) throw new ReportError('empty', 'the file is empty');
  if (startsWith(bytes, ZIP_MAGIC)) return readDocx(bytes);
  return readTextTable(decodeText(bytes));
}

async function readDocx(bytes: Uint8Array): Promise<ReportTable> {
  try {
    return await readDocxTable(bytes);
  } catch (error) {
    throw new ReportError('unreadable', `not a readable .docx document (${(error as Error).message})`);
  }
}

/** UTF-8 when the bytes are valid UTF-8, else Windows-1251 when they look like Cyrillic text. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new ReportError('not_a_report', 'UTF-16 text is not supported: save the report as UTF-8 or as .docx');
  }
  if (bytes.includes(0)) throw new ReportError('not_a_report', 'binary data, not a text or .docx report');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const text = new TextDecoder('windows-1251').decode(bytes);
    if (looksLikeCyrillic(text)) return text;
    throw new ReportError('not_a_report', 'the text is neither UTF-8 nor Windows-1251');
  }
}

/** Most letters of a Russian report are Cyrillic; a wrong decoding yields mostly other symbols. */
function looksLikeCyrillic(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const cyrillic = letters.filter((letter) => /[А-Яа-яЁё]/.test(letter));
  return letters.length > 0 && cyrillic.length / letters.length > 0.5;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}
