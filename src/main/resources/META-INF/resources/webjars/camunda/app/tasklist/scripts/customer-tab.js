// AR Desk Tasklist plugin: a "Customer" tab (tasklist.task.detail) on every task whose process is
// about a customer (GET /api/tasks/{id}/customer: the process variable customerNo, else the
// business key). Shows the customer's aging, open items with days past due, collection case stage and
// history, letters sent (each opening the archived letter), open promises, complaints and the last
// credit assessment, read from /api with the logged-in user's own session.
import {
  t, fmt, get, echarts, ARIA, el, table, section, fill, failed, chartBox, addStyle, API,
} from '../../cockpit/scripts/ardesk-common.js';

let current;

async function customerOf(taskId) {
  const answer = await get(`tasks/${encodeURIComponent(taskId)}/customer`);
  return answer.customerNo;
}

function render(lib, box, o) {
  const buckets = o.buckets;
  const aging = o.aging;
  const chartNode = chartBox(120);
  const c = o.collectionCase;
  const agingTable = table([t('bucket'), t('amount')], buckets.map((b) => el('tr', { 'data-bucket': b },
    el('th', { scope: 'row' }, b), el('td', { class: 'num', 'data-amount': aging ? aging.byBucket[b] : 0 },
      fmt.money(aging ? aging.byBucket[b] : 0)))), { 'data-ardesk': 'customer-aging' });
  const items = table([t('invoice'), t('due'), t('dpd'), t('open')], o.openItems.map((i) => el('tr',
    { 'data-invoice': i.invoiceNo, 'data-days-past-due': i.daysPastDue },
    el('td', {}, i.invoiceNo + (i.disputed ? ` (${t('disputed')})` : '')), el('td', {}, fmt.date(i.dueDate)),
    el('td', { class: 'num' }, String(i.daysPastDue)), el('td', { class: 'num' }, `${fmt.money(i.openAmount)} ${i.currency}`))),
  { 'data-ardesk': 'open-items' });
  const caseNode = c ? el('div', { 'data-ardesk': 'case', 'data-stage': c.stage || '' },
    el('p', {}, `${t('stage')}: ${c.stage || '–'} · ${t('overdue')}: ${fmt.money(c.overdueAmount)} ${c.currency || ''} · ${c.oldestDaysPastDue} ${t('dpd')} · ${c.status}`),
    table([t('date'), t('stage'), t('what')], (c.history || []).slice().reverse().slice(0, 15).map((a) => el('tr', {},
      el('td', {}, fmt.date(a.at)), el('td', {}, a.stage || ''),
      el('td', {}, [a.kind, a.outcome, a.note].filter(Boolean).join(' · ')))))) : el('p', {}, t('none'));
  const letters = o.letters.length === 0 ? el('p', {}, t('none')) : table([t('date'), t('what'), t('stage')],
    o.letters.map((l) => el('tr', { 'data-letter': l.id },
      el('td', {}, fmt.date(l.letterDate)),
      el('td', {}, el('a', { href: `${API}letters/${l.id}`, target: '_blank', rel: 'noopener' }, l.subject)),
      el('td', {}, [l.kind, l.stage, l.delivery].filter(Boolean).join(' · ')))), { 'data-ardesk': 'letters' });
  const promises = o.openPromises.length === 0 ? el('p', {}, t('none')) : table([t('date'), t('amount')],
    o.openPromises.map((p) => el('tr', {}, el('td', {}, fmt.date(p.date)), el('td', { class: 'num' }, fmt.money(p.amount)))));
  const complaints = o.complaints.length === 0 ? el('p', {}, t('none')) : table([t('what'), t('stage'), t('date')],
    o.complaints.map((k) => el('tr', {}, el('td', {}, `${k.complaintNo} ${k.category}`), el('td', {}, k.status),
      el('td', {}, fmt.date(k.receivedAt)))));
  const a = o.lastCreditAssessment;
  const assessment = a ? el('p', { 'data-ardesk': 'assessment' },
    `${fmt.date(a.assessedAt)} · ${t('grade')} ${a.decidedGrade || a.grade} · ${t('score')} ${fmt.number(a.score)} · ${t('limit')} ${fmt.money(a.decidedLimit || a.recommendedLimit)} · ${a.status}`)
    : el('p', {}, t('none'));
  const block = (title, ...children) => el('section', { class: 'ardesk-section' }, el('h4', {}, title), ...children);
  fill(box,
    el('h3', {}, `${o.name} (${o.customerNo})`),
    block(t('aging'), chartNode, agingTable),
    block(t('openItems'), items),
    block(t('caseStage'), caseNode),
    block(t('letters'), letters),
    block(t('promises'), promises),
    block(t('complaints'), complaints),
    block(t('assessment'), assessment));
  const instance = lib.init(chartNode);
  instance.setOption({
    aria: ARIA, animation: false,
    tooltip: { trigger: 'item', valueFormatter: fmt.money },
    grid: { left: 10, right: 10, top: 10, bottom: 10, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: (v) => fmt.number(v) } },
    yAxis: { type: 'category', data: [o.currency] },
    series: buckets.map((b) => ({ name: b, type: 'bar', stack: 'aging',
      label: { show: true, formatter: (p) => (Number(p.value) > 0 ? b : ''), fontSize: 10 },
      data: [aging ? Number(aging.byBucket[b]) : 0] })),
  });
  current = instance;
}

export default {
  id: 'ardesk-customer-tab',
  pluginPoint: 'tasklist.task.detail',
  priority: 200,
  properties: { label: t('customerTab') },
  render: (node, props) => {
    const taskId = props && props.taskId;
    addStyle('ardesk-style');
    const view = section(t('customerTab'), { 'data-ardesk': 'customer-tab' });
    node.appendChild(view.node);
    customerOf(taskId)
      .then((customerNo) => {
        if (!customerNo) {
          fill(view.body, el('p', {}, t('noCustomer')));
          return null;
        }
        return Promise.all([echarts(), get(`customers/${encodeURIComponent(customerNo)}/overview`)])
          .then(([lib, overview]) => render(lib, view.body, overview));
      })
      .catch((e) => failed(view.body, e));
  },
  unmount: () => {
    if (current) current.dispose();
    current = null;
  },
};
