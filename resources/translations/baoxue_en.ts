<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="119"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="120"/>
        <source>Letters or digits, no spaces, e.g. wanghong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="121"/>
        <source>e.g. 王红</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="125"/>
        <source>(not linked)</source>
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
        <location filename="../../app/ui/accounts_page.py" line="140"/>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="147"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="152"/>
        <source>The account was not created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="237"/>
        <location filename="../../app/ui/accounts_page.py" line="239"/>
        <source>New account…</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="240"/>
        <source>Create a login for a teacher or staff member (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="241"/>
        <source>Change roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="242"/>
        <location filename="../../app/ui/accounts_page.py" line="288"/>
        <location filename="../../app/ui/accounts_page.py" line="322"/>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="243"/>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="244"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="245"/>
        <source>Let a locked account log in again at once (it was locked after repeated wrong passwords)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="249"/>
        <source>Each person logs in with their own account. A disabled account cannot log in; its history stays in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="261"/>
        <location filename="../../app/ui/accounts_page.py" line="325"/>
        <location filename="../../app/ui/accounts_page.py" line="332"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="287"/>
        <source>Enable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="321"/>
        <source>Disable the account {user}? They will no longer be able to log in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="222"/>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="223"/>
        <source>This account can add the other teachers&apos; accounts later. Keep the password safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="226"/>
        <source>Your name, e.g. 张明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="228"/>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="236"/>
        <source>User name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="237"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="238"/>
        <source>Password *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="240"/>
        <source>Password again *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="259"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../app/ui/alerts_panel.py" line="63"/>
        <source>Absence alerts</source>
        <extracomment>the record kinds the panel shows (it reads again when one changes) the columns of the roll call&apos;s side column: who, how long, when the next step is due (its name in the tooltip) the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts_panel.py" line="65"/>
        <source>Students absent without reason long enough to need a home visit and a written report. Dates in red are overdue. Double-click a student to open the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts_panel.py" line="73"/>
        <source>Double-click a student to open the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts_panel.py" line="106"/>
        <source>No open absence alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts_panel.py" line="109"/>
        <source>{n} open {n:alert|alerts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts_panel.py" line="111"/>
        <source>, {n} with an overdue step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalActions</name>
    <message>
        <location filename="../../app/ui/request_text.py" line="50"/>
        <source>Submit for approval</source>
        <extracomment>the buttons of the steps, in the order they are shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="51"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="52"/>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="53"/>
        <source>Reported to the county…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="54"/>
        <source>County confirmed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="55"/>
        <source>Withdraw request…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalSteps</name>
    <message>
        <location filename="../../app/ui/request_text.py" line="39"/>
        <source>Created</source>
        <extracomment>the steps as the history shows them (&quot;ApprovalSteps&quot;: the same English word means another thing there)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="40"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="41"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="42"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="43"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="44"/>
        <source>Reported to the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="45"/>
        <source>County confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="46"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <location filename="../../app/ui/request_text.py" line="15"/>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="16"/>
        <source>Suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="17"/>
        <source>Extension of a suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="18"/>
        <source>Resumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="19"/>
        <source>Transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="20"/>
        <source>Transfer in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="21"/>
        <source>Borrow-study at another school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="22"/>
        <source>Return from borrow-study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="23"/>
        <source>Guest student borrow-studying here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="24"/>
        <source>Dropout registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="25"/>
        <source>Death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="26"/>
        <source>Graduation (whole class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="29"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="30"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="31"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="32"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="56"/>
        <location filename="../../app/ui/request_text.py" line="33"/>
        <source>Reported to the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="60"/>
        <location filename="../../app/ui/request_text.py" line="34"/>
        <source>Confirmed by the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="35"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="58"/>
        <source>the class teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="59"/>
        <source>the principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="63"/>
        <source>Sick or personal leave. Up to the policy&apos;s limit the class teacher approves, longer leave the principal. Approved leave excuses the roll call by itself.</source>
        <extracomment>one line under the kind chooser: what the kind is for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="66"/>
        <source>Needs a scanned proof (e.g. a hospital certificate). The principal approves, then the registrar reports it to the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="68"/>
        <source>Extends an approved suspension of this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="69"/>
        <source>Puts a suspended student back on the roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="70"/>
        <source>The student stays on the list of unconfirmed transfers until the county confirms the arrival at the new school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="72"/>
        <source>A former student of this school who transferred out and comes back. A child new to the school is added by the registrar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="74"/>
        <source>The registration stays at this school; the host school is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="76"/>
        <source>The student comes back from borrow-study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="77"/>
        <source>A child registered at another school studies here. Filed only: the child is not added to this school&apos;s roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="79"/>
        <source>Registers a dropout. Link the absence case if there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="80"/>
        <source>Needs a scanned death certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="81"/>
        <source>Every student of a final-year class who is in school graduates at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="178"/>
        <source>The requester submits it</source>
        <extracomment>fields not entered in this window (a new child transferring in needs the whole student form)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="181"/>
        <source>Decision by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="183"/>
        <source>The registrar reports it to the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="185"/>
        <source>Waiting for the county to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="50"/>
        <source>Reject the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="51"/>
        <source>Why is it rejected? The requester will read this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="53"/>
        <source>Withdraw the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="54"/>
        <source>Why is it withdrawn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="57"/>
        <source>How and when was it reported (e.g. the 学籍 system, a reference number)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="61"/>
        <source>What did the county confirm (for a transfer: the arrival at the new school)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="73"/>
        <source>The step was not taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="63"/>
        <source>To approve</source>
        <extracomment>the record kinds the page shows (it reads again when one changes) the county package (its transfers seen on no school&apos;s roll) and the calendar (school days) mark overdue transfers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="64"/>
        <source>To report to the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="65"/>
        <source>Waiting for the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="66"/>
        <source>My drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="67"/>
        <source>My requests waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="68"/>
        <source>My rejected requests (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="71"/>
        <source>Requests waiting for your decision. Approve, or reject with a reason the requester will read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="73"/>
        <source>Approved status changes the county bureau must be told of. Record here when you have reported them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="75"/>
        <source>Reported to the county; record the county&apos;s confirmation when it comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="77"/>
        <source>Requests you started but have not submitted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="78"/>
        <source>Your requests waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="79"/>
        <source>Read the reason; “Copy as a new draft” in the request lets you correct and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="198"/>
        <source>New request…</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one the number for the navigation, after every refresh emitted after every refresh</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="204"/>
        <source>Leave, suspension, transfer, borrow-study, … (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="206"/>
        <source>Teachers and the registrar make requests; you decide on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="241"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="275"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="280"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="286"/>
        <source>Student or class: name or pinyin initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="299"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="301"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="319"/>
        <source>A child who left for another school is not safe until the county confirms the arrival there. Ask the county about the oldest first; record the confirmation in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="326"/>
        <source>Waiting for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="327"/>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="328"/>
        <source>Transfers not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="332"/>
        <source>Requests and approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="400"/>
        <source>{n} {n:request waits|requests wait} for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="509"/>
        <source>{n} {n:request|requests}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="230"/>
        <location filename="../../app/ui/approvals_page.py" line="390"/>
        <source>{section} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="403"/>
        <source>Nothing waits for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="425"/>
        <source>Transfers not confirmed ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="427"/>
        <source>{n} children transferred out are not confirmed by the county yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="431"/>
        <source>Every transfer out has been confirmed by the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="477"/>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="506"/>
        <source>{n} shown (the latest 500; choose a state or a kind to see older ones)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentTableModel</name>
    <message>
        <location filename="../../app/ui/request_steps.py" line="107"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="108"/>
        <source>SHA-256 {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="109"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="110"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="111"/>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="112"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttemptModel</name>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="25"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="26"/>
        <source>Who went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="29"/>
        <source>Both lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="29"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="29"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="31"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="32"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../app/ui/audit_window.py" line="95"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="96"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="97"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="98"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="99"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app/ui/audit_window.py" line="143"/>
        <source>Words in the summary, e.g. a student&apos;s name</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="149"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="151"/>
        <source>Only from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="160"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="188"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="189"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="206"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="208"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="212"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="220"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="247"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="298"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="306"/>
        <source>Showing the newest {n} {n:entry|entries} — scroll down for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="308"/>
        <source>{n} {n:entry|entries}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="331"/>
        <source>Select an entry to see the values before and after the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="339"/>
        <location filename="../../app/ui/audit_window.py" line="340"/>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../app/ui/workers.py" line="96"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../app/ui/settings_page.py" line="407"/>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="410"/>
        <source>Baoxue backs up the whole school (database, scanned proof, signing key) at the first start of each day and when it is closed, into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="416"/>
        <source>It keeps the newest backup of each of the last 7 days, 4 weeks and 12 months; backups made by hand or before a restore are never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="421"/>
        <source>Open the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="429"/>
        <source>Second backup folder (e.g. a USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="432"/>
        <source>Every automatic backup is copied there as well, so the school&apos;s data survives a broken or stolen computer. When the stick is not plugged in, the backup on this computer is still made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="437"/>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="438"/>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="441"/>
        <source>Do not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="452"/>
        <source>Only the administrator can change the second folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="468"/>
        <source>Latest automatic backup: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="469"/>
        <source>No automatic backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="484"/>
        <source>Second backup folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../app/ui/settings_page.py" line="231"/>
        <source>Reason, e.g. snow closure</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="233"/>
        <source>Mark this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="236"/>
        <source>Remove the school&apos;s mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="248"/>
        <source>Load holiday file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="251"/>
        <source>A year&apos;s official holidays and make-up working days as the State Council announced them: a CSV (date, end, kind, name, year) or JSON file; you see what it changes before it is applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="259"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="260"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="268"/>
        <source>Grey: no school (weekend, holiday, outside the terms). Blue: make-up working day. Red: school closed. Green: extra school day. National holidays come from the State Council&apos;s table; the school adds its own closures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="291"/>
        <source>The national holiday table covers {first}–{last}. {years}: not loaded yet — those days count Monday to Friday, marked unconfirmed. Load the year&apos;s holiday file when the State Council announces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="295"/>
        <source>{year}: loaded from a file, {h} holidays, {w} make-up working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="330"/>
        <source>outside the terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="331"/>
        <source>school day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="331"/>
        <source>no school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="362"/>
        <location filename="../../app/ui/settings_page.py" line="379"/>
        <source>Load holiday file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="363"/>
        <source>Holiday files (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="367"/>
        <source>Holiday file not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="378"/>
        <source>Load these days into the school calendar? Absence alerts are worked out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="387"/>
        <source>Remove the school&apos;s own mark on {day}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarWarning</name>
    <message>
        <location filename="../../app/ui/calendar_warning.py" line="68"/>
        <source>⚠ The national holidays of {years} are not loaded yet: alerts counted across those days are provisional. The school&apos;s administrator loads the holiday file once it is announced.</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_warning.py" line="74"/>
        <source>⚠ The national holidays and make-up working days of {years} are not loaded yet. Until they are, Monday to Friday count as school days and weekends as days off, marked “unconfirmed”; alerts counted across those days are provisional. When the State Council has announced them, load the year&apos;s holiday file: Settings → Calendar → Load holiday file… (or the command baoxue calendar import FILE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../app/ui/case_tabs/base.py" line="184"/>
        <source>Nothing on file yet.</source>
        <extracomment>emitted after a successful save (the dialog reloads)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="63"/>
        <source>Case file</source>
        <extracomment>emitted after every (re)load</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="77"/>
        <source>Still to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="102"/>
        <source>Home visits and calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="103"/>
        <source>Written report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="104"/>
        <source>Persuasion to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="105"/>
        <source>Township notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="106"/>
        <source>Where now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="107"/>
        <source>Dropout registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="108"/>
        <source>Return / close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="164"/>
        <source>You typed in “{tabs}” and did not save it. Close the case file and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="183"/>
        <source>Case file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="194"/>
        <source>This case is closed; it stays on file. If the child is absent again a new alert opens a new case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="197"/>
        <source>The alert was withdrawn (leave approved afterwards or roll call corrected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="199"/>
        <source>You may read this case; the teacher responsible, the class teacher, the principal and the registrar record on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="205"/>
        <source>Already registered as a dropout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="207"/>
        <source>Only the registrar may register a dropout (a status change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="213"/>
        <source>Absent without reason for &lt;b&gt;{days}&lt;/b&gt; school days, {first} to {last} — {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="216"/>
        <source>Alert raised on {raised}; case opened on {opened}; responsible teacher: {teacher}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="218"/>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="225"/>
        <source>, works away in {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="226"/>
        <source>, works away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="227"/>
        <source>{name} ({relation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="230"/>
        <source>Guardians: {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="230"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="232"/>
        <source>Guardians: none on record — add them in the student&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="234"/>
        <source>Address: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="236"/>
        <source>Township notice: return by {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="239"/>
        <source>Closed on {day}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="248"/>
        <source>✓ home visit on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="250"/>
        <source>✓ written report on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="253"/>
        <source>due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="256"/>
        <source>(overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="259"/>
        <source>Nothing: the case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/ui/cases_page.py" line="198"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="200"/>
        <source>Overdue: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="202"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="203"/>
        <source>Days absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="204"/>
        <source>(provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="206"/>
        <source>Absent without reason from {first} to {last} (school days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="208"/>
        <source>Provisional: counted across days of a year whose national holidays are not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="210"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="212"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="214"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="215"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="217"/>
        <source>Responsible teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="217"/>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="237"/>
        <source> (due {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="238"/>
        <source> — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="251"/>
        <source>{day} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <location filename="../../app/ui/cases_page.py" line="78"/>
        <source>Alert: home visit due</source>
        <extracomment>the record kinds the list shows (read again when one of them changes)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="79"/>
        <source>Visited: written report due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="80"/>
        <source>Reported: following up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="81"/>
        <source>Suspected dropout: persuading back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="82"/>
        <source>Registered dropout: persuading back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="83"/>
        <source>Back at school (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="84"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="85"/>
        <source>Alert withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="88"/>
        <source>Absent without reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="89"/>
        <source>Suspected dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="90"/>
        <source>Dropout threshold reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="93"/>
        <location filename="../../app/ui/cases_page.py" line="101"/>
        <source>Home visit in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="94"/>
        <source>Written report to township and county bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="95"/>
        <source>Persuade back, with both lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="96"/>
        <source>Persuade back; if that fails, register the dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="97"/>
        <source>Keep persuading until the child is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="98"/>
        <source>Follow up; close when the child is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="102"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="103"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="106"/>
        <source>Administrative line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="107"/>
        <source>Education line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="110"/>
        <source>County leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="111"/>
        <source>Township cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="112"/>
        <source>Village cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="113"/>
        <source>Education bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="114"/>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="115"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="118"/>
        <source>Back at school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="119"/>
        <source>Transferred to another school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="120"/>
        <source>Suspended (休学)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="121"/>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="122"/>
        <source>Other (say why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="125"/>
        <source>Report of unexcused absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="126"/>
        <source>Report of a dropout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/ui/cases_page.py" line="280"/>
        <source>All cases I may see</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one after every refresh, with the number of rows shown a case file was opened (the case id)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="281"/>
        <source>Only cases assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="284"/>
        <source>Show every case you may see, or only those assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="287"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="288"/>
        <source>Only overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="292"/>
        <source>Show the cases at one stage of the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="301"/>
        <source>Open the case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="302"/>
        <source>Or double-click the row, or press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="303"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="308"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="318"/>
        <source>Absence alerts and cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="320"/>
        <source>Every child absent without reason long enough gets a case: a home visit, a written report to the township government and the county education bureau, persuasion to return. Rows in red have an overdue step. Double-click a row (or press Enter) to open the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="367"/>
        <source>No open absence alerts or cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="370"/>
        <source>{n} open {n:case|cases} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="372"/>
        <source> (of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="374"/>
        <source>, {n} with an overdue step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="411"/>
        <source>This alert has no case file yet. Refresh the list in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeHistoryModel</name>
    <message>
        <location filename="../../app/ui/student_page.py" line="92"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="93"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="94"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="95"/>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="197"/>
        <location filename="../../app/ui/accounts_page.py" line="216"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="201"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="202"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="203"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="207"/>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="215"/>
        <source>Your password has been changed. Use the new one next time you log in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildModel</name>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="103"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="104"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="110"/>
        <source>Change class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="110"/>
        <source>New class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="113"/>
        <source>e.g. 三年级(1)班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="120"/>
        <source>Mixed-grade class (复式班): pupils of several grades together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="138"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="147"/>
        <source>In use (untick for a class that no longer exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="152"/>
        <source>Class name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="153"/>
        <source>Grade *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="155"/>
        <source>Also grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="156"/>
        <source>Head teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="158"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="179"/>
        <location filename="../../app/ui/school_page.py" line="184"/>
        <source>The class was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassTableModel</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="55"/>
        <source>mixed-grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="57"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="58"/>
        <source>Grade(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="60"/>
        <source>Head teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="61"/>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="62"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="62"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="62"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassesTab</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="344"/>
        <source>Also show classes no longer in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="346"/>
        <location filename="../../app/ui/school_page.py" line="350"/>
        <source>New class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="347"/>
        <source>Add a class (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="348"/>
        <source>Change class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="349"/>
        <source>Change the name, grades or head teacher (double-click)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnUseModel</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="113"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="115"/>
        <source>Header in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="116"/>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="117"/>
        <source>Double-click to choose the template column, or “not imported”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="118"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="123"/>
        <source>? choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="124"/>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="135"/>
        <source>The program does not know this column: choose what it is, or “not imported”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="137"/>
        <source>Your choice (remembered for files with this header once imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="141"/>
        <source>As chosen at an earlier import of a file with this header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="145"/>
        <source>A header of the national system or a usual variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="146"/>
        <source>Template column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactLogModel</name>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="81"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="82"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="83"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="84"/>
        <source>How the student is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="86"/>
        <source>Measures and plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="25"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="27"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="28"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="29"/>
        <source>Guardian met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="30"/>
        <source>How the student is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="433"/>
        <source>Log a talk, a phone call or a home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="440"/>
        <source>Who you spoke with, if a guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="442"/>
        <source>e.g. talk about the maths homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="443"/>
        <source>Required: how the child is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="444"/>
        <source>What was agreed, what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="445"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="446"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="447"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="448"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="449"/>
        <source>How the student is *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="450"/>
        <source>Measures and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="451"/>
        <source>Save to the contact log (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="453"/>
        <source>The same contact log as the case file: a visit recorded there shows here, and the other way round.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="43"/>
        <source>Contacts on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="42"/>
        <source>Record a home visit or a phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="42"/>
        <source>Save the record (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="57"/>
        <source>Only a visit in person completes the home-visit step; phone and video calls are kept on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="61"/>
        <source>Other teachers, village cadres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="65"/>
        <source>Name of the guardian met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="68"/>
        <source>(relation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="77"/>
        <source>Members, income, who looks after the child, parents working away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="79"/>
        <source>e.g. find out why the child is absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="80"/>
        <source>Required: where the child is and how the child is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="82"/>
        <source>What the school and the family will do, and when to check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="86"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="87"/>
        <location filename="../../app/ui/case_tabs/contacts.py" line="158"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="88"/>
        <source>Teacher who went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="89"/>
        <source>Others who went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="90"/>
        <location filename="../../app/ui/case_tabs/contacts.py" line="160"/>
        <source>Guardian met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="92"/>
        <location filename="../../app/ui/case_tabs/contacts.py" line="159"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="93"/>
        <location filename="../../app/ui/case_tabs/contacts.py" line="162"/>
        <source>Family situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="94"/>
        <location filename="../../app/ui/case_tabs/contacts.py" line="162"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="95"/>
        <source>How the student is *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="96"/>
        <location filename="../../app/ui/case_tabs/contacts.py" line="163"/>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="97"/>
        <location filename="../../app/ui/case_tabs/contacts.py" line="164"/>
        <source>Measures and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="98"/>
        <location filename="../../app/ui/case_tabs/contacts.py" line="164"/>
        <source>Guardian&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="109"/>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="119"/>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="157"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="159"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="159"/>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="160"/>
        <source>{name} ({relation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="163"/>
        <source>How the student is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountyWindow</name>
    <message>
        <location filename="../../app/ui/county_window.py" line="63"/>
        <source>Baoxue — county data: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="68"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="69"/>
        <source>Save as .xlsx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="70"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="78"/>
        <source>The week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="89"/>
        <source>What the schools&apos; signed bundles say, as it stood that week: the summary by county, the schools that did not report, the children who left the roll, transfers between schools (a child on no school&apos;s roll past the limit is marked 人籍分离) and the quarter&apos;s re-check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="110"/>
        <source>Summary ({n} {n:school|schools})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="117"/>
        <source>{n} children on no school&apos;s roll past {d} school days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="127"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="127"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="128"/>
        <location filename="../../app/ui/county_window.py" line="134"/>
        <source>Save the county report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="136"/>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataFolderDialog</name>
    <message>
        <location filename="../../app/ui/data_folder.py" line="34"/>
        <source>Baoxue — first start: where the school&apos;s data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="36"/>
        <source>Who on this computer works with the school&apos;s data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="40"/>
        <source>Everyone on this PC (recommended for a shared office computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="42"/>
        <source>Only me (this Windows user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="50"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="58"/>
        <source>Every teacher who logs in to this computer with their own Windows account sees the same school. Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="63"/>
        <source>Only your Windows account sees the school; other accounts of this computer would start empty. Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="67"/>
        <source>The choice is remembered. Each program login still has its own Baoxue account and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="78"/>
        <source>The shared data folder cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="373"/>
        <source>The demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="374"/>
        <source>Sample data only. It lives in its own folder, apart from real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="375"/>
        <source>Open the demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="376"/>
        <source>Preparing the demo school ({n} sample students)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="388"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="419"/>
        <source>The demo school is ready. Press “Open the demo school” to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="425"/>
        <source>The demo school could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../app/ui/documents_text.py" line="9"/>
        <source>Parent pledge (school – parent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="10"/>
        <source>Class teacher pledge (principal – class teacher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="11"/>
        <source>Principal pledge (education bureau – principal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="14"/>
        <source>One pledge for every guardian on file, filled with the student&apos;s name and class and the guardian&apos;s name and phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="16"/>
        <source>One pledge for the class teacher of each class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="17"/>
        <source>One pledge between the county education bureau and the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="21"/>
        <source>Home-visit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="22"/>
        <source>Absence report to the township and the county bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="23"/>
        <source>Deadline-to-return notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="24"/>
        <source>Weekly / monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="25"/>
        <source>Inspection sheet (enrolled and present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="26"/>
        <source>Class roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="27"/>
        <source>Transfer contact form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="28"/>
        <source>Suspension approval form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="31"/>
        <source>Leave the student empty for blank sheets to fill in by hand; with a student, the family&apos;s details are printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="33"/>
        <source>The written report the 48-hour rule requires, filled from an open absence alert. Empty fields are left as blanks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="35"/>
        <source>Issued by the township to the guardians, with a tear-off receipt. Choose an absence alert or a student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="37"/>
        <source>The figures of the reporting period containing the day (weekly or monthly, as the policy says).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="39"/>
        <source>Per class: on roll against present at that day&apos;s roll call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="40"/>
        <source>The students of a class with their guardians; the whole school starts each class on a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="42"/>
        <source>The paper form stamped by both schools and both bureaus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="43"/>
        <source>For the school and the bureau to sign; attach the medical certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="47"/>
        <source>Not back yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="48"/>
        <source>Returned, signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="49"/>
        <source>Returned, not signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../app/ui/documents_page.py" line="109"/>
        <source>Pledges</source>
        <extracomment>the record kinds the returns list, the scopes and the forms&apos; choices show the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="110"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="111"/>
        <source>Pledge texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="112"/>
        <source>Official forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="116"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="118"/>
        <source>Your account may not print documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../app/ui/drafts.py" line="166"/>
        <source>Unsaved draft</source>
        <extracomment>how long after the last keystroke the draft is written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/drafts.py" line="167"/>
        <source>Restore the draft you did not save last time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/drafts.py" line="170"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/drafts.py" line="171"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/drafts.py" line="173"/>
        <source>It was kept while you typed; the window was closed without saving it (the program stopped, or the computer lost power).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropoutTab</name>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="25"/>
        <source>Register the child as a dropout (status change 28)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="26"/>
        <source>Register the dropout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="30"/>
        <source>Allowed once the child has been absent without reason for the dropout threshold (four school weeks by default), or when the family refuses to send the child back. It changes the child&apos;s status and opens the persuasion ledger, which stays open until the child returns. Only the registrar may do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="36"/>
        <source>Required, e.g. went with the parents to work in another province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="38"/>
        <source>Where the child is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="40"/>
        <source>The family refuses to send the child back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="41"/>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="42"/>
        <source>Reason for leaving *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="43"/>
        <source>Where now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="44"/>
        <source>Stopped coming on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="54"/>
        <source>Not registered as a dropout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="56"/>
        <source>closed on {day} ({result})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="58"/>
        <source>open: persuading back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="60"/>
        <source>Registered as a dropout on {day} (stopped coming on {left}); reason: {reason}; where now: {where}. Persuasion ledger {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="67"/>
        <source>Register {name} as a dropout? The child&apos;s status changes to dropout and stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="392"/>
        <source>End the mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="399"/>
        <source>Required when the reason is Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="402"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="403"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="404"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="407"/>
        <source>{mentor} stops mentoring {name}. The history is kept; the student is listed again as without a mentor while still at risk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="121"/>
        <location filename="../../app/ui/error_dialog.py" line="150"/>
        <source>Baoxue ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="123"/>
        <source>Something went wrong inside the program, and what you just did may not have finished.
Your data is safe: nothing is ever half-saved. You can go on working.

The problem was written to the log. If it happens again, save a problem report and send it to whoever looks after Baoxue for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="133"/>
        <location filename="../../app/ui/error_dialog.py" line="167"/>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="137"/>
        <source>Save a problem report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="140"/>
        <source>Open the log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="146"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="167"/>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="136"/>
        <source>The file copy of bundle no. {n} has been cleared: the county confirmed it received this file, and the school keeps only its record. If the county still needs {start} – {end}, export that period again (the new bundle replaces no. {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="285"/>
        <source>Make the key…</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="286"/>
        <source>Replace the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="287"/>
        <source>Print the registration sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="289"/>
        <source>Save the certificate for the county…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="298"/>
        <source>The school&apos;s signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="314"/>
        <source>Another period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="331"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="332"/>
        <source>Send the whole roster (only when the county asks for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="334"/>
        <source>Sign and export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="341"/>
        <source>Export a bundle for the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="349"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="354"/>
        <source>Write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="356"/>
        <source>Register the county&apos;s certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="357"/>
        <source>Bundles are encrypted to the county education bureau: register the certificate it gives you, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="373"/>
        <source>Write again to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="374"/>
        <source>Write the selected bundle again, byte for byte (e.g. when the USB stick was lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="377"/>
        <source>Import the county&apos;s package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="379"/>
        <source>The signed file the county sends back: which bundles it received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="383"/>
        <source>Bundles written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="393"/>
        <source>County bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="395"/>
        <source>Each bundle is one signed file for one reporting period; the county checks with the school&apos;s registered certificate that it comes from this school and was not changed. Exporting the same period again with no change gives the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="399"/>
        <source>Only the registrar and the administrator can export bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="403"/>
        <source>Apply the county&apos;s settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="405"/>
        <source>Keep ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="406"/>
        <location filename="../../app/ui/exchange_page.py" line="501"/>
        <location filename="../../app/ui/exchange_page.py" line="506"/>
        <location filename="../../app/ui/exchange_page.py" line="518"/>
        <source>Settings from the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="433"/>
        <source>The school has no signing key yet. The administrator makes it once; then print the registration sheet and hand it to the county with the certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="439"/>
        <source>Key in use since {when} ({algo}). Certificate fingerprint (SHA-256), as registered with the county:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="442"/>
        <source>It replaced an older key, which vouched for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="443"/>
        <source>It replaced an older key: the county must register it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="460"/>
        <source>This reporting period: {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="461"/>
        <source>This month&apos;s reporting period: {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="467"/>
        <source>Make the signing key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="488"/>
        <source>County package no. {n} brings settings the county decides. They change nothing until the school applies them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="493"/>
        <source>Only the administrator can change the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="499"/>
        <source>Apply these settings of the county? Alerts are worked out again under them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="508"/>
        <source>The county&apos;s settings are applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="520"/>
        <source>The school keeps its own settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="589"/>
        <source>Make the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="589"/>
        <location filename="../../app/ui/exchange_page.py" line="604"/>
        <source>Making the key pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="604"/>
        <source>Replace the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="611"/>
        <source>The signing key is ready. Its fingerprint is

{fp}

Print the registration sheet, have the principal sign and stamp it, and hand it to the county with the certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="614"/>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="630"/>
        <source>Print the registration sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="649"/>
        <source>Save the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="650"/>
        <source>Certificate (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="659"/>
        <source>The certificate was saved to:
{path}

It holds only the public key: it can be sent to the county by any means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="661"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="667"/>
        <source>Where to write the bundle (e.g. the USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="695"/>
        <source>Choose the folder to write the bundle to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="700"/>
        <source>Export {period} to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="709"/>
        <source>Export a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="709"/>
        <source>Building and signing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="715"/>
        <source>File: {path}
SHA-256: {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="727"/>
        <source>Write bundle no. {n} again to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="735"/>
        <source>Write again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="737"/>
        <source>Bundle no. {n} written again to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="745"/>
        <source>Register the county&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="748"/>
        <source>Certificate (*.pem *.crt *.cer *.der)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="755"/>
        <source>Cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="761"/>
        <source>The fingerprint of this certificate is
{fp}

Is it the one on the county&apos;s sheet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="769"/>
        <source>County certificate registered: {name} ({code}); bundles are encrypted to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="777"/>
        <location filename="../../app/ui/exchange_page.py" line="785"/>
        <source>Import the county&apos;s package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="778"/>
        <source>County package (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportHistoryModel</name>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="85"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="86"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="88"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="89"/>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="89"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="89"/>
        <source>changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="90"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="91"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="92"/>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="93"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="97"/>
        <source>students {s} · roll calls {rc} · alerts {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="106"/>
        <source>received {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="108"/>
        <source>not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="109"/>
        <source>no receipt yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="113"/>
        <source>The county&apos;s packages confirm later bundles but not this one: write it again and send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="115"/>
        <source>The county&apos;s signed package confirms it received this very file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="116"/>
        <source>Import the county&apos;s package to see whether it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="121"/>
        <source>replaced by no. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="123"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="125"/>
        <source>replaces no. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="127"/>
        <source>file copy cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureModel</name>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="83"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="85"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="71"/>
        <source>The demo school “{name}” is ready: {students} students in {classes} classes. It is sample data, kept apart from real data.</source>
        <extracomment>each branch&apos;s pages, in order; the wizard goes from one to the next and ends after the last the service&apos;s field names (ValidationError.field) → our field keys</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="75"/>
        <source>Every demo account has the password: {password}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="83"/>
        <source>  … and {n} more accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="84"/>
        <location filename="../../app/ui/wizard.py" line="474"/>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="455"/>
        <source>Baoxue — first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="520"/>
        <source>The school was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="595"/>
        <source>The school&apos;s details you typed have not been saved. Close the first start and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiveOnesSection</name>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="244"/>
        <source>Save the five ones (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="246"/>
        <source>One good habit, one shortcoming fixed, one subject raised, one hobby, one good book. A changed line replaces the old measure (kept in the list of measures); an empty line leaves that one as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="254"/>
        <source>since {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormsTab</name>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="93"/>
        <source>Generate and preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="126"/>
        <source>Student (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="129"/>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="131"/>
        <location filename="../../app/ui/documents_forms.py" line="139"/>
        <source>Absence alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="132"/>
        <location filename="../../app/ui/documents_forms.py" line="145"/>
        <location filename="../../app/ui/documents_forms.py" line="159"/>
        <location filename="../../app/ui/documents_forms.py" line="167"/>
        <source>Reference no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="132"/>
        <source>Reason, as far as known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="133"/>
        <source>Where the child is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="134"/>
        <source>What the school has done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="135"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="135"/>
        <source>Help asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="136"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="136"/>
        <source>Reporter&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="140"/>
        <source>or a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="141"/>
        <source>Back at school by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="143"/>
        <source>Default: the township government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="144"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="147"/>
        <source>A day in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="148"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="150"/>
        <source>Inspection day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="151"/>
        <location filename="../../app/ui/documents_forms.py" line="153"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="155"/>
        <location filename="../../app/ui/documents_forms.py" line="162"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="156"/>
        <source>Receiving school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="157"/>
        <source>Receiving county (province, city, county)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="158"/>
        <source>Grade there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="158"/>
        <location filename="../../app/ui/documents_forms.py" line="163"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="164"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="165"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="166"/>
        <source>Proof (e.g. the hospital&apos;s certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="185"/>
        <source>The whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="194"/>
        <source>(none: use the student below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="197"/>
        <source>{name} ({cls}) — {level}, {days:g} school {days:day|days} from {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="223"/>
        <source>There is no open absence alert to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="243"/>
        <source>There is no class to print for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="247"/>
        <source>Choose a student first: type a name or pinyin initials and click the student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="270"/>
        <source>Class {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="282"/>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="290"/>
        <source>{title}: {pages} pages — {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardianEditor</name>
    <message>
        <location filename="../../app/ui/student_form.py" line="221"/>
        <source>Enter at least one guardian with a phone number that works, so the school can reach the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="224"/>
        <source>Add guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="237"/>
        <source>No guardian yet. Press “Add guardian”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardianRow</name>
    <message>
        <location filename="../../app/ui/student_form.py" line="136"/>
        <source>Guardian&apos;s name</source>
        <extracomment>the style sheet of a form whose fields are marked with set_invalid</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="139"/>
        <source>Mobile or landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="141"/>
        <source>Child lives with this guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="142"/>
        <source>Works away from home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="144"/>
        <source>Where (e.g. 广东东莞)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="145"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="145"/>
        <source>Remove this guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="152"/>
        <location filename="../../app/ui/student_form.py" line="202"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="154"/>
        <location filename="../../app/ui/student_form.py" line="202"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="156"/>
        <location filename="../../app/ui/student_form.py" line="202"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="160"/>
        <location filename="../../app/ui/student_form.py" line="203"/>
        <source>Work place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="179"/>
        <source>Guardian {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardianTableModel</name>
    <message>
        <location filename="../../app/ui/student_page.py" line="52"/>
        <source>Yes</source>
        <extracomment>the record kinds a student&apos;s file shows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="52"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="54"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="55"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="56"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="57"/>
        <source>Lives with child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="59"/>
        <source>Works away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="60"/>
        <source>Work place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../app/ui/guide_viewer.py" line="72"/>
        <location filename="../../app/ui/guide_viewer.py" line="145"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_viewer.py" line="76"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_viewer.py" line="78"/>
        <source>Forward ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_viewer.py" line="80"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_viewer.py" line="82"/>
        <source>Open in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_viewer.py" line="84"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_viewer.py" line="100"/>
        <source>F1 in any window opens the part of the guide about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_viewer.py" line="134"/>
        <source>The user guide&apos;s pages are not in this copy of Baoxue ({path}).

In a source checkout, build them with: make guide
An installed program carries them: reinstall Baoxue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeTeachingPanel</name>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="100"/>
        <source>Severely disabled children taught at home. Red: behind the policy&apos;s targets so far. Open a child (Enter or double-click) to log a session.</source>
        <extracomment>the service&apos;s field name for a caseload above the maximum (the page then asks for the reason)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="112"/>
        <source>No child is taught at home this school year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeTeachingSection</name>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="478"/>
        <source>Log a home-teaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="487"/>
        <source>Required: what was taught or trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="488"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="489"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="490"/>
        <source>Class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="491"/>
        <source>Content *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="492"/>
        <source>Save the session (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="507"/>
        <source>Class hours this school year: {hours} of {target} (due by now: {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="509"/>
        <source>Visits: {visits} of {due} due in {weeks} school weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="513"/>
        <source>Weeks with too few visits: {weeks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="516"/>
        <source>Teachers who went: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="216"/>
        <location filename="../../app/ui/import_dialog.py" line="615"/>
        <source>Import student list</source>
        <extracomment>emitted with the ImportPlan after a preview finished (errors or not) emitted with the ImportResult after a successful import emitted with the message when reading or importing failed (also shown to the user) emitted when the user cancelled a preview or an import</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="238"/>
        <source>No file chosen yet (you can also drop a file here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="239"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="242"/>
        <source>Download template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="244"/>
        <source>Save an empty list with the right columns, to fill in with Excel or WPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="258"/>
        <source>Rows in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="259"/>
        <source>New students:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="260"/>
        <source>Students to update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="261"/>
        <source>Unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="265"/>
        <source>New classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="267"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="270"/>
        <source>Choose a file to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="280"/>
        <source>Problems to fix in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="287"/>
        <source>Warnings (the import can go ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="336"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="337"/>
        <source>Read the same file again after correcting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="339"/>
        <location filename="../../app/ui/import_dialog.py" line="543"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="343"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="361"/>
        <source>Only the registrar or an administrator may import a student list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="369"/>
        <source>Choose the student list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="491"/>
        <source>{n} {n:column|columns} of the file to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="497"/>
        <source>{n} {n:problem|problems} in {rows} {rows:row|rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="522"/>
        <source>{n} {n:column|columns}: {used} imported, {ignored} not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="231"/>
        <source>Import students from the template or from the national student-status system&apos;s export (Excel .xlsx or .xls, or CSV). The file is checked first and every column is listed with what it is imported as; nothing is saved until you press Import, and then either every row is saved or none is.</source>
        <extracomment>the user&apos;s column choices for the current file (header key → template column or None); None = none made</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="313"/>
        <source>Undo my column choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="315"/>
        <source>Map the columns as the program recognises them; importing then forgets what was remembered for this header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="321"/>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="370"/>
        <source>Student lists (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="377"/>
        <source>student_list_template.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="378"/>
        <source>Save the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="379"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="387"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="387"/>
        <source>Could not save the template:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="390"/>
        <source>Template saved to {path}. Fill it in, save it, then choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="422"/>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="424"/>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="431"/>
        <source>Checking the student list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="492"/>
        <source>Say what each column marked in red is (double-click “Imported as” in “Columns of the file”), or choose “not imported”. Nothing has been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="499"/>
        <source>Correct them in the file, save it, then press “Check again”. Nothing has been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="502"/>
        <source>The file is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="503"/>
        <source>Press “Import” to save {new} new and {upd} updated student(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="506"/>
        <source>This file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="525"/>
        <source>; {unknown} not known: double-click “Imported as” to say what they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="544"/>
        <source>Import {new} new student(s), update {upd} and create {cls} class(es)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="558"/>
        <source>Importing students…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="564"/>
        <source>Importing the student list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="569"/>
        <source>Imported: {created} new student(s), {updated} updated, {unchanged} unchanged, {classes} new class(es).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="578"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="605"/>
        <source>Cancelled. Nothing has been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="612"/>
        <source>An unexpected error stopped the work. Nothing has been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="616"/>
        <source>An unexpected error stopped the work. Nothing has been imported.

{details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="638"/>
        <source>Fix the problems in the file first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>Choose a file and import…</source>
        <extracomment>the user guide&apos;s topic F1 opens on this page (app.guide: &quot;roll-call&quot;, &quot;first-start#accounts&quot;, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97"/>
        <source>The import window is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100"/>
        <source>Import a student list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102"/>
        <source>1. Download the template from the import window and fill it in with Excel or WPS (or use the list exported from the national student registry system).
2. Choose the file: it is checked first, and every problem is listed with its row.
3. Nothing is saved until you press Import; then either every row is saved or none is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyListModel</name>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="148"/>
        <source>Fingerprint (start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="150"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="150"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="150"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="151"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="152"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="153"/>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="283"/>
        <source>Signing key for the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="284"/>
        <source>The data the school sends to the county is signed with the school&apos;s own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="285"/>
        <source>Make the key later (on the County bundles page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="288"/>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="292"/>
        <source>So the county knows which school sent it and that nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="294"/>
        <source>Choose a passphrase the registrar and the principal will remember: it is asked at every export and cannot be recovered. The key&apos;s fingerprint is printed for registering with the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="296"/>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="297"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="312"/>
        <source>The passphrase needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="314"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="227"/>
        <source>{name} leaves the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="232"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="235"/>
        <source>Mark as left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="233"/>
        <source>{name} will no longer be offered as head teacher or for new accounts. Their history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="238"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="44"/>
        <source>Sick leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="45"/>
        <source>Personal leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="49"/>
        <location filename="../../app/ui/leave_dialog.py" line="53"/>
        <source>the whole day</source>
        <extracomment>a leave starts with the whole day or from noon, and ends with the whole day or at noon (app.attendance)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="50"/>
        <source>from the afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="54"/>
        <source>until noon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="57"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="58"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="119"/>
        <source>Leave — {name}</source>
        <extracomment>emitted with the new leave&apos;s id after it was recorded emitted with the leave&apos;s id after it was cancelled</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="120"/>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="142"/>
        <source>e.g. fever, seen by the village doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="146"/>
        <source>Approval note or number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="151"/>
        <source>Record the leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="158"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="162"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="167"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="173"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="177"/>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="181"/>
        <source>Half days: start “from the afternoon”, or end “until noon”. Only record a leave that has been approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="188"/>
        <source>Record an approved leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="210"/>
        <source>Why it is cancelled (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="211"/>
        <source>Cancel this leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="215"/>
        <source>Leaves of this student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="226"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="324"/>
        <source>Cancel the leave {period}?

Roll calls it excused go back to what the teacher marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="326"/>
        <source>Cancel leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveTableModel</name>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="85"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="87"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="89"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="90"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="48"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="49"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="50"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="51"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="52"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="53"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="54"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="55"/>
        <source>Where now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="56"/>
        <source>Persuasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="56"/>
        <source>{n} {n:attempt|attempts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="61"/>
        <source>Township notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="62"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="68"/>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="75"/>
        <source>{name} ({relation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="80"/>
        <source>Still not back at school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="82"/>
        <source>{outcome} ({day})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="30"/>
        <source>Baoxue — log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="41"/>
        <source>Baoxue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="44"/>
        <source>Demo school — sample data, not a real school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="52"/>
        <source>e.g. admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="66"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="67"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="71"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="73"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="79"/>
        <source>Forgot every password? Use the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="88"/>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="108"/>
        <source>Please enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="144"/>
        <source>The new password is set. Log in with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="131"/>
        <source>The student registry is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>Roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169"/>
        <source>Take today&apos;s roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>Absence alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>Students absent without reason and their case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>Leave, suspension, transfer, borrow-study, dropout: requests and what waits for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>Early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>Risk points of each student, with the rules and records behind them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184"/>
        <source>Each teacher&apos;s mentees and their plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186"/>
        <source>Weekly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187"/>
        <source>The figures for the county: alerts, home visits, dropouts, children back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191"/>
        <source>Responsibility pledges and their return, official forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194"/>
        <source>Student registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="195"/>
        <source>Find, add and change students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197"/>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="198"/>
        <source>Bring in a student list from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>Who changed what, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="203"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204"/>
        <source>Logins of teachers and staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="206"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207"/>
        <source>School details, classes, staff, school years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="209"/>
        <source>County bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="210"/>
        <source>The school&apos;s signing key and the signed data for the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213"/>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="214"/>
        <source>The monthly ledgers of the 2024 rule: suspected dropouts, dropouts, persuasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217"/>
        <source>Policy and calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218"/>
        <source>Thresholds of the absence rules, school days and closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="426"/>
        <source>{name} ({roles})</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one the user chose Account → Log out (the startup shows the login again) emitted with the key whenever another page is shown a backup was restored into the data folder (with the RestoreResult): the startup reopens the database and shows the login again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="432"/>
        <source>DEMO SCHOOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="437"/>
        <source>Data: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="516"/>
        <source>Find a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="519"/>
        <source>Import roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="521"/>
        <source>Export roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="524"/>
        <source>Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="526"/>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="528"/>
        <source>Open the log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="530"/>
        <source>Save a problem report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="618"/>
        <source>{n} {n:student was|students were} written to:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="627"/>
        <location filename="../../app/ui/main_window.py" line="640"/>
        <location filename="../../app/ui/main_window.py" line="644"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="629"/>
        <source>Baoxue backup (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="640"/>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="642"/>
        <source>The backup was saved and checked:
{path}

It holds the database, the scanned proof and the signing key. Keep it somewhere safe, e.g. on a USB stick locked away: it holds every student&apos;s personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="532"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="533"/>
        <source>Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="535"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="536"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="538"/>
        <location filename="../../app/ui/main_window.py" line="749"/>
        <source>About Baoxue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="554"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="567"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="572"/>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="575"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="578"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="608"/>
        <source>roster-{date}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="607"/>
        <location filename="../../app/ui/main_window.py" line="616"/>
        <location filename="../../app/ui/main_window.py" line="619"/>
        <source>Export roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="610"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="616"/>
        <source>Writing the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="652"/>
        <location filename="../../app/ui/main_window.py" line="696"/>
        <location filename="../../app/ui/main_window.py" line="764"/>
        <source>Please wait until the current task has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="652"/>
        <location filename="../../app/ui/main_window.py" line="696"/>
        <location filename="../../app/ui/main_window.py" line="764"/>
        <source>Baoxue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="659"/>
        <source>The backup of {date} was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="661"/>
        <source>The data as it was before is kept in:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="663"/>
        <source>The files as they were before are kept in:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="665"/>
        <source>Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="666"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="713"/>
        <source>The language setting could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="716"/>
        <source>The language will change the next time you start Baoxue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="716"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="753"/>
        <source>Baoxue (保学) {version}
Keeping every child in school — the school&apos;s own offline register.

Data folder: {path}

Chinese font: WenQuanYi Micro Hei (文泉驿微米黑), © the WenQuanYi Project, used under the Apache 2.0 licence (or GPLv3 with the font exception).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureModel</name>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="36"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="37"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="38"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="39"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="43"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresSection</name>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="268"/>
        <source>Add another measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="272"/>
        <source>e.g. free lunch applied for; weekly call with the father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="273"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="274"/>
        <source>Add the measure (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="276"/>
        <source>Close the selected measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="283"/>
        <source>What came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="284"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="285"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="286"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="287"/>
        <source>Close the measure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenteeModel</name>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="125"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="129"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="130"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="131"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="132"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="133"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="133"/>
        <source>no longer at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="136"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorBoardPage</name>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="169"/>
        <source>Suggest mentors…</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="170"/>
        <source>Propose a mentor for every student without one: own class teachers, teachers living nearby and last year&apos;s mentor first, caseloads balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="174"/>
        <source>Assign a mentor… (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="192"/>
        <location filename="../../app/ui/mentors_page.py" line="211"/>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="194"/>
        <source>End mentoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="195"/>
        <source>Hand over to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="198"/>
        <source>Teachers and their mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="213"/>
        <source>Drag a student onto a teacher, or select a student and press Enter (Ctrl+M) to choose a teacher by typing. Red: above the maximum; amber: below the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="223"/>
        <source>Mentor board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="224"/>
        <source>Home teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="225"/>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="241"/>
        <source>{covered} of {needing} students who need a mentor have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="245"/>
        <source>{n} without a mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="246"/>
        <source>Caseload {lo}–{hi} per teacher; {over} above the maximum, {below} below the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="249"/>
        <source>Without a mentor ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="268"/>
        <source>Mentees of {name} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="303"/>
        <source>Above the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="304"/>
        <source>Why should this teacher mentor more students than the maximum?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="348"/>
        <source>Hand over to another mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="380"/>
        <source>Every student who needs a mentor has one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorText</name>
    <message>
        <location filename="../../app/ui/plan_text.py" line="22"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="23"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="24"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="25"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="28"/>
        <source>One good habit to build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="29"/>
        <source>One shortcoming to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="30"/>
        <source>One subject to raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="31"/>
        <source>One hobby to grow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="32"/>
        <source>One good book to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="35"/>
        <source>e.g. comes to school on time every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="36"/>
        <source>e.g. stops chatting in class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="37"/>
        <source>e.g. maths: times tables by the end of term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="38"/>
        <source>e.g. joins the school choir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="39"/>
        <source>e.g. a book and when to talk about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="41"/>
        <source>Other measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="43"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="44"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="45"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="49"/>
        <source>Talk with the student</source>
        <extracomment>the forms of contact a mentor logs; &quot;talk&quot; is shown once app.cases.FORMS knows it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="50"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="51"/>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="52"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="55"/>
        <source>No longer needs a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="56"/>
        <source>Another teacher takes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="57"/>
        <source>The teacher left or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="58"/>
        <source>The student transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="59"/>
        <source>The student graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="60"/>
        <source>The student completed school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="61"/>
        <source>The student died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="62"/>
        <source>Other (say why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="65"/>
        <source>below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="66"/>
        <source>in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="67"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="68"/>
        <source>above the maximum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="56"/>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="60"/>
        <source>Baoxue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="66"/>
        <source>Please confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="155"/>
        <source>Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="156"/>
        <source>What you typed has not been saved. Close and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="221"/>
        <source>Unexpected error</source>
        <extracomment>the language the windows are in: set with the translators (app.ui.app.install_translator); Chinese by default</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="222"/>
        <source>Something went wrong inside the program. Your data is safe: nothing was half-saved.

Please tell the person who looks after this computer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyPage</name>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="116"/>
        <source>Print the ledgers (Ctrl+P)</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="127"/>
        <source>Suspected dropouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="127"/>
        <source>Dropouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="128"/>
        <source>Persuasion to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="133"/>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="138"/>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="140"/>
        <source>Since 2024 every school reports monthly, child by child, its suspected dropouts and dropouts and how the persuasion to return goes; the county re-checks every quarter. The report is sent with the county bundle whose period holds the due day. Point at the persuasion column to read each attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="175"/>
        <source>Suspected dropouts ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="176"/>
        <source>Dropouts ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="177"/>
        <source>Persuasion to return ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="179"/>
        <source>Sent to the county with bundle no. {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="182"/>
        <source>Not sent yet — it was due on {due}. Export the county bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="186"/>
        <source>Due on {due}; not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="188"/>
        <source>As of {day}: {s} suspected dropouts, {d} dropouts; {back} back at school, {out} still out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="210"/>
        <source>The ledgers are saved in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyReminder</name>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="250"/>
        <source>⚠ The monthly report of {month} was due on {due} and is not sent yet ({s} suspected dropouts, {d} dropouts). Check the ledgers (Monthly report) and export the county bundle.</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="255"/>
        <source>The monthly report of {month} is due on {due} ({s} suspected dropouts, {d} dropouts). Check the ledgers (Monthly report) and export the county bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyMenteesPage</name>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="415"/>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="431"/>
        <source>Select a student and press Enter to open the plan: the five ones, reviews and the contact log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="435"/>
        <location filename="../../app/ui/mentors_page.py" line="437"/>
        <source>My mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="436"/>
        <source>Home teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="443"/>
        <source>You mentor {n} {n:student|students}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="444"/>
        <source>You have no mentees at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="450"/>
        <source>{name}: review overdue since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="453"/>
        <source>{name}: review due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="455"/>
        <source> (your class; mentor {mentor})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="455"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="169"/>
        <source>Replace the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="169"/>
        <source>Make the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="178"/>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="179"/>
        <source>Leave empty if it is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="182"/>
        <source>Replace the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="182"/>
        <source>Make the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="186"/>
        <source>The old key is archived and the next bundle tells the county about the change. With the old passphrase the old key vouches for the new one, and the county accepts it without a new registration; without it, register the new fingerprint with the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="189"/>
        <source>Old passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="192"/>
        <source>The passphrase protects the school&apos;s private key, which is stored only encrypted. It is asked at every export and cannot be recovered: keep it where the registrar and the principal find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="194"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="195"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="208"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeTab</name>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="201"/>
        <source>The township&apos;s deadline-to-return notice (限期返校通知书)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="202"/>
        <source>Save the notice (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="209"/>
        <source>Document number of the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="210"/>
        <source>Served on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="211"/>
        <source>Return by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="212"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="213"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="216"/>
        <source>The township government serves this notice on the family; record it here when the school receives a copy. Saving again replaces the notice on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="225"/>
        <source>On file: served on {issued} by {issuer}, return by {deadline} {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="229"/>
        <source>No notice on file yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeTab</name>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="90"/>
        <source>The child is back at school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="90"/>
        <source>Record the return and close the case (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="94"/>
        <source>e.g. back after the home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="95"/>
        <source>Back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="96"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="98"/>
        <source>A registered dropout is restored to the roll (status change 12, resumption) and the persuasion ledger is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="102"/>
        <source>Close the case for another reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="109"/>
        <source>Required for Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="110"/>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="111"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="112"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="113"/>
        <source>Close the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="129"/>
        <source>Closed on {day}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="153"/>
        <source>Close the case of {name} as “{outcome}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="233"/>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="237"/>
        <source>Sign and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="243"/>
        <source>Passphrase of the school&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordFormDialog</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="100"/>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="73"/>
        <source>◀ Previous</source>
        <extracomment>zoom steps offered (1.0 = 100 %)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="77"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="89"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="90"/>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="95"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="99"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="102"/>
        <source>Open in the system viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="116"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="141"/>
        <source>Cannot show {path}. Try Open in the system viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="172"/>
        <source>of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="205"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="215"/>
        <source>The printer could not be started. Check that it is switched on and connected, or save the file and print it from another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="233"/>
        <source>{n} {n:page|pages} sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="240"/>
        <source>Save PDF as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="241"/>
        <source>PDF file (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="247"/>
        <source>Cannot write {path}: {reason}. Check that the folder exists and the USB stick is not write-protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="252"/>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="261"/>
        <source>No program to show PDF files was found on this computer. The file is at {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="281"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersuasionTab</name>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="47"/>
        <source>Name (and post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="48"/>
        <source>Remove this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="66"/>
        <source>Persuasion attempts on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="65"/>
        <source>Record an attempt to persuade the child back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="65"/>
        <source>Save the attempt (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="78"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="88"/>
        <source>Administrative line: township and village cadres. Education line: the principal and teachers. Rows left without a name are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="90"/>
        <source>Required: what was done, e.g. explained the compulsory education law to the parents at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="92"/>
        <source>e.g. the parents agreed to bring the child back on Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="93"/>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="191"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="94"/>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="191"/>
        <source>Who went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="95"/>
        <source>What was done *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="96"/>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="192"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="153"/>
        <source>✓ Both lines take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="157"/>
        <source>Nobody named yet from: {lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="192"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="66"/>
        <source>Mentoring plan</source>
        <extracomment>the record kinds a plan or the board shows (contacts are shared with the case file) the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="72"/>
        <source>You can read this plan; only the mentor, the class teacher, the principal and the registrar can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="85"/>
        <source>Situation and risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="86"/>
        <source>Five ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="87"/>
        <source>Other measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="88"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="89"/>
        <source>Contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="90"/>
        <source>Home teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="123"/>
        <source>You typed in “{tabs}” and did not save it. Close the plan and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="151"/>
        <source>Mentoring plan of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="152"/>
        <source>{name} — mentoring plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="153"/>
        <source>no mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="154"/>
        <source>{klass} · mentor: {mentor} · risk: {risk}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PledgeListModel</name>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="51"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="52"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="53"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="54"/>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="55"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="56"/>
        <source>Printed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="57"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PledgesTab</name>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="51"/>
        <source>Also print again for guardians whose signed pledge is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="53"/>
        <source>Print pledges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="63"/>
        <source>Show the printed file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="67"/>
        <source>Pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="69"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="71"/>
        <source>Print a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="80"/>
        <source>Each pledge is printed twice (one copy for each party) with its number and barcode. The batch runs in the background; Cancel leaves no file and no numbers. Type or scan the numbers of the signed copies on the Returns tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="97"/>
        <source>The whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="99"/>
        <source>{name} ({n} {n:student|students})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="153"/>
        <source>{count} {count:pledge|pledges} printed ({pages} {pages:page|pages}, two copies each), numbers {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="125"/>
        <source>There is no class to print for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="131"/>
        <source>Pledge {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="145"/>
        <source>Print pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="145"/>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="157"/>
        <source>{n} already returned were not printed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="159"/>
        <source>{cls} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="161"/>
        <source>{cls} — no class teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="178"/>
        <source>{n} students have no guardian on file, so no parent pledge was printed for them. Add a guardian in the student registry, then print again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="181"/>
        <source>These classes have no class teacher, so no pledge was printed for them:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyTab</name>
    <message>
        <location filename="../../app/ui/settings_page.py" line="106"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="110"/>
        <source>Undo my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="112"/>
        <source>Hanzhong defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="113"/>
        <source>Put the default values of the Hanzhong rules in the form (nothing is saved until you press Save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="126"/>
        <source>Absence is counted in school days. Every change is recorded in the audit log with the values before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="127"/>
        <source>Only the administrator can change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="184"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="196"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemReport</name>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="96"/>
        <source>Save a problem report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="99"/>
        <source>Zip archive (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="107"/>
        <source>The problem report was saved to:
{path}

It holds the program&apos;s log and the versions of the program and the computer. ID numbers, phone numbers and the names of students, guardians and staff are masked. Send it to whoever looks after Baoxue for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="150"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="151"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="152"/>
        <source>Hours (due by now / year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="155"/>
        <source>Visits (due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="157"/>
        <source>Weeks short</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="83"/>
        <source>Open with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="95"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="96"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="97"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="98"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="100"/>
        <source>Set the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="103"/>
        <source>The recovery key is on the sheet printed for the principal when the school was set up (letters in any case, the dashes may be left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="111"/>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="36"/>
        <source>Recovery key of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="45"/>
        <source>The school&apos;s database and its backups are encrypted. This recovery key opens them when every password is forgotten. It is shown only now and is not kept on this PC: save the sheet to a USB stick, print it for the principal to lock away, then delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="48"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="49"/>
        <source>I have kept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="59"/>
        <source>Save the recovery key sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="68"/>
        <location filename="../../app/ui/recovery_dialog.py" line="71"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="70"/>
        <source>Saved: {path}
Print it for the principal, then delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../app/ui/registry.py" line="142"/>
        <source>Name, pinyin initials, ID number, student no. or class</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one emitted with the student id whenever the page opens a student (for the main window&apos;s history, tests) emitted after every refresh with the number of rows shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="145"/>
        <source>Type part of a name (or its pinyin initials, e.g. zs for 张三), an ID number, a student number or a class.
Ctrl+F jumps here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="151"/>
        <source>Show one class only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="154"/>
        <source>Show students with this enrolment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="155"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="161"/>
        <source>Show students of a focus group (poor household, left-behind, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="162"/>
        <source>All students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="163"/>
        <source>Any focus group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="194"/>
        <location filename="../../app/ui/registry.py" line="206"/>
        <source>Add student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="196"/>
        <location filename="../../app/ui/registry.py" line="210"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="198"/>
        <location filename="../../app/ui/registry.py" line="214"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="208"/>
        <source>Register a new student (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="212"/>
        <source>Change the selected student&apos;s record (Ctrl+E or F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="216"/>
        <source>Open the selected student&apos;s file card (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="224"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="226"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="228"/>
        <source>Focus group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="310"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="364"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="377"/>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="378"/>
        <source>All my classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="388"/>
        <source>No student matches “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="391"/>
        <source>{n} {n:student|students} shown, {more} more: type more to narrow the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="394"/>
        <source>{n} {n:student|students} in total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="173"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="174"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="175"/>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="176"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="188"/>
        <source>Written reports on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="187"/>
        <source>Record the written report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="187"/>
        <source>Save the report (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="194"/>
        <source>Township government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="197"/>
        <source>County education bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="201"/>
        <source>Others, separated by 、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="214"/>
        <source>Document number, e.g. 马道小〔2026〕12号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="215"/>
        <source>What happened, what the school did, what it asks of the township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="217"/>
        <location filename="../../app/ui/case_tabs/contacts.py" line="257"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="218"/>
        <location filename="../../app/ui/case_tabs/contacts.py" line="257"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="219"/>
        <location filename="../../app/ui/case_tabs/contacts.py" line="258"/>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="220"/>
        <location filename="../../app/ui/case_tabs/contacts.py" line="258"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="221"/>
        <location filename="../../app/ui/case_tabs/contacts.py" line="259"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="119"/>
        <source>What and who</source>
        <extracomment>emitted with the request id after anything was saved or a step was taken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="127"/>
        <source>Kind of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="128"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="133"/>
        <source>A child new to this school: fill in the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="143"/>
        <location filename="../../app/ui/request_dialog.py" line="658"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="148"/>
        <source>Scanned proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="157"/>
        <source>Add a scan or photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="158"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="159"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="161"/>
        <location filename="../../app/ui/request_dialog.py" line="639"/>
        <source>JPG or PNG photos, or PDF scans, up to {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="176"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="186"/>
        <source>Optional: a comment recorded with this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="192"/>
        <source>Save as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="204"/>
        <source>Copy as a new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="206"/>
        <source>Start a new request with the same details, to correct and send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="208"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="223"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="284"/>
        <location filename="../../app/ui/request_dialog.py" line="285"/>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="286"/>
        <source>Fill in the form, add the scanned proof if the kind needs it, then submit it for approval or keep it as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="308"/>
        <source>#{id} {kind} — {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="313"/>
        <source>{state} · next: {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="318"/>
        <source>Requested by {who} on {when}. {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="345"/>
        <source>Choose the student first: type a name or pinyin initials and click the student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="368"/>
        <source>Submitted: it now waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="368"/>
        <source>Saved as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="388"/>
        <source>Done: {step}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="404"/>
        <source>No copy was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="412"/>
        <source>New draft #{new} made from #{old}: correct it and submit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="421"/>
        <source>Choose the scanned proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="422"/>
        <source>Scans and photos (*.jpg *.jpeg *.png *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="477"/>
        <source>The file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="484"/>
        <source>No program on this computer opens this kind of file. It was saved as:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="514"/>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="560"/>
        <source>Case {id}: {days:g} {days:day|days} absent, {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_fields.py" line="43"/>
        <source>(none)</source>
        <extracomment>the widgets a details field may be edited in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_fields.py" line="57"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="528"/>
        <source>{cls} (grade {grade}, {n} in school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="542"/>
        <source>(no approved suspension of this student)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="550"/>
        <source>(no absence case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="605"/>
        <source>New student: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="638"/>
        <source>Required before submitting: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="658"/>
        <source>Details (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="660"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="682"/>
        <source>Double-click a file to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="684"/>
        <source>Required: {what}. None attached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="686"/>
        <source>No file attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="730"/>
        <source>This request has changes that were not saved. Close and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestFields</name>
    <message>
        <location filename="../../app/ui/request_text.py" line="86"/>
        <source>Kind of leave</source>
        <extracomment>the fields of the details dataclasses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="87"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="88"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="89"/>
        <source>On the first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="90"/>
        <source>On the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="91"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="92"/>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="93"/>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="94"/>
        <source>Suspension to extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="95"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="96"/>
        <source>New school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="97"/>
        <source>County of the new school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="98"/>
        <source>Previous school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="99"/>
        <source>County of the previous school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="100"/>
        <source>Host school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="101"/>
        <source>County of the host school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="102"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="103"/>
        <source>Guest student&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="104"/>
        <source>School holding the registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="105"/>
        <source>County of that school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="106"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="107"/>
        <source>Guest&apos;s student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="108"/>
        <source>Absence case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="109"/>
        <source>Left school on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="110"/>
        <source>Where the child is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="111"/>
        <source>The family refuses to send the child back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="112"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="115"/>
        <source>Sick leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="116"/>
        <source>Personal leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="119"/>
        <location filename="../../app/ui/request_text.py" line="123"/>
        <source>the whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="120"/>
        <source>from the afternoon (half day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="124"/>
        <source>until noon (half day)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="105"/>
        <source>No.</source>
        <extracomment>sections that count for the number on the navigation (the service&apos;s Inbox.badge) are shown in bold</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="106"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="107"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="108"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="109"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="110"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="112"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="114"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="115"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="116"/>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="118"/>
        <source>{n} {n:file|files} attached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="177"/>
        <source>New password for {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="179"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="180"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="181"/>
        <source>Tell the new password to the person in private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="184"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="187"/>
        <source>The password was not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="42"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="48"/>
        <source>[demo school]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="49"/>
        <source>School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="50"/>
        <source>Made on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="51"/>
        <source>Full backup: database, scanned proof, signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="52"/>
        <source>Database only: the scanned proof and the signing key stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="53"/>
        <source>Holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="54"/>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="56"/>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="57"/>
        <source>{attachments} scanned documents, {keys} key files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="61"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="62"/>
        <source>Made by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="63"/>
        <source>Baoxue {version}, database version {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="67"/>
        <source>The data of {school} in {folder} will be replaced by this backup: whatever was entered after {created} is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="70"/>
        <source>Before that, the current data is backed up to {folder}, so you can go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="73"/>
        <source>The current database cannot be read ({error}); it will be replaced by this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="75"/>
        <source>Its files are kept as they are in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="77"/>
        <source>The data folder {folder} holds no school yet; the backup&apos;s school will be set up there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="82"/>
        <source>Everyone has to log in again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="89"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="99"/>
        <source>Replace all data with this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="102"/>
        <source>The backup was checked: every file matches its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="131"/>
        <source>Choose the backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="132"/>
        <source>Baoxue backups (*.zip *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="146"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="153"/>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="166"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="174"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="177"/>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnSummaryModel</name>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="33"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="34"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="35"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="36"/>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="37"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="39"/>
        <source>Returned %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsTab</name>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="77"/>
        <source>Type or scan the number, e.g. JZ2026-000123-7, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="83"/>
        <source>The copy came back without the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="103"/>
        <source>Register a returned pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="113"/>
        <source>Pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="120"/>
        <source>Per class (this school year) — select a class to see its missing pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="150"/>
        <source>Printed {p} · returned {r} · missing {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="172"/>
        <source>Not back yet from {cls}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="175"/>
        <source>Not back yet, all classes: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="56"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="60"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="58"/>
        <source>overdue by {n} {n:day|days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="61"/>
        <source>in {n} {n:day|days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="70"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="71"/>
        <source>What to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="72"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsSection</name>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="341"/>
        <source>Schedule a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="345"/>
        <source>e.g. monthly review; after the mid-term exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="346"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="347"/>
        <source>What to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="348"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="350"/>
        <source>Record the selected review as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="353"/>
        <source>Required: how the child is doing, what changes in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="354"/>
        <source>Next review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="358"/>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="359"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="361"/>
        <source>Record as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="367"/>
        <source>Ctrl+S records the selected review as done when notes are written, otherwise schedules the date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskPage</name>
    <message>
        <location filename="../../app/ui/risk_page.py" line="70"/>
        <source>All classes I may see</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="76"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="88"/>
        <source>Rule and records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="88"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="99"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="121"/>
        <source>Points come from rules only: chronic absence, the attendance-rate bands, focus-group membership, recent status changes and open absence alerts. Select a student to see each rule and the records behind it. The thresholds are in Policy and calendar; ethnicity is never used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="138"/>
        <source>{n} {n:student|students} with risk points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="166"/>
        <source>{name}, {cls}: {points} {points:point|points} · {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="171"/>
        <source>{rule}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskTableModel</name>
    <message>
        <location filename="../../app/ui/risk_page.py" line="46"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="47"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="48"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="50"/>
        <source>Attendance this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="52"/>
        <source>Days missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="54"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="162"/>
        <source>Roles of {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="164"/>
        <source>What may {user} do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="168"/>
        <source>The roles were not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="33"/>
        <source>Present</source>
        <extracomment>one digit per mark a teacher may type (attendance.TYPED_MARKS); 0 and Space put a student back to present &quot;same as yesterday&quot; (app.attendance.previous): the ditto key, half- or full-width</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="34"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="35"/>
        <source>Left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="36"/>
        <source>Sick leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="37"/>
        <source>Personal leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="38"/>
        <source>Absent (no reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="39"/>
        <source>On approved leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="42"/>
        <source>Whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="43"/>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="44"/>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="47"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="47"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="48"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="48"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="49"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="49"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="50"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCallPage</name>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="107"/>
        <source>The class to take the roll of (your own classes first)</source>
        <extracomment>the record kinds the roll call, the today panel and the alerts show (read again when one changes) the record kinds it shows: it reads again when a change set touches one emitted after every load with the number of students shown (0 when the roll call cannot be opened) emitted with the new revision after a successful submission</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="114"/>
        <source>The day of the roll call: today, or an earlier school day to correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="116"/>
        <source>◀ Previous school day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="117"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="120"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="121"/>
        <source>Leave…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="122"/>
        <source>Record or cancel an approved sick or personal leave of the selected student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="127"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="130"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="201"/>
        <source>Discard my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="202"/>
        <location filename="../../app/ui/roll_call_page.py" line="725"/>
        <source>Same as yesterday (=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="204"/>
        <location filename="../../app/ui/roll_call_page.py" line="663"/>
        <source>Submit (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="214"/>
        <source>Submit the roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="260"/>
        <source>Changes to this roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="268"/>
        <source>Absence alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="275"/>
        <source>Undo the last mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="322"/>
        <source>The roll call of {cls} has changes that were not submitted.

Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="324"/>
        <source>Unsaved roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="330"/>
        <source>You cannot take the roll of this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="365"/>
        <source>You have no class to take the roll of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="394"/>
        <location filename="../../app/ui/roll_call_page.py" line="413"/>
        <source>Read only: you cannot change this roll call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="397"/>
        <source>{name} has an approved leave, so the mark cannot be changed here. Cancel the leave first (Leave… button).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="405"/>
        <source>{name}: {mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="430"/>
        <source>Marked absent (no reason) as on {day}: {names}. Check that they are not here; Ctrl+Z takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="438"/>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="456"/>
        <source>Undone: {name} is {mark} again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="458"/>
        <source>Undone: {names} are as before again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="481"/>
        <source>Nothing has changed since the last submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="490"/>
        <source>Someone else changed this roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="491"/>
        <source>The roll call has been read again and shows what is saved now. Please check it and mark your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="497"/>
        <source>The roll call was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="506"/>
        <source>Saved (revision {rev}): {present} of {enrolled} present, {missed} not in school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="511"/>
        <source>New absence alert: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="534"/>
        <source>Choose a student first (arrows or type the pinyin initials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="562"/>
        <source>{cls} (my class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="564"/>
        <source>{cls} (view only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="621"/>
        <source>Not submitted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="627"/>
        <source>On roll {enrolled} · Present {present} · Not in school {missed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="635"/>
        <location filename="../../app/ui/roll_call_page.py" line="702"/>
        <source>{day} {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="639"/>
        <source>{cls}, {when}: not submitted yet. Everyone starts present — mark only who is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="642"/>
        <source>{cls}, {when}: submitted by {who} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="645"/>
        <source>; last changed by {who} at {time} (revision {rev})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="647"/>
        <source>.</source>
        <comment>the end of the sentence that says who submitted the roll call</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="649"/>
        <source>Also saved: {pupils} — no longer on the roll of this day, not counted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="652"/>
        <source>View only: you cannot take the roll of this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="654"/>
        <source>● Unsaved changes: press Ctrl+Enter or Submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="662"/>
        <source>Submit changes (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="670"/>
        <source>Not in school: {n} ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="674"/>
        <source>Everyone present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="681"/>
        <source>{name} ({mark}; now {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="701"/>
        <source>this morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="707"/>
        <source>There is no roll call before this one to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="709"/>
        <source>The roll was not taken on {day}: there is nothing to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="712"/>
        <source>This roll call is already submitted: correct the marks one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="713"/>
        <source>Nobody marked absent (no reason) on {day} is still marked present here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="721"/>
        <source>Same as this morning: {n} absent (=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="722"/>
        <source>Same as this morning (=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="724"/>
        <source>Same as yesterday: {n} absent (=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="732"/>
        <source>Mark again as absent (no reason) who was so on {day} and is still marked present here: {names}. Pupils on approved leave today are left as they are. Check them before you submit; Ctrl+Z takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="754"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="757"/>
        <source>Same as yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="760"/>
        <source>Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="761"/>
        <source>Type pinyin initials (e.g. zs for 张三) to find a student (who was absent yesterday comes first), Tab for the next one; arrows move; Ctrl+Enter submits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="812"/>
        <source>Find “{text}”: no student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="816"/>
        <source>Find “{text}”: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="819"/>
        <source>absent (no reason) {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="820"/>
        <source>absence alert open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="821"/>
        <source>on leave {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="823"/>
        <source>({pos} of {n}, Tab for the next)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="108"/>
        <source>No.</source>
        <extracomment>(background, text) of each mark: warm colours for &quot;not here&quot;, cool for &quot;excused&quot;, grey for a locked leave</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="109"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="110"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="111"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="222"/>
        <source>Approved leave: {leave} — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="227"/>
        <source>{name} has an approved leave ({leave}), so the roll call marks them excused by itself. To change it, cancel the leave (Leave… button).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowErrorModel</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="89"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="91"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="92"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="93"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolDetailsPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="139"/>
        <source>Your school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="140"/>
        <source>Fields marked * are required. Copy the codes from your school&apos;s registration papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="141"/>
        <source>10 digits, e.g. 2161072901</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="142"/>
        <source>e.g. 马道镇中心学校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="143"/>
        <source>6 digits, e.g. 610729</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="144"/>
        <source>e.g. 留坝县</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="145"/>
        <source>e.g. 马道镇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="147"/>
        <source>Mobile, or landline with area code: 0916-3921026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="163"/>
        <source>School code (10 digits) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="164"/>
        <source>School name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="165"/>
        <source>County code *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="166"/>
        <source>County name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="167"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="168"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="169"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="170"/>
        <source>Principal&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="196"/>
        <location filename="../../app/ui/wizard.py" line="202"/>
        <source>{field}: incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolInfoTab</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="278"/>
        <source>School name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="278"/>
        <source>School code (10 digits) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="279"/>
        <source>County code *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="279"/>
        <source>County name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="280"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="280"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="280"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="281"/>
        <source>Principal&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="286"/>
        <source>This is the demo school: sample data, not a real school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="288"/>
        <location filename="../../app/ui/school_page.py" line="290"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="289"/>
        <source>Save the school&apos;s details (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="291"/>
        <source>Undo my edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="308"/>
        <source>The school&apos;s details were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="311"/>
        <source>The school&apos;s details have been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="311"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="462"/>
        <source>School details</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="463"/>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="464"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="465"/>
        <source>School years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="95"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="96"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="97"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="99"/>
        <source>What was taught</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/ui/settings_page.py" line="49"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="49"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="50"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="50"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="51"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="51"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="52"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="54"/>
        <source>Once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="55"/>
        <source>Morning and afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="56"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="57"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="58"/>
        <source>Weekly + monthly ledgers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="63"/>
        <source>Roll call and absence alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="65"/>
        <source>Early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="67"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="68"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="70"/>
        <source>Mentors and home teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="89"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings_page.py" line="517"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="518"/>
        <source>School calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="519"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SituationSection</name>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="188"/>
        <source>Why this child needs a mentor now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="191"/>
        <source>Family, who looks after the child, health, schoolwork, friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="195"/>
        <source>How likely is the child to drop out, and why; what to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="198"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="199"/>
        <source>Risk of dropping out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="200"/>
        <source>Risk notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="202"/>
        <source>Save situation and risk (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="207"/>
        <source>None at the moment: no focus group, open alert or open case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="213"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="216"/>
        <source>Mentors: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="217"/>
        <source>No mentor yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="193"/>
        <source>New staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="196"/>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="199"/>
        <source>Mobile, e.g. 13800138000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="200"/>
        <source>e.g. 一级教师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="201"/>
        <source>Village where they live (for home visits nearby)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="203"/>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="204"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="205"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="206"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="207"/>
        <source>Lives in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="208"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="212"/>
        <source>The staff member was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="375"/>
        <source>Also show staff who have left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="377"/>
        <source>New staff member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="379"/>
        <source>Teaches a class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="380"/>
        <source>Record that this teacher teaches a class, so they see its students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="381"/>
        <source>Has left the school…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="72"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="73"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="74"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="75"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="76"/>
        <source>Lives in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="77"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/app.py" line="224"/>
        <source>Baoxue is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="237"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="332"/>
        <source>The school&apos;s database is encrypted, but it has no recovery key yet: if every password were forgotten, nobody could open it. Make the recovery key now and print it for the principal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="335"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="349"/>
        <location filename="../../app/ui/app.py" line="363"/>
        <source>Demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="350"/>
        <source>Preparing the demo school (600 sample students)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="394"/>
        <source>Automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="398"/>
        <source>Backing up the school&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="406"/>
        <source>The automatic backup failed: see the message shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <location filename="../../app/ui/student_page.py" line="66"/>
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
        <location filename="../../app/ui/student_page.py" line="74"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="75"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepTableModel</name>
    <message>
        <location filename="../../app/ui/request_steps.py" line="91"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="92"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="93"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="94"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="95"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="143"/>
        <source>Edit student — {name}</source>
        <extracomment>emitted with the student id after a successful save fill in and check a new child&apos;s record without saving it (a transfer-in request carries it until the principal approves); the checked input is then in :attr:`collected`</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="144"/>
        <source>Add student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="157"/>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="158"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="159"/>
        <source>Focus groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="162"/>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="168"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="168"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="171"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="171"/>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="231"/>
        <location filename="../../app/ui/student_dialog.py" line="232"/>
        <location filename="../../app/ui/student_dialog.py" line="333"/>
        <source>Please choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="237"/>
        <source>18 digits; sex and birth date are filled in from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="243"/>
        <source>G + ID number, or L / J number; empty until registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="251"/>
        <source>Same as the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="254"/>
        <source>Not filled in (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="259"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="260"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="261"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="262"/>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="263"/>
        <source>ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="264"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="266"/>
        <source>Student no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="271"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="272"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="273"/>
        <source>Enrolment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="274"/>
        <source>Household registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="275"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="276"/>
        <source>Day / boarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="284"/>
        <source>e.g. 马道镇青桥村三组 12 号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="288"/>
        <source>Anything the school should know about the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="289"/>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="290"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="291"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="292"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="299"/>
        <source>Tick every group the child belongs to. These children get extra care and are watched more closely for dropping out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="305"/>
        <source>Registered poor household (建档立卡)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="306"/>
        <source>Child of migrant workers (随迁子女)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="307"/>
        <source>Learning difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="308"/>
        <source>Orphan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="309"/>
        <source>Child of a prisoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="310"/>
        <source>Family in economic hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="311"/>
        <source>Child of a martyr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="312"/>
        <source>Only child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="323"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="324"/>
        <source>Left-behind child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="325"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="506"/>
        <source>Everything looks right. Press Save (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="510"/>
        <source>{n} {n:item|items} still to fill in or correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="511"/>
        <source>Show me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="534"/>
        <source>No student number: the child is shown as “{label}” until the school registers them in the national system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="538"/>
        <source>⚠ The student number does not carry this ID number (the ID may have changed after registration). It is accepted and kept as a warning on the record: check it with the national system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="558"/>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="561"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="563"/>
        <source>Filled in from the ID number: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="599"/>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="606"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="617"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="618"/>
        <source>You have changed this student&apos;s record. Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <location filename="../../app/ui/student_page.py" line="165"/>
        <source>Identity</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="167"/>
        <location filename="../../app/ui/student_page.py" line="267"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="169"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="172"/>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="174"/>
        <source>Focus groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="176"/>
        <source>Enrolment status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="178"/>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="180"/>
        <source>No changes recorded, or you may not see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="209"/>
        <location filename="../../app/ui/student_page.py" line="356"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="211"/>
        <source>Change this student&apos;s record (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="215"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="234"/>
        <source>Student file — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="239"/>
        <source>{n} {n:year|years} old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="240"/>
        <source>no class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="253"/>
        <source>(not filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="255"/>
        <source>Student no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="256"/>
        <source>ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="257"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="258"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="259"/>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="260"/>
        <source>Household registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="261"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="262"/>
        <source>Day / boarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="263"/>
        <source>Enrolment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="264"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="268"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="269"/>
        <source>Head teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="271"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="271"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="282"/>
        <source>Child of a martyr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="283"/>
        <source>Only child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="284"/>
        <source>Inclusive class (disabled child in a regular class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="288"/>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="289"/>
        <source>Family phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="290"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="291"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="292"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="327"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <location filename="../../app/ui/student_picker.py" line="25"/>
        <source>Type a name or pinyin initials, e.g. zs for 张三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_picker.py" line="75"/>
        <source>No student matches “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_picker.py" line="99"/>
        <source>No student chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_picker.py" line="103"/>
        <source>Chosen: {name} ({cls})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_picker.py" line="104"/>
        <source>Chosen: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <location filename="../../app/ui/registry.py" line="70"/>
        <source>Name</source>
        <extracomment>the record kinds the registry shows (it reads again when one changes)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="71"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="73"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="75"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="76"/>
        <source>Student no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="79"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="81"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="83"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="84"/>
        <source>Focus groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="101"/>
        <source>Not registered in the national student-status system yet: fill in the student number once the school has registered the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="104"/>
        <source>The student number does not carry the current ID number (the ID may have changed after the number was issued): check it with the national student-status system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="218"/>
        <source>Suggested mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="240"/>
        <source>{n} {n:student|students} without a mentor; {free} free {free:place|places} below the maximum of {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="244"/>
        <source>{k} would go above the maximum: give a reason for each, or change or reject them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="251"/>
        <source>Apply the accepted ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="257"/>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="258"/>
        <source>Reject all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="262"/>
        <source>Untick a line to reject it. Double-click (or F2 on) the mentor to choose another teacher. Nothing is saved until you apply; then every accepted line is saved together, or none if one is refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="55"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="55"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="55"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="55"/>
        <source>Why a mentor is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="56"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="56"/>
        <source>Mentees before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="56"/>
        <source>Why this teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="57"/>
        <source>Reason above the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="114"/>
        <source>(changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="118"/>
        <source>chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="130"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="130"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="136"/>
        <source>Needed only when the teacher would have more mentees than the maximum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="335"/>
        <source>Check and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="336"/>
        <source>Please check the details. Press Back to correct something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="337"/>
        <source>Save and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="351"/>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="353"/>
        <source>School code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="353"/>
        <source>School name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="354"/>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="355"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="355"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="356"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="356"/>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="357"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="358"/>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="358"/>
        <source>made now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="359"/>
        <source>later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetDelegate</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="183"/>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeacherLoadModel</name>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="44"/>
        <source>Teacher</source>
        <extracomment>the drag payload: a JSON list of student ids (student ids, staff id) — emitted when students are dropped on a teacher</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="45"/>
        <source>Mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="47"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="48"/>
        <source>Lives in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeacherPicker</name>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="302"/>
        <source>Choose a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="305"/>
        <source>Type a name or its pinyin initials, e.g. wls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="322"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="323"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="328"/>
        <source>Mentor for {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeachingDialog</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="247"/>
        <source>{name} teaches a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="251"/>
        <source>e.g. 数学</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="253"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="254"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="255"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="262"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateTab</name>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="232"/>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="235"/>
        <source>Back to the default text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="236"/>
        <source>Preview a sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="246"/>
        <source>Pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="248"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="249"/>
        <source>Retention target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="252"/>
        <source>Text (a line starting with 一、 二、 … is a section heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="266"/>
        <source>Placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="267"/>
        <source>Click one to insert it where the cursor is. Each is replaced by its value when the pledges are printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="279"/>
        <source>Only the principal and the registrar can change the pledge texts. You can preview them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="300"/>
        <source>The shipped default text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="301"/>
        <source>Text changed by the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="314"/>
        <source>Your changes to this pledge text are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="357"/>
        <source>Saved. The next pledges printed use this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="362"/>
        <source>Replace this pledge text by the shipped default? The school&apos;s own text is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="368"/>
        <source>The default text is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="383"/>
        <source>Sample: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermTableModel</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="91"/>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="92"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="93"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="94"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="95"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="95"/>
        <source>current term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../app/ui/today_panel.py" line="39"/>
        <source>Not taken yet today</source>
        <extracomment>the record kinds the panel shows (it reads again when one changes) the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/today_panel.py" line="46"/>
        <source>Click a class to open its roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/today_panel.py" line="49"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/today_panel.py" line="74"/>
        <source>{cls} · {teacher} · {n} {n:student|students}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/today_panel.py" line="86"/>
        <source>{n} {n:class has|classes have} not taken the roll today ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/today_panel.py" line="75"/>
        <source>no class teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/today_panel.py" line="83"/>
        <source>{day} is not a school day ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/today_panel.py" line="89"/>
        <source>No class has students on roll yet: add the classes and import the student list first (School and Import roster pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/today_panel.py" line="95"/>
        <source>Every class has taken the roll today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnconfirmedTableModel</name>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="137"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="138"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="139"/>
        <source>New school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="140"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="142"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="143"/>
        <source>Days waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="145"/>
        <source>School days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="147"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="152"/>
        <source>The county: on no school&apos;s roll since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="154"/>
        <source>Over {n} school {n:day|days}: ask the new school</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UncoveredModel</name>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="90"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="91"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="92"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="93"/>
        <source>Why a mentor is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="95"/>
        <source>Last mentor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnregisteredNotice</name>
    <message>
        <location filename="../../app/ui/registry.py" line="506"/>
        <source>{n} pupil(s) on the roll have no national student number yet ({label}). Register them in the national student-status system, then fill in the number: &lt;a href=&quot;registry&quot;&gt;show them in the student registry&lt;/a&gt;.</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="46"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="46"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="46"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="54"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="55"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="56"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="57"/>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="58"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="60"/>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyPage</name>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="129"/>
        <source>◀ Previous</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="131"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="133"/>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="134"/>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="135"/>
        <source>Copy the figures with the children&apos;s names, to paste into a message or a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="171"/>
        <source>The figures the school reports to the county education bureau. Point at a figure to read how it is counted; select it to see the children behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="210"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="218"/>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="219"/>
        <source>{year}-{month} ({start} to {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="222"/>
        <source>Weekly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="223"/>
        <source>{start} to {end}, reported on {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="264"/>
        <source>&lt;b&gt;{label}: {count}&lt;/b&gt;&lt;br&gt;{definition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="267"/>
        <source>No child in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="285"/>
        <source>Copied. Paste it with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyText</name>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="36"/>
        <source>New absence alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="37"/>
        <source>Alerts of unexcused absence raised in the period (withdrawn alerts do not count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="39"/>
        <source>Home visits made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="40"/>
        <source>Home visits in person made in the period (phone and video calls do not count); the number is of visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="42"/>
        <source>New suspected dropouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="43"/>
        <source>Children whose unexcused absence reached the suspected-dropout threshold in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="45"/>
        <source>New dropouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="46"/>
        <source>Children registered as dropouts (status change 28) in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="48"/>
        <source>Persuaded back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="49"/>
        <source>Suspected or registered dropouts back at school in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="51"/>
        <source>Still out of school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="52"/>
        <source>Registered and suspected dropouts not back at school at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="55"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="55"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="56"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="56"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="57"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="57"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="58"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/app.py" line="543"/>
        <location filename="../../app/ui/wizard.py" line="107"/>
        <source>Welcome to Baoxue</source>
        <extracomment>emitted with the new main window each time one is shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="108"/>
        <source>This computer has no school yet. What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="109"/>
        <source>Set up my school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="111"/>
        <source>Open the demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="121"/>
        <source>Enter your school&apos;s details and create the first administrator account. About five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="125"/>
        <source>A made-up village school with 600 students, to try the program or to train. It is stored in a separate folder and never mixed with your school&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhereaboutsTab</name>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="249"/>
        <source>Where the child is now (去向)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="249"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="252"/>
        <source>e.g. at home helping on the farm; gone with the parents to Ningbo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="253"/>
        <source>Where now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="256"/>
        <source>The monthly ledgers for the county list where each suspected dropout and dropout is now. Write what the home visits found; change it when it changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearsTab</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="420"/>
        <source>Each school year has two terms. Add the next school year before it starts (usually in summer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="433"/>
        <source>Add school year {a}–{b}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="438"/>
        <source>Add the school year {a}–{b} with its two usual terms (September to January, February to July)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="440"/>
        <source>New school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="443"/>
        <source>The school year was not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../app/ui/guide_shots.py" line="582"/>
        <source>Export {period} to {folder}</source>
        <extracomment>how the throw-away profile&apos;s folders are shown: as on the school&apos;s Windows PC the folder of the throw-away profile that plays the USB stick (shown as drive E:)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
