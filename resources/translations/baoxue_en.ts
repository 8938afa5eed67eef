<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="117"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="120"/>
        <source>Letters or digits, no spaces, e.g. wanghong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="123"/>
        <source>e.g. 王红</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="127"/>
        <source>(not linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="131"/>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="139"/>
        <source>User name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="140"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="141"/>
        <source>Roles *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="142"/>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="144"/>
        <source>Link a teacher&apos;s account to the staff member so that they see their own classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="145"/>
        <source>First password *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="146"/>
        <source>Password again *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="148"/>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="162"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="167"/>
        <source>The account was not created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="301"/>
        <location filename="../../app/ui/accounts_page.py" line="307"/>
        <source>New account…</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="309"/>
        <source>Create a login for a teacher or staff member (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="311"/>
        <source>Change roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="314"/>
        <location filename="../../app/ui/accounts_page.py" line="376"/>
        <location filename="../../app/ui/accounts_page.py" line="412"/>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="317"/>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="320"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="322"/>
        <source>Let a locked account log in again at once (it was locked after repeated wrong passwords)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="335"/>
        <source>Each person logs in with their own account. A disabled account cannot log in; its history stays in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="349"/>
        <location filename="../../app/ui/accounts_page.py" line="415"/>
        <location filename="../../app/ui/accounts_page.py" line="422"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="375"/>
        <source>Enable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="411"/>
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
        <location filename="../../app/ui/wizard.py" line="228"/>
        <source>Your name, e.g. 张明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="233"/>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="243"/>
        <source>User name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="244"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="245"/>
        <source>Password *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="247"/>
        <source>Password again *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="266"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="537"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="539"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="540"/>
        <source>Days absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="541"/>
        <source>Unexcused from {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="543"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="544"/>
        <source>Home visit due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="547"/>
        <source>Report due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="550"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="554"/>
        <source>{day} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="607"/>
        <source>Absence alerts</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="609"/>
        <source>Students absent without reason long enough to need a home visit and a written report. Dates in red are overdue. Double-click a student to open the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="617"/>
        <source>Double-click a student to open the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="650"/>
        <source>No open absence alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="653"/>
        <source>{n} open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="655"/>
        <source>, {n} with an overdue step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalActions</name>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="105"/>
        <source>Submit for approval</source>
        <extracomment>the buttons of the steps, in the order they are shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="106"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="107"/>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="108"/>
        <source>Reported to the county…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="109"/>
        <source>County confirmed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="110"/>
        <source>Withdraw request…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalSteps</name>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="94"/>
        <source>Created</source>
        <extracomment>the steps as the history shows them (&quot;ApprovalSteps&quot;: the same English word means another thing there)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="95"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="96"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="97"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="98"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="99"/>
        <source>Reported to the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="100"/>
        <source>County confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="101"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="70"/>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="71"/>
        <source>Suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="72"/>
        <source>Extension of a suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="73"/>
        <source>Resumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="74"/>
        <source>Transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="75"/>
        <source>Transfer in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="76"/>
        <source>Borrow-study at another school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="77"/>
        <source>Return from borrow-study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="78"/>
        <source>Guest student borrow-studying here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="79"/>
        <source>Dropout registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="80"/>
        <source>Death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="81"/>
        <source>Graduation (whole class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="84"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="85"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="86"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="87"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="88"/>
        <location filename="../../app/ui/request_dialog.py" line="309"/>
        <source>Reported to the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="89"/>
        <location filename="../../app/ui/request_dialog.py" line="313"/>
        <source>Confirmed by the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="90"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="113"/>
        <source>the class teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="114"/>
        <source>the principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="118"/>
        <source>Sick or personal leave. Up to the policy&apos;s limit the class teacher approves, longer leave the principal. Approved leave excuses the roll call by itself.</source>
        <extracomment>one line under the kind chooser: what the kind is for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="121"/>
        <source>Needs a scanned proof (e.g. a hospital certificate). The principal approves, then the registrar reports it to the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="123"/>
        <source>Extends an approved suspension of this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="124"/>
        <source>Puts a suspended student back on the roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="125"/>
        <source>The student stays on the list of unconfirmed transfers until the county confirms the arrival at the new school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="127"/>
        <source>A former student of this school who transferred out and comes back. A child new to the school is added by the registrar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="129"/>
        <source>The registration stays at this school; the host school is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="131"/>
        <source>The student comes back from borrow-study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="132"/>
        <source>A child registered at another school studies here. Filed only: the child is not added to this school&apos;s roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="134"/>
        <source>Registers a dropout. Link the absence case if there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="135"/>
        <source>Needs a scanned death certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="136"/>
        <source>Every student of a final-year class who is in school graduates at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="237"/>
        <source>The requester submits it</source>
        <extracomment>fields not entered in this window (a new child transferring in needs the whole student form)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="240"/>
        <source>Decision by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="242"/>
        <source>The registrar reports it to the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="244"/>
        <source>Waiting for the county to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="303"/>
        <source>Reject the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="304"/>
        <source>Why is it rejected? The requester will read this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="306"/>
        <source>Withdraw the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="307"/>
        <source>Why is it withdrawn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="310"/>
        <source>How and when was it reported (e.g. the 学籍 system, a reference number)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="314"/>
        <source>What did the county confirm (for a transfer: the arrival at the new school)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="326"/>
        <source>The step was not taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="62"/>
        <source>To approve</source>
        <extracomment>the record kinds the page shows (it reads again when one changes)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="63"/>
        <source>To report to the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="64"/>
        <source>Waiting for the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="65"/>
        <source>My drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="66"/>
        <source>My requests waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="67"/>
        <source>My rejected requests (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="70"/>
        <source>Requests waiting for your decision. Approve, or reject with a reason the requester will read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="72"/>
        <source>Approved status changes the county bureau must be told of. Record here when you have reported them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="74"/>
        <source>Reported to the county; record the county&apos;s confirmation when it comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="76"/>
        <source>Requests you started but have not submitted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="77"/>
        <source>Your requests waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="78"/>
        <source>Read the reason; “Copy as a new draft” in the request lets you correct and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="200"/>
        <source>New request…</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one the number for the navigation, after every refresh emitted after every refresh</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="206"/>
        <source>Leave, suspension, transfer, borrow-study, … (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="208"/>
        <source>Teachers and the registrar make requests; you decide on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="239"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="273"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="278"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="284"/>
        <source>Student or class: name or pinyin initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="297"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="299"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="317"/>
        <source>A child who left for another school is not safe until the county confirms the arrival there. Ask the county about the oldest first; record the confirmation in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="324"/>
        <source>Waiting for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="325"/>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="326"/>
        <source>Transfers not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="330"/>
        <source>Requests and approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="388"/>
        <source>{section} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="398"/>
        <source>{n} requests wait for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="401"/>
        <source>Nothing waits for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="423"/>
        <source>Transfers not confirmed ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="425"/>
        <source>{n} children transferred out are not confirmed by the county yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="429"/>
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
    <message>
        <location filename="../../app/ui/approvals_page.py" line="509"/>
        <source>{n} requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentTableModel</name>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="360"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="361"/>
        <source>SHA-256 {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="362"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="363"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="364"/>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="365"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttemptModel</name>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="144"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="145"/>
        <source>Who went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="148"/>
        <source>Both lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="148"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="148"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="150"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="151"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../app/ui/audit_window.py" line="57"/>
        <source>Log in</source>
        <extracomment>friendly names of the actions the services record (unknown ones show their key)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="58"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="59"/>
        <source>Change roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="60"/>
        <source>Enable / disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="61"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="62"/>
        <source>Set up school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="63"/>
        <source>Change school details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="64"/>
        <source>New school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="65"/>
        <source>New class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="66"/>
        <source>Change class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="67"/>
        <source>New staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="68"/>
        <source>Staff member left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="69"/>
        <source>Assign teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="70"/>
        <source>New student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="71"/>
        <source>Change student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="72"/>
        <source>Student status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="73"/>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="74"/>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="75"/>
        <source>Mark school calendar day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="76"/>
        <source>Clear school calendar day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="80"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="81"/>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="82"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="83"/>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="84"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="85"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="86"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="87"/>
        <source>Calendar day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="140"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="140"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="140"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="140"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="140"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app/ui/audit_window.py" line="248"/>
        <source>Words in the summary, e.g. a student&apos;s name</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="254"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="256"/>
        <source>Only from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="265"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="304"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="305"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="322"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="324"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="328"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="336"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="363"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="414"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="421"/>
        <source>Showing the newest {n} entries — scroll down for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="423"/>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="446"/>
        <source>Select an entry to see the values before and after the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="452"/>
        <location filename="../../app/ui/audit_window.py" line="453"/>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../app/ui/workers.py" line="93"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../app/ui/settings_page.py" line="223"/>
        <source>Reason, e.g. snow closure</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="225"/>
        <source>Mark this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="228"/>
        <source>Remove the school&apos;s mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="240"/>
        <source>Load holiday file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="243"/>
        <source>A year&apos;s official holidays and make-up working days as the State Council announced them: a CSV (date, end, kind, name, year) or JSON file; you see what it changes before it is applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="251"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="252"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="260"/>
        <source>Grey: no school (weekend, holiday, outside the terms). Blue: make-up working day. Red: school closed. Green: extra school day. National holidays come from the State Council&apos;s table; the school adds its own closures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="283"/>
        <source>The national holiday table covers {first}–{last}. {years}: not loaded yet — those days count Monday to Friday, marked unconfirmed. Load the year&apos;s holiday file when the State Council announces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="287"/>
        <source>{year}: loaded from a file, {h} holidays, {w} make-up working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="322"/>
        <source>outside the terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="323"/>
        <source>school day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="323"/>
        <source>no school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="351"/>
        <location filename="../../app/ui/settings_page.py" line="368"/>
        <source>Load holiday file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="352"/>
        <source>Holiday files (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="356"/>
        <source>Holiday file not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="367"/>
        <source>Load these days into the school calendar? Absence alerts are worked out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="376"/>
        <source>Remove the school&apos;s own mark on {day}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarWarning</name>
    <message>
        <location filename="../../app/ui/calendar_warning.py" line="66"/>
        <source>⚠ The national holidays and make-up working days of {years} are not loaded yet. Until they are, Monday to Friday count as school days and weekends as days off, marked “unconfirmed”; alerts counted across those days are provisional. When the State Council has announced them, load the year&apos;s holiday file: Settings → Calendar → Load holiday file… (or the command baoxue calendar import FILE).</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="345"/>
        <source>Nothing on file yet.</source>
        <extracomment>emitted after a successful save (the dialog reloads)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1021"/>
        <source>Case file</source>
        <extracomment>emitted after every (re)load</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1041"/>
        <source>Still to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1062"/>
        <source>Home visits and calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1063"/>
        <source>Written report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1064"/>
        <source>Persuasion to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1065"/>
        <source>Township notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1066"/>
        <source>Where now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1067"/>
        <source>Dropout registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1068"/>
        <source>Return / close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1101"/>
        <source>You typed in “{tabs}” and did not save it. Close the case file and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1119"/>
        <source>Case file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1130"/>
        <source>This case is closed; it stays on file. If the child is absent again a new alert opens a new case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1133"/>
        <source>The alert was withdrawn (leave approved afterwards or roll call corrected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1135"/>
        <source>You may read this case; the teacher responsible, the class teacher, the principal and the registrar record on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1141"/>
        <source>Already registered as a dropout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1143"/>
        <source>Only the registrar may register a dropout (a status change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1149"/>
        <source>Absent without reason for &lt;b&gt;{days}&lt;/b&gt; school days, {first} to {last} — {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1152"/>
        <source>Alert raised on {raised}; case opened on {opened}; responsible teacher: {teacher}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1154"/>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1161"/>
        <source>, works away in {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1162"/>
        <source>, works away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1164"/>
        <source>Guardians: {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1166"/>
        <source>Guardians: none on record — add them in the student&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1168"/>
        <source>Address: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1170"/>
        <source>Township notice: return by {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1173"/>
        <source>Closed on {day}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1182"/>
        <source>✓ home visit on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1184"/>
        <source>✓ written report on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1187"/>
        <source>due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1190"/>
        <source>(overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="1193"/>
        <source>Nothing: the case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/ui/cases_page.py" line="171"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="173"/>
        <source>Overdue: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="175"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="176"/>
        <source>Days absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="177"/>
        <source>(provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="179"/>
        <source>Absent without reason from {first} to {last} (school days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="181"/>
        <source>Provisional: counted across days of a year whose national holidays are not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="183"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="185"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="187"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="188"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="190"/>
        <source>Responsible teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="190"/>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="210"/>
        <source> (due {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="211"/>
        <source> — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="221"/>
        <source>{day} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <location filename="../../app/ui/cases_page.py" line="51"/>
        <source>Alert: home visit due</source>
        <extracomment>the record kinds the list shows (read again when one of them changes)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="52"/>
        <source>Visited: written report due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="53"/>
        <source>Reported: following up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="54"/>
        <source>Suspected dropout: persuading back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="55"/>
        <source>Registered dropout: persuading back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="56"/>
        <source>Back at school (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="57"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="58"/>
        <source>Alert withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="61"/>
        <source>Absent without reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="62"/>
        <source>Suspected dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="63"/>
        <source>Dropout threshold reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="66"/>
        <location filename="../../app/ui/cases_page.py" line="74"/>
        <source>Home visit in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="67"/>
        <source>Written report to township and county bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="68"/>
        <source>Persuade back, with both lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="69"/>
        <source>Persuade back; if that fails, register the dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="70"/>
        <source>Keep persuading until the child is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="71"/>
        <source>Follow up; close when the child is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="75"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="76"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="79"/>
        <source>Administrative line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="80"/>
        <source>Education line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="83"/>
        <source>County leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="84"/>
        <source>Township cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="85"/>
        <source>Village cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="86"/>
        <source>Education bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="87"/>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="88"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="91"/>
        <source>Back at school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="92"/>
        <source>Transferred to another school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="93"/>
        <source>Suspended (休学)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="94"/>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="95"/>
        <source>Other (say why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="98"/>
        <source>Report of unexcused absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="99"/>
        <source>Report of a dropout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/ui/cases_page.py" line="259"/>
        <source>All cases I may see</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one after every refresh, with the number of rows shown a case file was opened (the case id)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="260"/>
        <source>Only cases assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="263"/>
        <source>Show every case you may see, or only those assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="266"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="267"/>
        <source>Only overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="271"/>
        <source>Show the cases at one stage of the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="295"/>
        <source>Open the case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="297"/>
        <source>Or double-click the row, or press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="299"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="304"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="314"/>
        <source>Absence alerts and cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="316"/>
        <source>Every child absent without reason long enough gets a case: a home visit, a written report to the township government and the county education bureau, persuasion to return. Rows in red have an overdue step. Double-click a row (or press Enter) to open the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="363"/>
        <source>No open absence alerts or cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="366"/>
        <source>{n} open cases shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="368"/>
        <source> (of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="370"/>
        <source>, {n} with an overdue step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="407"/>
        <source>This alert has no case file yet. Refresh the list in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeHistoryModel</name>
    <message>
        <location filename="../../app/ui/student_page.py" line="97"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="98"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="99"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="100"/>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="237"/>
        <location filename="../../app/ui/accounts_page.py" line="269"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="240"/>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="247"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="248"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="249"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="260"/>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="268"/>
        <source>Your password has been changed. Use the new one next time you log in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildModel</name>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="107"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="108"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="134"/>
        <source>Change class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="134"/>
        <source>New class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="137"/>
        <source>e.g. 三年级(1)班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="144"/>
        <source>Mixed-grade class (复式班): pupils of several grades together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="162"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="171"/>
        <source>In use (untick for a class that no longer exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="176"/>
        <source>Class name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="177"/>
        <source>Grade *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="179"/>
        <source>Also grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="180"/>
        <source>Head teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="182"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="208"/>
        <location filename="../../app/ui/school_page.py" line="213"/>
        <source>The class was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassTableModel</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="77"/>
        <source>mixed-grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="79"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="80"/>
        <source>Grade(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="82"/>
        <source>Head teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="83"/>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="84"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="84"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="84"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassesTab</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="402"/>
        <source>Also show classes no longer in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="404"/>
        <location filename="../../app/ui/school_page.py" line="412"/>
        <source>New class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="406"/>
        <source>Add a class (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="408"/>
        <source>Change class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="410"/>
        <source>Change the name, grades or head teacher (double-click)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnUseModel</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="106"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="108"/>
        <source>Header in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="109"/>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="110"/>
        <source>Double-click to choose the template column, or “not imported”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="111"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="116"/>
        <source>? choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="117"/>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="128"/>
        <source>The program does not know this column: choose what it is, or “not imported”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="130"/>
        <source>Your choice (remembered for files with this header once imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="133"/>
        <source>As chosen at an earlier import of a file with this header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="137"/>
        <source>A header of the national system or a usual variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="138"/>
        <source>Template column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactLogModel</name>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="240"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="241"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="242"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="243"/>
        <source>How the student is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="245"/>
        <source>Measures and plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="117"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="119"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="120"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="121"/>
        <source>Guardian met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="122"/>
        <source>How the student is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="654"/>
        <source>Log a talk, a phone call or a home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="663"/>
        <source>Who you spoke with, if a guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="665"/>
        <source>e.g. talk about the maths homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="666"/>
        <source>Required: how the child is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="667"/>
        <source>What was agreed, what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="668"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="669"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="670"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="671"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="672"/>
        <source>How the student is *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="673"/>
        <source>Measures and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="674"/>
        <source>Save to the contact log (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="683"/>
        <source>The same contact log as the case file: a visit recorded there shows here, and the other way round.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="386"/>
        <source>Contacts on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="387"/>
        <source>Record a home visit or a phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="389"/>
        <source>Save the record (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="404"/>
        <source>Only a visit in person completes the home-visit step; phone and video calls are kept on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="408"/>
        <source>Other teachers, village cadres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="412"/>
        <source>Name of the guardian met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="415"/>
        <source>(relation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="424"/>
        <source>Members, income, who looks after the child, parents working away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="426"/>
        <source>e.g. find out why the child is absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="427"/>
        <source>Required: where the child is and how the child is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="429"/>
        <source>What the school and the family will do, and when to check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="433"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="434"/>
        <location filename="../../app/ui/case_dialog.py" line="505"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="435"/>
        <source>Teacher who went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="436"/>
        <source>Others who went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="437"/>
        <location filename="../../app/ui/case_dialog.py" line="507"/>
        <source>Guardian met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="439"/>
        <location filename="../../app/ui/case_dialog.py" line="506"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="440"/>
        <location filename="../../app/ui/case_dialog.py" line="508"/>
        <source>Family situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="441"/>
        <location filename="../../app/ui/case_dialog.py" line="508"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="442"/>
        <source>How the student is *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="443"/>
        <location filename="../../app/ui/case_dialog.py" line="509"/>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="444"/>
        <location filename="../../app/ui/case_dialog.py" line="510"/>
        <source>Measures and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="445"/>
        <location filename="../../app/ui/case_dialog.py" line="510"/>
        <source>Guardian&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="456"/>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="466"/>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="504"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="506"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="506"/>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="509"/>
        <source>How the student is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataFolderDialog</name>
    <message>
        <location filename="../../app/ui/data_folder.py" line="32"/>
        <source>Baoxue — first start: where the school&apos;s data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="34"/>
        <source>Who on this computer works with the school&apos;s data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="38"/>
        <source>Everyone on this PC (recommended for a shared office computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="40"/>
        <source>Only me (this Windows user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="48"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="56"/>
        <source>Every teacher who logs in to this computer with their own Windows account sees the same school. Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="61"/>
        <source>Only your Windows account sees the school; other accounts of this computer would start empty. Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="65"/>
        <source>The choice is remembered. Each program login still has its own Baoxue account and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="76"/>
        <source>The shared data folder cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="390"/>
        <source>The demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="391"/>
        <source>Sample data only. It lives in its own folder, apart from real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="392"/>
        <source>Open the demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="393"/>
        <source>Preparing the demo school ({n} sample students)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="405"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="436"/>
        <source>The demo school is ready. Press “Open the demo school” to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="442"/>
        <source>The demo school could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../app/ui/documents_page.py" line="78"/>
        <source>Parent pledge (school – parent)</source>
        <extracomment>the record kinds the returns list, the scopes and the forms&apos; choices show</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="79"/>
        <source>Class teacher pledge (principal – class teacher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="80"/>
        <source>Principal pledge (education bureau – principal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="83"/>
        <source>One pledge for every guardian on file, filled with the student&apos;s name and class and the guardian&apos;s name and phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="85"/>
        <source>One pledge for the class teacher of each class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="86"/>
        <source>One pledge between the county education bureau and the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="90"/>
        <source>Home-visit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="91"/>
        <source>Absence report to the township and the county bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="92"/>
        <source>Deadline-to-return notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="93"/>
        <source>Weekly / monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="94"/>
        <source>Inspection sheet (enrolled and present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="95"/>
        <source>Class roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="96"/>
        <source>Transfer contact form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="97"/>
        <source>Suspension approval form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="100"/>
        <source>Leave the student empty for blank sheets to fill in by hand; with a student, the family&apos;s details are printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="102"/>
        <source>The written report the 48-hour rule requires, filled from an open absence alert. Empty fields are left as blanks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="104"/>
        <source>Issued by the township to the guardians, with a tear-off receipt. Choose an absence alert or a student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="106"/>
        <source>The figures of the reporting period containing the day (weekly or monthly, as the policy says).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="108"/>
        <source>Per class: on roll against present at that day&apos;s roll call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="109"/>
        <source>The students of a class with their guardians; the whole school starts each class on a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="111"/>
        <source>The paper form stamped by both schools and both bureaus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="112"/>
        <source>For the school and the bureau to sign; attach the medical certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="116"/>
        <source>Not back yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="117"/>
        <source>Returned, signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="118"/>
        <source>Returned, not signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../app/ui/documents_page.py" line="1029"/>
        <source>Pledges</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="1030"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="1031"/>
        <source>Pledge texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="1032"/>
        <source>Official forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="1036"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="1038"/>
        <source>Your account may not print documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropoutTab</name>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="848"/>
        <source>Register the child as a dropout (学籍变动 28)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="849"/>
        <source>Register the dropout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="856"/>
        <source>Allowed once the child has been absent without reason for the dropout threshold (four school weeks by default), or when the family refuses to send the child back. It changes the child&apos;s status and opens the persuasion ledger, which stays open until the child returns. Only the registrar may do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="862"/>
        <source>Required, e.g. went with the parents to work in another province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="864"/>
        <source>Where the child is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="866"/>
        <source>The family refuses to send the child back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="867"/>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="868"/>
        <source>Reason for leaving *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="869"/>
        <source>Where now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="870"/>
        <source>Stopped coming on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="880"/>
        <source>Not registered as a dropout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="882"/>
        <source>closed on {day} ({result})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="884"/>
        <source>open: persuading back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="886"/>
        <source>Registered as a dropout on {day} (stopped coming on {left}); reason: {reason}; where now: {where}. Persuasion ledger {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="893"/>
        <source>Register {name} as a dropout? The child&apos;s status changes to dropout and stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="610"/>
        <source>End the mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="617"/>
        <source>Required when the reason is Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="620"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="621"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="622"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="627"/>
        <source>{mentor} stops mentoring {name}. The history is kept; the student is listed again as without a mentor while still at risk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="300"/>
        <source>Make the key…</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="303"/>
        <source>Replace the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="306"/>
        <source>Print the registration sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="309"/>
        <source>Save the certificate for the county…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="319"/>
        <source>The school&apos;s signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="335"/>
        <source>Another period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="352"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="355"/>
        <source>Send the whole roster (only when the county asks for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="357"/>
        <source>Sign and export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="369"/>
        <source>Export a bundle for the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="377"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="382"/>
        <source>Write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="396"/>
        <source>Write again to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="398"/>
        <source>Write the selected bundle again, byte for byte (e.g. when the USB stick was lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="401"/>
        <source>Import the county&apos;s package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="403"/>
        <source>The signed file the county sends back: which bundles it received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="410"/>
        <source>Bundles written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="420"/>
        <source>County bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="422"/>
        <source>Each bundle is one signed file for one reporting period; the county checks with the school&apos;s registered certificate that it comes from this school and was not changed. Exporting the same period again with no change gives the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="426"/>
        <source>Only the registrar and the administrator can export bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="443"/>
        <source>The school has no signing key yet. The administrator makes it once; then print the registration sheet and hand it to the county with the certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="449"/>
        <source>Key in use since {when} ({algo}). Certificate fingerprint (SHA-256), as registered with the county:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="452"/>
        <source>It replaced an older key, which vouched for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="453"/>
        <source>It replaced an older key: the county must register it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="470"/>
        <source>This reporting period: {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="471"/>
        <source>This month&apos;s reporting period: {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="477"/>
        <source>Make the signing key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="553"/>
        <source>Make the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="553"/>
        <location filename="../../app/ui/exchange_page.py" line="568"/>
        <source>Making the key pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="568"/>
        <source>Replace the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="575"/>
        <source>The signing key is ready. Its fingerprint is

{fp}

Print the registration sheet, have the principal sign and stamp it, and hand it to the county with the certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="578"/>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="594"/>
        <source>Print the registration sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="613"/>
        <source>Save the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="614"/>
        <source>Certificate (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="623"/>
        <source>The certificate was saved to:
{path}

It holds only the public key: it can be sent to the county by any means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="625"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="631"/>
        <source>Where to write the bundle (e.g. the USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="659"/>
        <source>Choose the folder to write the bundle to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="664"/>
        <source>Export {period} to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="673"/>
        <source>Export a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="673"/>
        <source>Building and signing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="679"/>
        <source>File: {path}
SHA-256: {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="688"/>
        <source>Write bundle no. {n} again to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="696"/>
        <source>Write again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="698"/>
        <source>Bundle no. {n} written again to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="706"/>
        <location filename="../../app/ui/exchange_page.py" line="714"/>
        <source>Import the county&apos;s package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="707"/>
        <source>County package (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportHistoryModel</name>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="94"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="95"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="97"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="98"/>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="98"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="98"/>
        <source>changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="99"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="100"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="101"/>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="102"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="106"/>
        <source>students {s} · roll calls {rc} · alerts {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="115"/>
        <source>received {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="117"/>
        <source>not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="118"/>
        <source>no receipt yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="122"/>
        <source>The county&apos;s packages confirm later bundles but not this one: write it again and send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="124"/>
        <source>The county&apos;s signed package confirms it received this very file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="125"/>
        <source>Import the county&apos;s package to see whether it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="130"/>
        <source>replaced by no. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="132"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="134"/>
        <source>replaces no. {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureModel</name>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="87"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="89"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="61"/>
        <source>The demo school “{name}” is ready: {students} students in {classes} classes. It is sample data, kept apart from real data.</source>
        <extracomment>the service&apos;s field names (ValidationError.field) → our field keys</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="65"/>
        <source>Every demo account has the password: {password}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="73"/>
        <source>  … and {n} more accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="74"/>
        <location filename="../../app/ui/wizard.py" line="488"/>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="469"/>
        <source>Baoxue — first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="511"/>
        <source>The school was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiveOnesSection</name>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="429"/>
        <source>Save the five ones (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="433"/>
        <source>One good habit, one shortcoming fixed, one subject raised, one hobby, one good book. A changed line replaces the old measure (kept in the list of measures); an empty line leaves that one as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="447"/>
        <source>since {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormsTab</name>
    <message>
        <location filename="../../app/ui/documents_page.py" line="797"/>
        <source>Generate and preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="831"/>
        <source>Student (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="834"/>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="836"/>
        <location filename="../../app/ui/documents_page.py" line="844"/>
        <source>Absence alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="837"/>
        <location filename="../../app/ui/documents_page.py" line="850"/>
        <location filename="../../app/ui/documents_page.py" line="864"/>
        <location filename="../../app/ui/documents_page.py" line="872"/>
        <source>Reference no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="837"/>
        <source>Reason, as far as known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="838"/>
        <source>Where the child is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="839"/>
        <source>What the school has done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="840"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="840"/>
        <source>Help asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="841"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="841"/>
        <source>Reporter&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="845"/>
        <source>or a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="846"/>
        <source>Back at school by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="848"/>
        <source>Default: the township government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="849"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="852"/>
        <source>A day in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="853"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="855"/>
        <source>Inspection day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="856"/>
        <location filename="../../app/ui/documents_page.py" line="858"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="860"/>
        <location filename="../../app/ui/documents_page.py" line="867"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="861"/>
        <source>Receiving school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="862"/>
        <source>Receiving county (province, city, county)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="863"/>
        <source>Grade there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="863"/>
        <location filename="../../app/ui/documents_page.py" line="868"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="869"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="870"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="871"/>
        <source>Proof (e.g. the hospital&apos;s certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="890"/>
        <source>The whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="899"/>
        <source>(none: use the student below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="901"/>
        <source>{name} ({cls}) — {level}, {days} school days from {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="926"/>
        <source>There is no open absence alert to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="946"/>
        <source>There is no class to print for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="950"/>
        <source>Choose a student first: type a name or pinyin initials and click the student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="973"/>
        <source>Class {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="982"/>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="990"/>
        <source>{title}: {pages} pages — {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardianEditor</name>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="318"/>
        <source>Enter at least one guardian with a phone number that works, so the school can reach the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="321"/>
        <source>Add guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="334"/>
        <source>No guardian yet. Press “Add guardian”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardianRow</name>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="232"/>
        <source>Guardian&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="235"/>
        <source>Mobile or landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="237"/>
        <source>Child lives with this guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="238"/>
        <source>Works away from home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="240"/>
        <source>Where (e.g. 广东东莞)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="241"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="242"/>
        <source>Remove this guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="249"/>
        <location filename="../../app/ui/student_dialog.py" line="299"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="251"/>
        <location filename="../../app/ui/student_dialog.py" line="299"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="253"/>
        <location filename="../../app/ui/student_dialog.py" line="299"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="257"/>
        <location filename="../../app/ui/student_dialog.py" line="300"/>
        <source>Work place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="276"/>
        <source>Guardian {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardianTableModel</name>
    <message>
        <location filename="../../app/ui/student_page.py" line="59"/>
        <source>Yes</source>
        <extracomment>the record kinds a student&apos;s file shows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="59"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="61"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="62"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="63"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="64"/>
        <source>Lives with child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="66"/>
        <source>Works away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="67"/>
        <source>Work place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeTeachingPanel</name>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="682"/>
        <source>Severely disabled children taught at home. Red: behind the policy&apos;s targets so far. Open a child (Enter or double-click) to log a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="694"/>
        <source>No child is taught at home this school year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeTeachingSection</name>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="722"/>
        <source>Log a home-teaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="733"/>
        <source>Required: what was taught or trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="734"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="735"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="736"/>
        <source>Class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="737"/>
        <source>Content *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="738"/>
        <source>Save the session (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="769"/>
        <source>Class hours this school year: {hours} of {target} (due by now: {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="771"/>
        <source>Visits: {visits} of {due} due in {weeks} school weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="775"/>
        <source>Weeks with too few visits: {weeks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="778"/>
        <source>Teachers who went: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="206"/>
        <location filename="../../app/ui/import_dialog.py" line="614"/>
        <source>Import student list</source>
        <extracomment>emitted with the ImportPlan after a preview finished (errors or not) emitted with the ImportResult after a successful import emitted with the message when reading or importing failed (also shown to the user) emitted when the user cancelled a preview or an import</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="228"/>
        <source>No file chosen yet (you can also drop a file here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="229"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="232"/>
        <source>Download template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="234"/>
        <source>Save an empty list with the right columns, to fill in with Excel or WPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="248"/>
        <source>Rows in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="249"/>
        <source>New students:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="250"/>
        <source>Students to update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="251"/>
        <source>Unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="255"/>
        <source>New classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="257"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="260"/>
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
        <location filename="../../app/ui/import_dialog.py" line="542"/>
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
        <location filename="../../app/ui/import_dialog.py" line="221"/>
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
        <location filename="../../app/ui/import_dialog.py" line="491"/>
        <source>{n} column(s) of the file to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="492"/>
        <source>Say what each column marked in red is (double-click “Imported as” in “Columns of the file”), or choose “not imported”. Nothing has been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="497"/>
        <source>{n} problem(s) in {rows} row(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="498"/>
        <source>Correct them in the file, save it, then press “Check again”. Nothing has been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="501"/>
        <source>The file is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="502"/>
        <source>Press “Import” to save {new} new and {upd} updated student(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="505"/>
        <source>This file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="521"/>
        <source>{n} column(s): {used} imported, {ignored} not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="524"/>
        <source>; {unknown} not known: double-click “Imported as” to say what they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="543"/>
        <source>Import {new} new student(s), update {upd} and create {cls} class(es)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="557"/>
        <source>Importing students…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="563"/>
        <source>Importing the student list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="568"/>
        <source>Imported: {created} new student(s), {updated} updated, {unchanged} unchanged, {classes} new class(es).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="577"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="604"/>
        <source>Cancelled. Nothing has been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="611"/>
        <source>An unexpected error stopped the work. Nothing has been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="615"/>
        <source>An unexpected error stopped the work. Nothing has been imported.

{details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="637"/>
        <source>Fix the problems in the file first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="80"/>
        <source>Choose a file and import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87"/>
        <source>The import window is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>Import a student list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92"/>
        <source>1. Download the template from the import window and fill it in with Excel or WPS (or use the list exported from the national student registry system).
2. Choose the file: it is checked first, and every problem is listed with its row.
3. Nothing is saved until you press Import; then either every row is saved or none is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyListModel</name>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="143"/>
        <source>Fingerprint (start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="145"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="145"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="145"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="146"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="147"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="148"/>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="293"/>
        <source>Signing key for the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="294"/>
        <source>The data the school sends to the county is signed with the school&apos;s own key, so the county knows which school sent it and that nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="296"/>
        <source>Make the key later (on the County bundles page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="301"/>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="308"/>
        <source>Choose a passphrase the registrar and the principal will remember: it is asked at every export and cannot be recovered. The key&apos;s fingerprint is printed for registering with the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="310"/>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="311"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="326"/>
        <source>The passphrase needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="328"/>
        <source>The two passphrases are not the same.</source>
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
        <location filename="../../app/ui/school_page.py" line="286"/>
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
        <location filename="../../app/ui/leave_dialog.py" line="116"/>
        <source>Leave — {name}</source>
        <extracomment>emitted with the new leave&apos;s id after it was recorded emitted with the leave&apos;s id after it was cancelled</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="117"/>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="139"/>
        <source>e.g. fever, seen by the village doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="143"/>
        <source>Approval note or number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="148"/>
        <source>Record the leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="155"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="159"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="164"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="170"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="174"/>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="178"/>
        <source>Half days: start “from the afternoon”, or end “until noon”. Only record a leave that has been approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="185"/>
        <source>Record an approved leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="207"/>
        <source>Why it is cancelled (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="208"/>
        <source>Cancel this leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="212"/>
        <source>Leaves of this student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="223"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="312"/>
        <source>Cancel the leave {period}?

Roll calls it excused go back to what the teacher marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="314"/>
        <source>Cancel leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveTableModel</name>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="84"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="86"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="88"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="89"/>
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
        <source>{n} attempts</source>
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
        <location filename="../../app/ui/main_window.py" line="121"/>
        <source>The student registry is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="210"/>
        <source>Roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="211"/>
        <source>Take today&apos;s roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="212"/>
        <source>Absence alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213"/>
        <source>Students absent without reason and their case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="216"/>
        <source>Leave, suspension, transfer, borrow-study, dropout: requests and what waits for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218"/>
        <source>Early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="219"/>
        <source>Risk points of each student, with the rules and records behind them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222"/>
        <source>Each teacher&apos;s mentees and their plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="223"/>
        <source>Weekly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="224"/>
        <source>The figures for the county: alerts, home visits, dropouts, children back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="226"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227"/>
        <source>Responsibility pledges and their return, official forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>Student registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230"/>
        <source>Find, add and change students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="231"/>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="232"/>
        <source>Bring in a student list from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="234"/>
        <source>Who changed what, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="235"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236"/>
        <source>Logins of teachers and staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="237"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="238"/>
        <source>School details, classes, staff, school years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="239"/>
        <source>County bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="240"/>
        <source>The school&apos;s signing key and the signed data for the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="242"/>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="243"/>
        <source>The monthly ledgers of the 2024 rule: suspected dropouts, dropouts, persuasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245"/>
        <source>Policy and calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="246"/>
        <source>Thresholds of the absence rules, school days and closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="422"/>
        <source>{name} ({roles})</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one the user chose Account → Log out (the startup shows the login again) emitted with the key whenever another page is shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="427"/>
        <source>DEMO SCHOOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="432"/>
        <source>Data: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="505"/>
        <source>Find a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="508"/>
        <source>Import roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="510"/>
        <source>Export roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="513"/>
        <source>Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="515"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="516"/>
        <source>Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="518"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="519"/>
        <location filename="../../app/ui/main_window.py" line="659"/>
        <source>About Baoxue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="536"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="544"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="549"/>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="552"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="555"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="580"/>
        <source>roster-{date}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="581"/>
        <location filename="../../app/ui/main_window.py" line="591"/>
        <location filename="../../app/ui/main_window.py" line="593"/>
        <source>Export roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="582"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="591"/>
        <source>Writing the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="592"/>
        <source>{n} students were written to:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="602"/>
        <location filename="../../app/ui/main_window.py" line="610"/>
        <location filename="../../app/ui/main_window.py" line="613"/>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="603"/>
        <source>Baoxue backup (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="610"/>
        <source>Copying the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="612"/>
        <source>The backup was saved to:
{path}

Keep it somewhere safe, e.g. on a USB stick locked away: it holds every student&apos;s personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="635"/>
        <location filename="../../app/ui/main_window.py" line="674"/>
        <source>Please wait until the current task has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="635"/>
        <location filename="../../app/ui/main_window.py" line="674"/>
        <source>Baoxue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="652"/>
        <source>The language setting could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="655"/>
        <source>The language will change the next time you start Baoxue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="655"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="663"/>
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
        <location filename="../../app/ui/plan_dialog.py" line="195"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="196"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="197"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="198"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="202"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresSection</name>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="463"/>
        <source>Add another measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="467"/>
        <source>e.g. free lunch applied for; weekly call with the father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="468"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="469"/>
        <source>Add the measure (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="473"/>
        <source>Close the selected measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="480"/>
        <source>What came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="481"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="482"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="483"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="484"/>
        <source>Close the measure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenteeModel</name>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="217"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="221"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="222"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="223"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="224"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="225"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="225"/>
        <source>no longer at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="228"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorBoardPage</name>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="740"/>
        <source>Suggest mentors…</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="742"/>
        <source>Propose a mentor for every student without one: own class teachers, teachers living nearby and last year&apos;s mentor first, caseloads balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="746"/>
        <source>Assign a mentor… (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="766"/>
        <location filename="../../app/ui/mentors_page.py" line="801"/>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="769"/>
        <source>End mentoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="772"/>
        <source>Hand over to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="780"/>
        <source>Teachers and their mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="810"/>
        <source>Drag a student onto a teacher, or select a student and press Enter (Ctrl+M) to choose a teacher by typing. Red: above the maximum; amber: below the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="836"/>
        <source>Mentor board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="837"/>
        <source>Home teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="839"/>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="865"/>
        <source>{covered} of {needing} students who need a mentor have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="869"/>
        <source>{n} without a mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="870"/>
        <source>Caseload {lo}–{hi} per teacher; {over} above the maximum, {below} below the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="873"/>
        <source>Without a mentor ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="892"/>
        <source>Mentees of {name} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="927"/>
        <source>Above the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="928"/>
        <source>Why should this teacher mentor more students than the maximum?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="972"/>
        <source>Hand over to another mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="1004"/>
        <source>Every student who needs a mentor has one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorText</name>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="73"/>
        <source>Not assessed</source>
        <extracomment>the record kinds a plan or the board shows (contacts are shared with the case file)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="74"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="75"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="76"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="79"/>
        <source>One good habit to build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="80"/>
        <source>One shortcoming to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="81"/>
        <source>One subject to raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="82"/>
        <source>One hobby to grow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="83"/>
        <source>One good book to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="86"/>
        <source>e.g. comes to school on time every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="87"/>
        <source>e.g. stops chatting in class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="88"/>
        <source>e.g. maths: times tables by the end of term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="89"/>
        <source>e.g. joins the school choir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="90"/>
        <source>e.g. a book and when to talk about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="92"/>
        <source>Other measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="94"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="95"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="96"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="100"/>
        <source>Talk with the student</source>
        <extracomment>the forms of contact a mentor logs; &quot;talk&quot; is shown once app.cases.FORMS knows it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="101"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="102"/>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="103"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="106"/>
        <source>No longer needs a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="107"/>
        <source>Another teacher takes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="108"/>
        <source>The teacher left or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="109"/>
        <source>The student transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="110"/>
        <source>The student graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="111"/>
        <source>The student completed school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="112"/>
        <source>The student died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="113"/>
        <source>Other (say why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="116"/>
        <source>below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="117"/>
        <source>in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="118"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="119"/>
        <source>above the maximum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="28"/>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="32"/>
        <source>Baoxue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="38"/>
        <source>Please confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="98"/>
        <source>Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="99"/>
        <source>What you typed has not been saved. Close and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="120"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="121"/>
        <source>Something went wrong inside the program. Your data is safe: nothing was half-saved.

Please tell the person who looks after this computer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyPage</name>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="111"/>
        <source>Print the ledgers (Ctrl+P)</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="122"/>
        <source>Suspected dropouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="122"/>
        <source>Dropouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="123"/>
        <source>Persuasion to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="128"/>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="133"/>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="135"/>
        <source>Since 2024 every school reports monthly, child by child, its suspected dropouts and dropouts and how the persuasion to return goes; the county re-checks every quarter. The report is sent with the county bundle whose period holds the due day. Point at the persuasion column to read each attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="170"/>
        <source>Suspected dropouts ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="171"/>
        <source>Dropouts ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="172"/>
        <source>Persuasion to return ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="174"/>
        <source>Sent to the county with bundle no. {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="177"/>
        <source>Not sent yet — it was due on {due}. Export the county bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="181"/>
        <source>Due on {due}; not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="183"/>
        <source>As of {day}: {s} suspected dropouts, {d} dropouts; {back} back at school, {out} still out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="205"/>
        <source>The ledgers are saved in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyReminder</name>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="245"/>
        <source>⚠ The monthly report of {month} was due on {due} and is not sent yet ({s} suspected dropouts, {d} dropouts). Check the ledgers (Monthly report) and export the county bundle.</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="250"/>
        <source>The monthly report of {month} is due on {due} ({s} suspected dropouts, {d} dropouts). Check the ledgers (Monthly report) and export the county bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyMenteesPage</name>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="1046"/>
        <source>Open plan</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="1066"/>
        <source>Select a student and press Enter to open the plan: the five ones, reviews and the contact log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="1070"/>
        <location filename="../../app/ui/mentors_page.py" line="1073"/>
        <source>My mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="1071"/>
        <source>Home teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="1089"/>
        <source>You mentor {n} students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="1090"/>
        <source>You have no mentees at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="1096"/>
        <source>{name}: review overdue since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="1099"/>
        <source>{name}: review due {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="177"/>
        <source>Replace the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="177"/>
        <source>Make the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="186"/>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="187"/>
        <source>Leave empty if it is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="192"/>
        <source>Replace the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="192"/>
        <source>Make the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="198"/>
        <source>The old key is archived and the next bundle tells the county about the change. With the old passphrase the old key vouches for the new one, and the county accepts it without a new registration; without it, register the new fingerprint with the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="201"/>
        <source>Old passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="204"/>
        <source>The passphrase protects the school&apos;s private key, which is stored only encrypted. It is asked at every export and cannot be recovered: keep it where the registrar and the principal find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="206"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="207"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="220"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeTab</name>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="766"/>
        <source>The township&apos;s deadline-to-return notice (限期返校通知书)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="767"/>
        <source>Save the notice (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="777"/>
        <source>Document number of the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="778"/>
        <source>Served on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="779"/>
        <source>Return by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="780"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="781"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="784"/>
        <source>The township government serves this notice on the family; record it here when the school receives a copy. Saving again replaces the notice on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="793"/>
        <source>On file: served on {issued} by {issuer}, return by {deadline} {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="797"/>
        <source>No notice on file yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeTab</name>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="916"/>
        <source>The child is back at school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="917"/>
        <source>Record the return and close the case (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="921"/>
        <source>e.g. back after the home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="922"/>
        <source>Back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="923"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="925"/>
        <source>A registered dropout is restored to the roll (学籍变动 12 复学) and the persuasion ledger is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="928"/>
        <source>Close the case for another reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="935"/>
        <source>Required for Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="936"/>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="937"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="938"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="939"/>
        <source>Close the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="958"/>
        <source>Closed on {day}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="982"/>
        <source>Close the case of {name} as “{outcome}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="243"/>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="248"/>
        <source>Sign and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="256"/>
        <source>Passphrase of the school&apos;s key</source>
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
        <source>{n} pages sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="241"/>
        <source>Save PDF as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="242"/>
        <source>PDF file (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="251"/>
        <source>Cannot write {path}: {reason}. Check that the folder exists and the USB stick is not write-protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="256"/>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="265"/>
        <source>No program to show PDF files was found on this computer. The file is at {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="283"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersuasionTab</name>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="609"/>
        <source>Name (and post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="611"/>
        <source>Remove this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="627"/>
        <source>Persuasion attempts on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="628"/>
        <source>Record an attempt to persuade the child back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="630"/>
        <source>Save the attempt (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="643"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="653"/>
        <source>Administrative line: township and village cadres. Education line: the principal and teachers. Rows left without a name are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="655"/>
        <source>Required: what was done, e.g. explained the compulsory education law to the parents at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="657"/>
        <source>e.g. the parents agreed to bring the child back on Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="658"/>
        <location filename="../../app/ui/case_dialog.py" line="756"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="659"/>
        <location filename="../../app/ui/case_dialog.py" line="756"/>
        <source>Who went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="660"/>
        <source>What was done *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="661"/>
        <location filename="../../app/ui/case_dialog.py" line="757"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="718"/>
        <source>✓ Both lines take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="722"/>
        <source>Nobody named yet from: {lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="757"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="808"/>
        <source>Mentoring plan</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="816"/>
        <source>You can read this plan; only the mentor, the class teacher, the principal and the registrar can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="829"/>
        <source>Situation and risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="830"/>
        <source>Five ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="831"/>
        <source>Other measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="832"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="833"/>
        <source>Contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="834"/>
        <source>Home teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="879"/>
        <source>Mentoring plan of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="880"/>
        <source>{name} — mentoring plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="881"/>
        <source>no mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="882"/>
        <source>{klass} · mentor: {mentor} · risk: {risk}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PledgeListModel</name>
    <message>
        <location filename="../../app/ui/documents_page.py" line="191"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="192"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="193"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="194"/>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="195"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="196"/>
        <source>Printed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="197"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PledgesTab</name>
    <message>
        <location filename="../../app/ui/documents_page.py" line="255"/>
        <source>Also print again for guardians whose signed pledge is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="257"/>
        <source>Print pledges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="274"/>
        <source>Show the printed file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="280"/>
        <source>Pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="282"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="284"/>
        <source>Print a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="293"/>
        <source>Each pledge is printed twice (one copy for each party) with its number and barcode. The batch runs in the background; Cancel leaves no file and no numbers. Type or scan the numbers of the signed copies on the Returns tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="310"/>
        <source>The whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="312"/>
        <source>{name} ({n} students)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="337"/>
        <source>There is no class to print for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="343"/>
        <source>Pledge {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="354"/>
        <source>Print pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="354"/>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="362"/>
        <source>{count} pledges printed ({pages} pages, two copies each), numbers {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="365"/>
        <source>{n} already returned were not printed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="367"/>
        <source>{cls} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="369"/>
        <source>{cls} — no class teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="386"/>
        <source>{n} students have no guardian on file, so no parent pledge was printed for them. Add a guardian in the student registry, then print again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="389"/>
        <source>These classes have no class teacher, so no pledge was printed for them:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyTab</name>
    <message>
        <location filename="../../app/ui/settings_page.py" line="98"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="102"/>
        <source>Undo my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="104"/>
        <source>Hanzhong defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="105"/>
        <source>Put the default values of the Hanzhong rules in the form (nothing is saved until you press Save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="118"/>
        <source>Absence is counted in school days. Every change is recorded in the audit log with the values before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="119"/>
        <source>Only the administrator can change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="176"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="188"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="242"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="243"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="244"/>
        <source>Hours (due by now / year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="247"/>
        <source>Visits (due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="249"/>
        <source>Weeks short</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../app/ui/registry.py" line="143"/>
        <source>Name, pinyin initials, ID number, student no. or class</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one emitted with the student id whenever the page opens a student (for the main window&apos;s history, tests) emitted after every refresh with the number of rows shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="146"/>
        <source>Type part of a name (or its pinyin initials, e.g. zs for 张三), an ID number, a student number or a class.
Ctrl+F jumps here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="152"/>
        <source>Show one class only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="155"/>
        <source>Show students with this enrolment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="156"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="162"/>
        <source>Show students of a focus group (poor household, left-behind, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="163"/>
        <source>All students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="164"/>
        <source>Any focus group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="205"/>
        <location filename="../../app/ui/registry.py" line="217"/>
        <source>Add student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="207"/>
        <location filename="../../app/ui/registry.py" line="221"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="209"/>
        <location filename="../../app/ui/registry.py" line="225"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="219"/>
        <source>Register a new student (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="223"/>
        <source>Change the selected student&apos;s record (Ctrl+E or F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="227"/>
        <source>Open the selected student&apos;s file card (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="235"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="237"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="239"/>
        <source>Focus group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="318"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="378"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="392"/>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="393"/>
        <source>All my classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="403"/>
        <source>No student matches “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="406"/>
        <source>{n} students shown, {more} more: type more to narrow the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="409"/>
        <source>{n} students in total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="132"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="133"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="134"/>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="135"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="520"/>
        <source>Written reports on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="521"/>
        <source>Record the written report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="523"/>
        <source>Save the report (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="530"/>
        <source>Township government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="533"/>
        <source>County education bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="537"/>
        <source>Others, separated by 、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="550"/>
        <source>Document number, e.g. 马道小〔2026〕12号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="551"/>
        <source>What happened, what the school did, what it asks of the township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="553"/>
        <location filename="../../app/ui/case_dialog.py" line="593"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="554"/>
        <location filename="../../app/ui/case_dialog.py" line="593"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="555"/>
        <location filename="../../app/ui/case_dialog.py" line="594"/>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="556"/>
        <location filename="../../app/ui/case_dialog.py" line="594"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="557"/>
        <location filename="../../app/ui/case_dialog.py" line="595"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="541"/>
        <source>What and who</source>
        <extracomment>emitted with the request id after anything was saved or a step was taken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="549"/>
        <source>Kind of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="550"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="554"/>
        <source>A child new to this school: fill in the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="565"/>
        <location filename="../../app/ui/request_dialog.py" line="1133"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="570"/>
        <source>Scanned proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="579"/>
        <source>Add a scan or photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="582"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="585"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="589"/>
        <location filename="../../app/ui/request_dialog.py" line="1114"/>
        <source>JPG or PNG photos, or PDF scans, up to {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="604"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="614"/>
        <source>Optional: a comment recorded with this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="622"/>
        <source>Save as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="639"/>
        <source>Copy as a new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="641"/>
        <source>Start a new request with the same details, to correct and send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="643"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="659"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="724"/>
        <location filename="../../app/ui/request_dialog.py" line="725"/>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="726"/>
        <source>Fill in the form, add the scanned proof if the kind needs it, then submit it for approval or keep it as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="748"/>
        <source>#{id} {kind} — {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="753"/>
        <source>{state} · next: {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="758"/>
        <source>Requested by {who} on {when}. {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="785"/>
        <source>Choose the student first: type a name or pinyin initials and click the student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="806"/>
        <source>Submitted: it now waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="806"/>
        <source>Saved as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="825"/>
        <source>Done: {step}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="841"/>
        <source>No copy was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="847"/>
        <source>New draft #{new} made from #{old}: correct it and submit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="856"/>
        <source>Choose the scanned proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="857"/>
        <source>Scans and photos (*.jpg *.jpeg *.png *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="912"/>
        <source>The file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="919"/>
        <source>No program on this computer opens this kind of file. It was saved as:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="955"/>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="978"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="992"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="1016"/>
        <source>{cls} (grade {grade}, {n} in school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="1030"/>
        <source>(no approved suspension of this student)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="1038"/>
        <source>(no absence case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="1048"/>
        <source>Case {id}: {days:g} days absent, {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="1090"/>
        <source>New student: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="1113"/>
        <source>Required before submitting: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="1133"/>
        <source>Details (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="1135"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="1157"/>
        <source>Double-click a file to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="1159"/>
        <source>Required: {what}. None attached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="1161"/>
        <source>No file attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="1217"/>
        <source>This request has changes that were not saved. Close and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestFields</name>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="141"/>
        <source>Kind of leave</source>
        <extracomment>the fields of the details dataclasses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="142"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="143"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="144"/>
        <source>On the first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="145"/>
        <source>On the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="146"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="147"/>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="148"/>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="149"/>
        <source>Suspension to extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="150"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="151"/>
        <source>New school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="152"/>
        <source>County of the new school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="153"/>
        <source>Previous school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="154"/>
        <source>County of the previous school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="155"/>
        <source>Host school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="156"/>
        <source>County of the host school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="157"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="158"/>
        <source>Guest student&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="159"/>
        <source>School holding the registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="160"/>
        <source>County of that school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="161"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="162"/>
        <source>Guest&apos;s student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="163"/>
        <source>Absence case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="164"/>
        <source>Left school on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="165"/>
        <source>Where the child is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="166"/>
        <source>The family refuses to send the child back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="167"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="170"/>
        <source>Sick leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="171"/>
        <source>Personal leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="174"/>
        <location filename="../../app/ui/request_dialog.py" line="178"/>
        <source>the whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="175"/>
        <source>from the afternoon (half day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="179"/>
        <source>until noon (half day)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="104"/>
        <source>No.</source>
        <extracomment>sections that count for the number on the navigation (the service&apos;s Inbox.badge) are shown in bold</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="105"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="106"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="107"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="108"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="109"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="110"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="112"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="113"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="114"/>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="116"/>
        <source>{n} files attached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="203"/>
        <source>New password for {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="204"/>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="210"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="211"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="217"/>
        <source>Tell the new password to the person in private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="223"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="225"/>
        <source>The password was not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnSummaryModel</name>
    <message>
        <location filename="../../app/ui/documents_page.py" line="173"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="174"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="175"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="176"/>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="177"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="179"/>
        <source>Returned %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsTab</name>
    <message>
        <location filename="../../app/ui/documents_page.py" line="615"/>
        <source>Type or scan the number, e.g. JZ2026-000123-7, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="621"/>
        <source>The copy came back without the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="644"/>
        <source>Register a returned pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="654"/>
        <source>Pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="661"/>
        <source>Per class (this school year) — select a class to see its missing pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="691"/>
        <source>Printed {p} · returned {r} · missing {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="713"/>
        <source>Not back yet from {cls}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="716"/>
        <source>Not back yet, all classes: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="215"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="217"/>
        <source>overdue by {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="219"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="220"/>
        <source>in {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="229"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="230"/>
        <source>What to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="231"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsSection</name>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="547"/>
        <source>Schedule a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="551"/>
        <source>e.g. monthly review; after the mid-term exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="552"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="553"/>
        <source>What to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="554"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="558"/>
        <source>Record the selected review as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="561"/>
        <source>Required: how the child is doing, what changes in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="562"/>
        <source>Next review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="570"/>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="571"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="573"/>
        <source>Record as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="584"/>
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
        <location filename="../../app/ui/risk_page.py" line="100"/>
        <source>Rule and records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="100"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="111"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="136"/>
        <source>Points come from rules only: chronic absence, the attendance-rate bands, focus-group membership, recent status changes and open absence alerts. Select a student to see each rule and the records behind it. The thresholds are in Policy and calendar; ethnicity is never used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="153"/>
        <source>{n} students with risk points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="180"/>
        <source>{name}, {cls}: {points} points · {term}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskTableModel</name>
    <message>
        <location filename="../../app/ui/risk_page.py" line="47"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="48"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="49"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="51"/>
        <source>Attendance this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="53"/>
        <source>Days missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="55"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="179"/>
        <source>Roles of {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="185"/>
        <source>What may {user} do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="190"/>
        <source>The roles were not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="98"/>
        <source>Present</source>
        <extracomment>the record kinds the roll call, the today panel and the alerts show (read again when one changes) one digit per mark a teacher may type (attendance.TYPED_MARKS); 0 and Space put a student back to present</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="99"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="100"/>
        <source>Left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="101"/>
        <source>Sick leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="102"/>
        <source>Personal leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="103"/>
        <source>Absent (no reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="104"/>
        <source>On approved leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="107"/>
        <source>Whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="108"/>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="109"/>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="112"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="112"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="113"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="113"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="114"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="114"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="115"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCallPage</name>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="699"/>
        <source>The class to take the roll of (your own classes first)</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one emitted after every load with the number of students shown (0 when the roll call cannot be opened) emitted with the new revision after a successful submission</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="706"/>
        <source>The day of the roll call: today, or an earlier school day to correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="708"/>
        <source>◀ Previous school day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="710"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="714"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="715"/>
        <source>Leave…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="717"/>
        <source>Record or cancel an approved sick or personal leave of the selected student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="722"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="725"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="802"/>
        <source>Discard my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="804"/>
        <location filename="../../app/ui/roll_call_page.py" line="1219"/>
        <source>Submit (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="815"/>
        <source>Submit the roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="861"/>
        <source>Changes to this roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="869"/>
        <source>Absence alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="883"/>
        <source>Undo the last mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="927"/>
        <source>The roll call of {cls} has changes that were not submitted.

Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="929"/>
        <source>Unsaved roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="935"/>
        <source>You cannot take the roll of this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="969"/>
        <source>You have no class to take the roll of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="994"/>
        <source>Read only: you cannot change this roll call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="997"/>
        <source>{name} has an approved leave, so the mark cannot be changed here. Cancel the leave first (Leave… button).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1003"/>
        <source>{name}: {mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1010"/>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1020"/>
        <source>Undone: {name} is {mark} again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1043"/>
        <source>Nothing has changed since the last submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1052"/>
        <source>Someone else changed this roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1053"/>
        <source>The roll call has been read again and shows what is saved now. Please check it and mark your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1059"/>
        <source>The roll call was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1068"/>
        <source>Saved (revision {rev}): {present} of {enrolled} present, {missed} not in school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1073"/>
        <source>New absence alert: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1096"/>
        <source>Choose a student first (arrows or type the pinyin initials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1124"/>
        <source>{cls} (my class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1126"/>
        <source>{cls} (view only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1180"/>
        <source>Not submitted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1186"/>
        <source>On roll {enrolled} · Present {present} · Not in school {missed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1194"/>
        <source>{day} {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1198"/>
        <source>{cls}, {when}: not submitted yet. Everyone starts present — mark only who is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1201"/>
        <source>{cls}, {when}: submitted by {who} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1204"/>
        <source>; last changed by {who} at {time} (revision {rev})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1208"/>
        <source>View only: you cannot take the roll of this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1210"/>
        <source>● Unsaved changes: press Ctrl+Enter or Submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1218"/>
        <source>Submit changes (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1226"/>
        <source>Not in school: {n} ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1230"/>
        <source>Everyone present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1248"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1252"/>
        <source>Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1253"/>
        <source>Type pinyin initials (e.g. zs for 张三) to find a student, Tab for the next one; arrows move; Ctrl+Enter submits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1304"/>
        <source>Find “{text}”: no student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1308"/>
        <source>Find “{text}”: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="1310"/>
        <source>({pos} of {n}, Tab for the next)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="188"/>
        <source>No.</source>
        <extracomment>(background, text) of each mark: warm colours for &quot;not here&quot;, cool for &quot;excused&quot;, grey for a locked leave</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="189"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="190"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="191"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="291"/>
        <source>Approved leave: {leave} — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="296"/>
        <source>{name} has an approved leave ({leave}), so the roll call marks them excused by itself. To change it, cancel the leave (Leave… button).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowErrorModel</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="83"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="85"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="86"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="87"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolDetailsPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="129"/>
        <source>Your school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="130"/>
        <source>Fields marked * are required. Copy the codes from your school&apos;s registration papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="133"/>
        <source>10 digits, e.g. 2161072901</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="136"/>
        <source>e.g. 马道镇中心学校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="139"/>
        <source>6 digits, e.g. 610729</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="141"/>
        <source>e.g. 留坝县</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="143"/>
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
        <source>School code (学校标识码) *</source>
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
        <location filename="../../app/ui/school_page.py" line="338"/>
        <source>School code (学校标识码) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="338"/>
        <source>School name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="339"/>
        <source>County code *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="339"/>
        <source>County name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="340"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="340"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="340"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="341"/>
        <source>Principal&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="346"/>
        <source>This is the demo school: sample data, not a real school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="348"/>
        <location filename="../../app/ui/school_page.py" line="352"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="350"/>
        <source>Save the school&apos;s details (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="357"/>
        <source>Undo my edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="383"/>
        <source>The school&apos;s details were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="386"/>
        <source>The school&apos;s details have been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="386"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="578"/>
        <source>School details</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="579"/>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="580"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="581"/>
        <source>School years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="254"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="255"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="256"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="258"/>
        <source>What was taught</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings_page.py" line="389"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="390"/>
        <source>School calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SituationSection</name>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="357"/>
        <source>Why this child needs a mentor now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="360"/>
        <source>Family, who looks after the child, health, schoolwork, friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="364"/>
        <source>How likely is the child to drop out, and why; what to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="367"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="368"/>
        <source>Risk of dropping out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="369"/>
        <source>Risk notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="374"/>
        <source>Save situation and risk (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="389"/>
        <source>None at the moment: no focus group, open alert or open case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="395"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="398"/>
        <source>Mentors: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="399"/>
        <source>No mentor yet.</source>
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
        <location filename="../../app/ui/school_page.py" line="462"/>
        <source>Also show staff who have left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="464"/>
        <source>New staff member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="467"/>
        <source>Teaches a class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="469"/>
        <source>Record that this teacher teaches a class, so they see its students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="471"/>
        <source>Has left the school…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="94"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="95"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="96"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="97"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="98"/>
        <source>Lives in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="99"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/app.py" line="203"/>
        <source>Baoxue is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="208"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="265"/>
        <location filename="../../app/ui/app.py" line="271"/>
        <location filename="../../app/ui/app.py" line="284"/>
        <source>Demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="265"/>
        <source>Preparing the demo school (600 sample students)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <location filename="../../app/ui/student_page.py" line="73"/>
        <source>(not yet enrolled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="75"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="77"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="78"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="79"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="80"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepTableModel</name>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="344"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="345"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="346"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="347"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="348"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="413"/>
        <source>Edit student — {name}</source>
        <extracomment>emitted with the student id after a successful save fill in and check a new child&apos;s record without saving it (a transfer-in request carries it until the principal approves); the checked input is then in :attr:`collected`</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="414"/>
        <source>Add student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="427"/>
        <source>Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="428"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="429"/>
        <source>Focus groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="432"/>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="440"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="442"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="445"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="446"/>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="507"/>
        <location filename="../../app/ui/student_dialog.py" line="508"/>
        <location filename="../../app/ui/student_dialog.py" line="617"/>
        <source>Please choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="513"/>
        <source>18 digits; sex and birth date are filled in from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="519"/>
        <source>G + ID number, or L / J number; empty until registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="527"/>
        <source>Same as the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="530"/>
        <source>Not filled in (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="535"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="536"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="537"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="538"/>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="539"/>
        <source>ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="540"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="542"/>
        <source>Student no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="547"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="548"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="549"/>
        <source>Enrolment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="550"/>
        <source>Household registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="551"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="552"/>
        <source>Day / boarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="563"/>
        <source>e.g. 马道镇青桥村三组 12 号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="567"/>
        <source>Anything the school should know about the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="568"/>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="569"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="570"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="571"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="581"/>
        <source>Tick every group the child belongs to. These children get extra care and are watched more closely for dropping out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="587"/>
        <source>Registered poor household (建档立卡)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="588"/>
        <source>Child of migrant workers (随迁子女)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="589"/>
        <source>Learning difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="590"/>
        <source>Orphan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="591"/>
        <source>Child of a prisoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="592"/>
        <source>Family in economic hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="593"/>
        <source>Child of a martyr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="594"/>
        <source>Only child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="605"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="606"/>
        <source>Left-behind child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="607"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="790"/>
        <source>Everything looks right. Press Save (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="794"/>
        <source>{n} item(s) still to fill in or correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="795"/>
        <source>Show me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="818"/>
        <source>No student number: the child is shown as “{label}” until the school registers them in the national system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="822"/>
        <source>⚠ The student number does not carry this ID number (the ID may have changed after registration). It is accepted and kept as a warning on the record: check it with the national system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="842"/>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="845"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="847"/>
        <source>Filled in from the ID number: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="883"/>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="890"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="901"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="902"/>
        <source>You have changed this student&apos;s record. Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <location filename="../../app/ui/student_page.py" line="176"/>
        <source>Identity</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="178"/>
        <location filename="../../app/ui/student_page.py" line="278"/>
        <location filename="../../app/ui/student_page.py" line="334"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="180"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="183"/>
        <location filename="../../app/ui/student_page.py" line="345"/>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="185"/>
        <source>Focus groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="187"/>
        <source>Enrolment status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="189"/>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="191"/>
        <source>No changes recorded, or you may not see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="220"/>
        <location filename="../../app/ui/student_page.py" line="387"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="222"/>
        <source>Change this student&apos;s record (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="226"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="245"/>
        <source>Student file — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="250"/>
        <source>{n} years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="251"/>
        <source>no class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="264"/>
        <source>(not filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="266"/>
        <location filename="../../app/ui/student_page.py" line="334"/>
        <source>Student no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="267"/>
        <location filename="../../app/ui/student_page.py" line="335"/>
        <source>ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="268"/>
        <location filename="../../app/ui/student_page.py" line="335"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="269"/>
        <location filename="../../app/ui/student_page.py" line="333"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="270"/>
        <location filename="../../app/ui/student_page.py" line="336"/>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="271"/>
        <location filename="../../app/ui/student_page.py" line="337"/>
        <source>Household registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="272"/>
        <location filename="../../app/ui/student_page.py" line="337"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="273"/>
        <location filename="../../app/ui/student_page.py" line="338"/>
        <source>Day / boarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="274"/>
        <location filename="../../app/ui/student_page.py" line="336"/>
        <source>Enrolment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="275"/>
        <location filename="../../app/ui/student_page.py" line="345"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="279"/>
        <location filename="../../app/ui/student_page.py" line="334"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="280"/>
        <source>Head teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="282"/>
        <location filename="../../app/ui/student_page.py" line="352"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="282"/>
        <location filename="../../app/ui/student_page.py" line="352"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="289"/>
        <location filename="../../app/ui/student_page.py" line="344"/>
        <source>Child of a martyr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="290"/>
        <location filename="../../app/ui/student_page.py" line="344"/>
        <source>Only child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="291"/>
        <source>Inclusive class (disabled child in a regular class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="295"/>
        <location filename="../../app/ui/student_page.py" line="338"/>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="296"/>
        <source>Family phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="297"/>
        <location filename="../../app/ui/student_page.py" line="339"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="298"/>
        <location filename="../../app/ui/student_page.py" line="339"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="299"/>
        <location filename="../../app/ui/student_page.py" line="345"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="333"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="333"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="342"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="350"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="399"/>
        <source>Type a name or pinyin initials, e.g. zs for 张三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="451"/>
        <source>No student matches “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="475"/>
        <source>No student chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="479"/>
        <source>Chosen: {name} ({cls})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="480"/>
        <source>Chosen: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <location filename="../../app/ui/registry.py" line="71"/>
        <source>Name</source>
        <extracomment>the record kinds the registry shows (it reads again when one changes)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="72"/>
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
        <location filename="../../app/ui/registry.py" line="100"/>
        <source>Not registered in the national student-status system yet: fill in the student number once the school has registered the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="103"/>
        <source>The student number does not carry the current ID number (the ID may have changed after the number was issued): check it with the national student-status system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="431"/>
        <source>Suggested mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="453"/>
        <source>{n} students without a mentor; {free} free places below the maximum of {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="456"/>
        <source>{k} would go above the maximum: give a reason for each, or change or reject them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="463"/>
        <source>Apply the accepted ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="469"/>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="471"/>
        <source>Reject all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="482"/>
        <source>Untick a line to reject it. Double-click (or F2 on) the mentor to choose another teacher. Nothing is saved until you apply; then every accepted line is saved together, or none if one is refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="270"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="270"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="270"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="270"/>
        <source>Why a mentor is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="271"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="271"/>
        <source>Mentees before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="271"/>
        <source>Why this teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="272"/>
        <source>Reason above the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="329"/>
        <source>(changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="333"/>
        <source>chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="345"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="345"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="351"/>
        <source>Needed only when the teacher would have more mentees than the maximum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="352"/>
        <source>Check and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="353"/>
        <source>Please check the details. Press Back to correct something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="354"/>
        <source>Save and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="368"/>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="370"/>
        <source>School code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="370"/>
        <source>School name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="371"/>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="372"/>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="372"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="373"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="373"/>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="374"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="375"/>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="375"/>
        <source>made now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="376"/>
        <source>later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetDelegate</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="175"/>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeacherLoadModel</name>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="127"/>
        <source>Teacher</source>
        <extracomment>the drag payload: a JSON list of student ids the service&apos;s field name for a caseload above the maximum (the page then asks for the reason) (student ids, staff id) — emitted when students are dropped on a teacher</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="128"/>
        <source>Mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="130"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="131"/>
        <source>Lives in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeacherPicker</name>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="522"/>
        <source>Choose a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="525"/>
        <source>Type a name or its pinyin initials, e.g. wls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="542"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="543"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="548"/>
        <source>Mentor for {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeachingDialog</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="299"/>
        <source>{name} teaches a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="304"/>
        <source>e.g. 数学</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="306"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="307"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="308"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="320"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateTab</name>
    <message>
        <location filename="../../app/ui/documents_page.py" line="440"/>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="444"/>
        <source>Back to the default text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="447"/>
        <source>Preview a sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="459"/>
        <source>Pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="461"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="462"/>
        <source>Retention target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="465"/>
        <source>Text (a line starting with 一、 二、 … is a section heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="479"/>
        <source>Placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="480"/>
        <source>Click one to insert it where the cursor is. Each is replaced by its value when the pledges are printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="492"/>
        <source>Only the principal and the registrar can change the pledge texts. You can preview them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="513"/>
        <source>The shipped default text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="514"/>
        <source>Text changed by the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="527"/>
        <source>Your changes to this pledge text are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="570"/>
        <source>Saved. The next pledges printed use this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="575"/>
        <source>Replace this pledge text by the shipped default? The school&apos;s own text is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="581"/>
        <source>The default text is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="594"/>
        <source>Sample: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermTableModel</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="113"/>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="114"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="115"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="116"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="117"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="117"/>
        <source>current term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="444"/>
        <source>Not taken yet today</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="453"/>
        <source>Click a class to open its roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="456"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="482"/>
        <source>{cls} · {teacher} · {n} students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="483"/>
        <source>no class teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="491"/>
        <source>{day} is not a school day ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="494"/>
        <source>{n} classes have not taken the roll today ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="497"/>
        <source>No class has students on roll yet: add the classes and import the student list first (School and Import roster pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="503"/>
        <source>Every class has taken the roll today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnconfirmedTableModel</name>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="135"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="136"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="137"/>
        <source>New school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="138"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="140"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="141"/>
        <source>Days waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UncoveredModel</name>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="182"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="183"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="184"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="185"/>
        <source>Why a mentor is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="187"/>
        <source>Last mentor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnregisteredNotice</name>
    <message>
        <location filename="../../app/ui/registry.py" line="521"/>
        <source>{n} pupil(s) on the roll have no national student number yet ({label}). Register them in the national student-status system, then fill in the number: &lt;a href=&quot;registry&quot;&gt;show them in the student registry&lt;/a&gt;.</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="60"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="60"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="60"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="68"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="69"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="70"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="71"/>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="72"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="74"/>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyPage</name>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="133"/>
        <source>◀ Previous</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="136"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="139"/>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="141"/>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="143"/>
        <source>Copy the figures with the children&apos;s names, to paste into a message or a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="209"/>
        <source>The figures the school reports to the county education bureau. Point at a figure to read how it is counted; select it to see the children behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="248"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="256"/>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="257"/>
        <source>{year}-{month} ({start} to {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="260"/>
        <source>Weekly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="261"/>
        <source>{start} to {end}, reported on {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="302"/>
        <source>&lt;b&gt;{label}: {count}&lt;/b&gt;&lt;br&gt;{definition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="320"/>
        <source>Copied. Paste it with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyText</name>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="40"/>
        <source>New absence alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="41"/>
        <source>Alerts of unexcused absence raised in the period (withdrawn alerts do not count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="43"/>
        <source>Home visits made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="44"/>
        <source>Home visits in person made in the period (phone and video calls do not count); the number is of visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="46"/>
        <source>New suspected dropouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="47"/>
        <source>Children whose unexcused absence reached the suspected-dropout threshold in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="49"/>
        <source>New dropouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="50"/>
        <source>Children registered as dropouts (status change 28) in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="52"/>
        <source>Persuaded back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="53"/>
        <source>Suspected or registered dropouts back at school in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="55"/>
        <source>Still out of school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="56"/>
        <source>Registered and suspected dropouts not back at school at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="59"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="59"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="60"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="60"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="61"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="61"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="62"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/app.py" line="387"/>
        <location filename="../../app/ui/wizard.py" line="97"/>
        <source>Welcome to Baoxue</source>
        <extracomment>emitted with the new main window each time one is shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="98"/>
        <source>This computer has no school yet. What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="99"/>
        <source>Set up my school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="101"/>
        <source>Open the demo school (sample data, kept apart from real data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="111"/>
        <source>Enter your school&apos;s details and create the first administrator account. About five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="115"/>
        <source>A made-up village school with 600 students, to try the program or to train. It is stored in a separate folder and never mixed with your school&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhereaboutsTab</name>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="817"/>
        <source>Where the child is now (去向)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="818"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="822"/>
        <source>e.g. at home helping on the farm; gone with the parents to Ningbo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="823"/>
        <source>Where now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="826"/>
        <source>The monthly ledgers for the county list where each suspected dropout and dropout is now. Write what the home visits found; change it when it changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearsTab</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="535"/>
        <source>Each school year has two terms. Add the next school year before it starts (usually in summer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="549"/>
        <source>Add school year {a}–{b}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="554"/>
        <source>Add the school year {a}–{b} with its two usual terms (September to January, February to July)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="556"/>
        <source>New school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="559"/>
        <source>The school year was not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
