// prefers-reduced-motion: people whom movement on screen makes dizzy or distracts. Motion that
// only helps orientation (a pan to where the followed person looks, a scroll to the summoned
// part) is left out for them; styles.css stops CSS animations and transitions.
const REDUCE = '(prefers-reduced-motion: reduce)';

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia(REDUCE).matches;
}

/** How long a pan or zoom takes: none when the person asked for less motion. */
export function panDuration(): number {
  return prefersReducedMotion() ? 0 : 300;
}
