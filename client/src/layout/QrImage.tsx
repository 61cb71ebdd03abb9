import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** `text` as a QR code a phone can scan (a guest link, an authenticator key), drawn in the browser. */
export function QrImage({ text, alt, size = 240 }: { text: string; alt: string; size?: number }) {
  const [dataUrl, setDataUrl] = useState('');
  useEffect(() => {
    QRCode.toDataURL(text, { margin: 1, width: size }).then(setDataUrl, () => setDataUrl(''));
  }, [text, size]);
  return dataUrl ? <img src={dataUrl} width={size} height={size} alt={alt} /> : null;
}
