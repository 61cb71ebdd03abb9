import './furigana.css';
import type { Ruby, RubySegment } from '../../../shared/readings/ruby';

/**
 * Text with its readings as <ruby> elements. The reading is hidden from assistive technology
 * (aria-hidden on <rt>), so a screen reader says each word once, as written; Chromium's
 * accessibility tree then names the text by its base alone (e2e/furigana.spec.ts checks it).
 */
export function RubyText({ ruby }: { ruby: Ruby }) {
  return ruby.map(rubySegment);
}

export function rubySegment(segment: RubySegment, place: number) {
  if (typeof segment === 'string') return segment;
  return (
    // The segments of a text never reorder, so their place is their identity.
    <ruby key={place}>
      {segment[0]}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: <rt> is never focusable; hidden, the reading is not read out after its word */}
      <rt aria-hidden="true">{segment[1]}</rt>
    </ruby>
  );
}
