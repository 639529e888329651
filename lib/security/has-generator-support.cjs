/**
 * The browser build's stand-in for @stdlib/assert-has-generator-support (next.config.ts aliases it). That
 * package finds out whether generators exist by eval-ing one; the Content-Security-Policy forbids eval, so
 * every page whose client code reaches the statistics (the cost calculator, the entry form's preview)
 * reported a violation. Every browser the app supports has generators (ES2015), so the answer is fixed.
 */
module.exports = function hasGeneratorSupport() {
  return true;
};
