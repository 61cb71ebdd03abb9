import { useLocation, useNavigationType } from 'react-router';

// Becomes true at the first navigation the person makes (a link, a form, back/forward). Until
// then every location, redirects included, is part of loading the page, and the focus stays at
// the top so the skip link comes first.
let personHasNavigated = false;

/** Called by the layout on every render, before any page heading renders. */
export function useTrackNavigation(): void {
  const { key } = useLocation();
  const type = useNavigationType();
  if (key !== 'default' && type !== 'REPLACE') personHasNavigated = true;
}

export function shouldFocusHeading(): boolean {
  return personHasNavigated;
}
