// What the e2e tests word on the Node side (dates in expected headlines and
// lists) is worded in the browser's locale, as the page words it, whatever
// locale this machine's Node defaults to.
import { CHROMIUM_CONTEXT_OPTIONS } from '../../scripts/headlessRenderer.mjs';
import { setDisplayLocale } from '../../shared/dateFormat';

setDisplayLocale(CHROMIUM_CONTEXT_OPTIONS.locale);
