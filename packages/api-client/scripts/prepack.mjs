// Packing: only pnpm replaces the `catalog:` and `workspace:` versions in package.json, so npm (or yarn) is
// refused with the way to do it; then dist/ is built fresh, so a tarball never carries stale or missing files.
import { execFileSync } from 'node:child_process';

const agent = process.env.npm_config_user_agent ?? '';
if (!agent.startsWith('pnpm/')) {
  console.error(
    '@irr/api-client: pack it with pnpm (`pnpm pack` in packages/api-client): its package.json names dependency versions as `catalog:` and `workspace:`, which only pnpm replaces with the versions they stand for.',
  );
  process.exit(1);
}
execFileSync('pnpm', ['run', 'build'], { stdio: 'inherit' });
