/**
 * zod compiles its object parsers with `new Function` when it may; the Content-Security-Policy
 * (script-src 'self', no 'unsafe-eval') forbids it, and every probe is reported as a violation.
 * `jitless` keeps zod on its plain interpreter. It must run before the first schema is built,
 * so src/early.ts (which may load a screen before main.tsx runs), main.tsx and src/db/records.ts
 * import this module first.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
