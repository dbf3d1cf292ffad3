/**
 * Reads named entries of a .docx (a zip) in memory, counting the bytes actually inflated.
 *
 * The declared sizes are checked first (zip-limits.ts), but an archive can lie about them: each
 * entry is inflated with zlib's `maxOutputLength`, so inflation stops at the cap whatever the
 * archive claims, and the caps are per entry and for the whole read. Pure: bytes in, strings out.
 */
import { inflateRawSync } from 'node:zlib';
import { DOCX_ZIP_LIMITS, listZipEntries, SATURATED_32, type ZipEntry, type ZipLimits } from './zip-limits';

const LOCAL_HEADER = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
const STORED = 0;
const DEFLATED = 8;

export interface ZipReadLimits extends ZipLimits {
  /** The most bytes one entry may inflate to. */
  maxEntryBytes: number;
}

export const DOCX_READ_LIMITS: ZipReadLimits = { ...DOCX_ZIP_LIMITS, maxEntryBytes: 64 * 1024 * 1024 };

/** The text of each wanted entry that the archive holds (UTF-8), by name; absent ones are left out. */
export function readZipTexts(bytes: Uint8Array, names: string[], limits: ZipReadLimits = DOCX_READ_LIMITS): Map<string, string> {
  const entries = listZipEntries(bytes, limits);
  const texts = new Map<string, string>();
  let budget = limits.maxUncompressedBytes;
  for (const name of names) {
    const entry = entries.find((candidate) => candidate.name === name);
    if (!entry) continue;
    const data = inflateEntry(bytes, entry, Math.min(limits.maxEntryBytes, budget));
    budget -= data.byteLength;
    texts.set(name, new TextDecoder().decode(data));
  }
  return texts;
}

function inflateEntry(bytes: Uint8Array, entry: ZipEntry, cap: number): Uint8Array {
  const raw = compressedData(bytes, entry);
  if (entry.method === STORED) {
    if (raw.byteLength > cap) throw overCap(entry, cap);
    return raw;
  }
  if (entry.method !== DEFLATED) throw new Error(`${entry.name} uses an unsupported zip compression method (${entry.method})`);
  try {
    return inflateRawSync(raw, { maxOutputLength: cap });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw overCap(entry, cap);
    throw new Error(`${entry.name} cannot be unpacked (${(error as Error).message})`);
  }
}

function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.compressedSize === SATURATED_32 || entry.localHeader === SATURATED_32) {
    throw new Error(`${entry.name} is a ZIP64 entry, which a report document never needs`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeader;
  if (header + LOCAL_HEADER_SIZE > bytes.byteLength || view.getUint32(header, true) !== LOCAL_HEADER) {
    throw new Error(`the zip entry ${entry.name} is corrupt`);
  }
  const start = header + LOCAL_HEADER_SIZE + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) throw new Error(`the zip entry ${entry.name} is truncated`);
  return bytes.subarray(start, end);
}

function overCap(entry: ZipEntry, cap: number): Error {
  const mb = Math.round(cap / (1024 * 1024));
  return new Error(`${entry.name} unpacks to more than ${mb} MB (it declares ${entry.declaredSize} bytes): refused as a zip bomb`);
}
