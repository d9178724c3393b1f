export { startRegister, type Register, type DemoUser } from './register.js';
export type { SetupStep } from './data-folders.js';
export { launchBrowser, type Browser } from './browser.js';
export { axeViolations } from './axe.js';
