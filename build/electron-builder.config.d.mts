/** Types for electron-builder.config.mjs, so TypeScript callers (the packaging tests) get them checked. */
import type { Configuration } from 'electron-builder';

export declare const electronFuses: NonNullable<Configuration['electronFuses']>;
declare const config: Configuration;
export default config;
