<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountExport</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/export.py" line="44"/>
        <source>Export accounts</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/export.py" line="48"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/export.py" line="50"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/export.py" line="68"/>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/export.py" line="74"/>
        <source>{n} accounts written to {path}.</source>
        <translation>已将 {n} 个客户写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/export.py" line="119"/>
        <source>Export contacts as vCard</source>
        <translation>联系人导出为 vCard</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/export.py" line="131"/>
        <source>vCard file (*.vcf)</source>
        <translation>vCard 文件 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/export.py" line="152"/>
        <source>{n} contacts written to {path}.</source>
        <translation>已将 {n} 位联系人写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/export.py" line="156"/>
        <source>{n} private contacts were left out.</source>
        <translation>{n} 位私密联系人未导出。</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="82"/>
        <source>Save</source>
        <extracomment>an account was saved (its uuid) the user asked to log a contact / plan a visit for this account the laptop&apos;s own rep, the owner of new accounts (None: the service picks it on save)</extracomment>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="83"/>
        <source>Save the account (Ctrl+S)</source>
        <translation>保存客户档案（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="85"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="86"/>
        <source>Discard unsaved changes</source>
        <translation>放弃未保存的修改</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="89"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="90"/>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>撤销上一步修改（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="94"/>
        <source>Log contact…</source>
        <translation>记录联络…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="95"/>
        <source>Log a call or visit with this account (Ctrl+L)</source>
        <translation>记录与该客户的一次电话或拜访（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="97"/>
        <source>Plan visit</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="121"/>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="123"/>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="125"/>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="130"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="136"/>
        <source>Stakeholders</source>
        <translation>决策链</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="140"/>
        <source>Contact log</source>
        <translation>联络记录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="142"/>
        <source>Related parties</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="145"/>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="205"/>
        <source>● unsaved</source>
        <translation>● 未保存</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="224"/>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="338"/>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="225"/>
        <source>Fill in at least the name, then save (Ctrl+S).</source>
        <translation>至少填写客户名称，然后保存（Ctrl+S）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="295"/>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="299"/>
        <source>Save account</source>
        <translation>保存客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="336"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/account_form.py" line="337"/>
        <source>“{name}” has unsaved changes. Save them?</source>
        <translation>“{name}”有未保存的修改。是否保存？</translation>
    </message>
</context>
<context>
    <name>AccountListView</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/list_view.py" line="99"/>
        <source>Name</source>
        <extracomment>columns hidden until the user shows them (right-click the header)</extracomment>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/list_view.py" line="100"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/list_view.py" line="101"/>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/list_view.py" line="102"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/list_view.py" line="103"/>
        <source>Cadence</source>
        <translation>追踪志</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/list_view.py" line="104"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/list_view.py" line="105"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/list_view.py" line="106"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/list_view.py" line="107"/>
        <source>Owner</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/list_view.py" line="108"/>
        <source>Last contact</source>
        <translation>最近联络</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/list_view.py" line="109"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/list_view.py" line="110"/>
        <source>Revenue (yuan)</source>
        <translation>销售额（元）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/list_view.py" line="175"/>
        <source>{n} days past the {cadence} cadence</source>
        <translation>已超过{cadence} {n} 天</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/list_view.py" line="321"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/list_view.py" line="322"/>
        <source>Log contact…</source>
        <translation>记录联络…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/list_view.py" line="323"/>
        <source>Plan visit</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/list_view.py" line="325"/>
        <source>Hand over…</source>
        <translation>移交…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/list_view.py" line="326"/>
        <source>Archive / restore</source>
        <translation>归档 / 恢复</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/list_view.py" line="327"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/picker.py" line="34"/>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/picker.py" line="37"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/picker.py" line="41"/>
        <source>Owner</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/picker.py" line="71"/>
        <source>Choose an account</source>
        <translation>选择客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/picker.py" line="74"/>
        <source>Search name, short name, pinyin initials, phone…</source>
        <translation>搜索名称、简称、拼音首字母、电话…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/accounts/picker.py" line="90"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountSections</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="33"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="37"/>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="39"/>
        <source>Full registered name</source>
        <translation>工商注册全称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="41"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="42"/>
        <source>Account no.</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="45"/>
        <source>Counterparty</source>
        <translation>往来类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="50"/>
        <source>Nature</source>
        <translation>公司性质</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="52"/>
        <source>Industry</source>
        <translation>行业类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="54"/>
        <source>Source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="58"/>
        <source>Owner (rep)</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="65"/>
        <source>Address and contact</source>
        <translation>地址与联系方式</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="67"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="68"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="69"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="70"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="73"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="77"/>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="80"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="84"/>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="88"/>
        <source>Size and standing</source>
        <translation>规模与实力</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="90"/>
        <source>Founded</source>
        <translation>成立时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="93"/>
        <source>Registered capital (10k yuan)</source>
        <translation>注册资本（万元）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="96"/>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="99"/>
        <source>Annual revenue (10k yuan)</source>
        <translation>年营业额（万元）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="104"/>
        <source>Listed</source>
        <translation>上市</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="106"/>
        <source>Listed company</source>
        <translation>上市公司</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="111"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="114"/>
        <source>Shareholders</source>
        <translation>股东</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="117"/>
        <source>Organisation</source>
        <translation>组织结构</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="121"/>
        <source>Decision background</source>
        <translation>决策背景</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="126"/>
        <source>Main current project</source>
        <translation>当前主要项目</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="131"/>
        <source>Long-term partners</source>
        <translation>长期合作伙伴</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="136"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="148"/>
        <source>Value and chance</source>
        <translation>价值与机会</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="150"/>
        <source>Tier</source>
        <translation>大客户级别</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="152"/>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="156"/>
        <source>Grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="163"/>
        <source>Deal status</source>
        <translation>成交状态</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="169"/>
        <source>Need status</source>
        <translation>需求状态</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="173"/>
        <source>Urgency</source>
        <translation>处理时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="177"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="179"/>
        <source>Cadence</source>
        <translation>客户追踪志</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="182"/>
        <source>Revisit interval</source>
        <translation>再访间隔</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="188"/>
        <source>Prospect disposition</source>
        <translation>放弃与否</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="194"/>
        <source>Purchase cycle (days)</source>
        <translation>购买周期（天）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="200"/>
        <source>Relationship</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="204"/>
        <source>Relationship type</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="210"/>
        <source>Relationship stage</source>
        <translation>关系阶段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/sections.py" line="216"/>
        <source>Share of wallet (%)</source>
        <translation>我方份额（%）</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/page.py" line="139"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/page.py" line="140"/>
        <source>All contacts</source>
        <translation>全部联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/page.py" line="236"/>
        <source>Top 20%: {top} of {all} customers bring {share} of our sales ({rev} of {total})</source>
        <translation>前20%：{all} 个客户中的 {top} 个贡献了 {share} 的销售额（{rev} / {total}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/accounts/page.py" line="246"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/page.py" line="265"/>
        <source>Open account</source>
        <translation>打开客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/accounts/page.py" line="306"/>
        <source>%n account(s) handed over.</source>
        <translation>
            <numerusform>已移交 %n 个客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/accounts/page.py" line="316"/>
        <source>Restore %n archived account(s)?</source>
        <translation>
            <numerusform>恢复 %n 个已归档客户？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/accounts/page.py" line="319"/>
        <source>Archive %n account(s)? They leave the list (tick “Archived too” to see them).</source>
        <translation>
            <numerusform>归档 %n 个客户？它们将不在列表中显示（勾选“含已归档”可查看）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/page.py" line="322"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/page.py" line="336"/>
        <location filename="../../kamdesk/ui/accounts/page.py" line="350"/>
        <source>Delete account</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/page.py" line="338"/>
        <source>Delete “{name}” with its contacts, contact log and visits? This cannot be undone; archiving keeps the history.</source>
        <translation>删除“{name}”及其联系人、联络记录和拜访？此操作无法撤销；归档则会保留历史。</translation>
    </message>
</context>
<context>
    <name>AccountsToolRow</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/tool_row.py" line="25"/>
        <source>Search accounts: name, short name, pinyin initials (shyc), contact, phone, notes…</source>
        <translation>搜索客户：名称、简称、拼音首字母（如 shyc）、联系人、电话、备注…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/tool_row.py" line="32"/>
        <source>Top 20%</source>
        <translation>前20%大客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/tool_row.py" line="33"/>
        <source>The 20% of customers that bring the most revenue (80/20)</source>
        <translation>贡献销售额最多的20%客户（二八法则）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/tool_row.py" line="35"/>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/tool_row.py" line="36"/>
        <source>Add an account (Ctrl+N)</source>
        <translation>新建客户（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/tool_row.py" line="37"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/tool_row.py" line="39"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/tool_row.py" line="42"/>
        <source>Account list as CSV…</source>
        <translation>客户列表导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/tool_row.py" line="44"/>
        <source>Account list as Excel (XLSX)…</source>
        <translation>客户列表导出为 Excel（XLSX）…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/tool_row.py" line="46"/>
        <source>Contacts as vCard…</source>
        <translation>联系人导出为 vCard…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/tool_row.py" line="48"/>
        <source>Hand over…</source>
        <translation>移交…</translation>
    </message>
</context>
<context>
    <name>ClassificationTab</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/classification.py" line="47"/>
        <source>Use suggested grade</source>
        <translation>采用建议等级</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/classification.py" line="58"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/classification.py" line="98"/>
        <source>Set the expected close to get a suggested grade.</source>
        <translation>填写预计成交日期即可得到建议等级。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/classification.py" line="101"/>
        <source>Suggested from the expected close: {grade} — {label}</source>
        <translation>按预计成交日期建议：{grade} — {label}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/classification.py" line="105"/>
        <source> (the grade set is {grade})</source>
        <translation>（当前等级为 {grade}）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/classification.py" line="113"/>
        <source>Choose a relationship type to see what the method advises.</source>
        <translation>选择关系类型以查看相应的经营建议。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/classification.py" line="136"/>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/classification.py" line="143"/>
        <source>Last contact {date}</source>
        <translation>最近联络 {date}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/classification.py" line="145"/>
        <source>Never contacted</source>
        <translation>从未联络</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/classification.py" line="150"/>
        <source>⚠ overdue by {n} days ({cadence})</source>
        <translation>⚠ 已逾期 {n} 天（{cadence}）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/classification.py" line="155"/>
        <source>next contact due in {n} days</source>
        <translation>距下次联络还有 {n} 天</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/classification.py" line="161"/>
        <source>⚠ revisit due since {date}</source>
        <translation>⚠ 自 {date} 起应再访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/classification.py" line="163"/>
        <source>revisit by {date}</source>
        <translation>应于 {date} 前再访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/classification.py" line="170"/>
        <source>next purchase expected {date}</source>
        <translation>预计下次采购 {date}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/classification.py" line="174"/>
        <source>visit planned {date}</source>
        <translation>已计划拜访 {date}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="153"/>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="153"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="163"/>
        <source>Private contact: keep this whole contact off every export and submission</source>
        <translation>私密联系人：该联系人不出现在任何导出和提交中</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="170"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="172"/>
        <source>Private: personal details stay on this laptop. Exports and submissions leave them out unless you choose to include them.</source>
        <translation>私密：个人资料只保存在本机。导出和提交时默认不包含，除非您主动选择。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="176"/>
        <source>Personal (private)</source>
        <translation>个人（私密）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="177"/>
        <source>Family and social ties (private)</source>
        <translation>家庭与社会关系（私密）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="265"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="266"/>
        <source>Discard the changes to this contact?</source>
        <translation>放弃对该联系人的修改？</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="44"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="46"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="47"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="48"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="49"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="52"/>
        <source>Reports to</source>
        <translation>上司</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="56"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="57"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="58"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="60"/>
        <source>Working hours</source>
        <translation>上班时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="65"/>
        <source>Career</source>
        <translation>职业信息</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="67"/>
        <source>Specialty</source>
        <translation>专业特长</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="69"/>
        <source>Achievements</source>
        <translation>专业成就</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="73"/>
        <source>Previous employers</source>
        <translation>基本履历（单位）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="81"/>
        <source>Personal</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="83"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="84"/>
        <source>Year of birth</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="86"/>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="88"/>
        <source>Schools</source>
        <translation>毕业院校</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="92"/>
        <source>Character and habits</source>
        <translation>个性信息</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="96"/>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="102"/>
        <source>Personality notes</source>
        <translation>性格描述</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="106"/>
        <source>Interests and hobbies</source>
        <translation>兴趣嗜好</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="109"/>
        <source>Travel habits</source>
        <translation>出行规律</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="116"/>
        <source>Family</source>
        <translation>家庭信息</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="118"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="119"/>
        <source>Parents</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="120"/>
        <source>Children</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="121"/>
        <source>Siblings</source>
        <translation>兄妹</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="125"/>
        <source>Social ties</source>
        <translation>社会关系</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="127"/>
        <source>Classmates</source>
        <translation>同学</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="128"/>
        <source>Friends</source>
        <translation>朋友</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="129"/>
        <source>Rivals</source>
        <translation>对头</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="130"/>
        <source>Colleagues</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_form.py" line="131"/>
        <source>Private notes</source>
        <translation>私人备注</translation>
    </message>
</context>
<context>
    <name>ContactListView</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="44"/>
        <source>Search contacts: name, pinyin initials, title, phone…</source>
        <translation>搜索联系人：姓名、拼音首字母、职务、电话…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="49"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="50"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="51"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="52"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="53"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="54"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="57"/>
        <source>Private</source>
        <translation>私密</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="58"/>
        <source>private</source>
        <translation>私密</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="60"/>
        <source>Private contact: never exported</source>
        <translation>私密联系人：不会被导出</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="65"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="91"/>
        <source>Add contact…</source>
        <translation>添加联系人…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="93"/>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="218"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="95"/>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="221"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="97"/>
        <source>Export vCard…</source>
        <translation>导出 vCard…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="101"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 位联系人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="169"/>
        <source>Add a contact to which account?</source>
        <extracomment>the all-contacts view loads when first shown (it is a second tab)</extracomment>
        <translation>为哪个客户添加联系人？</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="195"/>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="203"/>
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="196"/>
        <source>Delete {name}? Their contact log entries stay on the account.</source>
        <translation>删除 {name}？其联络记录仍保留在客户档案中。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/contacts/contact_list.py" line="220"/>
        <source>Show the account</source>
        <translation>显示所属客户</translation>
    </message>
</context>
<context>
    <name>ContactLogDialog</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="56"/>
        <source>Edit contact log entry</source>
        <translation>编辑联络记录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="56"/>
        <source>Log a contact</source>
        <translation>记录联络</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="71"/>
        <source>— someone else —</source>
        <translation>— 其他人 —</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="92"/>
        <source>Way</source>
        <translation>联络方式</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="93"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="94"/>
        <source>Our person</source>
        <translation>我方人员</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="95"/>
        <source>Their contact</source>
        <translation>对方联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="96"/>
        <source>Their person</source>
        <translation>对方人员</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="97"/>
        <source>Their title</source>
        <translation>对方职务</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="98"/>
        <source>Content</source>
        <translation>联络内容</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="99"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="100"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>ContactLogTab</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="214"/>
        <source>Log a contact…</source>
        <translation>记录联络…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="227"/>
        <source>Show older entries</source>
        <translation>显示更早的记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kamdesk/ui/accounts/log.py" line="262"/>
        <source>%n entry(s) shown</source>
        <translation>
            <numerusform>显示 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="264"/>
        <source>No contacts logged yet.</source>
        <translation>尚无联络记录。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="277"/>
        <source>Ours: {name}</source>
        <translation>我方：{name}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="279"/>
        <source>Theirs: {name}</source>
        <translation>对方：{name}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="285"/>
        <source>Next step: {text}</source>
        <translation>下一步：{text}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="309"/>
        <location filename="../../kamdesk/ui/accounts/log.py" line="315"/>
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="309"/>
        <source>Delete this contact log entry?</source>
        <translation>删除这条联络记录？</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="323"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/log.py" line="324"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/custom_fields_dialog.py" line="110"/>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/custom_fields_dialog.py" line="113"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/custom_fields_dialog.py" line="113"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/custom_fields_dialog.py" line="113"/>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/custom_fields_dialog.py" line="119"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/custom_fields_dialog.py" line="121"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/custom_fields_dialog.py" line="123"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/custom_fields_dialog.py" line="168"/>
        <source>Delete field</source>
        <translation>删除字段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/custom_fields_dialog.py" line="169"/>
        <source>Delete the field “{name}” and every value stored in it?</source>
        <translation>删除字段“{name}”及其中保存的所有值？</translation>
    </message>
</context>
<context>
    <name>CustomFieldsTab</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/custom.py" line="39"/>
        <source>Manage fields…</source>
        <translation>管理字段…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/custom.py" line="63"/>
        <source>No custom fields yet. Use “Manage fields…” to define your own.</source>
        <translation>还没有自定义字段。点击“管理字段…”来定义。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/custom.py" line="78"/>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/fields.py" line="242"/>
        <source>Enter a whole number.</source>
        <extracomment>editor kinds emitted when the user changes a field (not when the form loads values)</extracomment>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/fields.py" line="248"/>
        <location filename="../../kamdesk/ui/accounts/form/fields.py" line="251"/>
        <source>Enter a number, e.g. 1200.50.</source>
        <translation>请输入数字，例如 1200.50。</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/custom_fields_dialog.py" line="46"/>
        <source>Edit field</source>
        <translation>编辑字段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/custom_fields_dialog.py" line="46"/>
        <source>New field</source>
        <translation>新建字段</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/custom_fields_dialog.py" line="51"/>
        <source>One choice per line</source>
        <translation>每行一个选项</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/custom_fields_dialog.py" line="53"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/custom_fields_dialog.py" line="60"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/custom_fields_dialog.py" line="61"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/custom_fields_dialog.py" line="62"/>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/field_messages.py" line="19"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/field_messages.py" line="22"/>
        <source>Not a phone number: {v} (digits, spaces, + - ( ) allowed; at least 5 digits).</source>
        <translation>不是有效的电话号码：{v}（只能包含数字、空格和 + - ( )，至少 5 位数字）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/field_messages.py" line="28"/>
        <source>Not an e-mail address: {v} (like name@example.com).</source>
        <translation>不是有效的电子邮件地址：{v}（格式如 name@example.com）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/field_messages.py" line="34"/>
        <source>Not a web address: {v} (like www.example.com or https://…).</source>
        <translation>不是有效的网址：{v}（格式如 www.example.com 或 https://…）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/field_messages.py" line="40"/>
        <source>Not a postcode: {v}.</source>
        <translation>不是有效的邮编：{v}。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/field_messages.py" line="44"/>
        <source>Not a date: {v} (use YYYY-MM-DD).</source>
        <translation>不是有效的日期：{v}（请用 YYYY-MM-DD 格式）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/field_messages.py" line="48"/>
        <source>The date is in the future: {v}.</source>
        <translation>日期不能晚于今天：{v}。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/field_messages.py" line="52"/>
        <source>The date is out of range: {v}.</source>
        <translation>日期超出范围：{v}。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/field_messages.py" line="56"/>
        <source>Not a whole number: {v}.</source>
        <translation>不是整数：{v}。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/field_messages.py" line="60"/>
        <source>Not a number: {v}.</source>
        <translation>不是数字：{v}。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/field_messages.py" line="64"/>
        <source>Not an amount of money: {v}.</source>
        <translation>不是有效的金额：{v}。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/field_messages.py" line="68"/>
        <source>The amount is too large: {v}.</source>
        <translation>金额过大：{v}。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/field_messages.py" line="72"/>
        <source>Must not be negative: {v}.</source>
        <translation>不能为负数：{v}。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/field_messages.py" line="76"/>
        <source>Must be between {a} and {b}: {v}.</source>
        <translation>必须在 {a} 到 {b} 之间：{v}。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/field_messages.py" line="80"/>
        <source>Too long: at most {m} characters.</source>
        <translation>太长：最多 {m} 个字符。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/field_messages.py" line="84"/>
        <source>Expected yes or no: {v}.</source>
        <translation>请填写是或否：{v}。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/field_messages.py" line="88"/>
        <source>Unknown value {v}; choose one of: {valid}.</source>
        <translation>无法识别的值 {v}；可选：{valid}。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/field_messages.py" line="92"/>
        <source>Not one of the choices: {v} (choose {valid}).</source>
        <translation>不在选项中：{v}（可选 {valid}）。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/field_messages.py" line="96"/>
        <source>This rep no longer exists.</source>
        <translation>该客户经理已不存在。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/field_messages.py" line="100"/>
        <source>This custom field no longer exists.</source>
        <translation>该自定义字段已不存在。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="64"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="66"/>
        <source>A CSV or Excel (XLSX) file with one account or contact per row and a header row.</source>
        <translation>CSV 或 Excel（XLSX）文件，每行一个客户或联系人，首行为表头。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="71"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="76"/>
        <source>Accounts (a 联系人 column also adds that contact)</source>
        <translation>客户（“联系人”列会同时添加该联系人）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="77"/>
        <source>Contacts (the 客户名称 column names their account)</source>
        <translation>联系人（“客户名称”列指明所属客户）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="90"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="90"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>表格文件 (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="134"/>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="136"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="138"/>
        <source>Cadence</source>
        <translation>客户追踪志</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="141"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="142"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="143"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="144"/>
        <source>Relationship</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="146"/>
        <source>Counterparty</source>
        <translation>往来类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="148"/>
        <source>Owner</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="149"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="150"/>
        <source>Only accounts past their follow-up cadence</source>
        <translation>只显示超过追踪周期的客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="151"/>
        <source>Revisit due</source>
        <translation>应再访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="152"/>
        <source>Archived too</source>
        <translation>含已归档</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="161"/>
        <source>Save filter…</source>
        <translation>保存筛选…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="164"/>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="333"/>
        <source>Delete filter</source>
        <translation>删除筛选</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="167"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="168"/>
        <source>Show all accounts</source>
        <translation>显示全部客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="195"/>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="238"/>
        <source>Saved filters…</source>
        <translation>已存筛选…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="310"/>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="316"/>
        <source>Save filter</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="310"/>
        <source>Name of this filter:</source>
        <translation>筛选名称：</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="333"/>
        <source>Delete the saved filter “{name}”?</source>
        <translation>删除已保存的筛选“{name}”？</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/handover.py" line="35"/>
        <source>Hand over accounts</source>
        <translation>移交客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/handover.py" line="41"/>
        <source>Add accounts…</source>
        <translation>添加客户…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/handover.py" line="43"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/handover.py" line="52"/>
        <source> — me</source>
        <translation> — 我</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/handover.py" line="59"/>
        <source>Give to</source>
        <translation>移交给</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/handover.py" line="63"/>
        <source>Hand over</source>
        <translation>移交</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/handover.py" line="73"/>
        <source>The accounts, their open opportunities and planned visits move to the new rep; logged contacts, done visits and closed opportunities keep who did them.</source>
        <translation>客户及其进行中的商机和计划中的拜访转给新的客户经理；已记录的联络、已完成的拜访和已关闭的商机保留原经办人。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/handover.py" line="101"/>
        <source>Choose at least one account and the rep.</source>
        <translation>请至少选择一个客户和接收的客户经理。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="250"/>
        <source>Import accounts or contacts</source>
        <translation>导入客户或联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="269"/>
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="290"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/links.py" line="48"/>
        <source>Link a related party</source>
        <translation>关联往来单位</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/links.py" line="50"/>
        <source>(none chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/links.py" line="51"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/links.py" line="58"/>
        <source>The other party</source>
        <translation>对方单位</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/links.py" line="59"/>
        <source>is our</source>
        <translation>是我方的</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/links.py" line="60"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/links.py" line="80"/>
        <source>Choose the other party first.</source>
        <translation>请先选择对方单位。</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/links.py" line="109"/>
        <source>Related as</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/links.py" line="109"/>
        <source>Account</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/links.py" line="109"/>
        <source>Kind</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/links.py" line="109"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/links.py" line="116"/>
        <source>Add link…</source>
        <translation>添加关联…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/links.py" line="118"/>
        <source>Remove link</source>
        <translation>移除关联</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/links.py" line="120"/>
        <source>Open account</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/links.py" line="124"/>
        <source>Upstream: who supplies them; downstream: whom they sell to; peers.</source>
        <translation>上游：向其供货的单位；下游：其销售对象；同行。</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="108"/>
        <source>Match the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="109"/>
        <source>Each column of the file goes into a field; the guesses can be changed.</source>
        <translation>文件的每一列对应一个字段；自动识别的对应关系可以修改。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="110"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="110"/>
        <source>First value</source>
        <translation>首行数值</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="110"/>
        <source>Goes into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="132"/>
        <source>— ignore —</source>
        <translation>— 忽略 —</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="136"/>
        <source>{name} (custom)</source>
        <translation>{name}（自定义）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="154"/>
        <source>Required and not matched: {fields}</source>
        <translation>必填但未对应：{fields}</translation>
    </message>
</context>
<context>
    <name>MultiPick</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/filter_bar.py" line="75"/>
        <source>Any</source>
        <extracomment>fills the choices on first need (menu opened, values set): the distinct values of 100k accounts are not read at start-up</extracomment>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="169"/>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="173"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="173"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="175"/>
        <source>Import the good rows and skip the rejected ones</source>
        <translation>导入正确的行，跳过有问题的行</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="187"/>
        <source>{total} rows: {ok} can be added, {bad} have problems, {dup} are duplicates (they are skipped). Without the box below, any problem stops the whole import and nothing is written.</source>
        <translation>共 {total} 行：{ok} 行可以添加，{bad} 行有问题，{dup} 行重复（将跳过）。若不勾选下面的选项，任何问题都会中止整个导入，不写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="193"/>
        <source>duplicate: {name} — {reason}</source>
        <translation>重复：{name} — {reason}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="199"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="209"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="213"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="213"/>
        <source>Not imported because</source>
        <translation>未导入原因</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="223"/>
        <source>Imported {added} rows.</source>
        <translation>已导入 {added} 行。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="225"/>
        <source>{n} contacts were added with them.</source>
        <translation>同时添加了 {n} 位联系人。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="228"/>
        <source>Nothing was written: {n} rows were rejected. Fix them in the file and import again.</source>
        <translation>未写入任何数据：{n} 行有问题。请在文件中修正后重新导入。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="231"/>
        <source>{n} duplicates were skipped.</source>
        <translation>跳过了 {n} 行重复数据。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/import_wizard.py" line="235"/>
        <source>duplicate: {name} — {reason}</source>
        <translation>重复：{name} — {reason}</translation>
    </message>
</context>
<context>
    <name>VCardOptions</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/export.py" line="86"/>
        <source>Export contacts as vCard</source>
        <translation>联系人导出为 vCard</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/export.py" line="89"/>
        <source>Personal details (birthday, family, interests, social ties…) and contacts marked private normally stay on this laptop.</source>
        <translation>个人资料（生日、家庭、兴趣、社会关系…）和标记为私密的联系人默认只保存在本机。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/export.py" line="95"/>
        <source>Include personal details</source>
        <translation>包含个人资料</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/export.py" line="96"/>
        <source>Include contacts marked private</source>
        <translation>包含私密联系人</translation>
    </message>
</context>
<context>
    <name>ValueTab</name>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="35"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="36"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="37"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="38"/>
        <source>Net of returns</source>
        <translation>扣除退货后</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="39"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="40"/>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="41"/>
        <source>Average order</source>
        <translation>平均订单额</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="42"/>
        <source>Largest order</source>
        <translation>最大订单额</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="43"/>
        <source>Returns</source>
        <translation>退货次数</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="44"/>
        <source>Returned amount</source>
        <translation>退货金额</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="45"/>
        <source>First order</source>
        <translation>首次订单</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="46"/>
        <source>Last order</source>
        <translation>最近订单</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="47"/>
        <source>Months trading</source>
        <translation>交易月数</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="48"/>
        <source>Average days between orders</source>
        <translation>平均订货间隔（天）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="50"/>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="51"/>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="52"/>
        <source>Payments</source>
        <translation>回款次数</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="53"/>
        <source>Largest payment</source>
        <translation>最大回款</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="54"/>
        <source>Average payment</source>
        <translation>平均回款</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="55"/>
        <source>Average collection days</source>
        <translation>平均回款天数</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="56"/>
        <source>Arrears</source>
        <translation>欠款</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="57"/>
        <source>Arrears rate</source>
        <translation>欠款率</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/accounts/form/value.py" line="74"/>
        <source>Worked out from the purchase and payment records; they cannot be edited here.</source>
        <translation>根据采购和回款记录计算，不能在此修改。</translation>
    </message>
</context>
</TS>
