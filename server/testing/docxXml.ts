import { strFromU8, unzipSync } from 'fflate';

/** The text of a DOCX's main part (word/document.xml): what the document says, to check it. */
export function docxXml(body: Uint8Array): string {
  const files = unzipSync(new Uint8Array(body));
  const xml = files['word/document.xml'];
  if (!xml) throw new Error(`no word/document.xml in ${Object.keys(files).join(', ')}`);
  return strFromU8(xml);
}
