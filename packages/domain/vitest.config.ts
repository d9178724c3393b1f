import { project } from '@irr/vitest-config';

export default project('domain');
