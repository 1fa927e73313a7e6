import { describe, expect, it } from 'vitest';
import { addressProblem, publicBase } from '../../src/lib/public-url';

const here = (href: string) => new URL(href) as unknown as Location;

describe('the address the QR codes hold', () => {
  it('is the build-time public address when set, else this page’s address', () => {
    expect(publicBase('https://passerelle.ma-structure.fr/app/', here('http://127.0.0.1:4173/index.html#/borne'))).toBe('https://passerelle.ma-structure.fr/app/');
    expect(publicBase(undefined, here('http://127.0.0.1:4173/#/borne'))).toBe('http://127.0.0.1:4173/');
    expect(publicBase('  ', here('https://a.example.org/x/'))).toBe('https://a.example.org/x/');
    expect(publicBase('ftp://nope', here('https://a.example.org/'))).toBe('https://a.example.org/');
    expect(publicBase('pas une adresse', here('https://a.example.org/'))).toBe('https://a.example.org/');
  });

  it('warns on loopback and private addresses only', () => {
    for (const url of ['http://127.0.0.1:4173/', 'http://localhost/', 'http://[::1]/', 'http://kiosk.localhost/']) expect(addressProblem(url), url).toBe('loopback');
    for (const url of ['http://192.168.1.20/', 'http://10.0.0.5/', 'http://172.20.1.1/', 'http://borne/', 'http://borne.local/', 'http://[fd00::1]/']) expect(addressProblem(url), url).toBe('private');
    for (const url of ['https://passerelle.ma-structure.fr/', 'http://172.32.0.1/', 'https://8.8.8.8/']) expect(addressProblem(url), url).toBeNull();
  });
});
