<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="241"/>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="253"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
</context>
<context>
    <name>AccountListView</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="94"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="103"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="133"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="136"/>
        <source>Owner</source>
        <translation>客户经理</translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="103"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="133"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="136"/>
        <source>Owner</source>
        <translation>客户经理</translation>
    </message>
</context>
<context>
    <name>AccountSections</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="152"/>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="103"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="133"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="178"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AccountWorkTab</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="73"/>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="278"/>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="350"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="137"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="138"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="82"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/board.py" line="355"/>
        <source>%1 · %2
weighted %3</source>
        <translation>%1 个 · %2
加权 %3</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/board.py" line="356"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/board.py" line="357"/>
        <source>Won this year</source>
        <translation>今年赢单</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/board.py" line="358"/>
        <source>+%1 more</source>
        <translation>另有 %1 个</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/board.py" line="359"/>
        <source>Only the largest are shown as cards; search or filter to find the others</source>
        <translation>只显示金额最大的商机卡片；可搜索或筛选查找其他商机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/board.py" line="360"/>
        <source>Drag to another stage to move; double-click to open</source>
        <translation>拖到其他阶段即可推进；双击打开</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/board.py" line="369"/>
        <source>Open: %1 opportunities, weighted pipeline %2</source>
        <translation>进行中：%1 个商机，加权金额 %2</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/board.py" line="390"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/board.py" line="391"/>
        <source>Stakeholder map</source>
        <translation>决策链地图</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/board.py" line="392"/>
        <source>Move to stage</source>
        <translation>推进到阶段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/board.py" line="400"/>
        <source>Won…</source>
        <translation>赢单…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/board.py" line="401"/>
        <source>Lost…</source>
        <translation>丢单…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/board.py" line="403"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="135"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="73"/>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="278"/>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="350"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="134"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="274"/>
        <source>Add criterion</source>
        <translation>添加评估项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="207"/>
        <source>Add criterion…</source>
        <translation>添加标准…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="184"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="198"/>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="291"/>
        <source>Criterion:</source>
        <translation>标准：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="199"/>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="290"/>
        <source>Edit criterion</source>
        <translation>编辑标准</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="117"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="208"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="189"/>
        <source>Exit criteria per stage: tick what is done. Moving past a stage with unticked criteria asks first and records them.</source>
        <translation>各阶段的完成标准：完成一项勾选一项。越过未完成标准的阶段时会先提示，并记录下来。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="275"/>
        <source>New exit criterion for stage %1:</source>
        <translation>阶段 %1 的新完成标准：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="118"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="209"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ClassificationTab</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="138"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>CompetitionTab</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="242"/>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="322"/>
        <source>A weight is not a number.</source>
        <translation>有权重不是数字。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="134"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="274"/>
        <source>Add criterion</source>
        <translation>添加评估项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="116"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="307"/>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="98"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="184"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="198"/>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="203"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="117"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="208"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="104"/>
        <source>Main</source>
        <translation>主要</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="103"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="133"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="340"/>
        <source>New criterion</source>
        <translation>新评估项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="153"/>
        <source>Product comparison</source>
        <translation>产品对比</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="118"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="209"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="328"/>
        <source>Remove %1 and its scores?</source>
        <translation>删除 %1 及其评分？</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="327"/>
        <source>Remove competitor</source>
        <translation>删除竞争对手</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="136"/>
        <source>Remove criterion</source>
        <translation>删除评估项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="204"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="276"/>
        <source>Score “%1” is not a number.</source>
        <translation>分数“%1”不是数字。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="105"/>
        <source>Strengths / weaknesses</source>
        <translation>优势 / 劣势</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="177"/>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="246"/>
        <source>Us</source>
        <translation>我方</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="185"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="126"/>
        <source>Weighted evaluation (scores 0–10)</source>
        <translation>项目评估表（0–10 分）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="248"/>
        <source>Weights total %1</source>
        <translation>权重合计 %1</translation>
    </message>
</context>
<context>
    <name>CompetitorDialog</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="45"/>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="49"/>
        <source>(not linked)</source>
        <translation>（不关联）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="55"/>
        <source>Main competitor</source>
        <translation>主要竞争对手</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="63"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="64"/>
        <source>Competitor account</source>
        <translation>竞争对手档案</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="66"/>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="67"/>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="82"/>
        <source>Name the competitor.</source>
        <translation>请填写竞争对手名称。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="241"/>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="253"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
</context>
<context>
    <name>ContactListView</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="135"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="103"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="133"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>ContactLogTab</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="117"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="208"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="116"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="117"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="208"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="103"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="133"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="178"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="138"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="103"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="133"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="136"/>
        <source>Owner</source>
        <translation>客户经理</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="118"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="209"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="106"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="83"/>
        <source>Move</source>
        <translation>推进</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="48"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="65"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="85"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="84"/>
        <source>Unmet exit criteria</source>
        <translation>未完成的阶段标准</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="82"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="48"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="65"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="85"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="135"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="48"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="65"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="85"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ManagerView</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="48"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="65"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="85"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="178"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="177"/>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="246"/>
        <source>Us</source>
        <translation>我方</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="177"/>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="246"/>
        <source>Us</source>
        <translation>我方</translation>
    </message>
</context>
<context>
    <name>MapsPage</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="135"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="117"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="208"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="103"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="133"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="98"/>
        <source>Stakeholder map</source>
        <translation>决策链地图</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPage</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="48"/>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="317"/>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="51"/>
        <source>Search name, opportunity no. or account</source>
        <translation>搜索商机名称、编号或客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="55"/>
        <source>Everyone</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="56"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="60"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="65"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="74"/>
        <source>Showing one account&apos;s opportunities; click to show all</source>
        <translation>只显示该客户的商机；点击显示全部</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="79"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="93"/>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="132"/>
        <source>%1 opportunities</source>
        <translation>%1 个商机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="134"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="138"/>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="140"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="149"/>
        <source>Any close month</source>
        <translation>全部成交月份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="178"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="179"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="180"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="181"/>
        <source>Owner</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="183"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="185"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="188"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="193"/>
        <source>Win %</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="195"/>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="199"/>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="205"/>
        <source>Value type</source>
        <translation>价值类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="210"/>
        <source>Opening</source>
        <translation>开局</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="213"/>
        <source>Vs rival</source>
        <translation>对比对手</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="280"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="281"/>
        <source>Stakeholder map</source>
        <translation>决策链地图</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="282"/>
        <source>Move to stage</source>
        <translation>推进到阶段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="291"/>
        <source>Won…</source>
        <translation>赢单…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="294"/>
        <source>Lost…</source>
        <translation>丢单…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="298"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="317"/>
        <source>Add an account first.</source>
        <translation>请先添加客户。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="326"/>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="340"/>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="348"/>
        <source>Export pipeline</source>
        <translation>导出销售漏斗</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="328"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 文件 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/page.py" line="349"/>
        <source>%1 opportunities written to %2</source>
        <translation>已将 %1 个商机写入 %2</translation>
    </message>
</context>
<context>
    <name>OpportunityEditor</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="73"/>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="278"/>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="350"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="94"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="98"/>
        <source>Stakeholder map</source>
        <translation>决策链地图</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="100"/>
        <source>Open this opportunity&apos;s stakeholder map</source>
        <translation>打开此商机的决策链地图</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="182"/>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="216"/>
        <source>Exit criteria</source>
        <translation>阶段标准</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/tas_value.py" line="59"/>
        <source>TAS</source>
        <translation>TAS 评估</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/tas_value.py" line="109"/>
        <source>Value and opening</source>
        <translation>价值与开局</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="163"/>
        <source>Competition</source>
        <translation>竞争</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="76"/>
        <source>Progress vs rival</source>
        <translation>对比对手进度</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="92"/>
        <source>Stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="129"/>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="241"/>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="253"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="242"/>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="254"/>
        <source>Close without saving your changes?</source>
        <translation>不保存修改就关闭吗？</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="242"/>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="322"/>
        <source>A weight is not a number.</source>
        <translation>有权重不是数字。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="307"/>
        <source>Choose an existing account from the list.</source>
        <translation>请从列表中选择已有客户。</translation>
    </message>
</context>
<context>
    <name>OpportunityMoves</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/moves.py" line="26"/>
        <source>Moving “%1” from %2 to %3 leaves these exit criteria unmet:</source>
        <translation>将“%1”从 %2 推进到 %3，以下阶段标准尚未完成：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/moves.py" line="34"/>
        <source>Move anyway? The unmet criteria are recorded in the stage history.</source>
        <translation>仍然推进吗？未完成的标准会记录在阶段历史中。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/moves.py" line="39"/>
        <source>Exit criteria not met</source>
        <translation>阶段标准未完成</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/moves.py" line="48"/>
        <source>Move stage</source>
        <translation>推进阶段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/moves.py" line="57"/>
        <location filename="../../kamdesk/ui/opportunities/moves.py" line="67"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/moves.py" line="58"/>
        <source>Why did we win? (optional)</source>
        <translation>赢单原因（可不填）：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/moves.py" line="77"/>
        <location filename="../../kamdesk/ui/opportunities/moves.py" line="88"/>
        <location filename="../../kamdesk/ui/opportunities/moves.py" line="94"/>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/moves.py" line="78"/>
        <source>Why was it lost?</source>
        <translation>丢单原因：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/moves.py" line="89"/>
        <source>Say why the opportunity was lost.</source>
        <translation>请填写丢单原因。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/moves.py" line="105"/>
        <location filename="../../kamdesk/ui/opportunities/moves.py" line="111"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/moves.py" line="107"/>
        <source>Delete “%1” with its stage history, checklist, rivals and scores?</source>
        <translation>删除“%1”及其阶段历史、阶段标准、竞争对手和评分？</translation>
    </message>
</context>
<context>
    <name>OurPersonDialog</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="103"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="133"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="103"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="133"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="118"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="209"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="135"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="139"/>
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="169"/>
        <source>Breakthroughs so far</source>
        <translation>目前主要突破</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="152"/>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="116"/>
        <source>Lost…</source>
        <translation>丢单…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="175"/>
        <source>Manager&apos;s assessment</source>
        <translation>行业经理评估意见</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="106"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="83"/>
        <source>Move</source>
        <translation>推进</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="103"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="133"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="172"/>
        <source>Next steps</source>
        <translation>下一步工作计划</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="178"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="134"/>
        <source>Opportunity no.</source>
        <translation>商机编号</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="164"/>
        <source>Opportunity objective</source>
        <translation>商机目标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="136"/>
        <source>Owner</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="117"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="137"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="148"/>
        <source>Started on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="138"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="146"/>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="142"/>
        <source>Win % override</source>
        <translation>自定赢单率</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="115"/>
        <source>Won…</source>
        <translation>赢单…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="128"/>
        <source>blank: the stage&apos;s win %</source>
        <translation>留空：使用阶段赢单率</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="125"/>
        <source>e.g. 60000</source>
        <translation>例如 60000</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="48"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="65"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="85"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="103"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="133"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="178"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="135"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/tas_value.py" line="37"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="73"/>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="278"/>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="350"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/competition.py" line="118"/>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="209"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="68"/>
        <source>Add point</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="46"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="63"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="38"/>
        <source>No progress points yet</source>
        <translation>还没有进度记录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="48"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="65"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="85"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="47"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="64"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="145"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="110"/>
        <source>Progress vs %1</source>
        <translation>对比 %1 的进度</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="112"/>
        <source>Progress vs main rival</source>
        <translation>对比主要对手的进度</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="70"/>
        <source>Remove point</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="37"/>
        <source>Vs main rival (−5…+5)</source>
        <translation>对比主要对手（−5…+5）</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="46"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="63"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="48"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="65"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="85"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="82"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="135"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="46"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="63"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="73"/>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="278"/>
        <location filename="../../kamdesk/ui/opportunities/editor.py" line="350"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="138"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>StrategyView</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="58"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="60"/>
        <source>My opportunities</source>
        <translation>我的商机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="61"/>
        <source>Whole team</source>
        <translation>整个团队</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="74"/>
        <source>Customer value matrix</source>
        <translation>客户价值矩阵</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="78"/>
        <source>Short-term revenue (1–10)</source>
        <translation>短期收益（1–10）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="79"/>
        <source>Long-term impact (1–10)</source>
        <translation>长期影响（1–10）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="80"/>
        <source>No opportunity has both value scores yet</source>
        <translation>还没有商机同时评了两个维度的分</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="105"/>
        <source>Opening positions (nine-grid counts)</source>
        <translation>开局定位九宫格（数量与占比）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="225"/>
        <source>Share of all</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="119"/>
        <source>Rep</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="127"/>
        <source>Funnel against the reference 250 : 125 : 25 : 5 : 1</source>
        <translation>销售漏斗（参考比例 250 : 125 : 25 : 5 : 1）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="131"/>
        <source>No opportunities yet</source>
        <translation>还没有商机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="135"/>
        <source>Forecast by month of expected close</source>
        <translation>按预计成交月份的销售预测</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="139"/>
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="141"/>
        <source>No open opportunity has an expected close date</source>
        <translation>进行中的商机都没有预计成交日期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="190"/>
        <source>%1 scored, %2 open opportunities without scores. A type above 40% of at least 5 scored opportunities is flagged.</source>
        <translation>已评分 %1 个，未评分的进行中商机 %2 个。已评分商机不少于 5 个且某一类占比超过 40% 时给出提示。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="199"/>
        <source>Each bubble counts the opportunities with that pair of scores.</source>
        <translation>每个气泡表示该评分组合下的商机数。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="205"/>
        <source>%1 openings placed, %2 open opportunities not placed.</source>
        <translation>已定位 %1 个开局，未定位的进行中商机 %2 个。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="224"/>
        <source>reference %1</source>
        <translation>参考 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="227"/>
        <source>%1% (reference %2%)</source>
        <translation>%1%（参考 %2%）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="240"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="241"/>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="245"/>
        <source>Open pipeline without a close date: weighted %1</source>
        <translation>没有预计成交日期的进行中商机：加权 %1</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/strategy.py" line="250"/>
        <source>Open %1 · won %2 · lost %3 · weighted pipeline %4</source>
        <translation>进行中 %1 · 赢单 %2 · 丢单 %3 · 加权金额 %4</translation>
    </message>
</context>
<context>
    <name>TargetsView</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/targets_view.py" line="58"/>
        <source>Set a target</source>
        <translation>设定目标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/targets_view.py" line="76"/>
        <location filename="../../kamdesk/ui/opportunities/targets_view.py" line="105"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/targets_view.py" line="77"/>
        <source>Period key</source>
        <translation>期间代码</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/targets_view.py" line="78"/>
        <location filename="../../kamdesk/ui/opportunities/targets_view.py" line="106"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/targets_view.py" line="82"/>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/targets_view.py" line="83"/>
        <source>Penalty</source>
        <translation>处罚</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/targets_view.py" line="97"/>
        <source>Save target</source>
        <translation>保存目标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/targets_view.py" line="110"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/targets_view.py" line="120"/>
        <source>Delete target</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/targets_view.py" line="124"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/targets_view.py" line="193"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/targets_view.py" line="258"/>
        <source>No target selected</source>
        <translation>未选择目标</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/targets_view.py" line="268"/>
        <source>%1 %2: %3 so far</source>
        <translation>%1 %2：目前完成 %3</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/targets_view.py" line="278"/>
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/targets_view.py" line="284"/>
        <source>%1% of the period has passed (%2 – %3).</source>
        <translation>期间已过去 %1%（%2 – %3）。</translation>
    </message>
</context>
<context>
    <name>TargetDecomposition</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/target_decomposition.py" line="193"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>No deal won in the last 12 months: %1 is only a guess. Enter your usual deal size above before reading the calls a day.</source>
        <translation>近 12 个月没有赢单：%1 只是估计值。请先在上方填入你通常的单额，再看每天的电话数。</translation>
    </message>
    <message>
        <source>Average deal: your average won deal of the last 12 months (%1).</source>
        <translation>平均单额：取你近 12 个月赢单的平均金额（%1）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/target_decomposition.py" line="144"/>
        <source>Decomposition (revenue targets)</source>
        <translation>任务分解（销售额目标）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/target_decomposition.py" line="161"/>
        <source>Average deal ¥</source>
        <translation>平均成交额 ¥</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/target_decomposition.py" line="162"/>
        <source>Prospects per deal</source>
        <translation>每成交所需潜在客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/target_decomposition.py" line="163"/>
        <source>Calls per prospect</source>
        <translation>每个潜在客户所需电话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/target_decomposition.py" line="164"/>
        <source>Working days a month</source>
        <translation>每月工作天数</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/target_decomposition.py" line="170"/>
        <source>Use my average won deal</source>
        <translation>按我的历史平均成交额</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/target_decomposition.py" line="171"/>
        <source>The average amount of the deals won in the last 12 months</source>
        <translation>最近 12 个月赢单的平均金额</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/target_decomposition.py" line="185"/>
        <source>Level</source>
        <translation>目标级别</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/target_decomposition.py" line="192"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/target_decomposition.py" line="194"/>
        <source>Deals</source>
        <translation>成交数</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/target_decomposition.py" line="195"/>
        <source>Prospects</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/target_decomposition.py" line="196"/>
        <source>Calls</source>
        <translation>电话数</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/target_decomposition.py" line="197"/>
        <source>Calls a day</source>
        <translation>每天电话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/target_decomposition.py" line="291"/>
        <source>Only revenue targets are decomposed.</source>
        <translation>只有销售额目标才分解。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/target_decomposition.py" line="324"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/target_decomposition.py" line="340"/>
        <source>The daily number is what gets checked: %1 effective calls a working day in the busiest month.</source>
        <translation>每天要检视的是这个数：最忙的月份每个工作日 %1 通有效电话。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/target_decomposition.py" line="348"/>
        <source>Average deal</source>
        <translation>平均成交额</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/target_decomposition.py" line="348"/>
        <source>No deal was won in the last 12 months.</source>
        <translation>最近 12 个月没有赢单。</translation>
    </message>
</context>
<context>
    <name>TasTab</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/tas_value.py" line="154"/>
        <source>All four answered yes: pursue it.</source>
        <translation>四个问题都为“是”：全力争取。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/tas_value.py" line="37"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/tas_value.py" line="155"/>
        <source>At least one answer is no: think twice before investing.</source>
        <translation>至少一个问题为“否”：投入资源前请慎重。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/tas_value.py" line="38"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/tas_value.py" line="158"/>
        <source>Not decided yet: find the evidence for the open questions.</source>
        <translation>尚未确定：为未回答的问题寻找依据。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/tas_value.py" line="36"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/tas_value.py" line="49"/>
        <source>What shows it: facts, who said what, when</source>
        <translation>依据：事实、谁说了什么、何时</translation>
    </message>
</context>
<context>
    <name>TradeTab</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="46"/>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="63"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>ValueTab</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/tas_value.py" line="142"/>
        <source>%1 opening (%2, %3), %4: %5</source>
        <translation>%1 开局（%2，%3），%4：%5</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/tas_value.py" line="103"/>
        <source>Clear opening</source>
        <translation>清除开局</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/tas_value.py" line="133"/>
        <source>Click the cell that matches whose territory it is and who leads now.</source>
        <translation>按“谁的地盘”和“目前谁领先”点击对应的格子。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/tas_value.py" line="64"/>
        <source>Customer value matrix</source>
        <translation>客户价值矩阵</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/tas_value.py" line="82"/>
        <source>Long-term impact (1–10)</source>
        <translation>长期影响（1–10）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/tas_value.py" line="87"/>
        <source>Long-term impact: follow-on business, brand and reference value, team morale.</source>
        <translation>长期影响：后续销售机会、对品牌和声誉的影响、对团队士气的影响。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/tas_value.py" line="97"/>
        <source>Opening position (nine-grid)</source>
        <translation>开局定位（九宫格）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/tas_value.py" line="123"/>
        <source>Score both axes to see the type and its strategy.</source>
        <translation>两个维度都评分后显示类型和策略。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/tas_value.py" line="76"/>
        <source>Short-term revenue (1–10)</source>
        <translation>短期收益（1–10）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/tas_value.py" line="116"/>
        <source>Type %1: %2
Strategy: %3</source>
        <translation>第 %1 类：%2
策略：%3</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="135"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/overview.py" line="138"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/opportunities/progress.py" line="82"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
</TS>
