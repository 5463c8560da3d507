<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountFile</name>
    <message>
        <source>Handle by</source>
        <translation>处理时间</translation>
    </message>
    <message>
        <source>Set the urgency by hand</source>
        <translation>手动设定紧急程度</translation>
    </message>
    <message>
        <source>MAN (prospect)</source>
        <translation>MAN原则（潜在客户）</translation>
    </message>
    <message>
        <source>M Money</source>
        <translation>M 购买能力</translation>
    </message>
    <message>
        <source>A Authority</source>
        <translation>A 购买决定权</translation>
    </message>
    <message>
        <source>N Need</source>
        <translation>N 需求</translation>
    </message>
    <message>
        <source>M (yes)</source>
        <translation>M（有）</translation>
    </message>
    <message>
        <source>m (no)</source>
        <translation>m（无）</translation>
    </message>
    <message>
        <source>A (yes)</source>
        <translation>A（有）</translation>
    </message>
    <message>
        <source>a (no)</source>
        <translation>a（无）</translation>
    </message>
    <message>
        <source>N (big)</source>
        <translation>N（大）</translation>
    </message>
    <message>
        <source>n (no)</source>
        <translation>n（无）</translation>
    </message>
</context>
<context>
    <name>ClassificationTab</name>
    <message>
        <source>Set a handle-by date to derive the urgency.</source>
        <translation>填写处理时间即可推出紧急程度。</translation>
    </message>
    <message>
        <source>From the handle-by date: {label} ({note})</source>
        <translation>由处理时间推出：{label}（{note}）</translation>
    </message>
    <message>
        <source>Set M, A and N to see what the MAN rule advises.</source>
        <translation>选定 M、A、N，即显示MAN原则的对策。</translation>
    </message>
</context>
<context>
    <name>ContactFile</name>
    <message>
        <source>Professional title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Professional rank</source>
        <translation>专业职称</translation>
    </message>
    <message>
        <source>Subordinates</source>
        <translation>下级</translation>
    </message>
    <message>
        <source>Background: employers</source>
        <translation>基本履历</translation>
    </message>
    <message>
        <source>Background: schools</source>
        <translation>基本履历（学校）</translation>
    </message>
    <message>
        <source>Employer 1</source>
        <translation>单位1</translation>
    </message>
    <message>
        <source>Employer 2</source>
        <translation>单位2</translation>
    </message>
    <message>
        <source>Employer 3</source>
        <translation>单位3</translation>
    </message>
    <message>
        <source>More employers</source>
        <translation>更多单位</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>Middle school</source>
        <translation>中学</translation>
    </message>
    <message>
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <source>Graduate school</source>
        <translation>研究生</translation>
    </message>
    <message>
        <source>In-laws and cousins</source>
        <translation>舅子老表</translation>
    </message>
    <message>
        <source>Uncles</source>
        <translation>叔伯</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>On file: {names}</source>
        <translation>在档：{names}</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Optional: the time it is due</source>
        <translation>可选：到期的时间</translation>
    </message>
</context>
</TS>
