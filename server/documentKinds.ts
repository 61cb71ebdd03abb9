import { boardDocumentKind } from './boards/documentKind';
import { cardsDocumentKind } from './cards/documentKind';
import { caseDocumentKind } from './cases/documentKind';
import { noteWallDocumentKind } from './meetings/documentKind';
import { minutesDocumentKind } from './meetings/minutesKind';
import type { DocumentKind } from './realtime/documentKind';

/** Every kind of realtime document, as the features define them (docs/realtime.md). */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  boardDocumentKind,
  caseDocumentKind,
  cardsDocumentKind,
  noteWallDocumentKind,
  minutesDocumentKind,
];
