#!/usr/bin/env python3
"""Writes the Simplified Chinese (zh-CN) webapp translations from the Traditional ones (zh-TW).

Camunda's webapps (Tasklist, Cockpit, Admin, Welcome) read their text from
src/main/resources/META-INF/resources/webjars/camunda/app/<app>/locales/<lang>.json. The zh-TW
files are translated by hand; this script derives zh-CN from them: OpenCC's tw2s for the
characters, then the mainland vocabulary of docs/glossary.md (文件 for 檔案, 程序 for 程式, 数据 for
資料, 挂起 for 暫停 …), then a few per-key choices. Translate new keys into zh-TW.json first, run
this script, and read the diff of the zh-CN files before committing.

Needs the `opencc` command (Debian/Ubuntu: apt-get install opencc). Run from the repository root:
    python3 scripts/webapp-locales-zh-cn.py
"""
import json, os, re, subprocess

APPS = ['welcome', 'tasklist', 'admin', 'cockpit']
BASE = 'src/main/resources/META-INF/resources/webjars/camunda/app'

def t2s(values):
    out = subprocess.run(['opencc', '-c', 'tw2s'], input='\n'.join(v.replace('\n', '\\n') for v in values),
                         capture_output=True, text=True, check=True).stdout
    return [v.replace('\\n', '\n') for v in out.split('\n')][:len(values)]

# ordered: longer, more specific phrases first (applied to Simplified text)
PHRASES = [
    ('还原序列化', '反序列化'), ('授权金钥', '许可证密钥'), ('金钥', '密钥'),
    ('批次作业', '批处理'), ('批次操作', '批量操作'), ('批次', '批量'),
    ('使用者名称', '用户名'), ('使用者', '用户'), ('群组', '组'),
    ('重新整理', '刷新'), ('载入', '加载'), ('储存', '保存'),
    ('优先顺序', '优先级'), ('伺服器', '服务器'),
    ('这些网页应用程式', '这些 Web 应用程序'), ('网页应用程式', 'Web 应用程序'), ('应用程式', '应用程序'), ('外挂程式', '插件'), ('程式名称', '程序名称'), ('程式', '程序'),
    ('说明文件', '文档'), ('技术支援', '技术支持'), ('支援', '支持'),
    ('资料库', '数据库'), ('个人资料', '个人资料'), ('详细资料', '详细信息'), ('资料列', '数据行'), ('资料', '数据'),
    ('资讯', '信息'), ('错误讯息', '错误信息'), ('讯息', '消息'), ('档案', '文件'), ('副档名', '扩展名'),
    ('预设', '默认'), ('连结', '链接'), ('历程', '历史'), ('存留时间', '保留时间'),
    ('帐', '账'), ('登录中', '注册表中'), ('登入', '登录'), ('登出后', '退出登录后'), ('已登出', '已退出登录'), ('登出', '退出登录'),
    ('物件', '对象'), ('字串', '字符串'), ('布林值', '布尔值'), ('字元', '字符'), ('十六进位', '十六进制'), ('二进位', '二进制'),
    ('游标', '光标'), ('剪贴簿', '剪贴板'), ('视窗', '窗口'), ('萤幕', '屏幕'), ('导览列', '导航栏'),
    ('运算式', '表达式'), ('运算子', '运算符'), ('巢状', '嵌套'), ('权杖', '令牌'),
    ('流程实例阶层', '流程实例层级'), ('依阶层', '按层级'), ('阶层', '层级'),
    ('注记', '注释'), ('稽核', '审计'), ('仪表板', '仪表盘'), ('暂停', '挂起'), ('重设', '重置'), ('无法复原', '无法撤销'),
    ('上层', '父'), ('移除时间', '删除时间'), ('按一下', '点击'), ('选取', '选择'), ('套用', '应用'), ('贴上', '粘贴'),
    ('自订', '自定义'), ('工作阶段可能已逾时', '会话可能已过期'), ('逾时', '超时'), ('通讯', '通信'), ('识别码', '标识符'),
    ('组态', '配置'), ('内容路径', '上下文路径'), ('主机名称', '主机名'), ('时间戳记', '时间戳'), ('长条图', '柱状图'),
    ('每季', '每季度'), ('串联删除', '级联删除'), ('既有', '现有'), ('略过', '跳过'), ('全域', '全局'), ('身分', '身份'),
    ('身份提供者', '身份提供程序'), ('合约', '合同'), ('交易', '事务'), ('分页', '选项卡'), ('回应', '响应'),
    ('汇出', '导出'), ('汇入', '导入'), ('堆叠追踪', '堆栈跟踪'), ('非同步', '异步'), ('开启', '打开'),
    ('搜寻', '搜索'), ('新增', '添加'), ('建立对应', '创建映射'), ('建立', '创建'), ('设定', '设置'), ('排定', '计划'), ('清单', '列表'),
    ('被呼叫', '被调用'), ('呼叫', '调用'), ('已指派', '已分配'), ('未指派', '未分配'), ('指派', '分配'),
    ('依任务', '按任务'), ('依流程', '按流程'), ('依组', '按组'), ('依类型', '按类型'), ('依订阅', '按订阅'), ('依引擎', '按引擎'),
    ('依此', '根据此'), ('依候选', '按候选'),
    ('执行环境', '运行环境'), ('执行阶段', '运行时'), ('执行中', '运行中'), ('正在执行。', '正在运行。'),
    ('输入输出对应', '输入输出映射'), ('变数对应', '变量映射'), ('对应错误', '映射错误'), 
    ('定义对应', '定义映射'), ('移除对应', '移除映射'), ('对应的活动', '映射的活动'), ('未对应', '未映射'), ('将被对应', '将被映射'),
    ('变数', '变量'), ('检视', '查看'), ('影片', '视频'), ('讯号', '信号'), ('计时器', '定时器'), ('网路', '网络'),
    ('社群', '社区'), ('比对', '匹配'), ('连动', '联动'), ('排程器', '调度器'), ('相容', '兼容'),
    ('快速键', '快捷键'), ('目前的', '当前'), ('目前', '当前'), ('显示中…', '渲染中…'), ('透过', '通过'), ('取得', '获取'),
    ('存取', '访问'), ('输入栏位', '输入框'), ('栏位', '字段'), ('拥有者', '所有者'), ('收合', '折叠'), ('区块', '区域'),
    ('回报', '报告'), ('传回', '返回'), ('发生例外', '发生错误'), ('例外', '错误信息'), ('覆写', '覆盖'), ('内建', '内置'),
    ('十六进制色码', '十六进制颜色代码'), ('一般设置', '常规设置'), ('依默认', '按默认'), ('个人数据', '个人资料'),
]
REGEXES = [
    (r'启用(?!时|此选项|「)', '激活'), (r'必须激活', '必须启用'),
    (r'「作用中」', '「激活」'), (r'目前作用中的', '当前处于活动状态的'), (r'处于作用中状态', '处于激活状态'),
    (r'作用中的活动 ID', '当前活动 ID'), (r'作用中', '活动'),
    (r'(实例|定义|历史|表格)查看', r'\1视图'), (r'查看$', '视图'),
    (r'记录(?!的数量)', '日志'),
    (r'说明', '描述'), (r'^一般$', '常规'), (r'^对应$', '映射'),
    (r'「', '“'), (r'」', '”'),
]

def convert(values):
    out = []
    for v in t2s(values):
        for a, b in PHRASES:
            v = v.replace(a, b)
        for a, b in REGEXES:
            v = re.sub(a, b, v)
        out.append(v)
    return out


# per-key choices where one Traditional word stands for two mainland ones
KEY_OVERRIDES = {
    'CAM_WIDGET_FOOTER_POWERED_BY': '技术支持：',
    'PLUGIN_DOCUMENTATION_MODAL_HEADER': '{{name}} 的文档',
    'PLUGIN_DOCUMENTATION_MODAL_COPY': '复制文档',
    'PLUGIN_INSPECT_TAB_NO_DOCU': '没有文档',
    'PLGN_BATCH_CHOOSE_SELECTION_TYPE': '选择选取方式',
    'CAM_WIDGET_SELECTION_TYPE_QUERY_LINK': '将选取方式改为',
    'PLGN_MOD_ANCESTOR': '上级：',
    'PLGN_MOD_SELECT_ANCESTOR': '选择上级',
}

DATE_CN = {
    "calendar": {"lastDay": "[昨天] LT", "lastWeek": "[上]dddd LT", "nextDay": "[明天] LT",
                 "nextWeek": "[下]dddd LT", "sameDay": "[今天] LT", "sameElse": "L"},
    "longDateFormat": {"L": "YYYY-MM-DD", "LL": "YYYY年M月D日", "LLL": "YYYY年M月D日 LT",
                       "LLLL": "YYYY年M月D日dddd LT", "LT": "HH:mm"},
    "months": ["一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"],
    "monthsShort": ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
    "relativeTime": {"M": "1 个月", "MM": "%d 个月", "d": "1 天", "dd": "%d 天", "future": "%s后", "h": "1 小时",
                     "hh": "%d 小时", "m": "1 分钟", "mm": "%d 分钟", "past": "%s前", "s": "几秒", "y": "1 年",
                     "yy": "%d 年"},
    "week": {"dow": 1, "doy": 4},
    "weekdays": ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"],
    "weekdaysMin": ["日", "一", "二", "三", "四", "五", "六"],
    "weekdaysShort": ["周日", "周一", "周二", "周三", "周四", "周五", "周六"],
}


def main():
    for app in APPS:
        folder = os.path.join(BASE, app, 'locales')
        with open(os.path.join(folder, 'zh-TW.json'), encoding='utf-8') as f:
            tw = json.load(f)
        keys = list(tw['labels'])
        cn_values = convert([tw['labels'][k] for k in keys])
        doc = {}
        if 'dateLocales' in tw:
            doc['dateLocales'] = DATE_CN
        doc['labels'] = {k: KEY_OVERRIDES.get(k, v) for k, v in zip(keys, cn_values)}
        with open(os.path.join(folder, 'zh-CN.json'), 'w', encoding='utf-8') as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write('\n')
        print(folder, len(keys), 'keys')


if __name__ == '__main__':
    main()
