// CommonJS callers: Node.js 20.19+ loads this ES module with require(); older versions cannot, and say why.
try {
  module.exports = require('./dist/index.js');
} catch (error) {
  if (error && error.code === 'ERR_REQUIRE_ESM')
    throw new Error(
      '@irr/domain is ESM-only; use import() (or Node.js 20.19 or later, whose require() loads ES modules)',
      { cause: error },
    );
  throw error;
}
