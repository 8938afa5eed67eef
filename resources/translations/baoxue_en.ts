<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="110"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="113"/>
        <source>Letters or digits, no spaces, e.g. wanghong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="116"/>
        <source>e.g. 王红</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="120"/>
        <source>(not linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="124"/>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="132"/>
        <source>User name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="133"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="134"/>
        <source>Roles *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="135"/>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="137"/>
        <source>Link a teacher&apos;s account to the staff member so that they see their own classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="138"/>
        <source>First password *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="139"/>
        <source>Password again *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="141"/>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="155"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="161"/>
        <source>The account was not created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="294"/>
        <location filename="../../app/ui/accounts_page.py" line="300"/>
        <source>New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="302"/>
        <source>Create a login for a teacher or staff member (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="304"/>
        <source>Change roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="307"/>
        <location filename="../../app/ui/accounts_page.py" line="363"/>
        <location filename="../../app/ui/accounts_page.py" line="398"/>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="310"/>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="322"/>
        <source>Each person logs in with their own account. A disabled account cannot log in; its history stays in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="336"/>
        <location filename="../../app/ui/accounts_page.py" line="401"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="362"/>
        <source>Enable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="397"/>
        <source>Disable the account {user}? They will no longer be able to log in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="220"/>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="221"/>
        <source>This account can add the other teachers&apos; accounts later. Keep the password safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="226"/>
        <source>Your name, e.g. 张明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="231"/>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="241"/>
        <source>User name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="242"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="243"/>
        <source>Password *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="245"/>
        <source>Password again *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="264"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="511"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="513"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="514"/>
        <source>Days absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="515"/>
        <source>Unexcused from {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="517"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="518"/>
        <source>Home visit due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="521"/>
        <source>Report due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="524"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="528"/>
        <source>{day} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="578"/>
        <source>Absence alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="580"/>
        <source>Students absent without reason long enough to need a home visit and a written report. Dates in red are overdue. Read-only here: the case file comes in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="600"/>
        <source>No open absence alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="603"/>
        <source>{n} open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="605"/>
        <source>, {n} with an overdue step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../app/ui/audit_window.py" line="56"/>
        <source>Log in</source>
        <extracomment>friendly names of the actions the services record (unknown ones show their key)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="57"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="58"/>
        <source>Change roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="59"/>
        <source>Enable / disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="60"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="61"/>
        <source>Set up school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="62"/>
        <source>Change school details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="63"/>
        <source>New school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="64"/>
        <source>New class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="65"/>
        <source>Change class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="66"/>
        <source>New staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="67"/>
        <source>Staff member left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="68"/>
        <source>Assign teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="69"/>
        <source>New student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="70"/>
        <source>Change student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="71"/>
        <source>Student status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="72"/>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="73"/>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="74"/>
        <source>Mark school calendar day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="75"/>
        <source>Clear school calendar day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="79"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="80"/>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="81"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="82"/>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="83"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="84"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="85"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="86"/>
        <source>Calendar day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="139"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="139"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="139"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="139"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="139"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app/ui/audit_window.py" line="244"/>
        <source>Words in the summary, e.g. a student&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="250"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="252"/>
        <source>Only from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="261"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="300"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="301"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="318"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="320"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="324"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="332"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="359"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="410"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="417"/>
        <source>Showing the newest {n} entries — scroll down for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="419"/>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="440"/>
        <source>Select an entry to see the values before and after the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="446"/>
        <location filename="../../app/ui/audit_window.py" line="447"/>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../app/ui/workers.py" line="78"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../app/ui/settings_page.py" line="215"/>
        <source>Reason, e.g. snow closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="217"/>
        <source>Mark this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="220"/>
        <source>Remove the school&apos;s mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="232"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="233"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="241"/>
        <source>Grey: no school (weekend, holiday, outside the terms). Blue: make-up working day. Red: school closed. Green: extra school day. National holidays come from the State Council&apos;s table; the school adds its own closures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="262"/>
        <source>The national holiday table covers {first}–{last}. For {years} add the holidays yourself (kind: holiday) when the State Council announces them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="295"/>
        <source>outside the terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="296"/>
        <source>school day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="296"/>
        <source>no school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="324"/>
        <source>Remove the school&apos;s own mark on {day}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeHistoryModel</name>
    <message>
        <location filename="../../app/ui/student_page.py" line="91"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="92"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="93"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="94"/>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="233"/>
        <location filename="../../app/ui/accounts_page.py" line="265"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="236"/>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="243"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="244"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="245"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="256"/>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="264"/>
        <source>Your password has been changed. Use the new one next time you log in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="133"/>
        <source>Change class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="133"/>
        <source>New class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="136"/>
        <source>e.g. 三年级(1)班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="143"/>
        <source>Mixed-grade class (复式班): pupils of several grades together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="161"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="170"/>
        <source>In use (untick for a class that no longer exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="175"/>
        <source>Class name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="176"/>
        <source>Grade *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="178"/>
        <source>Also grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="179"/>
        <source>Head teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="181"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="207"/>
        <location filename="../../app/ui/school_page.py" line="213"/>
        <source>The class was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassTableModel</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="76"/>
        <source>mixed-grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="78"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="79"/>
        <source>Grade(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="81"/>
        <source>Head teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="82"/>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="83"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="83"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="83"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassesTab</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="403"/>
        <source>Also show classes no longer in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="405"/>
        <location filename="../../app/ui/school_page.py" line="413"/>
        <source>New class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="407"/>
        <source>Add a class (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="409"/>
        <source>Change class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="411"/>
        <source>Change the name, grades or head teacher (double-click)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="314"/>
        <source>The demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="315"/>
        <source>Sample data only. It lives in its own folder, apart from real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="316"/>
        <source>Open the demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="317"/>
        <source>Preparing the demo school ({n} sample students)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="329"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="360"/>
        <source>The demo school is ready. Press “Open the demo school” to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="366"/>
        <source>The demo school could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="59"/>
        <source>The demo school “{name}” is ready: {students} students in {classes} classes. It is sample data, kept apart from real data.</source>
        <extracomment>the service&apos;s field names (ValidationError.field) → our field keys</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="63"/>
        <source>Every demo account has the password: {password}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="71"/>
        <source>  … and {n} more accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="72"/>
        <location filename="../../app/ui/wizard.py" line="410"/>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="393"/>
        <source>Baoxue — first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="430"/>
        <source>The school was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardianEditor</name>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="321"/>
        <source>Enter at least one guardian with a phone number that works, so the school can reach the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="324"/>
        <source>Add guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="337"/>
        <source>No guardian yet. Press “Add guardian”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardianRow</name>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="235"/>
        <source>Guardian&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="238"/>
        <source>Mobile or landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="240"/>
        <source>Child lives with this guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="241"/>
        <source>Works away from home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="243"/>
        <source>Where (e.g. 广东东莞)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="244"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="245"/>
        <source>Remove this guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="252"/>
        <location filename="../../app/ui/student_dialog.py" line="302"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="254"/>
        <location filename="../../app/ui/student_dialog.py" line="302"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="256"/>
        <location filename="../../app/ui/student_dialog.py" line="302"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="260"/>
        <location filename="../../app/ui/student_dialog.py" line="303"/>
        <source>Work place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="279"/>
        <source>Guardian {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardianTableModel</name>
    <message>
        <location filename="../../app/ui/student_page.py" line="53"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="53"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="55"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="56"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="57"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="58"/>
        <source>Lives with child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="60"/>
        <source>Works away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="61"/>
        <source>Work place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="98"/>
        <location filename="../../app/ui/import_dialog.py" line="404"/>
        <source>Import student list</source>
        <extracomment>emitted with the ImportPlan after a preview finished (errors or not) emitted with the ImportResult after a successful import emitted with the message when reading or importing failed (also shown to the user) emitted when the user cancelled a preview or an import</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="111"/>
        <source>Import students from an Excel (.xlsx) or CSV file. Use the template so the columns are right. The file is checked first; nothing is saved until you press Import, and then either every row is saved or none is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="118"/>
        <source>No file chosen yet (you can also drop a file here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="119"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="122"/>
        <source>Download template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="124"/>
        <source>Save an empty list with the right columns, to fill in with Excel or WPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="138"/>
        <source>Rows in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="139"/>
        <source>New students:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="140"/>
        <source>Students to update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="141"/>
        <source>Unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="142"/>
        <source>New classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="143"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="146"/>
        <source>Choose a file to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="166"/>
        <source>Problems to fix in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="173"/>
        <source>Warnings (the import can go ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="183"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="184"/>
        <source>Read the same file again after correcting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="186"/>
        <location filename="../../app/ui/import_dialog.py" line="328"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="190"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="208"/>
        <source>Only the registrar or an administrator may import a student list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="216"/>
        <source>Choose the student list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="217"/>
        <source>Student lists (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="224"/>
        <source>student_list_template.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="225"/>
        <source>Save the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="226"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="234"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="234"/>
        <source>Could not save the template:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="237"/>
        <source>Template saved to {path}. Fill it in, save it, then choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="263"/>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="265"/>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="272"/>
        <source>Checking the student list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="310"/>
        <source>{n} problem(s) in {rows} row(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="311"/>
        <source>Correct them in the file, save it, then press “Check again”. Nothing has been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="314"/>
        <source>The file is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="315"/>
        <source>Press “Import” to save {new} new and {upd} updated student(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="318"/>
        <source>This file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="329"/>
        <source>Import {new} new student(s), update {upd} and create {cls} class(es)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="343"/>
        <source>Importing students…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="351"/>
        <source>Importing the student list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="358"/>
        <source>Imported: {created} new student(s), {updated} updated, {unchanged} unchanged, {classes} new class(es).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="367"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="394"/>
        <source>Cancelled. Nothing has been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="401"/>
        <source>An unexpected error stopped the work. Nothing has been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="405"/>
        <source>An unexpected error stopped the work. Nothing has been imported.

{details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="427"/>
        <source>Fix the problems in the file first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="78"/>
        <source>Choose a file and import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="85"/>
        <source>The import window is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="88"/>
        <source>Import a student list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>1. Download the template from the import window and fill it in with Excel or WPS (or use the list exported from the national student registry system).
2. Choose the file: it is checked first, and every problem is listed with its row.
3. Nothing is saved until you press Import; then either every row is saved or none is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="270"/>
        <source>{name} leaves the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="275"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="276"/>
        <source>Mark as left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="280"/>
        <source>{name} will no longer be offered as head teacher or for new accounts. Their history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="287"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="43"/>
        <source>Sick leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="44"/>
        <source>Personal leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="48"/>
        <location filename="../../app/ui/leave_dialog.py" line="52"/>
        <source>the whole day</source>
        <extracomment>a leave starts with the whole day or from noon, and ends with the whole day or at noon (app.attendance)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="49"/>
        <source>from the afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="53"/>
        <source>until noon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="56"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="57"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="120"/>
        <source>Leave — {name}</source>
        <extracomment>emitted with the new leave&apos;s id after it was recorded emitted with the leave&apos;s id after it was cancelled</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="121"/>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="143"/>
        <source>e.g. fever, seen by the village doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="147"/>
        <source>Approval note or number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="152"/>
        <source>Record the leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="159"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="163"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="168"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="174"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="178"/>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="182"/>
        <source>Half days: start “from the afternoon”, or end “until noon”. Only record a leave that has been approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="189"/>
        <source>Record an approved leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="211"/>
        <source>Why it is cancelled (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="212"/>
        <source>Cancel this leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="216"/>
        <source>Leaves of this student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="227"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="308"/>
        <source>Cancel the leave {period}?

Roll calls it excused go back to what the teacher marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="310"/>
        <source>Cancel leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveTableModel</name>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="88"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="90"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="92"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="93"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="23"/>
        <source>Baoxue — log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="31"/>
        <source>Baoxue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="34"/>
        <source>Demo school — sample data, not a real school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="42"/>
        <source>e.g. admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="56"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="57"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="61"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="63"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="74"/>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="93"/>
        <source>Please enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="119"/>
        <source>The student registry is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>Roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167"/>
        <source>Take today&apos;s roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>Absence alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169"/>
        <source>Students absent without reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>Student registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>Find, add and change students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>Bring in a student list from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>Who changed what, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>Logins of teachers and staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>School details, classes, staff, school years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>Policy and calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>Thresholds of the absence rules, school days and closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="336"/>
        <source>{name} ({roles})</source>
        <extracomment>the user chose Account → Log out (the startup shows the login again) emitted with the key whenever another page is shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="341"/>
        <source>DEMO SCHOOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="346"/>
        <source>Data: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="387"/>
        <source>Find a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="390"/>
        <source>Import roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="392"/>
        <source>Export roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="395"/>
        <source>Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="397"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="398"/>
        <source>Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="400"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="401"/>
        <location filename="../../app/ui/main_window.py" line="539"/>
        <source>About Baoxue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="418"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="426"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="431"/>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="434"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="437"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="462"/>
        <source>roster-{date}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="463"/>
        <location filename="../../app/ui/main_window.py" line="473"/>
        <location filename="../../app/ui/main_window.py" line="475"/>
        <source>Export roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="464"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="473"/>
        <source>Writing the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="474"/>
        <source>{n} students were written to:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="484"/>
        <location filename="../../app/ui/main_window.py" line="492"/>
        <location filename="../../app/ui/main_window.py" line="495"/>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="485"/>
        <source>Baoxue backup (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="492"/>
        <source>Copying the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="494"/>
        <source>The backup was saved to:
{path}

Keep it somewhere safe, e.g. on a USB stick locked away: it holds every student&apos;s personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="515"/>
        <location filename="../../app/ui/main_window.py" line="554"/>
        <source>Please wait until the current task has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="515"/>
        <location filename="../../app/ui/main_window.py" line="554"/>
        <source>Baoxue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="532"/>
        <source>The language setting could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="535"/>
        <source>The language will change the next time you start Baoxue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="535"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="543"/>
        <source>Baoxue (保学) {version}
Keeping every child in school — the school&apos;s own offline register.

Data folder: {path}

Chinese font: WenQuanYi Micro Hei (文泉驿微米黑), © the WenQuanYi Project, used under the Apache 2.0 licence (or GPLv3 with the font exception).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="22"/>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="26"/>
        <source>Baoxue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="32"/>
        <source>Please confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="53"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="54"/>
        <source>Something went wrong inside the program. Your data is safe: nothing was half-saved.

Please tell the person who looks after this computer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyTab</name>
    <message>
        <location filename="../../app/ui/settings_page.py" line="94"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="98"/>
        <source>Undo my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="100"/>
        <source>Hanzhong defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="101"/>
        <source>Put the default values of the Hanzhong rules in the form (nothing is saved until you press Save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="114"/>
        <source>Absence is counted in school days. Every change is recorded in the audit log with the values before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="115"/>
        <source>Only the administrator can change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="172"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="184"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../app/ui/registry.py" line="117"/>
        <source>Name, pinyin initials, ID number, student no. or class</source>
        <extracomment>emitted with the student id whenever the page opens a student (for the main window&apos;s history, tests) emitted after every refresh with the number of rows shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="120"/>
        <source>Type part of a name (or its pinyin initials, e.g. zs for 张三), an ID number, a student number or a class.
Ctrl+F jumps here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="126"/>
        <source>Show one class only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="129"/>
        <source>Show students with this enrolment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="130"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="136"/>
        <source>Show students of a focus group (poor household, left-behind, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="137"/>
        <source>All students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="138"/>
        <source>Any focus group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="176"/>
        <location filename="../../app/ui/registry.py" line="188"/>
        <source>Add student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="178"/>
        <location filename="../../app/ui/registry.py" line="192"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="180"/>
        <location filename="../../app/ui/registry.py" line="196"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="190"/>
        <source>Register a new student (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="194"/>
        <source>Change the selected student&apos;s record (Ctrl+E or F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="198"/>
        <source>Open the selected student&apos;s file card (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="206"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="208"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="210"/>
        <source>Focus group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="273"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="331"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="345"/>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="346"/>
        <source>All my classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="356"/>
        <source>No student matches “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="359"/>
        <source>{n} students in total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="198"/>
        <source>New password for {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="199"/>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="205"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="206"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="212"/>
        <source>Tell the new password to the person in private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="218"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="221"/>
        <source>The password was not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="173"/>
        <source>Roles of {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="179"/>
        <source>What may {user} do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="185"/>
        <source>The roles were not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="96"/>
        <source>Present</source>
        <extracomment>the topic the roll call and leaves announce on ``ctx.changed`` (alerts are worked out in the same transaction) topics after which the roll call, the today panel and the alerts are read again one digit per mark a teacher may type (attendance.TYPED_MARKS); 0 and Space put a student back to present</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="97"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="98"/>
        <source>Left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="99"/>
        <source>Sick leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="100"/>
        <source>Personal leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="101"/>
        <source>Absent (no reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="102"/>
        <source>On approved leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="105"/>
        <source>Whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="106"/>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="107"/>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="110"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="110"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="111"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="111"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="112"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="112"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="113"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCallPage</name>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="646"/>
        <source>The class to take the roll of (your own classes first)</source>
        <extracomment>emitted after every load with the number of students shown (0 when the roll call cannot be opened) emitted with the new revision after a successful submission</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="653"/>
        <source>The day of the roll call: today, or an earlier school day to correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="655"/>
        <source>◀ Previous school day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="657"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="661"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="662"/>
        <source>Leave…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="664"/>
        <source>Record or cancel an approved sick or personal leave of the selected student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="669"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="672"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="745"/>
        <source>Discard my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="747"/>
        <location filename="../../app/ui/roll_call_page.py" line="1129"/>
        <source>Submit (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="758"/>
        <source>Submit the roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="794"/>
        <source>Changes to this roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="802"/>
        <source>Absence alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="857"/>
        <source>The roll call of {cls} has changes that were not submitted.

Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="859"/>
        <source>Unsaved roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="865"/>
        <source>You cannot take the roll of this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="898"/>
        <source>You have no class to take the roll of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="923"/>
        <source>Read only: you cannot change this roll call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="926"/>
        <source>{name} has an approved leave, so the mark cannot be changed here. Cancel the leave first (Leave… button).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="930"/>
        <source>{name}: {mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="954"/>
        <source>Nothing has changed since the last submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="963"/>
        <source>Someone else changed this roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="964"/>
        <source>The roll call has been read again and shows what is saved now. Please check it and mark your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="970"/>
        <source>The roll call was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="979"/>
        <source>Saved (revision {rev}): {present} of {enrolled} present, {missed} not in school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="984"/>
        <source>New absence alert: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1007"/>
        <source>Choose a student first (arrows or type the pinyin initials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1035"/>
        <source>{cls} (my class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1037"/>
        <source>{cls} (view only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1090"/>
        <source>Not submitted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1096"/>
        <source>On roll {enrolled} · Present {present} · Not in school {missed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1104"/>
        <source>{day} {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1108"/>
        <source>{cls}, {when}: not submitted yet. Everyone starts present — mark only who is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1111"/>
        <source>{cls}, {when}: submitted by {who} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1114"/>
        <source>; last changed by {who} at {time} (revision {rev})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1118"/>
        <source>View only: you cannot take the roll of this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1120"/>
        <source>● Unsaved changes: press Ctrl+Enter or Submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1128"/>
        <source>Submit changes (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1147"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1151"/>
        <source>Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1152"/>
        <source>Type pinyin initials (e.g. zs for 张三) to find a student, Tab for the next one; arrows move; Ctrl+Enter submits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1206"/>
        <source>Find “{text}”: no student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1210"/>
        <source>Find “{text}”: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1212"/>
        <source>({pos} of {n}, Tab for the next)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="190"/>
        <source>No.</source>
        <extracomment>(background, text) of each mark: warm colours for &quot;not here&quot;, cool for &quot;excused&quot;, grey for a locked leave</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="191"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="192"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="193"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="280"/>
        <source>Approved leave: {leave} — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="285"/>
        <source>{name} has an approved leave ({leave}), so the roll call marks them excused by itself. To change it, cancel the leave (Leave… button).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowErrorModel</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="74"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="76"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="77"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="78"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolDetailsPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="127"/>
        <source>Your school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="128"/>
        <source>Fields marked * are required. Copy the codes from your school&apos;s registration papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="131"/>
        <source>10 digits, e.g. 2161072901</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="134"/>
        <source>e.g. 马道镇中心学校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="137"/>
        <source>6 digits, e.g. 610729</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="139"/>
        <source>e.g. 留坝县</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="141"/>
        <source>e.g. 马道镇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="145"/>
        <source>Mobile, or landline with area code: 0916-3921026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="161"/>
        <source>School code (学校标识码) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="162"/>
        <source>School name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="163"/>
        <source>County code *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="164"/>
        <source>County name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="165"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="166"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="167"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="168"/>
        <source>Principal&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="194"/>
        <location filename="../../app/ui/wizard.py" line="200"/>
        <source>{field}: incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolInfoTab</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="339"/>
        <source>School code (学校标识码) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="339"/>
        <source>School name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="340"/>
        <source>County code *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="340"/>
        <source>County name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="341"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="341"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="341"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="342"/>
        <source>Principal&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="347"/>
        <source>This is the demo school: sample data, not a real school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="349"/>
        <location filename="../../app/ui/school_page.py" line="353"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="351"/>
        <source>Save the school&apos;s details (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="358"/>
        <source>Undo my edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="384"/>
        <source>The school&apos;s details were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="387"/>
        <source>The school&apos;s details have been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="387"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="576"/>
        <source>School details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="577"/>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="578"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="579"/>
        <source>School years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings_page.py" line="337"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="338"/>
        <source>School calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="224"/>
        <source>New staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="228"/>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="233"/>
        <source>Mobile, e.g. 13800138000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="235"/>
        <source>e.g. 一级教师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="237"/>
        <source>Village where they live (for home visits nearby)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="239"/>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="240"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="241"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="242"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="243"/>
        <source>Lives in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="244"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="253"/>
        <source>The staff member was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="463"/>
        <source>Also show staff who have left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="465"/>
        <source>New staff member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="468"/>
        <source>Teaches a class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="470"/>
        <source>Record that this teacher teaches a class, so they see its students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="472"/>
        <source>Has left the school…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="93"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="94"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="95"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="96"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="97"/>
        <source>Lives in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="98"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/app.py" line="168"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="215"/>
        <location filename="../../app/ui/app.py" line="221"/>
        <location filename="../../app/ui/app.py" line="234"/>
        <source>Demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="215"/>
        <source>Preparing the demo school (600 sample students)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <location filename="../../app/ui/student_page.py" line="67"/>
        <source>(not yet enrolled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="69"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="71"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="72"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="73"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="74"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="412"/>
        <source>Edit student — {name}</source>
        <extracomment>emitted with the student id after a successful save</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="413"/>
        <source>Add student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="426"/>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="427"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="428"/>
        <source>Focus groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="431"/>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="439"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="441"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="444"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="445"/>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="505"/>
        <location filename="../../app/ui/student_dialog.py" line="506"/>
        <location filename="../../app/ui/student_dialog.py" line="606"/>
        <source>Please choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="511"/>
        <source>18 digits; sex and birth date are filled in from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="517"/>
        <source>G + ID number, or L / J number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="520"/>
        <source>Same as the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="523"/>
        <source>Not filled in (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="528"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="529"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="530"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="531"/>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="532"/>
        <source>ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="533"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="535"/>
        <source>Student no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="536"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="537"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="538"/>
        <source>Enrolment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="539"/>
        <source>Household registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="540"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="541"/>
        <source>Day / boarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="552"/>
        <source>e.g. 马道镇青桥村三组 12 号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="556"/>
        <source>Anything the school should know about the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="557"/>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="558"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="559"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="560"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="570"/>
        <source>Tick every group the child belongs to. These children get extra care and are watched more closely for dropping out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="576"/>
        <source>Registered poor household (建档立卡)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="577"/>
        <source>Child of migrant workers (随迁子女)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="578"/>
        <source>Learning difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="579"/>
        <source>Orphan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="580"/>
        <source>Child of a prisoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="581"/>
        <source>Family in economic hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="582"/>
        <source>Child of a martyr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="583"/>
        <source>Only child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="594"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="595"/>
        <source>Left-behind child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="596"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="779"/>
        <source>Everything looks right. Press Save (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="783"/>
        <source>{n} item(s) still to fill in or correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="784"/>
        <source>Show me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="816"/>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="819"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="821"/>
        <source>Filled in from the ID number: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="852"/>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="859"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="870"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="871"/>
        <source>You have changed this student&apos;s record. Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <location filename="../../app/ui/student_page.py" line="161"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="163"/>
        <location filename="../../app/ui/student_page.py" line="260"/>
        <location filename="../../app/ui/student_page.py" line="313"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="165"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="168"/>
        <location filename="../../app/ui/student_page.py" line="324"/>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="170"/>
        <source>Focus groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="172"/>
        <source>Enrolment status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="174"/>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="176"/>
        <source>No changes recorded, or you may not see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="204"/>
        <location filename="../../app/ui/student_page.py" line="366"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="206"/>
        <source>Change this student&apos;s record (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="210"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="229"/>
        <source>Student file — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="234"/>
        <source>{n} years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="235"/>
        <source>no class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="246"/>
        <source>(not filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="248"/>
        <location filename="../../app/ui/student_page.py" line="313"/>
        <source>Student no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="249"/>
        <location filename="../../app/ui/student_page.py" line="314"/>
        <source>ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="250"/>
        <location filename="../../app/ui/student_page.py" line="314"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="251"/>
        <location filename="../../app/ui/student_page.py" line="312"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="252"/>
        <location filename="../../app/ui/student_page.py" line="315"/>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="253"/>
        <location filename="../../app/ui/student_page.py" line="316"/>
        <source>Household registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="254"/>
        <location filename="../../app/ui/student_page.py" line="316"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="255"/>
        <location filename="../../app/ui/student_page.py" line="317"/>
        <source>Day / boarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="256"/>
        <location filename="../../app/ui/student_page.py" line="315"/>
        <source>Enrolment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="257"/>
        <location filename="../../app/ui/student_page.py" line="324"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="261"/>
        <location filename="../../app/ui/student_page.py" line="313"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="262"/>
        <source>Head teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="264"/>
        <location filename="../../app/ui/student_page.py" line="331"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="264"/>
        <location filename="../../app/ui/student_page.py" line="331"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="271"/>
        <location filename="../../app/ui/student_page.py" line="323"/>
        <source>Child of a martyr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="272"/>
        <location filename="../../app/ui/student_page.py" line="323"/>
        <source>Only child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="275"/>
        <location filename="../../app/ui/student_page.py" line="317"/>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="276"/>
        <location filename="../../app/ui/student_page.py" line="318"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="277"/>
        <location filename="../../app/ui/student_page.py" line="318"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="278"/>
        <location filename="../../app/ui/student_page.py" line="324"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="312"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="312"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="321"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="329"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <location filename="../../app/ui/registry.py" line="64"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="65"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="66"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="68"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="69"/>
        <source>Student no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="70"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="72"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="74"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="75"/>
        <source>Focus groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="278"/>
        <source>Check and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="279"/>
        <source>Please check the details. Press Back to correct something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="280"/>
        <source>Save and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="294"/>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="296"/>
        <source>School code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="296"/>
        <source>School name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="297"/>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="298"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="298"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="299"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="299"/>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="300"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeachingDialog</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="300"/>
        <source>{name} teaches a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="305"/>
        <source>e.g. 数学</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="307"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="308"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="309"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="321"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermTableModel</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="112"/>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="113"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="114"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="115"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="116"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="116"/>
        <source>current term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="425"/>
        <source>Not taken yet today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="434"/>
        <source>Click a class to open its roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="437"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="462"/>
        <source>{cls} · {teacher} · {n} students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="463"/>
        <source>no class teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="471"/>
        <source>{day} is not a school day ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="474"/>
        <source>{n} classes have not taken the roll today ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="477"/>
        <source>Every class has taken the roll today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="59"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="59"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="61"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="62"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="63"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="64"/>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="65"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="67"/>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="95"/>
        <source>Welcome to Baoxue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="96"/>
        <source>This computer has no school yet. What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="97"/>
        <source>Set up my school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="99"/>
        <source>Open the demo school (sample data, kept apart from real data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="109"/>
        <source>Enter your school&apos;s details and create the first administrator account. About five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="113"/>
        <source>A made-up village school with 600 students, to try the program or to train. It is stored in a separate folder and never mixed with your school&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearsTab</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="536"/>
        <source>Each school year has two terms. Add the next school year before it starts (usually in summer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="550"/>
        <source>Add school year {a}–{b}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="555"/>
        <source>Add the school year {a}–{b} with its two usual terms (September to January, February to July)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="557"/>
        <source>New school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="560"/>
        <source>The school year was not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
