// AR Desk Cockpit plugins: the "Receivables" dashboard (cockpit.dashboard) and the worklist ranked by
// expected loss (a cockpit.route with its cockpit.navigation entry). Data comes from /api with the
// logged-in user's own session; every chart has a table beside it with the same numbers.
import {
  t, fmt, get, engine, echarts, ENGINE_API, ARIA, el, table, section, fill, failed, chartBox, isoDate, addStyle,
} from './ardesk-common.js';

const charts = new Set();
function chart(lib, box, option, onClick) {
  const instance = lib.init(box, null, { renderer: 'canvas' });
  instance.setOption({ aria: ARIA, animation: false, ...option });
  if (onClick) instance.on('click', onClick);
  charts.add(instance);
  return instance;
}
function disposeCharts() {
  charts.forEach((c) => c.dispose());
  charts.clear();
}

async function caseLink(api, customerNo) {
  try {
    const instances = await engine((api && api.engineApi) || ENGINE_API,
      `process-instance?processDefinitionKey=collection-case&businessKey=${encodeURIComponent(customerNo)}&maxResults=1`);
    return instances.length ? `#/process-instance/${instances[0].id}/runtime` : null;
  } catch (e) {
    return null;
  }
}

async function customerList(api, target, report, currency, bucket) {
  const lines = report.customers
    .filter((c) => Number(c.byBucket[bucket]) > 0)
    .sort((a, b) => Number(b.byBucket[bucket]) - Number(a.byBucket[bucket]));
  const links = await Promise.all(lines.map((c) => caseLink(api, c.customerNo)));
  fill(target,
    el('h4', {}, `${t('customers')} ${bucket} (${currency})`),
    lines.length === 0 ? el('p', {}, t('none')) : table([t('customer'), t('amount'), ''], lines.map((c, i) => el('tr',
      { 'data-customer': c.customerNo },
      el('td', {}, `${c.name} (${c.customerNo})`),
      el('td', { class: 'num', 'data-amount': c.byBucket[bucket] }, `${fmt.money(c.byBucket[bucket])} ${currency}`),
      el('td', {}, links[i] ? el('a', { href: links[i] }, t('openCase')) : ''))),
    { 'data-ardesk': 'bucket-customers', 'data-bucket': bucket }));
}

// no date chosen: the server's today (AR Desk's time zone, not the browser's), which the report names
async function agingSection(lib, api, box, chosen, onDate) {
  const first = await get(chosen ? `reports/aging?asOf=${chosen}` : 'reports/aging');
  const asOf = first.asOf;
  onDate(asOf);
  const figures = await get('reports/case-figures').catch(() => ({ byStage: [] }));
  const currencies = [...new Set([first.currency, ...figures.byStage.map((s) => s.currency).filter(Boolean)])];
  const reports = [first, ...await Promise.all(currencies.slice(1).map((c) => get(`reports/aging?asOf=${asOf}&currency=${c}`)))];
  const buckets = first.buckets;
  const chartNode = chartBox(90 + 50 * reports.length);
  const list = el('div', { 'data-ardesk': 'bucket-list' });
  const show = (currency, bucket) => customerList(api, list, reports.find((r) => r.currency === currency), currency, bucket);
  const rows = reports.map((r) => el('tr', { 'data-currency': r.currency },
    el('th', { scope: 'row' }, r.currency),
    buckets.map((b) => el('td', { class: 'num', 'data-bucket': b, 'data-amount': r.total.byBucket[b] },
      el('button', { class: 'link', type: 'button', onclick: () => show(r.currency, b) }, fmt.money(r.total.byBucket[b])))),
    el('td', { class: 'num', 'data-total': r.total.open }, fmt.money(r.total.open))));
  fill(box, chartNode,
    table([t('currency'), ...buckets, t('total')], rows, { 'data-ardesk': 'aging-table', 'data-as-of': asOf }),
    list);
  chart(lib, chartNode, {
    tooltip: { trigger: 'item', valueFormatter: fmt.money },
    legend: { top: 0 },
    grid: { left: 60, right: 30, top: 40, bottom: 30, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: (v) => fmt.number(v) } },
    yAxis: { type: 'category', data: reports.map((r) => `${r.currency} ${fmt.money(r.total.open)}`) },
    series: buckets.map((b) => ({
      name: b, type: 'bar', stack: 'aging', emphasis: { focus: 'series' },
      label: { show: true, formatter: (p) => (Number(p.value) > 0 ? b : ''), fontSize: 10 },
      data: reports.map((r) => Number(r.total.byBucket[b])),
    })),
  }, (p) => show(reports[p.dataIndex].currency, p.seriesName));
}

async function kpiSection(lib, box) {
  const today = new Date();
  const months = [];
  for (let i = 11; i >= 0; i--) {
    const start = new Date(today.getFullYear(), today.getMonth() - i, 1);
    const end = i === 0 ? today : new Date(today.getFullYear(), today.getMonth() - i + 1, 0);
    months.push({ label: isoDate(start).substring(0, 7), from: isoDate(start), to: isoDate(end) });
  }
  const kpis = await Promise.all(months.map((m) => get(`reports/kpis?from=${m.from}&to=${m.to}`)));
  const series = [
    ['dso', 'dso', 'circle', 'solid'], ['bestPossibleDso', 'bestDso', 'rect', 'dashed'],
    ['averageDaysDelinquent', 'add', 'triangle', 'dotted'], ['collectionEffectivenessIndex', 'cei', 'diamond', 'solid'],
  ];
  const chartNode = chartBox(300);
  fill(box, chartNode, table([t('month'), ...series.map((s) => t(s[1]))], months.map((m, i) => el('tr', {},
    el('th', { scope: 'row' }, m.label), series.map((s) => el('td', { class: 'num' }, fmt.number(kpis[i][s[0]])))),
  ), { 'data-ardesk': 'kpi-table' }));
  chart(lib, chartNode, {
    tooltip: { trigger: 'axis', valueFormatter: fmt.number },
    legend: { top: 0 },
    grid: { left: 50, right: 50, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: months.map((m) => m.label) },
    yAxis: [{ type: 'value', name: t('dso') }, { type: 'value', name: t('cei'), max: 100 }],
    series: series.map((s, i) => ({
      name: t(s[1]), type: 'line', symbol: s[2], symbolSize: 8, lineStyle: { type: s[3] }, yAxisIndex: i === 3 ? 1 : 0,
      endLabel: { show: true, formatter: (p) => t(s[1]).split(' ')[0] },
      data: kpis.map((k) => (k[s[0]] === null ? null : Number(k[s[0]]))),
    })),
  });
}

async function stageSection(lib, box) {
  const figures = await get('reports/case-figures');
  const chartNode = chartBox(240);
  const m = figures.moves;
  fill(box,
    el('div', { 'data-ardesk': 'case-moves' },
      el('span', { class: 'ardesk-figure' }, el('strong', { 'data-entered': m.entered }, fmt.number(m.entered)), `${t('moves')}: ${t('entered')}`),
      el('span', { class: 'ardesk-figure' }, el('strong', { 'data-left-paid': m.leftPaid }, fmt.number(m.leftPaid)), t('leftPaid')),
      el('span', { class: 'ardesk-figure' }, el('strong', { 'data-escalated': m.escalated }, fmt.number(m.escalated)), t('escalated'))),
    chartNode,
    table([t('stage'), t('currency'), t('cases'), t('overdue')], figures.byStage.map((s) => el('tr', { 'data-stage': s.stage },
      el('th', { scope: 'row' }, s.stage), el('td', {}, s.currency), el('td', { class: 'num' }, fmt.number(s.cases)),
      el('td', { class: 'num' }, fmt.money(s.overdueAmount))))));
  chart(lib, chartNode, {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 50, right: 60, top: 40, bottom: 30, containLabel: true },
    xAxis: { type: 'category', data: figures.byStage.map((s) => `${s.stage} ${s.currency}`) },
    yAxis: [{ type: 'value', name: t('cases'), minInterval: 1 }, { type: 'value', name: t('overdue') }],
    series: [
      { name: t('cases'), type: 'bar', label: { show: true }, data: figures.byStage.map((s) => s.cases) },
      { name: t('overdue'), type: 'bar', yAxisIndex: 1, label: { show: true, formatter: (p) => fmt.number(p.value) },
        data: figures.byStage.map((s) => Number(s.overdueAmount)) },
    ],
  });
  return figures;
}

async function complaintSection(box, figures) {
  const today = new Date();
  const from = isoDate(new Date(today.getFullYear(), today.getMonth(), 1));
  const report = await get(`reports/complaints?from=${from}&to=${isoDate(today)}`);
  const pairs = (map) => Object.entries(map || {}).map(([k, v]) => el('tr', {}, el('th', { scope: 'row' }, k), el('td', { class: 'num' }, fmt.number(v))));
  fill(box,
    el('span', { class: 'ardesk-figure', 'data-ardesk': 'first-response' },
      el('strong', {}, report.shareAnsweredInTime === null ? '–' : `${fmt.number(report.shareAnsweredInTime)} %`),
      `${t('inTime')} (${t('moves')})`),
    el('div', { class: 'ardesk-grid' },
      el('div', {}, el('h4', {}, t('openByStep')), table([t('stage'), t('cases')], pairs(figures.openComplaintsByStep))),
      el('div', {}, el('h4', {}, t('byCategory')), table([t('what'), t('cases')], pairs(figures.openComplaintsByCategory)))));
}

async function forecastSection(lib, box) {
  const forecast = await get('reports/cash-forecast?weeks=13');
  const chartNode = chartBox(300);
  const weeks = forecast.byWeek;
  fill(box, chartNode,
    table([t('week'), t('expected'), t('promised'), t('lateItems')], weeks.map((w) => el('tr', { 'data-week': w.week },
      el('th', { scope: 'row' }, `${w.week}: ${fmt.date(w.start)}`),
      el('td', { class: 'num', 'data-expected': w.expected }, fmt.money(w.expected)),
      el('td', { class: 'num', 'data-promised': w.promised }, fmt.money(w.promised)),
      el('td', { class: 'num' }, fmt.money(w.fromLateItems)))),
    { 'data-ardesk': 'forecast-table', 'data-currency': forecast.currency, 'data-expected': forecast.expected }),
    el('p', {}, `${t('total')}: ${fmt.money(forecast.expected)} ${forecast.currency}; ${t('later')}: ${fmt.money(forecast.later)}`));
  chart(lib, chartNode, {
    tooltip: { trigger: 'axis', valueFormatter: fmt.money },
    legend: { top: 0 },
    grid: { left: 60, right: 20, top: 40, bottom: 30, containLabel: true },
    xAxis: { type: 'category', data: weeks.map((w) => `${t('week')} ${w.week}`) },
    yAxis: { type: 'value', axisLabel: { formatter: (v) => fmt.number(v) } },
    series: [
      { name: t('promised'), type: 'bar', stack: 'cash', data: weeks.map((w) => Number(w.promised)) },
      { name: t('expected'), type: 'bar', stack: 'cash', data: weeks.map((w) => Number(w.expected) - Number(w.promised)),
        label: { show: true, position: 'top', formatter: (p) => fmt.number(weeks[p.dataIndex].expected) } },
    ],
  });
}

async function calendarSection(box) {
  const actions = await get('reports/coming-actions?days=30');
  fill(box, actions.length === 0 ? el('p', {}, t('none')) : table([t('date'), t('customer'), t('what'), t('amount')],
    actions.map((a) => el('tr', { 'data-kind': a.kind, 'data-date': a.date, 'data-customer': a.customerNo },
      el('td', {}, fmt.date(a.date)), el('td', {}, `${a.customerName} (${a.customerNo})`), el('td', {}, `${a.kind}: ${a.what}`),
      el('td', { class: 'num' }, a.amount === null ? '' : `${fmt.money(a.amount)} ${a.currency || ''}`))),
    { 'data-ardesk': 'calendar-table' }));
}

async function worklistTable(api, box, limit) {
  const list = await get('collections/worklist');
  const shown = limit ? list.slice(0, limit) : list;
  const links = await Promise.all(shown.map((w) => caseLink(api, w.customerNo)));
  fill(box, shown.length === 0 ? el('p', {}, t('none')) : table([t('rank'), t('customer'), t('stage'), t('expectedLoss'), t('reason')],
    shown.map((w, i) => el('tr', { 'data-customer': w.customerNo, 'data-expected-loss': w.expectedLoss },
      el('td', {}, String(w.rank)),
      el('td', {}, links[i] ? el('a', { href: links[i] }, `${w.name} (${w.customerNo})`) : `${w.name} (${w.customerNo})`),
      el('td', {}, w.stage || ''), el('td', { class: 'num' }, `${fmt.money(w.expectedLoss)} ${w.currency}`),
      el('td', {}, w.reason))), { 'data-ardesk': 'worklist-table' }));
}

function guard(promise, body) {
  return promise.catch((e) => failed(body, e));
}

const dashboard = {
  id: 'ardesk-receivables',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: (node, props) => {
    const api = (props && props.api) || {};
    addStyle('ardesk-style');
    const date = el('input', { type: 'date', 'data-ardesk': 'as-of', 'aria-label': t('asOf') });
    const aging = section(t('aging'), { 'data-ardesk': 'aging' });
    const kpi = section(t('kpis'), { 'data-ardesk': 'kpis' });
    const stages = section(t('stages'), { 'data-ardesk': 'stages' });
    const complaints = section(t('complaints'), { 'data-ardesk': 'complaints' });
    const forecast = section(t('forecast'), { 'data-ardesk': 'forecast' });
    const calendar = section(t('calendar'), { 'data-ardesk': 'calendar' });
    const worklist = section(t('worklist'), { 'data-ardesk': 'worklist' });
    const root = el('div', { class: 'ardesk-dashboard', 'data-ardesk': 'dashboard', lang: t('receivables') === 'Receivables' ? 'en' : 'zh' },
      el('h2', {}, t('receivables')),
      el('label', {}, `${t('asOf')} `, date),
      aging.node, el('div', { class: 'ardesk-grid' }, forecast.node, kpi.node), el('div', { class: 'ardesk-grid' }, stages.node, complaints.node),
      el('div', { class: 'ardesk-grid' }, calendar.node, worklist.node));
    node.appendChild(root);
    echarts().then((lib) => {
      const loadAging = () => guard(agingSection(lib, api, aging.body, date.value, (asOf) => { date.value = asOf; }),
        aging.body);
      date.addEventListener('change', loadAging);
      loadAging();
      guard(forecastSection(lib, forecast.body), forecast.body);
      guard(kpiSection(lib, kpi.body), kpi.body);
      guard(stageSection(lib, stages.body).then((figures) => complaintSection(complaints.body, figures)), stages.body);
      guard(calendarSection(calendar.body), calendar.body);
      guard(worklistTable(api, worklist.body, 10), worklist.body);
    }).catch((e) => failed(aging.body, e));
  },
  unmount: disposeCharts,
};

const worklistRoute = {
  id: 'ardesk-worklist-route',
  pluginPoint: 'cockpit.route',
  properties: { path: '/receivables-worklist', label: '/receivables-worklist' },
  render: (node, props) => {
    const api = (props && props.api) || {};
    addStyle('ardesk-style');
    const list = section(t('worklist'), { 'data-ardesk': 'worklist-page' });
    node.appendChild(el('div', { class: 'ardesk-dashboard', style: 'padding: 16px' }, list.node));
    guard(worklistTable(api, list.body, 0), list.body);
  },
};

const worklistNavigation = {
  id: 'ardesk-worklist-navigation',
  pluginPoint: 'cockpit.navigation',
  priority: 5,
  properties: { path: '/receivables-worklist', pagePath: '#/receivables-worklist', label: 'Worklist' },
  checkActive: (path) => path.indexOf('#/receivables-worklist') > -1,
  render: (node) => {
    node.appendChild(el('a', { href: '#/receivables-worklist' }, t('worklist')));
  },
};

export default [dashboard, worklistRoute, worklistNavigation];
