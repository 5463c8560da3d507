<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountMapPanel</name>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/account_panel.py" line="57"/>
        <source>Map</source>
        <translation>决策链图</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/account_panel.py" line="57"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/account_panel.py" line="57"/>
        <source>Supporters</source>
        <translation>支持者</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/account_panel.py" line="57"/>
        <source>Opponents</source>
        <translation>反对者</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/account_panel.py" line="64"/>
        <source>Open map</source>
        <translation>打开决策链图</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/account_panel.py" line="66"/>
        <source>Map of standing relationships</source>
        <translation>长期关系图</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/account_panel.py" line="68"/>
        <source>The account&apos;s own map: people who matter beyond any one opportunity</source>
        <translation>客户本身的关系图：不限于某个商机的关键人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/account_panel.py" line="78"/>
        <source>Insights</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/account_panel.py" line="92"/>
        <source>No account chosen.</source>
        <translation>未选择客户。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/account_panel.py" line="99"/>
        <source>{maps} maps, {people} people on them, {opponents} opposing us</source>
        <translation>{maps} 张决策链图，共 {people} 人，其中 {opponents} 人反对我们</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/account_panel.py" line="103"/>
        <source>No stakeholder map yet: open the account&apos;s map or an opportunity&apos;s to add people.</source>
        <translation>还没有决策链图：打开客户或商机的决策链图来添加人员。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/account_panel.py" line="107"/>
        <source>Standing relationships</source>
        <translation>长期关系</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/account_panel.py" line="126"/>
        <source>No insights: the maps look complete.</source>
        <translation>暂无提示：决策链图看起来很完整。</translation>
    </message>
</context>
<context>
    <name>AttitudeTimeline</name>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/timeline.py" line="49"/>
        <source>No attitude recorded yet</source>
        <translation>尚未记录态度</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/map_list.py" line="38"/>
        <source>Open or start a map</source>
        <translation>打开或新建决策链图</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/map_list.py" line="40"/>
        <source>Search opportunities and accounts</source>
        <translation>搜索商机和客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/map_list.py" line="58"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/map_list.py" line="58"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/map_list.py" line="59"/>
        <source>{kind}: {title} — {account} ({n} people)</source>
        <translation>{kind}：{title} — {account}（{n} 人）</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/export.py" line="39"/>
        <source>Stakeholder map: {title}</source>
        <extracomment>the largest PNG side in pixels (a 50-person map at 2× stays well below) title and legend need this much room even for a tiny map</extracomment>
        <translation>决策链图：{title}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/export.py" line="44"/>
        <source>Account: {account}</source>
        <translation>客户：{account}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/export.py" line="46"/>
        <source>As it stood on {date}</source>
        <translation>截至 {date} 的历史状态</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/export.py" line="53"/>
        <source>not rated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/export.py" line="54"/>
        <source>Us</source>
        <translation>我方</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/export.py" line="64"/>
        <source>reports to</source>
        <translation>汇报关系</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/export.py" line="65"/>
        <source>our coverage</source>
        <translation>我方对接</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/export.py" line="100"/>
        <source>Nobody is on this map yet</source>
        <translation>这张图上还没有人员</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/export.py" line="145"/>
        <source>Print preview — {title}</source>
        <translation>打印预览 — {title}</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/scene.py" line="75"/>
        <source>relation: {kind}</source>
        <translation>关系：{kind}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/scene.py" line="81"/>
        <source>{role} · {stance} · {pct}</source>
        <translation>{role} · {stance} · {pct}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/scene.py" line="220"/>
        <source>Us</source>
        <translation>我方</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/scene.py" line="223"/>
        <source>covers: {names}</source>
        <translation>对接：{names}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/scene.py" line="230"/>
        <source>One of our people; dashed lines go to the people they cover</source>
        <translation>我方人员；虚线连向其对接的客户人员</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/scene.py" line="249"/>
        <source>Drag onto this person&apos;s superior to draw a reports-to line</source>
        <translation>拖到此人的上级上，画出汇报关系</translation>
    </message>
</context>
<context>
    <name>MapsPage</name>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/map_list.py" line="83"/>
        <source>Search maps: opportunity, account, pinyin initials</source>
        <translation>搜索决策链图：商机、客户、拼音首字母</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/map_list.py" line="90"/>
        <source>Recently changed</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/map_list.py" line="91"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/map_list.py" line="92"/>
        <location filename="../../kamdesk/ui/stakeholders/map_list.py" line="103"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/map_list.py" line="93"/>
        <source>Most people</source>
        <translation>人数最多</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/map_list.py" line="94"/>
        <source>Most opponents</source>
        <translation>反对者最多</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/map_list.py" line="102"/>
        <source>Map</source>
        <translation>决策链图</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/map_list.py" line="104"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/map_list.py" line="105"/>
        <source>Opponents</source>
        <translation>反对者</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/map_list.py" line="109"/>
        <source>Open or start a map…</source>
        <translation>打开或新建决策链图…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/map_list.py" line="114"/>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/canvas_panel.py" line="38"/>
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/canvas_panel.py" line="40"/>
        <source>Our people…</source>
        <translation>我方人员…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/canvas_panel.py" line="42"/>
        <source>Auto layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/canvas_panel.py" line="44"/>
        <source>Forget the arrangement and lay the chart out again</source>
        <translation>放弃手动排列，重新自动布局</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/canvas_panel.py" line="48"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/canvas_panel.py" line="52"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/canvas_panel.py" line="55"/>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/canvas_panel.py" line="56"/>
        <source>Show the whole map (Ctrl+0)</source>
        <translation>显示整张图（Ctrl+0）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/canvas_panel.py" line="58"/>
        <source>As of</source>
        <translation>历史日期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/canvas_panel.py" line="61"/>
        <source>Show the map as it stood on a past date (read-only)</source>
        <translation>显示决策链图在过去某天的状态（只读）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/canvas_panel.py" line="70"/>
        <location filename="../../kamdesk/ui/stakeholders/page_export.py" line="60"/>
        <location filename="../../kamdesk/ui/stakeholders/page_export.py" line="84"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/page.py" line="102"/>
        <source>PDF (A4 landscape)…</source>
        <extracomment>quiet time after the last drag before positions are written</extracomment>
        <translation>PDF（A4 横向）…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/page.py" line="103"/>
        <source>PNG image…</source>
        <translation>PNG 图片…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/canvas_panel.py" line="76"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/canvas_panel.py" line="91"/>
        <source>not rated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/canvas_panel.py" line="99"/>
        <source>Drag boxes to arrange · drag the small circle onto a superior to link · right-click for more</source>
        <translation>拖动方框排列 · 把小圆圈拖到上级上建立汇报关系 · 右键查看更多</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/side_panel.py" line="32"/>
        <location filename="../../kamdesk/ui/stakeholders/side_panel.py" line="89"/>
        <source>Select a person to see the attitude history.</source>
        <translation>选择一个人查看态度变化历史。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/side_panel.py" line="44"/>
        <source>Insights</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/side_panel.py" line="48"/>
        <source>Selected person</source>
        <translation>选中的人员</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/page.py" line="131"/>
        <source>Choose a map on the left, or open or start one.</source>
        <translation>在左侧选择一张决策链图，或打开、新建一张。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/map_list.py" line="142"/>
        <source>{name} (account)</source>
        <translation>{name}（客户）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/page.py" line="185"/>
        <source>Account: {name}</source>
        <translation>客户：{name}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/page.py" line="186"/>
        <source>{n} people</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/page.py" line="187"/>
        <source>weights add up to {total}%</source>
        <translation>影响比重合计 {total}%</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/page.py" line="190"/>
        <source>as it stood on {date} (read-only)</source>
        <translation>{date} 的历史状态（只读）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/side_panel.py" line="60"/>
        <source>Insights ({n})</source>
        <translation>提示（{n}）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/side_panel.py" line="64"/>
        <source>No insights: the map looks complete.</source>
        <translation>暂无提示：决策链图看起来很完整。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/side_panel.py" line="78"/>
        <source>MAN for the map: {code} — {text}</source>
        <translation>全图 MAN：{code} — {text}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/side_panel.py" line="98"/>
        <source>Role: {role}</source>
        <translation>角色：{role}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/side_panel.py" line="103"/>
        <source>Attitude: {start} → {now} {trend} ({label})</source>
        <translation>态度：{start} → {now} {trend}（{label}）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/side_panel.py" line="116"/>
        <source>Last visit: {date}</source>
        <translation>上次拜访：{date}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/side_panel.py" line="122"/>
        <source>Planned visit: {date}</source>
        <translation>计划拜访：{date}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/side_panel.py" line="135"/>
        <source>manual</source>
        <translation>手工</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/side_panel.py" line="136"/>
        <source>visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/side_panel.py" line="137"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/page.py" line="274"/>
        <location filename="../../kamdesk/ui/stakeholders/page.py" line="362"/>
        <source>Stakeholder map</source>
        <translation>决策链图</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/page.py" line="294"/>
        <source>Remove from the map</source>
        <translation>从图中移除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/page.py" line="296"/>
        <source>Take {name} off this map? The contact stays on file; the attitude history on this map is removed.</source>
        <translation>把 {name} 从这张图中移除？联系人档案保留；此图上的态度历史将被删除。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/page_export.py" line="46"/>
        <source>Export the map as PDF</source>
        <translation>导出决策链图为 PDF</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/page_export.py" line="48"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/page_export.py" line="61"/>
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/page_export.py" line="72"/>
        <source>Export the map as PNG</source>
        <translation>导出决策链图为 PNG</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/page_export.py" line="74"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>OurPersonDialog</name>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/our_people.py" line="44"/>
        <source>Our people on this map</source>
        <translation>此图上的我方人员</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/our_people.py" line="48"/>
        <source>New person…</source>
        <translation>新增人员…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/our_people.py" line="54"/>
        <source>e.g. sales director, technical lead</source>
        <translation>例如：销售总监、技术负责人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/our_people.py" line="58"/>
        <source>How close: 1 slight … 5 very close</source>
        <translation>关系亲密度：1 一般 … 5 非常密切</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/our_people.py" line="68"/>
        <source>Our person</source>
        <translation>我方人员</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/our_people.py" line="69"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/our_people.py" line="70"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/our_people.py" line="71"/>
        <source>Closeness</source>
        <translation>亲密度</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/our_people.py" line="79"/>
        <source>Covers these people:</source>
        <translation>对接以下人员：</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="88"/>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="88"/>
        <source>Add a person to the map</source>
        <translation>向决策链图添加人员</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="93"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="95"/>
        <source>A contact on file</source>
        <translation>已有联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="96"/>
        <source>A new contact</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="119"/>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="364"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="130"/>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="360"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="131"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="132"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="133"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="134"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="135"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="138"/>
        <source>On the map</source>
        <translation>在决策链中</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="144"/>
        <source>not rated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="148"/>
        <source>why it changed (kept in the history)</source>
        <translation>变化原因（记入历史）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="153"/>
        <source>not set</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="169"/>
        <source>nobody on this map</source>
        <translation>图中无上级</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="173"/>
        <source>Buying role</source>
        <translation>购买角色</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="174"/>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="361"/>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="175"/>
        <source>Attitude note</source>
        <translation>态度说明</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="176"/>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="177"/>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="362"/>
        <source>Influence weight</source>
        <translation>影响比重</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="179"/>
        <source>Relationship depth</source>
        <translation>关系层次</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="180"/>
        <source>Relationship kind</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="181"/>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="183"/>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="363"/>
        <source>Reports to</source>
        <translation>汇报给</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="185"/>
        <source>MAN qualification</source>
        <translation>MAN 资格</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="197"/>
        <source>Money (budget)</source>
        <translation>购买能力（预算）M</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="198"/>
        <source>Authority to decide</source>
        <translation>决定权 A</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="199"/>
        <source>Need</source>
        <translation>需求 N</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="203"/>
        <source>Notes on this person for this map</source>
        <translation>关于此人在本商机中的备注</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="228"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="280"/>
        <source>Find out all three to get the guidance.</source>
        <translation>三项都查明后给出对策。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="296"/>
        <source>Weights on this map add up to {total}% with this person.</source>
        <translation>加上此人，本图影响比重合计 {total}%。</translation>
    </message>
</context>
<context>
    <name>PersonMenu</name>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_menu.py" line="23"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_menu.py" line="24"/>
        <source>Set attitude</source>
        <translation>设置态度</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_menu.py" line="31"/>
        <source>Reports to</source>
        <translation>汇报给</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_menu.py" line="32"/>
        <source>Nobody on this map</source>
        <translation>图中无上级</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_menu.py" line="41"/>
        <source>Our people covering them…</source>
        <translation>我方对接人员…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_menu.py" line="43"/>
        <source>Remove from the map…</source>
        <translation>从图中移除…</translation>
    </message>
</context>
<context>
    <name>TriState</name>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="55"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="56"/>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/stakeholders/person_dialog.py" line="57"/>
        <source>no</source>
        <translation>无</translation>
    </message>
</context>
</TS>
