import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { cataloguePlugin } from './data/catalogue-plugin.ts';
import { FIRST_SCREEN_GATE, KIOSK_START_TEMPLATE_ID, firstScreenPlacer } from './src/lib/first-screen.ts';
import { readingSwitchLabels } from './src/lib/first-screen-labels.ts';

/**
 * The structure's sync server (docs/decisions/2026-12-01-sync.md), fixed when the app is built
 * so that connect-src can name it and nothing else: `https://sync.example.org`, or
 * `scheme://host:*` for any port of one host (the browser tests' server takes a free port).
 * Plain http only for a server on this machine.
 */
export function syncOrigin(value = process.env.VITE_SYNC_ORIGIN): string | undefined {
  if (!value) return undefined;
  const match = /^(https?):\/\/([a-z0-9.-]+|\[::1\])(:(\d+|\*))?$/i.exec(value);
  if (!match) throw new Error(`VITE_SYNC_ORIGIN must be an origin such as https://sync.example.org, not ${value}`);
  if (match[1] === 'http' && !['localhost', '127.0.0.1', '[::1]'].includes(match[2]!.toLowerCase())) {
    throw new Error(`VITE_SYNC_ORIGIN must use https (plain http only for localhost): ${value}`);
  }
  return value;
}

/** The built page's second inline script (src/lib/first-screen.ts), with its per-language labels. */
const FIRST_SCREEN_PLACER = firstScreenPlacer(readingSwitchLabels());

/**
 * The Content-Security-Policy only allows the app's own origin, and the sync server when one
 * is configured: no CDN, font host, analytics or image host can ever be reached (brief §6,
 * privacy). `data:` and `blob:` images are for the QR code and the PDF preview, which are
 * made in the page. Added at build time only: Vite's dev server needs inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Two inline scripts, allowed by their hashes: the gate of the screens written into the page,
  // and the one that puts a kiosk's start screen in place (src/lib/first-screen.ts).
  `script-src 'self' ${[FIRST_SCREEN_GATE, FIRST_SCREEN_PLACER].map((script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`).join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self'${syncOrigin() ? ` ${syncOrigin()}` : ''}`,
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** `vite preview` sends the policy the build baked into dist/index.html: the header and the meta
 * tag must agree (a browser enforces both), whatever VITE_SYNC_ORIGIN the preview runs with. */
function builtPolicy(): string {
  try {
    const html = readFileSync(resolve(import.meta.dirname, 'dist/index.html'), 'utf8');
    return /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? CONTENT_SECURITY_POLICY;
  } catch {
    return CONTENT_SECURITY_POLICY;
  }
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'passerelle-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

/** For the build-time render: a screen's `import './x.css'` becomes an empty module. */
function withoutStylesheets(): Plugin {
  const empty = '\0prerender-empty-stylesheet';
  return {
    name: 'passerelle-prerender-without-stylesheets',
    enforce: 'pre',
    resolveId: (id) => (id.endsWith('.css') ? empty : null),
    load: (id) => (id === empty ? 'export {}' : null),
  };
}

/**
 * The home screen, as the app's first render draws it on a device with the default settings,
 * written into the built page (src/prerender.tsx): it is painted with the HTML and the
 * stylesheet, before any script has run. It is inert until React replaces it with the live
 * screen, so that no tap on it is silently lost. The gate (src/lib/first-screen.ts), the first
 * script in <head>, hides it on any other address or start-up setting. A kiosk's start screen is
 * kept beside it in a <template>, put in place only when the gate says a kiosk is restarting.
 */
function prerenderedHome(): Plugin {
  return {
    name: 'passerelle-prerendered-home',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const { module } = await runnerImport<typeof import('./src/prerender.tsx')>(resolve(import.meta.dirname, 'src/prerender.tsx'), {
          configFile: false,
          root: import.meta.dirname,
          // The markup only: a stylesheet a screen imports is in the page's own already.
          plugins: [react(), withoutStylesheets()],
          logLevel: 'warn',
        });
        const root = '<div id="root"></div>';
        if (!html.includes(root)) throw new Error('index.html has no empty <div id="root">');
        return html
          .replace('<title>', `<script>${FIRST_SCREEN_GATE}</script>\n    <title>`)
          .replace(root, `<div id="root"><div class="prerender" inert>${module.renderHome()}</div><template id="${KIOSK_START_TEMPLATE_ID}"><div class="prerender-kiosk" inert>${module.renderKioskStart()}</div></template><script>${FIRST_SCREEN_PLACER}</script></div>`);
      },
    },
  };
}

/**
 * src/early.ts is an entry of its own, put before the main script in the built page: the
 * browser runs it as soon as it is fetched, without waiting for the main bundle.
 */
function earlyEntry(): Plugin {
  return {
    name: 'passerelle-early-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const early = Object.values(context.bundle ?? {}).find((file) => file.type === 'chunk' && file.isEntry && file.facadeModuleId?.endsWith('/src/early.ts'));
        if (!early) throw new Error('src/early.ts was not built');
        return html.replace('<script type="module"', `<script type="module" crossorigin src="/${early.fileName}"></script>\n    <script type="module"`);
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    cataloguePlugin(),
    contentSecurityPolicy(),
    prerenderedHome(),
    earlyEntry(),
    VitePWA({
      // 'prompt': a new release waits until the person chooses to reload, so nobody is
      // reloaded in the middle of an answer.
      registerType: 'prompt',
      injectRegister: null,
      manifest: {
        name: 'Passerelle',
        short_name: 'Passerelle',
        description: 'Construire son parcours vers une formation et un emploi, pas à pas.',
        lang: 'fr',
        start_url: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d3f72',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      input: { index: resolve(import.meta.dirname, 'index.html'), early: resolve(import.meta.dirname, 'src/early.ts') },
    },
  },
  preview: {
    headers: {
      'Content-Security-Policy': builtPolicy(),
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    },
  },
});
