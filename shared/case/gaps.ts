// The gaps a conference looks for: a transition where nobody takes over, a time window of the
// emergency plan with nobody to call or nobody who goes, and agreed actions left past their date.
import type { ActionItem } from './actionItem';
import { EMERGENCY_WINDOWS, type EmergencyEntry, type EmergencyWindow } from './emergencyPlan';
import type { TimelineEntry } from './lifeTimeline';

/** Transitions with nobody named to take over support. */
export function transitionsWithoutSuccessor(timeline: readonly TimelineEntry[]): TimelineEntry[] {
  return timeline.filter((e) => e.kind === 'transition' && e.takesOver.length === 0);
}

export type EmergencyGap = { window: EmergencyWindow; missing: ('call' | 'goes')[] };

/** Windows where nobody is named to call or to go: an emergency that will become a crisis. */
export function emergencyGaps(
  plan: Readonly<Record<EmergencyWindow, EmergencyEntry | null>>,
): EmergencyGap[] {
  return EMERGENCY_WINDOWS.map((window) => ({
    window,
    missing: (['call', 'goes'] as const).filter((field) => !plan[window]?.[field]),
  })).filter((gap) => gap.missing.length > 0);
}

/** Unfinished actions whose due date is before `today` (YYYY-MM-DD). */
export function overdueActions(actions: readonly ActionItem[], today: string): ActionItem[] {
  return actions.filter((a) => a.status !== 'done' && a.due !== undefined && a.due < today);
}
