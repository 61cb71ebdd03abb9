import { useTranslation } from 'react-i18next';
import type { SecondFactorSetupView } from '../../../shared/api';
import { TextField } from '../forms/Field';
import { FormFrame } from '../forms/FormFrame';
import { useForm } from '../forms/useForm';
import { QrImage } from '../layout/QrImage';
import { appCodeSchema, typedCode } from './codeFields';
import { twoStepApi } from './twoStepEndpoints';

// Registering an authenticator app: scan the QR code (or type the key), then prove it works with
// one code. Only a confirmed code turns two-step sign-in on (server: confirmTotpSetup).

/** The key in groups of four, as authenticator apps show it and people type it. */
const grouped = (key: string) => key.match(/.{1,4}/gu)?.join(' ') ?? key;

type Props = {
  setup: SecondFactorSetupView;
  onConfirmed: (recoveryCodes: string[]) => void;
  onCancel: () => void;
};

export function AuthenticatorSetup({ setup, onConfirmed, onCancel }: Props) {
  const { t } = useTranslation('twoStep');
  const form = useForm({
    initial: { code: '' },
    schema: appCodeSchema,
    errorKeys: { invalid_code: 'twoStep:setup.wrongCode' },
    send: async ({ code }) => {
      onConfirmed((await twoStepApi.confirmSetup(typedCode(code))).recoveryCodes);
      return undefined;
    },
    leavesOnSuccess: true,
  });
  return (
    <div className="two-step-setup">
      <h3>{t('setup.title')}</h3>
      <p>{t('setup.step1')}</p>
      <QrImage text={setup.uri} alt={t('setup.qrAlt')} size={200} />
      <p>{t('setup.step1Manual')}</p>
      <p>
        {t('setup.key')}
        {'\u00a0'}
        <code className="two-step-key" data-testid="setup-key">
          {grouped(setup.secret)}
        </code>
      </p>
      <p>{t('setup.step2')}</p>
      <FormFrame form={form} submitLabel={t('setup.confirm')} busyLabel={t('setup.confirming')}>
        <TextField
          {...form.field('code')}
          label={t('setup.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
        />
      </FormFrame>
      <button type="button" className="button-secondary" onClick={onCancel}>
        {t('setup.cancel')}
      </button>
    </div>
  );
}
