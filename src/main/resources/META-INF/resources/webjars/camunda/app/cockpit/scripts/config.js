// AR Desk's Cockpit configuration (replaces the webapp's empty default): the Receivables dashboard
// and the worklist ranked by expected loss, ES modules under scripts/.
export default {
  customScripts: ['scripts/receivables.js'],
};
