import {
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
  WebAuthnError,
} from '@simplewebauthn/browser';
import type { MeView } from '../../../shared/api';
import { twoStepApi } from './twoStepEndpoints';

// The browser's half of a passkey: ask the server for a challenge, let the device sign it (the
// person touches the key, or uses their PIN or fingerprint), send the answer back.

/** The person closed the device's prompt or let it time out: nothing to report as an error. */
export class PasskeyCancelled extends Error {}

async function onDevice<T>(ceremony: () => Promise<T>): Promise<T> {
  try {
    return await ceremony();
  } catch (error) {
    if (error instanceof WebAuthnError && error.code === 'ERROR_CEREMONY_ABORTED') {
      throw new PasskeyCancelled();
    }
    if (error instanceof DOMException && error.name === 'NotAllowedError') {
      throw new PasskeyCancelled();
    }
    throw error;
  }
}

/** Registers a passkey on this device; the recovery codes when it is the person's first second factor. */
export async function addPasskey(name: string): Promise<string[] | null> {
  const options = await twoStepApi.passkeyOptions();
  const response = await onDevice(() =>
    startRegistration({
      optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON,
    }),
  );
  const added = await twoStepApi.addPasskey({ name, response });
  return added.recoveryCodes;
}

/** Signs in with a passkey: after the password (a second step) or on its own. */
export async function signInWithPasskey(): Promise<MeView> {
  const options = await twoStepApi.passkeySignInOptions();
  const response = await onDevice(() =>
    startAuthentication({
      optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON,
    }),
  );
  return twoStepApi.passkeySignIn({ response });
}

/** Whether this browser can use passkeys at all (old browsers, some embedded views cannot). */
export const passkeysSupported = (): boolean =>
  typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function';
