<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="62"/>
        <source>Log the outcome — {account}</source>
        <translation>记录拜访结果 — {account}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="68"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="74"/>
        <source>planned for a later day: the visit moves to this day</source>
        <extracomment>shown when the visit is planned after today: the day it really took place</extracomment>
        <translation>原计划在以后：拜访将改到这一天</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="81"/>
        <source>Took place on</source>
        <translation>实际拜访日期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="85"/>
        <source>Objective</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="89"/>
        <source>Outcome</source>
        <translation>拜访结果</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="91"/>
        <source>Objective met</source>
        <translation>目标达成</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="96"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="96"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="96"/>
        <source>Attitude before</source>
        <translation>原态度</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="96"/>
        <source>Attitude after</source>
        <translation>现态度</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="116"/>
        <source>Side</source>
        <translation>方</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="116"/>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="116"/>
        <source>Who</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="116"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="126"/>
        <source>Add commitment</source>
        <translation>添加承诺</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="128"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="139"/>
        <source>Plan the next visit now</source>
        <translation>立即计划下次拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="151"/>
        <source>Attitudes (feeds the stakeholder map&apos;s history)</source>
        <translation>态度变化（记入决策链地图的历史）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="154"/>
        <source>Commitments made by each side</source>
        <translation>双方的承诺</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="163"/>
        <source>Next visit</source>
        <translation>下次拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="164"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="169"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/outcome.py" line="170"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="102"/>
        <source>Edit visit plan</source>
        <translation>编辑拜访计划</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="102"/>
        <source>Plan a visit</source>
        <translation>制定拜访计划</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="107"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="108"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="109"/>
        <source>6W2H</source>
        <translation>6W2H</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="110"/>
        <source>Preparation</source>
        <translation>准备</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="113"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="118"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="119"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="166"/>
        <source>Search accounts (name or pinyin initials)</source>
        <translation>搜索客户（名称或拼音首字母）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="176"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="179"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="197"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="198"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="200"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="202"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="204"/>
        <source>Objective</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="208"/>
        <source>What this account should finally do (e.g. move its call centre to us)</source>
        <translation>客户最终要做的事（如：把回访中心转网至我司）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="210"/>
        <source>Final objective</source>
        <translation>终极目标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="213"/>
        <source>What this visit should achieve</source>
        <translation>本次拜访要达成的结果</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="214"/>
        <source>Stage objective</source>
        <translation>阶段目标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="217"/>
        <source>e.g. next week I will bring the contract for you to review</source>
        <translation>例：下周我把合同带来给您审阅</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="219"/>
        <source>Commitment to ask for</source>
        <translation>争取的承诺</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="221"/>
        <source>Minimum acceptable outcome</source>
        <translation>最低可接受结果</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="266"/>
        <source>the start and end on the Visit tab</source>
        <translation>见“拜访”页的开始和结束时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="267"/>
        <source>the place on the Visit tab</source>
        <translation>见“拜访”页的地点</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="268"/>
        <source>the People tab</source>
        <translation>见“人员”页</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="373"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/editor.py" line="404"/>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <location filename="../../kamdesk/ui/visits/reminders.py" line="88"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/reminders.py" line="100"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/reminders.py" line="100"/>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/reminders.py" line="100"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/reminders.py" line="100"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/reminders.py" line="111"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/reminders.py" line="113"/>
        <source>Plan visit</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/reminders.py" line="115"/>
        <source>Mark kept</source>
        <translation>标记为已兑现</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/reminders.py" line="117"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/reminders.py" line="119"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/reminders.py" line="135"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/visits/reminders.py" line="137"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/visits/reminders.py" line="138"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/reminders.py" line="142"/>
        <source>revisit every {n} days</source>
        <translation>每 {n} 天再访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/reminders.py" line="144"/>
        <source>contact every {n} days</source>
        <translation>每 {n} 天联络</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/reminders.py" line="146"/>
        <source>orders every {n} days</source>
        <translation>每 {n} 天采购</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/reminders.py" line="148"/>
        <source>birthday {date} ({account})</source>
        <translation>生日 {date}（{account}）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/reminders.py" line="152"/>
        <source>period {key}, due {date}</source>
        <translation>期间 {key}，截止 {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/visits/reminders.py" line="183"/>
        <source>%n reminder(s) for today</source>
        <translation>
            <numerusform>今天有 %n 条提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/visits/reminders.py" line="187"/>
        <source>The nearest %n of each kind are listed, and {more} more.</source>
        <translation>
            <numerusform>各类仅列出最近的 %n 条，另有 {more} 条未列出。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/reminders.py" line="191"/>
        <source>Nothing due today.</source>
        <translation>今天没有待办提醒。</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="61"/>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="63"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="67"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="72"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="76"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="82"/>
        <location filename="../../kamdesk/ui/visits/page.py" line="125"/>
        <source>Plan visit</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="84"/>
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="86"/>
        <source>Visit pack PDF…</source>
        <translation>拜访资料包 PDF…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="88"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="108"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="109"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="115"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="135"/>
        <source>Selected visit</source>
        <translation>选中的拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="137"/>
        <location filename="../../kamdesk/ui/visits/page.py" line="348"/>
        <source>Click a visit in the calendar or the list.</source>
        <translation>在日历或列表中点击一次拜访。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="140"/>
        <source>Open plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="142"/>
        <source>Log outcome</source>
        <translation>记录结果</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="144"/>
        <location filename="../../kamdesk/ui/visits/page.py" line="352"/>
        <location filename="../../kamdesk/ui/visits/page.py" line="453"/>
        <location filename="../../kamdesk/ui/visits/page.py" line="459"/>
        <source>Cancel visit</source>
        <translation>取消拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="280"/>
        <source>plan {n}</source>
        <translation>计划 {n}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="280"/>
        <source>no plan set</source>
        <translation>未设计划</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="281"/>
        <source>{label}: {done} done + {planned} planned / {goal}</source>
        <translation>{label}：已完成 {done} + 已计划 {planned} / {goal}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="287"/>
        <source>New visits</source>
        <translation>新拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="289"/>
        <source>Revisits</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="352"/>
        <location filename="../../kamdesk/ui/visits/page.py" line="445"/>
        <source>Restore visit</source>
        <translation>恢复拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="453"/>
        <source>Cancel this visit?</source>
        <translation>取消这次拜访？</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="467"/>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="490"/>
        <location filename="../../kamdesk/ui/visits/page.py" line="497"/>
        <location filename="../../kamdesk/ui/visits/page.py" line="501"/>
        <source>Export .ics</source>
        <translation>导出 .ics</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="490"/>
        <source>Calendar (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/visits/page.py" line="502"/>
        <source>%n planned visit(s) written to {path}</source>
        <translation>
            <numerusform>已将 %n 次计划拜访写入 {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="511"/>
        <location filename="../../kamdesk/ui/visits/page.py" line="517"/>
        <location filename="../../kamdesk/ui/visits/page.py" line="526"/>
        <source>Visit pack</source>
        <translation>拜访资料包</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="511"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="527"/>
        <source>{pages} pages written to {path} in {seconds:.1f} s. Open it now?</source>
        <translation>已在 {seconds:.1f} 秒内写入 {pages} 页到 {path}。现在打开吗？</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/page.py" line="541"/>
        <source>Print the visit pack</source>
        <translation>打印拜访资料包</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/visits/reminders.py" line="272"/>
        <source>%n new reminder(s)</source>
        <translation>
            <numerusform>%n 条新提醒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/reminders.py" line="284"/>
        <source>KAMdesk reminders</source>
        <translation>KAMdesk 提醒</translation>
    </message>
</context>
<context>
    <name>PackScopeDialog</name>
    <message>
        <source>What the calendar shows ({start} – {end})</source>
        <translation>日历当前显示的范围（{start} – {end}）</translation>
    </message>
    <message>
        <source>The selected visit (none selected)</source>
        <translation>选中的拜访（未选中）</translation>
    </message>
    <message>
        <source>The selected visit ({date})</source>
        <translation>选中的拜访（{date}）</translation>
    </message>
    <message>
        <source>One day:</source>
        <translation>指定日期：</translation>
    </message>
    <message>
        <source>Today ({date})</source>
        <translation>今天（{date}）</translation>
    </message>
    <message>
        <source>Tomorrow ({date})</source>
        <translation>明天（{date}）</translation>
    </message>
    <message>
        <source>Which visits?</source>
        <translation>哪些拜访？</translation>
    </message>
    <message>
        <source>Visit pack</source>
        <translation>拜访资料包</translation>
    </message>
</context>
<context>
    <name>PrepTab</name>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_prep.py" line="282"/>
        <location filename="../../kamdesk/ui/visits/plan_prep.py" line="318"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_prep.py" line="311"/>
        <source>Resources (tick what is ready)</source>
        <translation>资源准备（勾选已准备好的）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_prep.py" line="317"/>
        <source>Another item</source>
        <translation>其他事项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_prep.py" line="330"/>
        <source>One question per line</source>
        <translation>每行一个问题</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_prep.py" line="336"/>
        <source>SPIN questions</source>
        <translation>SPIN 提问</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_prep.py" line="340"/>
        <source>FAB points: feature → advantage → benefit to this customer</source>
        <translation>FAB 要点：特征 → 优势 → 对该客户的利益</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_prep.py" line="342"/>
        <source>Feature</source>
        <translation>特征</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_prep.py" line="342"/>
        <source>Advantage</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_prep.py" line="342"/>
        <source>Benefit</source>
        <translation>利益</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_prep.py" line="345"/>
        <source>Expected objections and answers</source>
        <translation>预期异议与应对</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_prep.py" line="346"/>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_prep.py" line="346"/>
        <source>Answer</source>
        <translation>应对</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_prep.py" line="282"/>
        <location filename="../../kamdesk/ui/visits/plan_prep.py" line="318"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_prep.py" line="283"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_people.py" line="228"/>
        <source>Their people (contacts of this account; current attitude in brackets)</source>
        <translation>客户方人员（该客户的联系人；方括号内为当前态度）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_people.py" line="235"/>
        <source>Our people</source>
        <translation>我方人员</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_people.py" line="246"/>
        <source>Others not on file, separated by commas (their side)</source>
        <translation>未建档的其他人员，用逗号分隔（客户方）</translation>
    </message>
</context>
<context>
    <name>BackgroundView</name>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_background.py" line="448"/>
        <source>Key people</source>
        <translation>关键人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_background.py" line="449"/>
        <source>No one on the map yet.</source>
        <translation>决策链地图上还没有人员。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_background.py" line="450"/>
        <source>Open commitments</source>
        <translation>未完成的承诺</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_background.py" line="451"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_background.py" line="452"/>
        <source>Insights</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_background.py" line="453"/>
        <source>Last contact</source>
        <translation>最近联络</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/plan_background.py" line="454"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>VisitListTab</name>
    <message>
        <location filename="../../kamdesk/ui/visits/visit_list.py" line="170"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/visit_list.py" line="178"/>
        <source>Search account, place, objective, outcome…</source>
        <translation>搜索客户、地点、目标、结果…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/visit_list.py" line="184"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/visit_list.py" line="186"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/visit_list.py" line="195"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/visit_list.py" line="199"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/visit_list.py" line="200"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/visit_list.py" line="201"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/visit_list.py" line="204"/>
        <source>Objective</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/visit_list.py" line="208"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/visit_list.py" line="209"/>
        <source>Final objective</source>
        <translation>终极目标</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/visits/visit_list.py" line="222"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次拜访</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToVisitBox</name>
    <message>
        <location filename="../../kamdesk/ui/visits/to_visit.py" line="82"/>
        <location filename="../../kamdesk/ui/visits/to_visit.py" line="125"/>
        <source>Plan visit</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/to_visit.py" line="120"/>
        <source>Accounts to visit</source>
        <translation>待拜访客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/to_visit.py" line="129"/>
        <source>Filter by account name</source>
        <translation>按客户名称筛选</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/to_visit.py" line="298"/>
        <source>revisit every {n} days</source>
        <translation>每 {n} 天再访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/to_visit.py" line="300"/>
        <source>contact every {n} days</source>
        <translation>每 {n} 天联络</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/visits/to_visit.py" line="302"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/visits/to_visit.py" line="304"/>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/visits/to_visit.py" line="304"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
</context>
</TS>
