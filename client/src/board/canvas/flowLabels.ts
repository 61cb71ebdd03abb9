import type { AriaLabelConfig } from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** React Flow's screen-reader texts in the page's language. */
export function useFlowLabels(): Partial<AriaLabelConfig> {
  const { t } = useTranslation('board');
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('flow.nodeA11yDescriptionDefault'),
      'node.a11yDescription.keyboardDisabled': t('flow.nodeA11yDescriptionKeyboardDisabled'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
        t('flow.nodeA11yDescriptionAriaLiveMessage', { direction, x, y }),
      'edge.a11yDescription.default': t('flow.edgeA11yDescriptionDefault'),
      'controls.ariaLabel': t('flow.controlsAriaLabel'),
      'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
      'controls.fitView.ariaLabel': t('flow.fitView'),
      'controls.interactive.ariaLabel': t('flow.interactive'),
      'minimap.ariaLabel': t('flow.minimap'),
      'handle.ariaLabel': t('flow.handle'),
    }),
    [t],
  );
}
