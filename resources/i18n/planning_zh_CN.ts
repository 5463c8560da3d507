<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DeadlinesView</name>
    <message>
        <source>Hand in today's log</source>
        <translation>提交今日工作日志</translation>
    </message>
    <message>
        <source>Hand in this week's report</source>
        <translation>提交本周计划和总结</translation>
    </message>
    <message>
        <source>%1 %2 handed in: %3 (due %4)</source>
        <translation>%1 %2 已提交：%3（截止 %4）</translation>
    </message>
</context>
<context>
    <name>ManagerView</name>
    <message>
        <source>Each rep this month, live: visits, pipeline, reports on time, calls against the decomposition</source>
        <translation>本月各客户经理（实时）：拜访、管道金额、报告按时提交情况、有效电话对照任务分解</translation>
    </message>
    <message>
        <source>Visits done / planned</source>
        <translation>已完成 / 计划拜访</translation>
    </message>
    <message>
        <source>Visits this week</source>
        <translation>本周拜访</translation>
    </message>
    <message>
        <source>Open opportunities</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>管道金额</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队合计</translation>
    </message>
    <message>
        <source>no revenue target</source>
        <translation>无销售额目标</translation>
    </message>
    <message>
        <source>Reports handed in</source>
        <translation>报告提交</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>今日有效电话</translation>
    </message>
    <message>
        <source>Calls this month</source>
        <translation>本月累计有效电话</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Focus industries</source>
        <translation>重点行业</translation>
    </message>
    <message>
        <source>Only accounts in the focus industries (industry attractiveness)</source>
        <translation>只显示重点行业（行业吸引力评分不低于平均分）的客户</translation>
    </message>
</context>
<context>
    <name>AnnouncementsDialog</name>
    <message>
        <source>Announcements from your manager</source>
        <translation>经理公告</translation>
    </message>
    <message numerus="yes">
        <source>%n unread announcement(s)</source>
        <translation>
            <numerusform>%n 条未读公告</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>TargetDecomposition</name>
    <message>
        <source>No revenue target covers today: no daily number to check.</source>
        <translation>今天不在任何销售额目标期内：没有每日电话量可检视。</translation>
    </message>
</context>
</TS>
