<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于 Station Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Station Desk 社区志愿服务站工作台&lt;/h3&gt;&lt;p&gt;版本 {version}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件夹：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未声明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;本程序的许可证：{licence}&lt;/p&gt;&lt;p&gt;字体：{font}，{font_licence} 许可&lt;/p&gt;&lt;p&gt;Qt / PySide6：LGPL-3.0 许可&lt;/p&gt;&lt;p&gt;许可证全文：{folder}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>添加工作人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>值班员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站长（管理员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站长可以审核时长、出具和作废证明、导出或查看完整号码、修改设置；值班员负责日常录入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的密码不一样</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>值班员</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>新增志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码近似查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂停整号查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>录入服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签退</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补签退</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退回记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入服务时长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出服务时长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增班次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增重复班次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改班次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签到表录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报名班次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消报名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出具证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补打证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印志愿者证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>创建站点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改站点信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>升级：个人信息改为按人加密保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看完整号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同意保存附加信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤回附加信息同意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台新增志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台更新志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增工作人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用工作人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>启用工作人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更换平台令牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新提交平台拒收记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出待上传记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标记已手工上传</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新发送被拒收的批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证明所计记录被更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出统计报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印统计报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>班次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重复班次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待上传队列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上传批次</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>对象编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核对哈希链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查每条日志是否在程序之外被改动过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {total} 条，显示最近的 {shown} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {total} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{id} {at} {actor}：{action}（{entity} {entity_id}）
修改前：{before}
修改后：{after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
原因：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
哈希链核对：这条日志在程序之外被改动过。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在核对…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>哈希链核对未通过：{n} 条日志在程序之外被改动过（{ids}），已用红色标出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>哈希链核对通过：全部 {count} 条日志未被改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法核对哈希链：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettingsTab</name>
    <message>
        <source>程序运行时每天自动备份一次数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留每日备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不另外保留</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另保留每周备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近一次备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动备份在程序运行时进行，每天一份，经完整性检查后才保存；超出保留数量的旧备份会自动删除。恢复数据库时保存的原数据库副本不会被删除。随时可以用“文件 → 立即备份数据库”再备份一次。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>批量出具证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按服务队</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指定志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部已审核记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附服务记录明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每人一个 PDF 文件（保存到文件夹）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并为一个 PDF 文件（便于一次打印）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿服务记录证明.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始出具</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印已出具的证明…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先出具证明，才能打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务期间：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输出：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存到：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已选：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存到文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择服务队，或添加志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务队“{team}”的每一位志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选的 {n} 位志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为{who}出具志愿服务记录证明？出具后登记编号，只能作废，不能修改；没有可证明记录的人不出具</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在出具…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在取消：出具完当前这一份后停止…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已送往打印机 {printer}：{n} 份证明，{pages} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿服务记录证明（{n} 份）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这一批没有出具证明，没有可打印的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；文件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未出具：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 等</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>等待平台确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已暂停（平台拒收整批）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已改用新批次重发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>条数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拒收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尝试次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近的错误</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesScreen</name>
    <message>
        <source>请点一下您的名字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>都不是我，返回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机 {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有您的名字？请返回，多输入几个字或手机尾号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有同名的，请看清手机尾号再点</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatePreview</name>
    <message>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是样稿：出具后才有编号和验证码，才能打印或保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证明样稿预览：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（副本）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿服务记录证明 {serial}{what}：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>。这是样稿，出具后才有编号和验证码，才能打印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>。此证明已作废。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>。补打的证明标注“副本”，每次打印或保存都记入操作日志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已送往打印机 {printer}：{pages} 页 × {copies} 份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；这是第 {n} 次补打，已记入操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <source>证明编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时长（小时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出具时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补打</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废原因：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} 至 {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（记录已更正，建议重新出具）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按姓名或证明编号查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出具证明…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量出具…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览 / 补打…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不附明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附服务记录明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核验证明…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，其中已作废 {n} 份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有站长可以出具、作废证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在登记簿中选择一份证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这份证明已作废</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckedInScreen</name>
    <message>
        <source>✓ 签到成功</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务结束后，请回来刷证或输入尾号签退</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>好的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>岗位：{post}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签到时间：{time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>核对各列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已按列名自动识别。没有识别的列可以在右侧选择对应的内容，选“不导入”则忽略该列。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件中的列名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>前几行内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表头在第 {n} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同一项内容对应了多列，请只保留一列。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletionList</name>
    <message>
        <source>（已停用）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>已自动备份数据库：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动备份失败：{reason}（详见日志）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>导出志愿者名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者名册.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完整的证件号码和手机号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有站长（管理员）可以导出完整号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完整号码的原因（必填，记入操作日志），如：向街道报送名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认隐去中间位（如 110105********3945），出生日期换成年龄段。导出完整号码会记入操作日志，请妥善保管文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存到（.xlsx 或 .csv）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件夹不存在：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写导出完整号码的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（证件号码和手机号码已隐去中间位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（含完整号码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 {n} 名志愿者到
{path}
{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入文件：{e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>选择文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下载模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空白表格：表头、一行示例、证件号码列已设为文本，另有填写说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有表格？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者名册模板.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务时长表模板.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存导入模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存到 {p}。填好后在上面选择这个文件导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择名册文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.xls *.ods *.csv);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>欢迎使用 Station Desk — 设置站点信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>欢迎使用 Station Desk — 设置站长账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;欢迎使用社区志愿服务站工作台&lt;/h3&gt;&lt;p&gt;请先填写本站信息。它们会出现在志愿服务记录证明和报表上，以后可在“设置”中修改。再为站长设置登录密码：站长可以审核时长、出具证明、管理工作人员账号。&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;欢迎使用社区志愿服务站工作台&lt;/h3&gt;&lt;p&gt;本站还没有工作人员账号。请为站长设置姓名和登录密码；值班员的账号由站长在“设置 → 工作人员与锁定”中添加。&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站点信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站长账号（管理员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您的姓名，登录和操作日志中使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站长姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存并开始使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必填：登录和操作日志需要知道是谁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的密码不一样</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>使用说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>{name} 的服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已审核志愿服务 {a} 小时&#x3000;待审核 {p} 小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&#x3000;另有不计入志愿时长的值班 {o} 小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未签退</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不计）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>正在上岗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今日签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今日与本周班次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待审核记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待上传平台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月出具证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>近 12 个月服务时长（小时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{station}&#x3000;{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&#x3000;{post}&#x3000;{duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>……还有 {n} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在没有人在岗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>忘记签退 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有忘记签退的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今日 {n} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} 小时 {m} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不限人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已满</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空 {n} 个名额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start}–{end} {post}（{places}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>……还有 {n} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本周还有 {n} 个班次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本周还有 {n} 个班次，空 {free} 个名额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未设置平台（可导出后手工上传）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步已停止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次同步未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次同步：{when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最早一条已等待 {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有待上传的记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>请刷证，或点手机号后 4 位，或点姓名首字母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机号后 4 位，或姓名首字母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>① 刷证：二维码对准扫码器</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>② 手机号后 4 位：点左边数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>③ 姓名首字母：白洋淑 点 B Y S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到“{text}”，请再看看，或找工作人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请点一下您的名字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机 {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先刷证，或输入手机号后 4 位 / 姓名首字母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机号请输入后 4 位</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>导入志愿者名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支持 Excel（.xlsx、.xls）、LibreOffice（.ods）和 CSV（UTF-8 或 GBK 编码）。导入前会先预览，不会直接写入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件 {name}，工作表“{sheet}”：新增 {add} 人，更新 {upd} 人，无变化 {same} 人，有问题未导入 {bad} 行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增 {a} 人，更新 {u} 人，无变化 {s} 人，未导入 {r} 行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入服务时长表（签到表）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每行一条服务记录：姓名、身份证号、岗位、日期、开始和结束时间（或起止时间）、服务内容、人次。导入前会先预览，不会直接写入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件 {name}，工作表“{sheet}”：可导入 {n} 条记录，共 {h} 小时；有问题未导入 {bad} 行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入 {a} 条记录（其中审核通过 {p} 条），共 {h} 小时；未导入 {r} 行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一步 &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 上一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>出具志愿服务记录证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部已审核记录（从第一条到最近一条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附服务记录明细（附件页，逐条列出）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择志愿者。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务期间：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将证明：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只计入已审核、且岗位计入志愿服务时长的记录。经办人：{who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览样稿…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出具证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{post} {n} 次 {h} 小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} 至 {end}：{n} 条记录，共 {h} 小时
{posts}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>岗位较多，证明上有 {n} 个岗位合并为“其他”一行；勾选“附服务记录明细”可逐条列出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为 {name} 出具志愿服务记录证明：{n} 条记录，共 {h} 小时？出具后登记编号，只能作废，不能修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已选：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>志愿者签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂时不能办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如有疑问，请找工作人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出了点问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这次没有办成，请找工作人员帮忙</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已经记下的签到不会丢失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对不起</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到您的登记信息，请找工作人员登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错误次数太多，请 {t}后再试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN 不对，请再试一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} 秒</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPad</name>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录 — Station Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社区志愿服务站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station Desk 社区志愿服务站工作台 · 工作人员登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无人操作，已自动锁定。请重新登录；换班时由接班的工作人员登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入密码后按回车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在核对…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法登录：{e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请等待 {s} 秒</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>首页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务记录审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务岗位与班次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签到表录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿服务证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台同步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证明、公示名单、报送的报表和导出的文件始终为中文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存语言设置：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下次启动 Station Desk 时改用 {language}。
证明、公示名单、报送的报表和导出的文件始终为中文。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入名册（Excel / CSV）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出名册…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立即备份数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份到 U 盘…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名册(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增志愿者…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印志愿者证…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者证存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务记录(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>录入服务记录（签到表）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入服务时长表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>切换到签到机模式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站点信息、工作人员与签到机…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改我的密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>锁定 / 换班登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作人员锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于 Station Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无人操作，自动锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已锁定。请重新登录；换班时由接班的工作人员登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签到机模式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在“设置 → 服务时长与签到机”中设置退出签到机用的 PIN，再切换到签到机模式。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station Desk 社区志愿服务站工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{station} — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{station}（{code}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>值班员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前登录：{name}（{role}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualUpload</name>
    <message>
        <source>导出待上传记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待上传服务记录.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有待上传的记录，文件中只有表头：
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已在平台上传这些记录？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 {n} 条待上传记录到
{path}

请在城市志愿服务平台上传这个文件。上传成功后点“已上传”，这些记录就不再等待同步；还没有上传可以先点“稍后”，以后在本页点“标记已上传…”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已上传</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>稍后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已标记为手工上传</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条记录已标记为在平台手工上传。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>返回首页</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <source>修改我的密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的新密码不一样</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <source>报表文件无法读取，未能打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印机无法开始打印，请检查打印机是否连接、是否有纸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印统计报表</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>按月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自定义</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} 月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {q} 季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>签退</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>返回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}，您好</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您在“{post}”岗位，{time}签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务结束了，请按下面的“签退”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先不签退，返回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}，您好！请选择服务岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>点一下您要去的岗位，就签到了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在没有可以签到的岗位，请找工作人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在进行 {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>即将开始 {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点：{place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您已报名</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>工作人员退出签到机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入工作人员 PIN，再按“确定”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消，回到签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先输入 PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannedRecordsModel</name>
    <message>
        <source>行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p}（新建）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannedRowsModel</name>
    <message>
        <source>行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属队伍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无变化</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>新增服务岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑服务岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如 P-GARBAGE-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计入志愿服务时长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日常值班、内部会议、捐赠等不计入志愿服务时长：时间照常记录，但不算志愿服务小时。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>岗位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>岗位编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人数上限</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostsPage</name>
    <message>
        <source>周一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周五</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周六</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增岗位…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑岗位…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增班次…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双击班次查看报名、代志愿者报名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不计入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} 至 {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} – {b}
{n}/{cap} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每周重复的班次</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>勾选的行将一次性导入；有问题的行不会导入，可以保存报告后改正再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入后直接审核通过（记入操作日志）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未导入的行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存报告…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建这些岗位…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未导入的行（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
以下列没有导入：{cols}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p}（{n} 行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入时将新建 {n} 个岗位：{posts}（类别留空，可以以后在“服务岗位与班次”中修改）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站点还没有表中的 {n} 个岗位：{posts}。这些行暂不能导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建这 {n} 个岗位…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入时新建以下岗位（类别留空），并导入使用这些岗位的行：

{posts}

新建的岗位与记录一起写入操作日志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建并导入这些行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入报告.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows}（共 {n} 行）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>站点名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：朝西社区志愿服务站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站点编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>市平台分配的编码，例如 BJ-CY-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出具单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证明上盖章的单位，例如 ××社区居民委员会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如 010-85551234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>录入服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正已审核的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>休息（扣除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必填，记入操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（不计入志愿时长）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（次日结束）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计 {m} 分钟，{h} 小时{o}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有服务岗位，请先在“服务岗位”页新增</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>服务记录：{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}，{period}：正在读取…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只列出计入统计的记录（已审核、计入志愿服务的岗位）；证件号码已隐去中间位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}，{period}：{n} 条记录，共 {h} 小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（只显示前 {n} 条，全部记录请导出 Excel）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectedModel</name>
    <message>
        <source>上传记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拒收时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportModels</name>
    <message>
        <source>志愿者人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上岗人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务时长（小时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>队伍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正记录（替代 #{id}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上岗人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务时长（小时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制这句话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双击表格中的一行，查看计入这一行的服务记录。只统计已审核、计入志愿服务的岗位上的记录；记录按开始时间归入统计期间；更正后的记录替代原记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period}服务时长（小时），按{by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{station}志愿服务统计{period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel 报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未能完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已送往打印机：{n} 页</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreFromBackup</name>
    <message>
        <source>从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station Desk 备份 (*.sqlite3 *.aes);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加密备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这份备份已加密，请输入备份口令：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用 {file} 替换当前数据库？
恢复前会检查这份备份；当前数据库另存到 backups 文件夹，不会删除。恢复后 Station Desk 重新启动，请重新登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已从 {file} 恢复数据库（结构版本 {v}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原来的数据库另存为 {path}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复已记入操作日志。Station Desk 将重新启动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有恢复，数据库未改动：{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未签退</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h}（不计）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>忘记签退</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>需处理（待审核和忘记签退）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已签到未签退</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已退回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>录入记录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入签到表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核通过所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退回…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补录签退时间…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 条，计入志愿时长 {h} 小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；其中 {n} 条忘记签退，请核实实际结束时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有站长可以审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在列表中选择记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请只选择一条记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能审核“待审核”的记录；所选记录中有其他状态的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能退回待审核或已签到的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能修改待审核的记录；已审核的请用“更正”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能更正已审核通过的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有尚未签退的记录需要补录签退时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核通过 {n} 条记录？通过后只能更正，不能修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已审核通过 {n} 条记录（{t}），将同步到平台；如有错误请用“更正”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退回 {name} 在 {t} 的记录。退回原因（必填，记入操作日志）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写退回原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已退回 {name} 的记录，原因：{why}（已记入操作日志）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补录签退时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 于 {t} 签到。请填写实际结束时间（HH:MM）和依据，如“17:30 签到表”：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间格式应为 HH:MM，例如 17:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已补录 {name} 的签退时间，待审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务记录.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 {n} 条服务记录到
{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>作废 {serial}（{name}，{start} 至 {end}）。作废后核验结果为“已作废”，不可恢复；原因记入操作日志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写作废原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废原因（必填），如：服务期间填写有误</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属队伍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>告知同意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已同意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台名册中的这条信息不符合登记规则，已保留但不能在签到机签到，请核对后补全：{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待核对</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>搜索：姓名、拼音或首字母（zs）、手机尾号、证件尾号、志愿者编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>含已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印志愿者证…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示完整号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站长可查看所选志愿者的完整证件号码和手机号码；每次查看都记入操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除个人信息…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按本人要求删除个人信息：姓名、证件、电话等被清除，服务时长仍计入统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找到 {n} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在名册中选择一位志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复在册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有站长可以查看完整号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有站长可以删除个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码：{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机号码：{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>监护人电话：{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（本次查看已记入操作日志）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 的完整号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将按本人要求删除 {name} 的个人信息：姓名、证件号码、电话、监护人、特长和备注都被清除，且不能恢复。其服务时长仍保留在站点统计中，但不再能识别到本人。

请填写申请依据（如：本人书面申请及日期），记入操作日志：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未能完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}：请填写原因（记入操作日志）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者证（{n} 张）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存志愿者证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者证.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已生成 {n} 张志愿者证：
{p}</source>
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
        <source>站点信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不自动锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无人操作后锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作人员与锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自定义</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>星级时长标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一至五星所需小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>星级由志愿服务组织认定；证明和签到机只说“累计志愿服务时长已达到一星志愿者标准（100 小时）”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每日结束时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>过了每日结束时间仍未签退的记录，会在审核页标为“忘记签退”，由工作人员核实，不会自动补时长。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不修改请留空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 到 8 位数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签到机退出 PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务时长与签到机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台同步</source>
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
        <source>请填写从小到大、用逗号分隔的小时数，例如 100,300,600,1000,1500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN 应为 4 到 8 位数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存失败：{e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetEntryPage</name>
    <message>
        <source>整周（每行填星期几）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存（Ctrl+S）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>星期/日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入姓名、拼音首字母或手机尾号后按回车选人；回车或 Tab 到下一格，新的一行沿用上一行的时间。每行随输入检查，全部无误才能保存，保存后为“待审核”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请从列表中选择志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>星期或日期“{t}”不在这一周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间“{t}”无法识别，请写成 07:00 或 0700</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务人次应是整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ok} 行无误，{bad} 行有问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ok} 行无误，可以保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {n} 行：{why}；没有保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存 {n} 条服务记录，等待审核</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetLine</name>
    <message>
        <source>姓名 / 拼音首字母 / 手机尾号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–7 或 5-6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人次</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>新增班次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同岗位设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每周重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周五</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周六</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人数上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重复到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增重复班次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择每周哪几天</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftEditDialog</name>
    <message>
        <source>修改班次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{post}&#x3000;{d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仅此班次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人数上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是重复班次（{what}）中的一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此班次及以后的班次（共 {n} 个）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignupDialog</name>
    <message>
        <source>班次报名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超员加入（临时到岗）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超员加入须注明原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消所选报名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改班次…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代志愿者报名：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{post}&#x3000;{d} {a}–{b}&#x3000;已报名 {n} / {cap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（超员：{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择志愿者</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>添加…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重设密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>值班员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&#x3000;{role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已停用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已添加：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已更新：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为 {name} 设置新密码（至少 {n} 个字符），请当面告诉本人并提醒其登录后修改：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已重设 {name} 的密码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <source>✓ 签退成功，辛苦了！</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本次服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今天共服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>累计已审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>好的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} 小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{post}”的时间会记下来，但不算志愿服务时长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本次时长经工作人员审核后，计入累计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>累计满 {hours} 小时即达到一星志愿者标准，继续加油！</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>打开“平台同步”页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台：…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>立即同步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出待上传记录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标记已上传…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次导出的记录已在平台上传后，点这里标记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本次启动后还没有同步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次成功同步：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待上传：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台拒收：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近一次：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新提交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者信息已在名册中改正后，把这条记录重新交给平台（站长操作）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者的证件号码、姓名等有误：先在“志愿者名册”中改正，再选中这条记录点“重新提交”。服务时间有误（例如与其他站点的记录重叠）：到“服务记录审核”页选中这条记录，用“更正”改正，更正后的记录会自动上传，不用重新提交。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台拒收的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上传批次记录（最近 200 批）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新发送这一批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台整批拒收的批次：问题解决后，把其中的记录用新批次重新发送（站长操作）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台拒收的记录（{n} 条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在同步…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条，见下表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂停的批次 {n} 批（平台拒收整批，见下方批次记录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已手工上传 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步完成：发送 {b} 批，平台接收 {a} 条，已有 {d} 条，拒收 {r} 条；登记证明 {c} 份；名册变更 {p} 人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} 同步未完成，原因见上方。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法重新发送</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSettingsTab</name>
    <message>
        <source>https://平台地址（留空表示不连接平台）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站点信息中的站点编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台上的站点编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存，不修改请留空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台发给本站的令牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台令牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动同步间隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一般留空：使用系统证书库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另外信任的 CA 证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核通过的服务记录和出具的证明会在后台自动上传到城市志愿服务平台。不填平台地址时，记录都保存在本机，可以在“平台同步”页导出，到平台上手工上传。令牌保存在系统的密码存储或只有本用户能读的文件中，不会出现在日志里。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择 CA 证书文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证书 (*.pem *.crt *.cer);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在连接平台…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写平台发给本站的令牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到这个证书文件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>正在读取…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未设置平台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有填写城市志愿服务平台的地址，记录都保存在本机。可以“导出待上传记录”，到平台上手工上传；站长也可以在“设置 → 平台同步”中填写平台地址和令牌。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步已停止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次同步未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等待同步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序会在后台自动同步，也可以点“立即同步”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不到 1 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从未</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有待上传的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（最早一条已等待 {age}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（刚刚加入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台：正在同步…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台：未设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，待手工上传 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台：同步已停止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台：离线（记录保存在本机）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台：同步未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台：待上传 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台：已同步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，拒收 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>可直接输入，如 930、0930、9:30</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>{station}  志愿者签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>星期一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>星期二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>星期三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>星期四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>星期五</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>星期六</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>星期日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m}月{d}日 {weekday}  {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsbBackupDialog</name>
    <message>
        <source>备份到 U 盘或其他文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如 U 盘的盘符或其中的文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加密（推荐：U 盘丢失时，别人无法看到志愿者的证件号码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份口令</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>口令不保存在电脑上。忘记口令，这份备份就无法恢复；请把口令交给站长妥善保管。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择备份到的文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择一个存在的文件夹（U 盘是否已插好？）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份口令至少 {n} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的口令不一致</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>核验志愿服务记录证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>扫描证明上的二维码，或粘贴二维码内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核验</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二维码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证明编号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验证码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二维码内容无法识别：应含证明编号和验证码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写证明编号和验证码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>新增志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开已有记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与证件一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可带空格，小写 x 会自动转为大写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女</source>
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
        <source>性别和出生日期已根据证件号码自动填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码、手机号码已隐去中间位，出生日期以年龄段显示。手机号码留空即保持不变；要修改证件号码，请站长点“显示完整号码”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示完整号码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系与服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 位手机号，可带 +86、空格或短横线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>市志愿服务平台上的编号，可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择或输入队伍名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属队伍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>技能/标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>多个用逗号或顿号分隔，例如：驾驶、摄影</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人同意登记技能/标签和备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可随时撤回，撤回即删除这两项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>监护人（未满 18 周岁必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>监护人姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>监护人电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 位手机号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人信息告知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已向本人告知个人信息处理规则，本人同意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看告知内容…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改原因（选填，记入操作日志）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有站长可以查看完整号码（记入操作日志）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保持 {n} 不变，或输入新号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑时查看</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先改正标红的 {n} 处。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已向监护人告知个人信息处理规则，监护人同意（未满 14 周岁）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此证件号码已登记：&lt;b&gt;{name}&lt;/b&gt;（{status}）。同一个人不能重复录入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人信息处理告知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存失败：{e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerPicker</name>
    <message>
        <source>输入姓名、拼音首字母或手机尾号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已选：{who}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_BusyPage</name>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消，没有写入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出错了：{e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Station Desk 已在使用数据文件夹 {path}（另一个窗口或自助签到机正在运行）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>审计日志末尾的记录被删除：核对点记下的第 {id} 条已不存在（现在最新的是第 {newest} 条）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审计日志第 {id} 条与核对点记下的不一致：它在程序之外被改动或替换过。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 字节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（空）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（#{id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 秒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已隐去，{band}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已隐去）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（个人信息已按本人要求删除，不再显示）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>找不到文件 {path}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} 不是 SQLite 数据库文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} 已损坏（完整性检查：{problem}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} 已损坏，无法读取：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} 不是 Station Desk 数据库（缺少站点或志愿者数据表）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} 由更新版本的 Station Desk 创建（结构版本 {found}，本程序支持到 {latest}），请先升级本程序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份口令至少 {n} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法解密 {path}：口令不对，或文件已损坏。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件校验失败：{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件夹不存在：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把数据库备份到 U 盘等其他位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加密备份用于带走的副本：请同时指定备份到的文件夹（例如 U 盘）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先关闭正在使用此数据文件夹的 Station Desk 窗口或签到机，再恢复备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} 是加密备份，恢复时需要备份口令。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>已出具 {n} 份证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，{n} 人没有可证明的记录未出具</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已取消，其余未出具）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出具志愿服务记录证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件夹不存在：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始日期 {start} 晚于结束日期 {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 在 {period} 没有已审核、计入志愿服务时长的记录，不能出具证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} 至 {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{end} 以前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在“设置 → 站点信息”中填写站点信息，再出具证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有经办人：请用 --handler 姓名 指明，或先用 station-app profile operator 姓名 设置值班员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记簿中没有编号为 {serial} 的证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废志愿服务记录证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废证明须填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证明 {serial} 已于 {at} 作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本站登记簿中没有编号 {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验证码与编号 {serial} 不符，不是本站出具的证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记簿中编号 {serial} 的内容已被改动，无法确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}，{start} 至 {end}，志愿服务时长 {h} 小时，{day} 出具</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}；已于 {at} 作废，原因：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；注意：出具后，其中的服务记录于 {day} 被更正，请向出具单位核实是否已重新出具</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印机无法开始打印，请检查打印机是否连接、是否有纸</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>错误：{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错误：数据库正被另一个程序使用（例如正在备份或导入），请稍后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错误：出现意外问题（{kind}），没有完成。详细情况已写入日志：{log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（日志不可用）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <source>数据文件夹路径 {path} 不是文件夹。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法创建数据文件夹 {path}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} 不是 Station Desk 数据库，或文件已损坏。请选择其他数据文件夹，或从备份恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入数据文件夹 {path}。请检查文件夹权限，或用 --data-dir 选择其他文件夹。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库正被另一个程序使用（{path}），请稍后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开数据库 {path}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此数据库由更新版本的 Station Desk 创建（结构版本 {found}），请升级本程序后再打开。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>生成演示数据</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务时长记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完整的证件号码和手机号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完整号码须说明原因（如：向街道报送名册），原因记入操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者名册</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>文件夹不存在：{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hours</name>
    <message>
        <source>与已有记录时间重叠：{post} {start}–{end}（{state}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未签退</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束时间必须晚于开始时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一条记录最长 24 小时，请分成几条录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>休息时间不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>休息时间不能等于或超过在岗时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束时间在将来，不能预先录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务人次不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 已停用，请找工作人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>岗位“{post}”已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 已在“{post}”签到（{t}），请先签退</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到未签退的签到记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签退时间必须晚于签到时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签到已超过 24 小时，请找工作人员补录实际结束时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {n} 行：{why}（共 {k} 行有问题，没有保存任何记录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与本表第 {n} 行（同一人）时间重叠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名册中没有这名志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 已停用，不能录入新的服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签到表里还没有任何一行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签到表录入第 {n} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入时直接审核通过服务记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ids</name>
    <message>
        <source>请填写证件号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码只能用 0–9 的数字，“{c}”是其他文字的数字，请重新输入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}号码应为 18 位，当前 {n} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}号码前 17 位应为数字，最后一位为数字或 X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}号码中的出生日期 {d} 无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}号码校验位不符，号码有误，请逐位核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} 开头的是港澳台居民居住证号码，请把证件类型选为“港澳台居民居住证”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号码前 6 位地区代码 {code} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>港澳台居民居住证号码应以 810000（香港）、820000（澳门）或 830000（台湾）开头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>居住证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 位外国人永久居留身份证号码应以 9 开头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>永久居留身份证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 位外国人永久居留身份证号码应为 3 个字母（国籍）加 12 位数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>永久居留身份证号码中的出生日期 {d} 无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外国人永久居留身份证号码应为 15 位（旧版）或 18 位（新版），当前 {n} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通行证号码应为 H 或 M 加 8 位数字（港澳），或 8 位数字（台湾）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>护照号码应为 5 到 17 位字母或数字</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>单元格是公式（{f}），不是文字。请在 Excel 中复制该列，“选择性粘贴 → 数值”后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单元格是逻辑值（{v}），不是文字：这一列应填文字，请核对是否错列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单元格是数字（{v}），不是文字：这一列应填文字，请核对是否错列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单元格是日期或时间（{v}），不是文字：这一列应填文字，请核对是否错列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码被 Excel 存成了数字（{shown}），最后几位已经丢失，无法还原。请把证件号码这一列设置为“文本”格式，重新录入号码后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码是科学计数法（{shown}），说明 Excel 把它当成了数字，最后几位已经丢失。请把这一列设置为“文本”格式，重新录入号码后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件类型“{v}”无法识别，应为：居民身份证、港澳台居民居住证、外国人永久居留身份证、港澳台居民来往内地通行证或护照</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别“{v}”应为“男”或“女”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态“{v}”应为“在册”或“已停用”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期“{v}”无法识别，请写成 2024-05-01 的样子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单元格是公式（{f}），不是数值。请在 Excel 中“选择性粘贴 → 数值”后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有日期（{d}），没有时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间“{v}”无法识别，请写成 08:30 的样子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间“{v}”不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>起止时间“{v}”无法识别，请写成 08:00-11:30 的样子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时长“{v}”应是小时数，例如 2.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时长必须大于 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务人次“{v}”应是不小于 0 的整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>休息时间“{v}”应是分钟数，例如 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 中找不到服务时长表的表头：需要一行写有“姓名”“身份证号”（或“证件号码”）“岗位”和“开始时间”（或“签到时间”“结束时间”）的列名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>岗位“{p}”不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码 {n} 不在志愿者名册中：请先在名册中登记此人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名册中有多人使用证件号码 {n}，请在名册中核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名“{given}”与名册中证件号码 {n} 的姓名“{name}”不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有多个岗位叫“{p}”，请改用岗位编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有对应“{f}”的列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有“开始时间”或“结束时间”列：只有时长无法核对是否与其他记录重叠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时长列写 {h} 小时，起止时间算得 {m} 小时，以起止时间为准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始时间中的日期 {d} 与“日期”列的 {date} 不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有时长，没有开始和结束时间：无法核对是否与其他记录重叠，也不能编造时间。请按签到表补上开始时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写开始和结束时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写{f}，也没有时长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束时间按开始时间加时长推算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始时间按结束时间减时长推算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与本表第 {n} 行（同一人）时间重叠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与已有记录时间重叠：{post} {start}–{end}（{state}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未签退</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {n} 行在预览之后与新录入的记录重叠，没有导入任何记录。请重新预览后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入 {f} 第 {n} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入 {f} 时新建（表中 {n} 行使用此岗位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 不是有效的表格文件（.xlsx 或 .ods），可能已损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 是压缩文件，但不是 Excel（.xlsx）或 LibreOffice（.ods）表格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 解压后超过 {limit} MB（远多于任何名册或签到表），可能是恶意构造的文件，没有读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 中找不到表头：需要一行写有“姓名”和“身份证号”（或“证件号码”）的列名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与第 {n} 行是同一个人（证件号码相同），本行没有导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与第 {n} 行的志愿者编号相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者编号 {p} 已属于名册中的 {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名册在预览之后被修改过（有人同时录入了相同的人），请重新预览后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 里没有任何内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 行，第 {rows} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {rows} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} 是文件夹，不是表格文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到文件 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开文件 {path}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件 {name} 是空的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件 {name} 太大（超过 200 MB），请拆分后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 设置了密码保护，请在 Excel 中取消密码后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 内容已损坏，无法读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 不是有效的 Excel 文件（.xlsx），可能已损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 不是表格文件（应为 .xlsx、.xls、.ods 或 .csv）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV 文件格式有误（第 {n} 行）：{e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>模板只有 roster（名册）和 hours（服务时长表）两种</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>模板只能保存为 .xlsx 文件：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件夹不存在：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 标明是 UTF-8 编码，但第 {n} 行不是 UTF-8（可能混入了 GBK 编码的内容）。请在 WPS 或 Excel 中打开，整体另存为“CSV UTF-8”后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 第 {n} 行的文字既不是 UTF-8 也不是 GBK/GB18030 编码，或者不是表格文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 混用了两种文字编码：第 {n} 行是 {kind}，前面的行是 {first}（可能是从不同文件复制拼接的）。请在 WPS 或 Excel 中打开，整体另存为“CSV UTF-8”后再导入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <source>{h}点{m:02d}分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} 小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} 小时 {m} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN 只能用 0–9 的数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN 应为 4 到 8 位数字</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notice</name>
    <message>
        <source>本志愿服务站</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>操作没有完成，已保存的数据不受影响。

{e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>详细信息已写入日志文件：{path}
需要技术支持时，请把这个文件发给支持人员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出现了意外错误</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phone</name>
    <message>
        <source>{n} 不是有效的手机号段，请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机号码只能用 0–9 的数字，“{c}”是其他文字的数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机号码只能包含数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机号码格式不对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写 11 位大陆手机号码，当前 {n} 位</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posts</name>
    <message>
        <source>必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能包含字母、数字、- 和 _，例如 P-GARBAGE-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少为 1；不限人数请留空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置服务岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有岗位使用编码 {c}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>本机没有安装打印机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可用的打印机：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有名为“{name}”的打印机；{available}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有设置默认打印机，请用 --printer 指定；{available}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印：{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印预览：{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到打印命令 lp（请安装 CUPS）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这里不能打印：请用 station-app 命令的 --print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>只有工作人员可以查看服务记录明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动统计表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务记录明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿服务站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 &amp;P 页，共 &amp;N 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>汇总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{station}志愿服务统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}（{first} 至 {last}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已审核、计入志愿服务的岗位、开始时间在统计期间内的服务记录；更正后的记录替代原记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{station}志愿服务统计（按{by}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注：一名志愿者在几个{by}都有服务时，在每个{by}各计一人，合计中只计一人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{station}志愿服务活动统计表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计期间：{label}&#x3000;&#x3000;填报单位：{org}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责人：{person}&#x3000;&#x3000;&#x3000;制表人：{maker}&#x3000;&#x3000;&#x3000;制表时间：{at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{station}服务记录明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}&#x3000;证件号码已隐去中间位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正记录（替代 #{id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 名志愿者完成 {m} 上岗人次，为 {p} 人次提供服务，总服务时长 {h} 小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未分类）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未填队伍）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能按“{by}”分组；可选：month、post、category、team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有工作人员可以查看首页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计期间：{label}（{first} 至 {last}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按{by}统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责人：{person}&#x3000;&#x3000;制表人：{maker}&#x3000;&#x3000;制表时间：{at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{station}志愿服务统计 {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {n} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上岗人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务时长（小时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新登记志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在册志愿者（期末）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出具服务证明（份）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其中已作废（份）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动（岗位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参与情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务时长
（小时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本期没有计入的服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束日期（{last}）早于开始日期（{first}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y} 年 {m} 月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y} 年第 {q} 季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y} 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} 至 {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份应为 1–12：{m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>季度应为 1–4：{q}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>审核通过服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退回服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退回须填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能退回待审核或未签退的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请说明实际结束时间的依据（如：签到表、本人确认）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这条记录不是未签退状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有待审核的记录可以直接修改；已审核的记录请用“更正”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正已审核的服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正须填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有已审核的记录需要更正；待审核的记录可以直接修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <source>按完整号码查找已暂停到 {until}：多次输入的号码与名册中同一人只差被隐去的几位。如确有需要，请站长查找。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已删除志愿者#{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看完整的证件号码和手机号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这名志愿者的个人信息已按本人要求删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除志愿者的个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除个人信息须填写原因（如：本人书面申请，日期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这名志愿者的个人信息已经删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这名志愿者还有 {n} 条已审核的服务记录没有交给城市平台（依法须录入平台）。请先同步（或导出待上传记录手工上传）后再删除个人信息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复备份后重新执行删除（删除发生在备份之后）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿者编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}已登记：{name}（名册编号 {id}），请打开已有记录，不要重复录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改已登记志愿者的证件号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这名志愿者的个人信息已按本人要求删除，不能再修改或恢复在册</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shifts</name>
    <message>
        <source>一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>五</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>六</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>星期“{p}”应为 1 到 7（1 为周一，7 为周日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择每周哪几天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>班次结束时间必须晚于开始时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人数上限至少为 1；不限人数请留空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置班次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重复截止日期 {b} 早于开始日期 {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重复班次最长一年，请把截止日期提前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} 至 {b} 之间没有{w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改班次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} 的班次已有 {n} 人报名，多于新的人数上限 {cap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}，{a} 至 {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一个班次最长 24 小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 已报名这个班次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>班次已满（{n}/{cap} 人）。如确需加入，请选择“超员加入”并注明原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超员加入须注明原因</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有同名的工作人员账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本站已有工作人员账号，请由站长在“设置 → 工作人员账号”中添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理工作人员账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能停用最后一个站长账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能取消最后一个站长账号的站长角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原密码不对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重设其他工作人员的密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} 秒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名或密码不对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个账号已停用，请联系站长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码错误次数过多，请 {wait}后再试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名或密码不对（再错 {n} 次，账号需要等待后才能再试）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有站长（管理员）可以{what}。当前登录：{name}（{role}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有站长（管理员）可以进行这项操作。当前登录：{name}（{role}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>数据库 {path} 已损坏，或不是 Station Desk 数据库（完整性检查未通过：{problem}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以从最近一份完好的备份恢复：{backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件夹中没有可用的备份。请联系技术支持，或用 --data-dir 选择其他文件夹。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法使用数据文件夹 {path}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station Desk 无法启动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库已损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是否用这份备份替换损坏的数据库？损坏的数据库会另存到 backups 文件夹，不会删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>station</name>
    <message>
        <source>字号只能是 标准、大 或 特大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能包含字母、数字和短横线，2 到 32 位，例如 BJ-CY-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写座机或手机号码，例如 010-85551234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改站点信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>平台地址无效：{url}（应以 https:// 开头）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台地址必须使用 https://（只有本机测试地址可以用 http://）：{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未设置平台令牌（token）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未设置站点编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台的回答不是这一批的确认（可能是网络认证页面），稍后重发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台的确认与发送的条目不对应，稍后重发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等待平台回答超时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>连不上平台：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到平台服务器（域名解析失败）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台拒绝连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台地址被转到了 {host}（可能需要先登录网络），稍后重试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收到的不是平台的回答（可能是 Wi-Fi 认证页面），稍后重试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台繁忙</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台拒收这一批（HTTP {status}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台出错（HTTP {status}），稍后重试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网络需要先登录（平台地址被转到了认证页面）：请先在浏览器中完成上网认证，再测试连接。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收到的不是平台的回答（可能是 Wi-Fi 认证页面，或地址填成了网站首页）：请先完成上网认证并核对平台地址。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>连不上平台：{why}。请核对平台地址和这台电脑的网络。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台出错（HTTP {status}）：{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未设置站点编码：请填写平台上的站点编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个地址上没有城市平台的接口：请核对平台地址（只填到域名，如 https://vol.example.cn）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台使用协议版本 {v}，本程序使用版本 {mine}：请升级 Station Desk，或核对平台地址。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台可以连通，但还没有填写平台令牌：请填写平台发给本站的令牌。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台可以连通，但令牌错误或已被吊销：请向平台索取本站的新令牌。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个令牌属于另一个站点，不是站点 {station} 的：请核对站点编码和令牌。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台上没有站点 {station}：请核对站点编码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>连接正常：平台已认出本站“{name}”（{station}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机时钟比平台{dir} {minutes} 分钟，请校准电脑时间（记录照常上传）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>快</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>慢</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另一个同步正在进行（可能在另一个窗口或计划任务中），请稍后再试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步已停止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台暂时无法连接：{reason}。记录都保留在本机，下次同步会继续。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台繁忙，要求 {n} 秒后再试。记录都保留在本机。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存平台确认时出错（{reason}）；下次同步会重发同一批次，不会重复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单条记录超过平台允许的大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台拒收了一批记录（HTTP {status}：{message}），已暂停这一批，其余照常上传。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出含完整证件号码的待上传记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待上传服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标记记录已手工上传</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未设置平台地址：请在“设置 → 平台同步”中填写，或用 --url 指定。没有平台时可以导出待上传记录，手工上传。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改平台同步设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动同步间隔至少 1 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到 CA 证书文件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>读不了 CA 证书文件 {path}：{why}。请在“设置 → 平台同步”中重新选择 PEM 格式的根证书文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证书已过期：平台的证书已过有效期（也请核对这台电脑的日期和时间是否正确）。请联系平台运维方更新证书。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证书与地址不符：平台证书上的名称与所填的平台地址不一致。请核对“设置 → 平台同步”中的地址（是否写成了 IP 地址，或少了、多了一段域名）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台证书不受信任：这台电脑不认识给平台证书签名的机构（自建或政务 CA，或单位网络在检查加密流量）。请让信息管理员把城市平台的根证书装进系统证书库，或在“设置 → 平台同步”中选择 CA 证书文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与平台建立加密连接失败（{what}）：请核对平台地址，或联系平台运维方。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteer</name>
    <message>
        <source>必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能超过 40 个字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能包含汉字、字母、空格和间隔号 ·，不能有数字或其他符号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择证件类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择男或女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能包含字母、数字和短横线，4 到 32 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未满 18 周岁的志愿者须登记监护人姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未满 18 周岁的志愿者须登记监护人电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写告知同意的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未满 14 周岁，须由监护人阅读个人信息告知并同意后才能保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>技能/标签和备注不是必须登记的信息，须经本人同意；请勾选“本人同意登记”，或清空这两项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>备份完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已备份到 {path}（完整性检查通过）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份没有完成：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把数据库备份到 U 盘等其他位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能备份到其他位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已加密备份到 {path}（完整性检查通过）。恢复时需要这个口令。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
