<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Stage objective</source>
        <translation>阶段目标</translation>
    </message>
    <message>
        <source>Final objective</source>
        <translation>终极目标</translation>
    </message>
</context>
<context>
    <name>MapsPage</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody on this map yet: add the economic, technical and user buyers and a coach (Add person…).</source>
        <translation>决策链图上还没有人员：添加经济买家、技术买家、使用买家和教练买家（添加人员…）。</translation>
    </message>
</context>
<context>
    <name>AccountMapPanel</name>
    <message>
        <source>Nobody on these maps yet: open one and add the economic, technical and user buyers and a coach.</source>
        <translation>决策链图上还没有人员：打开一张图，添加经济买家、技术买家、使用买家和教练买家。</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message numerus="yes">
        <source>%n new note(s) imported</source>
        <translation>
            <numerusform>已导入 %n 条新批注</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
</context>
<context>
    <name>CalendarLegend</name>
    <message>
        <source>Visits at the same time are stacked; the Day view puts them side by side.</source>
        <translation>同一时间的拜访上下排列；日视图中并排显示。</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Account file</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Opportunities &amp;&amp; visits</source>
        <translation>商机与拜访</translation>
    </message>
</context>
<context>
    <name>AccountWorkTab</name>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Upcoming visits</source>
        <translation>待进行的拜访</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message numerus="yes">
        <source>Opportunities (%n)</source>
        <translation>
            <numerusform>商机（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upcoming visits (%n)</source>
        <translation>
            <numerusform>待进行的拜访（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>No visit planned: use “Plan visit” above.</source>
        <translation>尚未计划拜访：请点击上方的“计划拜访”。</translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <source>Done</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Done: a commitment is marked kept; any other reminder leaves the list</source>
        <translation>已处理：承诺标记为已兑现，其他提醒从列表中移除</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明天再提醒</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>3 天后再提醒</translation>
    </message>
    <message>
        <source>Until next Monday</source>
        <translation>下周一再提醒</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>不再提醒</translation>
    </message>
    <message>
        <source>Do not remind me of this again</source>
        <translation>这一条以后不再提醒</translation>
    </message>
    <message numerus="yes">
        <source>(the nearest %n listed)</source>
        <translation>
            <numerusform>（列出最近的 %n 条）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <source>{revision} (this version: {head})</source>
        <translation>{revision}（本版本：{head}）</translation>
    </message>
    <message>
        <source>Chinese is shown in the bundled font {name} ({copyright}), licensed {licence}.</source>
        <translation>中文使用随附的字体 {name}（{copyright}），许可证：{licence}。</translation>
    </message>
    <message>
        <source>Show the font's licence text</source>
        <translation>显示字体许可证全文</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>KAMdesk user guide</source>
        <translation>KAMdesk 使用指南</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>User &amp;guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>Receive reps' su&amp;bmissions…</source>
        <translation>接收客户经理的提交文件(&amp;B)…</translation>
    </message>
</context>
</TS>
