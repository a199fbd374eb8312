<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>AppContext</name>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
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
        <source>{0}户</source>
        <translation>Household of {0}</translation>
    </message>
    <message>
        <source>（无户主）</source>
        <translation>(no head)</translation>
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
        <source>{0}号</source>
        <translation>No. {0}</translation>
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
        <source>最近修改</source>
        <translation>Last changed</translation>
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
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>正在生成演示数据…</source>
        <translation>Generating demo data…</translation>
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
        <source>站点</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>本机名称</source>
        <translation>computer name</translation>
    </message>
    <message>
        <source>当前社工</source>
        <translation>Current worker</translation>
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
        <translation>worker name</translation>
    </message>
    <message>
        <source>增加社工</source>
        <translation>Add worker</translation>
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
        <translation>station name</translation>
    </message>
    <message>
        <source>如 青山镇社工站</source>
        <translation>e.g. 青山镇社工站</translation>
    </message>
    <message>
        <source>县（市、区）</source>
        <translation>county</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>township</translation>
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
        <translation>computer name</translation>
    </message>
    <message>
        <source>如 站点主机、笔记本1</source>
        <translation>e.g. Station hub, Laptop 1</translation>
    </message>
    <message>
        <source>社工姓名</source>
        <translation>worker name</translation>
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
</context>
<context>
    <name>app</name>
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
        <source>乡镇（街道）</source>
        <translation>the township</translation>
    </message>
    <message>
        <source>二级</source>
        <translation>Grade 2</translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation>special group</translation>
    </message>
    <message>
        <source>低保对象</source>
        <translation>Minimum living allowance (dibao)</translation>
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
        <source>兄姐</source>
        <translation>Elder sibling</translation>
    </message>
    <message>
        <source>兄弟姐妹</source>
        <translation>Sibling</translation>
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
        <source>县（市、区）</source>
        <translation>the county</translation>
    </message>
    <message>
        <source>受灾人员</source>
        <translation>Disaster-affected</translation>
    </message>
    <message>
        <source>听力</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>四级</source>
        <translation>Grade 4</translation>
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
        <source>女</source>
        <translation>Female</translation>
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
        <source>子</source>
        <translation>Son</translation>
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
        <source>居住状况</source>
        <translation>living situation</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>the sex</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>智力</source>
        <translation>Intellectual</translation>
    </message>
    <message>
        <source>本机名称</source>
        <translation>this computer&apos;s name</translation>
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
        <source>村民小组</source>
        <translation>village group</translation>
    </message>
    <message>
        <source>标签名称</source>
        <translation>the group name</translation>
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
        <source>电话</source>
        <translation>the phone</translation>
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
        <source>站点名称</source>
        <translation>the station name</translation>
    </message>
    <message>
        <source>精神</source>
        <translation>Psychosocial</translation>
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
        <source>视力</source>
        <translation>Visual</translation>
    </message>
    <message>
        <source>言语</source>
        <translation>Speech</translation>
    </message>
    <message>
        <source>负责社工</source>
        <translation>worker</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>the ID number</translation>
    </message>
    <message>
        <source>配偶</source>
        <translation>Spouse</translation>
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
        <source>非亲属</source>
        <translation>Not related</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>risk level</translation>
    </message>
    <message>
        <source>高风险</source>
        <translation>High risk</translation>
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
