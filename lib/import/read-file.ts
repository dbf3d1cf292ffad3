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
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF_MAGIC = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // "{\rtf"

export async function readReportBytes(bytes: Uint8Array): Promise<ReportTable> {
  if (bytes.length === 0) throw new ReportError('empty', 'the file is empty');
  if (startsWith(bytes, ZIP_MAGIC)) {
    refuseOpenDocument(bytes);
    return readDocxTable(bytes);
  }
  refuseLegacyWord(bytes);
  return readTextTable(decodeText(bytes));
}

const SAVE_AS_DOCX = 'open it in Word or LibreOffice and save it as .docx (Word document), then import that file';

/**
 * Word 97–2003 (.doc) and RTF files are refused with a way out: no well-kept JavaScript reader keeps
 * their table structure (cells, merges, numbering), and converting through LibreOffice would make
 * a 300 MB office suite a dependency of the server.
 */
function refuseLegacyWord(bytes: Uint8Array): void {
  if (startsWith(bytes, OLE2_MAGIC)) throw new ReportError('unsupported_format', `a Word 97–2003 (.doc) file cannot be read: ${SAVE_AS_DOCX}`);
  if (startsWith(bytes, RTF_MAGIC)) throw new ReportError('unsupported_format', `an RTF file cannot be read: ${SAVE_AS_DOCX}`);
}

/** An OpenDocument text (.odt) is a zip too; its first entry names its type in plain text. */
function refuseOpenDocument(bytes: Uint8Array): void {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 120));
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument')) {
    throw new ReportError('unsupported_format', `an OpenDocument (.odt) file cannot be read: ${SAVE_AS_DOCX}`);
  }
}

/** UTF-8 when the bytes are valid UTF-8, else Windows-1251 when they look like Cyrillic text. */
function decodeText(bytes: Uint8Array): string {
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
