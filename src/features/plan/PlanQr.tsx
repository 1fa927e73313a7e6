import '../../messages/fr/plan-screens';
import { useEffect, useState } from 'react';
import { useT } from '../../messages/i18n';

/** Error correction « M » (15 % of the code can be lost): a printed plan gets folded and
 * stained; with the B payload « L » would save one version only (measured in tests/payload/plan-payload). */
export const QR_ERROR_CORRECTION = 'M' as const;

type State = { kind: 'loading' } | { kind: 'ready'; src: string; version: number } | { kind: 'error' };

/**
 * The QR code of a URL, drawn by the `qrcode` package loaded only now (`import()`), as an SVG
 * in a data: URL (the CSP allows data: images and no other host).
 */
export function PlanQr(props: { url: string | undefined; failed?: boolean }) {
  const t = useT();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const { url } = props;
  useEffect(() => {
    if (!url) return;
    let live = true;
    setState({ kind: 'loading' });
    import('qrcode')
      .then(async (QRCode) => {
        const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: QR_ERROR_CORRECTION, margin: 2 });
        const version = QRCode.create(url, { errorCorrectionLevel: QR_ERROR_CORRECTION }).version;
        if (live) setState({ kind: 'ready', src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, version });
      })
      .catch(() => live && setState({ kind: 'error' }));
    return () => {
      live = false;
    };
  }, [url]);

  if (props.failed || state.kind === 'error') return <p className="plan-qr__status">{t('qr.error')}</p>;
  if (state.kind === 'loading') return <p className="plan-qr__status" role="status">{t('qr.loading')}</p>;
  return (
    <img className="plan-qr__image" src={state.src} alt={t('qr.alt')} data-qr-version={state.version} data-share-url={url} width="160" height="160" />
  );
}
