import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportFailure } from './import-draft';

export type XmlNode = Record<string, unknown>;

/**
 * Parses an XML file into plain objects after checking it is well formed (so a broken file is
 * reported with its line), refusing DOCTYPE declarations: project files never need them, and
 * entity expansion is how hostile XML blows up memory.
 */
export function readXml(text: string, repeated: readonly string[]): XmlNode {
  if (/<!DOCTYPE/i.test(text.slice(0, 4096)) || /<!ENTITY/i.test(text)) throw new ImportFailure({ code: 'xml-doctype', where: 'DOCTYPE' });
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new ImportFailure({ code: 'xml-broken', where: `line ${valid.err.line}`, detail: valid.err.msg });
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, parseAttributeValue: false, trimValues: true, isArray: (name) => repeated.includes(name) });
  try {
    return parser.parse(text) as XmlNode;
  } catch (error) {
    throw new ImportFailure({ code: 'xml-broken', where: 'file', detail: error instanceof Error ? error.message : String(error) });
  }
}

export const child = (node: unknown, name: string): XmlNode | undefined => {
  const value = node && typeof node === 'object' ? (node as XmlNode)[name] : undefined;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : undefined;
};
export const children = (node: unknown, name: string): XmlNode[] => {
  const value = node && typeof node === 'object' ? (node as XmlNode)[name] : undefined;
  return Array.isArray(value) ? value.filter((v): v is XmlNode => !!v && typeof v === 'object') : [];
};
/** Text of a child element, or of an attribute when `name` starts with @. */
export const text = (node: unknown, name: string): string => {
  const value = node && typeof node === 'object' ? (node as XmlNode)[name] : undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && typeof (value as XmlNode)['#text'] === 'string') return (value as XmlNode)['#text'] as string;
  return '';
};
