// The pieces every DOCX the council hands in is made of (the `docx` library): A4 pages with
// margins, a Japanese font for East Asian text, page numbers in the footer, headings, paragraphs,
// lists and tables. One text is one run, so a document's XML holds each entry whole.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

const MINCHO = 'Noto Serif CJK JP';
const GOTHIC = 'Noto Sans CJK JP';
// A4 in twentieths of a point, with 25 mm margins.
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1418;

export type Block = Paragraph | Table;

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  return new Paragraph({ heading: LEVELS[level - 1], children: [new TextRun(text)] });
}

export function title(text: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.TITLE,
    alignment: AlignmentType.CENTER,
    children: [new TextRun(text)],
  });
}

/** A paragraph; the lines of a multi-line text stay lines. */
export function para(text: string, options: { align?: 'right' | 'center' } = {}): Paragraph {
  const lines = text.split(/\r?\n/);
  return new Paragraph({
    alignment:
      options.align === 'right'
        ? AlignmentType.RIGHT
        : options.align === 'center'
          ? AlignmentType.CENTER
          : undefined,
    children: lines.map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0 })),
  });
}

export function bullets(items: readonly string[]): Paragraph[] {
  return items.map(
    (item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }),
  );
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '666666' };
const borders = { top: border, bottom: border, left: border, right: border };

/**
 * A table with a shaded header row; each cell a list of texts, one paragraph each. Columns share
 * the width equally unless `widths` (percentages) says otherwise.
 */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[][])[],
  widths?: readonly number[],
): Table {
  const share = (column: number) => widths?.[column] ?? Math.floor(100 / headers.length);
  const cell = (texts: readonly string[], column: number, header = false) =>
    new TableCell({
      borders,
      width: { size: share(column), type: WidthType.PERCENTAGE },
      shading: header ? { type: ShadingType.CLEAR, fill: 'E8EEF4', color: 'auto' } : undefined,
      children:
        texts.length === 0
          ? [new Paragraph('')]
          : texts.map(
              (text) =>
                new Paragraph({ children: [new TextRun({ text, bold: header, size: 18 })] }),
            ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell([h], i, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((texts, i) => cell(texts, i)) })),
    ],
  });
}

/** The document: one A4 section, page numbers "n / N" centred in the footer. */
export async function docxFile(meta: { title: string; creator: string }, blocks: Block[]) {
  const doc = new Document({
    title: meta.title,
    creator: meta.creator,
    styles: {
      default: {
        document: { run: { font: { ascii: MINCHO, eastAsia: MINCHO, hAnsi: MINCHO }, size: 21 } },
        heading1: { run: { font: { eastAsia: GOTHIC, ascii: GOTHIC }, size: 28, bold: true } },
        heading2: { run: { font: { eastAsia: GOTHIC, ascii: GOTHIC }, size: 24, bold: true } },
        heading3: { run: { font: { eastAsia: GOTHIC, ascii: GOTHIC }, size: 22, bold: true } },
        title: { run: { font: { eastAsia: GOTHIC, ascii: GOTHIC }, size: 36, bold: true } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: blocks,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
