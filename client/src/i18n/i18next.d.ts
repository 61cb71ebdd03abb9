// Translation keys are typed from the Japanese texts (the default language; resources.test.ts
// keeps English in step), so `t('no.such.key')` fails the typecheck instead of showing the key.
import 'i18next';
import type { resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['ja'];
    returnNull: false;
    parseInterpolation: false;
  }
}
