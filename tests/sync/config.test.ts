import { describe, expect, it } from 'vitest';
import { addressProblem } from '../../src/sync/config';
import { syncOrigin } from '../../vite.config';

describe('the sync server address a mediator types', () => {
  const allowed = 'https://sync.example.org';
  it('accepts the structure database on the origin the app was built for', () => {
    expect(addressProblem('https://sync.example.org/cs-bourges-nord', allowed)).toBeUndefined();
    expect(addressProblem(' https://sync.example.org/couch/cs-tours/ ', allowed)).toBeUndefined();
  });

  it('says why it refuses an address', () => {
    expect(addressProblem('sync.example.org/cs', allowed)).toBe('invalid');
    expect(addressProblem('ftp://sync.example.org/cs', allowed)).toBe('invalid');
    expect(addressProblem('http://sync.example.org/cs', allowed)).toBe('insecure');
    expect(addressProblem('https://autre.example.org/cs', allowed)).toBe('otherHost');
    expect(addressProblem('https://sync.example.org', allowed)).toBe('noDatabase');
    expect(addressProblem('https://sync.example.org/CS', allowed)).toBe('noDatabase');
    expect(addressProblem('https://sync.example.org/cs', '')).toBe('notConfigured');
  });

  it('allows plain http to this machine only, and any port when the build says :*', () => {
    expect(addressProblem('http://127.0.0.1:41234/cs-e2e', 'http://127.0.0.1:*')).toBeUndefined();
    expect(addressProblem('http://localhost:5984/cs', 'http://localhost:5984')).toBeUndefined();
    expect(addressProblem('http://localhost:5985/cs', 'http://localhost:5984')).toBe('otherHost');
    expect(addressProblem('http://127.0.0.2:5984/cs', 'http://127.0.0.1:*')).toBe('insecure');
  });
});

describe('VITE_SYNC_ORIGIN at build time', () => {
  it('takes an https origin, or http for this machine, and nothing else', () => {
    expect(syncOrigin(undefined)).toBeUndefined();
    expect(syncOrigin('https://sync.example.org')).toBe('https://sync.example.org');
    expect(syncOrigin('http://127.0.0.1:*')).toBe('http://127.0.0.1:*');
    expect(() => syncOrigin('http://sync.example.org')).toThrow(/https/);
    expect(() => syncOrigin('https://sync.example.org/db')).toThrow(/origin/);
    expect(() => syncOrigin("https://x.org 'unsafe-inline'")).toThrow(/origin/);
  });
});
