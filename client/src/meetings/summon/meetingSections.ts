import { useEffect, useState } from 'react';
import { MEETING_SECTIONS, type MeetingSection } from '../../../../shared/meeting/summon';
import { isTyping } from '../../board/keyboardTarget';
import { prefersReducedMotion } from '../../layout/motion';

// The parts of the meeting page a summon names are the panels already there, each a section
// labelled by its heading (`agenda-title` in AgendaPanel, `notes-title` in NoteWall, …).

const sectionElement = (section: MeetingSection): HTMLElement | null =>
  document.getElementById(`${section}-title`)?.closest('section') ?? null;

function sectionOf(element: Element | null): MeetingSection | null {
  const section = element?.closest('section');
  return MEETING_SECTIONS.find((s) => section && sectionElement(s) === section) ?? null;
}

const visibleHeight = (element: Element) => {
  const box = element.getBoundingClientRect();
  return Math.max(0, Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0));
};

/**
 * The part of the page a person is looking at: the one holding what they last focused while that
 * is still on screen (a click or Tab says more than the scroll position), else the part that
 * fills most of the window.
 */
function sectionLookedAt(lastFocused: Element | null): MeetingSection {
  const focused = lastFocused?.isConnected ? sectionOf(lastFocused) : null;
  if (focused && lastFocused && visibleHeight(lastFocused) > 0) return focused;
  let best: MeetingSection = 'agenda';
  let most = 0;
  for (const section of MEETING_SECTIONS) {
    const element = sectionElement(section);
    const height = element ? visibleHeight(element) : 0;
    if (height > most) [best, most] = [section, height];
  }
  return best;
}

/** The part of the meeting page this person looks at now, kept current while `enabled`. */
export function useSectionLookedAt(enabled: boolean): MeetingSection {
  const [section, setSection] = useState<MeetingSection>('agenda');
  useEffect(() => {
    if (!enabled) return;
    let lastFocused: Element | null = null;
    let frame = 0;
    const look = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setSection(sectionLookedAt(lastFocused)));
    };
    const onFocus = (event: FocusEvent) => {
      // Focus outside every part (the summon bar itself) does not move the person anywhere.
      if (event.target instanceof Element && sectionOf(event.target)) lastFocused = event.target;
      look();
    };
    document.addEventListener('focusin', onFocus);
    window.addEventListener('scroll', look, { passive: true });
    look();
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('focusin', onFocus);
      window.removeEventListener('scroll', look);
    };
  }, [enabled]);
  return section;
}

/**
 * Scrolls a part of the page into view and puts the focus on its heading, so a screen reader
 * carries on from there, unless the person is typing in a field.
 */
export function bringIntoView(section: MeetingSection) {
  const element = sectionElement(section);
  if (!element) return;
  // A smooth scroll shows which way the page went; not for those who asked for less motion.
  element.scrollIntoView({
    block: 'start',
    behavior: prefersReducedMotion() ? 'instant' : 'smooth',
  });
  const heading = document.getElementById(`${section}-title`);
  if (!heading || isTyping(document.activeElement)) return;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}
