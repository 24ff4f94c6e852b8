// Opens bizmap's HTML manual in Debian's Chromium from file:// addresses and
// prints what it finds as JSON: every link's target (file and anchor), the
// search (type a query, press Enter, where it lands), print.html as PDF,
// axe-core's serious and critical violations on the pages named, and any
// dialog or extra script a page opened.
//
//   node check-site.mjs SITE [--search QUERY] [--pdf FILE] [--axe PAGE]...
import { chromium } from "playwright-core";
import { readFileSync, readdirSync, statSync, existsSync, writeFileSync } from "node:fs";
import { join, relative, dirname, resolve } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const args = process.argv.slice(2);
const site = resolve(args.shift());
const options = { search: null, pdf: null, axe: [] };
while (args.length > 0) {
  const name = args.shift();
  const value = args.shift();
  if (name === "--search") options.search = value;
  else if (name === "--pdf") options.pdf = value;
  else if (name === "--axe") options.axe.push(value);
  else throw new Error(`unknown option ${name}`);
}

function pagesBelow(folder) {
  const found = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...pagesBelow(path));
    else if (name.endsWith(".html")) found.push(path);
  }
  return found;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
const context = await browser.newContext({ offline: true });
const result = { pages: 0, links: 0, broken: [], dialogs: [], scripts: [], requests: [],
                 search: null, pdf: null, axe: {} };
const page = await context.newPage();
page.on("dialog", async (dialog) => {
  result.dialogs.push(`${page.url()}: ${dialog.message()}`);
  await dialog.dismiss();
});
page.on("request", (request) => {
  if (!request.url().startsWith("file:")) result.requests.push(request.url());
});

// Every page once: its links, its ids, its scripts.
const ids = new Map();
const links = [];
for (const file of pagesBelow(site)) {
  await page.goto(pathToFileURL(file).href);
  result.pages += 1;
  const seen = await page.evaluate(() => ({
    ids: [...document.querySelectorAll("[id]")].map((element) => element.id),
    links: [...document.querySelectorAll("a[href]")].map((a) => a.href),
    scripts: document.querySelectorAll("script").length,
  }));
  ids.set(file, new Set(seen.ids));
  if (seen.scripts !== 2) result.scripts.push(`${relative(site, file)}: ${seen.scripts} scripts`);
  for (const href of seen.links) links.push({ from: relative(site, file), href });
}
for (const { from, href } of links) {
  if (!href.startsWith("file:")) continue; // web addresses are not followed
  result.links += 1;
  const url = new URL(href);
  const target = fileURLToPath(url);
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (!existsSync(target)) {
    result.broken.push(`${from}: ${href} (no such file)`);
  } else if (anchor && !(ids.get(target) || new Set()).has(anchor)) {
    result.broken.push(`${from}: ${href} (no such anchor)`);
  }
}

if (options.search) {
  await page.goto(pathToFileURL(join(site, "index.html")).href);
  await page.fill("#search", options.search);
  await page.waitForSelector("#search-results li");
  const shown = await page.$$eval("#search-results li", (items) => items.map((li) => li.textContent));
  await Promise.all([page.waitForNavigation(), page.press("#search", "Enter")]);
  result.search = { shown, opened: relative(site, fileURLToPath(page.url())),
                    title: await page.textContent("h1") };
}

if (options.pdf) {
  await page.goto(pathToFileURL(join(site, "print.html")).href);
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: options.pdf, format: "A4", printBackground: true });
  const bytes = readFileSync(options.pdf);
  result.pdf = { bytes: bytes.length, header: bytes.subarray(0, 5).toString("latin1") };
  await page.emulateMedia({ media: "screen" });
}

for (const name of options.axe) {
  await page.goto(pathToFileURL(join(site, name)).href);
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const report = await window.axe.run(document, { resultTypes: ["violations"] });
    return report.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  result.axe[name] = violations;
}

await browser.close();
process.stdout.write(JSON.stringify(result, null, 2) + "\n");
