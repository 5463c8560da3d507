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
    <name>Menus</name>
    <message>
        <source>Receive reps' su&amp;bmissions…</source>
        <translation>接收客户经理的提交文件(&amp;B)…</translation>
    </message>
</context>
</TS>
