// planwerk never downloads a browser during install: it uses a system Chromium or Chrome
// (see README, "Browser"). Puppeteer's own download cannot work on closed networks.
module.exports = { skipDownload: true };
