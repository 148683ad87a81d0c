// Screenshots of built stories, to look at them as a person would.
//   pnpm build-storybook && node .storybook/screenshots.mjs [outDir] [storyId@globals ...]
// Serve nothing yourself: a loopback static server is started on storybook-static. Uses Debian's
// Chromium (never downloads a browser); globals are Storybook's `key:value;key:value` syntax.
import { createServer } from 'node:http';
import { mkdtempSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const root = path.resolve('storybook-static');
const outDir = path.resolve(process.argv[2] ?? '.tmp/screenshots');
const shots = process.argv.slice(3).length
  ? process.argv.slice(3)
  : [
      'components-button--variants@tenant:all',
      'components-stat--dashboard@tenant:dark-brokerage',
      'components-dialog--open@tenant:light-education',
      'components-textfield--with-error@tenant:default;colorMode:dark',
      'components-card--with-actions-and-footer@tenant:all;colorMode:dark',
      'components-dialog--right-to-left@tenant:default',
      'components-progress--right-to-left@tenant:high-contrast',
      'components-checkbox--states@tenant:all;locale:ar',
    ];

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer((req, res) => {
  const file = path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
  res
    .writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' })
    .end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;

const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'jk-shots-')), {
  executablePath: chromiumPath,
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: chromiumArgs,
});
mkdirSync(outDir, { recursive: true });
const page = await context.newPage();
for (const shot of shots) {
  const [id, globals = ''] = shot.split('@');
  await page.goto(
    `http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=story&globals=${encodeURIComponent(globals)}`,
  );
  await page.waitForSelector('[data-component="JournalkitThemeProvider"]');
  await page.waitForTimeout(500);
  const file = path.join(outDir, `${id}${globals ? `--${globals.replace(/[:;]/g, '-')}` : ''}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}
await context.close();
server.close();
