/**
 * The address the QR codes hold. A kiosk served from the device itself (http://127.0.0.1/) or
 * from an intranet host is out of reach of a resident's phone: a deployment sets the app's
 * public address at build time (`VITE_PUBLIC_URL=https://passerelle.example.org/ npm run build`);
 * without it, the address this page was opened at.
 */
export function publicBase(configured: string | undefined = import.meta.env.VITE_PUBLIC_URL, here: Location = window.location): string {
  const value = configured?.trim();
  if (value) {
    try {
      const url = new URL(value);
      if (url.protocol === 'https:' || url.protocol === 'http:') return `${url.origin}${url.pathname}`;
    } catch {
      // a malformed setting falls back to this page's address; staff screens show which is used
    }
  }
  return `${here.origin}${here.pathname}`;
}

export type AddressProblem = 'loopback' | 'private' | null;

/** Whether a phone outside the structure's network could reach this address. */
export function addressProblem(address: string): AddressProblem {
  let host: string;
  try {
    host = new URL(address).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return 'private';
  }
  if (host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0') return 'loopback';
  const ipv4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(host);
  if (ipv4) {
    const a = Number(ipv4[1]);
    const b = Number(ipv4[2]);
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127)) return 'private';
    return null;
  }
  if (/^f[cd][0-9a-f]{2}:/.test(host) || /^fe80:/.test(host)) return 'private';
  // a name without a dot, or a local-network suffix, is only known inside the structure
  if (!host.includes('.') || /\.(local|lan|internal|intranet|home|corp)$/.test(host)) return 'private';
  return null;
}
