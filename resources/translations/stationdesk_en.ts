<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>AppContext</name>
    <message>
        <source>无法完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>编辑户档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建户档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行政村</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>门牌号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>详细地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责社工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加成员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改成员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移除成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭成员（关系为“户主”的成员是户主）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从本户移除 {0}？保存后生效，记录会保留在历史中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请至少添加一名成员（户主）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {0} 位成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号已登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要打开 {0} 的档案吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>搜索：姓名、拼音首字母（如 zs）、身份证号或电话的任意部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部行政村</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部人员类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {0} 户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无户主）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>档案编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>详细地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责社工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先设置站点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有行政村，请先在“设置”中完成站点设置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除户档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定删除 {0} 户（{1} 人）的档案吗？
删除后在列表中不再显示，记录仍保留在数据库的历史中，可由管理员恢复。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>户主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行政村</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>门牌号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责社工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载入演示数据…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于社工站工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未设置站点）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社工站工作台 — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&#x3000;社工：{1}&#x3000;本机：{2}&#x3000;{3} 户 {4} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社工站工作台 StationDesk {0}
乡镇社工站离线工作台：户档案、走访、个案与台账。
数据只保存在本机：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成多少户演示数据？（演示数据会加入当前数据库）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消，已载入 {0} 户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已载入 {0} 户演示数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成演示数据…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>成员信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 位，输入后自动填写性别和出生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 2010-03-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>残疾类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>残疾等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>居住状况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>监护人（未成年人填写）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>监护人姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>监护人关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>监护人电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>健康状况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本户已有成员 {0} 使用这个身份证号，请核对。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号已登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开 {0} 的档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前社工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言（重新启动后生效）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人员类别（本站可增加）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新类别名称，如 高龄老年人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>增加类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本站社工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社工姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>增加社工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>站点设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>欢迎使用社工站工作台。请先填写本站信息，之后可以在“设置”中补充。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站点名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 青山镇社工站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县（市、区）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行政村及村民小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每行一个行政村，冒号后写村民小组，例如：
青山村：一组 二组 三组
桃源村：一组 二组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 站点主机、笔记本1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社工姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存并开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先看看演示数据</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>无法打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>请填写{label}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}最多 {max} 个字，请删减。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号应为 18 位：前 17 位是数字，最后一位是数字或 X。请核对后重新输入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号中的出生日期 {date} 不是有效日期，请核对第 7-14 位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号中的出生日期 {date} 晚于今天，请核对第 7-14 位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号校验位不对：按前 17 位计算最后一位应为 {expected}，请逐位核对。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别与身份证号不符：按身份证号应为{sex}。请改正性别或身份证号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期与身份证号不符：按身份证号应为 {date}。请改正出生日期或身份证号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号 {id_number} 已登记给 {name}（{village}{address}），同一人不能重复登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话号码格式不对：手机号为 11 位（以 1 开头），固定电话如 0731-1234567。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期格式应为 年-月-日，例如 2010-03-15。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期不能晚于今天。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}”不是可选的{label}，请从列表中选择。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写残疾等级（1-4 级）和残疾类别。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户主必须是本户的一名成员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择所属行政村。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}”不是{village}的村民小组，请从列表中选择。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机已设置站点“{name}”，不能重复设置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有设置站点。请先完成站点设置（或运行 init / demo 命令）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请至少填写一个行政村。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标签“{name}”已存在。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到这条记录，可能已被删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个数据库由更新版本的社工站工作台创建（数据结构版本 {found}，本程序支持到 {supported}）。请升级程序后再打开，数据未做任何改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库正被另一个程序使用，请关闭其他社工站工作台窗口后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库文件已损坏或不是社工站工作台的数据库：{path}。请从备份恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户数应在 1 到 200000 之间。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>程序出现意外错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刚才的操作没有完成，已保存的数据不受影响。
可以保存一份错误报告，交给技术支持人员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存错误报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错误报告已保存到：
{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refdata</name>
    <message>
        <source>一级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一般</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>三级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与其他亲属同住</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与子女同住</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与父母同住</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与祖辈同住</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与配偶同住</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>儿媳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>兄姐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>兄弟姐妹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受灾人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>听力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困境儿童</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外孙女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外孙子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外祖父母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>多重</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女婿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>孙女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>孙子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>孤儿/事实无人抚养儿童</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>智力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>机构供养</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>村(居)委会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>残疾人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>母亲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>民政部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>父亲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特困人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特殊困难老年人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>独居</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>独居老年人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>留守儿童</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>留守老年人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>祖母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>祖父</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>祖父母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>精神</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>肢体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>言语</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>配偶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>非亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高风险</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
