<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../kamdesk/ui/dialogs/about.py" line="38"/>
        <source>About KAMdesk</source>
        <translation>关于 KAMdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/about.py" line="43"/>
        <source>Key account management for field sales reps.</source>
        <translation>面向一线客户经理的大客户管理工具。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/about.py" line="48"/>
        <source>Database: {where}
Schema revision: {revision} (this version: {head})
Qt: {qt}</source>
        <translation>数据库：{where}
数据结构版本：{revision}（本程序：{head}）
Qt：{qt}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/about.py" line="58"/>
        <source>Chinese text is shown with the bundled WenQuanYi Micro Hei font, under this licence:</source>
        <translation>中文使用随附的文泉驿微米黑字体显示，其许可如下：</translation>
    </message>
</context>
<context>
    <name>DataOps</name>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="32"/>
        <source>Not available yet</source>
        <translation>暂不可用</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="33"/>
        <source>This operation is not available yet.</source>
        <translation>此操作暂不可用。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="45"/>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="50"/>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="72"/>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="79"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="51"/>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="80"/>
        <source>Backup saved to:
{path}</source>
        <translation>备份已保存到：
{path}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="63"/>
        <source>Backup to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="64"/>
        <source>SQLite backup (*.db)</source>
        <translation>SQLite 备份 (*.db)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="92"/>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="105"/>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="119"/>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="130"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="93"/>
        <source>Restore works on a SQLite database file only.</source>
        <translation>只能恢复 SQLite 数据库文件。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="98"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="99"/>
        <source>SQLite backup (*.db);;All files (*)</source>
        <translation>SQLite 备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="106"/>
        <source>Replace the current database with {backup}?

The current database is kept aside, so this can be undone.</source>
        <translation>用 {backup} 替换当前数据库吗？

当前数据库会另行保留，可以撤销。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="131"/>
        <source>Restored from {backup}.
The previous database was kept as:
{kept}</source>
        <translation>已从 {backup} 恢复。
原数据库已保留为：
{kept}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="145"/>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="154"/>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="166"/>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="171"/>
        <source>Export bundle</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="146"/>
        <source>KAMdesk bundle (*.json)</source>
        <translation>KAMdesk 数据包 (*.json)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="155"/>
        <source>Include private contact details (home address, family, private phone…) and contacts marked private?

Choose No for a bundle that leaves this laptop.</source>
        <translation>是否包含联系人的私人信息（家庭住址、家庭情况、私人电话等）以及标记为私密的联系人？

如果数据包要离开这台电脑，请选择“否”。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="172"/>
        <source>Exported {count} records to:
{path}</source>
        <translation>已导出 {count} 条记录到：
{path}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="185"/>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="199"/>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="207"/>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="215"/>
        <source>Import bundle</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="186"/>
        <source>KAMdesk bundle (*.json);;All files (*)</source>
        <translation>KAMdesk 数据包 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="192"/>
        <source>Checking the bundle</source>
        <translation>正在检查数据包</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="200"/>
        <source>Importing {name} will make these changes:

{summary}

Import now?</source>
        <translation>导入 {name} 将进行以下更改：

{summary}

现在导入吗？</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/data_ops.py" line="216"/>
        <source>Imported:

{summary}</source>
        <translation>已导入：

{summary}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../kamdesk/ui/dialogs/database.py" line="26"/>
        <source>KAMdesk database (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>KAMdesk 数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/database.py" line="33"/>
        <location filename="../../kamdesk/ui/dialogs/database.py" line="137"/>
        <location filename="../../kamdesk/ui/dialogs/database.py" line="147"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/database.py" line="34"/>
        <source>KAMdesk cannot open {where}.</source>
        <translation>KAMdesk 无法打开 {where}。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/database.py" line="37"/>
        <source>Open another database…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/database.py" line="45"/>
        <source>Restore the newest backup</source>
        <translation>恢复最新的备份</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/database.py" line="107"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/database.py" line="110"/>
        <source>Restored from {backup}.
The damaged database was kept as:
{kept}</source>
        <translation>已从 {backup} 恢复。
损坏的数据库已另存为：
{kept}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/database.py" line="39"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/database.py" line="64"/>
        <source>the database is in use by another program (it is locked); close that program and try again</source>
        <translation>数据库正被其他程序使用（已锁定）；请关闭该程序后重试</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/database.py" line="71"/>
        <source>the file could not be opened as a database ({error})</source>
        <translation>此文件无法作为数据库打开（{error}）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/database.py" line="88"/>
        <location filename="../../kamdesk/ui/dialogs/database.py" line="98"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/database.py" line="110"/>
        <location filename="../../kamdesk/ui/dialogs/database.py" line="121"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/database.py" line="122"/>
        <source>{path} already exists. Choose another name, or use Open database….</source>
        <translation>{path} 已存在。请换一个名称，或使用“打开数据库…”。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../kamdesk/ui/dialogs/demo.py" line="47"/>
        <source>Welcome to KAMdesk</source>
        <translation>欢迎使用 KAMdesk</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/demo.py" line="48"/>
        <source>This database is empty.

Fill it with demo data (about 300 fictional accounts with contacts, opportunities, visits and plans) to try KAMdesk out?

You can start a clean database later with File → New database….</source>
        <translation>这个数据库是空的。

要填入演示数据（约 300 家虚构客户，含联系人、商机、拜访和计划）来试用 KAMdesk 吗？

之后可以通过“文件 → 新建数据库…”开始一个干净的数据库。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/demo.py" line="75"/>
        <location filename="../../kamdesk/ui/dialogs/demo.py" line="99"/>
        <location filename="../../kamdesk/ui/dialogs/demo.py" line="109"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/demo.py" line="76"/>
        <source>Demo data is not available in this version yet.</source>
        <translation>此版本暂不提供演示数据。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/demo.py" line="100"/>
        <source>This database already holds {count} accounts. Demo data goes into an empty database: create one with File → New database…, then load the demo there.</source>
        <translation>此数据库中已有 {count} 家客户。演示数据只能装入空的数据库：请先用“文件 → 新建数据库…”新建一个，再在那里加载演示数据。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/demo.py" line="110"/>
        <source>Add about 300 fictional demo accounts with their contacts, opportunities and visits to this database?</source>
        <translation>向此数据库添加约 300 家虚构的演示客户及其联系人、商机和拜访记录吗？</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/demo.py" line="83"/>
        <source>Generating demo data</source>
        <translation>正在生成演示数据</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../kamdesk/ui/widgets/jobs.py" line="153"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/widgets/jobs.py" line="162"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kamdesk/ui/main_window.py" line="355"/>
        <source>KAMdesk — Key Account Manager</source>
        <extracomment>emitted once, after the first paint of the window (start-up measurement) emitted after the context changed (another database was opened)</extracomment>
        <translation>KAMdesk — 大客户管理</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>My &amp;profile…</source>
        <translation>我的资料(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/menus.py" line="114"/>
        <source>(none)</source>
        <extracomment>the languages offered, named in their own language (never translated)</extracomment>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/menus.py" line="133"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/menus.py" line="134"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/menus.py" line="135"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/menus.py" line="136"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/menus.py" line="137"/>
        <source>&amp;Backup now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/menus.py" line="138"/>
        <source>Backup &amp;to…</source>
        <translation>备份到(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/menus.py" line="139"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/menus.py" line="140"/>
        <source>&amp;Import bundle…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/menus.py" line="141"/>
        <source>&amp;Export bundle…</source>
        <translation>导出数据包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/menus.py" line="142"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/menus.py" line="143"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/menus.py" line="146"/>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/menus.py" line="147"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/menus.py" line="148"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/menus.py" line="149"/>
        <source>Load &amp;demo data…</source>
        <translation>加载演示数据(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/menus.py" line="150"/>
        <source>&amp;About KAMdesk</source>
        <translation>关于 KAMdesk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kamdesk/ui/widgets/messages.py" line="54"/>
        <source>Something went wrong: {error}

The details were written to the log.</source>
        <translation>出现了意外错误：{error}

详细信息已写入日志。</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../kamdesk/ui/pages.py" line="34"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/pages.py" line="41"/>
        <source>Stakeholder maps</source>
        <translation>决策链地图</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/pages.py" line="48"/>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/pages.py" line="54"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/pages.py" line="58"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../kamdesk/ui/page_placeholder.py" line="95"/>
        <source>{page}: this page could not be loaded</source>
        <translation>{page}：此页面无法加载</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/page_placeholder.py" line="98"/>
        <source>Coming soon: {page}</source>
        <translation>即将推出：{page}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/page_placeholder.py" line="99"/>
        <source>This part of KAMdesk is under construction.</source>
        <translation>此功能正在建设中。</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../kamdesk/ui/widgets/coded.py" line="54"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../kamdesk/ui/dialogs/passphrase.py" line="15"/>
        <source>Encrypted database</source>
        <translation>加密的数据库</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/dialogs/passphrase.py" line="16"/>
        <source>Passphrase for {name}:</source>
        <translation>{name} 的密码：</translation>
    </message>
</context>
<context>
    <name>PrivateChoice</name>
    <message>
        <location filename="../../kamdesk/ui/widgets/private_choice.py" line="26"/>
        <source>Private contacts</source>
        <translation>私密联系人</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/widgets/private_choice.py" line="28"/>
        <source>Contacts marked private stay on this laptop: they are left out of this file unless you include them.</source>
        <translation>标为私密的联系人只留在本机：除非您选择包含，否则不会写入此文件。</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/widgets/private_choice.py" line="34"/>
        <source>Include contacts marked private</source>
        <translation>包含标为私密的联系人</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>My profile</source>
        <translation>我的资料</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>直属经理</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>System ({zone})</source>
        <translation>系统时区（{zone}）</translation>
    </message>
    <message>
        <source>Dates and times are shown in this zone; they are stored in UTC.</source>
        <translation>日期和时间按此时区显示；数据按 UTC 保存。</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>Load demo data…</source>
        <translation>载入演示数据…</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>Set up my profile…</source>
        <translation>设置个人资料…</translation>
    </message>
    <message>
        <source>No accounts yet. Next step: add your first account, or load demo data to look around.</source>
        <translation>还没有客户。下一步：添加第一个客户，或载入演示数据看看。</translation>
    </message>
    <message>
        <source>This database is empty. Next step: set up your profile, then add your first account — or load demo data to try KAMdesk out.</source>
        <translation>数据库是空的。下一步：设置个人资料，再添加第一个客户；也可以载入演示数据先试用 KAMdesk。</translation>
    </message>
    <message>
        <source>Reports are written in your name: set up your profile (name, region, manager) first.</source>
        <translation>报告以你的名义撰写：请先设置个人资料（姓名、区域、上级经理）。</translation>
    </message>
</context>
<context>
    <name>ShellStatus</name>
    <message>
        <location filename="../../kamdesk/ui/shell_status.py" line="384"/>
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/shell_status.py" line="393"/>
        <source>{accounts} accounts · {contacts} contacts · {opportunities} opportunities · {visits} visits</source>
        <translation>客户 {accounts} · 联系人 {contacts} · 商机 {opportunities} · 拜访 {visits}</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/shell_status.py" line="401"/>
        <source>no rep yet</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <location filename="../../kamdesk/ui/shell_status.py" line="402"/>
        <source>Rep: {name}</source>
        <translation>客户经理：{name}</translation>
    </message>
</context>
</TS>
