// Pictures of the HTML manual for docs/images/: a page as Chromium shows it
// (PNG, its first screen), or print.html printed by Chromium to PDF on A4.
//
//   node screenshot.mjs PAGE.html OUT.png WIDTH HEIGHT
//   node screenshot.mjs --printed PRINT.html OUT.pdf
import { chromium } from "playwright-core";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const args = process.argv.slice(2);
const printed = args[0] === "--printed";
if (printed) args.shift();
const [file, out, width, height] = args;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
const page = await browser.newPage({
  viewport: { width: Number(width || 1100), height: Number(height || 900) },
});
await page.goto(pathToFileURL(resolve(file)).href);
if (printed) {
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: out, format: "A4", margin: { top: "15mm", bottom: "15mm",
                                                     left: "15mm", right: "15mm" } });
} else {
  await page.screenshot({ path: out });
}
await browser.close();
