/**
 * The few DOM helpers the .docx reader needs, over @xmldom/xmldom. xmldom never fetches a DTD or
 * an external entity, and a malformed part is an error, not a partial read.
 */
import { DOMParser } from '@xmldom/xmldom';

export type XmlElement = Element;

const ELEMENT_NODE = 1;

/** The root element of an XML part; throws with the part's name when it is not well-formed. */
export function parseXml(xml: string, part: string): XmlElement {
  let document: Document;
  try {
    const onError = (level: string, message: string) => {
      if (level !== 'warning') throw new Error(message);
    };
    document = new DOMParser({ onError }).parseFromString(xml, 'application/xml') as unknown as Document;
  } catch (error) {
    throw new Error(`${part} is not well-formed XML (${(error as Error).message.split('\n')[0]})`);
  }
  const root = document.documentElement;
  if (!root) throw new Error(`${part} has no root element`);
  return root as unknown as XmlElement;
}

export function childElements(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE) out.push(node as XmlElement);
  }
  return out;
}

export function firstChild(element: XmlElement | null | undefined, localName: string): XmlElement | null {
  if (!element) return null;
  return childElements(element).find((child) => child.localName === localName) ?? null;
}

/** An attribute by its local name, whatever its prefix ("w:val" → "val"). */
export function attr(element: XmlElement | null | undefined, localName: string): string | null {
  if (!element) return null;
  for (let i = 0; i < element.attributes.length; i += 1) {
    const attribute = element.attributes.item(i);
    if (attribute && (attribute.localName ?? attribute.name) === localName) return attribute.value;
  }
  return null;
}
