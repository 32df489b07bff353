import { BRIDGE_GLOBAL, type ForkcastBridge } from '../../../shared';
import { browserBridge } from './browserBridge';

declare global {
  interface Window {
    /** Present only inside the Electron app, exposed by the preload. */
    [BRIDGE_GLOBAL]?: ForkcastBridge;
  }
}

/** The preload's API inside Electron, or the browser fallback anywhere else. */
export const bridge: ForkcastBridge = window[BRIDGE_GLOBAL] ?? browserBridge;
