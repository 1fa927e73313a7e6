/**
 * zod compiles its object parsers with `new Function` when it may; the Content-Security-Policy
 * (script-src 'self', no 'unsafe-eval') forbids it, and every probe is reported as a violation.
 * `jitless` keeps zod on its plain interpreter. It must run before the first schema is built,
 * so main.tsx, src/db/records.ts and src/app/share.tsx (which src/early.ts may load before
 * main.tsx runs) import this module first.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
