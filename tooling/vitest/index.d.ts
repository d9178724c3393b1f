import type { UserProjectConfigExport, ViteUserConfig } from 'vitest/config';

export function project(name: string, overrides?: ViteUserConfig): UserProjectConfigExport;
