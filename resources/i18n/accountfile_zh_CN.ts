<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountFile</name>
    <message>
        <source>Handle by</source>
        <translation>须处理日期</translation>
    </message>
    <message>
        <source>Set the urgency by hand</source>
        <translation>手动设定处理时间</translation>
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
    <message>
        <source>Purchases and payments</source>
        <translation>购买与回款</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买与回款</translation>
    </message>
</context>
<context>
    <name>TradeTab</name>
    <message>
        <source>Log purchase…</source>
        <translation>记录购买…</translation>
    </message>
    <message>
        <source>Log payment…</source>
        <translation>记录回款…</translation>
    </message>
    <message>
        <source>Purchase cycle reminders</source>
        <translation>购买的周期提醒</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Cycle (days)</source>
        <translation>购买周期（天）</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>上次购买</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Purchase and payment records</source>
        <translation>购买记录与回款</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>⚠ due</source>
        <translation>⚠ 到期</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>{date} 起提醒</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>应回款</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Log purchase</source>
        <translation>记录购买</translation>
    </message>
    <message>
        <source>A return, not an order</source>
        <translation>退货（不是订单）</translation>
    </message>
    <message>
        <source>days; sets this product's purchase cycle</source>
        <translation>天；设定该产品的购买周期</translation>
    </message>
    <message>
        <source>days before it is due (default 7)</source>
        <translation>到期前几天提醒（默认 7）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Purchase cycle (days)</source>
        <translation>购买周期（天）</translation>
    </message>
    <message>
        <source>Remind (days before)</source>
        <translation>提前提醒（天）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Log payment</source>
        <translation>记录回款</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>应回款日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ClassificationTab</name>
    <message>
        <source>Set a handle-by date to derive the urgency.</source>
        <translation>填写须处理日期，即可推出处理时间的分类。</translation>
    </message>
    <message>
        <source>From the handle-by date: {label} ({note})</source>
        <translation>由须处理日期推出：{label}（{note}）</translation>
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
