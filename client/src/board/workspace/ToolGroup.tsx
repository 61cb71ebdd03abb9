import type { ReactNode } from 'react';

/**
 * Toolbar buttons for one task (view, add, arrange, export), under a visible word: the reader sees
 * what the buttons are for, and a screen reader hears the group's name on entering it.
 */
export function ToolGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <fieldset className="tool-group">
      <legend className="tool-group-label">{label}</legend>
      <div className="tool-group-buttons">{children}</div>
    </fieldset>
  );
}
