<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="108"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>AccountWorkTab</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="118"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="120"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="151"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="119"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="117"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="139"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="152"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="151"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
</context>
<context>
    <name>ClassificationTab</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="119"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ContactListView</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="117"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="139"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="152"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="173"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ContactLogTab</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="173"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="173"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="118"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <location filename="../../kamdesk/ui/reports/deadlines.py" line="37"/>
        <source>Import manager&apos;s notes…</source>
        <extracomment>open a report: (kind code, period key)</extracomment>
        <translation>导入经理批注…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/deadlines.py" line="60"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/deadlines.py" line="61"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/deadlines.py" line="62"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/deadlines.py" line="63"/>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/deadlines.py" line="64"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/deadlines.py" line="65"/>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/deadlines.py" line="88"/>
        <source>{late} late, {due} due</source>
        <translation>逾期 {late} 份，待提交 {due} 份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/deadlines.py" line="100"/>
        <source>Import manager&apos;s notes</source>
        <translation>导入经理批注</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/deadlines.py" line="100"/>
        <source>KAMdesk notes (*.kamnote)</source>
        <translation>KAMdesk 批注文件 (*.kamnote)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/deadlines.py" line="111"/>
        <source>{n} new note(s) imported</source>
        <translation>已导入 {n} 条新批注</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="118"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="117"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="139"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="152"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="118"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>LongerPlansBox</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="191"/>
        <source>Half-year</source>
        <translation>半年</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="190"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="185"/>
        <source>Quarter, half-year and year plans</source>
        <translation>季度、半年和年度计划</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="199"/>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="192"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
</context>
<context>
    <name>ManagerView</name>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="40"/>
        <source>Receive submissions…</source>
        <translation>接收提交文件…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="43"/>
        <source>Team PDF from files…</source>
        <translation>由提交文件生成团队 PDF…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="47"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="51"/>
        <source>Team rollup PDF…</source>
        <translation>团队汇总 PDF…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="52"/>
        <source>Every rep in this database, for the month</source>
        <translation>本数据库中所有客户经理的当月汇总</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="61"/>
        <source>Received submissions</source>
        <translation>已接收的提交</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="65"/>
        <source>Note on the selected submission</source>
        <translation>对所选提交的批注</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="68"/>
        <source>e.g. collections, opportunities</source>
        <translation>例如：回款、商机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="69"/>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="72"/>
        <source>Note</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="73"/>
        <source>Save note file for the rep…</source>
        <translation>保存批注文件给客户经理…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="88"/>
        <source>Rep</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="89"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="90"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="91"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="92"/>
        <source>SHA-256</source>
        <translation>SHA-256 校验值</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="93"/>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="117"/>
        <location filename="../../kamdesk/ui/reports/manager.py" line="125"/>
        <source>Receive submissions</source>
        <translation>接收提交文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="117"/>
        <location filename="../../kamdesk/ui/reports/manager.py" line="149"/>
        <source>KAMdesk submission (*.kamsub)</source>
        <translation>KAMdesk 提交文件 (*.kamsub)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="136"/>
        <source>{new} imported, {old} already received</source>
        <translation>导入 {new} 份，{old} 份此前已接收</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="149"/>
        <source>Submission files to consolidate</source>
        <translation>要汇总的提交文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="153"/>
        <location filename="../../kamdesk/ui/reports/manager.py" line="170"/>
        <source>Save the team rollup</source>
        <translation>保存团队汇总</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="161"/>
        <source>Checking the files…</source>
        <translation>正在校验文件…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="163"/>
        <location filename="../../kamdesk/ui/reports/manager.py" line="180"/>
        <source>Laying out the PDF…</source>
        <translation>正在排版 PDF…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="187"/>
        <source>Team rollup</source>
        <translation>团队汇总</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="192"/>
        <source>Team rollup written: {path}</source>
        <translation>团队汇总已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="199"/>
        <source>Choose a received submission first.</source>
        <translation>请先选择一份已接收的提交。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="203"/>
        <source>Write the note first.</source>
        <translation>请先填写批注。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="209"/>
        <source>Save the notes for the rep</source>
        <translation>保存给客户经理的批注</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="211"/>
        <source>KAMdesk notes (*.kamnote)</source>
        <translation>KAMdesk 批注文件 (*.kamnote)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/manager.py" line="224"/>
        <source>Notes written: {path} — send this file to the rep.</source>
        <translation>批注已保存：{path}——请把此文件发给客户经理。</translation>
    </message>
</context>
<context>
    <name>MapsPage</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="117"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="139"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="152"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="216"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPage</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="117"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="139"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="152"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="151"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="119"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>OpportunityEditor</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="151"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
</context>
<context>
    <name>OpportunityMoves</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="173"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="140"/>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="141"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="121"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="117"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="139"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="152"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="119"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="117"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="139"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="152"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="170"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="118"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="120"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="151"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
</context>
<context>
    <name>PlanItemsBox</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_editing.py" line="145"/>
        <source>A plan item needs some text.</source>
        <translation>计划事项需要填写内容。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="170"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="173"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="158"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="172"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="158"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="166"/>
        <source>New plan item</source>
        <translation>新计划事项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="155"/>
        <source>Plan items</source>
        <translation>计划事项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="158"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="171"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="116"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="150"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="116"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="150"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="158"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_output.py" line="80"/>
        <source>Gathering the figures…</source>
        <translation>正在汇总数字…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_output.py" line="82"/>
        <source>Laying out the PDF…</source>
        <translation>正在排版 PDF…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_output.py" line="87"/>
        <source>Make PDF</source>
        <translation>生成 PDF</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="214"/>
        <source>Make PDF…</source>
        <translation>生成 PDF…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="218"/>
        <source>Mark as submitted</source>
        <translation>标记为已提交</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="220"/>
        <source>Month-end submission…</source>
        <translation>月末提交…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_output.py" line="93"/>
        <source>PDF written: {path}</source>
        <translation>PDF 已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="216"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_output.py" line="59"/>
        <source>Save the report as PDF</source>
        <translation>将报告保存为 PDF</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="137"/>
        <source>Hard problems</source>
        <translation>难点问题</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="136"/>
        <source>Key problems</source>
        <translation>重点问题</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_editing.py" line="87"/>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="134"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="150"/>
        <source>Save text</source>
        <translation>保存文字</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_editing.py" line="80"/>
        <location filename="../../kamdesk/ui/reports/report_editing.py" line="105"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="135"/>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="117"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="139"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="152"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="178"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="140"/>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="145"/>
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="116"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="150"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="141"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="107"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="153"/>
        <source>From</source>
        <translation>原阶段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="122"/>
        <source>Key figures</source>
        <translation>关键数字</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="118"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="179"/>
        <source>Level reached</source>
        <translation>达成档位</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="174"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="175"/>
        <source>Minimum</source>
        <translation>最低目标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="176"/>
        <source>Normal</source>
        <translation>正常目标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="120"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="167"/>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="124"/>
        <source>Opportunities moved</source>
        <translation>商机推进</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="151"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="121"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="119"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="177"/>
        <source>Stretch</source>
        <translation>挑战目标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="125"/>
        <source>Targets vs actual</source>
        <translation>目标与实际</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="154"/>
        <source>To</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="108"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="123"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="69"/>
        <source>Daily work log</source>
        <extracomment>a PDF was written (path)</extracomment>
        <translation>工作日志</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="70"/>
        <source>Weekly plan and summary</source>
        <translation>周计划和总结</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="71"/>
        <source>Monthly plan and summary</source>
        <translation>月计划与总结</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="77"/>
        <source>Previous period</source>
        <translation>上一期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="81"/>
        <source>Period: 2026-11-25, 2026-W48 or 2026-11</source>
        <translation>期间：2026-11-25、2026-W48 或 2026-11</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="84"/>
        <source>Next period</source>
        <translation>下一期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="86"/>
        <source>Current</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="103"/>
        <source>No data for this period</source>
        <translation>本期无数据</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="107"/>
        <source>Manager&apos;s notes</source>
        <translation>经理批注</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="216"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="308"/>
        <source>Add yourself as a rep to write reports.</source>
        <translation>请先把自己添加为客户经理，再写报告。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="235"/>
        <source>Due {when}</source>
        <translation>待提交，截止 {when}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="236"/>
        <source>Late — was due {when}</source>
        <translation>已逾期——截止于 {when}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="237"/>
        <source>Submitted {when}</source>
        <translation>已于 {when} 提交</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="349"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../kamdesk/ui/reports/page.py" line="26"/>
        <source>My report</source>
        <translation>我的报告</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/page.py" line="27"/>
        <source>Deadlines</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/page.py" line="28"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_view.py" line="158"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../kamdesk/ui/reports/submit_dialog.py" line="38"/>
        <location filename="../../kamdesk/ui/reports/submit_dialog.py" line="110"/>
        <source>Month-end submission</source>
        <translation>月末提交</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/submit_dialog.py" line="43"/>
        <source>One file for your manager: the monthly report as PDF and the month&apos;s data (accounts touched, visits, opportunities and their moves, targets, plans).</source>
        <translation>给经理的一个文件：月报 PDF 以及当月数据（接触的客户、拜访、商机及其推进、目标、计划）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/submit_dialog.py" line="51"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/submit_dialog.py" line="52"/>
        <source>Include contacts&apos; private details (birthday, family, interests…)</source>
        <translation>包含联系人的私人信息（生日、家庭、爱好…）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/submit_dialog.py" line="60"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/submit_dialog.py" line="64"/>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/submit_dialog.py" line="76"/>
        <source>Make submission file</source>
        <translation>生成提交文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/submit_dialog.py" line="84"/>
        <source>Save the submission</source>
        <translation>保存提交文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/submit_dialog.py" line="84"/>
        <source>KAMdesk submission (*.kamsub)</source>
        <translation>KAMdesk 提交文件 (*.kamsub)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/submit_dialog.py" line="118"/>
        <source>included</source>
        <translation>已包含</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/submit_dialog.py" line="118"/>
        <source>left out</source>
        <translation>未包含</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/submit_dialog.py" line="120"/>
        <source>Written to: {path}
SHA-256: {checksum}
Private contact details: {private}</source>
        <translation>已保存到：{path}
SHA-256：{checksum}
联系人私人信息：{private}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/submit_dialog.py" line="125"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TargetsView</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="178"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="174"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>TradeTab</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="116"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="150"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="118"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="117"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="139"/>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="152"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="153"/>
        <source>From</source>
        <translation>原阶段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="118"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="120"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="119"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/reports/report_tables.py" line="154"/>
        <source>To</source>
        <translation>新阶段</translation>
    </message>
</context>
</TS>
