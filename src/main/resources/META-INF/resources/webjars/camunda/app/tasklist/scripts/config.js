// AR Desk's Tasklist configuration (replaces the webapp's default): the "Customer" tab plugin, and
// Tasklist's keyboard shortcuts, which a config of our own must name again.
export default {
  customScripts: ['scripts/customer-tab.js'],
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claim the selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'go to the first filter' },
    focusList: { key: 'ctrl+alt+l', description: 'go to the first task of the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'go to the first field of the task form' },
    startProcess: { key: 'ctrl+alt+p', description: 'start a process' },
  },
};
