import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [
    react(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Hearth',
        short_name: 'Hearth',
        description: 'A private place for two partners to grow closer.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#faf6f1',
        theme_color: '#faf6f1',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // The app shell, including the lazily loaded screens and the OPAQUE module, works offline.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: '/index.html',
        // API answers are never cached by the service worker (they are private and no-store).
        navigateFallbackDenylist: [/^\/api\//],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        // Discreet, content-free reminder notifications (public/push-handler.js).
        importScripts: ['push-handler.js'],
      },
    }),
  ],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:8080', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      treeshake: {
        // The content library is plain data and pure functions, and @hearth/core pure rules.
        // Saying so lets each screen take only the parts it uses (questions for Today, the plan
        // for the plan screen) instead of everything behind each package's index.
        moduleSideEffects: (id: string) => !/[\\/]packages[\\/](content|core)[\\/]/.test(id),
        // @hearth/content's `typed()` only narrows a type; unused collections can then be dropped.
        manualPureFunctions: ['typed'],
      },
    },
  },
});
