import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The text of a PDF and its number of pages, as poppler-utils (pdftotext, pdfinfo) read them. */
export function readPdf(pdf: Buffer): { text: string; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-pdf-'));
  const file = join(dir, 'document.pdf');
  writeFileSync(file, pdf);
  // -raw keeps the order the text was drawn in, so a table cell's wrapped lines stay together.
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text, pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]) };
}
