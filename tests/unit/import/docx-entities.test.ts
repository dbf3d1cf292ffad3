/**
 * The .docx reader parses document XML with @xmldom/xmldom, which never fetches a DTD or an external entity;
 * and it reads only the document, numbering and styles parts, never a linked file. These tests pin
 * that down for uploads: an entity pointing at a local file, and nested entities (billion laughs).
 */
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { parseReportBytes } from '@/lib/import/import-report';
import { readTextTable } from '@/lib/ingest/table-text';
import { buildReportDocx } from '@/tests/fixtures/build-docx';
import { realReportText } from '@/tests/helpers/real-report';

async function docxWithDoctype(doctype: string, entity: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await buildReportDocx(readTextTable(realReportText())));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const withEntity = xml.replace(/^(<\?xml[^>]*\?>)/, `$1${doctype}`).replace('Реверсная бизнес-миссия из Республики Узбекистан', `Реверсная ${entity} миссия`);
  if (!withEntity.includes('<!DOCTYPE') || !withEntity.includes(entity)) throw new Error('the fixture did not take the entity');
  zip.file('word/document.xml', withEntity);
  return zip.generateAsync({ type: 'uint8array' });
}

async function titlesOrError(bytes: Uint8Array): Promise<string> {
  try {
    return (await parseReportBytes(bytes, 'entity.docx')).events.map((event) => event.title).join('\n');
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

describe('.docx with XML entities', () => {
  test('an external entity naming a local file is never resolved', async () => {
    const bytes = await docxWithDoctype('<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', '&xxe;');
    expect(await titlesOrError(bytes)).not.toMatch(/root:/);
  });

  test('nested entities are not expanded into a huge text', async () => {
    const laughs = '<!DOCTYPE w:document [<!ENTITY a "hahahahahahahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>';
    const result = await titlesOrError(await docxWithDoctype(laughs, '&d;'));
    expect(result.length).toBeLessThan(20_000);
  });
});
