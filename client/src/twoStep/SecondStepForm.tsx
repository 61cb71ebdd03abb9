import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeView } from '../../../shared/api';
import { TextField } from '../forms/Field';
import { FormFrame } from '../forms/FormFrame';
import { useForm } from '../forms/useForm';
import { appCodeSchema, recoveryCodeSchema, typedCode } from './codeFields';
import { PasskeySignInButton } from './PasskeySignInButton';
import { twoStepApi } from './twoStepEndpoints';

// The second step of signing in: a code from the authenticator app, or one recovery code.

const errorKeys = {
  invalid_code: 'twoStep:secondStep.wrongCode',
  second_factor_locked: 'twoStep:secondStep.locked',
  unauthorized: 'twoStep:secondStep.expired',
} as const;

type Props = { onSignedIn: (me: MeView) => void; onStartOver: () => void };

export function SecondStepForm({ onSignedIn, onStartOver }: Props) {
  const { t } = useTranslation('twoStep');
  const [useRecovery, setUseRecovery] = useState(false);
  return (
    <section aria-labelledby="second-step-title">
      <h2 id="second-step-title">{t('secondStep.title')}</h2>
      {useRecovery ? (
        <RecoveryCodeForm onSignedIn={onSignedIn} />
      ) : (
        <AppCodeForm onSignedIn={onSignedIn} />
      )}
      <PasskeySignInButton label={t('passkeySignIn.asSecondStep')} onSignedIn={onSignedIn} />
      <p className="form-buttons">
        <button
          type="button"
          className="button-secondary"
          onClick={() => setUseRecovery((on) => !on)}
        >
          {useRecovery ? t('secondStep.useApp') : t('secondStep.useRecoveryCode')}
        </button>
        <button type="button" className="button-secondary" onClick={onStartOver}>
          {t('secondStep.startOver')}
        </button>
      </p>
      <p className="aside">{t('secondStep.lostBoth')}</p>
    </section>
  );
}

function AppCodeForm({ onSignedIn }: Pick<Props, 'onSignedIn'>) {
  const { t } = useTranslation('twoStep');
  const form = useForm({
    initial: { code: '' },
    schema: appCodeSchema,
    errorKeys,
    send: async ({ code }) => {
      onSignedIn(await twoStepApi.answer({ code: typedCode(code) }));
      return undefined;
    },
    leavesOnSuccess: true,
  });
  return (
    <>
      <p className="lead">{t('secondStep.intro')}</p>
      <FormFrame
        form={form}
        submitLabel={t('secondStep.submit')}
        busyLabel={t('secondStep.submitting')}
      >
        <TextField
          {...form.field('code')}
          label={t('secondStep.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
          required
        />
      </FormFrame>
    </>
  );
}

function RecoveryCodeForm({ onSignedIn }: Pick<Props, 'onSignedIn'>) {
  const { t } = useTranslation('twoStep');
  const form = useForm({
    initial: { recoveryCode: '' },
    schema: recoveryCodeSchema,
    errorKeys,
    send: async ({ recoveryCode }) => {
      onSignedIn(await twoStepApi.answer({ recoveryCode: typedCode(recoveryCode) }));
      return undefined;
    },
    leavesOnSuccess: true,
  });
  return (
    <>
      <p className="lead">{t('secondStep.recoveryIntro')}</p>
      <FormFrame
        form={form}
        submitLabel={t('secondStep.submit')}
        busyLabel={t('secondStep.submitting')}
      >
        <TextField
          {...form.field('recoveryCode')}
          label={t('secondStep.recoveryCode')}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          required
        />
      </FormFrame>
    </>
  );
}
