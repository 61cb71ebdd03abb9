/// <reference types="vite/client" />

/** The client build (vite.config.ts: `git describe`), named in error reports. */
declare const __BUILD_ID__: string;
