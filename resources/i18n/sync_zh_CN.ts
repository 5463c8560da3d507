<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SyncBar</name>
    <message>
        <source>⟳ Sync</source>
        <translation>⟳ 同步</translation>
    </message>
    <message>
        <source>Handed over to another rep, now off this laptop: {names}</source>
        <translation>已移交给其他客户经理，已从本机移除：{names}</translation>
    </message>
    <message>
        <source>Your edits not yet sent are kept in {file}</source>
        <translation>尚未发送的修改保存在 {file}</translation>
    </message>
    <message>
        <source>Send this laptop's changes to the team server and receive the team's</source>
        <translation>把本机的修改发送到团队服务器，并接收团队的修改</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>上次同步：{when}</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>待处理冲突（{n}）</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <source>The team server's address (postgresql+psycopg://rep:password@host/team):</source>
        <translation>团队服务器地址（postgresql+psycopg://用户:密码@主机/团队库）：</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>receiving the team's changes…</source>
        <translation>正在接收团队的修改…</translation>
    </message>
    <message>
        <source>sending this laptop's changes…</source>
        <translation>正在发送本机的修改…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Synced: {received} received, {sent} sent, {conflicts} conflicts</source>
        <translation>已同步：收到 {received} 条，发送 {sent} 条，冲突 {conflicts} 条</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to review</source>
        <translation>待处理冲突</translation>
    </message>
    <message>
        <source>Keep the value that stands</source>
        <translation>保留现有值</translation>
    </message>
    <message>
        <source>Use the saved value instead</source>
        <translation>改用保存的值</translation>
    </message>
    <message>
        <source>Save my edited values</source>
        <translation>保存我改写的值</translation>
    </message>
    <message>
        <source>Double-click a value that stands to type the right one</source>
        <translation>双击现有值，输入正确的值</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <source>Server (stands)</source>
        <translation>服务器（现有值）</translation>
    </message>
    <message>
        <source>This laptop (saved)</source>
        <translation>本机（已保存）</translation>
    </message>
    <message>
        <source>Here (stands)</source>
        <translation>本机（现有值）</translation>
    </message>
    <message>
        <source>Other side (saved)</source>
        <translation>对方（已保存）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>{table} {label}: changed on both sides ({source}).</source>
        <translation>{table} {label}：双方都修改过（{source}）。</translation>
    </message>
</context>
</TS>
