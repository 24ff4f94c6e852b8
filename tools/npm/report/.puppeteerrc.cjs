// Puppeteer must not download a browser of its own: the tests drive Debian's
// Chromium (package `chromium`, listed in scripts/packages/report.txt).
module.exports = {
  skipDownload: true,
  chrome: { skipDownload: true },
  'chrome-headless-shell': { skipDownload: true },
  firefox: { skipDownload: true },
  executablePath: '/usr/bin/chromium',
};
