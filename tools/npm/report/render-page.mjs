// Renders one Markdown page of a bizmap report to a PNG, close to how GitHub
// shows it: markdown-it reads the Markdown (tables, checklists), Mermaid
// draws the diagrams, and Debian's Chromium (through Puppeteer) takes the
// picture. The CSS follows GitHub's Markdown styles in outline.
//
//   node render-page.mjs PAGE.md OUT.png [WIDTH]
//
// Links are drawn but not followed; nothing is fetched from the network.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import puppeteer from 'puppeteer';

const here = path.dirname(fileURLToPath(import.meta.url));
const [page, out, width = '900'] = process.argv.slice(2);
if (!page || !out) {
  console.error('usage: node render-page.mjs PAGE.md OUT.png [WIDTH]');
  process.exit(2);
}

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const markdown = new MarkdownIt({ html: false, linkify: false });
const defaultFence = markdown.renderer.rules.fence;
markdown.renderer.rules.fence = (tokens, index, options, env, self) => {
  const token = tokens[index];
  if (token.info.trim() === 'mermaid') {
    return `<pre class="mermaid">${escapeHtml(token.content)}</pre>\n`;
  }
  return defaultFence(tokens, index, options, env, self);
};

// GitHub's checklists: "[ ] " or "[x] " at the start of a list item.
const withChecklists = (html) =>
  html.replace(/<li>(<p>)?\[([ x])\] /g, (_, paragraph, mark) =>
    `<li class="task">${paragraph ?? ''}<input type="checkbox" disabled${mark === 'x' ? ' checked' : ''}> `);

const css = `
body { margin: 0; background: #ffffff; }
.markdown-body { box-sizing: border-box; max-width: ${width}px; padding: 32px 40px; color: #1f2328;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
  font-size: 16px; line-height: 1.5; word-wrap: break-word; }
.markdown-body h1, .markdown-body h2 { border-bottom: 1px solid #d1d9e0b3; padding-bottom: .3em; }
.markdown-body h1 { font-size: 2em; margin: .67em 0 16px; font-weight: 600; }
.markdown-body h2 { font-size: 1.5em; margin: 24px 0 16px; font-weight: 600; }
.markdown-body h3 { font-size: 1.25em; margin: 24px 0 16px; font-weight: 600; }
.markdown-body p, .markdown-body ul, .markdown-body ol, .markdown-body table,
.markdown-body blockquote, .markdown-body pre { margin: 0 0 16px; }
.markdown-body ul, .markdown-body ol { padding-left: 2em; }
.markdown-body li + li { margin-top: .25em; }
.markdown-body li > p { margin-top: 16px; }
.markdown-body li.task { list-style: none; }
.markdown-body li.task input { margin: 0 .2em .25em -1.4em; vertical-align: middle; }
.markdown-body a { color: #0969da; text-decoration: none; }
.markdown-body code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 85%;
  padding: .2em .4em; background: #818b981f; border-radius: 6px; }
.markdown-body pre { padding: 16px; background: #f6f8fa; border-radius: 6px; overflow: auto; }
.markdown-body pre code { background: none; padding: 0; font-size: 85%; }
.markdown-body pre.mermaid { background: none; text-align: center; }
.markdown-body blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
.markdown-body table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content;
  max-width: 100%; overflow: auto; }
.markdown-body td, .markdown-body th { padding: 6px 13px; border: 1px solid #d1d9e0; }
.markdown-body th { font-weight: 600; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
`;

const body = withChecklists(markdown.render(fs.readFileSync(page, 'utf8')));
const mermaidScript = pathToFileURL(path.join(here, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js'));
const html = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>${css}</style>
<script src="${mermaidScript}"></script></head>
<body><article class="markdown-body">${body}</article>
<script>
  mermaid.initialize({ startOnLoad: false, theme: 'default', securityLevel: 'strict' });
  mermaid.run().then(() => { document.body.dataset.drawn = 'yes'; },
                     (error) => { document.body.dataset.drawn = 'failed: ' + error; });
</script></body></html>`;

const config = JSON.parse(fs.readFileSync(path.join(here, 'puppeteer-config.json'), 'utf8'));
const browser = await puppeteer.launch({ ...config, headless: true });
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: Number(width), height: 600, deviceScaleFactor: 1 });
  const file = `${out}.html`;
  fs.writeFileSync(file, html);
  await tab.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
  await tab.waitForFunction(() => document.body.dataset.drawn !== undefined, { timeout: 60000 });
  const drawn = await tab.evaluate(() => document.body.dataset.drawn);
  if (drawn !== 'yes') {
    throw new Error(`Mermaid could not draw a diagram of ${page}: ${drawn}`);
  }
  await tab.screenshot({ path: out, fullPage: true });
  fs.unlinkSync(file);
} finally {
  await browser.close();
}
