<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms only: the sources say "(s)"; Qt picks the form by %n -->
<TS version="2.1" language="en">
<context>
    <name>AnnouncementsDialog</name>
    <message numerus="yes">
        <source>%n unread announcement(s)</source>
        <translation>
            <numerusform>%n unread announcement</numerusform>
            <numerusform>%n unread announcements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) handed over.</source>
        <translation>
            <numerusform>%n account handed over.</numerusform>
            <numerusform>%n accounts handed over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n account(s)? They leave the list (tick “Archived too” to see them).</source>
        <translation>
            <numerusform>Archive %n account? It leaves the list (tick “Archived too” to see it).</numerusform>
            <numerusform>Archive %n accounts? They leave the list (tick “Archived too” to see them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n archived account(s)?</source>
        <translation>
            <numerusform>Restore %n archived account?</numerusform>
            <numerusform>Restore %n archived accounts?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactLogTab</name>
    <message numerus="yes">
        <source>%n entry(s) shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactListView</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message numerus="yes">
        <source>%n planned visit(s) written to {path}</source>
        <translation>
            <numerusform>%n planned visit written to {path}</numerusform>
            <numerusform>%n planned visits written to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) for today</source>
        <translation>
            <numerusform>%n reminder for today</numerusform>
            <numerusform>%n reminders for today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new reminder(s)</source>
        <translation>
            <numerusform>%n new reminder</numerusform>
            <numerusform>%n new reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the nearest %n listed)</source>
        <translation>
            <numerusform>(the nearest %n listed)</numerusform>
            <numerusform>(the nearest %n listed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The nearest %n of each kind are listed, and {more} more.</source>
        <translation>
            <numerusform>The nearest %n of each kind is listed, and {more} more.</numerusform>
            <numerusform>The nearest %n of each kind are listed, and {more} more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountWorkTab</name>
    <message numerus="yes">
        <source>Opportunities (%n)</source>
        <translation>
            <numerusform>Opportunities (%n)</numerusform>
            <numerusform>Opportunities (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upcoming visits (%n)</source>
        <translation>
            <numerusform>Upcoming visit (%n)</numerusform>
            <numerusform>Upcoming visits (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapsPage</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message numerus="yes">
        <source>%n new note(s) imported</source>
        <translation>
            <numerusform>%n new note imported</numerusform>
            <numerusform>%n new notes imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitListTab</name>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToVisitBox</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
