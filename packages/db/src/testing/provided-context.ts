// What the global setup hands to every test file through vitest's provide/inject.
declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string | null;
    /** This run's PostgreSQL roles: the owner the template was migrated as, and the application role. */
    postgresRoles: { owner: string; app: string; password: string } | null;
  }
}

export {};
