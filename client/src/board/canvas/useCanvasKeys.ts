// The canvas's own keys (each also has a button): Enter opens the focused agency in the side
// panel, C ties the selected one, Shift+Enter or Enter on a selected tie edits it, M shows or
// hides the overview. Arrow keys and T belong to the roving focus (useRovingFocus.ts).
import type { KeyboardEvent } from 'react';
import type { Agency } from '../../../../shared/board/agency';
import type { Tie } from '../../../../shared/board/tie';
import { isTyping } from '../keyboardTarget';
import { agencyIdOf, tieIdOf } from './useRovingFocus';

type Keys = {
  readOnly: boolean;
  agencies: readonly Agency[];
  /** The one selected agency, if exactly one is. */
  single: Agency | undefined;
  /** The one selected tie, if exactly one is. */
  singleTie: Tie | undefined;
  onSelection: (ids: string[]) => void;
  onEdit: (agency: Agency) => void;
  onEditTie: (tie: Tie) => void;
  onConnectFrom: (agencyId: string) => void;
  onToggleMiniMap: () => void;
};

export function useCanvasKeys({
  readOnly,
  agencies,
  single,
  singleTie,
  onSelection,
  onEdit,
  onEditTie,
  onConnectFrom,
  onToggleMiniMap,
}: Keys) {
  return (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (event.key.toLowerCase() === 'm' && !event.shiftKey) {
      onToggleMiniMap();
      return;
    }
    if (readOnly) return;
    const focused = agencyIdOf(event.target);
    const agency = focused ? agencies.find((a) => a.id === focused) : undefined;
    if (agency && event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      onSelection([agency.id]);
      onEdit(agency);
      return;
    }
    // Enter on a focused tie selects it (React Flow); Enter again, or Shift+Enter, edits it.
    if (
      singleTie &&
      event.key === 'Enter' &&
      (event.shiftKey || tieIdOf(event.target) === singleTie.id)
    ) {
      event.preventDefault();
      onEditTie(singleTie);
      return;
    }
    if (!single) return;
    if (event.key === 'c' || event.key === 'C') {
      event.preventDefault();
      onConnectFrom(single.id);
    } else if (event.key === 'Enter' && event.shiftKey) {
      event.preventDefault();
      onEdit(single);
    }
  };
}
