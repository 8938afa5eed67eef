<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="119" />
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="120" />
        <source>Letters or digits, no spaces, e.g. wanghong</source>
        <translation>字母或数字,不含空格,例如 wanghong</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="121" />
        <source>e.g. 王红</source>
        <translation>例如 王红</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="125" />
        <source>(not linked)</source>
        <translation>(不关联)</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="132" />
        <source>User name *</source>
        <translation>用户名 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="133" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="134" />
        <source>Roles *</source>
        <translation>角色 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="135" />
        <source>Staff member</source>
        <translation>对应教职工</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="137" />
        <source>Link a teacher's account to the staff member so that they see their own classes.</source>
        <translation>把教师的账户关联到教职工,他(她)登录后就能看到自己任教的班级。</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="138" />
        <source>First password *</source>
        <translation>初始密码 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="139" />
        <source>Password again *</source>
        <translation>再次输入密码 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="140" />
        <source>Create account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="147" />
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="152" />
        <source>The account was not created</source>
        <translation>账户未创建</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="237" />
        <location filename="../../app/ui/accounts_page.py" line="239" />
        <source>New account…</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation>新建账户…</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="240" />
        <source>Create a login for a teacher or staff member (Ctrl+N)</source>
        <translation>为教师或教职工创建登录账户(Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="241" />
        <source>Change roles…</source>
        <translation>修改角色…</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="242" />
        <location filename="../../app/ui/accounts_page.py" line="288" />
        <location filename="../../app/ui/accounts_page.py" line="322" />
        <source>Disable account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="243" />
        <source>Reset password…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="244" />
        <source>Unlock</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="245" />
        <source>Let a locked account log in again at once (it was locked after repeated wrong passwords)</source>
        <translation>让被锁定的账户立即可以重新登录(账户因连续输错密码而被锁定)</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="249" />
        <source>Each person logs in with their own account. A disabled account cannot log in; its history stays in the log.</source>
        <translation>每个人用自己的账户登录。停用的账户不能再登录,但它的操作记录会保留在日志中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="261" />
        <location filename="../../app/ui/accounts_page.py" line="325" />
        <location filename="../../app/ui/accounts_page.py" line="332" />
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="287" />
        <source>Enable account</source>
        <translation>启用账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="321" />
        <source>Disable the account {user}? They will no longer be able to log in.</source>
        <translation>确定停用账户 {user} 吗?停用后将不能再登录。</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="222" />
        <source>The first administrator</source>
        <translation>第一个管理员账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="223" />
        <source>This account can add the other teachers' accounts later. Keep the password safe.</source>
        <translation>以后用这个账户为其他教师添加账户。请妥善保管密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="226" />
        <source>Your name, e.g. 张明</source>
        <translation>您的姓名,例如 张明</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="228" />
        <source>At least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="236" />
        <source>User name *</source>
        <translation>用户名 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="237" />
        <source>Display name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="238" />
        <source>Password *</source>
        <translation>密码 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="240" />
        <source>Password again *</source>
        <translation>再次输入密码 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="259" />
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../app/ui/alerts_panel.py" line="63" />
        <source>Absence alerts</source>
        <extracomment>the record kinds the panel shows (it reads again when one changes) the columns of the roll call's side column: who, how long, when the next step is due (its name in the tooltip) the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation>缺勤预警</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts_panel.py" line="65" />
        <source>Students absent without reason long enough to need a home visit and a written report. Dates in red are overdue. Double-click a student to open the case file.</source>
        <translation>无故缺勤已达到须家访和书面报告的学生。红色日期表示已逾期。双击学生可打开其“一人一案”档案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts_panel.py" line="73" />
        <source>Double-click a student to open the case file.</source>
        <translation>双击学生可打开其“一人一案”档案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts_panel.py" line="106" />
        <source>No open absence alerts.</source>
        <translation>没有待处理的缺勤预警。</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts_panel.py" line="109" />
        <source>{n} open {n:alert|alerts}</source>
        <translation>{n} 条待处理预警</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts_panel.py" line="111" />
        <source>, {n} with an overdue step</source>
        <translation>,其中 {n} 条已逾期</translation>
    </message>
</context>
<context>
    <name>ApprovalActions</name>
    <message>
        <location filename="../../app/ui/request_text.py" line="50" />
        <source>Submit for approval</source>
        <extracomment>the buttons of the steps, in the order they are shown</extracomment>
        <translation>提交审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="51" />
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="52" />
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="53" />
        <source>Reported to the county…</source>
        <translation>已报县教育局…</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="54" />
        <source>County confirmed…</source>
        <translation>县教育局已确认…</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="55" />
        <source>Withdraw request…</source>
        <translation>撤销申请…</translation>
    </message>
</context>
<context>
    <name>ApprovalSteps</name>
    <message>
        <location filename="../../app/ui/request_text.py" line="39" />
        <source>Created</source>
        <extracomment>the steps as the history shows them ("ApprovalSteps": the same English word means another thing there)</extracomment>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="40" />
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="41" />
        <source>Submitted</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="42" />
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="43" />
        <source>Rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="44" />
        <source>Reported to the county</source>
        <translation>报县教育局</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="45" />
        <source>County confirmed</source>
        <translation>县教育局确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="46" />
        <source>Cancelled</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <location filename="../../app/ui/request_text.py" line="15" />
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="16" />
        <source>Suspension</source>
        <translation>休学</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="17" />
        <source>Extension of a suspension</source>
        <translation>延长休学</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="18" />
        <source>Resumption</source>
        <translation>复学</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="19" />
        <source>Transfer out</source>
        <translation>转出</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="20" />
        <source>Transfer in</source>
        <translation>转入</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="21" />
        <source>Borrow-study at another school</source>
        <translation>外出借读</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="22" />
        <source>Return from borrow-study</source>
        <translation>借读返回</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="23" />
        <source>Guest student borrow-studying here</source>
        <translation>外校学生来校借读</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="24" />
        <source>Dropout registration</source>
        <translation>辍学登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="25" />
        <source>Death</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="26" />
        <source>Graduation (whole class)</source>
        <translation>毕业(整班)</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="29" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="30" />
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="31" />
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="32" />
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="56" />
        <location filename="../../app/ui/request_text.py" line="33" />
        <source>Reported to the county</source>
        <translation>已报县教育局</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="60" />
        <location filename="../../app/ui/request_text.py" line="34" />
        <source>Confirmed by the county</source>
        <translation>县教育局已确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="35" />
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="58" />
        <source>the class teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="59" />
        <source>the principal</source>
        <translation>校长</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="63" />
        <source>Sick or personal leave. Up to the policy's limit the class teacher approves, longer leave the principal. Approved leave excuses the roll call by itself.</source>
        <extracomment>one line under the kind chooser: what the kind is for</extracomment>
        <translation>病假或事假。本校规定天数以内由班主任审批,更长的由校长审批。批准后,点名自动记为已请假。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="66" />
        <source>Needs a scanned proof (e.g. a hospital certificate). The principal approves, then the registrar reports it to the county.</source>
        <translation>须附证明的扫描件或照片(如医院诊断证明)。校长审批后,由学籍管理员报县教育局。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="68" />
        <source>Extends an approved suspension of this student.</source>
        <translation>延长该生已批准的休学。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="69" />
        <source>Puts a suspended student back on the roll.</source>
        <translation>休学的学生回校复学,重新列入点名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="70" />
        <source>The student stays on the list of unconfirmed transfers until the county confirms the arrival at the new school.</source>
        <translation>县教育局确认学生已到新学校之前,该生列在“转出待确认”名单中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="72" />
        <source>A former student of this school who transferred out and comes back. A child new to the school is added by the registrar.</source>
        <translation>曾从本校转出、现在转回的学生。第一次来本校的学生由学籍管理员办理。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="74" />
        <source>The registration stays at this school; the host school is recorded.</source>
        <translation>学籍仍在本校,登记借读学校。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="76" />
        <source>The student comes back from borrow-study.</source>
        <translation>外出借读的学生回本校就读。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="77" />
        <source>A child registered at another school studies here. Filed only: the child is not added to this school's roster.</source>
        <translation>学籍在外校的学生来本校借读。仅备案,不列入本校花名册。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="79" />
        <source>Registers a dropout. Link the absence case if there is one.</source>
        <translation>登记辍学。如有缺勤个案,请选择该个案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="80" />
        <source>Needs a scanned death certificate.</source>
        <translation>须附死亡证明的扫描件或照片。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="81" />
        <source>Every student of a final-year class who is in school graduates at once.</source>
        <translation>毕业年级一个班的在校学生一次全部办理毕业。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="178" />
        <source>The requester submits it</source>
        <extracomment>fields not entered in this window (a new child transferring in needs the whole student form)</extracomment>
        <translation>待申请人提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="181" />
        <source>Decision by {who}</source>
        <translation>待{who}审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="183" />
        <source>The registrar reports it to the county</source>
        <translation>待学籍管理员报县教育局</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="185" />
        <source>Waiting for the county to confirm</source>
        <translation>待县教育局确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="50" />
        <source>Reject the request</source>
        <translation>驳回申请</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="51" />
        <source>Why is it rejected? The requester will read this.</source>
        <translation>驳回的理由是什么?申请人会看到这段话。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="53" />
        <source>Withdraw the request</source>
        <translation>撤销申请</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="54" />
        <source>Why is it withdrawn?</source>
        <translation>撤销的理由是什么?</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="57" />
        <source>How and when was it reported (e.g. the 学籍 system, a reference number)?</source>
        <translation>何时、以什么方式报送的(如全国学籍系统、文号)?</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="61" />
        <source>What did the county confirm (for a transfer: the arrival at the new school)?</source>
        <translation>县教育局确认了什么(转学:学生已到新学校)?</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="73" />
        <source>The step was not taken</source>
        <translation>未能办理</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="63" />
        <source>To approve</source>
        <extracomment>the record kinds the page shows (it reads again when one changes) the county package (its transfers seen on no school's roll) and the calendar (school days) mark overdue transfers</extracomment>
        <translation>待我审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="64" />
        <source>To report to the county</source>
        <translation>待报县教育局</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="65" />
        <source>Waiting for the county</source>
        <translation>待县教育局确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="66" />
        <source>My drafts</source>
        <translation>我的草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="67" />
        <source>My requests waiting</source>
        <translation>我提交待审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="68" />
        <source>My rejected requests (30 days)</source>
        <translation>被驳回(近 30 天)</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="71" />
        <source>Requests waiting for your decision. Approve, or reject with a reason the requester will read.</source>
        <translation>等您审批的申请。批准,或者驳回并写明理由(申请人会看到)。</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="73" />
        <source>Approved status changes the county bureau must be told of. Record here when you have reported them.</source>
        <translation>已批准、须报县教育局的学籍变动。报送后请在这里登记。</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="75" />
        <source>Reported to the county; record the county's confirmation when it comes.</source>
        <translation>已报县教育局;县教育局确认后请在这里登记。</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="77" />
        <source>Requests you started but have not submitted yet.</source>
        <translation>您填写了但还没有提交的申请。</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="78" />
        <source>Your requests waiting for a decision.</source>
        <translation>您提交的、正在等待审批的申请。</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="79" />
        <source>Read the reason; “Copy as a new draft” in the request lets you correct and send it again.</source>
        <translation>请看驳回理由;打开申请后点“复制为新草稿”,改正后可以重新提交。</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="198" />
        <source>New request…</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one the number for the navigation, after every refresh emitted after every refresh</extracomment>
        <translation>新建申请…</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="204" />
        <source>Leave, suspension, transfer, borrow-study, … (Ctrl+N)</source>
        <translation>请假、休学、转学、借读…(Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="206" />
        <source>Teachers and the registrar make requests; you decide on them.</source>
        <translation>申请由教师和学籍管理员提出,您负责审批。</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="241" />
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="275" />
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="280" />
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="286" />
        <source>Student or class: name or pinyin initials</source>
        <translation>学生或班级:姓名或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="299" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="301" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="319" />
        <source>A child who left for another school is not safe until the county confirms the arrival there. Ask the county about the oldest first; record the confirmation in the request.</source>
        <translation>学生转到外校后,县教育局确认其已到新学校才算稳妥。请先向县教育局询问等待最久的;确认后在申请中登记。</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="326" />
        <source>Waiting for me</source>
        <translation>待我处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="327" />
        <source>All requests</source>
        <translation>全部申请</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="328" />
        <source>Transfers not confirmed</source>
        <translation>转出待确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="332" />
        <source>Requests and approvals</source>
        <translation>申请与审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="400" />
        <source>{n} {n:request waits|requests wait} for you.</source>
        <translation>有 {n} 份申请等您处理。</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="509" />
        <source>{n} {n:request|requests}</source>
        <translation>共 {n} 份申请</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="230" />
        <location filename="../../app/ui/approvals_page.py" line="390" />
        <source>{section} ({n})</source>
        <translation>{section}({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="403" />
        <source>Nothing waits for you.</source>
        <translation>没有等您处理的申请。</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="425" />
        <source>Transfers not confirmed ({n})</source>
        <translation>转出待确认({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="427" />
        <source>{n} children transferred out are not confirmed by the county yet.</source>
        <translation>有 {n} 名转出学生尚未得到县教育局确认。</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="431" />
        <source>Every transfer out has been confirmed by the county.</source>
        <translation>所有转出学生均已得到县教育局确认。</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="477" />
        <source>Nothing here.</source>
        <translation>这里没有申请。</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="506" />
        <source>{n} shown (the latest 500; choose a state or a kind to see older ones)</source>
        <translation>显示 {n} 份(最近 500 份;选择状态或类型可查看更早的)</translation>
    </message>
</context>
<context>
    <name>AttachmentTableModel</name>
    <message>
        <location filename="../../app/ui/request_steps.py" line="107" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="108" />
        <source>SHA-256 {hash}</source>
        <translation>SHA-256 {hash}</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="109" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="110" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="111" />
        <source>Added by</source>
        <translation>上传人</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="112" />
        <source>Added</source>
        <translation>上传时间</translation>
    </message>
</context>
<context>
    <name>AttemptModel</name>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="25" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="26" />
        <source>Who went</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="29" />
        <source>Both lines</source>
        <translation>双线参与</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="29" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="29" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="31" />
        <source>What was done</source>
        <translation>劝返措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="32" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../app/ui/audit_window.py" line="95" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="96" />
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="97" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="98" />
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="99" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app/ui/audit_window.py" line="143" />
        <source>Words in the summary, e.g. a student's name</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation>摘要中的文字,例如学生姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="149" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="151" />
        <source>Only from</source>
        <translation>只看日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="160" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="188" />
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="189" />
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="206" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="208" />
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="212" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="220" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="247" />
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="298" />
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="306" />
        <source>Showing the newest {n} {n:entry|entries} — scroll down for more</source>
        <translation>显示最新的 {n} 条记录,向下滚动查看更多</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="308" />
        <source>{n} {n:entry|entries}</source>
        <translation>共 {n} 条记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="331" />
        <source>Select an entry to see the values before and after the change.</source>
        <translation>选中一条记录,可查看修改前后的内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_window.py" line="339" />
        <location filename="../../app/ui/audit_window.py" line="340" />
        <source>(nothing)</source>
        <translation>(无)</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../app/ui/workers.py" line="96" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../app/ui/settings_page.py" line="407" />
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="410" />
        <source>Baoxue backs up the whole school (database, scanned proof, signing key) at the first start of each day and when it is closed, into:</source>
        <translation>保学在每天第一次打开时和关闭时,自动备份全校的数据(数据库、扫描的证明材料、签名密钥),保存在:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="416" />
        <source>It keeps the newest backup of each of the last 7 days, 4 weeks and 12 months; backups made by hand or before a restore are never deleted.</source>
        <translation>保留最近 7 天、4 周、12 个月中每一天、每一周、每个月的最新备份;手动备份和恢复前的备份永远不会被删除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="421" />
        <source>Open the backups folder</source>
        <translation>打开备份文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="429" />
        <source>Second backup folder (e.g. a USB stick)</source>
        <translation>第二备份文件夹(例如 U 盘)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="432" />
        <source>Every automatic backup is copied there as well, so the school's data survives a broken or stolen computer. When the stick is not plugged in, the backup on this computer is still made.</source>
        <translation>每次自动备份也复制一份到这里,电脑坏了或丢了,学校的数据也还在。U 盘没有插上时,本机的备份照常进行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="437" />
        <source>(not used)</source>
        <translation>(不使用)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="438" />
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="441" />
        <source>Do not use</source>
        <translation>不使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="452" />
        <source>Only the administrator can change the second folder.</source>
        <translation>只有系统管理员可以更改第二备份文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="468" />
        <source>Latest automatic backup: {when}</source>
        <translation>最近一次自动备份:{when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="469" />
        <source>No automatic backup yet.</source>
        <translation>还没有自动备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="484" />
        <source>Second backup folder</source>
        <translation>第二备份文件夹</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../app/ui/settings_page.py" line="231" />
        <source>Reason, e.g. snow closure</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation>原因,例如:大雪停课</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="233" />
        <source>Mark this day</source>
        <translation>设定这一天</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="236" />
        <source>Remove the school's mark</source>
        <translation>取消学校自设安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="248" />
        <source>Load holiday file…</source>
        <translation>载入节假日文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="251" />
        <source>A year's official holidays and make-up working days as the State Council announced them: a CSV (date, end, kind, name, year) or JSON file; you see what it changes before it is applied</source>
        <translation>一年的国家法定节假日和调休上班日(按国务院公布的安排):CSV(date, end, kind, name, year)或 JSON 文件;载入前先显示会改变什么</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="259" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="260" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="268" />
        <source>Grey: no school (weekend, holiday, outside the terms). Blue: make-up working day. Red: school closed. Green: extra school day. National holidays come from the State Council's table; the school adds its own closures.</source>
        <translation>灰色:不上课(周末、节假日、学期外)。蓝色:调休上课日。红色:学校停课。绿色:学校加设的上课日。法定节假日来自国务院公布的安排;学校可自行添加停课日。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="291" />
        <source>The national holiday table covers {first}–{last}. {years}: not loaded yet — those days count Monday to Friday, marked unconfirmed. Load the year's holiday file when the State Council announces it.</source>
        <translation>内置国家节假日表覆盖 {first}–{last} 年。{years} 年尚未载入:这些日子暂按周一至周五上课计算,标为“未确认”。国务院公布后请载入该年的节假日文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="295" />
        <source>{year}: loaded from a file, {h} holidays, {w} make-up working days</source>
        <translation>{year} 年:已从文件载入,放假 {h} 天,调休上班 {w} 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="330" />
        <source>outside the terms</source>
        <translation>学期外</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="331" />
        <source>school day</source>
        <translation>上课日</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="331" />
        <source>no school</source>
        <translation>不上课</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="362" />
        <location filename="../../app/ui/settings_page.py" line="379" />
        <source>Load holiday file</source>
        <translation>载入节假日文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="363" />
        <source>Holiday files (*.csv *.json);;All files (*)</source>
        <translation>节假日文件 (*.csv *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="367" />
        <source>Holiday file not loaded</source>
        <translation>节假日文件未载入</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="378" />
        <source>Load these days into the school calendar? Absence alerts are worked out again.</source>
        <translation>把这些日子载入校历吗?缺勤预警将重新计算。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="387" />
        <source>Remove the school's own mark on {day}?</source>
        <translation>取消 {day} 的学校自设安排吗?</translation>
    </message>
</context>
<context>
    <name>CalendarWarning</name>
    <message>
        <location filename="../../app/ui/calendar_warning.py" line="68" />
        <source>⚠ The national holidays of {years} are not loaded yet: alerts counted across those days are provisional. The school's administrator loads the holiday file once it is announced.</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation>⚠ {years} 年的国家法定节假日尚未载入,跨越这些日子计算的缺勤预警为暂定。国务院公布放假安排后,由学校管理员载入节假日文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_warning.py" line="74" />
        <source>⚠ The national holidays and make-up working days of {years} are not loaded yet. Until they are, Monday to Friday count as school days and weekends as days off, marked “unconfirmed”; alerts counted across those days are provisional. When the State Council has announced them, load the year's holiday file: Settings → Calendar → Load holiday file… (or the command baoxue calendar import FILE).</source>
        <translation>⚠ {years} 年的国家法定节假日和调休上班日尚未载入。载入之前,周一至周五按上课日、周六周日按休息日计算,并标为“未确认”;跨越这些日子计算的缺勤预警为暂定。国务院公布放假安排后,请载入该年的节假日文件:设置 → 校历 → 载入节假日文件…(或运行命令 baoxue calendar import 文件)。</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../app/ui/case_tabs/base.py" line="184" />
        <source>Nothing on file yet.</source>
        <extracomment>emitted after a successful save (the dialog reloads)</extracomment>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="63" />
        <source>Case file</source>
        <extracomment>emitted after every (re)load</extracomment>
        <translation>个案档案</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="77" />
        <source>Still to do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="102" />
        <source>Home visits and calls</source>
        <translation>家访与联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="103" />
        <source>Written report</source>
        <translation>书面报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="104" />
        <source>Persuasion to return</source>
        <translation>劝返</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="105" />
        <source>Township notice</source>
        <translation>限期返校通知书</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="106" />
        <source>Where now</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="107" />
        <source>Dropout registration</source>
        <translation>辍学登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="108" />
        <source>Return / close</source>
        <translation>返校 / 结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="164" />
        <source>You typed in “{tabs}” and did not save it. Close the case file and lose it?</source>
        <translation>您在“{tabs}”中输入的内容还没有保存。关闭案卷将丢失这些内容,确定关闭吗?</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="183" />
        <source>Case file: {name}</source>
        <translation>个案档案:{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="194" />
        <source>This case is closed; it stays on file. If the child is absent again a new alert opens a new case.</source>
        <translation>本个案已结案,档案长期保存。学生如再次缺勤,会自动生成新的预警和个案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="197" />
        <source>The alert was withdrawn (leave approved afterwards or roll call corrected).</source>
        <translation>该预警已撤销(已补办请假或点名已更正)。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="199" />
        <source>You may read this case; the teacher responsible, the class teacher, the principal and the registrar record on it.</source>
        <translation>您可以查看本个案;登记记录由负责教师、班主任、校长和学籍管理员办理。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="205" />
        <source>Already registered as a dropout.</source>
        <translation>已登记辍学。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="207" />
        <source>Only the registrar may register a dropout (a status change).</source>
        <translation>辍学登记属于学籍变动,只有学籍管理员可以办理。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="213" />
        <source>Absent without reason for &lt;b&gt;{days}&lt;/b&gt; school days, {first} to {last} — {level}</source>
        <translation>连续无故缺勤 &lt;b&gt;{days}&lt;/b&gt; 个上学日,{first} 至 {last}——{level}</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="216" />
        <source>Alert raised on {raised}; case opened on {opened}; responsible teacher: {teacher}</source>
        <translation>{raised} 预警;{opened} 建立个案;负责教师:{teacher}</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="218" />
        <source>(nobody)</source>
        <translation>(未指定)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="225" />
        <source>, works away in {place}</source>
        <translation>,在{place}务工</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="226" />
        <source>, works away</source>
        <translation>,外出务工</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="227" />
        <source>{name} ({relation})</source>
        <translation>{name}({relation})</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="230" />
        <source>Guardians: {people}</source>
        <translation>监护人:{people}</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="230" />
        <source>; </source>
        <translation>;</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="232" />
        <source>Guardians: none on record — add them in the student's record</source>
        <translation>监护人:未登记——请在学生档案中补充</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="234" />
        <source>Address: {address}</source>
        <translation>家庭住址:{address}</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="236" />
        <source>Township notice: return by {deadline}</source>
        <translation>限期返校通知书:限 {deadline} 前返校</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="239" />
        <source>Closed on {day}: {outcome}</source>
        <translation>{day} 结案:{outcome}</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="248" />
        <source>✓ home visit on {day}</source>
        <translation>✓ {day} 已入户家访</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="250" />
        <source>✓ written report on {day}</source>
        <translation>✓ {day} 已书面报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="253" />
        <source>due {day}</source>
        <translation>期限 {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="256" />
        <source>(overdue)</source>
        <translation>(已逾期)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_dialog.py" line="259" />
        <source>Nothing: the case is closed.</source>
        <translation>无:本个案已结案。</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/ui/cases_page.py" line="198" />
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="200" />
        <source>Overdue: {steps}</source>
        <translation>逾期未办:{steps}</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="202" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="203" />
        <source>Days absent</source>
        <translation>缺勤天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="204" />
        <source>(provisional)</source>
        <translation>(暂定)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="206" />
        <source>Absent without reason from {first} to {last} (school days)</source>
        <translation>{first} 至 {last} 无故缺勤(按上学日计)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="208" />
        <source>Provisional: counted across days of a year whose national holidays are not loaded yet.</source>
        <translation>暂定:计算时跨越了尚未载入国家节假日安排的年份的日子。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="210" />
        <source>Level</source>
        <translation>预警级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="212" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="214" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="215" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="217" />
        <source>Responsible teacher</source>
        <translation>负责教师</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="217" />
        <source>(nobody)</source>
        <translation>(未指定)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="237" />
        <source> (due {day})</source>
        <translation>(期限 {day})</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="238" />
        <source> — overdue</source>
        <translation>——已逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="251" />
        <source>{day} (overdue)</source>
        <translation>{day}(逾期)</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <location filename="../../app/ui/cases_page.py" line="78" />
        <source>Alert: home visit due</source>
        <extracomment>the record kinds the list shows (read again when one of them changes)</extracomment>
        <translation>已预警,待家访</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="79" />
        <source>Visited: written report due</source>
        <translation>已家访,待书面报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="80" />
        <source>Reported: following up</source>
        <translation>已书面报告,跟踪到校</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="81" />
        <source>Suspected dropout: persuading back</source>
        <translation>疑似辍学,劝返中</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="82" />
        <source>Registered dropout: persuading back</source>
        <translation>已登记辍学,劝返中</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="83" />
        <source>Back at school (closed)</source>
        <translation>已返校结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="84" />
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="85" />
        <source>Alert withdrawn</source>
        <translation>预警已撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="88" />
        <source>Absent without reason</source>
        <translation>无故缺勤</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="89" />
        <source>Suspected dropout</source>
        <translation>疑似辍学</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="90" />
        <source>Dropout threshold reached</source>
        <translation>达到辍学认定标准</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="93" />
        <location filename="../../app/ui/cases_page.py" line="101" />
        <source>Home visit in person</source>
        <translation>入户家访</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="94" />
        <source>Written report to township and county bureau</source>
        <translation>书面报告乡镇政府和县教育局</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="95" />
        <source>Persuade back, with both lines</source>
        <translation>组织双线劝返</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="96" />
        <source>Persuade back; if that fails, register the dropout</source>
        <translation>双线劝返;劝返无效的,办理辍学登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="97" />
        <source>Keep persuading until the child is back</source>
        <translation>继续劝返,直至返校</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="98" />
        <source>Follow up; close when the child is back</source>
        <translation>跟踪到校情况,返校后结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="102" />
        <source>Phone call</source>
        <translation>电话联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="103" />
        <source>Video call</source>
        <translation>视频联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="106" />
        <source>Administrative line</source>
        <translation>行政线</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="107" />
        <source>Education line</source>
        <translation>教育线</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="110" />
        <source>County leader</source>
        <translation>县级领导</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="111" />
        <source>Township cadre</source>
        <translation>乡镇干部</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="112" />
        <source>Village cadre</source>
        <translation>村干部</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="113" />
        <source>Education bureau</source>
        <translation>教育局干部</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="114" />
        <source>Principal</source>
        <translation>校长</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="115" />
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="118" />
        <source>Back at school</source>
        <translation>已返校</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="119" />
        <source>Transferred to another school</source>
        <translation>已办理转学</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="120" />
        <source>Suspended (休学)</source>
        <translation>已办理休学</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="121" />
        <source>Deceased</source>
        <translation>学生死亡</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="122" />
        <source>Other (say why)</source>
        <translation>其他(需说明)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="125" />
        <source>Report of unexcused absence</source>
        <translation>无故缺勤情况报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="126" />
        <source>Report of a dropout</source>
        <translation>辍学情况报告</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/ui/cases_page.py" line="280" />
        <source>All cases I may see</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one after every refresh, with the number of rows shown a case file was opened (the case id)</extracomment>
        <translation>我能查看的全部个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="281" />
        <source>Only cases assigned to me</source>
        <translation>只看由我负责的个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="284" />
        <source>Show every case you may see, or only those assigned to you</source>
        <translation>显示您能查看的全部个案,或只显示由您负责的个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="287" />
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="288" />
        <source>Only overdue</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="292" />
        <source>Show the cases at one stage of the follow-up</source>
        <translation>只显示处于某一跟进阶段的个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="301" />
        <source>Open the case file…</source>
        <translation>打开个案档案…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="302" />
        <source>Or double-click the row, or press Enter</source>
        <translation>也可以双击该行,或按回车键</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="303" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="308" />
        <source>Show:</source>
        <translation>显示:</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="318" />
        <source>Absence alerts and cases</source>
        <translation>缺勤预警与个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="320" />
        <source>Every child absent without reason long enough gets a case: a home visit, a written report to the township government and the county education bureau, persuasion to return. Rows in red have an overdue step. Double-click a row (or press Enter) to open the case file.</source>
        <translation>无故缺勤达到规定时间的学生都会建立个案:入户家访,书面报告乡镇政府和县教育局,劝返复学。红色的行有逾期未办的步骤。双击某行(或按回车键)打开个案档案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="367" />
        <source>No open absence alerts or cases.</source>
        <translation>没有未结的缺勤预警和个案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="370" />
        <source>{n} open {n:case|cases} shown</source>
        <translation>显示 {n} 个未结个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="372" />
        <source> (of {total})</source>
        <translation>(共 {total} 个)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="374" />
        <source>, {n} with an overdue step</source>
        <translation>,其中 {n} 个有逾期步骤</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases_page.py" line="411" />
        <source>This alert has no case file yet. Refresh the list in a moment.</source>
        <translation>该预警尚未建立个案档案,请稍后刷新列表。</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryModel</name>
    <message>
        <location filename="../../app/ui/student_page.py" line="92" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="93" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="94" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="95" />
        <source>Before → after</source>
        <translation>修改前 → 修改后</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="197" />
        <location filename="../../app/ui/accounts_page.py" line="216" />
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="201" />
        <source>Current password</source>
        <translation>原密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="202" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="203" />
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="207" />
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="215" />
        <source>Your password has been changed. Use the new one next time you log in.</source>
        <translation>密码已修改。下次登录请使用新密码。</translation>
    </message>
</context>
<context>
    <name>ChildModel</name>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="103" />
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="104" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="110" />
        <source>Change class</source>
        <translation>修改班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="110" />
        <source>New class</source>
        <translation>新建班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="113" />
        <source>e.g. 三年级(1)班</source>
        <translation>例如 三年级(1)班</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="120" />
        <source>Mixed-grade class (复式班): pupils of several grades together</source>
        <translation>复式班:几个年级的学生在同一个班上课</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="138" />
        <source>(none yet)</source>
        <translation>(暂无)</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="147" />
        <source>In use (untick for a class that no longer exists)</source>
        <translation>使用中(班级已撤销时取消勾选)</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="152" />
        <source>Class name *</source>
        <translation>班级名称 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="153" />
        <source>Grade *</source>
        <translation>年级 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="155" />
        <source>Also grades</source>
        <translation>同班的其他年级</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="156" />
        <source>Head teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="158" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="179" />
        <location filename="../../app/ui/school_page.py" line="184" />
        <source>The class was not saved</source>
        <translation>班级未保存</translation>
    </message>
</context>
<context>
    <name>ClassTableModel</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="55" />
        <source>mixed-grade</source>
        <translation>复式班</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="57" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="58" />
        <source>Grade(s)</source>
        <translation>年级</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="60" />
        <source>Head teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="61" />
        <source>Students</source>
        <translation>在校人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="62" />
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="62" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="62" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ClassesTab</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="344" />
        <source>Also show classes no longer in use</source>
        <translation>同时显示已撤销的班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="346" />
        <location filename="../../app/ui/school_page.py" line="350" />
        <source>New class…</source>
        <translation>新建班级…</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="347" />
        <source>Add a class (Ctrl+N)</source>
        <translation>新建一个班级(Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="348" />
        <source>Change class…</source>
        <translation>修改班级…</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="349" />
        <source>Change the name, grades or head teacher (double-click)</source>
        <translation>修改班级名称、年级或班主任(双击)</translation>
    </message>
</context>
<context>
    <name>ColumnUseModel</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="113" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="115" />
        <source>Header in the file</source>
        <translation>文件中的列名</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="116" />
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="117" />
        <source>Double-click to choose the template column, or “not imported”</source>
        <translation>双击选择对应的模板列,或选择“不导入”</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="118" />
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="123" />
        <source>? choose…</source>
        <translation>?请选择……</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="124" />
        <source>(not imported)</source>
        <translation>(不导入)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="135" />
        <source>The program does not know this column: choose what it is, or “not imported”</source>
        <translation>程序不认识这一列:请选择它对应的模板列,或选择“不导入”</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="137" />
        <source>Your choice (remembered for files with this header once imported)</source>
        <translation>您的选择(导入后,表头相同的文件会按此对应)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="141" />
        <source>As chosen at an earlier import of a file with this header</source>
        <translation>按上次导入同样表头的文件时的选择</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="145" />
        <source>A header of the national system or a usual variant</source>
        <translation>全国学籍系统的列名或常见写法</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="146" />
        <source>Template column</source>
        <translation>模板列</translation>
    </message>
</context>
<context>
    <name>ContactLogModel</name>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="81" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="82" />
        <source>Form</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="83" />
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="84" />
        <source>How the student is</source>
        <translation>学生现状</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="86" />
        <source>Measures and plan</source>
        <translation>措施和后续计划</translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="25" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="27" />
        <source>Form</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="28" />
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="29" />
        <source>Guardian met</source>
        <translation>见到的监护人</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="30" />
        <source>How the student is</source>
        <translation>学生现状</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="433" />
        <source>Log a talk, a phone call or a home visit</source>
        <translation>登记谈心、电话或家访</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="440" />
        <source>Who you spoke with, if a guardian</source>
        <translation>如与监护人交流,填写其姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="442" />
        <source>e.g. talk about the maths homework</source>
        <translation>例如:谈数学作业</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="443" />
        <source>Required: how the child is</source>
        <translation>必填:学生现状</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="444" />
        <source>What was agreed, what happens next</source>
        <translation>商定了什么,下一步做什么</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="445" />
        <source>Form</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="446" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="447" />
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="448" />
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="449" />
        <source>How the student is *</source>
        <translation>学生现状 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="450" />
        <source>Measures and plan</source>
        <translation>措施和后续计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="451" />
        <source>Save to the contact log (Ctrl+S)</source>
        <translation>保存到联系记录(Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="453" />
        <source>The same contact log as the case file: a visit recorded there shows here, and the other way round.</source>
        <translation>与个案档案共用同一份联系记录:在个案中登记的家访会显示在这里,反之亦然。</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="43" />
        <source>Contacts on file</source>
        <translation>已有的家访和联系记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="42" />
        <source>Record a home visit or a phone call</source>
        <translation>登记家访或电话联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="42" />
        <source>Save the record (Ctrl+S)</source>
        <translation>保存记录(Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="57" />
        <source>Only a visit in person completes the home-visit step; phone and video calls are kept on file</source>
        <translation>只有入户家访才算完成家访步骤;电话和视频联系会存档备查</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="61" />
        <source>Other teachers, village cadres…</source>
        <translation>其他教师、村干部等…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="65" />
        <source>Name of the guardian met</source>
        <translation>见到的监护人姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="68" />
        <source>(relation)</source>
        <translation>(关系)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="77" />
        <source>Members, income, who looks after the child, parents working away</source>
        <translation>家庭成员、收入、谁照看孩子、父母是否外出务工</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="79" />
        <source>e.g. find out why the child is absent</source>
        <translation>例如:核实缺勤原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="80" />
        <source>Required: where the child is and how the child is</source>
        <translation>必填:孩子现在在哪里、情况如何</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="82" />
        <source>What the school and the family will do, and when to check again</source>
        <translation>学校和家庭将采取的措施,以及下次跟进的时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="86" />
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="87" />
        <location filename="../../app/ui/case_tabs/contacts.py" line="158" />
        <source>Form</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="88" />
        <source>Teacher who went</source>
        <translation>家访教师</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="89" />
        <source>Others who went</source>
        <translation>其他参加人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="90" />
        <location filename="../../app/ui/case_tabs/contacts.py" line="160" />
        <source>Guardian met</source>
        <translation>见到的监护人</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="92" />
        <location filename="../../app/ui/case_tabs/contacts.py" line="159" />
        <source>Address</source>
        <translation>家访地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="93" />
        <location filename="../../app/ui/case_tabs/contacts.py" line="162" />
        <source>Family situation</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="94" />
        <location filename="../../app/ui/case_tabs/contacts.py" line="162" />
        <source>Purpose</source>
        <translation>家访目的</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="95" />
        <source>How the student is *</source>
        <translation>学生现状 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="96" />
        <location filename="../../app/ui/case_tabs/contacts.py" line="163" />
        <source>Problems found</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="97" />
        <location filename="../../app/ui/case_tabs/contacts.py" line="164" />
        <source>Measures and plan</source>
        <translation>措施和后续计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="98" />
        <location filename="../../app/ui/case_tabs/contacts.py" line="164" />
        <source>Guardian's opinion</source>
        <translation>监护人意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="109" />
        <source>(not given)</source>
        <translation>(未选择)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="119" />
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="157" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="159" />
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="159" />
        <source>Others</source>
        <translation>其他人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="160" />
        <source>{name} ({relation})</source>
        <translation>{name}({relation})</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="163" />
        <source>How the student is</source>
        <translation>学生现状</translation>
    </message>
</context>
<context>
    <name>CountyWindow</name>
    <message>
        <location filename="../../app/ui/county_window.py" line="63" />
        <source>Baoxue — county data: {url}</source>
        <translation>保学 — 县级数据:{url}</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="68" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="69" />
        <source>Save as .xlsx…</source>
        <translation>保存为 .xlsx…</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="70" />
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="78" />
        <source>The week of</source>
        <translation>周(任选一天)</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="89" />
        <source>What the schools' signed bundles say, as it stood that week: the summary by county, the schools that did not report, the children who left the roll, transfers between schools (a child on no school's roll past the limit is marked 人籍分离) and the quarter's re-check.</source>
        <translation>各校签名数据包所报的情况(按当周的状态):按县区的汇总、未报送的学校、离开学籍的学生、学校之间的转学(超过期限仍未在任何学校注册的标为“人籍分离”)和本季度的复核。</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="110" />
        <source>Summary ({n} {n:school|schools})</source>
        <translation>汇总({n} 所学校)</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="117" />
        <source>{n} children on no school's roll past {d} school days.</source>
        <translation>{n} 名学生转出后超过 {d} 个上学日仍未在任何学校注册。</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="127" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="127" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="128" />
        <location filename="../../app/ui/county_window.py" line="134" />
        <source>Save the county report</source>
        <translation>保存县级汇总</translation>
    </message>
    <message>
        <location filename="../../app/ui/county_window.py" line="136" />
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>DataFolderDialog</name>
    <message>
        <location filename="../../app/ui/data_folder.py" line="34" />
        <source>Baoxue — first start: where the school's data is kept</source>
        <translation>保学 — 首次使用:学校数据存放在哪里</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="36" />
        <source>Who on this computer works with the school's data?</source>
        <translation>这台电脑上谁使用学校的数据?</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="40" />
        <source>Everyone on this PC (recommended for a shared office computer)</source>
        <translation>这台电脑的所有用户(办公室共用电脑推荐)</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="42" />
        <source>Only me (this Windows user)</source>
        <translation>只供我自己使用(当前 Windows 用户)</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="50" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="58" />
        <source>Every teacher who logs in to this computer with their own Windows account sees the same school. Data folder: {path}</source>
        <translation>每位老师用自己的 Windows 账户登录这台电脑,看到的都是同一所学校。数据目录:{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="63" />
        <source>Only your Windows account sees the school; other accounts of this computer would start empty. Data folder: {path}</source>
        <translation>只有您的 Windows 账户能看到这所学校;这台电脑的其他账户打开时是空的。数据目录:{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="67" />
        <source>The choice is remembered. Each program login still has its own Baoxue account and password.</source>
        <translation>这个选择会被记住。每个人登录保学仍然使用各自的保学账户和密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_folder.py" line="78" />
        <source>The shared data folder cannot be used</source>
        <translation>无法使用共用数据目录</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="373" />
        <source>The demo school</source>
        <translation>演示学校</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="374" />
        <source>Sample data only. It lives in its own folder, apart from real data.</source>
        <translation>只有示例数据,保存在单独的文件夹中,与真实数据分开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="375" />
        <source>Open the demo school</source>
        <translation>打开演示学校</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="376" />
        <source>Preparing the demo school ({n} sample students)…</source>
        <translation>正在准备演示学校({n} 名示例学生)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="388" />
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="419" />
        <source>The demo school is ready. Press “Open the demo school” to log in.</source>
        <translation>演示学校已准备好。请点“打开演示学校”登录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="425" />
        <source>The demo school could not be prepared.</source>
        <translation>演示学校未能准备好。</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../app/ui/documents_text.py" line="9" />
        <source>Parent pledge (school – parent)</source>
        <translation>家长责任书(学校—家长)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="10" />
        <source>Class teacher pledge (principal – class teacher)</source>
        <translation>班主任责任书(校长—班主任)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="11" />
        <source>Principal pledge (education bureau – principal)</source>
        <translation>校长责任书(教育局—校长)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="14" />
        <source>One pledge for every guardian on file, filled with the student's name and class and the guardian's name and phone.</source>
        <translation>每位已登记的监护人一份,自动填入学生姓名、班级和监护人姓名、电话。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="16" />
        <source>One pledge for the class teacher of each class.</source>
        <translation>每个班级的班主任一份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="17" />
        <source>One pledge between the county education bureau and the school.</source>
        <translation>县教育局与学校之间一份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="21" />
        <source>Home-visit record</source>
        <translation>学生家访记录表</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="22" />
        <source>Absence report to the township and the county bureau</source>
        <translation>学生缺勤情况报告(报乡镇人民政府和县教育局)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="23" />
        <source>Deadline-to-return notice</source>
        <translation>限期返校通知书</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="24" />
        <source>Weekly / monthly report</source>
        <translation>控辍保学周报/月报</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="25" />
        <source>Inspection sheet (enrolled and present)</source>
        <translation>在校情况核查表(在册与实到)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="26" />
        <source>Class roll</source>
        <translation>学生花名册</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="27" />
        <source>Transfer contact form</source>
        <translation>转学联系表</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="28" />
        <source>Suspension approval form</source>
        <translation>休学审批表</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="31" />
        <source>Leave the student empty for blank sheets to fill in by hand; with a student, the family's details are printed.</source>
        <translation>不选学生则打印空白表,供手工填写;选了学生则预填其家庭信息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="33" />
        <source>The written report the 48-hour rule requires, filled from an open absence alert. Empty fields are left as blanks.</source>
        <translation>48小时规则要求的书面报告,按未结的缺勤预警填写;空着的栏目留作手写。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="35" />
        <source>Issued by the township to the guardians, with a tear-off receipt. Choose an absence alert or a student.</source>
        <translation>由乡镇人民政府发给监护人,附回执。请选择一条缺勤预警或一名学生。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="37" />
        <source>The figures of the reporting period containing the day (weekly or monthly, as the policy says).</source>
        <translation>包含该日的报告期的各项数字(按策略设置为周报或月报)。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="39" />
        <source>Per class: on roll against present at that day's roll call.</source>
        <translation>各班:该日点名的在册人数与实到人数。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="40" />
        <source>The students of a class with their guardians; the whole school starts each class on a new page.</source>
        <translation>一个班级的学生及其监护人;打印全校时每个班级另起一页。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="42" />
        <source>The paper form stamped by both schools and both bureaus.</source>
        <translation>由转出、转入两校和两地教育行政部门盖章的纸质表。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="43" />
        <source>For the school and the bureau to sign; attach the medical certificate.</source>
        <translation>供学校和教育行政部门签字;请附医院诊断证明。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="47" />
        <source>Not back yet</source>
        <translation>未收回</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="48" />
        <source>Returned, signed</source>
        <translation>已收回(已签字)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_text.py" line="49" />
        <source>Returned, not signed</source>
        <translation>已收回(未签字)</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../app/ui/documents_page.py" line="109" />
        <source>Pledges</source>
        <extracomment>the record kinds the returns list, the scopes and the forms' choices show the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation>责任书</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="110" />
        <source>Returns</source>
        <translation>收回登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="111" />
        <source>Pledge texts</source>
        <translation>责任书文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="112" />
        <source>Official forms</source>
        <translation>各类表格</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="116" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_page.py" line="118" />
        <source>Your account may not print documents.</source>
        <translation>您的账号没有打印材料的权限。</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../app/ui/drafts.py" line="166" />
        <source>Unsaved draft</source>
        <extracomment>how long after the last keystroke the draft is written</extracomment>
        <translation>未保存的草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/drafts.py" line="167" />
        <source>Restore the draft you did not save last time?</source>
        <translation>恢复上次未保存的草稿?</translation>
    </message>
    <message>
        <location filename="../../app/ui/drafts.py" line="170" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/drafts.py" line="171" />
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../app/ui/drafts.py" line="173" />
        <source>It was kept while you typed; the window was closed without saving it (the program stopped, or the computer lost power).</source>
        <translation>这是您输入时自动保存的草稿:上次窗口没有保存就关闭了(程序意外退出或电脑断电)。</translation>
    </message>
</context>
<context>
    <name>DropoutTab</name>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="25" />
        <source>Register the child as a dropout (status change 28)</source>
        <translation>辍学登记(学籍变动 28)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="26" />
        <source>Register the dropout…</source>
        <translation>办理辍学登记…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="30" />
        <source>Allowed once the child has been absent without reason for the dropout threshold (four school weeks by default), or when the family refuses to send the child back. It changes the child's status and opens the persuasion ledger, which stays open until the child returns. Only the registrar may do it.</source>
        <translation>学生连续无故缺勤达到辍学认定标准(默认四个教学周),或家长拒绝送孩子返校时,才能办理。办理后学籍状态变为辍学,并建立劝返台账,直至学生返校。只有学籍管理员可以办理。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="36" />
        <source>Required, e.g. went with the parents to work in another province</source>
        <translation>必填,例如:随父母外出务工</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="38" />
        <source>Where the child is now</source>
        <translation>学生现在的去向</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="40" />
        <source>The family refuses to send the child back</source>
        <translation>家长拒绝送孩子返校</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="41" />
        <source>Registered on</source>
        <translation>辍学登记日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="42" />
        <source>Reason for leaving *</source>
        <translation>辍学原因 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="43" />
        <source>Where now</source>
        <translation>现在去向</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="44" />
        <source>Stopped coming on</source>
        <translation>离校日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="54" />
        <source>Not registered as a dropout.</source>
        <translation>未登记辍学。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="56" />
        <source>closed on {day} ({result})</source>
        <translation>已于 {day} 结束({result})</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="58" />
        <source>open: persuading back</source>
        <translation>未结束,劝返中</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="60" />
        <source>Registered as a dropout on {day} (stopped coming on {left}); reason: {reason}; where now: {where}. Persuasion ledger {state}.</source>
        <translation>{day} 登记辍学({left} 离校);原因:{reason};去向:{where}。劝返台账{state}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="67" />
        <source>Register {name} as a dropout? The child's status changes to dropout and stays on record.</source>
        <translation>确定为{name}办理辍学登记吗?学籍状态将变为辍学,并长期留档。</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="392" />
        <source>End the mentoring</source>
        <translation>结束帮扶</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="399" />
        <source>Required when the reason is Other</source>
        <translation>原因为“其他”时必填</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="402" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="403" />
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="404" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="407" />
        <source>{mentor} stops mentoring {name}. The history is kept; the student is listed again as without a mentor while still at risk.</source>
        <translation>{mentor}不再帮扶{name}。帮扶记录会保留;如该生仍有风险,会重新列入“无帮扶教师”名单。</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="121" />
        <location filename="../../app/ui/error_dialog.py" line="150" />
        <source>Baoxue ran into a problem</source>
        <translation>保学遇到了一个问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="123" />
        <source>Something went wrong inside the program, and what you just did may not have finished.
Your data is safe: nothing is ever half-saved. You can go on working.

The problem was written to the log. If it happens again, save a problem report and send it to whoever looks after Baoxue for you.</source>
        <translation>程序内部出了问题,刚才的操作可能没有完成。
您的数据是安全的:不会只保存一半。可以继续使用。

问题已记录在日志里。如果再次出现,请保存问题报告,发给帮您维护保学的人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="133" />
        <location filename="../../app/ui/error_dialog.py" line="167" />
        <source>Show details</source>
        <translation>显示详细信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="137" />
        <source>Save a problem report…</source>
        <translation>保存问题报告…</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="140" />
        <source>Open the log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="146" />
        <source>Continue</source>
        <translation>继续使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="167" />
        <source>Hide details</source>
        <translation>隐藏详细信息</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="136" />
        <source>The file copy of bundle no. {n} has been cleared: the county confirmed it received this file, and the school keeps only its record. If the county still needs {start} – {end}, export that period again (the new bundle replaces no. {n}).</source>
        <translation>第 {n} 号数据包的文件副本已清理,县里已确认接收这个文件,本校只保留了它的导出记录。如县里仍要 {start} – {end} 的数据,请重新导出该时段(新数据包将替代第 {n} 号)。</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="285" />
        <source>Make the key…</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation>生成密钥…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="286" />
        <source>Replace the key…</source>
        <translation>更换密钥…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="287" />
        <source>Print the registration sheet…</source>
        <translation>打印登记单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="289" />
        <source>Save the certificate for the county…</source>
        <translation>保存证书(报县里)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="298" />
        <source>The school's signing key</source>
        <translation>本校的签名密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="314" />
        <source>Another period:</source>
        <translation>其他时段:</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="331" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="332" />
        <source>Send the whole roster (only when the county asks for it)</source>
        <translation>发送全部学生名册(仅在县里要求时)</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="334" />
        <source>Sign and export…</source>
        <translation>签名并导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="341" />
        <source>Export a bundle for the county</source>
        <translation>导出县级数据包</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="349" />
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="354" />
        <source>Write to</source>
        <translation>写入到</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="356" />
        <source>Register the county's certificate…</source>
        <translation>登记县里的证书…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="357" />
        <source>Bundles are encrypted to the county education bureau: register the certificate it gives you, once</source>
        <translation>数据包加密发给县教育局:请登记县里提供的证书(只需一次)</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="373" />
        <source>Write again to…</source>
        <translation>重新写出到…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="374" />
        <source>Write the selected bundle again, byte for byte (e.g. when the USB stick was lost)</source>
        <translation>把选中的数据包原样重新写出(例如 U 盘丢失时)</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="377" />
        <source>Import the county's package…</source>
        <translation>导入县里的回执包…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="379" />
        <source>The signed file the county sends back: which bundles it received</source>
        <translation>县里发回的签名文件:列出县里收到了哪些数据包</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="383" />
        <source>Bundles written</source>
        <translation>已导出的数据包</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="393" />
        <source>County bundles</source>
        <translation>县级数据包</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="395" />
        <source>Each bundle is one signed file for one reporting period; the county checks with the school's registered certificate that it comes from this school and was not changed. Exporting the same period again with no change gives the same file.</source>
        <translation>每个数据包是一个报告期的一份签名文件;县里用本校登记的证书核验它确实来自本校且未被改动。同一报告期在没有变化时重新导出,得到的是同一份文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="399" />
        <source>Only the registrar and the administrator can export bundles.</source>
        <translation>只有学籍管理员和管理员可以导出数据包。</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="403" />
        <source>Apply the county's settings…</source>
        <translation>采用县里的设置…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="405" />
        <source>Keep ours</source>
        <translation>保留本校的设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="406" />
        <location filename="../../app/ui/exchange_page.py" line="501" />
        <location filename="../../app/ui/exchange_page.py" line="506" />
        <location filename="../../app/ui/exchange_page.py" line="518" />
        <source>Settings from the county</source>
        <translation>县里发来的设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="433" />
        <source>The school has no signing key yet. The administrator makes it once; then print the registration sheet and hand it to the county with the certificate file.</source>
        <translation>本校还没有签名密钥。由管理员生成一次;然后打印登记单,连同证书文件一起交县教育局登记。</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="439" />
        <source>Key in use since {when} ({algo}). Certificate fingerprint (SHA-256), as registered with the county:</source>
        <translation>密钥自 {when} 起使用({algo})。证书指纹(SHA-256),即在县里登记的指纹:</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="442" />
        <source>It replaced an older key, which vouched for it.</source>
        <translation>它替换了旧密钥,旧密钥已为它背书。</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="443" />
        <source>It replaced an older key: the county must register it again.</source>
        <translation>它替换了旧密钥:县里需要重新登记。</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="460" />
        <source>This reporting period: {start} – {end}</source>
        <translation>本报告期:{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="461" />
        <source>This month's reporting period: {start} – {end}</source>
        <translation>本月报告期:{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="467" />
        <source>Make the signing key first.</source>
        <translation>请先生成签名密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="488" />
        <source>County package no. {n} brings settings the county decides. They change nothing until the school applies them:</source>
        <translation>第 {n} 号县级回执包带来县里决定的设置。学校采用之前,它们不会改变任何东西:</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="493" />
        <source>Only the administrator can change the policy.</source>
        <translation>只有管理员可以修改策略设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="499" />
        <source>Apply these settings of the county? Alerts are worked out again under them.</source>
        <translation>采用县里的这些设置吗?缺勤预警将按新设置重新计算。</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="508" />
        <source>The county's settings are applied.</source>
        <translation>已采用县里的设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="520" />
        <source>The school keeps its own settings.</source>
        <translation>保留本校的设置,未采用县里的设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="589" />
        <source>Make the signing key</source>
        <translation>生成签名密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="589" />
        <location filename="../../app/ui/exchange_page.py" line="604" />
        <source>Making the key pair…</source>
        <translation>正在生成密钥对…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="604" />
        <source>Replace the signing key</source>
        <translation>更换签名密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="611" />
        <source>The signing key is ready. Its fingerprint is

{fp}

Print the registration sheet, have the principal sign and stamp it, and hand it to the county with the certificate file.</source>
        <translation>签名密钥已生成。它的指纹是

{fp}

请打印登记单,由校长签字盖章,连同证书文件一起交县教育局登记。</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="614" />
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="630" />
        <source>Print the registration sheet</source>
        <translation>打印登记单</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="649" />
        <source>Save the certificate</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="650" />
        <source>Certificate (*.pem)</source>
        <translation>证书 (*.pem)</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="659" />
        <source>The certificate was saved to:
{path}

It holds only the public key: it can be sent to the county by any means.</source>
        <translation>证书已保存到:
{path}

其中只有公钥,可以用任何方式交给县里。</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="661" />
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="667" />
        <source>Where to write the bundle (e.g. the USB stick)</source>
        <translation>数据包写到哪里(例如 U 盘)</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="695" />
        <source>Choose the folder to write the bundle to.</source>
        <translation>请选择数据包要写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="700" />
        <source>Export {period} to {folder}</source>
        <translation>导出 {period} 到 {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="709" />
        <source>Export a bundle</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="709" />
        <source>Building and signing the bundle…</source>
        <translation>正在生成并签名数据包…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="715" />
        <source>File: {path}
SHA-256: {sha}</source>
        <translation>文件:{path}
SHA-256:{sha}</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="727" />
        <source>Write bundle no. {n} again to</source>
        <translation>把第 {n} 号数据包重新写出到</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="735" />
        <source>Write again</source>
        <translation>重新写出</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="737" />
        <source>Bundle no. {n} written again to {path}</source>
        <translation>第 {n} 号数据包已重新写出到 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="745" />
        <source>Register the county's certificate</source>
        <translation>登记县里的证书</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="748" />
        <source>Certificate (*.pem *.crt *.cer *.der)</source>
        <translation>证书 (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="755" />
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}:{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="761" />
        <source>The fingerprint of this certificate is
{fp}

Is it the one on the county's sheet?</source>
        <translation>这张证书的指纹是
{fp}

与县里登记单上的指纹一致吗?</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="769" />
        <source>County certificate registered: {name} ({code}); bundles are encrypted to it</source>
        <translation>已登记县级证书:{name}({code});数据包将加密发给县里</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="777" />
        <location filename="../../app/ui/exchange_page.py" line="785" />
        <source>Import the county's package</source>
        <translation>导入县里的回执包</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="778" />
        <source>County package (*.xml)</source>
        <translation>县级回执包 (*.xml)</translation>
    </message>
</context>
<context>
    <name>ExportHistoryModel</name>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="85" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="86" />
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="88" />
        <source>Written</source>
        <translation>写出时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="89" />
        <source>Roster</source>
        <translation>名册</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="89" />
        <source>full</source>
        <translation>全量</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="89" />
        <source>changes</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="90" />
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="91" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="92" />
        <source>County</source>
        <translation>县里</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="93" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="97" />
        <source>students {s} · roll calls {rc} · alerts {a}</source>
        <translation>学生 {s} · 点名 {rc} · 预警 {a}</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="106" />
        <source>received {day}</source>
        <translation>已接收 {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="108" />
        <source>not received</source>
        <translation>县里未收到</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="109" />
        <source>no receipt yet</source>
        <translation>待回执</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="113" />
        <source>The county's packages confirm later bundles but not this one: write it again and send it</source>
        <translation>县里的回执确认了之后的数据包,却没有这一个:请重新写出并送交县里</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="115" />
        <source>The county's signed package confirms it received this very file</source>
        <translation>县里签名的回执包确认收到的正是这个文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="116" />
        <source>Import the county's package to see whether it arrived</source>
        <translation>导入县里的回执包即可知道县里是否收到</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="121" />
        <source>replaced by no. {n}</source>
        <translation>已被第 {n} 号替代</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="123" />
        <source>current</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="125" />
        <source>replaces no. {n}</source>
        <translation>替代第 {n} 号</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="127" />
        <source>file copy cleared</source>
        <translation>文件副本已清理</translation>
    </message>
</context>
<context>
    <name>FigureModel</name>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="83" />
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="85" />
        <source>Number</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="71" />
        <source>The demo school “{name}” is ready: {students} students in {classes} classes. It is sample data, kept apart from real data.</source>
        <extracomment>each branch's pages, in order; the wizard goes from one to the next and ends after the last the service's field names (ValidationError.field) → our field keys</extracomment>
        <translation>演示学校“{name}”已准备好:{classes} 个班级,共 {students} 名学生。这些都是示例数据,与真实数据分开保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="75" />
        <source>Every demo account has the password: {password}</source>
        <translation>所有演示账户的密码都是:{password}</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="83" />
        <source>  … and {n} more accounts</source>
        <translation>  …… 另有 {n} 个账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="84" />
        <location filename="../../app/ui/wizard.py" line="474" />
        <source>Data folder: {path}</source>
        <translation>数据目录:{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="455" />
        <source>Baoxue — first start</source>
        <translation>保学 — 首次使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="520" />
        <source>The school was not saved</source>
        <translation>学校未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="595" />
        <source>The school's details you typed have not been saved. Close the first start and lose them?</source>
        <translation>您填写的学校信息还没有保存。关闭首次使用向导并丢弃这些内容吗?</translation>
    </message>
</context>
<context>
    <name>FiveOnesSection</name>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="244" />
        <source>Save the five ones (Ctrl+S)</source>
        <translation>保存“五个一”(Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="246" />
        <source>One good habit, one shortcoming fixed, one subject raised, one hobby, one good book. A changed line replaces the old measure (kept in the list of measures); an empty line leaves that one as it is.</source>
        <translation>养成一个好习惯、改正一个缺点、提高一门学科、培养一项爱好、读一本好书。修改某一项会替换原措施(原措施保留在措施列表中);留空的项保持不变。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="254" />
        <source>since {day}</source>
        <translation>自 {day} 起</translation>
    </message>
</context>
<context>
    <name>FormsTab</name>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="93" />
        <source>Generate and preview</source>
        <translation>生成并预览</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="126" />
        <source>Student (optional)</source>
        <translation>学生(可不选)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="129" />
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="131" />
        <location filename="../../app/ui/documents_forms.py" line="139" />
        <source>Absence alert</source>
        <translation>缺勤预警</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="132" />
        <location filename="../../app/ui/documents_forms.py" line="145" />
        <location filename="../../app/ui/documents_forms.py" line="159" />
        <location filename="../../app/ui/documents_forms.py" line="167" />
        <source>Reference no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="132" />
        <source>Reason, as far as known</source>
        <translation>缺勤原因(已知情况)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="133" />
        <source>Where the child is now</source>
        <translation>学生现在何处</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="134" />
        <source>What the school has done</source>
        <translation>学校已采取的措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="135" />
        <source>Next steps</source>
        <translation>下一步工作</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="135" />
        <source>Help asked for</source>
        <translation>请求协助事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="136" />
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="136" />
        <source>Reporter's phone</source>
        <translation>报告人电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="140" />
        <source>or a student</source>
        <translation>或选择学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="141" />
        <source>Back at school by</source>
        <translation>返校期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="143" />
        <source>Default: the township government</source>
        <translation>默认:本乡镇人民政府</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="144" />
        <source>Issued by</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="147" />
        <source>A day in the period</source>
        <translation>报告期内的任一天</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="148" />
        <source>Notes</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="150" />
        <source>Inspection day</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="151" />
        <location filename="../../app/ui/documents_forms.py" line="153" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="155" />
        <location filename="../../app/ui/documents_forms.py" line="162" />
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="156" />
        <source>Receiving school</source>
        <translation>转入学校</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="157" />
        <source>Receiving county (province, city, county)</source>
        <translation>转入地(省、市、县)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="158" />
        <source>Grade there</source>
        <translation>转入年级</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="158" />
        <location filename="../../app/ui/documents_forms.py" line="163" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="164" />
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="165" />
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="166" />
        <source>Proof (e.g. the hospital's certificate)</source>
        <translation>证明材料(如医院诊断证明)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="185" />
        <source>The whole school</source>
        <translation>全校</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="194" />
        <source>(none: use the student below)</source>
        <translation>(无:使用下面选择的学生)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="197" />
        <source>{name} ({cls}) — {level}, {days:g} school {days:day|days} from {first}</source>
        <translation>{name}({cls})— {level},自 {first} 起 {days:g} 个上学日</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="223" />
        <source>There is no open absence alert to report on.</source>
        <translation>目前没有未结的缺勤预警可报告。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="243" />
        <source>There is no class to print for.</source>
        <translation>没有可打印的班级。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="247" />
        <source>Choose a student first: type a name or pinyin initials and click the student.</source>
        <translation>请先选择学生:输入姓名或拼音首字母,再点击学生。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="270" />
        <source>Class {done} of {total}…</source>
        <translation>第 {done} 个班,共 {total} 个…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="282" />
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_forms.py" line="290" />
        <source>{title}: {pages} pages — {path}</source>
        <translation>{title}:{pages} 页 — {path}</translation>
    </message>
</context>
<context>
    <name>GuardianEditor</name>
    <message>
        <location filename="../../app/ui/student_form.py" line="221" />
        <source>Enter at least one guardian with a phone number that works, so the school can reach the family.</source>
        <translation>请至少填写一位监护人和能打通的电话,以便学校随时联系到家里。</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="224" />
        <source>Add guardian</source>
        <translation>添加监护人</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="237" />
        <source>No guardian yet. Press “Add guardian”.</source>
        <translation>还没有监护人,请点“添加监护人”。</translation>
    </message>
</context>
<context>
    <name>GuardianRow</name>
    <message>
        <location filename="../../app/ui/student_form.py" line="136" />
        <source>Guardian's name</source>
        <extracomment>the style sheet of a form whose fields are marked with set_invalid</extracomment>
        <translation>监护人姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="139" />
        <source>Mobile or landline</source>
        <translation>手机或固定电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="141" />
        <source>Child lives with this guardian</source>
        <translation>孩子与其同住</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="142" />
        <source>Works away from home</source>
        <translation>外出务工</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="144" />
        <source>Where (e.g. 广东东莞)</source>
        <translation>务工地点(如 广东东莞)</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="145" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="145" />
        <source>Remove this guardian</source>
        <translation>删除这位监护人</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="152" />
        <location filename="../../app/ui/student_form.py" line="202" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="154" />
        <location filename="../../app/ui/student_form.py" line="202" />
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="156" />
        <location filename="../../app/ui/student_form.py" line="202" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="160" />
        <location filename="../../app/ui/student_form.py" line="203" />
        <source>Work place</source>
        <translation>务工地点</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_form.py" line="179" />
        <source>Guardian {n}</source>
        <translation>监护人 {n}</translation>
    </message>
</context>
<context>
    <name>GuardianTableModel</name>
    <message>
        <location filename="../../app/ui/student_page.py" line="52" />
        <source>Yes</source>
        <extracomment>the record kinds a student's file shows</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="52" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="54" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="55" />
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="56" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="57" />
        <source>Lives with child</source>
        <translation>与孩子同住</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="59" />
        <source>Works away</source>
        <translation>外出务工</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="60" />
        <source>Work place</source>
        <translation>务工地点</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../app/ui/guide_viewer.py" line="72" />
        <location filename="../../app/ui/guide_viewer.py" line="145" />
        <source>User guide</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_viewer.py" line="76" />
        <source>◀ Back</source>
        <translation>◀ 后退</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_viewer.py" line="78" />
        <source>Forward ▶</source>
        <translation>前进 ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_viewer.py" line="80" />
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_viewer.py" line="82" />
        <source>Open in the web browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_viewer.py" line="84" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_viewer.py" line="100" />
        <source>F1 in any window opens the part of the guide about it.</source>
        <translation>在任何窗口按 F1,都会打开使用说明里讲这个窗口的部分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/guide_viewer.py" line="134" />
        <source>The user guide's pages are not in this copy of Baoxue ({path}).

In a source checkout, build them with: make guide
An installed program carries them: reinstall Baoxue.</source>
        <translation>这份保学里没有使用说明的页面({path})。

源码目录里请运行 make guide 生成;安装的程序自带使用说明,请重新安装保学。</translation>
    </message>
</context>
<context>
    <name>HomeTeachingPanel</name>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="100" />
        <source>Severely disabled children taught at home. Red: behind the policy's targets so far. Open a child (Enter or double-click) to log a session.</source>
        <extracomment>the service's field name for a caseload above the maximum (the page then asks for the reason)</extracomment>
        <translation>送教上门的重度残疾儿童。红色:目前未达到规定目标。选中学生按回车或双击,可登记送教记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="112" />
        <source>No child is taught at home this school year.</source>
        <translation>本学年没有送教上门的学生。</translation>
    </message>
</context>
<context>
    <name>HomeTeachingSection</name>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="478" />
        <source>Log a home-teaching session</source>
        <translation>登记一次送教</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="487" />
        <source>Required: what was taught or trained</source>
        <translation>必填:送教内容(教学或训练)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="488" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="489" />
        <source>Teacher</source>
        <translation>送教教师</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="490" />
        <source>Class hours</source>
        <translation>课时</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="491" />
        <source>Content *</source>
        <translation>送教内容 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="492" />
        <source>Save the session (Ctrl+S)</source>
        <translation>保存送教记录(Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="507" />
        <source>Class hours this school year: {hours} of {target} (due by now: {expected})</source>
        <translation>本学年课时:{hours} / {target}(到目前应完成 {expected})</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="509" />
        <source>Visits: {visits} of {due} due in {weeks} school weeks</source>
        <translation>送教次数:{visits} / {due}({weeks} 个教学周应完成)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="513" />
        <source>Weeks with too few visits: {weeks}</source>
        <translation>送教次数不足的周:{weeks}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="516" />
        <source>Teachers who went: {names}</source>
        <translation>送教教师:{names}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="216" />
        <location filename="../../app/ui/import_dialog.py" line="615" />
        <source>Import student list</source>
        <extracomment>emitted with the ImportPlan after a preview finished (errors or not) emitted with the ImportResult after a successful import emitted with the message when reading or importing failed (also shown to the user) emitted when the user cancelled a preview or an import</extracomment>
        <translation>导入学生名册</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="238" />
        <source>No file chosen yet (you can also drop a file here)</source>
        <translation>尚未选择文件(也可以把文件拖到这里)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="239" />
        <source>Choose file…</source>
        <translation>选择文件……</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="242" />
        <source>Download template…</source>
        <translation>下载模板……</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="244" />
        <source>Save an empty list with the right columns, to fill in with Excel or WPS</source>
        <translation>保存一份列名正确的空白名册,用 Excel 或 WPS 填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="258" />
        <source>Rows in the file:</source>
        <translation>文件中的行数:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="259" />
        <source>New students:</source>
        <translation>新增学生:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="260" />
        <source>Students to update:</source>
        <translation>需要更新的学生:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="261" />
        <source>Unchanged:</source>
        <translation>没有变化:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="265" />
        <source>New classes:</source>
        <translation>新建班级:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="267" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="270" />
        <source>Choose a file to check it.</source>
        <translation>请选择要检查的文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="280" />
        <source>Problems to fix in the file</source>
        <translation>文件中需要修改的问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="287" />
        <source>Warnings (the import can go ahead)</source>
        <translation>提醒(不影响导入)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="336" />
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="337" />
        <source>Read the same file again after correcting it</source>
        <translation>修改文件后重新读取并检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="339" />
        <location filename="../../app/ui/import_dialog.py" line="543" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="343" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="361" />
        <source>Only the registrar or an administrator may import a student list.</source>
        <translation>只有学籍管理员或系统管理员可以导入学生名册。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="369" />
        <source>Choose the student list</source>
        <translation>选择学生名册</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="491" />
        <source>{n} {n:column|columns} of the file to decide.</source>
        <translation>文件中有 {n} 列需要确定。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="497" />
        <source>{n} {n:problem|problems} in {rows} {rows:row|rows}.</source>
        <translation>{rows} 行中有 {n} 处问题。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="522" />
        <source>{n} {n:column|columns}: {used} imported, {ignored} not imported</source>
        <translation>共 {n} 列:导入 {used} 列,不导入 {ignored} 列</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="231" />
        <source>Import students from the template or from the national student-status system's export (Excel .xlsx or .xls, or CSV). The file is checked first and every column is listed with what it is imported as; nothing is saved until you press Import, and then either every row is saved or none is.</source>
        <extracomment>the user's column choices for the current file (header key → template column or None); None = none made</extracomment>
        <translation>从模板或全国学籍系统导出的文件(Excel .xlsx 或 .xls,或 CSV)导入学生。程序会先检查文件,并列出每一列导入为什么;在您点“导入”之前不会保存任何数据,导入时要么全部保存,要么一条也不保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="313" />
        <source>Undo my column choices</source>
        <translation>撤销我对列的选择</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="315" />
        <source>Map the columns as the program recognises them; importing then forgets what was remembered for this header</source>
        <translation>按程序自己认得的方式对应各列;导入后不再使用为这种表头记住的选择</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="321" />
        <source>Columns of the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="370" />
        <source>Student lists (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>学生名册 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="377" />
        <source>student_list_template.xlsx</source>
        <translation>学生名册模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="378" />
        <source>Save the template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="379" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="387" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="387" />
        <source>Could not save the template:
{error}</source>
        <translation>无法保存模板:
{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="390" />
        <source>Template saved to {path}. Fill it in, save it, then choose it here.</source>
        <translation>模板已保存到 {path}。填好并保存后,在这里选择该文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="422" />
        <source>Checking the file…</source>
        <translation>正在检查文件……</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="424" />
        <source>Checking {name}…</source>
        <translation>正在检查 {name}……</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="431" />
        <source>Checking the student list</source>
        <translation>检查学生名册</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="492" />
        <source>Say what each column marked in red is (double-click “Imported as” in “Columns of the file”), or choose “not imported”. Nothing has been imported.</source>
        <translation>请说明每个红色标出的列是什么(在“文件中的列”里双击“导入为”),或选择“不导入”。尚未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="499" />
        <source>Correct them in the file, save it, then press “Check again”. Nothing has been imported.</source>
        <translation>请在文件中改正并保存,然后点“重新检查”。尚未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="502" />
        <source>The file is fine.</source>
        <translation>文件检查通过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="503" />
        <source>Press “Import” to save {new} new and {upd} updated student(s).</source>
        <translation>点“导入”即可保存 {new} 名新学生和 {upd} 名更新的学生。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="506" />
        <source>This file cannot be imported.</source>
        <translation>这个文件无法导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="525" />
        <source>; {unknown} not known: double-click “Imported as” to say what they are</source>
        <translation>;{unknown} 列不认识:请双击“导入为”选择它们是什么</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="544" />
        <source>Import {new} new student(s), update {upd} and create {cls} class(es)?</source>
        <translation>确定新增 {new} 名学生、更新 {upd} 名学生并新建 {cls} 个班级吗?</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="558" />
        <source>Importing students…</source>
        <translation>正在导入学生……</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="564" />
        <source>Importing the student list</source>
        <translation>导入学生名册</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="569" />
        <source>Imported: {created} new student(s), {updated} updated, {unchanged} unchanged, {classes} new class(es).</source>
        <translation>导入完成:新增 {created} 名学生,更新 {updated} 名,{unchanged} 名没有变化,新建 {classes} 个班级。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="578" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="605" />
        <source>Cancelled. Nothing has been imported.</source>
        <translation>已取消,没有导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="612" />
        <source>An unexpected error stopped the work. Nothing has been imported.</source>
        <translation>发生意外错误,操作已停止,没有导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="616" />
        <source>An unexpected error stopped the work. Nothing has been imported.

{details}</source>
        <translation>发生意外错误,操作已停止,没有导入任何数据。

{details}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="638" />
        <source>Fix the problems in the file first</source>
        <translation>请先改正文件中的问题</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="90" />
        <source>Choose a file and import…</source>
        <extracomment>the user guide's topic F1 opens on this page (app.guide: "roll-call", "first-start#accounts", ...)</extracomment>
        <translation>选择文件并导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97" />
        <source>The import window is not available in this version yet.</source>
        <translation>此版本暂时还没有导入窗口。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100" />
        <source>Import a student list</source>
        <translation>导入学生名册</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102" />
        <source>1. Download the template from the import window and fill it in with Excel or WPS (or use the list exported from the national student registry system).
2. Choose the file: it is checked first, and every problem is listed with its row.
3. Nothing is saved until you press Import; then either every row is saved or none is.</source>
        <translation>1. 在导入窗口中下载模板,用 Excel 或 WPS 填写(也可以使用从全国学籍系统导出的名册)。
2. 选择文件:程序先检查,列出每个问题所在的行。
3. 按“导入”之前不会保存任何内容;导入时要么全部保存,要么一行也不保存。</translation>
    </message>
</context>
<context>
    <name>KeyListModel</name>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="148" />
        <source>Fingerprint (start)</source>
        <translation>证书指纹(开头)</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="150" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="150" />
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="150" />
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="151" />
        <source>Made</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="152" />
        <source>Retired</source>
        <translation>停用时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="153" />
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="283" />
        <source>Signing key for the county</source>
        <translation>县级数据包签名密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="284" />
        <source>The data the school sends to the county is signed with the school's own key.</source>
        <translation>学校报送县里的数据用本校自己的密钥签名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="285" />
        <source>Make the key later (on the County bundles page)</source>
        <translation>以后再生成(在“县级数据包”页面)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="288" />
        <source>At least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="292" />
        <source>So the county knows which school sent it and that nothing was changed.</source>
        <translation>县里据此确认是哪所学校发送的、内容没有被改动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="294" />
        <source>Choose a passphrase the registrar and the principal will remember: it is asked at every export and cannot be recovered. The key's fingerprint is printed for registering with the county.</source>
        <translation>请设置学籍管理员和校长都能记住的口令:每次导出都要输入,忘记后无法找回。密钥指纹可打印出来交县里登记。</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="296" />
        <source>Key passphrase</source>
        <translation>密钥口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="297" />
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="312" />
        <source>The passphrase needs at least {n} characters.</source>
        <translation>口令至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="314" />
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="227" />
        <source>{name} leaves the school</source>
        <translation>{name} 离职</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="232" />
        <source>Last day</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="235" />
        <source>Mark as left</source>
        <translation>登记离职</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="233" />
        <source>{name} will no longer be offered as head teacher or for new accounts. Their history stays.</source>
        <translation>登记后,{name} 不再出现在班主任和新账户的选择中,以前的记录会保留。</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="238" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="44" />
        <source>Sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="45" />
        <source>Personal leave</source>
        <translation>事假</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="49" />
        <location filename="../../app/ui/leave_dialog.py" line="53" />
        <source>the whole day</source>
        <extracomment>a leave starts with the whole day or from noon, and ends with the whole day or at noon (app.attendance)</extracomment>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="50" />
        <source>from the afternoon</source>
        <translation>从下午开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="54" />
        <source>until noon</source>
        <translation>到中午为止</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="57" />
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="58" />
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="119" />
        <source>Leave — {name}</source>
        <extracomment>emitted with the new leave's id after it was recorded emitted with the leave's id after it was cancelled</extracomment>
        <translation>请假 — {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="120" />
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="142" />
        <source>e.g. fever, seen by the village doctor</source>
        <translation>例如:发烧,已看村医</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="146" />
        <source>Approval note or number (optional)</source>
        <translation>批准说明或编号(可不填)</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="151" />
        <source>Record the leave</source>
        <translation>登记请假</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="158" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="162" />
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="167" />
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="173" />
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="177" />
        <source>Approval</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="181" />
        <source>Half days: start “from the afternoon”, or end “until noon”. Only record a leave that has been approved.</source>
        <translation>半天假:开始选“从下午开始”,或结束选“到中午为止”。只登记已经批准的请假。</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="188" />
        <source>Record an approved leave</source>
        <translation>登记已批准的请假</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="210" />
        <source>Why it is cancelled (optional)</source>
        <translation>撤销原因(可不填)</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="211" />
        <source>Cancel this leave</source>
        <translation>撤销这条请假</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="215" />
        <source>Leaves of this student</source>
        <translation>该学生的请假记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="226" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="324" />
        <source>Cancel the leave {period}?

Roll calls it excused go back to what the teacher marked.</source>
        <translation>撤销请假 {period} 吗?

被它记为“已请假”的点名将恢复为老师原来的标记。</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="326" />
        <source>Cancel leave</source>
        <translation>撤销请假</translation>
    </message>
</context>
<context>
    <name>LeaveTableModel</name>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="85" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="87" />
        <source>Period</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="89" />
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../app/ui/leave_dialog.py" line="90" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="48" />
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="49" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="50" />
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="51" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="52" />
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="53" />
        <source>Left on</source>
        <translation>离校时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="54" />
        <source>Reason</source>
        <translation>离校原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="55" />
        <source>Where now</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="56" />
        <source>Persuasion</source>
        <translation>劝返情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="56" />
        <source>{n} {n:attempt|attempts}</source>
        <translation>劝返 {n} 次</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="61" />
        <source>Township notice</source>
        <translation>乡镇通知书</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="62" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="68" />
        <source>{name} ({role})</source>
        <translation>{name}({role})</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="75" />
        <source>{name} ({relation})</source>
        <translation>{name}({relation})</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="80" />
        <source>Still not back at school</source>
        <translation>仍未返校</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="82" />
        <source>{outcome} ({day})</source>
        <translation>{outcome}({day})</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="30" />
        <source>Baoxue — log in</source>
        <translation>保学 — 登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="41" />
        <source>Baoxue</source>
        <translation>保学</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="44" />
        <source>Demo school — sample data, not a real school</source>
        <translation>演示学校 — 示例数据,不是真实学校</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="52" />
        <source>e.g. admin</source>
        <translation>例如 admin</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="66" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="67" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="71" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="73" />
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="79" />
        <source>Forgot every password? Use the recovery key…</source>
        <translation>忘记了所有密码?用恢复密钥…</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="88" />
        <source>Data folder: {path}</source>
        <translation>数据目录:{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="108" />
        <source>Please enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="144" />
        <source>The new password is set. Log in with it.</source>
        <translation>新密码已设置,请用它登录。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="131" />
        <source>The student registry is not available in this version yet.</source>
        <translation>此版本暂时还没有学生名册。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168" />
        <source>Roll call</source>
        <translation>点名</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169" />
        <source>Take today's roll call</source>
        <translation>今天点名</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171" />
        <source>Absence alerts</source>
        <translation>缺勤预警</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172" />
        <source>Students absent without reason and their case files</source>
        <translation>无故缺勤的学生及其个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175" />
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176" />
        <source>Leave, suspension, transfer, borrow-study, dropout: requests and what waits for you</source>
        <translation>请假、休学、转学、借读、辍学:各类申请和待您处理的事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179" />
        <source>Early warning</source>
        <translation>早期预警</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <source>Risk points of each student, with the rules and records behind them</source>
        <translation>每名学生的风险分,以及依据的规则和记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183" />
        <source>Mentors</source>
        <translation>帮扶教师</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184" />
        <source>Each teacher's mentees and their plans</source>
        <translation>每位教师帮扶的学生及其帮扶方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186" />
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187" />
        <source>The figures for the county: alerts, home visits, dropouts, children back</source>
        <translation>报县里的数字:预警、家访、辍学、劝返</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191" />
        <source>Responsibility pledges and their return, official forms</source>
        <translation>责任书及其收回、各类表格</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194" />
        <source>Student registry</source>
        <translation>学生名册</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="195" />
        <source>Find, add and change students</source>
        <translation>查找、新增和修改学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197" />
        <source>Import roster</source>
        <translation>导入名册</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="198" />
        <source>Bring in a student list from Excel</source>
        <translation>从 Excel 导入学生名单</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200" />
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201" />
        <source>Who changed what, and when</source>
        <translation>谁在什么时候修改了什么</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="203" />
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>Logins of teachers and staff</source>
        <translation>教师和教职工的登录账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="206" />
        <source>School</source>
        <translation>学校设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207" />
        <source>School details, classes, staff, school years</source>
        <translation>学校信息、班级、教职工、学年</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="209" />
        <source>County bundles</source>
        <translation>县级数据包</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="210" />
        <source>The school's signing key and the signed data for the county</source>
        <translation>学校签名密钥和报县里的签名数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213" />
        <source>Monthly report</source>
        <translation>月报告台账</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="214" />
        <source>The monthly ledgers of the 2024 rule: suspected dropouts, dropouts, persuasion</source>
        <translation>2024 年起的月报告:疑似辍学、辍学、劝返复学台账</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217" />
        <source>Policy and calendar</source>
        <translation>策略与校历</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218" />
        <source>Thresholds of the absence rules, school days and closures</source>
        <translation>缺勤规则的各项阈值、上学日和停课安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="426" />
        <source>{name} ({roles})</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one the user chose Account → Log out (the startup shows the login again) emitted with the key whenever another page is shown a backup was restored into the data folder (with the RestoreResult): the startup reopens the database and shows the login again</extracomment>
        <translation>{name}({roles})</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="432" />
        <source>DEMO SCHOOL</source>
        <translation>演示学校 DEMO</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="437" />
        <source>Data: {path}</source>
        <translation>数据:{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="516" />
        <source>Find a student</source>
        <translation>查找学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="519" />
        <source>Import roster…</source>
        <translation>导入名册…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="521" />
        <source>Export roster…</source>
        <translation>导出名册…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="524" />
        <source>Back up…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="526" />
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="528" />
        <source>Open the log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="530" />
        <source>Save a problem report…</source>
        <translation>保存问题报告…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="618" />
        <source>{n} {n:student was|students were} written to:
{path}</source>
        <translation>已导出 {n} 名学生到:
{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="627" />
        <location filename="../../app/ui/main_window.py" line="640" />
        <location filename="../../app/ui/main_window.py" line="644" />
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="629" />
        <source>Baoxue backup (*.zip)</source>
        <translation>保学备份 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="640" />
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="642" />
        <source>The backup was saved and checked:
{path}

It holds the database, the scanned proof and the signing key. Keep it somewhere safe, e.g. on a USB stick locked away: it holds every student's personal data.</source>
        <translation>备份已保存并核对无误:
{path}

其中有数据库、扫描的证明材料和签名密钥。请妥善保管(例如存在 U 盘里并锁好):其中有全部学生的个人信息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="532" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="533" />
        <source>Change my password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="535" />
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="536" />
        <source>User guide</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="538" />
        <location filename="../../app/ui/main_window.py" line="749" />
        <source>About Baoxue</source>
        <translation>关于保学</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="554" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="567" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="572" />
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="575" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="578" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="608" />
        <source>roster-{date}.xlsx</source>
        <translation>学生名册-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="607" />
        <location filename="../../app/ui/main_window.py" line="616" />
        <location filename="../../app/ui/main_window.py" line="619" />
        <source>Export roster</source>
        <translation>导出名册</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="610" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="616" />
        <source>Writing the roster…</source>
        <translation>正在写出名册…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="652" />
        <location filename="../../app/ui/main_window.py" line="696" />
        <location filename="../../app/ui/main_window.py" line="764" />
        <source>Please wait until the current task has finished.</source>
        <translation>请等当前任务完成后再关闭。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="652" />
        <location filename="../../app/ui/main_window.py" line="696" />
        <location filename="../../app/ui/main_window.py" line="764" />
        <source>Baoxue</source>
        <translation>保学</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="659" />
        <source>The backup of {date} was restored.</source>
        <translation>已恢复 {date} 的备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="661" />
        <source>The data as it was before is kept in:
{path}</source>
        <translation>恢复前的数据已保存为:
{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="663" />
        <source>The files as they were before are kept in:
{path}</source>
        <translation>恢复前的文件原样保存在:
{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="665" />
        <source>Please log in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="666" />
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="713" />
        <source>The language setting could not be saved: {error}</source>
        <translation>无法保存语言设置:{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="716" />
        <source>The language will change the next time you start Baoxue.</source>
        <translation>下次启动保学时将使用新的界面语言。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="716" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="753" />
        <source>Baoxue (保学) {version}
Keeping every child in school — the school's own offline register.

Data folder: {path}

Chinese font: WenQuanYi Micro Hei (文泉驿微米黑), © the WenQuanYi Project, used under the Apache 2.0 licence (or GPLv3 with the font exception).</source>
        <translation>保学 Baoxue {version}
控辍保学 — 学校自己的离线学籍台账。

数据目录:{path}

中文字体:文泉驿微米黑(WenQuanYi Micro Hei),© 文泉驿项目,按 Apache 2.0 许可证(或附字体例外条款的 GPLv3)使用。</translation>
    </message>
</context>
<context>
    <name>MeasureModel</name>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="36" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="37" />
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="38" />
        <source>Since</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="39" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="43" />
        <source>Result</source>
        <translation>效果</translation>
    </message>
</context>
<context>
    <name>MeasuresSection</name>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="268" />
        <source>Add another measure</source>
        <translation>添加其他帮扶措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="272" />
        <source>e.g. free lunch applied for; weekly call with the father</source>
        <translation>例如:申请营养午餐;每周与父亲通一次电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="273" />
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="274" />
        <source>Add the measure (Ctrl+S)</source>
        <translation>添加措施(Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="276" />
        <source>Close the selected measure</source>
        <translation>结束选中的措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="283" />
        <source>What came of it</source>
        <translation>效果如何</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="284" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="285" />
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="286" />
        <source>Result</source>
        <translation>效果</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="287" />
        <source>Close the measure</source>
        <translation>结束措施</translation>
    </message>
</context>
<context>
    <name>MenteeModel</name>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="125" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="129" />
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="130" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="131" />
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="132" />
        <source>Since</source>
        <translation>帮扶起始</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="133" />
        <source>Why</source>
        <translation>帮扶原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="133" />
        <source>no longer at risk</source>
        <translation>已无风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="136" />
        <source>Next review</source>
        <translation>下次复查</translation>
    </message>
</context>
<context>
    <name>MentorBoardPage</name>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="169" />
        <source>Suggest mentors…</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation>推荐帮扶教师…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="170" />
        <source>Propose a mentor for every student without one: own class teachers, teachers living nearby and last year's mentor first, caseloads balanced</source>
        <translation>为每个没有帮扶教师的学生推荐一位:优先本班教师、家住附近的教师和原帮扶教师,并均衡各教师的帮扶人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="174" />
        <source>Assign a mentor… (Ctrl+M)</source>
        <translation>安排帮扶教师…(Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="192" />
        <location filename="../../app/ui/mentors_page.py" line="211" />
        <source>Open plan</source>
        <translation>打开帮扶方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="194" />
        <source>End mentoring…</source>
        <translation>结束帮扶…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="195" />
        <source>Hand over to…</source>
        <translation>移交给…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="198" />
        <source>Teachers and their mentees</source>
        <translation>教师及其帮扶学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="213" />
        <source>Drag a student onto a teacher, or select a student and press Enter (Ctrl+M) to choose a teacher by typing. Red: above the maximum; amber: below the minimum.</source>
        <translation>把学生拖到教师上即可安排;也可选中学生后按回车(Ctrl+M),输入姓名或拼音首字母选择教师。红色:超出上限;橙色:少于最少人数。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="223" />
        <source>Mentor board</source>
        <translation>帮扶总览</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="224" />
        <source>Home teaching</source>
        <translation>送教上门</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="225" />
        <source>Mentors</source>
        <translation>帮扶教师</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="241" />
        <source>{covered} of {needing} students who need a mentor have one.</source>
        <translation>需要帮扶的 {needing} 名学生中,{covered} 名已有帮扶教师。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="245" />
        <source>{n} without a mentor.</source>
        <translation>{n} 名尚无帮扶教师。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="246" />
        <source>Caseload {lo}–{hi} per teacher; {over} above the maximum, {below} below the minimum.</source>
        <translation>每位教师帮扶 {lo}–{hi} 人;{over} 位超出上限,{below} 位少于最少人数。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="249" />
        <source>Without a mentor ({n})</source>
        <translation>尚无帮扶教师({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="268" />
        <source>Mentees of {name} ({n})</source>
        <translation>{name}帮扶的学生({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="303" />
        <source>Above the maximum</source>
        <translation>超出帮扶上限</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="304" />
        <source>Why should this teacher mentor more students than the maximum?</source>
        <translation>为什么这位教师需要帮扶超过上限的学生?请填写理由:</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="348" />
        <source>Hand over to another mentor</source>
        <translation>移交给其他帮扶教师</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="380" />
        <source>Every student who needs a mentor has one.</source>
        <translation>需要帮扶的学生都已有帮扶教师。</translation>
    </message>
</context>
<context>
    <name>MentorText</name>
    <message>
        <location filename="../../app/ui/plan_text.py" line="22" />
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="23" />
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="24" />
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="25" />
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="28" />
        <source>One good habit to build</source>
        <translation>养成一个好习惯</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="29" />
        <source>One shortcoming to fix</source>
        <translation>改正一个缺点</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="30" />
        <source>One subject to raise</source>
        <translation>提高一门学科</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="31" />
        <source>One hobby to grow</source>
        <translation>培养一项爱好</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="32" />
        <source>One good book to read</source>
        <translation>读一本好书</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="35" />
        <source>e.g. comes to school on time every day</source>
        <translation>例如:每天按时到校</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="36" />
        <source>e.g. stops chatting in class</source>
        <translation>例如:上课不讲话</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="37" />
        <source>e.g. maths: times tables by the end of term</source>
        <translation>例如:数学,期末前背熟乘法口诀</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="38" />
        <source>e.g. joins the school choir</source>
        <translation>例如:参加学校合唱队</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="39" />
        <source>e.g. a book and when to talk about it</source>
        <translation>例如:书名,以及什么时候交流读后感</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="41" />
        <source>Other measure</source>
        <translation>其他帮扶措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="43" />
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="44" />
        <source>Achieved</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="45" />
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="49" />
        <source>Talk with the student</source>
        <extracomment>the forms of contact a mentor logs; "talk" is shown once app.cases.FORMS knows it</extracomment>
        <translation>谈心谈话</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="50" />
        <source>Phone call</source>
        <translation>电话联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="51" />
        <source>Home visit</source>
        <translation>入户家访</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="52" />
        <source>Video call</source>
        <translation>视频联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="55" />
        <source>No longer needs a mentor</source>
        <translation>不再需要帮扶</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="56" />
        <source>Another teacher takes over</source>
        <translation>更换帮扶教师</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="57" />
        <source>The teacher left or moved</source>
        <translation>帮扶教师离职或调走</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="58" />
        <source>The student transferred</source>
        <translation>学生转学</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="59" />
        <source>The student graduated</source>
        <translation>学生毕业</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="60" />
        <source>The student completed school</source>
        <translation>学生结业</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="61" />
        <source>The student died</source>
        <translation>学生死亡</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="62" />
        <source>Other (say why)</source>
        <translation>其他(请说明)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="65" />
        <source>below the minimum</source>
        <translation>少于最少人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="66" />
        <source>in range</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="67" />
        <source>full</source>
        <translation>已满</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_text.py" line="68" />
        <source>above the maximum</source>
        <translation>超出上限</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="56" />
        <source>Cannot do that</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="60" />
        <source>Baoxue</source>
        <translation>保学</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="66" />
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="155" />
        <source>Discard what you typed?</source>
        <translation>放弃已输入的内容?</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="156" />
        <source>What you typed has not been saved. Close and lose it?</source>
        <translation>输入的内容还没有保存。关闭后将丢失,确定关闭吗?</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="221" />
        <source>Unexpected error</source>
        <extracomment>the language the windows are in: set with the translators (app.ui.app.install_translator); Chinese by default</extracomment>
        <translation>程序出错</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="222" />
        <source>Something went wrong inside the program. Your data is safe: nothing was half-saved.

Please tell the person who looks after this computer:</source>
        <translation>程序内部出了问题。您的数据是安全的:没有保存一半的内容。

请把下面的信息告诉负责这台电脑的老师:</translation>
    </message>
</context>
<context>
    <name>MonthlyPage</name>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="116" />
        <source>Print the ledgers (Ctrl+P)</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation>打印台账(Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="127" />
        <source>Suspected dropouts</source>
        <translation>疑似辍学</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="127" />
        <source>Dropouts</source>
        <translation>辍学</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="128" />
        <source>Persuasion to return</source>
        <translation>劝返复学</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="133" />
        <source>Month:</source>
        <translation>月份:</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="138" />
        <source>Monthly report</source>
        <translation>月报告台账</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="140" />
        <source>Since 2024 every school reports monthly, child by child, its suspected dropouts and dropouts and how the persuasion to return goes; the county re-checks every quarter. The report is sent with the county bundle whose period holds the due day. Point at the persuasion column to read each attempt.</source>
        <translation>2024 年起学校每月逐个学生报告疑似辍学、辍学学生和劝返复学情况,县里每季度复核。月报告随报告期包含截止日的县级数据包一起报送。鼠标指向“劝返情况”可看每次劝返。</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="175" />
        <source>Suspected dropouts ({n})</source>
        <translation>疑似辍学({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="176" />
        <source>Dropouts ({n})</source>
        <translation>辍学({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="177" />
        <source>Persuasion to return ({n})</source>
        <translation>劝返复学({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="179" />
        <source>Sent to the county with bundle no. {n}.</source>
        <translation>已随第 {n} 号数据包报送县里。</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="182" />
        <source>Not sent yet — it was due on {due}. Export the county bundle.</source>
        <translation>尚未报送——截止日是 {due}。请导出县级数据包。</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="186" />
        <source>Due on {due}; not sent yet.</source>
        <translation>{due} 截止;尚未报送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="188" />
        <source>As of {day}: {s} suspected dropouts, {d} dropouts; {back} back at school, {out} still out.</source>
        <translation>截至 {day}:疑似辍学 {s} 人,辍学 {d} 人;已返校 {back} 人,仍未返校 {out} 人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="210" />
        <source>The ledgers are saved in {path}.</source>
        <translation>台账已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>MonthlyReminder</name>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="250" />
        <source>⚠ The monthly report of {month} was due on {due} and is not sent yet ({s} suspected dropouts, {d} dropouts). Check the ledgers (Monthly report) and export the county bundle.</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation>⚠ {month} 的月报告截止日是 {due},尚未报送(疑似辍学 {s} 人,辍学 {d} 人)。请在“月报告台账”核对后导出县级数据包。</translation>
    </message>
    <message>
        <location filename="../../app/ui/monthly_page.py" line="255" />
        <source>The monthly report of {month} is due on {due} ({s} suspected dropouts, {d} dropouts). Check the ledgers (Monthly report) and export the county bundle.</source>
        <translation>{month} 的月报告 {due} 截止(疑似辍学 {s} 人,辍学 {d} 人)。请在“月报告台账”核对后导出县级数据包。</translation>
    </message>
</context>
<context>
    <name>MyMenteesPage</name>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="415" />
        <source>Open plan</source>
        <translation>打开帮扶方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="431" />
        <source>Select a student and press Enter to open the plan: the five ones, reviews and the contact log.</source>
        <translation>选中学生后按回车,打开帮扶方案:“五个一”、复查和联系记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="435" />
        <location filename="../../app/ui/mentors_page.py" line="437" />
        <source>My mentees</source>
        <translation>我帮扶的学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="436" />
        <source>Home teaching</source>
        <translation>送教上门</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="443" />
        <source>You mentor {n} {n:student|students}.</source>
        <translation>您帮扶 {n} 名学生。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="444" />
        <source>You have no mentees at the moment.</source>
        <translation>您目前没有帮扶的学生。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="450" />
        <source>{name}: review overdue since {day}</source>
        <translation>{name}:复查已逾期(应于 {day})</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="453" />
        <source>{name}: review due {day}</source>
        <translation>{name}:{day} 复查</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="455" />
        <source> (your class; mentor {mentor})</source>
        <translation>(本班学生,帮扶教师 {mentor})</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_page.py" line="455" />
        <source>none</source>
        <translation>未指定</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="169" />
        <source>Replace the signing key</source>
        <translation>更换签名密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="169" />
        <source>Make the signing key</source>
        <translation>生成签名密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="178" />
        <source>At least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="179" />
        <source>Leave empty if it is lost</source>
        <translation>如已遗忘可留空</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="182" />
        <source>Replace the key</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="182" />
        <source>Make the key</source>
        <translation>生成密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="186" />
        <source>The old key is archived and the next bundle tells the county about the change. With the old passphrase the old key vouches for the new one, and the county accepts it without a new registration; without it, register the new fingerprint with the county.</source>
        <translation>旧密钥将存档,下一个数据包会告知县里密钥已更换。输入旧口令,旧密钥会为新密钥背书,县里无需重新登记即可接受;不输入旧口令,则需把新指纹报县里重新登记。</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="189" />
        <source>Old passphrase</source>
        <translation>旧口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="192" />
        <source>The passphrase protects the school's private key, which is stored only encrypted. It is asked at every export and cannot be recovered: keep it where the registrar and the principal find it.</source>
        <translation>口令保护本校的私钥,私钥只以加密形式保存。每次导出都要输入口令,口令无法找回:请保存在学籍管理员和校长都能找到的地方。</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="194" />
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="195" />
        <source>Passphrase again</source>
        <translation>再输一遍口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="208" />
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>两次输入的口令不一致,请重新输入。</translation>
    </message>
</context>
<context>
    <name>NoticeTab</name>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="201" />
        <source>The township's deadline-to-return notice (限期返校通知书)</source>
        <translation>乡镇限期返校通知书</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="202" />
        <source>Save the notice (Ctrl+S)</source>
        <translation>保存通知书(Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="209" />
        <source>Document number of the notice</source>
        <translation>通知书文号</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="210" />
        <source>Served on</source>
        <translation>下达日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="211" />
        <source>Return by</source>
        <translation>限期返校日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="212" />
        <source>Issued by</source>
        <translation>下达单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="213" />
        <source>Reference</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="216" />
        <source>The township government serves this notice on the family; record it here when the school receives a copy. Saving again replaces the notice on file.</source>
        <translation>通知书由乡镇人民政府向家庭下达;学校收到抄送件后在此登记。再次保存会替换已登记的通知书。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="225" />
        <source>On file: served on {issued} by {issuer}, return by {deadline} {ref}</source>
        <translation>已登记:{issuer} 于 {issued} 下达,限 {deadline} 前返校 {ref}</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="229" />
        <source>No notice on file yet.</source>
        <translation>尚未登记限期返校通知书。</translation>
    </message>
</context>
<context>
    <name>OutcomeTab</name>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="90" />
        <source>The child is back at school</source>
        <translation>学生已返校</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="90" />
        <source>Record the return and close the case (Ctrl+S)</source>
        <translation>登记返校并结案(Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="94" />
        <source>e.g. back after the home visit</source>
        <translation>例如:家访后返校</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="95" />
        <source>Back on</source>
        <translation>返校日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="96" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="98" />
        <source>A registered dropout is restored to the roll (status change 12, resumption) and the persuasion ledger is closed.</source>
        <translation>已登记辍学的学生将恢复学籍(学籍变动 12 复学),劝返台账随之结束。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="102" />
        <source>Close the case for another reason</source>
        <translation>因其他原因结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="109" />
        <source>Required for Other</source>
        <translation>选择“其他”时必填</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="110" />
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="111" />
        <source>Outcome</source>
        <translation>结案结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="112" />
        <source>Why</source>
        <translation>结案说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="113" />
        <source>Close the case…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="129" />
        <source>Closed on {day}: {outcome}</source>
        <translation>{day} 结案:{outcome}</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/outcome.py" line="153" />
        <source>Close the case of {name} as “{outcome}”?</source>
        <translation>确定以“{outcome}”为{name}的个案结案吗?</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="233" />
        <source>Key passphrase</source>
        <translation>密钥口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="237" />
        <source>Sign and export</source>
        <translation>签名并导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/exchange_page.py" line="243" />
        <source>Passphrase of the school's key</source>
        <translation>本校密钥的口令</translation>
    </message>
</context>
<context>
    <name>PasswordFormDialog</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="100" />
        <source>At least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="73" />
        <source>◀ Previous</source>
        <extracomment>zoom steps offered (1.0 = 100 %)</extracomment>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="77" />
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="89" />
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="90" />
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="95" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="99" />
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="102" />
        <source>Open in the system viewer</source>
        <translation>用系统阅读器打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="116" />
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="141" />
        <source>Cannot show {path}. Try Open in the system viewer.</source>
        <translation>无法显示 {path}。请试试“用系统阅读器打开”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="172" />
        <source>of {n}</source>
        <translation>共 {n} 页</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="205" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="215" />
        <source>The printer could not be started. Check that it is switched on and connected, or save the file and print it from another computer.</source>
        <translation>无法启动打印机。请检查打印机是否开机并连接好,或把文件保存下来到另一台电脑上打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="233" />
        <source>{n} {n:page|pages} sent to the printer.</source>
        <translation>已把 {n} 页送往打印机。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="240" />
        <source>Save PDF as</source>
        <translation>PDF 另存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="241" />
        <source>PDF file (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="247" />
        <source>Cannot write {path}: {reason}. Check that the folder exists and the USB stick is not write-protected.</source>
        <translation>无法写入 {path}:{reason}。请检查文件夹是否存在、U 盘是否写保护。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="252" />
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="261" />
        <source>No program to show PDF files was found on this computer. The file is at {path}</source>
        <translation>这台电脑上没有找到能打开 PDF 文件的程序。文件位于 {path}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../app/ui/pdf_preview.py" line="281" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PersuasionTab</name>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="47" />
        <source>Name (and post)</source>
        <translation>姓名(及职务)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="48" />
        <source>Remove this person</source>
        <translation>删除此人</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="66" />
        <source>Persuasion attempts on file</source>
        <translation>已有的劝返记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="65" />
        <source>Record an attempt to persuade the child back</source>
        <translation>登记一次劝返</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="65" />
        <source>Save the attempt (Ctrl+S)</source>
        <translation>保存劝返记录(Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="78" />
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="88" />
        <source>Administrative line: township and village cadres. Education line: the principal and teachers. Rows left without a name are not saved.</source>
        <translation>行政线:乡镇、村干部;教育线:校长、教师。没有填写姓名的行不保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="90" />
        <source>Required: what was done, e.g. explained the compulsory education law to the parents at home</source>
        <translation>必填:采取了哪些措施,例如入户向家长宣讲义务教育法</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="92" />
        <source>e.g. the parents agreed to bring the child back on Monday</source>
        <translation>例如:家长同意周一送孩子返校</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="93" />
        <location filename="../../app/ui/case_tabs/persuasion.py" line="191" />
        <source>Date</source>
        <translation>劝返日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="94" />
        <location filename="../../app/ui/case_tabs/persuasion.py" line="191" />
        <source>Who went</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="95" />
        <source>What was done *</source>
        <translation>劝返措施 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="96" />
        <location filename="../../app/ui/case_tabs/persuasion.py" line="192" />
        <source>Result</source>
        <translation>劝返结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="153" />
        <source>✓ Both lines take part</source>
        <translation>✓ 行政线和教育线都有人员参加</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="157" />
        <source>Nobody named yet from: {lines}</source>
        <translation>尚未填写以下人员:{lines}</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="192" />
        <source>What was done</source>
        <translation>劝返措施</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="66" />
        <source>Mentoring plan</source>
        <extracomment>the record kinds a plan or the board shows (contacts are shared with the case file) the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation>帮扶方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="72" />
        <source>You can read this plan; only the mentor, the class teacher, the principal and the registrar can change it.</source>
        <translation>您可以查看此方案;只有帮扶教师、班主任、校长和学籍管理员可以修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="85" />
        <source>Situation and risk</source>
        <translation>基本情况与风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="86" />
        <source>Five ones</source>
        <translation>五个一</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="87" />
        <source>Other measures</source>
        <translation>其他措施</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="88" />
        <source>Reviews</source>
        <translation>复查</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="89" />
        <source>Contact log</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="90" />
        <source>Home teaching</source>
        <translation>送教上门</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="123" />
        <source>You typed in “{tabs}” and did not save it. Close the plan and lose it?</source>
        <translation>您在“{tabs}”中输入的内容还没有保存。关闭帮扶方案将丢失这些内容,确定关闭吗?</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="151" />
        <source>Mentoring plan of {name}</source>
        <translation>{name}的帮扶方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="152" />
        <source>{name} — mentoring plan</source>
        <translation>{name} — 帮扶方案(一人一案)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="153" />
        <source>no mentor</source>
        <translation>无帮扶教师</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_dialog.py" line="154" />
        <source>{klass} · mentor: {mentor} · risk: {risk}</source>
        <translation>{klass} · 帮扶教师:{mentor} · 辍学风险:{risk}</translation>
    </message>
</context>
<context>
    <name>PledgeListModel</name>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="51" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="52" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="53" />
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="54" />
        <source>Signed by</source>
        <translation>乙方(签字人)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="55" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="56" />
        <source>Printed on</source>
        <translation>打印日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="57" />
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PledgesTab</name>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="51" />
        <source>Also print again for guardians whose signed pledge is back</source>
        <translation>已收回的监护人也重新打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="53" />
        <source>Print pledges…</source>
        <translation>打印责任书…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="63" />
        <source>Show the printed file again</source>
        <translation>再次显示打印的文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="67" />
        <source>Pledge</source>
        <translation>责任书</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="69" />
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="71" />
        <source>Print a batch</source>
        <translation>批量打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="80" />
        <source>Each pledge is printed twice (one copy for each party) with its number and barcode. The batch runs in the background; Cancel leaves no file and no numbers. Type or scan the numbers of the signed copies on the Returns tab.</source>
        <translation>每份责任书一式两联(双方各执一联),带编号和条码。打印在后台进行;取消则不留下文件,也不登记编号。签字收回后,在“收回登记”页输入或扫描编号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="97" />
        <source>The whole school</source>
        <translation>全校</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="99" />
        <source>{name} ({n} {n:student|students})</source>
        <translation>{name}({n} 名学生)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="153" />
        <source>{count} {count:pledge|pledges} printed ({pages} {pages:page|pages}, two copies each), numbers {first} to {last}.</source>
        <translation>已生成 {count} 份责任书(共 {pages} 页,每份两联),编号 {first} 至 {last}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="125" />
        <source>There is no class to print for.</source>
        <translation>没有可打印的班级。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="131" />
        <source>Pledge {done} of {total}…</source>
        <translation>第 {done} 份,共 {total} 份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="145" />
        <source>Print pledges</source>
        <translation>打印责任书</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="145" />
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="157" />
        <source>{n} already returned were not printed again.</source>
        <translation>{n} 份已收回的未重复打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="159" />
        <source>{cls} — {name}</source>
        <translation>{cls} — {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="161" />
        <source>{cls} — no class teacher</source>
        <translation>{cls} — 没有班主任</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="178" />
        <source>{n} students have no guardian on file, so no parent pledge was printed for them. Add a guardian in the student registry, then print again:</source>
        <translation>以下 {n} 名学生没有登记监护人,未生成家长责任书。请在学生信息中补充监护人后再打印:</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="181" />
        <source>These classes have no class teacher, so no pledge was printed for them:</source>
        <translation>以下班级没有班主任,未生成责任书:</translation>
    </message>
</context>
<context>
    <name>PolicyTab</name>
    <message>
        <location filename="../../app/ui/settings_page.py" line="106" />
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="110" />
        <source>Undo my changes</source>
        <translation>撤销我的修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="112" />
        <source>Hanzhong defaults</source>
        <translation>恢复汉中默认值</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="113" />
        <source>Put the default values of the Hanzhong rules in the form (nothing is saved until you press Save)</source>
        <translation>把汉中规则的默认值填入表单(按“保存设置”后才生效)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="126" />
        <source>Absence is counted in school days. Every change is recorded in the audit log with the values before and after.</source>
        <translation>缺勤按上学日计算。每次修改都会连同修改前后的值记入操作日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="127" />
        <source>Only the administrator can change these settings.</source>
        <translation>只有系统管理员可以修改这些设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="184" />
        <source>Nothing was changed.</source>
        <translation>没有修改任何设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="196" />
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
</context>
<context>
    <name>ProblemReport</name>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="96" />
        <source>Save a problem report</source>
        <translation>保存问题报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="99" />
        <source>Zip archive (*.zip)</source>
        <translation>压缩文件 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="107" />
        <source>The problem report was saved to:
{path}

It holds the program's log and the versions of the program and the computer. ID numbers, phone numbers and the names of students, guardians and staff are masked. Send it to whoever looks after Baoxue for you.</source>
        <translation>问题报告已保存到:
{path}

其中有程序的日志以及程序和电脑的版本信息。身份证号、电话号码和学生、家长、教职工的姓名都已打码。请把它发给帮您维护保学的人。</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="150" />
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="151" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="152" />
        <source>Hours (due by now / year)</source>
        <translation>课时(目前应完成 / 全年)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="155" />
        <source>Visits (due)</source>
        <translation>送教次数(应完成)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="157" />
        <source>Weeks short</source>
        <translation>不足的周数</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="83" />
        <source>Open with the recovery key</source>
        <translation>用恢复密钥打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="95" />
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="96" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="97" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="98" />
        <source>New password again</source>
        <translation>再输入一遍新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="100" />
        <source>Set the new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="103" />
        <source>The recovery key is on the sheet printed for the principal when the school was set up (letters in any case, the dashes may be left out).</source>
        <translation>恢复密钥在设置学校时为校长打印的恢复密钥单上(字母不分大小写,横线可以不输)。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="111" />
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="36" />
        <source>Recovery key of the database</source>
        <translation>数据库的恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="45" />
        <source>The school's database and its backups are encrypted. This recovery key opens them when every password is forgotten. It is shown only now and is not kept on this PC: save the sheet to a USB stick, print it for the principal to lock away, then delete the file.</source>
        <translation>本校的数据库和备份是加密的。忘记了所有密码时,用这个恢复密钥打开它们。恢复密钥只显示这一次,这台电脑上不保存:请把恢复密钥单保存到 U 盘,打印后交校长锁好保管,然后删除电子文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="48" />
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="49" />
        <source>I have kept it</source>
        <translation>我已妥善保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="59" />
        <source>Save the recovery key sheet</source>
        <translation>保存恢复密钥单</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="68" />
        <location filename="../../app/ui/recovery_dialog.py" line="71" />
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/recovery_dialog.py" line="70" />
        <source>Saved: {path}
Print it for the principal, then delete the file.</source>
        <translation>已保存:{path}
请打印后交校长保管,然后删除这个文件。</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../app/ui/registry.py" line="142" />
        <source>Name, pinyin initials, ID number, student no. or class</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one emitted with the student id whenever the page opens a student (for the main window's history, tests) emitted after every refresh with the number of rows shown</extracomment>
        <translation>姓名、拼音首字母、身份证号、学籍号或班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="145" />
        <source>Type part of a name (or its pinyin initials, e.g. zs for 张三), an ID number, a student number or a class.
Ctrl+F jumps here.</source>
        <translation>输入姓名的一部分(或拼音首字母,如 zs 可找到张三)、身份证号、学籍号或班级。
按 Ctrl+F 可随时回到这里。</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="151" />
        <source>Show one class only</source>
        <translation>只显示一个班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="154" />
        <source>Show students with this enrolment status</source>
        <translation>按学籍状态筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="155" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="161" />
        <source>Show students of a focus group (poor household, left-behind, ...)</source>
        <translation>按重点群体筛选(建档立卡、留守儿童等)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="162" />
        <source>All students</source>
        <translation>全部学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="163" />
        <source>Any focus group</source>
        <translation>任一重点群体</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="194" />
        <location filename="../../app/ui/registry.py" line="206" />
        <source>Add student</source>
        <translation>新增学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="196" />
        <location filename="../../app/ui/registry.py" line="210" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="198" />
        <location filename="../../app/ui/registry.py" line="214" />
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="208" />
        <source>Register a new student (Ctrl+N)</source>
        <translation>登记一名新学生(Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="212" />
        <source>Change the selected student's record (Ctrl+E or F2)</source>
        <translation>修改所选学生的信息(Ctrl+E 或 F2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="216" />
        <source>Open the selected student's file card (Enter or double-click)</source>
        <translation>打开所选学生的档案(回车或双击)</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="224" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="226" />
        <source>Status</source>
        <translation>学籍状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="228" />
        <source>Focus group</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="310" />
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="364" />
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="377" />
        <source>All classes</source>
        <translation>全部班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="378" />
        <source>All my classes</source>
        <translation>我的全部班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="388" />
        <source>No student matches “{text}”</source>
        <translation>没有找到与“{text}”相符的学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="391" />
        <source>{n} {n:student|students} shown, {more} more: type more to narrow the search</source>
        <translation>显示 {n} 名学生,另有 {more} 名:请多输入几个字缩小范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="394" />
        <source>{n} {n:student|students} in total</source>
        <translation>共 {n} 名学生</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="173" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="174" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="175" />
        <source>Sent to</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="176" />
        <source>Reference</source>
        <translation>文号</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="188" />
        <source>Written reports on file</source>
        <translation>已有的书面报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="187" />
        <source>Record the written report</source>
        <translation>登记书面报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="187" />
        <source>Save the report (Ctrl+S)</source>
        <translation>保存报告(Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="194" />
        <source>Township government</source>
        <translation>乡镇人民政府</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="197" />
        <source>County education bureau</source>
        <translation>县教育局</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="201" />
        <source>Others, separated by 、</source>
        <translation>其他单位,用“、”分隔</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="214" />
        <source>Document number, e.g. 马道小〔2026〕12号</source>
        <translation>文号,例如 马道小〔2026〕12号</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="215" />
        <source>What happened, what the school did, what it asks of the township</source>
        <translation>情况经过、学校已采取的措施、请乡镇配合的事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="217" />
        <location filename="../../app/ui/case_tabs/contacts.py" line="257" />
        <source>Date</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="218" />
        <location filename="../../app/ui/case_tabs/contacts.py" line="257" />
        <source>Kind</source>
        <translation>报告类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="219" />
        <location filename="../../app/ui/case_tabs/contacts.py" line="258" />
        <source>Sent to</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="220" />
        <location filename="../../app/ui/case_tabs/contacts.py" line="258" />
        <source>Reference</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/contacts.py" line="221" />
        <location filename="../../app/ui/case_tabs/contacts.py" line="259" />
        <source>Content</source>
        <translation>报告内容</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="119" />
        <source>What and who</source>
        <extracomment>emitted with the request id after anything was saved or a step was taken</extracomment>
        <translation>申请类型和学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="127" />
        <source>Kind of request</source>
        <translation>申请类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="128" />
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="133" />
        <source>A child new to this school: fill in the record…</source>
        <translation>新转入的学生:填写学生信息…</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="143" />
        <location filename="../../app/ui/request_dialog.py" line="658" />
        <source>Details</source>
        <translation>详细内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="148" />
        <source>Scanned proof</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="157" />
        <source>Add a scan or photo…</source>
        <translation>添加扫描件或照片…</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="158" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="159" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="161" />
        <location filename="../../app/ui/request_dialog.py" line="639" />
        <source>JPG or PNG photos, or PDF scans, up to {size}.</source>
        <translation>JPG、PNG 照片或 PDF 扫描件,不超过 {size}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="176" />
        <source>Steps</source>
        <translation>办理经过</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="186" />
        <source>Optional: a comment recorded with this step</source>
        <translation>选填:随这一步记录的意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="192" />
        <source>Save as draft</source>
        <translation>存为草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="204" />
        <source>Copy as a new draft</source>
        <translation>复制为新草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="206" />
        <source>Start a new request with the same details, to correct and send again</source>
        <translation>用相同内容新建一份申请,改正后重新提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="208" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="223" />
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="284" />
        <location filename="../../app/ui/request_dialog.py" line="285" />
        <source>New request</source>
        <translation>新建申请</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="286" />
        <source>Fill in the form, add the scanned proof if the kind needs it, then submit it for approval or keep it as a draft.</source>
        <translation>填写表格,需要证明的请上传扫描件或照片,然后提交审批或存为草稿。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="308" />
        <source>#{id} {kind} — {who}</source>
        <translation>#{id} {kind} — {who}</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="313" />
        <source>{state} · next: {next}</source>
        <translation>{state} · 下一步:{next}</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="318" />
        <source>Requested by {who} on {when}. {what}</source>
        <translation>{who} 于 {when} 提出。{what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="345" />
        <source>Choose the student first: type a name or pinyin initials and click the student.</source>
        <translation>请先选择学生:输入姓名或拼音首字母,再点一下学生。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="368" />
        <source>Submitted: it now waits for approval.</source>
        <translation>已提交,等待审批。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="368" />
        <source>Saved as a draft.</source>
        <translation>已存为草稿。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="388" />
        <source>Done: {step}.</source>
        <translation>已办理:{step}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="404" />
        <source>No copy was made</source>
        <translation>未能复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="412" />
        <source>New draft #{new} made from #{old}: correct it and submit it.</source>
        <translation>已根据 #{old} 新建草稿 #{new}:请改正后提交。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="421" />
        <source>Choose the scanned proof</source>
        <translation>选择证明材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="422" />
        <source>Scans and photos (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>扫描件和照片 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="477" />
        <source>The file cannot be opened</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="484" />
        <source>No program on this computer opens this kind of file. It was saved as:
{path}</source>
        <translation>这台电脑上没有能打开这种文件的程序。文件已保存为:
{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="514" />
        <source> (optional)</source>
        <translation>(选填)</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="560" />
        <source>Case {id}: {days:g} {days:day|days} absent, {stage}</source>
        <translation>个案 {id}:缺勤 {days:g} 天,{stage}</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_fields.py" line="43" />
        <source>(none)</source>
        <extracomment>the widgets a details field may be edited in</extracomment>
        <translation>(无)</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_fields.py" line="57" />
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="528" />
        <source>{cls} (grade {grade}, {n} in school)</source>
        <translation>{cls}({grade} 年级,在校 {n} 人)</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="542" />
        <source>(no approved suspension of this student)</source>
        <translation>(该生没有已批准的休学)</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="550" />
        <source>(no absence case)</source>
        <translation>(无缺勤个案)</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="605" />
        <source>New student: {name}</source>
        <translation>新学生:{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="638" />
        <source>Required before submitting: {what}.</source>
        <translation>提交前须上传:{what}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="658" />
        <source>Details (read-only)</source>
        <translation>详细内容(只读)</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="660" />
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="682" />
        <source>Double-click a file to open it.</source>
        <translation>双击文件可打开查看。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="684" />
        <source>Required: {what}. None attached yet.</source>
        <translation>须上传:{what}。尚未上传。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="686" />
        <source>No file attached.</source>
        <translation>没有附件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_dialog.py" line="730" />
        <source>This request has changes that were not saved. Close and lose them?</source>
        <translation>这份申请有尚未保存的修改。关闭后将丢失,确定关闭吗?</translation>
    </message>
</context>
<context>
    <name>RequestFields</name>
    <message>
        <location filename="../../app/ui/request_text.py" line="86" />
        <source>Kind of leave</source>
        <extracomment>the fields of the details dataclasses</extracomment>
        <translation>请假类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="87" />
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="88" />
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="89" />
        <source>On the first day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="90" />
        <source>On the last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="91" />
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="92" />
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="93" />
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="94" />
        <source>Suspension to extend</source>
        <translation>原休学申请</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="95" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="96" />
        <source>New school</source>
        <translation>转入学校</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="97" />
        <source>County of the new school</source>
        <translation>转入学校所在县(区)</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="98" />
        <source>Previous school</source>
        <translation>原学校</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="99" />
        <source>County of the previous school</source>
        <translation>原学校所在县(区)</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="100" />
        <source>Host school</source>
        <translation>借读学校</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="101" />
        <source>County of the host school</source>
        <translation>借读学校所在县(区)</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="102" />
        <source>Until</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="103" />
        <source>Guest student's name</source>
        <translation>借读学生姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="104" />
        <source>School holding the registration</source>
        <translation>学籍所在学校</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="105" />
        <source>County of that school</source>
        <translation>学籍所在县(区)</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="106" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="107" />
        <source>Guest's student number</source>
        <translation>借读学生学籍号</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="108" />
        <source>Absence case</source>
        <translation>缺勤个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="109" />
        <source>Left school on</source>
        <translation>离校日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="110" />
        <source>Where the child is now</source>
        <translation>现在去向</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="111" />
        <source>The family refuses to send the child back</source>
        <translation>家长拒绝送孩子返校</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="112" />
        <source>Cause</source>
        <translation>死因</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="115" />
        <source>Sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="116" />
        <source>Personal leave</source>
        <translation>事假</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="119" />
        <location filename="../../app/ui/request_text.py" line="123" />
        <source>the whole day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="120" />
        <source>from the afternoon (half day)</source>
        <translation>从下午开始(半天)</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_text.py" line="124" />
        <source>until noon (half day)</source>
        <translation>到中午为止(半天)</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="105" />
        <source>No.</source>
        <extracomment>sections that count for the number on the navigation (the service's Inbox.badge) are shown in bold</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="106" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="107" />
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="108" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="109" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="110" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="112" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="114" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="115" />
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="116" />
        <source>Proof</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="118" />
        <source>{n} {n:file|files} attached</source>
        <translation>附有 {n} 个文件</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="177" />
        <source>New password for {user}</source>
        <translation>为 {user} 设置新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="179" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="180" />
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="181" />
        <source>Tell the new password to the person in private.</source>
        <translation>请私下把新密码告诉本人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="184" />
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="187" />
        <source>The password was not changed</source>
        <translation>密码未修改</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="42" />
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="48" />
        <source>[demo school]</source>
        <translation>[演示学校]</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="49" />
        <source>School:</source>
        <translation>学校:</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="50" />
        <source>Made on:</source>
        <translation>备份时间:</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="51" />
        <source>Full backup: database, scanned proof, signing key</source>
        <translation>完整备份:数据库、扫描的证明材料、签名密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="52" />
        <source>Database only: the scanned proof and the signing key stay as they are</source>
        <translation>仅数据库:扫描的证明材料和签名密钥保持不变</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="53" />
        <source>Holds:</source>
        <translation>类型:</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="54" />
        <source>Records:</source>
        <translation>数据:</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="56" />
        <source>Files:</source>
        <translation>文件:</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="57" />
        <source>{attachments} scanned documents, {keys} key files</source>
        <translation>扫描材料 {attachments} 个,密钥文件 {keys} 个</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="61" />
        <source>File:</source>
        <translation>备份文件:</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="62" />
        <source>Made by:</source>
        <translation>创建程序:</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="63" />
        <source>Baoxue {version}, database version {revision}</source>
        <translation>保学 {version},数据库结构版本 {revision}</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="67" />
        <source>The data of {school} in {folder} will be replaced by this backup: whatever was entered after {created} is replaced.</source>
        <translation>数据目录 {folder} 中 {school} 的当前数据将被这个备份替换:{created} 以后录入的内容都会被替换掉。</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="70" />
        <source>Before that, the current data is backed up to {folder}, so you can go back to it.</source>
        <translation>替换之前,当前数据会先备份到 {folder},需要时可以恢复回去。</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="73" />
        <source>The current database cannot be read ({error}); it will be replaced by this backup.</source>
        <translation>当前的数据库无法读取({error}),将被这个备份替换。</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="75" />
        <source>Its files are kept as they are in {folder}.</source>
        <translation>它的文件会原样保存在 {folder}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="77" />
        <source>The data folder {folder} holds no school yet; the backup's school will be set up there.</source>
        <translation>数据目录 {folder} 中还没有学校,恢复后就是备份中的学校。</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="82" />
        <source>Everyone has to log in again afterwards.</source>
        <translation>恢复后所有人都要重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="89" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="99" />
        <source>Replace all data with this backup?</source>
        <translation>用这个备份替换全部数据吗?</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="102" />
        <source>The backup was checked: every file matches its checksum.</source>
        <translation>备份已核对:每个文件都与校验值相符。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="131" />
        <source>Choose the backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="132" />
        <source>Baoxue backups (*.zip *.sqlite3);;All files (*)</source>
        <translation>保学备份 (*.zip *.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="146" />
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="153" />
        <source>Checking the backup…</source>
        <translation>正在核对备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="166" />
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="174" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="177" />
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
</context>
<context>
    <name>ReturnSummaryModel</name>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="33" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="34" />
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="35" />
        <source>Returned</source>
        <translation>已收回</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="36" />
        <source>Not signed</source>
        <translation>未签字</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="37" />
        <source>Missing</source>
        <translation>未收回</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="39" />
        <source>Returned %</source>
        <translation>收回率</translation>
    </message>
</context>
<context>
    <name>ReturnsTab</name>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="77" />
        <source>Type or scan the number, e.g. JZ2026-000123-7, then Enter</source>
        <translation>输入或扫描编号,如 JZ2026-000123-7,然后按回车</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="83" />
        <source>The copy came back without the signature</source>
        <translation>收回的这一联没有签字</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="103" />
        <source>Register a returned pledge</source>
        <translation>登记收回的责任书</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="113" />
        <source>Pledge</source>
        <translation>责任书</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="120" />
        <source>Per class (this school year) — select a class to see its missing pledges</source>
        <translation>各班情况(本学年)— 选中一个班级可查看其未收回的责任书</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="150" />
        <source>Printed {p} · returned {r} · missing {m}</source>
        <translation>已打印 {p} · 已收回 {r} · 未收回 {m}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="172" />
        <source>Not back yet from {cls}: {n}</source>
        <translation>{cls}未收回:{n} 份</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_returns.py" line="175" />
        <source>Not back yet, all classes: {n}</source>
        <translation>各班未收回合计:{n} 份</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="56" />
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="60" />
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="58" />
        <source>overdue by {n} {n:day|days}</source>
        <translation>已逾期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="61" />
        <source>in {n} {n:day|days}</source>
        <translation>还有 {n} 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="70" />
        <source>Due</source>
        <translation>复查日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="71" />
        <source>What to review</source>
        <translation>复查内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="72" />
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ReviewsSection</name>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="341" />
        <source>Schedule a review</source>
        <translation>安排复查</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="345" />
        <source>e.g. monthly review; after the mid-term exam</source>
        <translation>例如:月度复查;期中考试后</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="346" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="347" />
        <source>What to review</source>
        <translation>复查内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="348" />
        <source>Schedule</source>
        <translation>安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="350" />
        <source>Record the selected review as done</source>
        <translation>登记选中的复查已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="353" />
        <source>Required: how the child is doing, what changes in the plan</source>
        <translation>必填:学生近况,方案有何调整</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="354" />
        <source>Next review on</source>
        <translation>下次复查日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="358" />
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="359" />
        <source>Notes</source>
        <translation>复查情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="361" />
        <source>Record as done</source>
        <translation>登记完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="367" />
        <source>Ctrl+S records the selected review as done when notes are written, otherwise schedules the date.</source>
        <translation>填写了复查情况时,Ctrl+S 登记选中的复查已完成;否则安排新的复查日期。</translation>
    </message>
</context>
<context>
    <name>RiskPage</name>
    <message>
        <location filename="../../app/ui/risk_page.py" line="70" />
        <source>All classes I may see</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation>我能查看的全部班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="76" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="88" />
        <source>Rule and records</source>
        <translation>规则和记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="88" />
        <source>Points</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="99" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="121" />
        <source>Points come from rules only: chronic absence, the attendance-rate bands, focus-group membership, recent status changes and open absence alerts. Select a student to see each rule and the records behind it. The thresholds are in Policy and calendar; ethnicity is never used.</source>
        <translation>风险分只来自规则:长期缺勤、出勤率分档、重点群体、近期学籍变动和未结的缺勤预警。选中学生可查看每条规则及其依据的记录。阈值在“策略与校历”中设置;从不使用民族信息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="138" />
        <source>{n} {n:student|students} with risk points</source>
        <translation>{n} 名学生有风险分</translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="166" />
        <source>{name}, {cls}: {points} {points:point|points} · {term}</source>
        <translation>{name}({cls}):{points} 分 · {term}</translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="171" />
        <source>{rule}: {detail}</source>
        <translation>{rule}:{detail}</translation>
    </message>
</context>
<context>
    <name>RiskTableModel</name>
    <message>
        <location filename="../../app/ui/risk_page.py" line="46" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="47" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="48" />
        <source>Points</source>
        <translation>风险分</translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="50" />
        <source>Attendance this term</source>
        <translation>本学期出勤率</translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="52" />
        <source>Days missed</source>
        <translation>缺勤天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/risk_page.py" line="54" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="162" />
        <source>Roles of {user}</source>
        <translation>{user} 的角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="164" />
        <source>What may {user} do?</source>
        <translation>{user} 可以做哪些工作?</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="168" />
        <source>The roles were not changed</source>
        <translation>角色未修改</translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="33" />
        <source>Present</source>
        <extracomment>one digit per mark a teacher may type (attendance.TYPED_MARKS); 0 and Space put a student back to present "same as yesterday" (app.attendance.previous): the ditto key, half- or full-width</extracomment>
        <translation>出勤</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="34" />
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="35" />
        <source>Left early</source>
        <translation>早退</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="36" />
        <source>Sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="37" />
        <source>Personal leave</source>
        <translation>事假</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="38" />
        <source>Absent (no reason)</source>
        <translation>旷课(无故缺勤)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="39" />
        <source>On approved leave</source>
        <translation>已请假</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="42" />
        <source>Whole day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="43" />
        <source>Morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="44" />
        <source>Afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="47" />
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="47" />
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="48" />
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="48" />
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="49" />
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="49" />
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="50" />
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
</context>
<context>
    <name>RollCallPage</name>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="107" />
        <source>The class to take the roll of (your own classes first)</source>
        <extracomment>the record kinds the roll call, the today panel and the alerts show (read again when one changes) the record kinds it shows: it reads again when a change set touches one emitted after every load with the number of students shown (0 when the roll call cannot be opened) emitted with the new revision after a successful submission</extracomment>
        <translation>要点名的班级(自己的班级排在前面)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="114" />
        <source>The day of the roll call: today, or an earlier school day to correct it</source>
        <translation>点名日期:今天,或更正以前某个上学日的点名</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="116" />
        <source>◀ Previous school day</source>
        <translation>◀ 前一个上学日</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="117" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="120" />
        <source>Session</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="121" />
        <source>Leave…</source>
        <translation>请假…</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="122" />
        <source>Record or cancel an approved sick or personal leave of the selected student</source>
        <translation>为选中的学生登记或撤销已批准的病假、事假</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="127" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="130" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="201" />
        <source>Discard my changes</source>
        <translation>放弃我的修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="202" />
        <location filename="../../app/ui/roll_call_page.py" line="725" />
        <source>Same as yesterday (=)</source>
        <translation>同昨日 (=)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="204" />
        <location filename="../../app/ui/roll_call_page.py" line="663" />
        <source>Submit (Ctrl+Enter)</source>
        <translation>提交(Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="214" />
        <source>Submit the roll call</source>
        <translation>提交点名</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="260" />
        <source>Changes to this roll call</source>
        <translation>本次点名的修改记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="268" />
        <source>Absence alerts</source>
        <translation>缺勤预警</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="275" />
        <source>Undo the last mark</source>
        <translation>撤销上一个标记</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="322" />
        <source>The roll call of {cls} has changes that were not submitted.

Discard them?</source>
        <translation>{cls}的点名有尚未提交的修改。

要放弃这些修改吗?</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="324" />
        <source>Unsaved roll call</source>
        <translation>点名尚未提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="330" />
        <source>You cannot take the roll of this class.</source>
        <translation>你不能为这个班级点名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="365" />
        <source>You have no class to take the roll of.</source>
        <translation>你没有可以点名的班级。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="394" />
        <location filename="../../app/ui/roll_call_page.py" line="413" />
        <source>Read only: you cannot change this roll call.</source>
        <translation>只读:你不能修改这次点名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="397" />
        <source>{name} has an approved leave, so the mark cannot be changed here. Cancel the leave first (Leave… button).</source>
        <translation>{name}有已批准的请假,这里不能修改。请先撤销请假(“请假…”按钮)。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="405" />
        <source>{name}: {mark}</source>
        <translation>{name}:{mark}</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="430" />
        <source>Marked absent (no reason) as on {day}: {names}. Check that they are not here; Ctrl+Z takes them back.</source>
        <translation>已照 {day} 记为旷课:{names}。请核对他们确实没到;Ctrl+Z 可撤回。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="438" />
        <source>Nothing to undo.</source>
        <translation>没有可以撤销的标记。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="456" />
        <source>Undone: {name} is {mark} again.</source>
        <translation>已撤销:{name} 恢复为“{mark}”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="458" />
        <source>Undone: {names} are as before again.</source>
        <translation>已撤销:{names} 恢复原样。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="481" />
        <source>Nothing has changed since the last submission.</source>
        <translation>自上次提交以来没有修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="490" />
        <source>Someone else changed this roll call</source>
        <translation>点名已被别人修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="491" />
        <source>The roll call has been read again and shows what is saved now. Please check it and mark your changes again.</source>
        <translation>已重新读取点名,现在显示的是已保存的内容。请核对后重新标记你的修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="497" />
        <source>The roll call was not saved</source>
        <translation>点名没有保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="506" />
        <source>Saved (revision {rev}): {present} of {enrolled} present, {missed} not in school.</source>
        <translation>已保存(第 {rev} 版):应到 {enrolled} 人,实到 {present} 人,缺勤 {missed} 人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="511" />
        <source>New absence alert: {names}.</source>
        <translation>新的缺勤预警:{names}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="534" />
        <source>Choose a student first (arrows or type the pinyin initials).</source>
        <translation>请先选中一名学生(用方向键,或输入拼音首字母)。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="562" />
        <source>{cls} (my class)</source>
        <translation>{cls}(我的班)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="564" />
        <source>{cls} (view only)</source>
        <translation>{cls}(只能查看)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="621" />
        <source>Not submitted yet.</source>
        <translation>尚未提交。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="627" />
        <source>On roll {enrolled} · Present {present} · Not in school {missed}</source>
        <translation>应到 {enrolled} 人 · 实到 {present} 人 · 缺勤 {missed} 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="635" />
        <location filename="../../app/ui/roll_call_page.py" line="702" />
        <source>{day} {weekday}</source>
        <translation>{day} {weekday}</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="639" />
        <source>{cls}, {when}: not submitted yet. Everyone starts present — mark only who is missing.</source>
        <translation>{cls} {when}:尚未提交。所有人默认出勤,只需标出没到的学生。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="642" />
        <source>{cls}, {when}: submitted by {who} at {time}</source>
        <translation>{cls} {when}:由 {who} 于 {time} 提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="645" />
        <source>; last changed by {who} at {time} (revision {rev})</source>
        <translation>;{who} 于 {time} 最后修改(第 {rev} 版)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="647" />
        <source>.</source>
        <comment>the end of the sentence that says who submitted the roll call</comment>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="649" />
        <source>Also saved: {pupils} — no longer on the roll of this day, not counted here.</source>
        <translation>另有已保存的:{pupils}——该生当天已不在名单上,不计入上面的人数。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="652" />
        <source>View only: you cannot take the roll of this class.</source>
        <translation>只能查看:你不能为这个班级点名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="654" />
        <source>● Unsaved changes: press Ctrl+Enter or Submit.</source>
        <translation>● 有未提交的修改:请按 Ctrl+Enter 或点“提交”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="662" />
        <source>Submit changes (Ctrl+Enter)</source>
        <translation>提交修改(Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="670" />
        <source>Not in school: {n} ({names})</source>
        <translation>未到校 {n} 人({names})</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="674" />
        <source>Everyone present</source>
        <translation>全部出勤</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="681" />
        <source>{name} ({mark}; now {status})</source>
        <translation>{name}({mark},现为{status})</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="701" />
        <source>this morning</source>
        <translation>今天上午</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="707" />
        <source>There is no roll call before this one to copy.</source>
        <translation>这次点名之前没有可照抄的点名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="709" />
        <source>The roll was not taken on {day}: there is nothing to copy.</source>
        <translation>{day} 没有点名,无可照抄。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="712" />
        <source>This roll call is already submitted: correct the marks one by one.</source>
        <translation>这次点名已经提交:请逐个修改标记。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="713" />
        <source>Nobody marked absent (no reason) on {day} is still marked present here.</source>
        <translation>{day} 旷课的学生,这里都已另有标记(或今天请了假)。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="721" />
        <source>Same as this morning: {n} absent (=)</source>
        <translation>同上午:旷课 {n} 人 (=)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="722" />
        <source>Same as this morning (=)</source>
        <translation>同上午 (=)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="724" />
        <source>Same as yesterday: {n} absent (=)</source>
        <translation>同昨日:旷课 {n} 人 (=)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="732" />
        <source>Mark again as absent (no reason) who was so on {day} and is still marked present here: {names}. Pupils on approved leave today are left as they are. Check them before you submit; Ctrl+Z takes them back.</source>
        <translation>把 {day} 旷课、这里仍记为出勤的学生再记为旷课:{names}。今天已批准请假的学生不变。提交前请核对;Ctrl+Z 可撤回。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="754" />
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="757" />
        <source>Same as yesterday</source>
        <translation>同昨日</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="760" />
        <source>Keys:</source>
        <translation>按键:</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="761" />
        <source>Type pinyin initials (e.g. zs for 张三) to find a student (who was absent yesterday comes first), Tab for the next one; arrows move; Ctrl+Enter submits.</source>
        <translation>输入拼音首字母查找学生(如 zs 找张三,昨天缺勤的排在前面),按 Tab 找下一个;方向键移动;Ctrl+Enter 提交。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="812" />
        <source>Find “{text}”: no student</source>
        <translation>查找“{text}”:没有这个学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="816" />
        <source>Find “{text}”: {name}</source>
        <translation>查找“{text}”:{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="819" />
        <source>absent (no reason) {day}</source>
        <translation>{day} 旷课</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="820" />
        <source>absence alert open</source>
        <translation>缺勤预警处理中</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="821" />
        <source>on leave {day}</source>
        <translation>{day} 请假</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_page.py" line="823" />
        <source>({pos} of {n}, Tab for the next)</source>
        <translation>(第 {pos} 个,共 {n} 个,按 Tab 找下一个)</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="108" />
        <source>No.</source>
        <extracomment>(background, text) of each mark: warm colours for "not here", cool for "excused", grey for a locked leave</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="109" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="110" />
        <source>Attendance</source>
        <translation>出勤情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="111" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="222" />
        <source>Approved leave: {leave} — locked</source>
        <translation>已批准请假:{leave}(不能修改)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roll_call_roster.py" line="227" />
        <source>{name} has an approved leave ({leave}), so the roll call marks them excused by itself. To change it, cancel the leave (Leave… button).</source>
        <translation>{name}有已批准的请假({leave}),点名自动记为“已请假”。如需修改,请先撤销请假(“请假…”按钮)。</translation>
    </message>
</context>
<context>
    <name>RowErrorModel</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="89" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="91" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="92" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="93" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>SchoolDetailsPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="139" />
        <source>Your school</source>
        <translation>您的学校</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="140" />
        <source>Fields marked * are required. Copy the codes from your school's registration papers.</source>
        <translation>带 * 的必须填写。代码请照学校的登记材料填写。</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="141" />
        <source>10 digits, e.g. 2161072901</source>
        <translation>10 位数字,例如 2161072901</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="142" />
        <source>e.g. 马道镇中心学校</source>
        <translation>例如 马道镇中心学校</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="143" />
        <source>6 digits, e.g. 610729</source>
        <translation>6 位数字,例如 610729</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="144" />
        <source>e.g. 留坝县</source>
        <translation>例如 留坝县</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="145" />
        <source>e.g. 马道镇</source>
        <translation>例如 马道镇</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="147" />
        <source>Mobile, or landline with area code: 0916-3921026</source>
        <translation>手机号,或带区号的座机号:0916-3921026</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="163" />
        <source>School code (10 digits) *</source>
        <translation>学校标识码 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="164" />
        <source>School name *</source>
        <translation>学校名称 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="165" />
        <source>County code *</source>
        <translation>县区代码 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="166" />
        <source>County name</source>
        <translation>县区名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="167" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="168" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="169" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="170" />
        <source>Principal's name</source>
        <translation>校长姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="196" />
        <location filename="../../app/ui/wizard.py" line="202" />
        <source>{field}: incomplete</source>
        <translation>{field}:尚未填写完整</translation>
    </message>
</context>
<context>
    <name>SchoolInfoTab</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="278" />
        <source>School name *</source>
        <translation>学校名称 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="278" />
        <source>School code (10 digits) *</source>
        <translation>学校标识码 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="279" />
        <source>County code *</source>
        <translation>县区代码 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="279" />
        <source>County name</source>
        <translation>县区名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="280" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="280" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="280" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="281" />
        <source>Principal's name</source>
        <translation>校长姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="286" />
        <source>This is the demo school: sample data, not a real school.</source>
        <translation>这是演示学校:示例数据,不是真实学校。</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="288" />
        <location filename="../../app/ui/school_page.py" line="290" />
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="289" />
        <source>Save the school's details (Ctrl+S)</source>
        <translation>保存学校信息(Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="291" />
        <source>Undo my edits</source>
        <translation>撤销我的修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="308" />
        <source>The school's details were not saved</source>
        <translation>学校信息未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="311" />
        <source>The school's details have been saved.</source>
        <translation>学校信息已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="311" />
        <source>School</source>
        <translation>学校</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="462" />
        <source>School details</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation>学校信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="463" />
        <source>Classes</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="464" />
        <source>Staff</source>
        <translation>教职工</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="465" />
        <source>School years</source>
        <translation>学年</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="95" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="96" />
        <source>Teacher</source>
        <translation>送教教师</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="97" />
        <source>Hours</source>
        <translation>课时</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="99" />
        <source>What was taught</source>
        <translation>送教内容</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/ui/settings_page.py" line="49" />
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="49" />
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="50" />
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="50" />
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="51" />
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="51" />
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="52" />
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="54" />
        <source>Once a day</source>
        <translation>每天一次</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="55" />
        <source>Morning and afternoon</source>
        <translation>上午、下午各一次</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="56" />
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="57" />
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="58" />
        <source>Weekly + monthly ledgers</source>
        <translation>每周 + 每月台账</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="63" />
        <source>Roll call and absence alerts</source>
        <translation>点名与缺勤预警</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="65" />
        <source>Early warning</source>
        <translation>早期预警</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="67" />
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="68" />
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="70" />
        <source>Mentors and home teaching</source>
        <translation>帮扶与送教上门</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="89" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings_page.py" line="517" />
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="518" />
        <source>School calendar</source>
        <translation>校历</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_page.py" line="519" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>SituationSection</name>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="188" />
        <source>Why this child needs a mentor now</source>
        <translation>该生目前需要帮扶的原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="191" />
        <source>Family, who looks after the child, health, schoolwork, friends</source>
        <translation>家庭情况、由谁照料、健康、学业、交友</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="195" />
        <source>How likely is the child to drop out, and why; what to watch</source>
        <translation>辍学的可能性有多大、原因是什么、需要注意什么</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="198" />
        <source>Situation</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="199" />
        <source>Risk of dropping out</source>
        <translation>辍学风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="200" />
        <source>Risk notes</source>
        <translation>风险研判</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="202" />
        <source>Save situation and risk (Ctrl+S)</source>
        <translation>保存基本情况与风险(Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="207" />
        <source>None at the moment: no focus group, open alert or open case.</source>
        <translation>目前没有:不属于重点群体,也没有未处理的预警或个案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="213" />
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="216" />
        <source>Mentors: {list}</source>
        <translation>帮扶教师:{list}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_sections.py" line="217" />
        <source>No mentor yet.</source>
        <translation>尚无帮扶教师。</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="193" />
        <source>New staff member</source>
        <translation>新增教职工</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="196" />
        <source>(not given)</source>
        <translation>(未填写)</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="199" />
        <source>Mobile, e.g. 13800138000</source>
        <translation>手机号,例如 13800138000</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="200" />
        <source>e.g. 一级教师</source>
        <translation>例如 一级教师</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="201" />
        <source>Village where they live (for home visits nearby)</source>
        <translation>居住的村(便于就近家访)</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="203" />
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="204" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="205" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="206" />
        <source>Job title</source>
        <translation>职称</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="207" />
        <source>Lives in</source>
        <translation>居住地</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="208" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="212" />
        <source>The staff member was not saved</source>
        <translation>教职工未保存</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="375" />
        <source>Also show staff who have left</source>
        <translation>同时显示已离职的教职工</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="377" />
        <source>New staff member…</source>
        <translation>新增教职工…</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="379" />
        <source>Teaches a class…</source>
        <translation>安排任教班级…</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="380" />
        <source>Record that this teacher teaches a class, so they see its students</source>
        <translation>登记这位教师任教的班级,他(她)就能看到该班学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="381" />
        <source>Has left the school…</source>
        <translation>登记离职…</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="72" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="73" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="74" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="75" />
        <source>Job title</source>
        <translation>职称</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="76" />
        <source>Lives in</source>
        <translation>居住地</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="77" />
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/app.py" line="224" />
        <source>Baoxue is already open</source>
        <translation>保学已经打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="237" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="332" />
        <source>The school's database is encrypted, but it has no recovery key yet: if every password were forgotten, nobody could open it. Make the recovery key now and print it for the principal?</source>
        <translation>本校的数据库已加密,但还没有恢复密钥:如果所有密码都忘了,谁也打不开它。现在制作恢复密钥并为校长打印吗?</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="335" />
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="349" />
        <location filename="../../app/ui/app.py" line="363" />
        <source>Demo school</source>
        <translation>演示学校</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="350" />
        <source>Preparing the demo school (600 sample students)…</source>
        <translation>正在准备演示学校(600 名示例学生)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="394" />
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="398" />
        <source>Backing up the school's data…</source>
        <translation>正在备份学校的数据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="406" />
        <source>The automatic backup failed: see the message shown.</source>
        <translation>自动备份没有成功:请看弹出的提示。</translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <location filename="../../app/ui/student_page.py" line="66" />
        <source>(not yet enrolled)</source>
        <translation>(尚未入学)</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="69" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="71" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="72" />
        <source>Change</source>
        <translation>变动类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="74" />
        <source>Status</source>
        <translation>学籍状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="75" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>StepTableModel</name>
    <message>
        <location filename="../../app/ui/request_steps.py" line="91" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="92" />
        <source>Who</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="93" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="94" />
        <source>Now</source>
        <translation>办理后状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/request_steps.py" line="95" />
        <source>Comment</source>
        <translation>意见</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="143" />
        <source>Edit student — {name}</source>
        <extracomment>emitted with the student id after a successful save fill in and check a new child's record without saving it (a transfer-in request carries it until the principal approves); the checked input is then in :attr:`collected`</extracomment>
        <translation>编辑学生 — {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="144" />
        <source>Add student</source>
        <translation>新增学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="157" />
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="158" />
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="159" />
        <source>Focus groups</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="162" />
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="168" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="168" />
        <source>Save (Ctrl+S)</source>
        <translation>保存(Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="171" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="171" />
        <source>Close without saving (Esc)</source>
        <translation>不保存,关闭(Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="231" />
        <location filename="../../app/ui/student_dialog.py" line="232" />
        <location filename="../../app/ui/student_dialog.py" line="333" />
        <source>Please choose</source>
        <translation>请选择</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="237" />
        <source>18 digits; sex and birth date are filled in from it</source>
        <translation>18 位;填好后自动带出性别和出生日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="243" />
        <source>G + ID number, or L / J number; empty until registered</source>
        <translation>G + 身份证号,或 L / J 开头的学籍号;未注册学籍的可不填</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="251" />
        <source>Same as the class</source>
        <translation>与班级相同</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="254" />
        <source>Not filled in (today)</source>
        <translation>未填(按今天)</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="259" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="260" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="261" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="262" />
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="263" />
        <source>ID document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="264" />
        <source>ID number</source>
        <translation>身份证件号</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="266" />
        <source>Student no.</source>
        <translation>全国学籍号</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="271" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="272" />
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="273" />
        <source>Enrolment date</source>
        <translation>入学日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="274" />
        <source>Household registration</source>
        <translation>户口性质</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="275" />
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="276" />
        <source>Day / boarding</source>
        <translation>就读方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="284" />
        <source>e.g. 马道镇青桥村三组 12 号</source>
        <translation>如 马道镇青桥村三组 12 号</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="288" />
        <source>Anything the school should know about the family</source>
        <translation>学校需要了解的家庭情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="289" />
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="290" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="291" />
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="292" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="299" />
        <source>Tick every group the child belongs to. These children get extra care and are watched more closely for dropping out.</source>
        <translation>请勾选孩子所属的每一个群体。这些孩子会得到更多关爱,也是控辍保学重点关注的对象。</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="305" />
        <source>Registered poor household (建档立卡)</source>
        <translation>建档立卡贫困户</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="306" />
        <source>Child of migrant workers (随迁子女)</source>
        <translation>随迁子女</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="307" />
        <source>Learning difficulty</source>
        <translation>学习困难</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="308" />
        <source>Orphan</source>
        <translation>孤儿</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="309" />
        <source>Child of a prisoner</source>
        <translation>服刑人员子女</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="310" />
        <source>Family in economic hardship</source>
        <translation>家庭经济困难</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="311" />
        <source>Child of a martyr</source>
        <translation>烈士子女</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="312" />
        <source>Only child</source>
        <translation>独生子女</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="323" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="324" />
        <source>Left-behind child</source>
        <translation>留守儿童</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="325" />
        <source>Disability</source>
        <translation>残疾类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="506" />
        <source>Everything looks right. Press Save (Ctrl+S).</source>
        <translation>信息已填写完整,可以保存(Ctrl+S)。</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="510" />
        <source>{n} {n:item|items} still to fill in or correct.</source>
        <translation>还有 {n} 处需要填写或修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="511" />
        <source>Show me</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="534" />
        <source>No student number: the child is shown as “{label}” until the school registers them in the national system.</source>
        <translation>没有学籍号:在学校到全国学籍系统注册之前,显示为“{label}”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="538" />
        <source>⚠ The student number does not carry this ID number (the ID may have changed after registration). It is accepted and kept as a warning on the record: check it with the national system.</source>
        <translation>⚠ 学籍号中的身份证号与现在的身份证件号不同(可能在注册学籍后换过身份证)。可以保存,并会在学生档案中保留这条提示:请与全国学籍系统核对。</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="558" />
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="561" />
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="563" />
        <source>Filled in from the ID number: {what}</source>
        <translation>已根据身份证号填写:{what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="599" />
        <source>Not allowed</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="606" />
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="617" />
        <source>Discard changes?</source>
        <translation>放弃修改?</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_dialog.py" line="618" />
        <source>You have changed this student's record. Close without saving?</source>
        <translation>您修改了这名学生的信息,确定不保存就关闭吗?</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <location filename="../../app/ui/student_page.py" line="165" />
        <source>Identity</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation>身份信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="167" />
        <location filename="../../app/ui/student_page.py" line="267" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="169" />
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="172" />
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="174" />
        <source>Focus groups</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="176" />
        <source>Enrolment status history</source>
        <translation>学籍变动记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="178" />
        <source>Change history</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="180" />
        <source>No changes recorded, or you may not see them.</source>
        <translation>没有修改记录,或您无权查看。</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="209" />
        <location filename="../../app/ui/student_page.py" line="356" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="211" />
        <source>Change this student's record (Ctrl+E)</source>
        <translation>修改这名学生的信息(Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="215" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="234" />
        <source>Student file — {name}</source>
        <translation>学生档案 — {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="239" />
        <source>{n} {n:year|years} old</source>
        <translation>{n} 岁</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="240" />
        <source>no class</source>
        <translation>未分班</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="253" />
        <source>(not filled in)</source>
        <translation>(未填写)</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="255" />
        <source>Student no.</source>
        <translation>全国学籍号</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="256" />
        <source>ID document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="257" />
        <source>ID number</source>
        <translation>身份证件号</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="258" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="259" />
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="260" />
        <source>Household registration</source>
        <translation>户口性质</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="261" />
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="262" />
        <source>Day / boarding</source>
        <translation>就读方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="263" />
        <source>Enrolment date</source>
        <translation>入学日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="264" />
        <source>Status</source>
        <translation>学籍状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="268" />
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="269" />
        <source>Head teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="271" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="271" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="282" />
        <source>Child of a martyr</source>
        <translation>烈士子女</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="283" />
        <source>Only child</source>
        <translation>独生子女</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="284" />
        <source>Inclusive class (disabled child in a regular class)</source>
        <translation>随班就读(残疾儿童在普通班就读)</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="288" />
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="289" />
        <source>Family phone</source>
        <translation>家庭联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="290" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="291" />
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="292" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_page.py" line="327" />
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <location filename="../../app/ui/student_picker.py" line="25" />
        <source>Type a name or pinyin initials, e.g. zs for 张三</source>
        <translation>输入姓名或拼音首字母,如 zs 可找到张三</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_picker.py" line="75" />
        <source>No student matches “{text}”</source>
        <translation>没有与“{text}”相符的学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_picker.py" line="99" />
        <source>No student chosen yet.</source>
        <translation>还没有选择学生。</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_picker.py" line="103" />
        <source>Chosen: {name} ({cls})</source>
        <translation>已选:{name}({cls})</translation>
    </message>
    <message>
        <location filename="../../app/ui/student_picker.py" line="104" />
        <source>Chosen: {name}</source>
        <translation>已选:{name}</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <location filename="../../app/ui/registry.py" line="70" />
        <source>Name</source>
        <extracomment>the record kinds the registry shows (it reads again when one changes)</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="71" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="73" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="75" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="76" />
        <source>Student no.</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="79" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="81" />
        <source>Status</source>
        <translation>学籍状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="83" />
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="84" />
        <source>Focus groups</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="101" />
        <source>Not registered in the national student-status system yet: fill in the student number once the school has registered the child</source>
        <translation>尚未在全国学籍系统注册:学校注册后请补填学籍号</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="104" />
        <source>The student number does not carry the current ID number (the ID may have changed after the number was issued): check it with the national student-status system</source>
        <translation>学籍号中的身份证号与现在的身份证件号不同(可能在注册学籍后换过身份证):请与全国学籍系统核对</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="218" />
        <source>Suggested mentors</source>
        <translation>推荐帮扶教师</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="240" />
        <source>{n} {n:student|students} without a mentor; {free} free {free:place|places} below the maximum of {max}.</source>
        <translation>{n} 名学生尚无帮扶教师;在上限 {max} 人以内还有 {free} 个空位。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="244" />
        <source>{k} would go above the maximum: give a reason for each, or change or reject them.</source>
        <translation>其中 {k} 名会使教师超出上限:请逐一填写理由,或更换教师、不采纳。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="251" />
        <source>Apply the accepted ones</source>
        <translation>保存采纳的安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="257" />
        <source>Accept all</source>
        <translation>全部采纳</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="258" />
        <source>Reject all</source>
        <translation>全部不采纳</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="262" />
        <source>Untick a line to reject it. Double-click (or F2 on) the mentor to choose another teacher. Nothing is saved until you apply; then every accepted line is saved together, or none if one is refused.</source>
        <translation>取消勾选即不采纳该条。双击帮扶教师(或按 F2)可改选其他教师。按“保存采纳的安排”前不会保存;保存时所有采纳的安排一起保存,有一条被拒绝则全部不保存。</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="55" />
        <source>Accept</source>
        <translation>采纳</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="55" />
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="55" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="55" />
        <source>Why a mentor is needed</source>
        <translation>需要帮扶的原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="56" />
        <source>Mentor</source>
        <translation>帮扶教师</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="56" />
        <source>Mentees before → after</source>
        <translation>帮扶人数(前 → 后)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="56" />
        <source>Why this teacher</source>
        <translation>推荐理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="57" />
        <source>Reason above the maximum</source>
        <translation>超出上限的理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="114" />
        <source>(changed)</source>
        <translation>(已更改)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="118" />
        <source>chosen by you</source>
        <translation>由您选定</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="130" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="130" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="136" />
        <source>Needed only when the teacher would have more mentees than the maximum</source>
        <translation>仅在教师帮扶人数将超出上限时需要填写</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="335" />
        <source>Check and save</source>
        <translation>核对并保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="336" />
        <source>Please check the details. Press Back to correct something.</source>
        <translation>请核对以下信息。如需修改,请点“上一步”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="337" />
        <source>Save and start</source>
        <translation>保存并开始使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="351" />
        <source>(not given)</source>
        <translation>(未填写)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="353" />
        <source>School code</source>
        <translation>学校标识码</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="353" />
        <source>School name</source>
        <translation>学校名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="354" />
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="355" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="355" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="356" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="356" />
        <source>Principal</source>
        <translation>校长</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="357" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="358" />
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="358" />
        <source>made now</source>
        <translation>现在生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="359" />
        <source>later</source>
        <translation>以后再生成</translation>
    </message>
</context>
<context>
    <name>TargetDelegate</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="183" />
        <source>(not imported)</source>
        <translation>(不导入)</translation>
    </message>
</context>
<context>
    <name>TeacherLoadModel</name>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="44" />
        <source>Teacher</source>
        <extracomment>the drag payload: a JSON list of student ids (student ids, staff id) — emitted when students are dropped on a teacher</extracomment>
        <translation>教师</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="45" />
        <source>Mentees</source>
        <translation>帮扶人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="47" />
        <source>Caseload</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="48" />
        <source>Lives in</source>
        <translation>居住村</translation>
    </message>
</context>
<context>
    <name>TeacherPicker</name>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="302" />
        <source>Choose a mentor</source>
        <translation>选择帮扶教师</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="305" />
        <source>Type a name or its pinyin initials, e.g. wls</source>
        <translation>输入姓名或拼音首字母,例如 wls</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="322" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="323" />
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_dialogs.py" line="328" />
        <source>Mentor for {name}</source>
        <translation>为{name}选择帮扶教师</translation>
    </message>
</context>
<context>
    <name>TeachingDialog</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="247" />
        <source>{name} teaches a class</source>
        <translation>{name} 任教班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="251" />
        <source>e.g. 数学</source>
        <translation>例如 数学</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="253" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="254" />
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="255" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="262" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>TemplateTab</name>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="232" />
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="235" />
        <source>Back to the default text…</source>
        <translation>恢复默认文本…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="236" />
        <source>Preview a sample</source>
        <translation>预览样张</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="246" />
        <source>Pledge</source>
        <translation>责任书</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="248" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="249" />
        <source>Retention target</source>
        <translation>巩固率目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="252" />
        <source>Text (a line starting with 一、 二、 … is a section heading)</source>
        <translation>正文(以“一、”“二、”……开头的行是小标题)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="266" />
        <source>Placeholders</source>
        <translation>占位符</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="267" />
        <source>Click one to insert it where the cursor is. Each is replaced by its value when the pledges are printed.</source>
        <translation>点击可插入到光标处。打印时每个占位符都会替换为对应的内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="279" />
        <source>Only the principal and the registrar can change the pledge texts. You can preview them.</source>
        <translation>只有校长和学籍管理员可以修改责任书文本;您可以预览。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="300" />
        <source>The shipped default text</source>
        <translation>随程序提供的默认文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="301" />
        <source>Text changed by the school</source>
        <translation>学校修改过的文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="314" />
        <source>Your changes to this pledge text are not saved. Discard them?</source>
        <translation>对这份责任书文本的修改尚未保存。要放弃修改吗?</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="357" />
        <source>Saved. The next pledges printed use this text.</source>
        <translation>已保存。以后打印的责任书使用这份文本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="362" />
        <source>Replace this pledge text by the shipped default? The school's own text is lost.</source>
        <translation>用随程序提供的默认文本替换这份责任书文本?学校自己的文本将丢失。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="368" />
        <source>The default text is back.</source>
        <translation>已恢复默认文本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_pledges.py" line="383" />
        <source>Sample: {kind}</source>
        <translation>样张:{kind}</translation>
    </message>
</context>
<context>
    <name>TermTableModel</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="91" />
        <source>School year</source>
        <translation>学年</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="92" />
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="93" />
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="94" />
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="95" />
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="95" />
        <source>current term</source>
        <translation>本学期</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../app/ui/today_panel.py" line="39" />
        <source>Not taken yet today</source>
        <extracomment>the record kinds the panel shows (it reads again when one changes) the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation>今天还没点名的班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_panel.py" line="46" />
        <source>Click a class to open its roll call</source>
        <translation>点击班级打开它的点名</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_panel.py" line="49" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_panel.py" line="74" />
        <source>{cls} · {teacher} · {n} {n:student|students}</source>
        <translation>{cls} · {teacher} · {n} 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_panel.py" line="86" />
        <source>{n} {n:class has|classes have} not taken the roll today ({day}).</source>
        <translation>今天({day})有 {n} 个班级还没点名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_panel.py" line="75" />
        <source>no class teacher</source>
        <translation>无班主任</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_panel.py" line="83" />
        <source>{day} is not a school day ({reason}).</source>
        <translation>{day} 不是上学日({reason})。</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_panel.py" line="89" />
        <source>No class has students on roll yet: add the classes and import the student list first (School and Import roster pages).</source>
        <translation>还没有任何班级有在册学生:请先添加班级并导入学生名册(“学校”和“导入名册”页)。</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_panel.py" line="95" />
        <source>Every class has taken the roll today.</source>
        <translation>今天所有班级都已点名。</translation>
    </message>
</context>
<context>
    <name>UnconfirmedTableModel</name>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="137" />
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="138" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="139" />
        <source>New school</source>
        <translation>转入学校</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="140" />
        <source>Left on</source>
        <translation>转出日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="142" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="143" />
        <source>Days waiting</source>
        <translation>已等待天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="145" />
        <source>School days</source>
        <translation>已过上学日</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="147" />
        <source>Check</source>
        <translation>核查</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="152" />
        <source>The county: on no school's roll since {day}</source>
        <translation>县里:自 {day} 起未在任何学校注册(人籍分离)</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_page.py" line="154" />
        <source>Over {n} school {n:day|days}: ask the new school</source>
        <translation>已超过 {n} 个上学日:请向转入学校核实</translation>
    </message>
</context>
<context>
    <name>UncoveredModel</name>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="90" />
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="91" />
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="92" />
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="93" />
        <source>Why a mentor is needed</source>
        <translation>需要帮扶的原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/mentors_tables.py" line="95" />
        <source>Last mentor</source>
        <translation>原帮扶教师</translation>
    </message>
</context>
<context>
    <name>UnregisteredNotice</name>
    <message>
        <location filename="../../app/ui/registry.py" line="506" />
        <source>{n} pupil(s) on the roll have no national student number yet ({label}). Register them in the national student-status system, then fill in the number: &lt;a href="registry"&gt;show them in the student registry&lt;/a&gt;.</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation>有 {n} 名在校学生还没有全国学籍号({label})。请在全国学籍系统中注册,然后补填学籍号:&lt;a href="registry"&gt;在学籍名册中查看这些学生&lt;/a&gt;。</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="46" />
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="46" />
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="46" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="54" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="55" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="56" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="57" />
        <source>Staff member</source>
        <translation>对应教职工</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="58" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts_page.py" line="60" />
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
</context>
<context>
    <name>WeeklyPage</name>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="129" />
        <source>◀ Previous</source>
        <extracomment>the record kinds it shows: it reads again when a change set touches one</extracomment>
        <translation>◀ 上一期</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="131" />
        <source>Next ▶</source>
        <translation>下一期 ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="133" />
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="134" />
        <source>Copy as text</source>
        <translation>复制为文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="135" />
        <source>Copy the figures with the children's names, to paste into a message or a document</source>
        <translation>复制各项数字和学生姓名,可粘贴到消息或文档中</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="171" />
        <source>The figures the school reports to the county education bureau. Point at a figure to read how it is counted; select it to see the children behind it.</source>
        <translation>学校向县教育局报送的数字。鼠标指向某一项可查看统计口径;选中某一项可查看涉及的学生。</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="210" />
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="218" />
        <source>Monthly report</source>
        <translation>控辍保学月报</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="219" />
        <source>{year}-{month} ({start} to {end})</source>
        <translation>{year}年{month}月({start} 至 {end})</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="222" />
        <source>Weekly report</source>
        <translation>控辍保学周报</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="223" />
        <source>{start} to {end}, reported on {weekday}</source>
        <translation>{start} 至 {end},{weekday}报送</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="264" />
        <source>&lt;b&gt;{label}: {count}&lt;/b&gt;&lt;br&gt;{definition}</source>
        <translation>&lt;b&gt;{label}:{count}&lt;/b&gt;&lt;br&gt;{definition}</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="267" />
        <source>No child in this period.</source>
        <translation>本期没有学生。</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="285" />
        <source>Copied. Paste it with Ctrl+V.</source>
        <translation>已复制,可用 Ctrl+V 粘贴。</translation>
    </message>
</context>
<context>
    <name>WeeklyText</name>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="36" />
        <source>New absence alerts</source>
        <translation>新增缺勤预警</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="37" />
        <source>Alerts of unexcused absence raised in the period (withdrawn alerts do not count)</source>
        <translation>本期新产生的无故缺勤预警(已撤销的不计)</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="39" />
        <source>Home visits made</source>
        <translation>完成家访</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="40" />
        <source>Home visits in person made in the period (phone and video calls do not count); the number is of visits</source>
        <translation>本期入户家访次数(电话、视频联系不计)</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="42" />
        <source>New suspected dropouts</source>
        <translation>新增疑似辍学</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="43" />
        <source>Children whose unexcused absence reached the suspected-dropout threshold in the period</source>
        <translation>本期连续无故缺勤达到疑似辍学标准的学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="45" />
        <source>New dropouts</source>
        <translation>新增辍学</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="46" />
        <source>Children registered as dropouts (status change 28) in the period</source>
        <translation>本期登记辍学(学籍变动 28)的学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="48" />
        <source>Persuaded back</source>
        <translation>劝返复学</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="49" />
        <source>Suspected or registered dropouts back at school in the period</source>
        <translation>本期返校的疑似辍学和辍学学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="51" />
        <source>Still out of school</source>
        <translation>仍未返校</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="52" />
        <source>Registered and suspected dropouts not back at school at the end of the period</source>
        <translation>期末仍未返校的辍学和疑似辍学学生</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="55" />
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="55" />
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="56" />
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="56" />
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="57" />
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="57" />
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../app/ui/weekly_page.py" line="58" />
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/app.py" line="543" />
        <location filename="../../app/ui/wizard.py" line="107" />
        <source>Welcome to Baoxue</source>
        <extracomment>emitted with the new main window each time one is shown</extracomment>
        <translation>欢迎使用保学</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="108" />
        <source>This computer has no school yet. What would you like to do?</source>
        <translation>这台电脑上还没有设置学校。您想做什么?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="109" />
        <source>Set up my school</source>
        <translation>设置我的学校</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="111" />
        <source>Open the demo school</source>
        <translation>打开演示学校</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="121" />
        <source>Enter your school's details and create the first administrator account. About five minutes.</source>
        <translation>填写学校信息并创建第一个管理员账户,大约需要五分钟。</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="125" />
        <source>A made-up village school with 600 students, to try the program or to train. It is stored in a separate folder and never mixed with your school's data.</source>
        <translation>一所虚构的乡村学校,有 600 名学生,用来试用程序或培训。它保存在单独的文件夹中,绝不会和您学校的数据混在一起。</translation>
    </message>
</context>
<context>
    <name>WhereaboutsTab</name>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="249" />
        <source>Where the child is now (去向)</source>
        <translation>学生目前去向</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="249" />
        <source>Save (Ctrl+S)</source>
        <translation>保存(Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="252" />
        <source>e.g. at home helping on the farm; gone with the parents to Ningbo</source>
        <translation>如:在家帮忙务农;随父母去宁波</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="253" />
        <source>Where now</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tabs/persuasion.py" line="256" />
        <source>The monthly ledgers for the county list where each suspected dropout and dropout is now. Write what the home visits found; change it when it changes.</source>
        <translation>报县里的月报告台账要写明每名疑似辍学、辍学学生目前的去向。请按家访了解的情况填写,有变化时及时修改。</translation>
    </message>
</context>
<context>
    <name>YearsTab</name>
    <message>
        <location filename="../../app/ui/school_page.py" line="420" />
        <source>Each school year has two terms. Add the next school year before it starts (usually in summer).</source>
        <translation>每个学年有两个学期。请在新学年开始前(通常在暑假)添加下一学年。</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="433" />
        <source>Add school year {a}–{b}…</source>
        <translation>添加 {a}–{b} 学年…</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="438" />
        <source>Add the school year {a}–{b} with its two usual terms (September to January, February to July)?</source>
        <translation>添加 {a}–{b} 学年及通常的两个学期(9 月至次年 1 月、2 月至 7 月)吗?</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="440" />
        <source>New school year</source>
        <translation>新学年</translation>
    </message>
    <message>
        <location filename="../../app/ui/school_page.py" line="443" />
        <source>The school year was not added</source>
        <translation>学年未添加</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../app/ui/guide_shots.py" line="582" />
        <source>Export {period} to {folder}</source>
        <extracomment>how the throw-away profile's folders are shown: as on the school's Windows PC the folder of the throw-away profile that plays the USB stick (shown as drive E:)</extracomment>
        <translation>导出 {period} 到 {folder}</translation>
    </message>
</context>
</TS>