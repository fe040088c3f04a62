// AR Desk: what the Cockpit and Tasklist plugins share: the API root, reading /api with the
// webapp session, the chart library (Apache ECharts from its WebJar), locale-aware numbers and the
// labels in English, Traditional and Simplified Chinese ([en, zh-TW, zh-CN]).
import { webappLanguage, browserLanguage } from '../../ardesk-locale.js';

const ROOT = new URL('../../../../', import.meta.url); // .../camunda/app/cockpit/scripts/ -> context root
export const API = new URL('api/', ROOT).href;
/** The webapps' engine API (session and CSRF of the webapp), default engine. */
export const ENGINE_API = new URL('camunda/api/engine/engine/default', ROOT).href;
const ECHARTS = new URL('webjars/echarts/5.3.1/dist/echarts.min.js', ROOT).href;

/**
 * The plugins speak the language of the webapp around them (ardesk-locale.js: the browser's, else
 * ardesk.language): en, zh-TW or zh-CN; numbers and dates follow it (2026年12月6日, 12,400.00).
 */
export const LANGUAGE = webappLanguage(browserLanguage());
export const LOCALE = LANGUAGE === 'en' ? (navigator.language || 'en') : LANGUAGE;
export const ZH = LANGUAGE !== 'en';
const COLUMN = { en: 0, 'zh-TW': 1, 'zh-CN': 2 }[LANGUAGE];

const WORDS = {
  receivables: ['Receivables', '應收帳款', '应收账款'],
  asOf: ['Aging as of', '帳齡日期', '账龄日期'],
  aging: ['Aging by bucket', '帳齡分佈', '账龄分布'],
  total: ['Total', '合計', '合计'],
  currency: ['Currency', '幣別', '币种'],
  bucket: ['Bucket', '帳齡區間', '账龄区间'],
  customers: ['Customers in', '客戶:', '客户：'],
  customer: ['Customer', '客戶', '客户'],
  amount: ['Amount', '金額', '金额'],
  openCase: ['open case', '查看催收案件', '查看催收案件'],
  kpis: ['DSO, best-possible DSO, ADD and CEI by month', '每月 DSO、最佳 DSO、平均拖欠天數、CEI', '每月 DSO、最佳 DSO、平均拖欠天数、CEI'],
  dso: ['DSO (days)', 'DSO(天)', 'DSO（天）'],
  bestDso: ['Best-possible DSO (days)', '最佳 DSO(天)', '最佳 DSO（天）'],
  add: ['Average days delinquent', '平均拖欠天數', '平均拖欠天数'],
  cei: ['CEI (%)', 'CEI(%)', 'CEI（%）'],
  month: ['Month', '月份', '月份'],
  stages: ['Open cases by stage', '各階段催收案件', '各阶段催收案件'],
  stage: ['Stage', '階段', '阶段'],
  cases: ['Cases', '案件數', '案件数'],
  overdue: ['Overdue', '逾期金額', '逾期金额'],
  moves: ['This month', '本月', '本月'],
  entered: ['entered', '新開', '新开'],
  leftPaid: ['left paid', '已付清結案', '已付清结案'],
  escalated: ['escalated', '升級', '升级'],
  complaints: ['Complaints', '客戶抱怨', '客户抱怨'],
  inTime: ['First response within 24 h', '24 小時內首次回應', '24 小时内首次回应'],
  openByStep: ['Open by step', '各步驟未結', '各步骤未结'],
  byCategory: ['Open by category', '各類別未結', '各类别未结'],
  forecast: ['Cash-in forecast, next 13 weeks', '未來 13 週收款預測', '未来 13 周收款预测'],
  week: ['Week', '週', '周'],
  expected: ['Expected', '預計收款', '预计收款'],
  promised: ['of which promised', '其中承諾付款', '其中承诺付款'],
  lateItems: ['of which late items', '其中逾期項目', '其中逾期项目'],
  later: ['Later', '更晚', '更晚'],
  calendar: ['Coming actions, next 30 days', '未來 30 天待辦', '未来 30 天待办'],
  date: ['Date', '日期', '日期'],
  what: ['What', '事項', '事项'],
  worklist: ['Worklist by expected loss', '按預期損失排序的工作清單', '按预期损失排序的工作清单'],
  rank: ['#', '#', '#'],
  expectedLoss: ['Expected loss', '預期損失', '预期损失'],
  reason: ['Reason', '原因', '原因'],
  none: ['Nothing to show', '無資料', '无数据'],
  loading: ['Loading…', '載入中…', '加载中…'],
  failed: ['Could not load', '無法載入', '无法加载'],
  customerTab: ['Customer', '客戶', '客户'],
  openItems: ['Open items', '未結項目', '未结项目'],
  invoice: ['Invoice', '發票', '发票'],
  due: ['Due', '到期日', '到期日'],
  dpd: ['Days past due', '逾期天數', '逾期天数'],
  open: ['Open', '未結金額', '未结金额'],
  caseStage: ['Collection case', '催收案件', '催收案件'],
  history: ['History', '歷程', '历史'],
  letters: ['Letters sent', '已寄信函', '已寄信函'],
  promises: ['Open promises to pay', '未到期付款承諾', '未到期付款承诺'],
  assessment: ['Last credit assessment', '最近一次信用評估', '最近一次信用评估'],
  grade: ['Grade', '等級', '等级'],
  score: ['Score', '分數', '分数'],
  limit: ['Recommended limit', '建議額度', '建议额度'],
  disputed: ['disputed', '爭議中', '争议中'],
  noCustomer: ['This task is not about a customer.', '此任務與客戶無關。', '此任务与客户无关。'],
  operationLog: ['Operation log', '操作記錄', '操作记录'],
  operations: ['Who changed what', '誰改了什麼', '谁改了什么'],
  when: ['When', '時間', '时间'],
  who: ['Who', '使用者', '用户'],
  operation: ['Operation', '操作', '操作'],
  instance: ['Process instance', '流程實例', '流程实例'],
  entity: ['Entity', '對象', '对象'],
  property: ['Property', '屬性', '属性'],
  change: ['Old → new', '原值 → 新值', '原值 → 新值'],
  annotation: ['Annotation', '註記', '注释'],
  system: ['(no user)', '(無使用者)', '（无用户）'],
  noOperations: ['No user operations recorded.', '沒有使用者操作記錄。', '没有用户操作记录。'],
  latest: ['Showing the latest', '僅顯示最近', '仅显示最近'],
  completedTasks: ['Completed tasks', '已完成的任務', '已完成的任务'],
  completedAt: ['Completed', '完成時間', '完成时间'],
  completedBy: ['Completed by', '完成者', '完成者'],
  taskName: ['Task', '任務', '任务'],
};

export function t(key) {
  const pair = WORDS[key];
  return pair ? pair[COLUMN] : key;
}

const money = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const number = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const dates = new Intl.DateTimeFormat(LOCALE, { year: 'numeric', month: 'short', day: 'numeric' });

export const fmt = {
  money: (v) => (v === null || v === undefined ? '' : money.format(Number(v))),
  number: (v) => (v === null || v === undefined ? '' : number.format(Number(v))),
  date: (iso) => (iso ? dates.format(new Date(`${String(iso).substring(0, 10)}T00:00:00`)) : ''),
};

export async function get(path) {
  const response = await fetch(API + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`${response.status} ${path}`);
  }
  return response.json();
}

export async function engine(engineApi, path) {
  const response = await fetch(`${engineApi}/${path}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`${response.status} ${path}`);
  }
  return response.json();
}

let loading;
export function echarts() {
  if (window.echarts) {
    return Promise.resolve(window.echarts);
  }
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = ECHARTS;
      script.onload = () => resolve(window.echarts);
      script.onerror = () => reject(new Error('could not load ECharts'));
      document.head.appendChild(script);
    });
  }
  return loading;
}

/** Patterns beside colours (ECharts decals) and labels: the charts read without colour. */
export const ARIA = { enabled: true, decal: { show: true } };

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    if (name === 'onclick') node.addEventListener('click', value);
    else node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return node;
}

export function table(headers, rows, attrs = {}) {
  return el('table', { class: 'table table-condensed ardesk-table', ...attrs },
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows));
}

export function section(title, attrs = {}) {
  const body = el('div', { class: 'ardesk-body' }, el('p', { class: 'ardesk-loading' }, t('loading')));
  const node = el('section', { class: 'ardesk-section', ...attrs }, el('h3', {}, title), body);
  return { node, body };
}

export function fill(body, ...children) {
  body.innerHTML = '';
  children.flat().forEach((c) => c && body.appendChild(c));
}

export function failed(body, error) {
  fill(body, el('p', { class: 'ardesk-error', role: 'alert' }, `${t('failed')}: ${error.message}`));
}

export function chartBox(height = 280) {
  return el('div', { class: 'ardesk-chart', style: `height:${height}px`, 'aria-hidden': 'true' });
}

export function isoDate(d) {
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60000);
  return local.toISOString().substring(0, 10);
}

export const STYLE = `
.ardesk-section { margin: 0 0 24px; padding: 12px 16px; border: 1px solid #ccc; border-radius: 4px; background: #fff; }
.ardesk-section h3 { margin-top: 0; font-size: 18px; }
.ardesk-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 16px; }
.ardesk-table td.num, .ardesk-table th.num { text-align: right; font-variant-numeric: tabular-nums; }
.ardesk-table button.link { border: 0; background: none; padding: 0; color: #1f5f9f; text-decoration: underline; cursor: pointer; }
.ardesk-figure { display: inline-block; margin-right: 24px; }
.ardesk-figure strong { font-size: 20px; display: block; }
.ardesk-error { color: #a00; }
`;

export function addStyle(id) {
  if (!document.getElementById(id)) {
    document.head.appendChild(el('style', { id }, STYLE));
  }
}
