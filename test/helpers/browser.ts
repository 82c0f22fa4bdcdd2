import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, installed by .ci/run; no test tool downloads a browser of its own. */
export const CHROMIUM = process.env.CUSTODIA_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Chromium, headless, with nothing reaching past this machine (no background networking, updates or sync). Fails,
 * saying how to install it, when it is missing: a browser test never skips.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is not at ${CHROMIUM}: apt-get install -y chromium (or set CUSTODIA_CHROMIUM)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
