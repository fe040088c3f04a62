// AR Desk Cockpit plugin: who decided what. An "Operation log" tab on a process instance
// (cockpit.processInstance.runtime.tab) and on a process definition (cockpit.processDefinition.runtime.tab):
// the engine's user operation log (history level ardesk-audit keeps it), newest first, one block per
// operation (its entries share an operationId), and who completed which user task. Cockpit's own
// "Operation Log" view is in the enterprise edition only. Read through the webapp's engine API with
// the user's own session, so the engine's authorizations apply (READ_HISTORY on the process).
import {
  t, el, table, section, fill, failed, engine, ENGINE_API, LOCALE, addStyle,
} from './ardesk-common.js';

/** At most this many entries are read; the tab says so when there are more. */
const LIMIT = 500;

const stamp = new Intl.DateTimeFormat(LOCALE, {
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

function when(iso) {
  if (!iso) return '';
  // the engine writes 2026-12-06T12:01:02.345+0000; Date wants +00:00
  const date = new Date(String(iso).replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return Number.isNaN(date.getTime()) ? String(iso) : stamp.format(date);
}

function value(v) {
  return v === null || v === undefined ? '–' : String(v);
}

/** Entries of one operation (same operationId) together, in the order the engine returned them. */
function byOperation(entries) {
  const groups = new Map();
  entries.forEach((e) => {
    const key = e.operationId || e.id;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(e);
  });
  return [...groups.entries()];
}

function entityOf(e) {
  const id = e.taskId || e.jobId || e.externalTaskId || e.batchId || e.deploymentId || '';
  return id ? `${e.entityType} ${id}` : e.entityType;
}

function operationRows(entries, withInstance) {
  return byOperation(entries).map(([operationId, group]) => {
    const first = group[0];
    const span = String(group.length);
    return el('tbody', {
      'data-operation-id': operationId, 'data-user': first.userId || '', 'data-operation': first.operationType,
    }, group.map((e, i) => el('tr', {
      'data-entity': e.entityType, 'data-property': e.property || '', 'data-old': e.orgValue ?? '', 'data-new': e.newValue ?? '',
    },
    i === 0 ? [
      el('td', { rowspan: span }, when(first.timestamp)),
      el('td', { rowspan: span, class: 'ardesk-user' }, first.userId || t('system')),
      el('td', { rowspan: span }, first.operationType),
      withInstance ? el('td', { rowspan: span }, first.processInstanceId
        ? el('a', { href: `#/process-instance/${first.processInstanceId}/runtime` }, first.processInstanceId) : '') : null,
    ] : null,
    el('td', {}, entityOf(e)),
    el('td', {}, e.property || ''),
    el('td', {}, e.property ? `${value(e.orgValue)} → ${value(e.newValue)}` : ''),
    i === 0 ? el('td', { rowspan: span }, first.annotation || '') : null)));
  });
}

/** Who completed a task: the operation log's Complete entry of the task, else its assignee. */
function completions(tasks, entries) {
  const completedBy = new Map();
  entries.filter((e) => e.operationType === 'Complete' && e.taskId)
    .forEach((e) => { if (!completedBy.has(e.taskId)) completedBy.set(e.taskId, e.userId); });
  return tasks.filter((task) => task.deleteReason === 'completed').map((task) => ({
    task, user: completedBy.get(task.id) || task.assignee || '',
  }));
}

async function load(api, filter, body, withInstance) {
  const [entries, tasks] = await Promise.all([
    engine(api, `history/user-operation?${filter}&sortBy=timestamp&sortOrder=desc&maxResults=${LIMIT}`),
    engine(api, `history/task?${filter}&finished=true&sortBy=endTime&sortOrder=desc&maxResults=${LIMIT}`),
  ]);
  const done = completions(tasks, entries);
  const instanceColumn = withInstance ? [t('instance')] : [];
  fill(body,
    el('h4', {}, t('operations')),
    entries.length === 0 ? el('p', { 'data-ardesk': 'operation-log-empty' }, t('noOperations')) : table(
      [t('when'), t('who'), t('operation'), ...instanceColumn, t('entity'), t('property'), t('change'), t('annotation')],
      [], { 'data-ardesk': 'operation-log' }),
    entries.length >= LIMIT ? el('p', {}, `${t('latest')} ${LIMIT}`) : null,
    el('h4', {}, t('completedTasks')),
    done.length === 0 ? el('p', {}, t('none')) : table(
      [t('completedAt'), t('completedBy'), t('taskName'), ...instanceColumn],
      done.map(({ task, user }) => el('tr', { 'data-task': task.taskDefinitionKey, 'data-user': user },
        el('td', {}, when(task.endTime)),
        el('td', { class: 'ardesk-user' }, user),
        el('td', {}, task.name || task.taskDefinitionKey),
        withInstance ? el('td', {}, el('a', { href: `#/process-instance/${task.processInstanceId}/runtime` }, task.processInstanceId)) : null)),
      { 'data-ardesk': 'task-completions' }));
  const log = body.querySelector('table[data-ardesk=operation-log]');
  if (log) {
    log.querySelector('tbody').remove();
    operationRows(entries, withInstance).forEach((group) => log.appendChild(group));
  }
}

function tab(id, pluginPoint, filterOf, withInstance) {
  return {
    id,
    pluginPoint,
    priority: 1,
    properties: { label: t('operationLog') },
    render: (node, props) => {
      const api = (props && props.api && props.api.engineApi) || ENGINE_API;
      addStyle('ardesk-style');
      const part = section(t('operationLog'), { 'data-ardesk': 'operation-log-tab' });
      node.appendChild(part.node);
      load(api, filterOf(props || {}), part.body, withInstance).catch((e) => failed(part.body, e));
    },
  };
}

export default [
  tab('ardesk-operation-log', 'cockpit.processInstance.runtime.tab',
    (props) => `processInstanceId=${encodeURIComponent(props.processInstanceId)}`, false),
  tab('ardesk-definition-operation-log', 'cockpit.processDefinition.runtime.tab',
    (props) => `processDefinitionId=${encodeURIComponent(props.processDefinitionId)}`, true),
];
