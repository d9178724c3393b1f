export { AppError, forbidden, notFound, staleVersion, type AppErrorCode } from './app-error.js';
