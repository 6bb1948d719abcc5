// The web app manifest, written at build time so the installed app carries the course's configured title.
// Relative start_url and scope resolve against the manifest's own URL, so the app works under any base path.
import type { APIRoute } from 'astro';
import { COURSE_DESCRIPTION, siteConfig } from '../lib/site/course';

export const GET: APIRoute = () => {
  const manifest = {
    name: siteConfig().title,
    description: COURSE_DESCRIPTION,
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0a58ca',
    icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
