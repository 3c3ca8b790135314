// Replaced at build time by wxt.config.ts (vite `define`): the server new installs use.
declare const __ONCELINK_SERVER__: string;
