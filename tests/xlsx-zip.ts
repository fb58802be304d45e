// Test helper: the entries of a zip file (an XLSX) read with node's zlib, so a test can look at the raw sheet XML.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;

/** Every entry of the zip at `path`, name → content as UTF-8 text (stored and deflated entries; no zip64). */
export function readZipEntries(path: string): Map<string, string> {
  const zip = readFileSync(path);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end -= 1;
  if (end < 0) throw new Error(`${path}: not a zip file`);
  const entryCount = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries = new Map<string, string>();
  for (let index = 0; index < entryCount; index += 1) {
    if (zip.readUInt32LE(offset) !== CENTRAL_FILE_HEADER) throw new Error(`${path}: bad central directory`);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    entries.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The sheet names of a workbook in order, with the zip entry of each sheet's XML. */
export function workbookSheets(entries: Map<string, string>): { name: string; entry: string }[] {
  const workbook = entries.get('xl/workbook.xml') ?? '';
  const relations = entries.get('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const match of relations.matchAll(/<Relationship\b[^>]*>/gu)) {
    const id = /Id="([^"]+)"/u.exec(match[0])?.[1];
    const target = /Target="([^"]+)"/u.exec(match[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/u, 'xl/'));
  }
  return [...workbook.matchAll(/<sheet\b[^>]*>/gu)].map((match) => {
    const name = /name="([^"]+)"/u.exec(match[0])?.[1] ?? '';
    const id = /r:id="([^"]+)"/u.exec(match[0])?.[1] ?? '';
    return { name: name.replaceAll('&amp;', '&'), entry: targets.get(id) ?? '' };
  });
}
