/**
 * Zip-bomb guard for uploaded .docx files: reads the zip's central directory (APPNOTE.TXT 4.3.12,
 * 4.3.16; ZIP64 4.3.14, 4.3.15, 4.5.3) and rejects archives that declare too many entries or too
 * many uncompressed bytes, before anything is inflated.
 *
 * It trusts the declared sizes: an archive that lies about them is caught only by the inflater.
 * Pure: works on bytes in memory.
 */

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
}

export interface ZipSummary {
  entries: number;
  uncompressedBytes: number;
}

export const DOCX_ZIP_LIMITS: ZipLimits = { maxEntries: 2000, maxUncompressedBytes: 200 * 1024 * 1024 };

/** One central-directory record: where the entry's data starts and how it is stored. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeader: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
const EOCD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const MAX_COMMENT = 0xffff;
/** A 32-bit size or offset field at its maximum: the real value is in the zip64 extra field. */
export const SATURATED_32 = 0xffffffff;

interface Directory {
  start: number;
  end: number;
  declaredEntries: number;
}

/** Throws an Error saying why when the archive is unreadable or over the limits. */
export function checkZipLimits(bytes: Uint8Array, limits: ZipLimits = DOCX_ZIP_LIMITS): ZipSummary {
  const entries = listZipEntries(bytes, limits);
  return { entries: entries.length, uncompressedBytes: entries.reduce((sum, entry) => sum + entry.declaredSize, 0) };
}

/** The central directory's records, checked against the declared limits (see checkZipLimits). */
export function listZipEntries(bytes: Uint8Array, limits: ZipLimits = DOCX_ZIP_LIMITS): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = findDirectory(view);
  if (dir.declaredEntries > limits.maxEntries) throw tooManyEntries(dir.declaredEntries, limits);
  const entries: ZipEntry[] = [];
  let declaredTotal = 0;
  let pos = dir.start;
  while (pos < dir.end) {
    if (pos + CENTRAL_HEADER_SIZE > dir.end || view.getUint32(pos, true) !== CENTRAL_HEADER) {
      throw new Error('the zip central directory is corrupt');
    }
    const entry = entryAt(view, pos);
    entries.push(entry);
    declaredTotal += entry.declaredSize;
    if (entries.length > limits.maxEntries) throw tooManyEntries(entries.length, limits);
    if (declaredTotal > limits.maxUncompressedBytes) throw tooLarge(declaredTotal, limits);
    pos += CENTRAL_HEADER_SIZE + view.getUint16(pos + 28, true) + view.getUint16(pos + 30, true) + view.getUint16(pos + 32, true);
  }
  return entries;
}

function entryAt(view: DataView, pos: number): ZipEntry {
  const nameLength = view.getUint16(pos + 28, true);
  const nameStart = pos + CENTRAL_HEADER_SIZE;
  if (nameStart + nameLength > view.byteLength) throw new Error('the zip central directory is truncated');
  const name = new TextDecoder().decode(new Uint8Array(view.buffer, view.byteOffset + nameStart, nameLength));
  return {
    name,
    method: view.getUint16(pos + 10, true),
    compressedSize: view.getUint32(pos + 20, true),
    declaredSize: entrySize(view, pos),
    localHeader: view.getUint32(pos + 42, true),
  };
}

/**
 * Locates the central directory from the End Of Central Directory record. The directory is taken to
 * end where that record (or its ZIP64 form) starts, which also copes with data prepended to the zip.
 */
function findDirectory(view: DataView): Directory {
  const eocd = findEocd(view);
  if (eocd < 0) throw new Error('no zip central directory found (not a zip file, or truncated)');
  const locator = eocd - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) return zip64Directory(view, locator);
  const size = view.getUint32(eocd + 12, true);
  return checked({ start: eocd - size, end: eocd, declaredEntries: view.getUint16(eocd + 10, true) });
}

function zip64Directory(view: DataView, locator: number): Directory {
  const record = readUint64(view, locator + 8);
  if (record + 56 > locator || view.getUint32(record, true) !== ZIP64_EOCD) {
    throw new Error('the ZIP64 end of central directory record is corrupt');
  }
  const size = readUint64(view, record + 40);
  return checked({ start: record - size, end: record, declaredEntries: readUint64(view, record + 32) });
}

function checked(dir: Directory): Directory {
  if (dir.start < 0) throw new Error('the zip central directory is truncated');
  return dir;
}

/** Scans back from the end: the record is 22 bytes plus a comment of up to 65 535 bytes. */
function findEocd(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let pos = last; pos >= first; pos -= 1) {
    if (view.getUint32(pos, true) === EOCD) return pos;
  }
  return -1;
}

/** The declared uncompressed size; a saturated 32-bit field defers to the ZIP64 extra field. */
function entrySize(view: DataView, header: number): number {
  const size = view.getUint32(header + 24, true);
  if (size !== SATURATED_32) return size;
  const nameLength = view.getUint16(header + 28, true);
  let pos = header + CENTRAL_HEADER_SIZE + nameLength;
  const end = Math.min(pos + view.getUint16(header + 30, true), view.byteLength);
  while (pos + 4 <= end) {
    const id = view.getUint16(pos, true);
    const length = view.getUint16(pos + 2, true);
    if (id === ZIP64_EXTRA && length >= 8) return readUint64(view, pos + 4);
    pos += 4 + length;
  }
  return size;
}

function readUint64(view: DataView, pos: number): number {
  if (pos < 0 || pos + 8 > view.byteLength) throw new Error('the zip central directory is truncated');
  return Number(view.getBigUint64(pos, true));
}

function tooManyEntries(entries: number, limits: ZipLimits): Error {
  return new Error(`the archive holds ${entries} entries, over the limit of ${limits.maxEntries}`);
}

function tooLarge(bytes: number, limits: ZipLimits): Error {
  const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
  return new Error(`the archive would unpack to at least ${mb(bytes)}, over the limit of ${mb(limits.maxUncompressedBytes)}`);
}
