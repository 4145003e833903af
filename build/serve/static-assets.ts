// The preview page's files, read once at start into a fixed map from URL path to content: no URL ever
// becomes a file path, so nothing outside these files can be read through the server.
import * as fs from 'node:fs';
import * as path from 'node:path';

const PUBLIC_DIR = path.join(__dirname, 'public');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

interface Asset {
  body: string;
  headers: Record<string, string>;
}

/** `/` → index.html, `/NAME` → every other file of the public folder. */
export function loadAssets(): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const name of fs.readdirSync(PUBLIC_DIR)) {
    const type = TYPES[path.extname(name)];
    if (!type) continue;
    const asset = {
      body: fs.readFileSync(path.join(PUBLIC_DIR, name), 'utf8'),
      headers: { 'content-type': type },
    };
    assets.set(name === 'index.html' ? '/' : `/${name}`, asset);
  }
  return assets;
}
