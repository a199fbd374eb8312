<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <source>行动</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>行动内容(&amp;A)</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>需求类别</source>
        <translation>Need category</translation>
    </message>
    <message>
        <source>责任方（五社联动）</source>
        <translation>Responsible party (five societies)</translation>
    </message>
    <message>
        <source>资源</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>责任人/单位名称</source>
        <translation>Person or unit responsible</translation>
    </message>
    <message>
        <source>资源库里没有时填写</source>
        <translation>When it is not in the resource directory</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>完成期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>（不指定资源）</source>
        <translation>(no resource named)</translation>
    </message>
    <message>
        <source>有 {0} 个资源提供这类服务，按匹配程度排列。</source>
        <translation>{0} resources offer this service, best match first.</translation>
    </message>
    <message>
        <source>资源库中没有提供这类服务并覆盖本村的资源。</source>
        <translation>No resource in the directory offers this service in this village.</translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <source>跟进事项</source>
        <translation>Follow-up action</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>完成期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>添加跟进事项（Alt+A）</source>
        <translation>Add follow-up (Alt+A)</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
</context>
<context>
    <name>AgreePlanDialog</name>
    <message>
        <source>确认服务计划</source>
        <translation>Agree service plan</translation>
    </message>
    <message>
        <source>服务对象（或监护人）同意并签字后确认。确认后这一版不能再修改，以后的修改会成为新版本。</source>
        <translation>Agree the plan once the client (or guardian) has agreed and signed. This version cannot be changed afterwards; later changes become a new version.</translation>
    </message>
    <message>
        <source>签字人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>确认日期</source>
        <translation>Date agreed</translation>
    </message>
    <message>
        <source>确认</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>督导审批</source>
        <translation>Supervision</translation>
    </message>
</context>
<context>
    <name>ApprovalModel</name>
    <message>
        <source>审批事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>个案</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>服务对象</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>提交人</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>提交日期</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>督导</source>
        <translation>Supervisor</translation>
    </message>
</context>
<context>
    <name>ApprovalPage</name>
    <message>
        <source>只看指定给我审批的</source>
        <translation>Only those assigned to me</translation>
    </message>
    <message>
        <source>督导审批</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>待审批 {0} 项</source>
        <translation>{0} waiting for approval</translation>
    </message>
</context>
<context>
    <name>ApprovalView</name>
    <message>
        <source>审批意见（退回时必填）</source>
        <translation>Comment (required when returning)</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>退回修改</source>
        <translation>Return for changes</translation>
    </message>
    <message>
        <source>打开个案</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>审批意见：</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <source>&lt;p&gt;没有待审批的事项。&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nothing is waiting for approval.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>这是您自己提交的，请由站长或督导审批。</source>
        <translation>You submitted this yourself; the station director or a supervisor must approve it.</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>服务对象 {0}&#x3000;{1}&#x3000;负责社工 {2}&#x3000;{3} {4} 提交</source>
        <translation>Client {0}  {1}  worker {2}  submitted by {4} on {3}</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>优势与资源</source>
        <translation>Strengths and resources</translation>
    </message>
    <message>
        <source>评估小结</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>优先处理的问题</source>
        <translation>Priority problems</translation>
    </message>
    <message>
        <source>总目标：{0}</source>
        <translation>Overall goal: {0}</translation>
    </message>
    <message>
        <source>目标 {0}：{1}</source>
        <translation>Goal {0}: {1}</translation>
    </message>
    <message>
        <source>{0}（{1}，{2}）</source>
        <translation>{0} ({1}, {2})</translation>
    </message>
    <message>
        <source>修订原因：{0}</source>
        <translation>Reason for the change: {0}</translation>
    </message>
    <message>
        <source>结案原因：{0}&#x3000;{1}</source>
        <translation>Reason for closing: {0}  {1}</translation>
    </message>
    <message>
        <source>最近评估 {0}：</source>
        <translation>Latest evaluation {0}:</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>需求评估 {0}</source>
        <translation>Needs assessment {0}</translation>
    </message>
    <message>
        <source>新的需求评估（第 {0} 次）</source>
        <translation>New needs assessment (no. {0})</translation>
    </message>
    <message>
        <source>评估日期(&amp;D)</source>
        <translation>Assessment &amp;date</translation>
    </message>
    <message>
        <source>评估人</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>下次评估日期</source>
        <translation>Next assessment</translation>
    </message>
    <message>
        <source>优势与资源</source>
        <translation>Strengths and resources</translation>
    </message>
    <message>
        <source>评估小结(&amp;S)</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>优先处理的问题</source>
        <translation>Priority problems</translation>
    </message>
    <message>
        <source>各领域需求程度：0 无需求，1 轻度，2 中度，3 严重。</source>
        <translation>Need level per domain: 0 none, 1 mild, 2 moderate, 3 severe.</translation>
    </message>
    <message>
        <source>“首次”是第一次评估（{0}）的结果。</source>
        <translation> “First” is the first assessment ({0}).</translation>
    </message>
    <message>
        <source>保存评估</source>
        <translation>Save assessment</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>这次评估已经督导审批通过，只能查看。情况有变化时，请新做一次评估。</source>
        <translation>This assessment has been approved and can only be viewed. If the situation has changed, make a new assessment.</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>批量打印</source>
        <translation>Batch printing</translation>
    </message>
    <message>
        <source>空白走访记录表（每户一份，印好户主、住址和成员）</source>
        <translation>Blank visit forms (one per household, with head, address and members printed)</translation>
    </message>
    <message>
        <source>家庭档案（每户一份）</source>
        <translation>Household profiles (one per household)</translation>
    </message>
    <message>
        <source>某月的全部走访记录</source>
        <translation>All visit records of a month</translation>
    </message>
    <message>
        <source>近期到期回顾的服务计划书</source>
        <translation>Service plans due for review soon</translation>
    </message>
    <message>
        <source>全部行政村</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source> 天内</source>
        <translation> days</translation>
    </message>
    <message>
        <source>行政村：</source>
        <translation>Village:</translation>
    </message>
    <message>
        <source>月份：</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>回顾日期：</source>
        <translation>Review due within:</translation>
    </message>
    <message>
        <source>生成的 PDF 可以预览、打印或保存；每份文书单独编页码。数量多时会在后台生成，可以随时取消。</source>
        <translation>The PDF can be previewed, printed or saved; each document has its own page numbers. Large batches are made in the background and can be cancelled at any time.</translation>
    </message>
    <message>
        <source>生成并预览</source>
        <translation>Make and preview</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>空白走访记录表</source>
        <translation>Blank visit forms</translation>
    </message>
    <message>
        <source>家庭档案</source>
        <translation>Household profiles</translation>
    </message>
    <message>
        <source>走访记录 {0}</source>
        <translation>Visit records {0}</translation>
    </message>
    <message>
        <source>服务计划书</source>
        <translation>Service plans</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>{0}号</source>
        <translation>No. {0}</translation>
    </message>
    <message>
        <source>服务对象</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>所属户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>个案编号</source>
        <translation>Case code</translation>
    </message>
    <message>
        <source>个案来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>接案日期</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <source>{0}（已 {1} 天）</source>
        <translation>{0} ({1} days ago)</translation>
    </message>
    <message>
        <source>负责社工</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>督导</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>（未指定，由站长审批）</source>
        <translation>(none named: the station director approves)</translation>
    </message>
    <message>
        <source>服务轮次</source>
        <translation>Round of service</translation>
    </message>
    <message>
        <source>第 {0} 轮（曾结案后重新开案）</source>
        <translation>Round {0} (reopened after closure)</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>主要问题</source>
        <translation>Presenting problem</translation>
    </message>
    <message>
        <source>重复救助提示：“{0}”同时由 {1} 提供，请核实是否重复，必要时协调停止其中一项。</source>
        <translation>Duplicate aid: “{0}” is provided by {1} at the same time. Check whether this duplicates help and, if so, arrange to stop one.</translation>
    </message>
    <message>
        <source>结案申请（{0}）正在等待督导审批，批准后个案结案。</source>
        <translation>The closure ({0}) is waiting for the supervisor; the case closes once it is approved.</translation>
    </message>
    <message>
        <source>服务计划须经督导批准才能开始介入：请点“提交审批”。</source>
        <translation>The plan must be approved by the supervisor before intervention starts: click Submit for approval.</translation>
    </message>
    <message>
        <source>尚未提交审批：{0}。</source>
        <translation>Not yet submitted for approval: {0}.</translation>
    </message>
    <message>
        <source>有 {0} 个转介已过跟进日期，请尽快跟进。</source>
        <translation>{0} referrals are past their follow-up date: follow them up soon.</translation>
    </message>
    <message>
        <source>督导退回了{0}（{1}）：{2}</source>
        <translation>The supervisor returned the {0} ({1}): {2}</translation>
    </message>
    <message>
        <source>需求评估（{0} 次）</source>
        <translation>Needs assessments ({0})</translation>
    </message>
    <message>
        <source>还没有需求评估。</source>
        <translation>No needs assessment yet.</translation>
    </message>
    <message>
        <source>首次（{0}）与最近一次（{1}）对比：需求总分 {2} → {3}；风险等级 {4} → {5}</source>
        <translation>First ({0}) compared with latest ({1}): total need {2} → {3}; risk level {4} → {5}</translation>
    </message>
    <message>
        <source>领域</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>需求程度</source>
        <translation>Need level</translation>
    </message>
    <message>
        <source>首次</source>
        <translation>First</translation>
    </message>
    <message>
        <source>最近</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <source>优势与资源</source>
        <translation>Strengths and resources</translation>
    </message>
    <message>
        <source>评估小结</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>服务计划</source>
        <translation>Service plan</translation>
    </message>
    <message>
        <source>还没有服务计划。</source>
        <translation>No service plan yet.</translation>
    </message>
    <message>
        <source>{0}草稿尚未与服务对象确认。</source>
        <translation>The draft of {0} has not been agreed with the client yet.</translation>
    </message>
    <message>
        <source>打开草稿</source>
        <translation>Open draft</translation>
    </message>
    <message>
        <source>{0} 由 {1} 确认签字</source>
        <translation>Agreed and signed by {1} on {0}</translation>
    </message>
    <message>
        <source>总目标</source>
        <translation>Overall goal</translation>
    </message>
    <message>
        <source>（衡量：{0}）</source>
        <translation> (measured by: {0})</translation>
    </message>
    <message>
        <source>目标 {0}</source>
        <translation>Goal {0}</translation>
    </message>
    <message>
        <source>行动</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>责任方</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>各版本：</source>
        <translation>Versions: </translation>
    </message>
    <message>
        <source>计划回顾（{0} 次）</source>
        <translation>Plan reviews ({0})</translation>
    </message>
    <message>
        <source>下次回顾：{0}</source>
        <translation>Next review: {0}</translation>
    </message>
    <message>
        <source>评估（目标达成）</source>
        <translation>Evaluation (goal attainment)</translation>
    </message>
    <message>
        <source>T 分数 {0:.0f}</source>
        <translation>T-score {0:.0f}</translation>
    </message>
    <message>
        <source>转介（{0} 个）</source>
        <translation>Referrals ({0})</translation>
    </message>
    <message>
        <source>接收资源</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>需求</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>转介日期</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>督导审批</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>过程记录</source>
        <translation>Case history</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>修改个案信息</source>
        <translation>Edit case</translation>
    </message>
    <message>
        <source>新建个案（接案）</source>
        <translation>New case (intake)</translation>
    </message>
    <message>
        <source>所属户(&amp;H)</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <source>服务对象</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>个案名称(&amp;T)</source>
        <translation>Case &amp;title</translation>
    </message>
    <message>
        <source>如：独居老人照顾安排</source>
        <translation>e.g. Care arrangements for an older person living alone</translation>
    </message>
    <message>
        <source>主要问题</source>
        <translation>Presenting problem</translation>
    </message>
    <message>
        <source>个案来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>来源说明</source>
        <translation>Source details</translation>
    </message>
    <message>
        <source>如：转介单位、求助人</source>
        <translation>e.g. referring unit, who asked for help</translation>
    </message>
    <message>
        <source>接案日期</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <source>负责社工</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>督导</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>（全户）</source>
        <translation>(whole household)</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>搜索：姓名、拼音首字母、身份证号或电话</source>
        <translation>Search: name, pinyin initials, ID number or phone</translation>
    </message>
    <message>
        <source>进行中的个案</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>全部个案</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>新建个案</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>需求评估…</source>
        <translation>Assess…</translation>
    </message>
    <message>
        <source>服务计划…</source>
        <translation>Service plan…</translation>
    </message>
    <message>
        <source>确认计划…</source>
        <translation>Agree plan…</translation>
    </message>
    <message>
        <source>提交审批</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <source>计划回顾…</source>
        <translation>Review plan…</translation>
    </message>
    <message>
        <source>转介…</source>
        <translation>Refer…</translation>
    </message>
    <message>
        <source>评估…</source>
        <translation>Evaluate…</translation>
    </message>
    <message>
        <source>结案…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>重新开案…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>修改个案…</source>
        <translation>Edit case…</translation>
    </message>
    <message>
        <source>查看户档案</source>
        <translation>Show household</translation>
    </message>
    <message>
        <source>个案</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>全部社工</source>
        <translation>All workers</translation>
    </message>
    <message>
        <source>共 {0} 个个案</source>
        <translation>{0} cases</translation>
    </message>
    <message>
        <source>&#x3000;今年评估 {0} 个个案、{1} 个目标，{2:.0f}% 达到预期或更好</source>
        <translation>  This year: {0} cases, {1} goals evaluated, {2:.0f}% as expected or better</translation>
    </message>
    <message>
        <source>&lt;p&gt;没有找到个案。点“新建个案”为一户或一位居民接案。&lt;/p&gt;</source>
        <translation>&lt;p&gt;No case found. Click “New case” to open a case for a household or a resident.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>编辑计划草稿…</source>
        <translation>Edit plan draft…</translation>
    </message>
    <message>
        <source>修订计划…</source>
        <translation>Revise plan…</translation>
    </message>
    <message>
        <source>申请结案…</source>
        <translation>Request closure…</translation>
    </message>
    <message>
        <source>修订服务计划</source>
        <translation>Revise service plan</translation>
    </message>
    <message>
        <source>已确认的计划已打印签字，不能直接修改。要在它的基础上生成新版本吗？原版本会保留。</source>
        <translation>The agreed plan was printed and signed and cannot be changed. Make a new version from it? The agreed version is kept.</translation>
    </message>
    <message>
        <source>已提交审批</source>
        <translation>Submitted for approval</translation>
    </message>
    <message>
        <source>已提交督导审批：{0}。督导可在“督导审批”页批准或退回。</source>
        <translation>Submitted to the supervisor: {0}. The supervisor approves or returns it on the Supervision page.</translation>
    </message>
    <message>
        <source>还不能结案</source>
        <translation>Cannot close yet</translation>
    </message>
    <message>
        <source>结案前要先做评估：请点“评估…”为本轮服务的目标评定达成情况，再结案。</source>
        <translation>Evaluate before closing: click “Evaluate…” to rate the goals of this round of service, then close the case.</translation>
    </message>
    <message>
        <source>重新开案</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <source>重新开案原因</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <source>重新开案后开始新一轮服务，从需求评估开始，结案前需要重新评估。</source>
        <translation>Reopening starts a new round of service with a needs assessment; it needs a new evaluation before it can be closed.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>个案名称</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>服务对象</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>行政村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>负责社工</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>接案日期</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>待审批</source>
        <translation>Pending</translation>
    </message>
</context>
<context>
    <name>CaseTexts</name>
    <message>
        <source>未评</source>
        <translation>not rated</translation>
    </message>
    <message>
        <source>↓ 减少 {0}</source>
        <translation>↓ down {0}</translation>
    </message>
    <message>
        <source>↑ 增加 {0}</source>
        <translation>↑ up {0}</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>no change</translation>
    </message>
    <message>
        <source>草稿（未确认）</source>
        <translation>draft (not agreed)</translation>
    </message>
    <message>
        <source>已确认，已被新版本取代</source>
        <translation>agreed, replaced by a newer version</translation>
    </message>
    <message>
        <source>已确认（当前版本）</source>
        <translation>agreed (current version)</translation>
    </message>
    <message>
        <source>进入阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>重新开案</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>督导退回结案</source>
        <translation>Closure returned by the supervisor</translation>
    </message>
    <message>
        <source>申请结案</source>
        <translation>Closure requested</translation>
    </message>
    <message>
        <source>第 {0} 版</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>逾期 {0} 天</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>全镇</source>
        <translation>Whole township</translation>
    </message>
    <message>
        <source>在办 {0}，不限人数</source>
        <translation>{0} in progress, no limit</translation>
    </message>
    <message>
        <source>在办 {0}/{1}</source>
        <translation>{0}/{1} in progress</translation>
    </message>
    <message>
        <source>覆盖本村</source>
        <translation>Serves this village</translation>
    </message>
    <message>
        <source>全镇服务</source>
        <translation>Serves the township</translation>
    </message>
    <message>
        <source>已满</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>完成 {0} 次，未接收 {1} 次</source>
        <translation>{0} completed, {1} declined</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>第 3 步：预览（还没有写入）</source>
        <translation>Step 3: preview (nothing written yet)</translation>
    </message>
    <message>
        <source>下面是导入后会发生的变化。按“导入”一次性写入；有错误的行不导入，可保存错误清单交回改正。</source>
        <translation>This is what the import will change. Press “Import” to write it all at once; rows with errors are not imported; save the error list to hand back for correction.</translation>
    </message>
    <message>
        <source>待确认：勾选确实是同一人的（会更新那个人；不勾选的不导入）</source>
        <translation>To confirm: tick those that really are the same person (that person is updated; unticked rows are not imported)</translation>
    </message>
    <message>
        <source>保存错误清单…</source>
        <translation>Save error list…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>第 {0} 行 {1}：可能是已登记的 {2}（{3}，{4}）</source>
        <translation>Row {0} {1}: may be {2}, already registered ({3}, {4})</translation>
    </message>
    <message>
        <source>可能已退出（登记簿中有“{0}”、名册中没有；只提示，不会删除）：{1} 人</source>
        <translation>May have left (on the register with “{0}”, not on the roster; only flagged, never removed): {1} people</translation>
    </message>
    <message>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>正在导入名册…</source>
        <translation>Importing the roster…</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>结案</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>结案原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>结案日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>结案说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>本站结案须经督导批准：提交后个案仍在“评估”阶段，督导批准后结案；退回时可修改后再申请。</source>
        <translation>This station&apos;s closures must be approved: after you submit, the case stays at Evaluation and closes once the supervisor approves; if it is returned, make the changes and ask again.</translation>
    </message>
    <message>
        <source>确定后个案即结案。</source>
        <translation>The case is closed when you confirm.</translation>
    </message>
    <message>
        <source>提交结案申请</source>
        <translation>Request closure</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>核对冲突</source>
        <translation>Review a conflict</translation>
    </message>
    <message>
        <source>项目：{0}</source>
        <translation>Field: {0}</translation>
    </message>
    <message>
        <source>你的决定会记为一次修改，下次同步时带到本站的其他电脑。</source>
        <translation>Your decision is recorded as an edit and reaches the station&apos;s other computers with the next sync.</translation>
    </message>
    <message>
        <source>保存决定</source>
        <translation>Save decision</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>几台电脑在没有互相同步的情况下都改了“{0}”，现在有 {1} 个不同的值。请选择要保留的值，或者填写新的值。</source>
        <translation>Several computers changed “{0}” without syncing with each other; there are now {1} different values. Choose the value to keep, or enter a new one.</translation>
    </message>
    <message>
        <source>几台电脑在没有互相同步的情况下都改了“{0}”，现在有 {1} 个不同的值。请选择要保留的值。</source>
        <translation>Several computers changed “{0}” without syncing with each other; there are now {1} different values. Choose the value to keep.</translation>
    </message>
    <message>
        <source>值 {0}</source>
        <translation>Value {0}</translation>
    </message>
    <message>
        <source>（目前显示的值）</source>
        <translation> (shown now)</translation>
    </message>
    <message>
        <source>填写新的值：</source>
        <translation>Enter a new value:</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>另一台电脑</source>
        <translation>another computer</translation>
    </message>
    <message>
        <source>这条记录已被删除（{0}），但另一台电脑在删除前没有看到下面的修改。请决定：保持删除，还是恢复这条记录并保留这些修改。</source>
        <translation>This record was deleted ({0}), but another computer made the changes below without having seen the deletion. Decide: keep it deleted, or restore the record with these changes.</translation>
    </message>
    <message>
        <source>{0}：{1}（{2}）</source>
        <translation>{0}: {1} ({2})</translation>
    </message>
    <message>
        <source>保持删除</source>
        <translation>Keep it deleted</translation>
    </message>
    <message>
        <source>这些修改不再显示，记录仍保留在历史中。</source>
        <translation>These changes are no longer shown; the record stays in the history.</translation>
    </message>
    <message>
        <source>恢复这条记录，并保留这些修改</source>
        <translation>Restore the record with these changes</translation>
    </message>
    <message>
        <source>请先选择要保留的值。</source>
        <translation>Please choose the value to keep first.</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>应访户数</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>已访户数</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>未访户数</source>
        <translation>Not visited</translation>
    </message>
    <message>
        <source>探访率</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>（未分村）</source>
        <translation>(no village)</translation>
    </message>
    <message>
        <source>（未分组）</source>
        <translation>(no group)</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>{0} 年 {1} 月</source>
        <translation>{1}/{0}</translation>
    </message>
    <message>
        <source>行政村 / 村民小组</source>
        <translation>Village / group</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>应访户：按走访周期，本月到期或已逾期的户（含从未走访的户）；已访：本月至少有一次见到人的走访（入户未遇、作废的不计）。周期按现行规则和人员类别计算。</source>
        <translation>Due: households whose visit fell due this month or earlier (including those never visited). Visited: at least one visit this month where someone was met (attempts where nobody was home and withdrawn visits do not count). Intervals follow today&apos;s rules and groups.</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>按风险等级</source>
        <translation>By risk level</translation>
    </message>
    <message>
        <source>探访率</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>应访 {0} 户，已访 {1} 户，探访率 {2}。</source>
        <translation>{0} households due, {1} visited, coverage {2}.</translation>
    </message>
    <message>
        <source>另有 {0} 户未到期也已走访。</source>
        <translation>{0} more households were visited before they were due.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>如 2026-11-28 或 1128</source>
        <translation>e.g. 2026-11-28 or 1128</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>评估：目标达成情况</source>
        <translation>Evaluation: goal attainment</translation>
    </message>
    <message>
        <source>评估日期(&amp;D)</source>
        <translation>Evaluation &amp;date</translation>
    </message>
    <message>
        <source>具体目标</source>
        <translation>Specific goal</translation>
    </message>
    <message>
        <source>衡量标准</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>达成程度</source>
        <translation>Attainment</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>（请评定）</source>
        <translation>(rate it)</translation>
    </message>
    <message>
        <source>-2 远低于预期，-1 低于预期，0 达到预期，+1 高于预期，+2 远高于预期。</source>
        <translation>-2 much less than expected, -1 less than expected, 0 as expected, +1 more than expected, +2 much more than expected.</translation>
    </message>
    <message>
        <source>这个个案没有已确认的服务计划，只需写评估小结。</source>
        <translation>This case has no agreed service plan: only a summary is needed.</translation>
    </message>
    <message>
        <source>评估小结(&amp;S)</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>服务对象的反馈</source>
        <translation>Client&apos;s feedback</translation>
    </message>
    <message>
        <source>保存评估</source>
        <translation>Save evaluation</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已评定 {0}/{1} 个目标，T 分数 {2}（50 为达到预期）</source>
        <translation>{0}/{1} goals rated, T-score {2} (50 is as expected)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>导出完整的身份证号和电话号码（默认只显示部分号码）</source>
        <translation>Export full ID numbers and phone numbers (partly hidden by default)</translation>
    </message>
    <message>
        <source>导出的文件含有服务对象的个人信息，请妥善保管，用后及时删除。每次导出都会记录导出人和时间。</source>
        <translation>The file holds clients&apos; personal information: keep it safe and delete it when done. Every export is logged with who exported it and when.</translation>
    </message>
    <message>
        <source>每次导出都会记录导出人和时间。</source>
        <translation>Every export is logged with who exported it and when.</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>请填写要保存的文件名。</source>
        <translation>Please enter the file name to save to.</translation>
    </message>
    <message>
        <source>导出完整号码</source>
        <translation>Export full numbers</translation>
    </message>
    <message>
        <source>导出的文件将含有完整的身份证号和电话号码。确定要导出完整号码吗？（导出人和时间会被记录）</source>
        <translation>The file will hold full ID numbers and phone numbers. Export the full numbers? (Who exported it and when will be logged.)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>第 1 步：选择名册文件</source>
        <translation>Step 1: choose the roster file</translation>
    </message>
    <message>
        <source>支持 .xlsx、.xls 和 .csv（UTF-8 或 GBK）。表头可以在标题行下面，也可以是合并的两行表头。</source>
        <translation>.xlsx, .xls and .csv (UTF-8 or GBK) are supported. The header may sit below title rows or be a merged two-row header.</translation>
    </message>
    <message>
        <source>名册文件的位置</source>
        <translation>Where the roster file is</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>名册文件</source>
        <translation>Roster file</translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>例如：县民政局低保名册（按来源记住列的对应）</source>
        <translation>e.g. county civil affairs dibao roster (the column mapping is remembered per source)</translation>
    </message>
    <message>
        <source>名册来源</source>
        <translation>Roster source</translation>
    </message>
    <message>
        <source>（不加标签）</source>
        <translation>(no tag)</translation>
    </message>
    <message>
        <source>每人加上的人员类别</source>
        <translation>Group every person gets</translation>
    </message>
    <message>
        <source>年-月，例如 2026-11</source>
        <translation>YYYY-MM, e.g. 2026-11</translation>
    </message>
    <message>
        <source>名册日期</source>
        <translation>Roster date</translation>
    </message>
    <message>
        <source>以往的导入…</source>
        <translation>Earlier imports…</translation>
    </message>
    <message>
        <source>选择名册文件</source>
        <translation>Choose the roster file</translation>
    </message>
    <message>
        <source>名册 (*.xlsx *.xls *.csv)</source>
        <translation>Rosters (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>导入名册</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <source>请先选择名册文件。</source>
        <translation>Choose the roster file first.</translation>
    </message>
    <message>
        <source>正在读取名册…</source>
        <translation>Reading the roster…</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>具体目标</source>
        <translation>Specific goal</translation>
    </message>
    <message>
        <source>目标要具体、可观察、可衡量，用正面的说法，如“三个月内每周至少 5 天有人送午餐”。</source>
        <translation>Make the goal specific, observable, measurable and positively worded, e.g. “within three months, lunch is brought at least 5 days a week”.</translation>
    </message>
    <message>
        <source>具体目标(&amp;G)</source>
        <translation>Specific &amp;goal</translation>
    </message>
    <message>
        <source>衡量标准</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HouseholdCases</name>
    <message>
        <source>重复救助提示：“{0}”同时由 {1} 提供，请核实。</source>
        <translation>Duplicate aid: “{0}” is provided by {1} at the same time; please check.</translation>
    </message>
    <message>
        <source>进行中的个案（{0} 个）</source>
        <translation>Open cases ({0})</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}&#x3000;{2}阶段&#x3000;负责社工 {3}&#x3000;{4} 接案</source>
        <translation>{0}  {1}  stage: {2}  worker {3}  opened {4}</translation>
    </message>
</context>
<context>
    <name>HouseholdDetail</name>
    <message>
        <source>{0} 岁</source>
        <translation>{0} years</translation>
    </message>
    <message>
        <source>（{0}残疾 {1}）</source>
        <translation> ({0} disability, {1})</translation>
    </message>
    <message>
        <source>监护人：{0}</source>
        <translation>Guardian: {0}</translation>
    </message>
    <message>
        <source>{0}户</source>
        <translation>Household of {0}</translation>
    </message>
    <message>
        <source>（无户主）</source>
        <translation>(no head)</translation>
    </message>
    <message>
        <source>{0}号</source>
        <translation>No. {0}</translation>
    </message>
    <message>
        <source>档案编号</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>详细地址</source>
        <translation>Full address</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>负责社工</source>
        <translation>Responsible worker</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>最近修改</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>家庭成员（{0} 人）</source>
        <translation>Members ({0})</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>编辑户档案</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <source>新建户档案</source>
        <translation>New household record</translation>
    </message>
    <message>
        <source>行政村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation>Village group</translation>
    </message>
    <message>
        <source>门牌号</source>
        <translation>House no.</translation>
    </message>
    <message>
        <source>详细地址</source>
        <translation>Full address</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>负责社工</source>
        <translation>Responsible worker</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation>Special groups</translation>
    </message>
    <message>
        <source>添加成员…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>修改成员…</source>
        <translation>Edit member…</translation>
    </message>
    <message>
        <source>移除成员</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>家庭成员（关系为“户主”的成员是户主）</source>
        <translation>Members (the member whose relation is &quot;Head&quot; is the household head)</translation>
    </message>
    <message>
        <source>添加成员</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>从本户移除 {0}？保存后生效，记录会保留在历史中。</source>
        <translation>Remove {0} from this household? This takes effect when you save; the record stays in the history.</translation>
    </message>
    <message>
        <source>请至少添加一名成员（户主）。</source>
        <translation>Please add at least one member (the household head).</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>第 {0} 位成员</source>
        <translation>Member {0}</translation>
    </message>
    <message>
        <source>身份证号已登记</source>
        <translation>ID number already registered</translation>
    </message>
    <message>
        <source>要打开 {0} 的档案吗？</source>
        <translation>Open the record of {0}?</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>搜索：姓名、拼音首字母（如 zs）、身份证号或电话的任意部分</source>
        <translation>Search: any part of a name, pinyin initials (e.g. zs), ID number or phone</translation>
    </message>
    <message>
        <source>新建户</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>已删除…</source>
        <translation>Removed…</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>户档案</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>全部行政村</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>全部人员类别</source>
        <translation>All special groups</translation>
    </message>
    <message>
        <source>共 {0} 户</source>
        <translation>{0} households</translation>
    </message>
    <message>
        <source>请先设置站点</source>
        <translation>Set up the station first</translation>
    </message>
    <message>
        <source>还没有行政村，请先在“设置”中完成站点设置。</source>
        <translation>There are no villages yet. Please finish the station set-up in Settings first.</translation>
    </message>
    <message>
        <source>删除户档案</source>
        <translation>Delete household record</translation>
    </message>
    <message>
        <source>确定删除 {0} 户（{1} 人）的档案吗？
删除后在列表中不再显示，记录仍保留在数据库的历史中，可由管理员恢复。</source>
        <translation>Delete the record of the household of {0} ({1} people)?
It will no longer be listed; the record stays in the database history and an administrator can restore it.</translation>
    </message>
</context>
<context>
    <name>HouseholdPicker</name>
    <message>
        <source>户主或成员姓名、拼音首字母（如 sds）、身份证号或电话</source>
        <translation>Member name, pinyin initials (e.g. sds), ID number or phone</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>行政村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation>Village group</translation>
    </message>
    <message>
        <source>门牌号</source>
        <translation>House no.</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation>Special groups</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>负责社工</source>
        <translation>Responsible worker</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>{0}（匹配：{1}）</source>
        <translation>{0} (matched: {1})</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>以往的导入</source>
        <translation>Earlier imports</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>撤销所选的导入</source>
        <translation>Undo the selected import</translation>
    </message>
    <message>
        <source>请先选择一次导入。</source>
        <translation>Select an import first.</translation>
    </message>
    <message>
        <source>撤销导入</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>撤销“{0}”（{1}）的导入？这次导入新建的户和人员会被移除，更新过的人员恢复原样。</source>
        <translation>Undo the import of “{0}” ({1})? The households and people it created are removed and the people it updated are restored.</translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <source>导入时间</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>导入人</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>新建户 {0}，新增成员 {1}，更新 {2}，加标签 {3}</source>
        <translation>{0} new households, {1} new members, {2} updated, {3} tagged</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>本期</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>上期</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>环比</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>本年累计</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>口径说明</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>本季度</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>上季度</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>上年</source>
        <translation>Last year</translation>
    </message>
</context>
<context>
    <name>IntervalEdit</name>
    <message>
        <source>不定期（不排入待走访）</source>
        <translation>No fixed interval (not scheduled)</translation>
    </message>
    <message>
        <source>每</source>
        <translation>Every</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>载入演示数据…</source>
        <translation>Load demo data…</translation>
    </message>
    <message>
        <source>导入名册…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于社工站工作台</source>
        <translation>About StationDesk</translation>
    </message>
    <message>
        <source>（未设置站点）</source>
        <translation>(no station set up)</translation>
    </message>
    <message>
        <source>社工站工作台 — {0}</source>
        <translation>StationDesk — {0}</translation>
    </message>
    <message>
        <source>{0}&#x3000;社工：{1}&#x3000;本机：{2}&#x3000;{3} 户 {4} 人</source>
        <translation>{0}   Worker: {1}   Computer: {2}   {3} households, {4} people</translation>
    </message>
    <message>
        <source>社工站工作台 StationDesk {0}
乡镇社工站离线工作台：户档案、走访、个案与台账。
数据只保存在本机：{1}</source>
        <translation>StationDesk {0}
The offline workbench of a township social work station: households, visits, cases and ledgers.
Data is kept on this computer only: {1}</translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>生成多少户演示数据？（演示数据会加入当前数据库）</source>
        <translation>How many demo households? (They are added to the current database.)</translation>
    </message>
    <message>
        <source>已取消，已载入 {0} 户。</source>
        <translation>Cancelled; {0} households were loaded.</translation>
    </message>
    <message>
        <source>已载入 {0} 户演示数据。</source>
        <translation>Loaded {0} demo households.</translation>
    </message>
    <message>
        <source>演示站点</source>
        <translation>Demo station</translation>
    </message>
    <message>
        <source>演示站点的同步口令是：{0}
在“同步”页导出或导入 U 盘同步包时输入它。</source>
        <translation>The demo station&apos;s sync passphrase is: {0}
Enter it on the Sync page when you export or import a USB bundle.</translation>
    </message>
    <message>
        <source>正在生成演示数据…</source>
        <translation>Generating demo data…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>第 2 步：核对列的对应</source>
        <translation>Step 2: check the column mapping</translation>
    </message>
    <message>
        <source>常见的列名已自动对应。请核对每一列对应到户档案的哪一项，不需要的列选“不导入”。</source>
        <translation>Usual column headings are mapped automatically. Check which register field each column fills; choose “Do not import” for columns not needed.</translation>
    </message>
    <message>
        <source>工作表“{0}”：表头在第 {1} 行，共 {2} 行数据。</source>
        <translation>Sheet “{0}”: header on row {1}, {2} data rows.</translation>
    </message>
    <message>
        <source>已按“{0}”上次的对应关系填好。</source>
        <translation>Filled in as last time for “{0}”.</translation>
    </message>
    <message>
        <source>不导入</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>导入名册</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <source>正在核对名册…</source>
        <translation>Checking the roster…</translation>
    </message>
</context>
<context>
    <name>ObservationGrid</name>
    <message>
        <source>情况说明（选填）</source>
        <translation>Details (optional)</translation>
    </message>
</context>
<context>
    <name>OverdueReferralsBox</name>
    <message>
        <source>服务对象</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>接收资源</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>需求</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>跟进日期</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>转介人</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>跟进转介…</source>
        <translation>Follow up…</translation>
    </message>
    <message>
        <source>打开个案</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>逾期未跟进的转介（{0} 个）</source>
        <translation>Overdue referral follow-ups ({0})</translation>
    </message>
    <message>
        <source>督导待审批 {0} 项</source>
        <translation>{0} waiting for supervision</translation>
    </message>
</context>
<context>
    <name>PartnerGrid</name>
    <message>
        <source>姓名或单位</source>
        <translation>Name or organisation</translation>
    </message>
    <message>
        <source>姓名（选填）</source>
        <translation>Name (optional)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>设置同步口令</source>
        <translation>Set the sync passphrase</translation>
    </message>
    <message>
        <source>U 盘上的同步包用这个口令加密，本站所有电脑使用同一个口令。口令设置后不能更改，请妥善保管，并当面告诉本站使用社工站工作台的同事。</source>
        <translation>Sync files on the USB stick are encrypted with this passphrase; every computer of the station uses the same one. It cannot be changed once set: keep it safe and tell it in person to the colleagues who use StationDesk.</translation>
    </message>
    <message>
        <source>如果本站其他电脑已经在用同步口令，请不要在这里新设口令，而是导入那台电脑导出的同步包：本机会随之使用本站的口令。</source>
        <translation>If other computers of the station already use a sync passphrase, do not set a new one here; import a sync file exported by one of them instead, and this computer takes on the station&apos;s passphrase.</translation>
    </message>
    <message>
        <source>同步口令</source>
        <translation>Sync passphrase</translation>
    </message>
    <message>
        <source>U 盘可能丢失：捡到的人可以在自己的电脑上不停地试口令。请用至少 {0} 个字符（一个汉字算 2 个），把几个不相干的词、数字和符号连起来，不要用生日、电话、123456、连续或重复的字符。例如：{1}</source>
        <translation>A USB stick can get lost, and whoever finds it can try passphrases on their own computer for as long as they like. Use at least {0} characters (a Chinese character counts as 2): join a few unrelated words, numbers and symbols; no birthdays, phone numbers, 123456, runs or repeated characters. For example: {1}</translation>
    </message>
    <message>
        <source>至少 {0} 个字符，一个汉字算 2 个</source>
        <translation>At least {0} characters; a Chinese character counts as 2</translation>
    </message>
    <message>
        <source>再输一次口令</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>显示口令</source>
        <translation>Show passphrase</translation>
    </message>
    <message>
        <source>设置口令</source>
        <translation>Set passphrase</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>无法设置口令</source>
        <translation>Cannot set the passphrase</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>成员信息</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>添加成员</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>18 位，输入后自动填写性别和出生日期</source>
        <translation>18 characters; sex and date of birth are filled in from it</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>如 2010-03-15</source>
        <translation>e.g. 2010-03-15</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation>Special groups</translation>
    </message>
    <message>
        <source>残疾类别</source>
        <translation>Disability type</translation>
    </message>
    <message>
        <source>残疾等级</source>
        <translation>Disability grade</translation>
    </message>
    <message>
        <source>居住状况</source>
        <translation>Living situation</translation>
    </message>
    <message>
        <source>监护人（未成年人填写）</source>
        <translation>Guardian (for minors)</translation>
    </message>
    <message>
        <source>监护人姓名</source>
        <translation>Guardian name</translation>
    </message>
    <message>
        <source>监护人关系</source>
        <translation>Guardian relation</translation>
    </message>
    <message>
        <source>监护人电话</source>
        <translation>Guardian phone</translation>
    </message>
    <message>
        <source>健康状况</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>本户已有成员 {0} 使用这个身份证号，请核对。</source>
        <translation>Member {0} of this household already has this ID number; please check.</translation>
    </message>
    <message>
        <source>身份证号已登记</source>
        <translation>ID number already registered</translation>
    </message>
    <message>
        <source>打开 {0} 的档案</source>
        <translation>Open the record of {0}</translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation>Back to editing</translation>
    </message>
    <message>
        <source>请修改</source>
        <translation>Please correct</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>服务计划 {0}</source>
        <translation>Service plan {0}</translation>
    </message>
    <message>
        <source>（已确认，只能查看）</source>
        <translation> (agreed: view only)</translation>
    </message>
    <message>
        <source>修订服务计划（生成新版本）</source>
        <translation>Revise service plan (new version)</translation>
    </message>
    <message>
        <source>新建服务计划</source>
        <translation>New service plan</translation>
    </message>
    <message>
        <source>总目标(&amp;O)</source>
        <translation>&amp;Overall goal</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>回顾日期</source>
        <translation>Review dates</translation>
    </message>
    <message>
        <source>如 2026-12-15、2027-01-20</source>
        <translation>e.g. 2026-12-15, 2027-01-20</translation>
    </message>
    <message>
        <source>修订原因</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>具体目标</source>
        <translation>Specific goal</translation>
    </message>
    <message>
        <source>衡量标准</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>行动</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>需求</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>责任方</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>资源/名称</source>
        <translation>Resource / name</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>添加目标…</source>
        <translation>Add goal…</translation>
    </message>
    <message>
        <source>修改目标…</source>
        <translation>Edit goal…</translation>
    </message>
    <message>
        <source>删除目标</source>
        <translation>Remove goal</translation>
    </message>
    <message>
        <source>添加行动…</source>
        <translation>Add action…</translation>
    </message>
    <message>
        <source>修改行动…</source>
        <translation>Edit action…</translation>
    </message>
    <message>
        <source>删除行动</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <source>要处理的问题和对象</source>
        <translation>Problems and people addressed</translation>
    </message>
    <message>
        <source>介入策略</source>
        <translation>Intervention strategy</translation>
    </message>
    <message>
        <source>社工的角色</source>
        <translation>Worker&apos;s role</translation>
    </message>
    <message>
        <source>服务对象的角色</source>
        <translation>Client&apos;s role</translation>
    </message>
    <message>
        <source>目标与行动</source>
        <translation>Goals and actions</translation>
    </message>
    <message>
        <source>问题、策略与角色</source>
        <translation>Problems, strategy and roles</translation>
    </message>
    <message>
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>目标 {0} 的行动：</source>
        <translation>Actions of goal {0}:</translation>
    </message>
    <message>
        <source>请先添加目标。</source>
        <translation>Add a goal first.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>打印预览 — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
    <message>
        <source>共 {0} 页</source>
        <translation>of {0} pages</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>保存为 PDF(&amp;S)…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>打印机没有响应。请检查打印机是否已连接并开机，然后重试。</source>
        <translation>The printer did not respond. Check that it is connected and switched on, then try again.</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>重复</source>
        <translation>Repeated</translation>
    </message>
    <message>
        <source>待确认</source>
        <translation>To confirm</translation>
    </message>
</context>
<context>
    <name>RatingTable</name>
    <message>
        <source>领域</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>首次</source>
        <translation>First</translation>
    </message>
    <message>
        <source>本次需求程度</source>
        <translation>Need level now</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>（不评）</source>
        <translation>(not rated)</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>转介</source>
        <translation>Refer</translation>
    </message>
    <message>
        <source>需求类别(&amp;N)</source>
        <translation>&amp;Need</translation>
    </message>
    <message>
        <source>转介日期</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>服务对象同意</source>
        <translation>Client&apos;s consent</translation>
    </message>
    <message>
        <source>同意日期</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>转介原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>移交的材料</source>
        <translation>Documents handed over</translation>
    </message>
    <message>
        <source>只移交必要的材料，如转介单</source>
        <translation>Only what is necessary, e.g. the referral form</translation>
    </message>
    <message>
        <source>对方联系人</source>
        <translation>Contact there</translation>
    </message>
    <message>
        <source>跟进日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>推荐的资源（提供这类服务并覆盖本村，最匹配的在前）：</source>
        <translation>Suggested resources (offering this service in this village, best match first):</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>注意：这一户已经在接受“{0}”方面的帮助（{1}）。再转介前请核实，避免重复救助。</source>
        <translation>Note: this household already gets help with “{0}” ({1}). Check before referring again, to avoid duplicate aid.</translation>
    </message>
</context>
<context>
    <name>ReferralStatusDialog</name>
    <message>
        <source>转介跟进 — {0}</source>
        <translation>Referral follow-up — {0}</translation>
    </message>
    <message>
        <source>新状态(&amp;S)</source>
        <translation>New &amp;status</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>情况记录</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>转介结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>下次跟进日期</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>更正上一条记录（状态记错了）</source>
        <translation>Correct the last entry (wrong status recorded)</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>服务对象</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>需求</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>转介日期</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>当前状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>跟进日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>（更正）</source>
        <translation> (correction)</translation>
    </message>
    <message>
        <source>{0}（跟进记录，状态不变）</source>
        <translation>{0} (follow-up contact, same status)</translation>
    </message>
</context>
<context>
    <name>RemovedDialog</name>
    <message>
        <source>已删除的户和人员</source>
        <translation>Removed households and people</translation>
    </message>
    <message>
        <source>已删除的户</source>
        <translation>Removed households</translation>
    </message>
    <message>
        <source>已删除的人员</source>
        <translation>Removed people</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>删除的记录都保留着。恢复一个人时，他所在的户如果也已删除，会一起恢复；恢复一户时，和它一起删除的成员也会恢复。恢复的内容会同步到本站其他电脑。</source>
        <translation>Removed records are kept. Restoring a person also restores their household if it was removed too; restoring a household also restores the members removed with it. What you restore syncs to the station&apos;s other computers.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>所在的户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>删除人</source>
        <translation>Removed by</translation>
    </message>
    <message>
        <source>电脑</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>删除时间</source>
        <translation>Removed on</translation>
    </message>
    <message>
        <source>{0}（这户也已删除）</source>
        <translation>{0} (household removed too)</translation>
    </message>
    <message>
        <source>没有已删除的记录。</source>
        <translation>No removed records.</translation>
    </message>
    <message>
        <source>已恢复 {0}，所在的户也已恢复。</source>
        <translation>Restored {0}, and their household too.</translation>
    </message>
    <message>
        <source>已恢复 {0}。</source>
        <translation>Restored {0}.</translation>
    </message>
    <message>
        <source>已恢复 {0}，连同一起删除的 {1} 名成员。</source>
        <translation>Restored {0}, with the {1} members removed with it.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>月报</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>季报</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>年报</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>导出台账(Excel)…</source>
        <translation>Export ledger (Excel)…</translation>
    </message>
    <message>
        <source>打印报表…</source>
        <translation>Print report…</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>{0} 年 {1} 月</source>
        <translation>{1}/{0}</translation>
    </message>
    <message>
        <source>{0} 年第 {1} 季度</source>
        <translation>Q{1} {0}</translation>
    </message>
    <message>
        <source>{0} 年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>已取消统计。</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>正在统计报表…</source>
        <translation>Computing the report…</translation>
    </message>
    <message>
        <source>{0}：{1} 至 {2}，与{3}相比；数据截至 {4}。</source>
        <translation>{0}: {1} to {2}, compared with {3}; data as of {4}.</translation>
    </message>
    <message>
        <source>{0}台账-{1}.xlsx</source>
        <translation>{0} ledger-{1}.xlsx</translation>
    </message>
    <message>
        <source>导出台账</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <source>已保存 {0}
{1}</source>
        <translation>Saved {0}
{1}</translation>
    </message>
    <message>
        <source>正在导出台账…</source>
        <translation>Exporting the ledger…</translation>
    </message>
    <message>
        <source>{0}报表</source>
        <translation>{0} report</translation>
    </message>
    <message>
        <source>正在生成报表…</source>
        <translation>Making the report…</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <source>修改资源</source>
        <translation>Edit resource</translation>
    </message>
    <message>
        <source>新增资源</source>
        <translation>New resource</translation>
    </message>
    <message>
        <source>名称(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>如：青山镇卫生院、桃源村邻里互助队</source>
        <translation>e.g. township health centre, village neighbourhood help team</translation>
    </message>
    <message>
        <source>资源类型</source>
        <translation>Kind of resource</translation>
    </message>
    <message>
        <source>五社类别</source>
        <translation>Five-society kind</translation>
    </message>
    <message>
        <source>提供的服务</source>
        <translation>Services offered</translation>
    </message>
    <message>
        <source>服务的村（不选为全镇）</source>
        <translation>Villages served (none: whole township)</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>没有可不填</source>
        <translation>Leave empty if none</translation>
    </message>
    <message>
        <source>可同时服务人数</source>
        <translation>People served at once</translation>
    </message>
    <message>
        <source>不限可不填</source>
        <translation>Leave empty for no limit</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>在用（停用后不再推荐，已有记录保留）</source>
        <translation>In use (an inactive resource is no longer suggested; its records are kept)</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>核对统一社会信用代码</source>
        <translation>Check the credit code</translation>
    </message>
    <message>
        <source>证照上的代码确实如此吗？（有些真实代码不符合校验规则）</source>
        <translation>Is this exactly the code on the licence? (Some real codes fail the check.)</translation>
    </message>
</context>
<context>
    <name>ResourceModel</name>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>五社类别</source>
        <translation>Five-society kind</translation>
    </message>
    <message>
        <source>提供的服务</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>服务范围</source>
        <translation>Serves</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>在办转介</source>
        <translation>In progress</translation>
    </message>
</context>
<context>
    <name>ResourcePage</name>
    <message>
        <source>搜索名称、拼音首字母、联系人</source>
        <translation>Search name, pinyin initials, contact</translation>
    </message>
    <message>
        <source>全部服务</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>全部五社类别</source>
        <translation>All five-society kinds</translation>
    </message>
    <message>
        <source>新增资源</source>
        <translation>New resource</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>资源库</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>全部村</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>共 {0} 个资源</source>
        <translation>{0} resources</translation>
    </message>
    <message>
        <source>&lt;p&gt;资源库是空的。点“新增资源”登记村委、卫生院、志愿服务队、社会组织、慈善资源等。&lt;/p&gt;</source>
        <translation>&lt;p&gt;The resource directory is empty. Click “New resource” to add village committees, health centres, volunteer teams, social organisations, charities and so on.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>恢复使用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>资源类型</source>
        <translation>Kind of resource</translation>
    </message>
    <message>
        <source>五社类别</source>
        <translation>Five-society kind</translation>
    </message>
    <message>
        <source>提供的服务</source>
        <translation>Services offered</translation>
    </message>
    <message>
        <source>服务范围</source>
        <translation>Serves</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>容量</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>转介情况</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>（已停用）</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <source>最近的转介</source>
        <translation>Latest referrals</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>每天第一次导入后的备份</source>
        <translation>Daily copy (after the day&apos;s first import)</translation>
    </message>
    <message>
        <source>升级程序前的备份</source>
        <translation>Copy before a program upgrade</translation>
    </message>
    <message>
        <source>导入前的备份（旧版本）</source>
        <translation>Copy before an import (older version)</translation>
    </message>
    <message>
        <source>上次恢复前的数据库</source>
        <translation>The database before the last restore</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>选一份备份放回去：本机的数据会回到备份时的样子。现在的数据库会先另存一份（“上次恢复前的数据库”），不会丢。恢复时程序会关闭，然后自动重新打开。</source>
        <translation>Choose a backup to put back: the data on this computer goes back to how it was then. The current database is saved aside first (&quot;The database before the last restore&quot;), so nothing is lost. The program closes to restore and then opens again by itself.</translation>
    </message>
    <message>
        <source>备份时间</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>恢复…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>把数据库恢复成 {0} 的样子（{1}）？

那以后在本机录入的内容，如果已经导出给其他电脑，下次交换时会再传回来；还没导出的只留在另存的那一份里。其他电脑发来的改动，对方下次导出时会再发来。

程序会关闭，恢复后自动重新打开。</source>
        <translation>Put the database back as it was at {0} ({1})?

What was entered on this computer since then comes back with the next exchange if it was already exported to another computer; what was not exported is only in the copy saved aside. Changes from other computers are sent again with their next export.

The program closes, and opens again after the restore.</translation>
    </message>
    <message>
        <source>恢复并重新打开</source>
        <translation>Restore and reopen</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>计划回顾</source>
        <translation>Plan review</translation>
    </message>
    <message>
        <source>回顾日期(&amp;D)</source>
        <translation>Review &amp;date</translation>
    </message>
    <message>
        <source>具体目标</source>
        <translation>Specific goal</translation>
    </message>
    <message>
        <source>进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>行动</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>原状态</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>现在</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>各目标的进展：</source>
        <translation>Progress of each goal:</translation>
    </message>
    <message>
        <source>各项行动的状态：</source>
        <translation>Status of each action:</translation>
    </message>
    <message>
        <source>回顾小结</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>下次回顾日期</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>保存回顾</source>
        <translation>Save review</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RosterWizard</name>
    <message>
        <source>导入名册</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已取消，没有写入任何内容。</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>保存错误清单</source>
        <translation>Save error list</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>错误清单（{0} 行）已保存到 {1}</source>
        <translation>Error list ({0} rows) saved to {1}</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>行政村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>走访周期</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>上次走访</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>应访日期</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>负责社工</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>未走访过</source>
        <translation>Never visited</translation>
    </message>
    <message>
        <source>（{0} 未遇）</source>
        <translation> (nobody home {0})</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>今天及以前到期</source>
        <translation>Due today or earlier</translation>
    </message>
    <message>
        <source>含 7 天内到期</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <source>含 30 天内到期</source>
        <translation>Due within 30 days</translation>
    </message>
    <message>
        <source>记录走访(&amp;V)…</source>
        <translation>Record &amp;visit…</translation>
    </message>
    <message>
        <source>本户周期…</source>
        <translation>Household interval…</translation>
    </message>
    <message>
        <source>走访周期规则…</source>
        <translation>Interval rules…</translation>
    </message>
    <message>
        <source>待走访</source>
        <translation>Due visits</translation>
    </message>
    <message>
        <source>全部行政村</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>全部人员类别</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>全部社工</source>
        <translation>All workers</translation>
    </message>
    <message>
        <source>{0} {1} 户</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>共 {0} 户待走访，其中逾期 {1} 户，从未走访 {2} 户。</source>
        <translation>{0} households due, {1} overdue, {2} never visited.</translation>
    </message>
    <message>
        <source>按走访周期规则</source>
        <translation>As the interval rules say</translation>
    </message>
    <message>
        <source>本户走访周期</source>
        <translation>Household visit interval</translation>
    </message>
    <message>
        <source>这一户单独的走访周期（覆盖规则）：</source>
        <translation>This household&apos;s own visit interval (replaces the rules):</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>本机名称</source>
        <translation>Computer name</translation>
    </message>
    <message>
        <source>当前社工</source>
        <translation>Current worker</translation>
    </message>
    <message>
        <source>之后的记录都记在当前社工名下。同一台电脑上，督导可切换为自己来审批。</source>
        <translation>What is written from now on is recorded under the current worker. On the same computer, a supervisor can switch to themselves to approve.</translation>
    </message>
    <message>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>界面语言（重新启动后生效）</source>
        <translation>Interface language (after a restart)</translation>
    </message>
    <message>
        <source>本站</source>
        <translation>This station</translation>
    </message>
    <message>
        <source>站点名称</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>县（市、区）</source>
        <translation>County</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>行政村</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>行政村名称，如 青山村</source>
        <translation>Village name, e.g. Qingshan</translation>
    </message>
    <message>
        <source>所选行政村的村民小组</source>
        <translation>Groups of the selected village</translation>
    </message>
    <message>
        <source>小组名称，如 三组</source>
        <translation>Group name, e.g. Group 3</translation>
    </message>
    <message>
        <source>人员类别（本站可增加）</source>
        <translation>Special groups (the station can add more)</translation>
    </message>
    <message>
        <source>新类别名称，如 高龄老年人</source>
        <translation>New group name, e.g. 高龄老年人</translation>
    </message>
    <message>
        <source>增加类别</source>
        <translation>Add group</translation>
    </message>
    <message>
        <source>本站社工</source>
        <translation>Station workers</translation>
    </message>
    <message>
        <source>社工姓名</source>
        <translation>Worker name</translation>
    </message>
    <message>
        <source>增加社工</source>
        <translation>Add worker</translation>
    </message>
    <message>
        <source>选择哪些环节要等督导批准后才能继续（全站电脑共用，同步后生效）。不需要等待的环节，社工仍可以点“提交审批”请督导查看。</source>
        <translation>Choose which steps wait for the supervisor&apos;s approval before the case goes on (shared by every computer of the station after sync). For steps that do not wait, a worker can still click Submit for approval.</translation>
    </message>
    <message>
        <source>需求评估经督导批准后才能确认服务计划</source>
        <translation>A needs assessment must be approved before the plan is agreed</translation>
    </message>
    <message>
        <source>服务计划经督导批准后才能开始介入</source>
        <translation>A service plan must be approved before intervention</translation>
    </message>
    <message>
        <source>结案须经督导批准</source>
        <translation>A closure must be approved</translation>
    </message>
    <message>
        <source>增加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>改名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>{0}（{1} 个小组）</source>
        <translation>{0} ({1} groups)</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>站点与行政村</source>
        <translation>Station and villages</translation>
    </message>
    <message>
        <source>人员类别与社工</source>
        <translation>Groups and workers</translation>
    </message>
    <message>
        <source>督导审批</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>站点设置</source>
        <translation>Station set-up</translation>
    </message>
    <message>
        <source>欢迎使用社工站工作台。请先填写本站信息，之后可以在“设置”中补充。</source>
        <translation>Welcome to StationDesk. Please enter your station first; you can add more later in Settings.</translation>
    </message>
    <message>
        <source>站点名称</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>如 青山镇社工站</source>
        <translation>e.g. 青山镇社工站</translation>
    </message>
    <message>
        <source>县（市、区）</source>
        <translation>County</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>行政村及村民小组</source>
        <translation>Villages and groups</translation>
    </message>
    <message>
        <source>每行一个行政村，冒号后写村民小组，例如：
青山村：一组 二组 三组
桃源村：一组 二组</source>
        <translation>One village per line, its groups after a colon, e.g.:
青山村：一组 二组 三组
桃源村：一组 二组</translation>
    </message>
    <message>
        <source>本机名称</source>
        <translation>Computer name</translation>
    </message>
    <message>
        <source>如 站点主机、笔记本1</source>
        <translation>e.g. Station hub, Laptop 1</translation>
    </message>
    <message>
        <source>社工姓名</source>
        <translation>Worker name</translation>
    </message>
    <message>
        <source>站点同步口令</source>
        <translation>Station sync passphrase</translation>
    </message>
    <message>
        <source>U 盘同步文件用它加密，全站电脑使用同一口令</source>
        <translation>Encrypts the USB sync files; every computer of the station uses the same one</translation>
    </message>
    <message>
        <source>再输一次口令</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>保存并开始</source>
        <translation>Save and start</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>先看看演示数据</source>
        <translation>Try the demo data first</translation>
    </message>
    <message>
        <source>从 U 盘加入已有站点…</source>
        <translation>Join an existing station from a USB stick…</translation>
    </message>
    <message>
        <source>选择站点主机导出的完整同步包</source>
        <translation>Choose the full sync bundle exported by the station hub</translation>
    </message>
    <message>
        <source>同步包 (*.sdsync)</source>
        <translation>Sync bundles (*.sdsync)</translation>
    </message>
    <message>
        <source>无法加入站点</source>
        <translation>Cannot join the station</translation>
    </message>
    <message>
        <source>正在导入站点数据…</source>
        <translation>Importing the station data…</translation>
    </message>
    <message>
        <source>两次输入的口令不一致，请重新输入。</source>
        <translation>The two passphrases differ; please enter them again.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>记录走访(&amp;V)…</source>
        <translation>Record &amp;visit…</translation>
    </message>
    <message>
        <source>危机提示（处置后消除）</source>
        <translation>Crisis alerts (cleared once resolved)</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>村 / 组</source>
        <translation>Village / group</translation>
    </message>
    <message>
        <source>发生日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>负责社工</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>记录处置…</source>
        <translation>Record resolution…</translation>
    </message>
    <message>
        <source>查看户档案</source>
        <translation>Open household</translation>
    </message>
    <message>
        <source>本周到期的跟进事项（含已逾期），按负责人</source>
        <translation>Follow-up actions due this week (and overdue), by owner</translation>
    </message>
    <message>
        <source>负责人 / 事项</source>
        <translation>Owner / action</translation>
    </message>
    <message>
        <source>完成期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>标记完成…</source>
        <translation>Mark done…</translation>
    </message>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>{0} {1}&#x3000;社工：{2}</source>
        <translation>{1}, {0} · Worker: {2}</translation>
    </message>
    <message>
        <source>待走访 {0} 户（逾期 {1} 户）</source>
        <translation>{0} households due ({1} overdue)</translation>
    </message>
    <message>
        <source>我的草稿 {0} 份</source>
        <translation>My drafts: {0}</translation>
    </message>
    <message>
        <source>本月探访率 {0}（{1}/{2}）</source>
        <translation>Coverage this month {0} ({1}/{2})</translation>
    </message>
    <message>
        <source>没有未处置的危机。</source>
        <translation>No open crisis.</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{0}（已逾期）</source>
        <translation>{0} (overdue)</translation>
    </message>
    <message>
        <source>{0}（{1} 项）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>本周没有到期的跟进事项。</source>
        <translation>No follow-up action due this week.</translation>
    </message>
    <message>
        <source>记录危机处置</source>
        <translation>Record crisis resolution</translation>
    </message>
    <message>
        <source>{0}：{1}
如何处置的（送医、安置、转介、报告等）：</source>
        <translation>{0}: {1}
How was it resolved (hospital, placement, referral, report…):</translation>
    </message>
    <message>
        <source>跟进事项完成</source>
        <translation>Follow-up action done</translation>
    </message>
    <message>
        <source>{0}
完成情况（选填）：</source>
        <translation>{0}
Outcome (optional):</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>第 4 步：导入完成</source>
        <translation>Step 4: import finished</translation>
    </message>
    <message>
        <source>保存错误清单…</source>
        <translation>Save error list…</translation>
    </message>
    <message>
        <source>撤销这次导入</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <source>没有需要写入的内容：这份名册的内容登记簿中都已经有了。</source>
        <translation>Nothing to write: the register already holds everything in this roster.</translation>
    </message>
    <message>
        <source>已导入“{0}”，由 {1} 在 {2} 导入。</source>
        <translation>Imported “{0}”, by {1} on {2}.</translation>
    </message>
    <message>
        <source>撤销后，这次导入新建的户和人员会被移除，更新过的人员恢复原样。确定撤销吗？</source>
        <translation>Undoing removes the households and people this import created and restores the people it updated. Undo?</translation>
    </message>
    <message>
        <source>这次导入已撤销。</source>
        <translation>This import has been undone.</translation>
    </message>
</context>
<context>
    <name>SyncCounts</name>
    <message>
        <source>{0} 户档案</source>
        <translation>{0} households</translation>
    </message>
    <message>
        <source>{0} 名人员</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <source>{0} 份走访记录</source>
        <translation>{0} visit records</translation>
    </message>
    <message>
        <source>{0} 条跟进事项</source>
        <translation>{0} follow-ups</translation>
    </message>
    <message>
        <source>{0} 条危机提示</source>
        <translation>{0} crisis alerts</translation>
    </message>
    <message>
        <source>{0} 个行政村</source>
        <translation>{0} villages</translation>
    </message>
    <message>
        <source>{0} 名社工</source>
        <translation>{0} workers</translation>
    </message>
    <message>
        <source>{0} 个人员类别</source>
        <translation>{0} person categories</translation>
    </message>
    <message>
        <source>站点信息</source>
        <translation>the station&apos;s details</translation>
    </message>
    <message>
        <source>{0} 个观察项</source>
        <translation>{0} observation areas</translation>
    </message>
    <message>
        <source>{0} 条走访周期规则</source>
        <translation>{0} visit interval rules</translation>
    </message>
    <message>
        <source>{0} 个个案</source>
        <translation>{0} cases</translation>
    </message>
    <message>
        <source>{0} 条个案进程</source>
        <translation>{0} case events</translation>
    </message>
    <message>
        <source>{0} 份需求评估</source>
        <translation>{0} assessments</translation>
    </message>
    <message>
        <source>{0} 份服务计划</source>
        <translation>{0} service plans</translation>
    </message>
    <message>
        <source>{0} 次计划回顾</source>
        <translation>{0} plan reviews</translation>
    </message>
    <message>
        <source>{0} 份结案评估</source>
        <translation>{0} closing evaluations</translation>
    </message>
    <message>
        <source>{0} 条督导审批</source>
        <translation>{0} approvals</translation>
    </message>
    <message>
        <source>{0} 个资源</source>
        <translation>{0} resources</translation>
    </message>
    <message>
        <source>{0} 份转介</source>
        <translation>{0} referrals</translation>
    </message>
    <message>
        <source>{0} 条转介进展</source>
        <translation>{0} referral updates</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>没有内容</source>
        <translation>nothing</translation>
    </message>
</context>
<context>
    <name>SyncFields</name>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>县级行政区划代码</source>
        <translation>County code</translation>
    </message>
    <message>
        <source>已删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation>Village group</translation>
    </message>
    <message>
        <source>排列顺序</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>系统自带</source>
        <translation>Built in</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>走访周期</source>
        <translation>Visit interval</translation>
    </message>
    <message>
        <source>所属户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation>Special groups</translation>
    </message>
    <message>
        <source>所属记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>取代的版本</source>
        <translation>Replaced version</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>时长（分钟）</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <source>家中无人</source>
        <translation>Nobody at home</translation>
    </message>
    <message>
        <source>跟进事项</source>
        <translation>Follow-up action</translation>
    </message>
    <message>
        <source>走访前风险等级</source>
        <translation>Risk level before the visit</translation>
    </message>
    <message>
        <source>危机</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>危机情况</source>
        <translation>Crisis details</translation>
    </message>
    <message>
        <source>纸质表签字</source>
        <translation>Paper form signature</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>提交时间</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <source>提交人</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>所属走访记录</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>完成期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>完成人</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>提示日期</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <source>小结</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>处置日期</source>
        <translation>Resolved on</translation>
    </message>
    <message>
        <source>处置人</source>
        <translation>Resolved by</translation>
    </message>
    <message>
        <source>仅适用于儿童</source>
        <translation>Children only</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>适用对象</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>服务对象</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>个案名称</source>
        <translation>Case title</translation>
    </message>
    <message>
        <source>主要问题</source>
        <translation>Presenting problem</translation>
    </message>
    <message>
        <source>个案来源</source>
        <translation>Case source</translation>
    </message>
    <message>
        <source>来源说明</source>
        <translation>Source details</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>服务轮次</source>
        <translation>Round of service</translation>
    </message>
    <message>
        <source>结案日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>所属个案</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>原阶段</source>
        <translation>Previous stage</translation>
    </message>
    <message>
        <source>情况记录</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>评估人</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>评定</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>优势与资源</source>
        <translation>Strengths and resources</translation>
    </message>
    <message>
        <source>优先处理的问题</source>
        <translation>Priority problems</translation>
    </message>
    <message>
        <source>要处理的问题和对象</source>
        <translation>Problems and people addressed</translation>
    </message>
    <message>
        <source>介入策略</source>
        <translation>Intervention strategy</translation>
    </message>
    <message>
        <source>社工的角色</source>
        <translation>Worker&apos;s role</translation>
    </message>
    <message>
        <source>服务对象的角色</source>
        <translation>Client&apos;s role</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>回顾日期</source>
        <translation>Review dates</translation>
    </message>
    <message>
        <source>具体目标</source>
        <translation>Specific goals</translation>
    </message>
    <message>
        <source>签字人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>制定人</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>所属服务计划</source>
        <translation>Service plan</translation>
    </message>
    <message>
        <source>回顾人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>目标进展</source>
        <translation>Progress on goals</translation>
    </message>
    <message>
        <source>行动状态</source>
        <translation>Action status</translation>
    </message>
    <message>
        <source>服务对象的反馈</source>
        <translation>Client&apos;s feedback</translation>
    </message>
    <message>
        <source>审批事项</source>
        <translation>Item for approval</translation>
    </message>
    <message>
        <source>审批的记录</source>
        <translation>Record for approval</translation>
    </message>
    <message>
        <source>提交日期</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>审批日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>审批意见</source>
        <translation>Supervisor&apos;s comment</translation>
    </message>
    <message>
        <source>提供的服务</source>
        <translation>Services offered</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>可同时服务人数</source>
        <translation>People served at once</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>资源</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>转介原因</source>
        <translation>Reason for referral</translation>
    </message>
    <message>
        <source>转介人</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>移交的材料</source>
        <translation>Documents handed over</translation>
    </message>
    <message>
        <source>状态日期</source>
        <translation>Status date</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>所属转介</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>更正的记录</source>
        <translation>Corrected record</translation>
    </message>
    <message>
        <source>站点名称</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>行政村名称</source>
        <translation>Village name</translation>
    </message>
    <message>
        <source>社工姓名</source>
        <translation>Worker&apos;s name</translation>
    </message>
    <message>
        <source>标签名称</source>
        <translation>Group name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>资源名称</source>
        <translation>Resource name</translation>
    </message>
    <message>
        <source>观察项名称</source>
        <translation>Observation domain</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation>Visit notes</translation>
    </message>
    <message>
        <source>走访对象</source>
        <translation>Household visited</translation>
    </message>
    <message>
        <source>记录状态</source>
        <translation>Record status</translation>
    </message>
    <message>
        <source>社工</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>规则类型</source>
        <translation>Rule kind</translation>
    </message>
    <message>
        <source>资源类型</source>
        <translation>Kind of resource</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>评估小结</source>
        <translation>Assessment summary</translation>
    </message>
    <message>
        <source>各领域需求程度</source>
        <translation>Need levels by domain</translation>
    </message>
    <message>
        <source>回顾小结</source>
        <translation>Review summary</translation>
    </message>
    <message>
        <source>目标达成情况</source>
        <translation>Goal attainment</translation>
    </message>
    <message>
        <source>处置状态</source>
        <translation>Resolution status</translation>
    </message>
    <message>
        <source>完成状态</source>
        <translation>Completion status</translation>
    </message>
    <message>
        <source>计划状态</source>
        <translation>Plan status</translation>
    </message>
    <message>
        <source>审批状态</source>
        <translation>Approval status</translation>
    </message>
    <message>
        <source>所处阶段</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <source>转介状态</source>
        <translation>Referral status</translation>
    </message>
    <message>
        <source>转介结果</source>
        <translation>Referral outcome</translation>
    </message>
    <message>
        <source>对方联系人</source>
        <translation>Contact there</translation>
    </message>
    <message>
        <source>服务的村</source>
        <translation>Villages served</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>其他户</source>
        <translation>Other households</translation>
    </message>
    <message>
        <source>阶段变更</source>
        <translation>Stage change</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>重新开案</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>督导退回</source>
        <translation>Returned by the supervisor</translation>
    </message>
    <message>
        <source>另一条记录（{0}）</source>
        <translation>another record ({0})</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>（{0}）</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>未知社工</source>
        <translation>unknown worker</translation>
    </message>
    <message>
        <source>未知电脑</source>
        <translation>unknown computer</translation>
    </message>
    <message>
        <source>{0}（户主：{1}）</source>
        <translation>{0} (head: {1})</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>删除后又被修改</source>
        <translation>Edited while deleted</translation>
    </message>
</context>
<context>
    <name>SyncNotes</name>
    <message>
        <source>本机还没有收到过“{0}”的同步包或回执，不知道它已有哪些内容，所以导出了全部数据。</source>
        <translation>This computer has never had a sync file or receipt from “{0}”, so it cannot know what that computer holds: everything was exported.</translation>
    </message>
    <message>
        <source>没有要交给对方的新内容：按对方上次报告的情况，它已有本机的全部更改。</source>
        <translation>Nothing new to hand over: by its last report, the other computer holds all of this computer&apos;s changes.</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>同步包里有本机版本还不认识的内容（{0}），已原样保存，并会转交给其他电脑。要在本机看到它们，请升级到 {1} 或更高版本。</source>
        <translation>The sync file holds things this version does not know yet ({0}). They were kept as they are and will be passed on to other computers. To see them here, update to {1} or later.</translation>
    </message>
    <message>
        <source>最新</source>
        <translation>the latest version</translation>
    </message>
    <message>
        <source>每次导入同步包都会记下它改了什么：导入后本机还没有别的改动时，可以撤销最近一次导入（点“撤销上次导入…”）。</source>
        <translation>Every import records what it changed: while nothing else has been changed on this computer since, the last import can be undone (click &quot;Undo the last import…&quot;).</translation>
    </message>
    <message>
        <source>数据库备份 {0} 份，保存在 {1}，最近一份 {2}。要放回其中一份，点“恢复备份…”。</source>
        <translation>{0} database backup(s) in {1}, the latest made {2}. To put one back, click &quot;Restore backup…&quot;.</translation>
    </message>
    <message>
        <source>数据库备份：还没有（每天第一次导入同步包后，会另外完整备份一份）。备份保存在 {0}</source>
        <translation>Database backups: none yet (a full copy is made after the first sync import of each day). Backups are kept in {0}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>同步口令：</source>
        <translation>Sync passphrase:</translation>
    </message>
    <message>
        <source>本次使用，不会保存</source>
        <translation>For this session only, not saved</translation>
    </message>
    <message>
        <source>设置同步口令…</source>
        <translation>Set sync passphrase…</translation>
    </message>
    <message>
        <source>导出内容：</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>导出到文件夹…</source>
        <translation>Export to folder…</translation>
    </message>
    <message>
        <source>导入同步包…</source>
        <translation>Import sync file…</translation>
    </message>
    <message>
        <source>待核对的冲突</source>
        <translation>Conflicts to review</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>本站的其他电脑</source>
        <translation>Other computers of this station</translation>
    </message>
    <message>
        <source>电脑</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>社工</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>户</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>跟进事项</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>危机提示</source>
        <translation>Crisis alerts</translation>
    </message>
    <message>
        <source>行政村</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>观察项</source>
        <translation>Observation domains</translation>
    </message>
    <message>
        <source>走访周期规则</source>
        <translation>Visit rules</translation>
    </message>
    <message>
        <source>个案</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>个案进程</source>
        <translation>Case events</translation>
    </message>
    <message>
        <source>需求评估</source>
        <translation>Needs assessments</translation>
    </message>
    <message>
        <source>服务计划</source>
        <translation>Service plans</translation>
    </message>
    <message>
        <source>计划回顾</source>
        <translation>Plan reviews</translation>
    </message>
    <message>
        <source>结案评估</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>督导审批</source>
        <translation>Supervision approvals</translation>
    </message>
    <message>
        <source>资源</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>转介</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>转介进展</source>
        <translation>Referral events</translation>
    </message>
    <message>
        <source>最近交换</source>
        <translation>Last handover</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>“{0}”还没确认收到的</source>
        <translation>What &quot;{0}&quot; has not confirmed</translation>
    </message>
    <message>
        <source>已同步</source>
        <translation>In step</translation>
    </message>
    <message>
        <source>对方缺本机 {0} 条</source>
        <translation>it lacks {0} of ours</translation>
    </message>
    <message>
        <source>本机缺对方 {0} 条</source>
        <translation>we lack {0} of its</translation>
    </message>
    <message>
        <source>各台电脑上的值</source>
        <translation>Values on each computer</translation>
    </message>
    <message>
        <source>撤销上次导入…</source>
        <translation>Undo the last import…</translation>
    </message>
    <message>
        <source>恢复备份…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <source>核对并处理…</source>
        <translation>Review and settle…</translation>
    </message>
    <message>
        <source>撤销 {0} 导入的 {1}（来自 {2}）</source>
        <translation>Undo the import of {1} at {0} (from {2})</translation>
    </message>
    <message>
        <source>导入同步包之后本机还没有别的改动时，可以撤销那次导入。</source>
        <translation>An import can be undone while nothing else has been changed on this computer since.</translation>
    </message>
    <message>
        <source>本机还没有同步口令：如果本站其他电脑已有口令，请导入站点主机导出的同步包；否则请站长在这里设置口令。</source>
        <translation>This computer has no sync passphrase yet: if other computers of the station have one, import a sync file exported by the station hub; otherwise the station director sets it here.</translation>
    </message>
    <message>
        <source>待核对的冲突（{0}）</source>
        <translation>Conflicts to review ({0})</translation>
    </message>
    <message>
        <source>同一项在几台电脑上被改成了不同的值，或者记录删除后又被修改。请逐条核对，决定保留哪个值。</source>
        <translation>The same field was changed to different values on several computers, or a record was edited after it was deleted. Review them one by one and decide which value to keep.</translation>
    </message>
    <message>
        <source>没有待核对的冲突。</source>
        <translation>No conflicts to review.</translation>
    </message>
    <message>
        <source>已删除：{0}</source>
        <translation>Deleted: {0}</translation>
    </message>
    <message>
        <source>删除前未看到的修改：{0} 改为 {1}（{2}）</source>
        <translation>Edit made without seeing the deletion: {0} set to {1} ({2})</translation>
    </message>
    <message>
        <source>{0}. {1}（{2}）</source>
        <translation>{0}. {1} ({2})</translation>
    </message>
    <message>
        <source>已设置本站同步口令。请把口令告诉本站使用社工站工作台的同事，并妥善保管。</source>
        <translation>The station&apos;s sync passphrase is set. Tell it to the colleagues who use StationDesk and keep it safe.</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>选择导出到的文件夹（如 U 盘）</source>
        <translation>Choose the folder to export to (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>正在导出同步包</source>
        <translation>Exporting sync file</translation>
    </message>
    <message>
        <source>已导出全部数据：{0}。</source>
        <translation>Exported all data: {0}.</translation>
    </message>
    <message>
        <source>要交换数据的电脑（如站里的电脑）</source>
        <translation>the computer to exchange data with (such as the station&apos;s computer)</translation>
    </message>
    <message>
        <source>已导出“{0}”还没有的更改：{1}。</source>
        <translation>Exported the changes “{0}” does not have yet: {1}.</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <source>文件：{0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <source>下一步：把 U 盘带到{0}，在那里打开“同步”页，点“导入同步包…”，选这个文件，输入同一个同步口令。</source>
        <translation>Next: take the USB stick to {0}, open the Sync page there, click “Import sync bundle…”, choose this file and enter the same sync passphrase.</translation>
    </message>
    <message>
        <source>撤销上次导入</source>
        <translation>Undo the last import</translation>
    </message>
    <message>
        <source>撤销 {0} 导入的同步包 {1}（来自 {2}）？
本机数据会回到导入前的样子；对方电脑上的数据不受影响，以后可以再导入。</source>
        <translation>Undo the import of the sync bundle {1} at {0} (from {2})?
The data on this computer goes back to how it was before the import; the other computer&apos;s data is not affected, and the bundle can be imported again later.</translation>
    </message>
    <message>
        <source>撤销导入</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>正在撤销导入</source>
        <translation>Undoing the import</translation>
    </message>
    <message>
        <source>还有工作在后台进行（导入、导出或打印），请等它完成后再恢复备份。</source>
        <translation>Work is still running in the background (an import, an export or printing). Restore the backup once it has finished.</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>还没有备份：每天第一次导入同步包后、升级程序前，都会自动备份一份。</source>
        <translation>No backup yet: a copy is made automatically after the day&apos;s first import of a sync bundle and before every program upgrade.</translation>
    </message>
    <message>
        <source>已撤销 {0} 导入的同步包 {1}（来自 {2}），本机数据回到了导入前的样子。</source>
        <translation>The import of the sync bundle {1} at {0} (from {2}) was undone: the data on this computer is as it was before it.</translation>
    </message>
    <message>
        <source>已导入 {0}（{1}）的同步包。</source>
        <translation>Imported the sync bundle from {0} ({1}).</translation>
    </message>
    <message>
        <source>新加入本机：{0}。</source>
        <translation>New on this computer: {0}.</translation>
    </message>
    <message>
        <source>更新了本机已有的：{0}。</source>
        <translation>Updated here: {0}.</translation>
    </message>
    <message>
        <source>有 {0} 条更改没有收下（编号重复，详见导入报告）。</source>
        <translation>{0} changes were not taken (their numbers were used twice; see the import report).</translation>
    </message>
    <message>
        <source>选择同步包</source>
        <translation>Choose a sync file</translation>
    </message>
    <message>
        <source>同步包 (*.sdsync)</source>
        <translation>Sync files (*.sdsync)</translation>
    </message>
    <message>
        <source>来自：{0}（{1}）</source>
        <translation>From: {0} ({1})</translation>
    </message>
    <message>
        <source>导出时间：{0}</source>
        <translation>Exported at: {0}</translation>
    </message>
    <message>
        <source>内容：{0}</source>
        <translation>Contents: {0}</translation>
    </message>
    <message>
        <source>其中本机还没有的更改：{0} 条</source>
        <translation>Changes this computer does not have yet: {0}</translation>
    </message>
    <message>
        <source>这个同步包之前已经导入过，再次导入不会有改动。</source>
        <translation>This sync file was imported before; importing it again changes nothing.</translation>
    </message>
    <message>
        <source>导入同步包</source>
        <translation>Import sync file</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>正在导入同步包</source>
        <translation>Importing sync file</translation>
    </message>
    <message>
        <source>已读取 {0} 的回执。</source>
        <translation>Read the receipt from {0}.</translation>
    </message>
    <message>
        <source>这个同步包之前已经导入过，本次没有改动（来自 {0}）。</source>
        <translation>This sync file was imported before; nothing changed (from {0}).</translation>
    </message>
    <message>
        <source>
有 {0} 条更改要等更早的同步包到了才能导入。</source>
        <translation>
{0} changes wait for an earlier sync file before they can be imported.</translation>
    </message>
    <message>
        <source>
有冲突需要核对：请在下方列表逐条确认。</source>
        <translation>
There are conflicts to review: settle them one by one in the list below.</translation>
    </message>
    <message>
        <source>
回执没有写成：{0}</source>
        <translation>
The receipt was not written: {0}</translation>
    </message>
    <message>
        <source>
这次导入可以撤销（本机还没有别的改动时）：点“撤销上次导入…”。</source>
        <translation>
This import can be undone (while nothing else has been changed on this computer): press “Undo the last import…”.</translation>
    </message>
    <message>
        <source>下一步：如果{0}也要本机的新数据，在这里点“导出到文件夹…”，再把 U 盘带回去导入。</source>
        <translation>Next: if {0} also needs this computer&apos;s new data, click “Export to folder…” here and take the USB stick back to import it there.</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>走访对象(&amp;H)</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <source>走访日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>如 09:30</source>
        <translation>e.g. 09:30</translation>
    </message>
    <message>
        <source>分钟</source>
        <translation>min</translation>
    </message>
    <message>
        <source>时长</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>入户未遇（未见到人，不计入探访）</source>
        <translation>Nobody home (not counted as a visit)</translation>
    </message>
    <message>
        <source>走访方式(&amp;T)</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>走访社工(&amp;W)</source>
        <translation>&amp;Workers</translation>
    </message>
    <message>
        <source>同行人员</source>
        <translation>Others present</translation>
    </message>
    <message>
        <source>见到的成员</source>
        <translation>Members met</translation>
    </message>
    <message>
        <source>代签人姓名及关系</source>
        <translation>Proxy&apos;s name and relation</translation>
    </message>
    <message>
        <source>纸质表签字</source>
        <translation>Paper form signed</translation>
    </message>
    <message>
        <source>下次走访日期</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <source>其余全部正常（Alt+Z）</source>
        <translation>All others normal (Alt+Z)</translation>
    </message>
    <message>
        <source>观察评估(&amp;O)</source>
        <translation>&amp;Observations</translation>
    </message>
    <message>
        <source>发现的需求(&amp;X)</source>
        <translation>Needs found (&amp;X)</translation>
    </message>
    <message>
        <source>现场服务(&amp;V)</source>
        <translation>Ser&amp;vices</translation>
    </message>
    <message>
        <source>强制报告</source>
        <translation>Mandatory report</translation>
    </message>
    <message>
        <source>需求说明，如 需要助餐服务</source>
        <translation>About the needs, e.g. needs meal service</translation>
    </message>
    <message>
        <source>现场提供的服务说明</source>
        <translation>Services given on the spot</translation>
    </message>
    <message>
        <source>跟进事项</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>危机：需要立即处置(&amp;C)</source>
        <translation>&amp;Crisis: needs action now</translation>
    </message>
    <message>
        <source>走访后风险等级</source>
        <translation>Risk after visit</translation>
    </message>
    <message>
        <source>危机情况</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>发生了什么，已采取的措施</source>
        <translation>What happened, what was done</translation>
    </message>
    <message>
        <source>走访记录(&amp;N)</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>先写事实（看到、听到的），再写判断和建议</source>
        <translation>Facts first (what you saw and heard), then your assessment</translation>
    </message>
    <message>
        <source>更正原因(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>为什么更正，如 日期录错</source>
        <translation>Why the correction, e.g. wrong date</translation>
    </message>
    <message>
        <source>存为草稿(&amp;G)</source>
        <translation>Save draft (&amp;G)</translation>
    </message>
    <message>
        <source>提交并录下一份</source>
        <translation>Submit and next</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>报告对象，如 派出所、民政部门</source>
        <translation>Reported to, e.g. police station, civil affairs</translation>
    </message>
    <message>
        <source>未报告的原因</source>
        <translation>Reason not reported</translation>
    </message>
    <message>
        <source>是否已报告</source>
        <translation>Reported?</translation>
    </message>
    <message>
        <source>更正走访记录（原记录保留在历史中）</source>
        <translation>Correct a visit (the original stays in the history)</translation>
    </message>
    <message>
        <source>编辑走访草稿</source>
        <translation>Edit visit draft</translation>
    </message>
    <message>
        <source>记录走访</source>
        <translation>Record visit</translation>
    </message>
    <message>
        <source>{0} 人</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <source>风险：{0}</source>
        <translation>Risk: {0}</translation>
    </message>
    <message>
        <source>上次走访 {0}</source>
        <translation>Last visit {0}</translation>
    </message>
    <message>
        <source>{0}，{1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>危机未处置：{0}（{1}）</source>
        <translation>Open crisis: {0} ({1})</translation>
    </message>
    <message>
        <source>草稿已保存 {0}</source>
        <translation>Draft saved {0}</translation>
    </message>
    <message>
        <source>已提交：{0}。共录入 {1} 份。</source>
        <translation>Submitted: {0}. {1} forms entered.</translation>
    </message>
</context>
<context>
    <name>VisitHooks</name>
    <message>
        <source>记录走访(&amp;V)…</source>
        <translation>Record &amp;visit…</translation>
    </message>
    <message>
        <source>危机未处置：{0}（{1}，首页可记录处置）</source>
        <translation>Open crisis: {0} ({1}; record the resolution on the Home page)</translation>
    </message>
    <message>
        <source>本户单独设置</source>
        <translation>set for this household</translation>
    </message>
    <message>
        <source>应访 {0}，{1}</source>
        <translation>due {0}, {1}</translation>
    </message>
    <message>
        <source>走访</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>未遇</source>
        <translation>nobody home</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>还没有走访记录。</source>
        <translation>No visits yet.</translation>
    </message>
</context>
<context>
    <name>VisitSettingsDialog</name>
    <message>
        <source>走访设置</source>
        <translation>Visit settings</translation>
    </message>
    <message>
        <source>走访周期规则（一户符合多条时取最频繁的一条；都不符合的按“其他户”）</source>
        <translation>Visit interval rules (the most frequent matching rule applies; households matching none follow &quot;Other households&quot;)</translation>
    </message>
    <message>
        <source>适用于</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>走访周期</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>其他户</source>
        <translation>Other households</translation>
    </message>
    <message>
        <source>保存规则</source>
        <translation>Save rule</translation>
    </message>
    <message>
        <source>删除规则</source>
        <translation>Delete rule</translation>
    </message>
    <message>
        <source>观察评估项目（本站可增加）</source>
        <translation>Observation items (the station can add more)</translation>
    </message>
    <message>
        <source>新项目名称，如 用药情况</source>
        <translation>New item, e.g. medication</translation>
    </message>
    <message>
        <source>仅用于有未成年人的户</source>
        <translation>Only for households with a minor</translation>
    </message>
    <message>
        <source>增加项目</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>停用所选</source>
        <translation>Retire selected</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>（儿童）</source>
        <translation> (children)</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>村 / 组</source>
        <translation>Village / group</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>走访社工</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>（第 {0} 版）</source>
        <translation> (version {0})</translation>
    </message>
    <message>
        <source>危机</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>未遇</source>
        <translation>Nobody home</translation>
    </message>
    <message>
        <source>强制报告</source>
        <translation>Mandatory report</translation>
    </message>
    <message>
        <source>待签字</source>
        <translation>Awaiting signature</translation>
    </message>
</context>
<context>
    <name>VisitTexts</name>
    <message>
        <source>不定期</source>
        <translation>No fixed interval</translation>
    </message>
    <message>
        <source>每月</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>每 {0} 个月</source>
        <translation>Every {0} months</translation>
    </message>
    <message>
        <source>每周</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>每 {0} 周</source>
        <translation>Every {0} weeks</translation>
    </message>
    <message>
        <source>每 {0} 天</source>
        <translation>Every {0} days</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>待办</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>未处置</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已处置</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>已撤销（更正后不再标记危机）</source>
        <translation>Withdrawn (no longer marked as a crisis after a correction)</translation>
    </message>
    <message>
        <source>逾期 {0} 天</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>{0} 天后到期</source>
        <translation>Due in {0} days</translation>
    </message>
</context>
<context>
    <name>VisitView</name>
    <message>
        <source>观察评估</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>发现的需求</source>
        <translation>Needs found</translation>
    </message>
    <message>
        <source>现场服务</source>
        <translation>Services on the spot</translation>
    </message>
    <message>
        <source>强制报告</source>
        <translation>Mandatory report</translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>跟进事项</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>版本历史</source>
        <translation>Version history</translation>
    </message>
    <message>
        <source>{0}户 · {1} {2}</source>
        <translation>{0} household · {1} {2}</translation>
    </message>
    <message>
        <source>第 {0} 版</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>已被更正（历史版本）</source>
        <translation>Corrected (a past version)</translation>
    </message>
    <message>
        <source>入户未遇，不计入探访</source>
        <translation>Nobody home: not counted as a visit</translation>
    </message>
    <message>
        <source>危机：{0}（{1}）</source>
        <translation>Crisis: {0} ({1})</translation>
    </message>
    <message>
        <source>处置：{0}（{1} {2}）</source>
        <translation>Resolution: {0} ({1} {2})</translation>
    </message>
    <message>
        <source>{0}号</source>
        <translation>No. {0}</translation>
    </message>
    <message>
        <source>，{0} 分钟</source>
        <translation>, {0} min</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>走访社工</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>同行人员</source>
        <translation>Others present</translation>
    </message>
    <message>
        <source>见到的成员</source>
        <translation>Members met</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>纸质表签字</source>
        <translation>Paper form</translation>
    </message>
    <message>
        <source>下次走访</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>（向 {0}，{1}）</source>
        <translation> (to {0}, {1})</translation>
    </message>
    <message>
        <source>（原因：{0}）</source>
        <translation> (reason: {0})</translation>
    </message>
    <message>
        <source>{0} — {1}，{2}（{3}）</source>
        <translation>{0} — {1}, {2} ({3})</translation>
    </message>
    <message>
        <source>第 {0} 版，{1}，{2} {3}</source>
        <translation>Version {0}, {1}, {2} {3}</translation>
    </message>
    <message>
        <source>。更正原因：{0}</source>
        <translation>. Reason: {0}</translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>按户查找：姓名、拼音首字母、身份证号或电话</source>
        <translation>Find by household: name, pinyin initials, ID number or phone</translation>
    </message>
    <message>
        <source>最近 30 天</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>最近 3 个月</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <source>最近一年</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>全部社工</source>
        <translation>All workers</translation>
    </message>
    <message>
        <source>只看我的</source>
        <translation>Mine only</translation>
    </message>
    <message>
        <source>记录走访(&amp;V)…</source>
        <translation>Record &amp;visit…</translation>
    </message>
    <message>
        <source>编辑草稿</source>
        <translation>Edit draft</translation>
    </message>
    <message>
        <source>删除草稿</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>已提交的记录不能修改：更正会生成新版本，原记录保留在历史中</source>
        <translation>A submitted visit cannot be edited: a correction makes a new version and keeps the original in the history</translation>
    </message>
    <message>
        <source>作废…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>共 {0} 条</source>
        <translation>{0} visits</translation>
    </message>
    <message>
        <source>没有走访记录。</source>
        <translation>No visits.</translation>
    </message>
    <message>
        <source>删除这份走访草稿？</source>
        <translation>Delete this visit draft?</translation>
    </message>
    <message>
        <source>无法更正</source>
        <translation>Cannot correct</translation>
    </message>
    <message>
        <source>作废走访记录</source>
        <translation>Withdraw a visit</translation>
    </message>
    <message>
        <source>作废后这条记录不再计入探访，原记录保留在历史中。
请写明作废原因（如 录错了户）：</source>
        <translation>A withdrawn visit no longer counts; the original stays in the history.
Why is it withdrawn (e.g. wrong household)?</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>社工站工作台已经打开了这个数据文件夹（{0}）：请切换到已打开的窗口。如果找不到它，请重新启动电脑后再打开。</source>
        <translation>StationDesk already has this data folder open ({0}): switch to the window that is open. If you cannot find it, restart the computer and open StationDesk again.</translation>
    </message>
    <message>
        <source>社工站工作台</source>
        <translation>StationDesk</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>请填写{label}。</source>
        <translation>Please fill in {label}.</translation>
    </message>
    <message>
        <source>{label}最多 {max} 个字，请删减。</source>
        <translation>{label} can have at most {max} characters; please shorten it.</translation>
    </message>
    <message>
        <source>身份证号应为 18 位：前 17 位是数字，最后一位是数字或 X。请核对后重新输入。</source>
        <translation>An ID number has 18 characters: 17 digits, then a digit or X. Please check it and enter it again.</translation>
    </message>
    <message>
        <source>身份证号中的出生日期 {date} 不是有效日期，请核对第 7-14 位。</source>
        <translation>The birth date {date} in the ID number is not a real date; please check characters 7-14.</translation>
    </message>
    <message>
        <source>身份证号中的出生日期 {date} 晚于今天，请核对第 7-14 位。</source>
        <translation>The birth date {date} in the ID number is after today; please check characters 7-14.</translation>
    </message>
    <message>
        <source>身份证号校验位不对：按前 17 位计算最后一位应为 {expected}，请逐位核对。</source>
        <translation>The ID number check digit is wrong: from the first 17 characters the last one should be {expected}. Please check each digit.</translation>
    </message>
    <message>
        <source>性别与身份证号不符：按身份证号应为{sex}。请改正性别或身份证号。</source>
        <translation>Sex does not match the ID number, which says {sex}. Please correct the sex or the ID number.</translation>
    </message>
    <message>
        <source>出生日期与身份证号不符：按身份证号应为 {date}。请改正出生日期或身份证号。</source>
        <translation>Date of birth does not match the ID number, which says {date}. Please correct one of them.</translation>
    </message>
    <message>
        <source>身份证号 {id_number} 已登记给 {name}（{village}{address}），同一人不能重复登记。</source>
        <translation>ID number {id_number} is already registered for {name} ({village} {address}); a person cannot be registered twice.</translation>
    </message>
    <message>
        <source>电话号码格式不对：手机号为 11 位（以 1 开头），固定电话如 0731-1234567。</source>
        <translation>The phone number is not valid: a mobile has 11 digits starting with 1, a landline looks like 0731-1234567.</translation>
    </message>
    <message>
        <source>日期格式应为 年-月-日，例如 2010-03-15。</source>
        <translation>Write dates as year-month-day, e.g. 2010-03-15.</translation>
    </message>
    <message>
        <source>日期不能晚于今天。</source>
        <translation>The date cannot be after today.</translation>
    </message>
    <message>
        <source>“{value}”不是可选的{label}，请从列表中选择。</source>
        <translation>&quot;{value}&quot; is not a valid {label}; please choose from the list.</translation>
    </message>
    <message>
        <source>请填写残疾等级（1-4 级）和残疾类别。</source>
        <translation>Please fill in the disability type and grade (1-4).</translation>
    </message>
    <message>
        <source>户主必须是本户的一名成员。</source>
        <translation>Exactly one member must have the relation &quot;Head&quot;.</translation>
    </message>
    <message>
        <source>请选择所属行政村。</source>
        <translation>Please choose the village.</translation>
    </message>
    <message>
        <source>“{value}”不是{village}的村民小组，请从列表中选择。</source>
        <translation>&quot;{value}&quot; is not a group of {village}; please choose from the list.</translation>
    </message>
    <message>
        <source>本机已设置站点“{name}”，不能重复设置。</source>
        <translation>This computer is already set up for the station &quot;{name}&quot;; it cannot be set up again.</translation>
    </message>
    <message>
        <source>还没有设置站点。请先完成站点设置（或运行 init / demo 命令）。</source>
        <translation>No station is set up yet. Please set up the station first (or run the init / demo command).</translation>
    </message>
    <message>
        <source>请至少填写一个行政村。</source>
        <translation>Please enter at least one village.</translation>
    </message>
    <message>
        <source>已有名为“{name}”的行政村。</source>
        <translation>There is already a village named “{name}”.</translation>
    </message>
    <message>
        <source>{name}还有 {count} 户登记在册，不能删除。请先把这些户改到其他行政村，或保留这个村。</source>
        <translation>{count} households of {name} are on the register, so it cannot be removed. Move them to another village first, or keep it.</translation>
    </message>
    <message>
        <source>{village}已有“{name}”。</source>
        <translation>{village} already has “{name}”.</translation>
    </message>
    <message>
        <source>{village}{name}还有 {count} 户登记在册，不能删除。请先把这些户改到其他小组。</source>
        <translation>{count} households of {village} {name} are on the register, so it cannot be removed. Move them to another group first.</translation>
    </message>
    <message>
        <source>标签“{name}”已存在。</source>
        <translation>The group &quot;{name}&quot; already exists.</translation>
    </message>
    <message>
        <source>找不到这条记录，可能已被删除。</source>
        <translation>This record cannot be found; it may have been deleted.</translation>
    </message>
    <message>
        <source>这个数据库由更新版本的社工站工作台创建（数据结构版本 {found}，本程序支持到 {supported}）。请升级程序后再打开，数据未做任何改动。</source>
        <translation>This database was written by a newer StationDesk (schema version {found}; this program supports up to {supported}). Please upgrade the program; nothing in the data was changed.</translation>
    </message>
    <message>
        <source>数据库正被另一个程序使用，请关闭其他社工站工作台窗口后重试。</source>
        <translation>The database is in use by another program. Close other StationDesk windows and try again.</translation>
    </message>
    <message>
        <source>数据库文件已损坏或不是社工站工作台的数据库：{path}。请从备份恢复。</source>
        <translation>The database file is damaged or is not a StationDesk database: {path}. Please restore it from a backup.</translation>
    </message>
    <message>
        <source>户数应在 1 到 200000 之间。</source>
        <translation>The number of households must be between 1 and 200000.</translation>
    </message>
    <message>
        <source>请选择走访的户（输入户主或成员姓名、拼音首字母）。</source>
        <translation>Choose the household visited (type a member&apos;s name or pinyin initials).</translation>
    </message>
    <message>
        <source>日期 {date} 太早，请核对年份。</source>
        <translation>The date {date} is too early; please check the year.</translation>
    </message>
    <message>
        <source>时间格式应为 时:分，例如 09:30。</source>
        <translation>Enter the time as hours:minutes, e.g. 09:30.</translation>
    </message>
    <message>
        <source>时长应为 0 到 1440 之间的分钟数。</source>
        <translation>The duration must be between 0 and 1440 minutes.</translation>
    </message>
    <message>
        <source>请至少选择一名走访社工。</source>
        <translation>Choose at least one visiting worker.</translation>
    </message>
    <message>
        <source>请填写“其他”同行人员的姓名或单位。</source>
        <translation>Enter the name or organisation of the &quot;other&quot; person present.</translation>
    </message>
    <message>
        <source>所选的成员不是本户成员，请重新选择。</source>
        <translation>A member chosen is not in this household; please choose again.</translation>
    </message>
    <message>
        <source>请为“{domain}”选择评估结果（正常、需关注或有风险）。</source>
        <translation>Choose a rating for &quot;{domain}&quot; (normal, needs attention or at risk).</translation>
    </message>
    <message>
        <source>第 {n} 项跟进事项缺少内容。</source>
        <translation>Follow-up action {n} has no description.</translation>
    </message>
    <message>
        <source>第 {n} 项跟进事项缺少负责人。</source>
        <translation>Follow-up action {n} has no owner.</translation>
    </message>
    <message>
        <source>第 {n} 项跟进事项缺少完成期限，或日期格式不对（年-月-日）。</source>
        <translation>Follow-up action {n} has no due date, or the date is not year-month-day.</translation>
    </message>
    <message>
        <source>标记为危机的，请简要写明危机情况。</source>
        <translation>A visit marked as a crisis needs a short description of the crisis.</translation>
    </message>
    <message>
        <source>记录了“{kind}”，请填写是否已按规定报告（强制报告）。</source>
        <translation>&quot;{kind}&quot; was recorded: state whether the mandatory report was made.</translation>
    </message>
    <message>
        <source>已报告的，请填写报告对象（如 公安机关、民政部门）。</source>
        <translation>Enter whom it was reported to (e.g. the police, the civil affairs bureau).</translation>
    </message>
    <message>
        <source>未报告的，请写明原因。</source>
        <translation>If it was not reported, give the reason.</translation>
    </message>
    <message>
        <source>代签的，请填写代签人姓名及与居民的关系。</source>
        <translation>Signed by someone else: enter their name and relation to the resident.</translation>
    </message>
    <message>
        <source>下次走访日期不能早于本次走访日期。</source>
        <translation>The next visit date cannot be before this visit&apos;s date.</translation>
    </message>
    <message>
        <source>这份走访记录已提交，不能直接修改。如需改正，请使用“更正”，原记录会保留在历史中。</source>
        <translation>This visit has been submitted and cannot be edited. Use &quot;Correct&quot; instead: the original is kept in the history.</translation>
    </message>
    <message>
        <source>这份记录已被更正为第 {version} 版，请在最新版本上更正。</source>
        <translation>This record has already been corrected (version {version}); correct the latest version.</translation>
    </message>
    <message>
        <source>只有已提交的走访记录可以更正或作废。</source>
        <translation>Only a submitted visit can be corrected or withdrawn.</translation>
    </message>
    <message>
        <source>只能删除草稿，已提交的记录请使用“作废”。</source>
        <translation>Only drafts can be deleted; withdraw a submitted visit instead.</translation>
    </message>
    <message>
        <source>这条危机提示已经处理，无需再次处置。</source>
        <translation>This crisis alert has already been dealt with.</translation>
    </message>
    <message>
        <source>这项跟进事项已完成或已取消。</source>
        <translation>This follow-up action is already done or cancelled.</translation>
    </message>
    <message>
        <source>走访周期格式不对：请填写 1 到 999 的数字，并选择天、周或个月。</source>
        <translation>The visit interval is not valid: enter a number from 1 to 999 and choose days, weeks or months.</translation>
    </message>
    <message>
        <source>“{value}”已有走访周期规则，请直接修改。</source>
        <translation>&quot;{value}&quot; already has a visit interval rule; change that one.</translation>
    </message>
    <message>
        <source>请选择规则适用的人员类别或风险等级。</source>
        <translation>Choose the group or risk level the rule applies to.</translation>
    </message>
    <message>
        <source>观察项“{name}”已存在。</source>
        <translation>The observation item &quot;{name}&quot; already exists.</translation>
    </message>
    <message>
        <source>请选择个案所属的户（输入户主或成员姓名、拼音首字母）。</source>
        <translation>Choose the case&apos;s household (type the name of the head or a member, or pinyin initials).</translation>
    </message>
    <message>
        <source>所选的服务对象不是本户成员，请重新选择。</source>
        <translation>The client chosen is not a member of this household; choose again.</translation>
    </message>
    <message>
        <source>这个个案已结案，不能再修改。如需继续服务，请先“重新开案”。</source>
        <translation>This case is closed and cannot be changed. To continue the service, reopen it first.</translation>
    </message>
    <message>
        <source>这个个案尚未结案，不需要重新开案。</source>
        <translation>This case is not closed; there is nothing to reopen.</translation>
    </message>
    <message>
        <source>结案前要先做评估：请先在“评估”中为本轮服务的目标评定达成情况，再结案。</source>
        <translation>Evaluate before closing: rate the goals of this round of service under “Evaluate”, then close the case.</translation>
    </message>
    <message>
        <source>请先为这个个案完成需求评估。</source>
        <translation>Complete a needs assessment for this case first.</translation>
    </message>
    <message>
        <source>请至少为一个领域评定需求程度（0-3）。</source>
        <translation>Rate the need level (0-3) of at least one domain.</translation>
    </message>
    <message>
        <source>“{domain}”的需求程度应为 0 到 3，请重新选择。</source>
        <translation>The need level of “{domain}” must be 0 to 3; choose again.</translation>
    </message>
    <message>
        <source>这次评估已经督导审批通过，不能再修改。情况有变化时，请新做一次评估。</source>
        <translation>This assessment has been approved and cannot be changed. If the situation has changed, make a new assessment.</translation>
    </message>
    <message>
        <source>请至少填写一个具体目标。</source>
        <translation>Write at least one specific goal.</translation>
    </message>
    <message>
        <source>第 {n} 个具体目标缺少内容。</source>
        <translation>Specific goal {n} is empty.</translation>
    </message>
    <message>
        <source>第 {n} 个目标的第 {m} 项行动缺少内容。</source>
        <translation>Action {m} of goal {n} is empty.</translation>
    </message>
    <message>
        <source>第 {n} 个目标的第 {m} 项行动请选择责任方（五社联动）。</source>
        <translation>Action {m} of goal {n}: choose the responsible party (five societies).</translation>
    </message>
    <message>
        <source>第 {n} 个目标的第 {m} 项行动：完成日期不能早于开始日期，日期格式为 年-月-日。</source>
        <translation>Action {m} of goal {n}: the due date cannot be before the start date; dates are written year-month-day.</translation>
    </message>
    <message>
        <source>第 {n} 个目标的第 {m} 项行动所选的资源已不在资源库中，请重新选择。</source>
        <translation>Action {m} of goal {n}: the resource chosen is no longer in the directory; choose again.</translation>
    </message>
    <message>
        <source>计划结束日期不能早于开始日期。</source>
        <translation>The plan&apos;s end date cannot be before its start date.</translation>
    </message>
    <message>
        <source>这一版服务计划已经确认（已打印签字），不能直接修改。请用“修订计划”生成新版本，原版本会保留。</source>
        <translation>This version of the plan was agreed (printed and signed) and cannot be changed. Use “Revise plan” to make a new version; the agreed one is kept.</translation>
    </message>
    <message>
        <source>这个个案已有一份未确认的计划草稿，请继续编辑那份草稿。</source>
        <translation>This case already has a plan draft that is not agreed; keep editing that draft.</translation>
    </message>
    <message>
        <source>只有草稿可以确认或删除。</source>
        <translation>Only a draft can be agreed or deleted.</translation>
    </message>
    <message>
        <source>这一版计划已有更新的版本，请在最新版本上修订。</source>
        <translation>There is a newer version of this plan; revise the latest version.</translation>
    </message>
    <message>
        <source>还没有已确认的服务计划。请先与服务对象确认计划，再做回顾。</source>
        <translation>There is no agreed service plan yet. Agree the plan with the client first, then review it.</translation>
    </message>
    <message>
        <source>请至少填写一个目标的进展，或更新一项行动的状态。</source>
        <translation>Write the progress of at least one goal, or update the status of an action.</translation>
    </message>
    <message>
        <source>请为每个具体目标评定达成程度（-2 到 +2）：“{goal}”还没有评定。</source>
        <translation>Rate the attainment of every specific goal (-2 to +2): “{goal}” is not rated yet.</translation>
    </message>
    <message>
        <source>不能审批自己提交的记录，请由站长或督导审批。</source>
        <translation>You cannot approve a record you submitted; the station director or a supervisor must approve it.</translation>
    </message>
    <message>
        <source>这项审批已经处理过了。</source>
        <translation>This request has already been decided.</translation>
    </message>
    <message>
        <source>退回时请写明意见，方便社工修改。</source>
        <translation>When returning, write a comment so that the worker knows what to change.</translation>
    </message>
    <message>
        <source>没有需要提交审批的记录：需求评估和已确认的服务计划都已提交或已批准。</source>
        <translation>Nothing to submit: the needs assessment and the agreed plan are submitted or approved already.</translation>
    </message>
    <message>
        <source>本站要求需求评估经督导批准后才能确认服务计划。请先“提交审批”，等督导批准后再确认计划。</source>
        <translation>This station wants the needs assessment approved before a plan is agreed. Submit it for approval first, and agree the plan once it is approved.</translation>
    </message>
    <message>
        <source>本站要求服务计划经督导批准后才能开始介入（回顾、评估）。请先“提交审批”，等督导批准计划。</source>
        <translation>This station wants the service plan approved before intervention (reviews, evaluation). Submit it for approval first and wait for the supervisor.</translation>
    </message>
    <message>
        <source>结案申请正在等待督导审批，不能重复申请。</source>
        <translation>A closure request is already waiting for the supervisor.</translation>
    </message>
    <message>
        <source>没有这项设置：{key}。</source>
        <translation>There is no setting {key}.</translation>
    </message>
    <message>
        <source>“{name}”不是本站社工，请先在“设置”中增加这名社工。</source>
        <translation>“{name}” is not one of this station&apos;s workers. Add them in Settings first.</translation>
    </message>
    <message>
        <source>资源“{name}”已在资源库中，请直接修改那一条。</source>
        <translation>The resource “{name}” is already in the directory; edit that one instead.</translation>
    </message>
    <message>
        <source>请至少选择一个服务类别。</source>
        <translation>Choose at least one service category.</translation>
    </message>
    <message>
        <source>服务容量应为 1 到 9999 的整数；不限人数请留空。</source>
        <translation>Capacity must be a whole number from 1 to 9999; leave it empty for no limit.</translation>
    </message>
    <message>
        <source>统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V），请核对。</source>
        <translation>A unified social credit code has 18 digits or capital letters (not I, O, Z, S or V); please check it.</translation>
    </message>
    <message>
        <source>统一社会信用代码校验位不对（按前 17 位应为 {expected}）。请核对证照；确认无误可再次保存。</source>
        <translation>The check character of the credit code is wrong (the first 17 characters call for {expected}). Check the licence; if the code is right, save again.</translation>
    </message>
    <message>
        <source>资源“{name}”已停用，请选择其他资源。</source>
        <translation>The resource “{name}” is inactive; choose another one.</translation>
    </message>
    <message>
        <source>请选择服务对象是否同意转介（书面或口头）。</source>
        <translation>Record whether the client consented to the referral (in writing or orally).</translation>
    </message>
    <message>
        <source>跟进日期不能早于转介日期。</source>
        <translation>The follow-up date cannot be before the referral date.</translation>
    </message>
    <message>
        <source>转介状态不能从“{old}”改为“{new}”。</source>
        <translation>A referral cannot go from “{old}” to “{new}”.</translation>
    </message>
    <message>
        <source>这个转介已经“{status}”，不能再更新状态。</source>
        <translation>This referral is already “{status}”; its status cannot be updated.</translation>
    </message>
    <message>
        <source>转介完成或未被接收时，请填写结果。</source>
        <translation>When a referral is completed or declined, write its outcome.</translation>
    </message>
    <message>
        <source>本机还没有本站的同步口令，不能导出同步包。请站长在“同步”页面设置同步口令（命令行：sync passphrase），或先在本机导入站点主机导出的同步包。</source>
        <translation>This computer does not have the station&apos;s sync passphrase yet, so it cannot export a sync file. Ask the station director to set the sync passphrase on the Sync page (command line: sync passphrase), or first import a sync file exported by the station hub on this computer.</translation>
    </message>
    <message>
        <source>本站已经设置了同步口令，不能再次设置。</source>
        <translation>The station already has a sync passphrase; it cannot be set again.</translation>
    </message>
    <message>
        <source>同步口令太短：U 盘丢了，捡到的人可以在自己的电脑上不停地试口令。请用至少 {min} 个字符（一个汉字算 2 个），把几个不相干的词、数字和符号连起来，例如：{example}</source>
        <translation>The sync passphrase is too short: if the USB stick is lost, whoever finds it can try passphrases on their own computer for as long as they like. Use at least {min} characters (a Chinese character counts as 2), joining a few unrelated words, numbers and symbols, for example: {example}</translation>
    </message>
    <message>
        <source>同步口令太容易被猜到：不要用 123456、生日、电话号码、连续或重复的字符、常见的词。请把几个不相干的词、数字和符号连起来，例如：{example}</source>
        <translation>The sync passphrase is too easy to guess: avoid 123456, birthdays, phone numbers, runs or repeated characters and common words. Join a few unrelated words, numbers and symbols, for example: {example}</translation>
    </message>
    <message>
        <source>本机没有可以撤销的导入。要回到更早的状态，请用 backup list 查看备份，再用 backup restore 恢复。</source>
        <translation>There is no import to undo on this computer. To go back further, see the backups with backup list and restore one with backup restore.</translation>
    </message>
    <message>
        <source>导入“{name}”之后本机又有了新的改动（录入、导入或导出），不能再单独撤销这次导入。要回到导入前，请关闭本程序后用 backup restore 恢复当天的备份。</source>
        <translation>This computer has changed since “{name}” was imported (an entry, an import or an export), so that import can no longer be undone on its own. To go back to before it, close the program and restore the day&apos;s backup with backup restore.</translation>
    </message>
    <message>
        <source>今天的数据库备份没有做成（{reason}）。同步的内容已经导入；请检查磁盘空间，下次导入时会再试。</source>
        <translation>Today&apos;s database backup could not be made ({reason}). The sync bundle was imported; please check the free disk space, the next import tries again.</translation>
    </message>
    <message>
        <source>同步包“{name}”的文件格式（第 {found} 版）比本程序新，本机的版本读不了。请先把本机的社工站工作台升级到 {version} 或更高版本再导入。本机数据没有任何改动。</source>
        <translation>The sync file “{name}” has a newer file format (version {found}) than this program can read. Update StationDesk on this computer to {version} or later, then import it. Nothing on this computer was changed.</translation>
    </message>
    <message>
        <source>同步包“{name}”要求的口令计算量超过本站设定的上限，可能是伪造的文件，没有打开。请只导入本站电脑导出的同步包。本机数据没有任何改动。</source>
        <translation>The sync file “{name}” asks for more passphrase work than this station allows; it may be forged and was not opened. Import only sync files exported by this station&apos;s computers. Nothing on this computer was changed.</translation>
    </message>
    <message>
        <source>同步包“{name}”里有同步包格式之外的内容（{what}），可能是伪造或被改动的文件，没有导入。请在导出的电脑上重新导出。本机数据没有任何改动。</source>
        <translation>The sync file “{name}” holds things the sync file format does not have ({what}); it may be forged or altered and was not imported. Export it again on the computer it came from. Nothing on this computer was changed.</translation>
    </message>
    <message>
        <source>两次输入的同步口令不一致，请重新输入。</source>
        <translation>The two sync passphrases differ; please enter them again.</translation>
    </message>
    <message>
        <source>请提供本站的同步口令：在提示时输入，或用 --passphrase-file 指定口令文件，或设置环境变量 STATIONDESK_PASSPHRASE。</source>
        <translation>Please give the station sync passphrase: type it at the prompt, name a file with --passphrase-file, or set the environment variable STATIONDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>同步口令不对。请核对本站的同步口令（区分大小写、全角半角）后重试。本机数据没有任何改动。</source>
        <translation>The sync passphrase is wrong. Check it (case and full-width characters matter) and try again. Nothing on this computer was changed.</translation>
    </message>
    <message>
        <source>没有找到电脑“{name}”。本机知道的电脑：{known}。</source>
        <translation>No computer named &quot;{name}&quot;. Computers known here: {known}.</translation>
    </message>
    <message>
        <source>“{name}”对应多台电脑：{known}。请输入更完整的电脑名称或编号。</source>
        <translation>&quot;{name}&quot; matches several computers: {known}. Please enter a fuller computer name or number.</translation>
    </message>
    <message>
        <source>无法写入 {path}：{reason}。请检查 U 盘是否插好、是否写保护、空间是否已满，然后重试。</source>
        <translation>Cannot write {path}: {reason}. Check that the USB stick is plugged in, not write-protected and not full, then try again.</translation>
    </message>
    <message>
        <source>写入后读回校验失败：{path}。U 盘可能有问题，请换一个 U 盘重新导出（本机数据没有改动）。</source>
        <translation>Reading back after writing failed: {path}. The USB stick may be faulty; export again to another stick (nothing on this computer was changed).</translation>
    </message>
    <message>
        <source>无法读取 {path}：{reason}。请检查 U 盘是否插好后重试。</source>
        <translation>Cannot read {path}: {reason}. Check that the USB stick is plugged in and try again.</translation>
    </message>
    <message>
        <source>没有名为“{name}”的备份。请用 backup list 查看本机的备份。</source>
        <translation>There is no backup named “{name}”. Use backup list to see this computer&apos;s backups.</translation>
    </message>
    <message>
        <source>备份“{name}”已损坏，不能恢复。请换一份备份。本机数据没有任何改动。</source>
        <translation>The backup “{name}” is damaged and cannot be restored. Choose another backup. Nothing on this computer was changed.</translation>
    </message>
    <message>
        <source>恢复备份“{name}”失败（{reason}）。请关闭社工站工作台、检查磁盘空间后重试。</source>
        <translation>Restoring the backup “{name}” failed ({reason}). Close StationDesk, check the free disk space and try again.</translation>
    </message>
    <message>
        <source>导入前备份数据库失败（{reason}），为安全起见没有导入。请检查磁盘空间后重试。</source>
        <translation>Backing up the database before the import failed ({reason}), so nothing was imported. Check the free disk space and try again.</translation>
    </message>
    <message>
        <source>这一项只能保留其中一个值，不能填写新的值。</source>
        <translation>For this field, keep one of the values; a new value cannot be entered.</translation>
    </message>
    <message>
        <source>这一项不能为空：请填写新的值，或保留其中一个值。</source>
        <translation>This field cannot be empty: enter a new value or keep one of the values.</translation>
    </message>
    <message>
        <source>新的值最多 {max} 个字，请删减。</source>
        <translation>The new value can have at most {max} characters; please shorten it.</translation>
    </message>
    <message>
        <source>这条冲突已经处理过了（可能已在别的电脑上处理），请刷新列表。</source>
        <translation>This conflict was already settled (perhaps on another computer); please refresh the list.</translation>
    </message>
    <message>
        <source>本机还没有站点。加入站点前，请填写本机名称和使用本机的社工姓名。</source>
        <translation>This computer has no station yet. Before joining one, enter this computer&apos;s name and the name of its worker.</translation>
    </message>
    <message>
        <source>“{name}”不是社工站工作台的同步包，或文件开头已损坏。本机数据没有任何改动。</source>
        <translation>&quot;{name}&quot; is not a StationDesk sync bundle, or its beginning is damaged. Nothing on this computer was changed.</translation>
    </message>
    <message>
        <source>同步包“{name}”已损坏、不完整或被改动过（可能拷贝没有完成，或 U 盘被提前拔出）。请在导出的电脑上重新导出后再导入。本机数据没有任何改动。</source>
        <translation>The sync bundle &quot;{name}&quot; is damaged, incomplete or altered (the copy may not have finished, or the stick was pulled out early). Export it again on the computer that made it, then import. Nothing on this computer was changed.</translation>
    </message>
    <message>
        <source>无法用这个口令打开同步包“{name}”：口令不对，或同步包已损坏。请核对口令后重试。本机数据没有任何改动。</source>
        <translation>The sync bundle &quot;{name}&quot; cannot be opened with this passphrase: the passphrase is wrong or the bundle is damaged. Check the passphrase and try again. Nothing on this computer was changed.</translation>
    </message>
    <message>
        <source>同步包“{name}”属于另一个站点，不能导入本站。请确认 U 盘上的文件来自本站的电脑。本机数据没有任何改动。</source>
        <translation>The sync bundle &quot;{name}&quot; belongs to another station and cannot be imported here. Make sure the file comes from a computer of this station. Nothing on this computer was changed.</translation>
    </message>
    <message>
        <source>同步包“{name}”由更新版本的社工站工作台导出（数据结构版本 {found}，本程序支持到 {supported}）。请先升级本机的程序再导入。本机数据没有任何改动。</source>
        <translation>The sync bundle &quot;{name}&quot; was exported by a newer StationDesk (schema version {found}; this program supports up to {supported}). Upgrade this program first, then import. Nothing on this computer was changed.</translation>
    </message>
    <message>
        <source>本机还没有站点。加入站点请导入站点主机导出的“完整同步包”，而不是“{name}”。</source>
        <translation>This computer has no station yet. To join one, import a full bundle exported by the station hub, not &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>“{name}”是回执文件，不是同步包；回执会在导出或导入时自动读取，无需导入。</source>
        <translation>&quot;{name}&quot; is a receipt, not a sync bundle; receipts are read automatically when you export or import, there is no need to import them.</translation>
    </message>
    <message>
        <source>{record}的“{field}”中有字体无法打印的字符“{char}”（{unicode}），打印出来会漏掉这个字。请先在记录中改正（例如改用常用写法，或在括号中注明读音）后再打印。</source>
        <translation>{record}: the field “{field}” holds the character “{char}” ({unicode}), which the font cannot print; it would be missing on paper. Correct it in the record first (for example use the common form, or add its reading in brackets), then print.</translation>
    </message>
    <message>
        <source>{record}的“{field}”中有字体无法打印的字符“{char}”（{unicode}），另有 {more} 处无法打印的字符，打印出来会漏字。请先在记录中改正后再打印。</source>
        <translation>{record}: the field “{field}” holds the character “{char}” ({unicode}), which the font cannot print, and there are {more} more such characters; they would be missing on paper. Correct them in the records first, then print.</translation>
    </message>
    <message>
        <source>没有要打印的记录。</source>
        <translation>There is nothing to print.</translation>
    </message>
    <message>
        <source>这份走访记录还没有签字，不能打印存档副本。请打印供签字的记录表，签字后在记录中改为“本人已签字”或“代签”。</source>
        <translation>This visit record has not been signed yet, so there is no archive copy to print. Print the sheet for signing; once signed, set the record to “signed in person” or “signed by proxy”.</translation>
    </message>
    <message>
        <source>无法保存 {path}：{reason}。请检查文件夹是否可写、磁盘空间是否已满，或文件是否正被其他程序打开。</source>
        <translation>Cannot save {path}: {reason}. Check that the folder is writable, the disk is not full and the file is not open in another program.</translation>
    </message>
    <message>
        <source>找不到文件“{name}”。请确认文件还在原来的位置（U 盘是否已插好）。</source>
        <translation>File “{name}” not found. Check that it is still where it was (is the USB stick plugged in?).</translation>
    </message>
    <message>
        <source>“{name}”不是能导入的名册文件。请选择 .xlsx、.xls 或 .csv 文件（WPS 文件请先另存为 .xlsx）。</source>
        <translation>“{name}” is not a roster file that can be imported. Choose an .xlsx, .xls or .csv file (save WPS files as .xlsx first).</translation>
    </message>
    <message>
        <source>无法读取“{name}”：文件已损坏，或不是它的扩展名所说的格式。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。</source>
        <translation>Cannot read “{name}”: the file is damaged or not the format its extension says. Open it in Excel or WPS, save it as .xlsx and import again.</translation>
    </message>
    <message>
        <source>“{name}”设置了打开密码，无法读取。请用 Excel 或 WPS 打开，取消密码（文件 → 信息 → 保护工作簿）后另存，再导入。</source>
        <translation>“{name}” has an open password and cannot be read. Open it in Excel or WPS, remove the password (File → Info → Protect Workbook), save, and import again.</translation>
    </message>
    <message>
        <source>无法识别“{name}”的文字编码。请用 Excel 或 WPS 打开后另存为 .xlsx，或另存为“CSV UTF-8”再导入。</source>
        <translation>The text encoding of “{name}” is not recognised. Open it in Excel or WPS and save it as .xlsx or as “CSV UTF-8”, then import again.</translation>
    </message>
    <message>
        <source>文件中没有名为“{sheet}”的工作表。可选的工作表：{known}。</source>
        <translation>The file has no sheet named “{sheet}”. Sheets: {known}.</translation>
    </message>
    <message>
        <source>工作表“{sheet}”是空的，没有可导入的行。</source>
        <translation>Sheet “{sheet}” is empty: there are no rows to import.</translation>
    </message>
    <message>
        <source>在工作表“{sheet}”的前 {rows} 行中找不到表头（至少要有“姓名”和“身份证号”等列名）。请确认选择了正确的工作表，或在表头行填写列名后再导入。</source>
        <translation>No header found in the first {rows} rows of sheet “{sheet}” (at least headings such as 姓名 and 身份证号 are needed). Check that the right sheet is chosen, or write the headings in the header row and import again.</translation>
    </message>
    <message>
        <source>工作表“{sheet}”有 {rows} 行，超过一次能导入的 {max} 行。请把名册分成几个文件分别导入。</source>
        <translation>Sheet “{sheet}” has {rows} rows, more than the {max} one import can take. Split the roster into several files.</translation>
    </message>
    <message>
        <source>请把一列对应为“姓名”，否则无法导入。</source>
        <translation>Map one column to “Name”, otherwise nothing can be imported.</translation>
    </message>
    <message>
        <source>“{field}”对应了两列（第 {first} 列和第 {second} 列），请只保留一列。</source>
        <translation>“{field}” is mapped to two columns (column {first} and column {second}); keep only one.</translation>
    </message>
    <message>
        <source>“{value}”不是本站的人员类别。本站的人员类别：{known}。请在 设置 中添加，或改正名册。</source>
        <translation>“{value}” is not one of this station&apos;s groups. The station&apos;s groups: {known}. Add it in Settings or correct the roster.</translation>
    </message>
    <message>
        <source>名册日期应写成 年-月，例如 2026-11。</source>
        <translation>Write the roster date as YYYY-MM, e.g. 2026-11.</translation>
    </message>
    <message>
        <source>请填写名册来源（例如“县民政局低保名册”），列的对应关系会按来源记住。</source>
        <translation>Fill in the roster source (e.g. “county dibao roster”); the column mapping is remembered per source.</translation>
    </message>
    <message>
        <source>身份证号被 Excel 存成了数字（显示为 {shown}），后 3 位已丢失，无法恢复。请把这一列设为“文本”格式，重新填写完整的身份证号。</source>
        <translation>Excel stored this ID number as a number (shown as {shown}); its last 3 digits are lost and cannot be recovered. Format the column as “Text” and type the full ID number again.</translation>
    </message>
    <message>
        <source>身份证号 {shown} 末尾是 000：很可能是 Excel 把它当成数字，只保留了前 15 位。请把这一列设为“文本”格式，重新填写完整的身份证号。</source>
        <translation>ID number {shown} ends in 000: Excel very likely treated it as a number and kept only the first 15 digits. Format the column as “Text” and type the full ID number again.</translation>
    </message>
    <message>
        <source>“{value}”不是能识别的日期。请写成 2023-05-01、2023.5.1、2023/5/1 或 20230501。</source>
        <translation>“{value}” is not a date that can be read. Write it as 2023-05-01, 2023.5.1, 2023/5/1 or 20230501.</translation>
    </message>
    <message>
        <source>“{value}”不是能识别的性别，请填写“男”或“女”。</source>
        <translation>“{value}” is not a sex that can be read; write 男 or 女.</translation>
    </message>
    <message>
        <source>缺少所属行政村。请在名册中填写村名，或在对应关系中指定“村”这一列。</source>
        <translation>The village is missing. Fill in the village in the roster, or map the village column.</translation>
    </message>
    <message>
        <source>“{value}”不是本站的行政村。本站的行政村：{known}。</source>
        <translation>“{value}” is not a village of this station. The station&apos;s villages: {known}.</translation>
    </message>
    <message>
        <source>“{value}”不是本站的行政村，是否为“{suggestion}”？请改正村名后再导入。</source>
        <translation>“{value}” is not a village of this station; did you mean “{suggestion}”? Correct the village name and import again.</translation>
    </message>
    <message>
        <source>“{value}”不是{village}的村民小组（{known}）。</source>
        <translation>“{value}” is not a group of {village} ({known}).</translation>
    </message>
    <message>
        <source>“{value}”不是{village}的村民小组，是否为“{suggestion}”？</source>
        <translation>“{value}” is not a group of {village}; did you mean “{suggestion}”?</translation>
    </message>
    <message>
        <source>“{value}”不是能识别的残疾类别和等级，请写成如“肢体三级”。</source>
        <translation>“{value}” is not a disability type and grade that can be read; write it like “肢体三级”.</translation>
    </message>
    <message>
        <source>请填写与户主关系（这一行不是户主，要加入“{head}”户）。</source>
        <translation>Fill in the relation to the head (this row is not the head and joins the household of “{head}”).</translation>
    </message>
    <message>
        <source>找不到户主“{head}”：名册中没有户主这一行，登记簿中{village}也没有这位户主。请补上户主这一行，或改正户主姓名。</source>
        <translation>Head of household “{head}” not found: the roster has no row for the head and the register has no such head in {village}. Add the head&apos;s row or correct the head&apos;s name.</translation>
    </message>
    <message>
        <source>{village}有 {count} 户的户主都叫“{head}”，无法确定加入哪一户。请填写户主身份证号。</source>
        <translation>{count} households in {village} have a head named “{head}”; which one is meant cannot be told. Fill in the head&apos;s ID number.</translation>
    </message>
    <message>
        <source>本户户主（第 {row} 行）有错误，本户其他成员暂不导入。改正户主这一行后再导入。</source>
        <translation>The head of this household (row {row}) has an error, so the other members wait. Correct the head&apos;s row and import again.</translation>
    </message>
    <message>
        <source>与第 {row} 行是同一人（{key}），但两行内容不同。请核对后只保留一行。</source>
        <translation>Same person as row {row} ({key}), but the two rows differ. Check them and keep only one.</translation>
    </message>
    <message>
        <source>与第 {row} 行重复，只导入一次。</source>
        <translation>Repeats row {row}; imported once.</translation>
    </message>
    <message>
        <source>可能是登记簿中已有的 {name}（{village}，出生日期 {birth}），请确认是否为同一人。</source>
        <translation>May be {name}, already registered ({village}, born {birth}); confirm whether this is the same person.</translation>
    </message>
    <message>
        <source>名册文件在预览之后被改动过。请重新预览再导入。</source>
        <translation>The roster file was changed after the preview. Preview it again before importing.</translation>
    </message>
    <message>
        <source>这次导入已经撤销过了。</source>
        <translation>This import has already been undone.</translation>
    </message>
    <message>
        <source>这次导入写入的记录（{name}等 {count} 条）之后又被修改过，不能整体撤销。请在户档案中逐条改正。</source>
        <translation>Records written by this import ({name} and others, {count} in all) have been changed since, so it cannot be undone as a whole. Correct them one by one in the register.</translation>
    </message>
    <message>
        <source>找不到这次导入的记录。</source>
        <translation>This import&apos;s record cannot be found.</translation>
    </message>
    <message>
        <source>无法保存错误清单 {path}：{reason}。请检查文件夹是否可写，或文件是否正被 Excel 打开。</source>
        <translation>Cannot save the error list {path}: {reason}. Check that the folder is writable and that the file is not open in Excel.</translation>
    </message>
    <message>
        <source>无法识别报表期间“{text}”。月份请写成 2026-11，季度写成 2026Q4，年度写成 2026。</source>
        <translation>Cannot read the report period “{text}”. Write a month as 2026-11, a quarter as 2026Q4, a year as 2026.</translation>
    </message>
    <message>
        <source>{period}还没有开始，没有可以统计的数据。请选择已经开始的月份、季度或年度。</source>
        <translation>{period} has not begun: there is nothing to count yet. Choose a month, quarter or year that has begun.</translation>
    </message>
    <message>
        <source>指标定义文件 {path} 无法读取或不是有效的 JSON。请改正或删除这个文件后重试（删除后使用程序自带的指标）。</source>
        <translation>The indicator definitions file {path} cannot be read or is not valid JSON. Correct or delete it and try again (without it the shipped indicators are used).</translation>
    </message>
    <message>
        <source>指标定义文件中有一项写得不对：{entry}。每项需要 code、name、unit，aggregate 只能是 sum、end 或 mean。</source>
        <translation>An entry of the indicator definitions file is wrong: {entry}. Each needs code, name and unit; aggregate can only be sum, end or mean.</translation>
    </message>
    <message>
        <source>指标定义文件中的指标“{indicator}”不是程序能计算的指标：新增的指标只能用 sum_of 或 ratio_of 由已有指标组成，且引用的指标代码必须存在。</source>
        <translation>The indicator “{indicator}” in the definitions file is not one the program can compute: an added indicator must be made of existing ones with sum_of or ratio_of, naming codes that exist.</translation>
    </message>
    <message>
        <source>无法保存 {path}：{reason}。请检查文件夹是否可写、磁盘空间是否已满，或文件是否正被 Excel 等程序打开。</source>
        <translation>Cannot save {path}: {reason}. Check that the folder is writable, the disk is not full, and the file is not open in Excel or another program.</translation>
    </message>
</context>
<context>
    <name>coverage_actions</name>
    <message>
        <source>探访率-{0}.xlsx</source>
        <translation>visit-rate-{0}.xlsx</translation>
    </message>
    <message>
        <source>导出探访率</source>
        <translation>Export visit rate</translation>
    </message>
    <message>
        <source>已保存 {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>正在导出探访率…</source>
        <translation>Exporting the visit rate…</translation>
    </message>
    <message>
        <source>{0} 年 {1} 月探访率</source>
        <translation>Visit rate {1}/{0}</translation>
    </message>
    <message>
        <source>正在生成“{0}”…</source>
        <translation>Making “{0}”…</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>程序出现意外错误</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>刚才的操作没有完成，已保存的数据不受影响。
可以保存一份错误报告，交给技术支持人员。</source>
        <translation>The last action did not complete; saved data is not affected.
You can save an error report for technical support.</translation>
    </message>
    <message>
        <source>保存错误报告</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>错误报告已保存到：
{0}</source>
        <translation>The error report was saved to:
{0}</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>indicators</name>
    <message>
        <source>走访与探访</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>入户走访户次</source>
        <translation>Home visits</translation>
    </message>
    <message>
        <source>户次</source>
        <translation>visits</translation>
    </message>
    <message>
        <source>本期走访方式为“入户走访”的已提交、现行版本、未作废且见到人的走访（更正后按更正后的日期计）次数；同一户走访多次按多次计。</source>
        <translation>Number of submitted, current-version, not withdrawn visits where someone was met (a corrected visit counts on its corrected date) made as a &quot;Home visit&quot; in the period; several visits to one household count several times.</translation>
    </message>
    <message>
        <source>入户走访户数</source>
        <translation>Households visited at home</translation>
    </message>
    <message>
        <source>户</source>
        <translation>households</translation>
    </message>
    <message>
        <source>本期至少有一次“入户走访”（已提交、现行版本、未作废且见到人的走访（更正后按更正后的日期计））的户数，同一户只计一次。</source>
        <translation>Number of households with at least one &quot;Home visit&quot; (submitted, current-version, not withdrawn visits where someone was met (a corrected visit counts on its corrected date)) in the period; each household counts once.</translation>
    </message>
    <message>
        <source>入户未遇</source>
        <translation>Nobody home</translation>
    </message>
    <message>
        <source>本期已提交、现行版本、未作废、记为“入户未遇”（上门但没有见到人）的入户走访次数；不计入走访户次和探访率。</source>
        <translation>Number of submitted, current-version, not withdrawn home visits in the period recorded as &quot;nobody home&quot; (the worker called but met no one); not counted in home visits or coverage.</translation>
    </message>
    <message>
        <source>电话回访</source>
        <translation>Phone follow-ups</translation>
    </message>
    <message>
        <source>次</source>
        <translation>times</translation>
    </message>
    <message>
        <source>本期走访方式为“电话回访”的已提交、现行版本、未作废且见到人的走访（更正后按更正后的日期计）次数（未接通的不计）。</source>
        <translation>Number of submitted, current-version, not withdrawn visits where someone was met (a corrected visit counts on its corrected date) made as a &quot;Phone follow-up&quot; in the period (calls not answered do not count).</translation>
    </message>
    <message>
        <source>走访总次数（各种方式）</source>
        <translation>All visits (any kind)</translation>
    </message>
    <message>
        <source>本期各种方式（入户、电话、视频、到站、陪同等）的已提交、现行版本、未作废且见到人的走访（更正后按更正后的日期计）次数。</source>
        <translation>Number of submitted, current-version, not withdrawn visits where someone was met (a corrected visit counts on its corrected date) of any kind (home, phone, video, at the station, accompanying, …) in the period.</translation>
    </message>
    <message>
        <source>探访率</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>探访率：特殊困难老年人</source>
        <translation>Coverage: older people in special difficulty</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>本月至少被探访一次（已提交、现行版本、未作废且见到人的走访（更正后按更正后的日期计），走访记录中勾选了见到的成员时以见到的成员为准）的特殊困难老年人人数 ÷ 月末在册的特殊困难老年人人数（人员类别按月末当时的登记）。季度、年度为各月的平均值。国家目标 100%。</source>
        <translation>Number of older people in special difficulty visited at least once this month (submitted, current-version, not withdrawn visits where someone was met (a corrected visit counts on its corrected date); where the visit record ticks the members met, those members count) ÷ number of older people in special difficulty on the register at the month&apos;s end (groups as registered then). Quarters and years: the average of their months. National target 100%.</translation>
    </message>
    <message>
        <source>探访率：留守老年人</source>
        <translation>Coverage: left-behind older people</translation>
    </message>
    <message>
        <source>本月至少被探访一次（已提交、现行版本、未作废且见到人的走访（更正后按更正后的日期计），走访记录中勾选了见到的成员时以见到的成员为准）的留守老年人人数 ÷ 月末在册的留守老年人人数（人员类别按月末当时的登记）。季度、年度为各月的平均值。</source>
        <translation>Number of left-behind older people visited at least once this month (submitted, current-version, not withdrawn visits where someone was met (a corrected visit counts on its corrected date); where the visit record ticks the members met, those members count) ÷ number of left-behind older people on the register at the month&apos;s end (groups as registered then). Quarters and years: the average of their months.</translation>
    </message>
    <message>
        <source>探访率：独居老年人</source>
        <translation>Coverage: older people living alone</translation>
    </message>
    <message>
        <source>本月至少被探访一次（已提交、现行版本、未作废且见到人的走访（更正后按更正后的日期计），走访记录中勾选了见到的成员时以见到的成员为准）的独居老年人人数 ÷ 月末在册的独居老年人人数（人员类别按月末当时的登记）。季度、年度为各月的平均值。</source>
        <translation>Number of older people living alone visited at least once this month (submitted, current-version, not withdrawn visits where someone was met (a corrected visit counts on its corrected date); where the visit record ticks the members met, those members count) ÷ number of older people living alone on the register at the month&apos;s end (groups as registered then). Quarters and years: the average of their months.</translation>
    </message>
    <message>
        <source>探访率：困境儿童</source>
        <translation>Coverage: children in difficulty</translation>
    </message>
    <message>
        <source>本月至少被探访一次（已提交、现行版本、未作废且见到人的走访（更正后按更正后的日期计），走访记录中勾选了见到的成员时以见到的成员为准）的困境儿童人数 ÷ 月末在册的困境儿童人数（人员类别按月末当时的登记）。季度、年度为各月的平均值。</source>
        <translation>Number of children in difficulty visited at least once this month (submitted, current-version, not withdrawn visits where someone was met (a corrected visit counts on its corrected date); where the visit record ticks the members met, those members count) ÷ number of children in difficulty on the register at the month&apos;s end (groups as registered then). Quarters and years: the average of their months.</translation>
    </message>
    <message>
        <source>探访率：留守儿童</source>
        <translation>Coverage: left-behind children</translation>
    </message>
    <message>
        <source>本月至少被探访一次（已提交、现行版本、未作废且见到人的走访（更正后按更正后的日期计），走访记录中勾选了见到的成员时以见到的成员为准）的留守儿童人数 ÷ 月末在册的留守儿童人数（人员类别按月末当时的登记）。季度、年度为各月的平均值。</source>
        <translation>Number of left-behind children visited at least once this month (submitted, current-version, not withdrawn visits where someone was met (a corrected visit counts on its corrected date); where the visit record ticks the members met, those members count) ÷ number of left-behind children on the register at the month&apos;s end (groups as registered then). Quarters and years: the average of their months.</translation>
    </message>
    <message>
        <source>探访率：残疾人</source>
        <translation>Coverage: disabled people</translation>
    </message>
    <message>
        <source>本月至少被探访一次（已提交、现行版本、未作废且见到人的走访（更正后按更正后的日期计），走访记录中勾选了见到的成员时以见到的成员为准）的残疾人人数 ÷ 月末在册的残疾人人数（人员类别按月末当时的登记）。季度、年度为各月的平均值。</source>
        <translation>Number of disabled people visited at least once this month (submitted, current-version, not withdrawn visits where someone was met (a corrected visit counts on its corrected date); where the visit record ticks the members met, those members count) ÷ number of disabled people on the register at the month&apos;s end (groups as registered then). Quarters and years: the average of their months.</translation>
    </message>
    <message>
        <source>探访率：低保/特困</source>
        <translation>Coverage: people on dibao or tekun support</translation>
    </message>
    <message>
        <source>本月至少被探访一次（已提交、现行版本、未作废且见到人的走访（更正后按更正后的日期计），走访记录中勾选了见到的成员时以见到的成员为准）的低保/特困人数 ÷ 月末在册的低保/特困人数（人员类别按月末当时的登记）。季度、年度为各月的平均值。</source>
        <translation>Number of people on dibao or tekun support visited at least once this month (submitted, current-version, not withdrawn visits where someone was met (a corrected visit counts on its corrected date); where the visit record ticks the members met, those members count) ÷ number of people on dibao or tekun support on the register at the month&apos;s end (groups as registered then). Quarters and years: the average of their months.</translation>
    </message>
    <message>
        <source>服务对象</source>
        <translation>People served</translation>
    </message>
    <message>
        <source>新建服务档案户数</source>
        <translation>New household records</translation>
    </message>
    <message>
        <source>登记日期在本期内、期末仍在册的户数。</source>
        <translation>Households whose registration date is in the period and that are still on the register at its end.</translation>
    </message>
    <message>
        <source>期末在册户数</source>
        <translation>Households on the register at the end</translation>
    </message>
    <message>
        <source>期末最后一天登记在册（登记日期不晚于期末、当时未删除）的户数。</source>
        <translation>Households on the register on the last day of the period (registered by then and not removed).</translation>
    </message>
    <message>
        <source>期末在册人数</source>
        <translation>People on the register at the end</translation>
    </message>
    <message>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <source>期末在册户中当时在册的成员人数。</source>
        <translation>Members on the register then, of the households on the register at the end of the period.</translation>
    </message>
    <message>
        <source>个案与服务计划</source>
        <translation>Cases and service plans</translation>
    </message>
    <message>
        <source>新开个案</source>
        <translation>New cases</translation>
    </message>
    <message>
        <source>个</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>接案日期在本期内的个案数（不含已删除的）。</source>
        <translation>Cases whose intake date is in the period (removed cases not counted).</translation>
    </message>
    <message>
        <source>期末在案个案</source>
        <translation>Open cases at the end</translation>
    </message>
    <message>
        <source>期末最后一天已接案、尚未结案（按个案阶段记录当时的阶段）的个案数。</source>
        <translation>Cases taken in and not yet closed on the last day of the period (by the stage recorded then).</translation>
    </message>
    <message>
        <source>结案个案</source>
        <translation>Cases closed</translation>
    </message>
    <message>
        <source>本期内结案的次数（个案阶段记录中结案日期在本期内）。</source>
        <translation>Number of closures in the period (closure dates in the case&apos;s stage records).</translation>
    </message>
    <message>
        <source>个案服务次数</source>
        <translation>Case work sessions</translation>
    </message>
    <message>
        <source>本期内个案的需求评估、计划回顾和结案评估记录次数（按记录日期）。</source>
        <translation>Needs assessments, plan reviews and closing evaluations recorded for cases in the period (by their dates).</translation>
    </message>
    <message>
        <source>期末在案个案：接案</source>
        <translation>Open cases at the end: Intake</translation>
    </message>
    <message>
        <source>期末处于“接案”阶段的个案数。</source>
        <translation>Cases at the &quot;Intake&quot; stage at the end of the period.</translation>
    </message>
    <message>
        <source>期末在案个案：预估</source>
        <translation>Open cases at the end: Assessment</translation>
    </message>
    <message>
        <source>期末处于“预估”阶段的个案数。</source>
        <translation>Cases at the &quot;Assessment&quot; stage at the end of the period.</translation>
    </message>
    <message>
        <source>期末在案个案：计划</source>
        <translation>Open cases at the end: Planning</translation>
    </message>
    <message>
        <source>期末处于“计划”阶段的个案数。</source>
        <translation>Cases at the &quot;Planning&quot; stage at the end of the period.</translation>
    </message>
    <message>
        <source>期末在案个案：介入</source>
        <translation>Open cases at the end: Intervention</translation>
    </message>
    <message>
        <source>期末处于“介入”阶段的个案数。</source>
        <translation>Cases at the &quot;Intervention&quot; stage at the end of the period.</translation>
    </message>
    <message>
        <source>期末在案个案：评估</source>
        <translation>Open cases at the end: Evaluation</translation>
    </message>
    <message>
        <source>期末处于“评估”阶段的个案数。</source>
        <translation>Cases at the &quot;Evaluation&quot; stage at the end of the period.</translation>
    </message>
    <message>
        <source>完成评估的服务计划</source>
        <translation>Service plans evaluated</translation>
    </message>
    <message>
        <source>份</source>
        <translation>plans</translation>
    </message>
    <message>
        <source>评估日期在本期内、至少给一个具体目标评了达成分（GAS）的评估份数。</source>
        <translation>Evaluations dated in the period that score at least one specific goal (GAS).</translation>
    </message>
    <message>
        <source>目标达成的服务计划</source>
        <translation>Service plans whose goals were met</translation>
    </message>
    <message>
        <source>上述评估中，各具体目标 GAS 分数的平均值 ≥ 0（总体达到预期或更好）的份数。</source>
        <translation>Of those evaluations, the ones whose specific goals&apos; average GAS score is ≥ 0 (as expected or better overall).</translation>
    </message>
    <message>
        <source>服务计划目标达成率</source>
        <translation>Service plans meeting their goals</translation>
    </message>
    <message>
        <source>目标达成的服务计划 ÷ 完成评估的服务计划。</source>
        <translation>Service plans whose goals were met ÷ service plans evaluated.</translation>
    </message>
    <message>
        <source>具体目标达成率</source>
        <translation>Specific goals met</translation>
    </message>
    <message>
        <source>本期评估中 GAS ≥ 0（达到预期或更好）的具体目标 ÷ 评了分的具体目标。</source>
        <translation>Specific goals scored GAS ≥ 0 (as expected or better) in the period&apos;s evaluations ÷ specific goals scored.</translation>
    </message>
    <message>
        <source>转介与资源链接</source>
        <translation>Referrals and resources</translation>
    </message>
    <message>
        <source>转介</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>转介日期在本期内的转介数。</source>
        <translation>Referrals dated in the period.</translation>
    </message>
    <message>
        <source>转介被接收</source>
        <translation>Referrals accepted</translation>
    </message>
    <message>
        <source>本期内状态记为“已接收”的转介数（被更正掉的记录不计）。</source>
        <translation>Referrals recorded as &quot;Accepted&quot; in the period (records corrected since do not count).</translation>
    </message>
    <message>
        <source>转介完成</source>
        <translation>Referrals done</translation>
    </message>
    <message>
        <source>本期内状态记为“已完成”的转介数（被更正掉的记录不计）。</source>
        <translation>Referrals recorded as &quot;Done&quot; in the period (records corrected since do not count).</translation>
    </message>
    <message>
        <source>期末逾期未跟进的转介</source>
        <translation>Referrals overdue for follow-up at the end</translation>
    </message>
    <message>
        <source>期末仍在进行（已转介、已接收、服务中）且约定跟进日期早于期末最后一天的转介数。</source>
        <translation>Referrals still in progress at the end (referred, accepted, in service) whose follow-up date is before the last day of the period.</translation>
    </message>
    <message>
        <source>链接资源</source>
        <translation>Resources linked</translation>
    </message>
    <message>
        <source>本期转介到资源库中资源的次数，加上本期同意的服务计划中新指定资源库资源的行动数。</source>
        <translation>Referrals to resources of the directory in the period, plus the actions of service plans agreed in the period that name a resource of the directory.</translation>
    </message>
    <message>
        <source>危机与强制报告</source>
        <translation>Crises and mandatory reports</translation>
    </message>
    <message>
        <source>发现危机</source>
        <translation>Crises found</translation>
    </message>
    <message>
        <source>起</source>
        <translation>crises</translation>
    </message>
    <message>
        <source>本期走访中发现并登记的危机数（撤销的不计）。</source>
        <translation>Crises found and recorded on visits in the period (withdrawn ones not counted).</translation>
    </message>
    <message>
        <source>处置危机</source>
        <translation>Crises resolved</translation>
    </message>
    <message>
        <source>本期内处置完毕（记为已处置）的危机数。</source>
        <translation>Crises resolved (recorded as resolved) in the period.</translation>
    </message>
    <message>
        <source>危机处置用时中位数</source>
        <translation>Median days to resolve a crisis</translation>
    </message>
    <message>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <source>本期处置完毕的危机，从发现到处置完毕的天数的中位数（当天处置为 0 天）。</source>
        <translation>For the crises resolved in the period, the median number of days from being found to being resolved (0 when resolved the same day).</translation>
    </message>
    <message>
        <source>强制报告</source>
        <translation>Mandatory reports</translation>
    </message>
    <message>
        <source>报告日期在本期内、记为“已报告”的强制报告数（疑似未成年人遭受侵害、疑似家庭暴力）。</source>
        <translation>Mandatory reports dated in the period and recorded as &quot;Reported&quot; (suspected harm to a minor, suspected domestic violence).</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
</context>
<context>
    <name>print_hooks</name>
    <message>
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>家庭档案…</source>
        <translation>Household profile…</translation>
    </message>
    <message>
        <source>空白走访记录表（本户）…</source>
        <translation>Blank visit form (this household)…</translation>
    </message>
    <message>
        <source>家庭档案</source>
        <translation>Household profile</translation>
    </message>
    <message>
        <source>空白走访记录表</source>
        <translation>Blank visit form</translation>
    </message>
    <message>
        <source>打印清单(&amp;P)…</source>
        <translation>&amp;Print list…</translation>
    </message>
    <message>
        <source>待走访户清单</source>
        <translation>Households due for a visit</translation>
    </message>
    <message>
        <source>入户走访记录表</source>
        <translation>Visit record</translation>
    </message>
    <message>
        <source>入户走访记录表（存档副本）</source>
        <translation>Home visit record (archive copy)</translation>
    </message>
    <message>
        <source>供签字的记录表（空白签字栏）…</source>
        <translation>Sheet for signing (blank signature lines)…</translation>
    </message>
    <message>
        <source>存档副本（已签字的记录，印签字情况）…</source>
        <translation>Archive copy (signed record, with its signature status)…</translation>
    </message>
    <message>
        <source>请先选择个案</source>
        <translation>Select a case first</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>已被新版本取代</source>
        <translation>superseded</translation>
    </message>
    <message>
        <source>现行</source>
        <translation>current</translation>
    </message>
    <message>
        <source>服务计划书 第 {0} 版（{1}）…</source>
        <translation>Service plan, version {0} ({1})…</translation>
    </message>
    <message>
        <source>转介单：{0}（{1}，{2}）…</source>
        <translation>Referral letter: {0} ({1}, {2})…</translation>
    </message>
    <message>
        <source>这个个案还没有服务计划或转介</source>
        <translation>This case has no service plan or referral yet</translation>
    </message>
    <message>
        <source>服务计划书</source>
        <translation>Service plan</translation>
    </message>
    <message>
        <source>转介单</source>
        <translation>Referral letter</translation>
    </message>
    <message>
        <source>打印空白走访记录表…</source>
        <translation>Print blank visit form…</translation>
    </message>
    <message>
        <source>批量打印…</source>
        <translation>Batch printing…</translation>
    </message>
</context>
<context>
    <name>print_jobs</name>
    <message>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>正在生成“{0}”…</source>
        <translation>Making “{0}”…</translation>
    </message>
</context>
<context>
    <name>refdata</name>
    <message>
        <source>一级</source>
        <translation>Grade 1</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>三级</source>
        <translation>Grade 3</translation>
    </message>
    <message>
        <source>上级交办</source>
        <translation>Assigned by higher level</translation>
    </message>
    <message>
        <source>下次回顾日期</source>
        <translation>next review date</translation>
    </message>
    <message>
        <source>下次评估日期</source>
        <translation>next assessment date</translation>
    </message>
    <message>
        <source>下次走访日期</source>
        <translation>Next visit date</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>与其他亲属同住</source>
        <translation>Lives with other relatives</translation>
    </message>
    <message>
        <source>与子女同住</source>
        <translation>Lives with children</translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation>the relation to the head</translation>
    </message>
    <message>
        <source>与父母同住</source>
        <translation>Lives with parents</translation>
    </message>
    <message>
        <source>与祖辈同住</source>
        <translation>Lives with grandparents</translation>
    </message>
    <message>
        <source>与配偶同住</source>
        <translation>Lives with spouse</translation>
    </message>
    <message>
        <source>严重需求</source>
        <translation>severe need</translation>
    </message>
    <message>
        <source>个月</source>
        <translation>months</translation>
    </message>
    <message>
        <source>个案名称</source>
        <translation>case title</translation>
    </message>
    <message>
        <source>个案来源</source>
        <translation>case source</translation>
    </message>
    <message>
        <source>中度需求</source>
        <translation>moderate need</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>the township</translation>
    </message>
    <message>
        <source>书面同意</source>
        <translation>Written consent</translation>
    </message>
    <message>
        <source>二级</source>
        <translation>Grade 2</translation>
    </message>
    <message>
        <source>五社类别</source>
        <translation>five-society kind</translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation>special group</translation>
    </message>
    <message>
        <source>介入</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>代签</source>
        <translation>Signed by proxy</translation>
    </message>
    <message>
        <source>代签人</source>
        <translation>Proxy signer</translation>
    </message>
    <message>
        <source>低于预期</source>
        <translation>less than expected</translation>
    </message>
    <message>
        <source>低保对象</source>
        <translation>Minimum living allowance (dibao)</translation>
    </message>
    <message>
        <source>修订原因</source>
        <translation>reason for the change</translation>
    </message>
    <message>
        <source>健康状况</source>
        <translation>health notes</translation>
    </message>
    <message>
        <source>儿媳</source>
        <translation>Daughter-in-law</translation>
    </message>
    <message>
        <source>儿子</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>儿童主任</source>
        <translation>Children&apos;s director</translation>
    </message>
    <message>
        <source>兄姐</source>
        <translation>Elder sibling</translation>
    </message>
    <message>
        <source>兄弟姐妹</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>入户走访</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>其他亲属</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>the date of birth</translation>
    </message>
    <message>
        <source>医疗康复</source>
        <translation>Medical care and rehabilitation</translation>
    </message>
    <message>
        <source>危机干预</source>
        <translation>Crisis intervention</translation>
    </message>
    <message>
        <source>危机情况</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>县（市、区）</source>
        <translation>the county</translation>
    </message>
    <message>
        <source>发现的需求</source>
        <translation>Needs found</translation>
    </message>
    <message>
        <source>受灾人员</source>
        <translation>Disaster-affected</translation>
    </message>
    <message>
        <source>口头同意</source>
        <translation>Oral consent</translation>
    </message>
    <message>
        <source>同意日期</source>
        <translation>consent date</translation>
    </message>
    <message>
        <source>同行人员</source>
        <translation>Others present</translation>
    </message>
    <message>
        <source>听力</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>周</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>咨询</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>四级</source>
        <translation>Grade 4</translation>
    </message>
    <message>
        <source>回顾日期</source>
        <translation>review date</translation>
    </message>
    <message>
        <source>困境儿童</source>
        <translation>Child in difficulty</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>the address</translation>
    </message>
    <message>
        <source>处置情况</source>
        <translation>How it was resolved</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>the notes</translation>
    </message>
    <message>
        <source>外孙女</source>
        <translation>Granddaughter (daughter&apos;s side)</translation>
    </message>
    <message>
        <source>外孙子</source>
        <translation>Grandson (daughter&apos;s side)</translation>
    </message>
    <message>
        <source>外祖父母</source>
        <translation>Maternal grandparents</translation>
    </message>
    <message>
        <source>多重</source>
        <translation>Multiple</translation>
    </message>
    <message>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>女儿</source>
        <translation>Daughter</translation>
    </message>
    <message>
        <source>女婿</source>
        <translation>Son-in-law</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>the name</translation>
    </message>
    <message>
        <source>孙女</source>
        <translation>Granddaughter</translation>
    </message>
    <message>
        <source>孙子</source>
        <translation>Grandson</translation>
    </message>
    <message>
        <source>孤儿/事实无人抚养儿童</source>
        <translation>Orphan / de facto unsupported child</translation>
    </message>
    <message>
        <source>学业成长支持</source>
        <translation>Schooling support</translation>
    </message>
    <message>
        <source>完成情况</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>审批意见</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>家庭辅导</source>
        <translation>Family counselling</translation>
    </message>
    <message>
        <source>就业</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>居住安全</source>
        <translation>Home safety</translation>
    </message>
    <message>
        <source>居住状况</source>
        <translation>living situation</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已报告</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>已接收</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已转介</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>强制报告情形</source>
        <translation>Mandatory-report situation</translation>
    </message>
    <message>
        <source>待审批</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>待签字</source>
        <translation>Awaiting signature</translation>
    </message>
    <message>
        <source>心理情绪</source>
        <translation>Mood and mental state</translation>
    </message>
    <message>
        <source>志愿服务队</source>
        <translation>Volunteer team</translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>志愿者个人</source>
        <translation>Individual volunteer</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>the sex</translation>
    </message>
    <message>
        <source>总目标</source>
        <translation>overall goal</translation>
    </message>
    <message>
        <source>情绪疏导</source>
        <translation>Emotional counselling</translation>
    </message>
    <message>
        <source>慈善资源</source>
        <translation>Charitable resource</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>报告对象</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <source>报告日期</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>拒绝签字</source>
        <translation>Declined to sign</translation>
    </message>
    <message>
        <source>接收资源</source>
        <translation>receiving resource</translation>
    </message>
    <message>
        <source>接案</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>接案日期</source>
        <translation>intake date</translation>
    </message>
    <message>
        <source>政府服务</source>
        <translation>Government service</translation>
    </message>
    <message>
        <source>政府部门</source>
        <translation>Government department</translation>
    </message>
    <message>
        <source>政策申请/救助</source>
        <translation>Benefit application / assistance</translation>
    </message>
    <message>
        <source>救助服务/政策代办</source>
        <translation>Assistance / benefit paperwork</translation>
    </message>
    <message>
        <source>教育</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>无法签字</source>
        <translation>Unable to sign</translation>
    </message>
    <message>
        <source>无需求</source>
        <translation>no need</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>date</translation>
    </message>
    <message>
        <source>是否已报告</source>
        <translation>Reported?</translation>
    </message>
    <message>
        <source>智力</source>
        <translation>Intellectual</translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <source>有风险</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>服务中</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>服务对象主动要求结案</source>
        <translation>Client asked to close</translation>
    </message>
    <message>
        <source>服务对象去世</source>
        <translation>Client died</translation>
    </message>
    <message>
        <source>服务对象及家庭</source>
        <translation>Client and family</translation>
    </message>
    <message>
        <source>服务对象同意</source>
        <translation>client&apos;s consent</translation>
    </message>
    <message>
        <source>服务对象签字</source>
        <translation>client&apos;s signature</translation>
    </message>
    <message>
        <source>服务对象迁出或失联</source>
        <translation>Client moved away or lost contact</translation>
    </message>
    <message>
        <source>服务目标达成</source>
        <translation>Goals achieved</translation>
    </message>
    <message>
        <source>服务类别</source>
        <translation>service categories</translation>
    </message>
    <message>
        <source>服务计划</source>
        <translation>Service plan</translation>
    </message>
    <message>
        <source>服务说明</source>
        <translation>Service details</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>未报告</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <source>未报告原因</source>
        <translation>Reason not reported</translation>
    </message>
    <message>
        <source>未接收</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>本人/家属求助</source>
        <translation>Client or family asked</translation>
    </message>
    <message>
        <source>本人已签字</source>
        <translation>Signed by the resident</translation>
    </message>
    <message>
        <source>本机名称</source>
        <translation>this computer&apos;s name</translation>
    </message>
    <message>
        <source>机构/单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>机构供养</source>
        <translation>In an institution</translation>
    </message>
    <message>
        <source>村(居)委会</source>
        <translation>Village committee</translation>
    </message>
    <message>
        <source>村(居)委转介</source>
        <translation>Referred by village committee</translation>
    </message>
    <message>
        <source>村/社区干部</source>
        <translation>Village/community cadre</translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation>village group</translation>
    </message>
    <message>
        <source>标签名称</source>
        <translation>the group name</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>残疾人</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>残疾等级</source>
        <translation>disability grade</translation>
    </message>
    <message>
        <source>残疾类别</source>
        <translation>disability type</translation>
    </message>
    <message>
        <source>母亲</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>民政部门</source>
        <translation>Civil affairs bureau</translation>
    </message>
    <message>
        <source>法律</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>法律/权益保障</source>
        <translation>Legal / rights protection</translation>
    </message>
    <message>
        <source>照顾安排</source>
        <translation>Care arrangements</translation>
    </message>
    <message>
        <source>父亲</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>特困人员</source>
        <translation>Extremely poor (tekun)</translation>
    </message>
    <message>
        <source>特殊困难老年人</source>
        <translation>Older person in special difficulty</translation>
    </message>
    <message>
        <source>独居</source>
        <translation>Lives alone</translation>
    </message>
    <message>
        <source>独居老年人</source>
        <translation>Older person living alone</translation>
    </message>
    <message>
        <source>现场服务</source>
        <translation>Services on the spot</translation>
    </message>
    <message>
        <source>生活照料</source>
        <translation>Daily care</translation>
    </message>
    <message>
        <source>生活照顾</source>
        <translation>Daily living care</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>the phone</translation>
    </message>
    <message>
        <source>电话回访</source>
        <translation>Phone follow-up</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>留守儿童</source>
        <translation>Left-behind child</translation>
    </message>
    <message>
        <source>留守老年人</source>
        <translation>Left-behind older person</translation>
    </message>
    <message>
        <source>疑似家庭暴力</source>
        <translation>Suspected domestic violence</translation>
    </message>
    <message>
        <source>疑似未成年人遭受侵害</source>
        <translation>Suspected harm to a minor</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>监护与教育</source>
        <translation>Guardianship and schooling</translation>
    </message>
    <message>
        <source>监护人关系</source>
        <translation>guardian relation</translation>
    </message>
    <message>
        <source>监护人姓名</source>
        <translation>the guardian&apos;s name</translation>
    </message>
    <message>
        <source>监护人电话</source>
        <translation>the guardian&apos;s phone</translation>
    </message>
    <message>
        <source>督导</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>确认日期</source>
        <translation>date agreed</translation>
    </message>
    <message>
        <source>社会工作者</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>社会慈善资源</source>
        <translation>Charitable resources</translation>
    </message>
    <message>
        <source>社会支持</source>
        <translation>Social support</translation>
    </message>
    <message>
        <source>社会支持网络</source>
        <translation>Social support network</translation>
    </message>
    <message>
        <source>社会组织</source>
        <translation>Social organisation</translation>
    </message>
    <message>
        <source>社区/村委</source>
        <translation>Community / village committee</translation>
    </message>
    <message>
        <source>社区志愿者</source>
        <translation>Community volunteers</translation>
    </message>
    <message>
        <source>社工姓名</source>
        <translation>the worker&apos;s name</translation>
    </message>
    <message>
        <source>祖母</source>
        <translation>Grandmother</translation>
    </message>
    <message>
        <source>祖父</source>
        <translation>Grandfather</translation>
    </message>
    <message>
        <source>祖父母</source>
        <translation>Grandparents</translation>
    </message>
    <message>
        <source>站点同步口令</source>
        <translation>the station sync passphrase</translation>
    </message>
    <message>
        <source>站点名称</source>
        <translation>the station name</translation>
    </message>
    <message>
        <source>签字情况</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>精神</source>
        <translation>Psychosocial</translation>
    </message>
    <message>
        <source>精神慰藉</source>
        <translation>Companionship</translation>
    </message>
    <message>
        <source>紧急情况未取得</source>
        <translation>Emergency, not obtained</translation>
    </message>
    <message>
        <source>经济状况</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Closure</translation>
    </message>
    <message>
        <source>结案原因</source>
        <translation>reason for closing</translation>
    </message>
    <message>
        <source>结案说明</source>
        <translation>closing notes</translation>
    </message>
    <message>
        <source>肢体</source>
        <translation>Physical</translation>
    </message>
    <message>
        <source>行政村</source>
        <translation>village</translation>
    </message>
    <message>
        <source>见到的成员</source>
        <translation>Members met</translation>
    </message>
    <message>
        <source>观察评估</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>观察项名称</source>
        <translation>Observation item</translation>
    </message>
    <message>
        <source>视力</source>
        <translation>Visual</translation>
    </message>
    <message>
        <source>视频</source>
        <translation>Video call</translation>
    </message>
    <message>
        <source>言语</source>
        <translation>Speech</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>计划开始日期</source>
        <translation>plan start date</translation>
    </message>
    <message>
        <source>计划结束日期</source>
        <translation>plan end date</translation>
    </message>
    <message>
        <source>评估</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>评估人</source>
        <translation>assessor</translation>
    </message>
    <message>
        <source>评估小结</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>评估日期</source>
        <translation>assessment date</translation>
    </message>
    <message>
        <source>负责社工</source>
        <translation>worker</translation>
    </message>
    <message>
        <source>资源名称</source>
        <translation>resource name</translation>
    </message>
    <message>
        <source>资源类型</source>
        <translation>kind of resource</translation>
    </message>
    <message>
        <source>资源链接</source>
        <translation>Linking resources</translation>
    </message>
    <message>
        <source>走访发现</source>
        <translation>Found on a visit</translation>
    </message>
    <message>
        <source>走访后风险等级</source>
        <translation>Risk level after the visit</translation>
    </message>
    <message>
        <source>走访周期</source>
        <translation>Visit interval</translation>
    </message>
    <message>
        <source>走访方式</source>
        <translation>Visit type</translation>
    </message>
    <message>
        <source>走访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>走访时间</source>
        <translation>Visit time</translation>
    </message>
    <message>
        <source>走访社工</source>
        <translation>Visiting workers</translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation>Visit notes</translation>
    </message>
    <message>
        <source>跟进事项</source>
        <translation>Follow-up action</translation>
    </message>
    <message>
        <source>跟进日期</source>
        <translation>follow-up date</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>the ID number</translation>
    </message>
    <message>
        <source>身体健康</source>
        <translation>Physical health</translation>
    </message>
    <message>
        <source>转介其他机构跟进</source>
        <translation>Referred elsewhere for follow-up</translation>
    </message>
    <message>
        <source>转介日期</source>
        <translation>referral date</translation>
    </message>
    <message>
        <source>转介状态</source>
        <translation>referral status</translation>
    </message>
    <message>
        <source>转介结果</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>轻度需求</source>
        <translation>mild need</translation>
    </message>
    <message>
        <source>达到预期</source>
        <translation>as expected</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>远低于预期</source>
        <translation>much less than expected</translation>
    </message>
    <message>
        <source>远高于预期</source>
        <translation>much more than expected</translation>
    </message>
    <message>
        <source>适老化改造</source>
        <translation>Home adaptation for the elderly</translation>
    </message>
    <message>
        <source>配偶</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>重新开案原因</source>
        <translation>reason for reopening</translation>
    </message>
    <message>
        <source>重点</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>门牌号</source>
        <translation>the house number</translation>
    </message>
    <message>
        <source>陪同办事/就医</source>
        <translation>Accompanying to offices / doctor</translation>
    </message>
    <message>
        <source>集中活动</source>
        <translation>Group activity</translation>
    </message>
    <message>
        <source>需关注</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>需求类别</source>
        <translation>need category</translation>
    </message>
    <message>
        <source>需求评估</source>
        <translation>Needs assessment</translation>
    </message>
    <message>
        <source>非亲属</source>
        <translation>Not related</translation>
    </message>
    <message>
        <source>预估</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>risk level</translation>
    </message>
    <message>
        <source>高于预期</source>
        <translation>more than expected</translation>
    </message>
    <message>
        <source>高风险</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>近12个月探访率（横轴：月份）</source>
        <translation>Coverage over the last 12 months (by month)</translation>
    </message>
    <message>
        <source>各类服务对象合计</source>
        <translation>All groups served</translation>
    </message>
    <message>
        <source>各村探访率（各类服务对象）</source>
        <translation>Coverage by village (all groups served)</translation>
    </message>
    <message>
        <source>各类服务对象探访率</source>
        <translation>Coverage by group served</translation>
    </message>
    <message>
        <source>期末在案个案（按阶段）</source>
        <translation>Open cases at the end (by stage)</translation>
    </message>
    <message>
        <source>个案数</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>转介（按期末状态）</source>
        <translation>Referrals (by status at the end)</translation>
    </message>
    <message>
        <source>转介数</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>本期内仍在进行或在本期结束的转介</source>
        <translation>Referrals still in progress during the period or ended in it</translation>
    </message>
    <message>
        <source>结案个案目标达成分布（GAS）</source>
        <translation>Goal attainment of closed cases (GAS)</translation>
    </message>
    <message>
        <source>具体目标数</source>
        <translation>Specific goals</translation>
    </message>
    <message>
        <source>本期结案个案最后一次评估中各具体目标的达成分</source>
        <translation>Scores of the specific goals in the last evaluation of the cases closed in the period</translation>
    </message>
    <message>
        <source>目标 {0}%</source>
        <translation>Target {0}%</translation>
    </message>
    <message>
        <source>{0}目标 {1}%</source>
        <translation>Target for {0}: {1}%</translation>
    </message>
    <message>
        <source>低保/特困</source>
        <translation>Dibao/tekun</translation>
    </message>
    <message>
        <source>{0} 个百分点</source>
        <translation>{0} percentage points</translation>
    </message>
    <message>
        <source>本期没有数据</source>
        <translation>No data for this period</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <source>恢复备份</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>正在恢复备份，请稍候…</source>
        <translation>Restoring the backup, please wait…</translation>
    </message>
    <message>
        <source>数据库没有改动。程序现在重新打开。</source>
        <translation>The database was not changed. The program opens again now.</translation>
    </message>
    <message>
        <source>已恢复 {0} 的备份。恢复前的数据库另存在 {1}。程序现在重新打开。</source>
        <translation>The backup of {0} is restored. The database as it was before is saved aside in {1}. The program opens again now.</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>户主姓名</source>
        <translation>Head&apos;s name</translation>
    </message>
    <message>
        <source>户主身份证号</source>
        <translation>Head&apos;s ID number</translation>
    </message>
    <message>
        <source>行政村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>门牌号</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>家庭住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>保障类别/人员类别</source>
        <translation>Assistance category / group</translation>
    </message>
    <message>
        <source>残疾类别和等级</source>
        <translation>Disability type and grade</translation>
    </message>
    <message>
        <source>残疾类别</source>
        <translation>Disability type</translation>
    </message>
    <message>
        <source>残疾等级</source>
        <translation>Disability grade</translation>
    </message>
    <message>
        <source>居住状况</source>
        <translation>Living situation</translation>
    </message>
    <message>
        <source>监护人姓名</source>
        <translation>Guardian&apos;s name</translation>
    </message>
    <message>
        <source>监护人关系</source>
        <translation>Guardian&apos;s relation</translation>
    </message>
    <message>
        <source>监护人电话</source>
        <translation>Guardian&apos;s phone</translation>
    </message>
    <message>
        <source>健康状况</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>新建户</source>
        <translation>New households</translation>
    </message>
    <message>
        <source>新增成员</source>
        <translation>New members</translation>
    </message>
    <message>
        <source>更新已有人员</source>
        <translation>Existing people updated</translation>
    </message>
    <message>
        <source>只加标签</source>
        <translation>Tag added only</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>文件中重复的行（只导入一次）</source>
        <translation>Rows repeated in the file (imported once)</translation>
    </message>
    <message>
        <source>待确认（可能已登记）</source>
        <translation>To confirm (may be registered)</translation>
    </message>
    <message>
        <source>有错误的行（不导入）</source>
        <translation>Rows with errors (not imported)</translation>
    </message>
    <message>
        <source>可能已退出（有此标签、不在名册中）</source>
        <translation>May have left (tagged, not on the roster)</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
