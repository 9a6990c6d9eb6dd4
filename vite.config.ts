import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * 'self' covers the app's origin, ws: and wss: to it included. A sync server on another origin is
 * allowed only by building with PAPERSHELF_CONNECT_SRC="wss://sync.example.org" (origins, nothing else).
 */
function connectSources(): string[] {
  const extra = (process.env.PAPERSHELF_CONNECT_SRC ?? '').split(/\s+/).filter(Boolean);
  for (const source of extra) {
    if (!/^(wss?|https?):\/\/[a-z0-9.-]+(:\d+)?$/i.test(source))
      throw new Error(
        `PAPERSHELF_CONNECT_SRC: ${source} is not an origin like wss://sync.example.org`,
      );
  }
  return ["'self'", 'https://huggingface.co', ...extra];
}

// The built app runs only its own scripts: no inline script, no script from elsewhere, no plugins. Styles set
// through the DOM (the virtual list's transforms) are allowed by CSP; style attributes in markup are not used.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  // Notes show remote images as links (src/features/library/notes/html.ts): no picture ever loads from elsewhere.
  "img-src 'self' data:",
  // The papers API, called from the browser (src/features/feed/hf-endpoints.ts), and a sync server on
  // another origin only when the build names it; nothing else.
  `connect-src ${connectSources().join(' ')}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function csp(): Plugin {
  return {
    name: 'papershelf-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Every module the first paint needs goes into one chunk. Left alone, the bundler splits the modules
 * the first paint shares with lazy screens into a dozen small chunks, and each is compressed alone:
 * that costs requests and about a kilobyte of gzip.
 */
function firstPaintChunk(moduleId: string, ctx: Rolldown.ChunkingContext): string | null {
  const seen = new Set<string>();
  const reachesEntry = (id: string): boolean => {
    if (seen.has(id)) return false;
    seen.add(id);
    const info = ctx.getModuleInfo(id);
    if (!info) return false;
    return info.isEntry || info.importers.some(reachesEntry);
  };
  return reachesEntry(moduleId) ? 'app' : null;
}

export default defineConfig({
  plugins: [
    csp(),
    react(),
    tailwindcss(),
    VitePWA({
      // The user decides when a new version takes over, so a note being typed is never cut off.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg', 'theme-init.js'],
      manifest: {
        name: 'Papershelf',
        short_name: 'Papershelf',
        description: 'A reading list for machine-learning papers that lives in your browser.',
        theme_color: '#4338ca',
        background_color: '#f8fafc',
        display: 'standalone',
        start_url: '/',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // The catalogue is precached with the app, so the app and its papers work offline after one visit.
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
        navigateFallback: '/index.html',
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: firstPaintChunk }] } } },
  },
  preview: { port: 4173, strictPort: true },
});
